<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../pechakucha/qt/audience.py" line="38"/>
        <source>Pecha Kucha — audience</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckChecker</name>
    <message>
        <location filename="../../pechakucha/qt/deck_status.py" line="95"/>
        <source>no deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/deck_status.py" line="96"/>
        <source>Choose a PDF or an image folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/deck_status.py" line="103"/>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/deck_status.py" line="104"/>
        <source>Preflight is reading the deck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/deck_status.py" line="128"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/deck_status.py" line="129"/>
        <source>{slides} slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/deck_status.py" line="134"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/deck_status.py" line="135"/>
        <source>problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/deck_status.py" line="145"/>
        <source>slide {slide}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckField</name>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="150"/>
        <source>Drop a PDF or an image folder here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="82"/>
        <location filename="../../pechakucha/qt/segment_form.py" line="99"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="117"/>
        <source>Write a duration such as 5:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="121"/>
        <source>Write m:ss, h:mm:ss or seconds, e.g. 5:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="123"/>
        <source>The duration must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FullScreenSlide</name>
    <message>
        <location filename="../../pechakucha/qt/preview_views.py" line="52"/>
        <source>Pecha Kucha — full-screen preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <location filename="../../pechakucha/qt/pacing_chart.py" line="169"/>
        <source>No runs kept yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <location filename="../../pechakucha/qt/console.py" line="75"/>
        <source>Pecha Kucha — presenter console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/console.py" line="176"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/console.py" line="176"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/console.py" line="176"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/console.py" line="176"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../../pechakucha/qt/preview.py" line="82"/>
        <source>Pecha Kucha — preview: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview.py" line="148"/>
        <source>Export the contact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview.py" line="150"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview.py" line="159"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview.py" line="160"/>
        <source>{path}: cannot write the file ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview.py" line="204"/>
        <source>Full screen (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview.py" line="205"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview.py" line="207"/>
        <source>Save the contact sheet as a PNG or a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview.py" line="211"/>
        <source>Screen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview.py" line="220"/>
        <source>Arrows: move · Enter or click: see large · F: full screen · Esc: back · Ctrl+E: export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview.py" line="250"/>
        <source>screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview.py" line="278"/>
        <source>Checking decks: {done} of {total} done · {slides} slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview.py" line="283"/>
        <source>{slides} slides: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview.py" line="283"/>
        <source>{slides} slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview.py" line="287"/>
        <source>{total} decks, {slides} slides: {ready} ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview.py" line="298"/>
        <source>{name} · slide {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RangeControls</name>
    <message>
        <location filename="../../pechakucha/qt/rehearse_parts.py" line="150"/>
        <source>Loop one slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse_parts.py" line="151"/>
        <location filename="../../pechakucha/qt/rehearse_parts.py" line="189"/>
        <source>Start (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse_parts.py" line="152"/>
        <location filename="../../pechakucha/qt/rehearse_parts.py" line="185"/>
        <source>Pause (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse_parts.py" line="153"/>
        <source>Stop (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse_parts.py" line="159"/>
        <source>Space / Enter / → / click: done with this slide · P pause · R restart · Esc stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse_parts.py" line="185"/>
        <source>Resume (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse_parts.py" line="187"/>
        <source>Restart (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse_parts.py" line="189"/>
        <source>Again (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse_parts.py" line="202"/>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse_parts.py" line="204"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RehearsalHeader</name>
    <message>
        <location filename="../../pechakucha/qt/rehearse_parts.py" line="54"/>
        <source>Rehearsal — {deck}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse_parts.py" line="68"/>
        <source>READY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse_parts.py" line="69"/>
        <location filename="../../pechakucha/qt/rehearse_parts.py" line="71"/>
        <source>RUNNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse_parts.py" line="70"/>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse_parts.py" line="72"/>
        <source>DONE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RehearsalWindow</name>
    <message>
        <location filename="../../pechakucha/qt/rehearse.py" line="74"/>
        <source>Pecha Kucha — rehearse {deck}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse.py" line="180"/>
        <source>Slide {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse.py" line="183"/>
        <source>Next: slide {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse.py" line="185"/>
        <source>Next: the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse.py" line="205"/>
        <source>Slide {number}: over by {seconds:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse.py" line="209"/>
        <source>Slide {number}: done {seconds:.1f} s early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse.py" line="230"/>
        <source>Lap {lap}: ran out of time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse.py" line="232"/>
        <source>Lap {lap}: {seconds:+.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse.py" line="248"/>
        <source>This run could not be kept ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse.py" line="251"/>
        <source>Run kept in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse.py" line="257"/>
        <source>Space: start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse.py" line="260"/>
        <source>tap when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse.py" line="260"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse.py" line="272"/>
        <source>No notes for this slide in {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse.py" line="273"/>
        <source>No notes: write them in {file}, one “## Slide N” section each</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../pechakucha/qt/rehearse_results.py" line="48"/>
        <source>This run: bars down = finished early, red = ran out of time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse_results.py" line="54"/>
        <source>On pace (±{tolerance:g} s): {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse_results.py" line="57"/>
        <source>early: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse_results.py" line="61"/>
        <source>ran out of time on slides {slides}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse_results.py" line="66"/>
        <source>never ran out of time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse_results.py" line="72"/>
        <source>Your runs of this deck: this is the first one kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse_results.py" line="75"/>
        <source>Your last {count} runs (brightest: this one)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../pechakucha/qt/rehearse_parts.py" line="95"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse_parts.py" line="105"/>
        <source>End of the run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentForm</name>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="218"/>
        <source>Choose the talk&apos;s PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="218"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="226"/>
        <source>Choose the folder of slide images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="237"/>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="238"/>
        <source>Image folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="243"/>
        <source>as the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="246"/>
        <source>auto: share what is left of the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="251"/>
        <source>show the countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="258"/>
        <source>amber at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="258"/>
        <source>red at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="262"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="263"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="264"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="265"/>
        <source>Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="267"/>
        <source>Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="268"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="269"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="270"/>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="271"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="272"/>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="323"/>
        <source>the speaker of the talk before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="356"/>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="364"/>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="365"/>
        <source>Q&amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="366"/>
        <source>Commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_form.py" line="367"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentList</name>
    <message>
        <location filename="../../pechakucha/qt/segment_list.py" line="41"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_list.py" line="41"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/segment_list.py" line="41"/>
        <source>Deck</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../pechakucha/qt/editor.py" line="142"/>
        <source>Save the session as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor.py" line="144"/>
        <location filename="../../pechakucha/qt/editor.py" line="158"/>
        <source>Session files (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor.py" line="158"/>
        <source>Open a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor.py" line="179"/>
        <source>Session editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor.py" line="186"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor.py" line="187"/>
        <source>Save the changes to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor.py" line="215"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor.py" line="216"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor.py" line="216"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor.py" line="226"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor.py" line="229"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor.py" line="230"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor.py" line="231"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor.py" line="232"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor.py" line="309"/>
        <source>Planned {total} of a {budget} budget ({count} segments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor.py" line="335"/>
        <source>{name}[*] — Pecha Kucha session editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor.py" line="339"/>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor.py" line="364"/>
        <source>Could not save {name} ({reason}); the file on disk is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor.py" line="388"/>
        <source>A field marked in red is not valid yet: correct it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor.py" line="418"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor_parts.py" line="130"/>
        <source>auto {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor_parts.py" line="139"/>
        <source>Add at least one segment before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor_parts.py" line="146"/>
        <source>Talk {number} has no deck: choose a PDF or an image folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor_parts.py" line="150"/>
        <source>The deck of talk {number} is missing: {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFields</name>
    <message>
        <location filename="../../pechakucha/qt/editor_parts.py" line="204"/>
        <source>Write a time like 18:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor_parts.py" line="220"/>
        <source>Session title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor_parts.py" line="226"/>
        <source>hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor_parts.py" line="231"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor_parts.py" line="232"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor_parts.py" line="233"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor_parts.py" line="234"/>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionOperator</name>
    <message>
        <location filename="../../pechakucha/qt/session_operator.py" line="77"/>
        <source>Technical hold: the session clock is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_operator.py" line="86"/>
        <source>Slide {k} marked for the synthesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_operator.py" line="93"/>
        <source>Press F5 to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_operator.py" line="97"/>
        <source>{key} ignored: a 20 × 20 talk advances by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_operator.py" line="111"/>
        <source>Press Esc again to stop the session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalkOperator</name>
    <message>
        <location filename="../../pechakucha/qt/talk_operator.py" line="109"/>
        <source>{key} ignored: a 20 × 20 talk advances by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/talk_operator.py" line="122"/>
        <source>Press Esc again to stop the talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/talk_operator.py" line="131"/>
        <source>End of talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/talk_operator.py" line="149"/>
        <source>this slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/talk_operator.py" line="153"/>
        <source>Talk: {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/talk_operator.py" line="156"/>
        <source>{format}: {slides} × {seconds:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/talk_operator.py" line="163"/>
        <source>Slide {k} / {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/talk_operator.py" line="164"/>
        <source>Next: slide {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/talk_operator.py" line="166"/>
        <source>Next: end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/talk_operator.py" line="174"/>
        <source>READY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/talk_operator.py" line="175"/>
        <source>RUNNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/talk_operator.py" line="176"/>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/talk_operator.py" line="177"/>
        <source>BLACKED OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/talk_operator.py" line="178"/>
        <source>WHITE SCREEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/talk_operator.py" line="179"/>
        <source>FINISHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/talk_operator.py" line="184"/>
        <source>F5 start · B black · W white · Esc quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/talk_operator.py" line="186"/>
        <source>Esc quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/talk_operator.py" line="187"/>
        <source>P pause/resume · B black · W white · Esc stop (twice)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../pechakucha/qt/app.py" line="39"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_app.py" line="82"/>
        <source>Resume the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_app.py" line="83"/>
        <source>This session stopped before its end. Resume where it was, as if the app had never stopped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_app.py" line="178"/>
        <source>Report saved in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <location filename="../../pechakucha/qt/session_cards.py" line="30"/>
        <location filename="../../pechakucha/qt/session_cards.py" line="36"/>
        <location filename="../../pechakucha/qt/session_cards.py" line="40"/>
        <source>Up next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_cards.py" line="37"/>
        <location filename="../../pechakucha/qt/session_cards.py" line="62"/>
        <source>Closing synthesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_cards.py" line="78"/>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <location filename="../../pechakucha/checking.py" line="94"/>
        <source>cannot be loaded — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/checking.py" line="98"/>
        <source>ready, {slides} slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/checking.py" line="101"/>
        <source>NOT ready, {slides} slides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="26"/>
        <source>TECHNICAL HOLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="28"/>
        <source>READY — F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="29"/>
        <source>UP NEXT — F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="30"/>
        <source>RUNNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="31"/>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="32"/>
        <source>FINISHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="40"/>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="43"/>
        <source>{t} ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="48"/>
        <source>{t} behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="53"/>
        <source>{verdict} · ends {end} · {left} of budget left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="57"/>
        <source> · holds {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="85"/>
        <source>to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="95"/>
        <source>this slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="96"/>
        <source>Talk: {t} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="104"/>
        <source>{kind}: {t} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="106"/>
        <source>{kind}: overrun {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="147"/>
        <source>Slide {k} / {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="148"/>
        <source>Next: slide {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="150"/>
        <source>Next: end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="156"/>
        <source>Recalled: {talk}, slide {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="173"/>
        <source>Next talk: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="185"/>
        <source>Esc quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="187"/>
        <source>F5 start · Space next segment · PageUp back · H hold · B black · Esc quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="191"/>
        <source>P pause · M mark slide · H hold · B black · W white · Esc stop (twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/session_console.py" line="194"/>
        <source>Space end &amp; next · + / − 1 min · G slides · R back to card · P pause · H hold · B black · Esc stop (twice)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deck</name>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="19"/>
        <location filename="../../pechakucha/decks/errors.py" line="79"/>
        <source>{path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="38"/>
        <source>{path}: file not found — check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="44"/>
        <source>{path}: the file is empty (0 bytes) — export the deck again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="52"/>
        <source>{path}: not a PDF or an image{detail} — export the slides as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="63"/>
        <source>{path}: the file is damaged beyond repair — export the deck again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="71"/>
        <source>{path}: the PDF needs a password — ask for an unprotected copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="88"/>
        <source>{path}{where}: the image cannot be read — it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="99"/>
        <source>{path}: the image is too large to open safely{size} — resize it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="110"/>
        <source>{path}: the file cannot be read{detail} — check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="121"/>
        <source>{path} (slide {slide}): the slide cannot be drawn — it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../pechakucha/export.py" line="35"/>
        <source>Up next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/export.py" line="36"/>
        <source>Preguntas y respuestas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/export.py" line="37"/>
        <source>Questions &amp; answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/export.py" line="38"/>
        <source>Commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/export.py" line="39"/>
        <source>{path}: {pages} pages, {minutes} planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/export.py" line="40"/>
        <source>warning: {path} has {slides} slides; its last slide stays up to fill {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/export.py" line="43"/>
        <source>cannot write {path} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/export.py" line="44"/>
        <source>{path}: slide {slide} cannot be placed ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>preflight</name>
    <message>
        <location filename="../../pechakucha/core/preflight.py" line="23"/>
        <source>has {slides} slides; a {format} talk needs exactly {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight.py" line="26"/>
        <source>slide is {aspect} while most slides are {majority}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight.py" line="29"/>
        <source>slides are {aspect}; the projector is {projector}, so they get black bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight.py" line="32"/>
        <source>image is {width}×{height}, small for a {projector} projector: it will blur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight.py" line="35"/>
        <source>slide is blank (one flat colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight.py" line="36"/>
        <source>slide looks identical to the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight.py" line="37"/>
        <source>slide cannot be drawn: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight.py" line="38"/>
        <source>{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <location filename="../../pechakucha/qt/contact_sheet.py" line="25"/>
        <source>{aspect}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/contact_sheet.py" line="26"/>
        <source>blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/contact_sheet.py" line="27"/>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/contact_sheet.py" line="28"/>
        <source>low resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/contact_sheet.py" line="29"/>
        <source>cannot be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/contact_sheet.py" line="32"/>
        <source>beyond {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/contact_sheet.py" line="33"/>
        <source>portrait {aspect}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/contact_sheet.py" line="34"/>
        <source>slide {number} is beyond the {expected} slides of a {format} talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/contact_sheet.py" line="37"/>
        <source>cannot be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/contact_sheet.py" line="38"/>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/contact_sheet.py" line="39"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/contact_sheet.py" line="40"/>
        <source>NOT ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/contact_sheet.py" line="41"/>
        <source>{count} slides · {format}: {slides} × {seconds:g} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>preview_app</name>
    <message>
        <location filename="../../pechakucha/qt/preview_app.py" line="25"/>
        <source>{path}: the session has no talk with a deck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview_app.py" line="26"/>
        <source>use --loop N on its own, without --from or --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview_app.py" line="27"/>
        <source>{deck}: slides {first}–{last} are not a range within this deck&apos;s 1–{count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview_app.py" line="30"/>
        <source>{path}: cannot write the file ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview_app.py" line="176"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rehearsal</name>
    <message>
        <location filename="../../pechakucha/core/rehearsal.py" line="36"/>
        <source>No taps recorded: press Space (or click) each time you finish a slide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal.py" line="39"/>
        <source>You ran out of time on {count} of {total} slides — trim slides {slides}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal.py" line="42"/>
        <source>You ran out of time on 1 of {total} slides — trim slide {slides}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal.py" line="45"/>
        <source>You finished early on 1 of {total} slides ({average} s early) — say more on slide {slides}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal.py" line="50"/>
        <source>You finished early on {count} of {total} slides ({average} s on average) — say more on slides {slides}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal.py" line="55"/>
        <source>Well paced: {within} of {total} slides within ±{tolerance} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal.py" line="58"/>
        <source>Uneven pace: {within} of {total} slides within ±{tolerance} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../pechakucha/qt/report_panel.py" line="24"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/report_panel.py" line="25"/>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/report_panel.py" line="26"/>
        <source>Q&amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/report_panel.py" line="27"/>
        <source>Changeover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/report_panel.py" line="28"/>
        <source>Overrun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/report_panel.py" line="29"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/report_panel.py" line="59"/>
        <source>Session: {elapsed} of {budget}; holds {holds}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
