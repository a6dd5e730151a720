<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DeckChecker</name>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/pixels/checking.py" line="25"/>
        <source>%n slides</source>
        <translation>
            <numerusform>%n slide</numerusform>
            <numerusform>%n slides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/preview/window.py" line="291"/>
        <source>%n slides</source>
        <translation>
            <numerusform>%n slide</numerusform>
            <numerusform>%n slides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/preview/window.py" line="301"/>
        <source>%n decks, {slides}: {ready} ready</source>
        <translation>
            <numerusform>%n deck, {slides}: {ready} ready</numerusform>
            <numerusform>%n decks, {slides}: {ready} ready</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Proof</name>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/paper/proof.py" line="41"/>
        <source>%n thing(s) to fix before the day, marked below.</source>
        <translation>
            <numerusform>%n thing to fix before the day, marked below.</numerusform>
            <numerusform>%n things to fix before the day, marked below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/rehearse/results.py" line="118"/>
        <source>Your last %n runs (brightest: this one)</source>
        <translation>
            <numerusform>Your last run (brightest: this one)</numerusform>
            <numerusform>Your last %n runs (brightest: this one)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/editor/plan_view.py" line="16"/>
        <source>Planned {total} of a {budget} budget (%n segments, {gaps} of changeovers)</source>
        <translation>
            <numerusform>Planned {total} of a {budget} budget (%n segment, {gaps} of changeovers)</numerusform>
            <numerusform>Planned {total} of a {budget} budget (%n segments, {gaps} of changeovers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>check</name>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/check.py" line="30"/>
        <source>ready, %n slides</source>
        <translation>
            <numerusform>ready, %n slide</numerusform>
            <numerusform>ready, %n slides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/check.py" line="31"/>
        <source>NOT ready, %n slides</source>
        <translation>
            <numerusform>NOT ready, %n slide</numerusform>
            <numerusform>NOT ready, %n slides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export</name>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/export.py" line="54"/>
        <source>{path}: %n pages, {minutes} planned.</source>
        <translation>
            <numerusform>{path}: %n page, {minutes} planned.</numerusform>
            <numerusform>{path}: %n pages, {minutes} planned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/export.py" line="55"/>
        <source>warning: {path} has %n slides; its last slide stays up to fill {total}.</source>
        <translation>
            <numerusform>warning: {path} has %n slide; its last slide stays up to fill {total}.</numerusform>
            <numerusform>warning: {path} has %n slides; its last slide stays up to fill {total}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/plan.py" line="101"/>
        <source>plan has %n problem(s)</source>
        <translation>
            <numerusform>plan has %n problem</numerusform>
            <numerusform>plan has %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/plan.py" line="228"/>
        <source>Running order written to {path} (%n page(s)).</source>
        <translation>
            <numerusform>Running order written to {path} (%n page).</numerusform>
            <numerusform>Running order written to {path} (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="47"/>
        <source>%n slides · {format}: {slides} × {seconds} s</source>
        <translation>
            <numerusform>%n slide · {format}: {slides} × {seconds} s</numerusform>
            <numerusform>%n slides · {format}: {slides} × {seconds} s</numerusform>
        </translation>
    </message>
</context>
</TS>
