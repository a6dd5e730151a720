<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../pechakucha/qt/show/audience.py" line="42"/>
        <source>Pecha Kucha — audience</source>
        <translation>Pecha Kucha — public</translation>
    </message>
</context>
<context>
    <name>DeckChecker</name>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/pixels/checking.py" line="25"/>
        <source>%n slides</source>
        <translation>
            <numerusform>%n diapositive</numerusform>
            <numerusform>%n diapositives</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="99"/>
        <source>no deck</source>
        <translation>pas de présentation</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="100"/>
        <source>Choose a PDF or an image folder.</source>
        <translation>Choisir un PDF ou un dossier d’images.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="107"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="108"/>
        <source>Preflight is reading the deck.</source>
        <translation>Vérification de la présentation…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="132"/>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="136"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="137"/>
        <source>problems</source>
        <translation>problèmes</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="147"/>
        <source>slide {slide}: {text}</source>
        <translation>diapositive {slide} : {text}</translation>
    </message>
</context>
<context>
    <name>DeckField</name>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="154"/>
        <source>Drop a PDF or an image folder here</source>
        <translation>Déposer ici un PDF ou un dossier d’images</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="86"/>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="103"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="121"/>
        <source>Write a duration such as 5:00.</source>
        <translation>Saisir une durée, par ex. 5:00.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="125"/>
        <source>Write m:ss, h:mm:ss or seconds, e.g. 5:00.</source>
        <translation>Format : m:ss, h:mm:ss ou secondes, par ex. 5:00.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="127"/>
        <source>The duration must be more than zero.</source>
        <translation>La durée doit être supérieure à zéro.</translation>
    </message>
</context>
<context>
    <name>FullScreenSlide</name>
    <message>
        <location filename="../../pechakucha/qt/preview/views.py" line="52"/>
        <source>Pecha Kucha — full-screen preview</source>
        <translation>Pecha Kucha — aperçu plein écran</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <location filename="../../pechakucha/qt/widgets/pacing_chart.py" line="179"/>
        <source>No runs kept yet</source>
        <translation>Aucune répétition enregistrée</translation>
    </message>
</context>
<context>
    <name>PixmapCache</name>
    <message>
        <location filename="../../pechakucha/qt/pixels/cache.py" line="156"/>
        <source>Slide {slide} of {deck} is not drawn ({reason}): trying again.</source>
        <translation>La diapositive {slide} de {deck} n’est pas dessinée ({reason}) : nouvel essai en cours.</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <location filename="../../pechakucha/qt/show/console.py" line="112"/>
        <source>Pecha Kucha — presenter console</source>
        <translation>Pecha Kucha — console de régie</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/console.py" line="256"/>
        <source>Segment</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/console.py" line="256"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/console.py" line="256"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/console.py" line="256"/>
        <source>Left</source>
        <translation>Restant</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="63"/>
        <source>Pecha Kucha — preview: {title}</source>
        <translation>Pecha Kucha — aperçu : {title}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="151"/>
        <source>PDF, A4 landscape pages (*.pdf)</source>
        <translation>PDF, pages A4 paysage (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="152"/>
        <source>PDF, Letter landscape pages (*.pdf)</source>
        <translation>PDF, pages Lettre US paysage (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="156"/>
        <source>Export the contact sheet</source>
        <translation>Exporter la planche contact</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="158"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="167"/>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="168"/>
        <source>{path}: cannot write the file ({reason}).</source>
        <translation>{path} : impossible d’écrire le fichier ({reason}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="212"/>
        <source>Full screen (F)</source>
        <translation>Plein écran (F)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="213"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="215"/>
        <source>Save the contact sheet as a PNG or a PDF</source>
        <translation>Enregistrer la planche contact en PNG ou en PDF</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="219"/>
        <source>Screen:</source>
        <translation>Écran :</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="228"/>
        <source>Arrows: move · Enter or click: see large · F: full screen · Esc: back · Ctrl+E: export</source>
        <translation>Flèches : se déplacer · Entrée ou clic : agrandir · F : plein écran · Échap : retour · Ctrl+E : exporter</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="264"/>
        <source>screen</source>
        <translation>écran</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/preview/window.py" line="291"/>
        <source>%n slides</source>
        <translation>
            <numerusform>%n diapositive</numerusform>
            <numerusform>%n diapositives</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="293"/>
        <source>Checking decks: {done} of {total} done · {slides}</source>
        <translation>Vérification des présentations : {done} sur {total} · {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="298"/>
        <source>{slides}: ready</source>
        <translation>{slides} : prête</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/preview/window.py" line="301"/>
        <source>%n decks, {slides}: {ready} ready</source>
        <translation>
            <numerusform>%n présentation, {slides} · prêtes : {ready}</numerusform>
            <numerusform>%n présentations, {slides} · prêtes : {ready}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="312"/>
        <source>{name} · slide {number} of {count}</source>
        <translation>{name} · diapositive {number} sur {count}</translation>
    </message>
</context>
<context>
    <name>Proof</name>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="29"/>
        <source>Proof of the slides of {name}</source>
        <translation>Épreuve des diapositives de {name}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="30"/>
        <source>Talk {number} of {talks} in “{session}”.</source>
        <translation>Intervention {number} sur {talks} dans « {session} ».</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="31"/>
        <source>Planned start of your talk: {time}.</source>
        <translation>Début prévu de votre intervention : {time}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="32"/>
        <source>Before you: {before}. After you: {after}.</source>
        <translation>Avant vous : {before}. Après vous : {after}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="33"/>
        <source>The rules: exactly {slides} slides, each shown {seconds} seconds and changing by itself ({total} in all). The projector is {width}×{height} pixels ({aspect}): a slide of another shape gets black bands (hatched here, to save ink). Transparent parts show as white.</source>
        <translation>Les règles : exactement {slides} diapositives, chacune montrée {seconds} secondes et qui avancent seules ({total} en tout). Le projecteur fait {width}×{height} pixels ({aspect}) : une diapositive d’une autre forme a des bandes noires (hachurées ici, pour économiser l’encre). Les parties transparentes apparaissent en blanc.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="40"/>
        <source>Your deck is ready: nothing to fix.</source>
        <translation>Votre présentation est prête : rien à corriger.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/paper/proof.py" line="41"/>
        <source>%n thing(s) to fix before the day, marked below.</source>
        <translation>
            <numerusform>%n point à corriger avant le jour J, signalé ci-dessous.</numerusform>
            <numerusform>%n points à corriger avant le jour J, signalés ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="42"/>
        <source>The whole deck</source>
        <translation>Toute la présentation</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="43"/>
        <source>Slide {number}</source>
        <translation>Diapositive {number}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="44"/>
        <source>as the audience will see it</source>
        <translation>telle que le public la verra</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="45"/>
        <source>All your slides, as the audience will see them</source>
        <translation>Toutes vos diapositives, telles que le public les verra</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="46"/>
        <source>To do: {fix}</source>
        <translation>À faire : {fix}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="47"/>
        <source>the start</source>
        <translation>le début</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="48"/>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
</context>
<context>
    <name>RangeControls</name>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="133"/>
        <source>Loop one slide</source>
        <translation>Boucler sur une diapositive</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="134"/>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="176"/>
        <source>Start (Space)</source>
        <translation>Démarrer (Espace)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="135"/>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="172"/>
        <source>Pause (P)</source>
        <translation>Pause (P)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="136"/>
        <source>Stop (Esc)</source>
        <translation>Arrêter (Échap)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="144"/>
        <source>Space / Enter / → / click: done with this slide · P pause · R restart · Esc stop</source>
        <translation>Espace / Entrée / → / clic : diapositive terminée · P pause · R recommencer · Échap arrêter</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="172"/>
        <source>Resume (P)</source>
        <translation>Reprendre (P)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="174"/>
        <source>Restart (R)</source>
        <translation>Recommencer (R)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="176"/>
        <source>Again (Space)</source>
        <translation>Encore (Espace)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="189"/>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="191"/>
        <source>to</source>
        <translation>à</translation>
    </message>
</context>
<context>
    <name>RehearsalHeader</name>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="37"/>
        <source>Rehearsal — {deck}</source>
        <translation>Répétition — {deck}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="51"/>
        <source>READY</source>
        <translation>PRÊT</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="52"/>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="54"/>
        <source>RUNNING</source>
        <translation>EN COURS</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="53"/>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="55"/>
        <source>DONE</source>
        <translation>TERMINÉ</translation>
    </message>
</context>
<context>
    <name>RehearsalWindow</name>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="79"/>
        <source>Pecha Kucha — rehearse {deck}</source>
        <translation>Pecha Kucha — répétition : {deck}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="215"/>
        <source>Slide {number} of {count}</source>
        <translation>Diapositive {number} sur {count}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="218"/>
        <source>Next: slide {number} again</source>
        <translation>Ensuite : à nouveau la diapositive {number}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="220"/>
        <source>Next: slide {number}</source>
        <translation>Ensuite : diapositive {number}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="222"/>
        <source>Next: the end</source>
        <translation>Ensuite : la fin</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="242"/>
        <source>Slide {number}: ran out of time, {seconds} s late</source>
        <translation>Diapositive {number} : temps écoulé, {seconds} s de retard</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="245"/>
        <source>Slide {number}: done {seconds} s early</source>
        <translation>Diapositive {number} : finie {seconds} s en avance</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="274"/>
        <source>Lap {lap}: ran out of time</source>
        <translation>Tour {lap} : temps écoulé</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="277"/>
        <source>Lap {lap}: {seconds} s</source>
        <translation>Tour {lap} : {seconds} s</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="286"/>
        <source>This run could not be kept ({reason}).</source>
        <translation>Impossible d’enregistrer cette répétition ({reason}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="289"/>
        <source>Run kept in {path}</source>
        <translation>Répétition enregistrée dans {path}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="295"/>
        <source>Space: start</source>
        <translation>Espace : démarrer</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="298"/>
        <source>tap when done</source>
        <translation>appuyez quand c’est fini</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="298"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="310"/>
        <source>No notes for this slide in {file}</source>
        <translation>Pas de notes pour cette diapositive dans {file}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="311"/>
        <source>No notes: write them in {file}, one “## Slide N” section each</source>
        <translation>Pas de notes : écrivez-les dans {file}, une section « ## Diapositive N » par diapositive</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="75"/>
        <source>This run: bars down = finished early, red = ran out of time</source>
        <translation>Cette répétition : barre vers le bas = fini en avance, rouge = temps écoulé</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="72"/>
        <source>Stopped after slide {number}, kept apart from whole runs</source>
        <translation>Arrêtée après la diapositive {number}, gardée à part des répétitions complètes</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="81"/>
        <source>On pace (last {tolerance} s): {count}</source>
        <translation>Dans le rythme ({tolerance} dernières s) : {count}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="84"/>
        <source>early: {count}</source>
        <translation>en avance : {count}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="88"/>
        <source>ran out of time on slides {slides}</source>
        <translation>temps écoulé sur les diapositives {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="93"/>
        <source>never ran out of time</source>
        <translation>jamais à court de temps</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="113"/>
        <source>Your whole runs of this deck: none kept yet</source>
        <translation>Vos répétitions complètes de cette présentation : aucune enregistrée pour l’instant</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="114"/>
        <source>Your whole runs of this deck ({count})</source>
        <translation>Vos répétitions complètes de cette présentation ({count})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="117"/>
        <source>Your runs of this deck: this is the first one kept</source>
        <translation>Vos répétitions de cette présentation : voici la première enregistrée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/rehearse/results.py" line="118"/>
        <source>Your last %n runs (brightest: this one)</source>
        <translation>
            <numerusform>Votre dernière répétition (la plus claire : celle-ci)</numerusform>
            <numerusform>Vos %n dernières répétitions (la plus claire : celle-ci)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="121"/>
        <source>Your runs of slides {first}–{last}: this is the first one kept</source>
        <translation>Vos répétitions des diapositives {first} à {last} : voici la première enregistrée</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="123"/>
        <source>Your last {count} runs of slides {first}–{last} (brightest: this one)</source>
        <translation>Vos {count} dernières répétitions des diapositives {first} à {last} (la plus claire : celle-ci)</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="78"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="88"/>
        <source>End of the run</source>
        <translation>Fin de la répétition</translation>
    </message>
</context>
<context>
    <name>RunningOrder</name>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="23"/>
        <source>Running order</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="24"/>
        <source>Budget {budget}</source>
        <translation>Temps total {budget}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="25"/>
        <source>starts {start}, ends {end}</source>
        <translation>début {start}, fin {end}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="26"/>
        <source>No planned start in the session file: times are from the start.</source>
        <translation>Pas d’heure de début dans le fichier de session : les temps comptent depuis le début.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="29"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="30"/>
        <source>Segment</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="31"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="32"/>
        <source>changeover {gap}</source>
        <translation>changement {gap}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="33"/>
        <source>target {target}, at least {minimum}</source>
        <translation>objectif {target}, au moins {minimum}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="34"/>
        <source>fixed length</source>
        <translation>durée fixe</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="35"/>
        <source>the commentator&apos;s slot: protected, never cut short</source>
        <translation>le temps du commentateur : protégé, jamais écourté</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="38"/>
        <source>{slides} slides × {seconds} s, advance by itself</source>
        <translation>{slides} diapositives × {seconds} s, avancent seules</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="39"/>
        <source>End of the budget</source>
        <translation>Fin du temps total</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="40"/>
        <source>Operator&apos;s keys</source>
        <translation>Touches de l’opérateur</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="43"/>
        <source>start the segment that is up next</source>
        <translation>lancer la séquence suivante</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="44"/>
        <source>resume after a pause or a hold</source>
        <translation>reprendre après une pause ou un arrêt technique</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="45"/>
        <source>end this Q&amp;A, card or commentary</source>
        <translation>terminer ces questions, ce carton ou la synthèse</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="46"/>
        <source>back to the previous segment</source>
        <translation>revenir à la séquence précédente</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="47"/>
        <source>pause / resume</source>
        <translation>pause / reprise</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="48"/>
        <source>technical hold (the budget stops too)</source>
        <translation>arrêt technique (le temps total s’arrête aussi)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="49"/>
        <source>one minute more / less for this Q&amp;A or card</source>
        <translation>une minute de plus / de moins pour ces questions ou ce carton</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="50"/>
        <source>black / white screen; again to uncover</source>
        <translation>écran noir / blanc ; à nouveau pour revenir</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="51"/>
        <source>mark a slide; grid of slides for the synthesis</source>
        <translation>marquer une diapositive ; grille des diapositives pour la synthèse</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="52"/>
        <source>stop (twice while something runs)</source>
        <translation>arrêter (deux fois pendant que quelque chose tourne)</translation>
    </message>
</context>
<context>
    <name>SegmentForm</name>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="199"/>
        <source>Add a segment with the buttons below.</source>
        <translation>Ajoutez une séquence avec les boutons ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="201"/>
        <source>Drop a PDF or a folder of slide images on the list to add a talk.</source>
        <translation>Déposez un PDF ou un dossier d’images sur la liste pour ajouter une intervention.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="226"/>
        <source>Choose the talk&apos;s PDF</source>
        <translation>Choisir le PDF de l’intervention</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="237"/>
        <source>Choose the folder of slide images</source>
        <translation>Choisir le dossier des images</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="250"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="251"/>
        <source>Image folder…</source>
        <translation>Dossier d’images…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="256"/>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="269"/>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="346"/>
        <source>as the session</source>
        <translation>comme la session</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="259"/>
        <source>auto: share what is left of the budget</source>
        <translation>auto : partager le temps restant</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="264"/>
        <source>show the countdown</source>
        <translation>afficher le compte à rebours</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="274"/>
        <source>amber at</source>
        <translation>orange à</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="274"/>
        <source>red at</source>
        <translation>rouge à</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="279"/>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="280"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="281"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="282"/>
        <source>Deck</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="284"/>
        <source>Preflight</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="285"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="286"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="287"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="288"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="289"/>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="291"/>
        <source>Changeover before</source>
        <translation>Changement avant</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="347"/>
        <source>the speaker of the talk before</source>
        <translation>l’intervenant précédent</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="380"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="388"/>
        <source>Talk</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="389"/>
        <source>Q&amp;A</source>
        <translation>Questions-réponses</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="390"/>
        <source>Commentary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="391"/>
        <source>Card</source>
        <translation>Carton</translation>
    </message>
</context>
<context>
    <name>SegmentList</name>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_list.py" line="41"/>
        <source>Segment</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_list.py" line="41"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_list.py" line="41"/>
        <source>Deck</source>
        <translation>Présentation</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="35"/>
        <source>Could not save {name} ({reason}); the file on disk is unchanged, your changes are still here and the details are in {log}.</source>
        <translation>Impossible d’enregistrer {name} ({reason}) ; le fichier sur le disque est inchangé, vos modifications sont toujours là et les détails sont dans {log}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="106"/>
        <source>auto {time}</source>
        <translation>auto {time}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="116"/>
        <source>Add at least one segment before saving.</source>
        <translation>Ajoutez au moins une séquence avant d’enregistrer.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="126"/>
        <source>missing</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="127"/>
        <source>{path} is not there: choose the deck again with PDF… or Image folder…</source>
        <translation>{path} est introuvable : choisissez à nouveau la présentation avec PDF… ou Dossier d’images…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="138"/>
        <source>Save the session as</source>
        <translation>Enregistrer la session sous</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="140"/>
        <location filename="../../pechakucha/qt/editor/window.py" line="162"/>
        <source>Session files</source>
        <translation>Fichiers de session</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="160"/>
        <source>Open a session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="183"/>
        <source>Session editor</source>
        <translation>Éditeur de session</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="190"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="191"/>
        <source>Save the changes to {name}?</source>
        <translation>Enregistrer les modifications de {name} ?</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="219"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="220"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="220"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="234"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="237"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="238"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="239"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="240"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="241"/>
        <source>Print the running order…</source>
        <translation>Imprimer le déroulé…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="349"/>
        <source>{name}[*] — Pecha Kucha session editor</source>
        <translation>{name}[*] — Éditeur de session Pecha Kucha</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="353"/>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="170"/>
        <source>Could not save {name} ({reason}); the file on disk is unchanged.</source>
        <translation>Impossible d’enregistrer {name} ({reason}) ; le fichier sur le disque n’a pas changé.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="392"/>
        <source>A field marked in red is not valid yet: correct it first.</source>
        <translation>Un champ en rouge n’est pas valide : corrigez-le d’abord.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/editor/plan_view.py" line="16"/>
        <source>Planned {total} of a {budget} budget (%n segments, {gaps} of changeovers)</source>
        <translation>
            <numerusform>Prévu : {total} sur {budget} au total (%n séquence, {gaps} de changements)</numerusform>
            <numerusform>Prévu : {total} sur {budget} au total (%n séquences, {gaps} de changements)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/plan_view.py" line="45"/>
        <source>Print the running order to</source>
        <translation>Imprimer le déroulé dans</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/plan_view.py" line="47"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/plan_view.py" line="56"/>
        <source>Could not write {name} ({reason}).</source>
        <translation>Impossible d’écrire {name} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/plan_view.py" line="59"/>
        <source>Running order written to {path}</source>
        <translation>Déroulé écrit dans {path}</translation>
    </message>
</context>
<context>
    <name>SessionFields</name>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="223"/>
        <source>Write a time like 18:30.</source>
        <translation>Saisir une heure comme 18:30.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="249"/>
        <source>Languages of the projector cards, first one largest; known: {known}.</source>
        <translation>Langues des cartons du projecteur, la première en plus grand ; disponibles : {known}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="266"/>
        <source>Session title</source>
        <translation>Titre de la session</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="272"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="277"/>
        <source>as the interface</source>
        <translation>comme l’interface</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="282"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="283"/>
        <source>Budget</source>
        <translation>Temps total</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="284"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="285"/>
        <source>Starts at</source>
        <translation>Début à</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="286"/>
        <source>Changeover</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="287"/>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
</context>
<context>
    <name>SessionOperator</name>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="126"/>
        <location filename="../../pechakucha/qt/show/operator.py" line="156"/>
        <location filename="../../pechakucha/qt/show/operator.py" line="182"/>
        <source>{key}: nothing to do now</source>
        <translation>{key} : rien à faire maintenant</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="152"/>
        <source>Technical hold: the session clock is stopped</source>
        <translation>Pause technique : l’horloge de la session est arrêtée</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="137"/>
        <source>The commentator&apos;s time is protected: not below {t}</source>
        <translation>Le temps du commentateur est protégé : pas moins de {t}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="140"/>
        <source>Slide {k} marked for the synthesis</source>
        <translation>Diapositive {k} marquée pour la synthèse</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="146"/>
        <source>Press F5 to start</source>
        <translation>Appuyez sur F5 pour commencer</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="147"/>
        <source>This is the talk&apos;s first slide</source>
        <translation>C&apos;est la première diapositive de l&apos;exposé</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="149"/>
        <source>Press {key} again to run {segment} again (what ran stays in the report)</source>
        <translation>Appuyez de nouveau sur {key} pour refaire {segment} (ce qui a eu lieu reste dans le rapport)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="151"/>
        <source>Press S again to swap projector and console</source>
        <translation>Appuyez de nouveau sur S pour échanger projecteur et console</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="154"/>
        <source>Slides are recalled during Q&amp;A, cards and the synthesis</source>
        <translation>Les diapositives se rappellent pendant les questions, les cartons et la synthèse</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="143"/>
        <source>Press Esc again to stop the talk</source>
        <translation>Appuyez encore sur Échap pour arrêter l’intervention</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="144"/>
        <source>Press Esc again to stop the session</source>
        <translation>Appuyez encore sur Échap pour arrêter la session</translation>
    </message>
</context>
<context>
    <name>SlideRenderer</name>
    <message>
        <location filename="../../pechakucha/qt/pixels/render.py" line="232"/>
        <source>Slide {slide} of {deck} took more than {seconds} s to draw: the slide renderer was restarted and is drawing it again.</source>
        <translation>La diapositive {slide} de {deck} a mis plus de {seconds} s à se dessiner : le moteur de rendu des diapositives a redémarré et la dessine à nouveau.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/render.py" line="237"/>
        <source>The slide renderer stopped (exit code {code}) while drawing slide {slide} of {deck}; it was restarted and is drawing it again.</source>
        <translation>Le moteur de rendu des diapositives s’est arrêté (code {code}) en dessinant la diapositive {slide} de {deck} ; il a redémarré et la dessine à nouveau.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/render.py" line="246"/>
        <source>The slide renderer did not answer for {seconds} s and was restarted.</source>
        <translation>Le moteur de rendu des diapositives n’a pas répondu pendant {seconds} s et a redémarré.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/render.py" line="249"/>
        <source>The slide renderer stopped (exit code {code}) and was restarted.</source>
        <translation>Le moteur de rendu des diapositives s’est arrêté (code {code}) et a redémarré.</translation>
    </message>
</context>
<context>
    <name>TalkOperator</name>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="125"/>
        <source>{format}: {slides} × {seconds} s</source>
        <translation>{format} : {slides} × {seconds} s</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="132"/>
        <source>{key} ignored: a 20 × 20 talk advances by itself</source>
        <translation>Touche {key} ignorée : une intervention 20 × 20 avance toute seule</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../pechakucha/qt/app/startup.py" line="52"/>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="151"/>
        <source>Resume the session?</source>
        <translation>Reprendre la session ?</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="125"/>
        <source>This session stopped before its end. Resume where it was, as if the app had never stopped?</source>
        <translation>Cette session s’est arrêtée avant la fin. La reprendre là où elle en était, comme si l’application ne s’était jamais arrêtée ?</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="98"/>
        <source>{file}: the journal cannot be read ({problem})</source>
        <translation>{file} : impossible de lire le journal ({problem})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="102"/>
        <source>{file}: {count} unreadable journal line(s) skipped, the first at line {line}</source>
        <translation>{file} : lignes illisibles du journal ignorées ({count}), la première à la ligne {line}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="114"/>
        <source>the journal cannot be saved in {folder} ({problem}); the show goes on</source>
        <translation>impossible d’enregistrer le journal dans {folder} ({problem}) ; la session continue</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="132"/>
        <source>{segment}, slide {slide}</source>
        <translation>{segment}, diapositive {slide}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="135"/>
        <source>This session stopped before its end, during {where}, {downtime} ago.

Yes: continue where the clock is now (the session keeps its end).
Resume the slide: go on where it stopped (the session ends {downtime} later; the Q&amp;As absorb it).</source>
        <translation>Cette séance s&apos;est arrêtée avant sa fin, pendant {where}, il y a {downtime}.

Oui : reprendre là où en est l&apos;horloge (la séance garde son heure de fin).
Reprendre la diapositive : repartir là où elle s&apos;est arrêtée (la séance finit {downtime} plus tard ; les questions l&apos;absorbent).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="159"/>
        <source>Resume the slide</source>
        <translation>Reprendre la diapositive</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/launch.py" line="46"/>
        <source>This session is already running in another pechakucha window: bring that window forward (your task bar or Alt+Tab) or close it before starting again.</source>
        <translation>Cette séance tourne déjà dans une autre fenêtre de pechakucha : ramenez cette fenêtre au premier plan (barre des tâches ou Alt+Tab) ou fermez-la avant de recommencer.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/launch.py" line="241"/>
        <source>Report not saved: {error}</source>
        <translation>Rapport non enregistré : {error}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/launch.py" line="244"/>
        <source>Report saved in {folder}</source>
        <translation>Rapport enregistré dans {folder}</translation>
    </message>
</context>
<context>
    <name>atomic</name>
    <message>
        <location filename="../../pechakucha/core/atomic.py" line="38"/>
        <source>{name} was not replaced because another program has it open or it is read-only; close it there and try again</source>
        <translation>{name} n’a pas été remplacé car un autre programme l’a ouvert ou il est en lecture seule ; fermez-le dans cet autre programme et réessayez</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <location filename="../../pechakucha/cli/export.py" line="49"/>
        <location filename="../../pechakucha/qt/show/cards.py" line="24"/>
        <source>Up next</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/export.py" line="50"/>
        <location filename="../../pechakucha/qt/show/cards.py" line="25"/>
        <source>Questions &amp; answers</source>
        <translation>Questions-réponses</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/export.py" line="51"/>
        <location filename="../../pechakucha/qt/show/cards.py" line="26"/>
        <source>Closing synthesis</source>
        <translation>Synthèse finale</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/cards.py" line="27"/>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/check.py" line="30"/>
        <source>ready, %n slides</source>
        <translation>
            <numerusform>prête, %n diapositive</numerusform>
            <numerusform>prête, %n diapositives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/check.py" line="31"/>
        <source>NOT ready, %n slides</source>
        <translation>
            <numerusform>PAS prête, %n diapositive</numerusform>
            <numerusform>PAS prête, %n diapositives</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/check.py" line="94"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/check.py" line="95"/>
        <source>warning</source>
        <translation>attention</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/check.py" line="96"/>
        <source>info</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/check.py" line="99"/>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/check.py" line="100"/>
        <source>deck</source>
        <translation>présentation</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/check.py" line="101"/>
        <source>slide {number}</source>
        <translation>diapositive {number}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/check.py" line="102"/>
        <source>slides {numbers}</source>
        <translation>diapositives {numbers}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/check.py" line="217"/>
        <source>cannot be loaded — {reason}</source>
        <translation>impossible à charger — {reason}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="22"/>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="23"/>
        <source>problems</source>
        <translation>à corriger</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="24"/>
        <source>cannot be loaded</source>
        <translation>impossible à ouvrir</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="25"/>
        <source>pending: no deck yet</source>
        <translation>en attente : pas encore de présentation</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="26"/>
        <source>missing: the file is not there</source>
        <translation>introuvable : le fichier n’est pas là</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="29"/>
        <source>{path}: the decks, speaker by speaker</source>
        <translation>{path} : les présentations, intervenant par intervenant</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="30"/>
        <source>received {date}</source>
        <translation>reçue le {date}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="31"/>
        <source>(no speaker named)</source>
        <translation>(intervenant sans nom)</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="49"/>
        <source>BLACKED OUT</source>
        <translation>ÉCRAN NOIR</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="51"/>
        <source>WHITE SCREEN</source>
        <translation>ÉCRAN BLANC</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="53"/>
        <source>TECHNICAL HOLD</source>
        <translation>PAUSE TECHNIQUE</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="55"/>
        <source>READY — F5</source>
        <translation>PRÊT — F5</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="56"/>
        <source>UP NEXT — F5</source>
        <translation>À SUIVRE — F5</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="57"/>
        <source>RUNNING</source>
        <translation>EN COURS</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="58"/>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="59"/>
        <source>FINISHED</source>
        <translation>TERMINÉ</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="79"/>
        <source>{verdict} · ended {end} · {budget}</source>
        <translation>{verdict} · terminée à {end} · {budget}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="81"/>
        <source>{verdict} · ends {end} · {budget}</source>
        <translation>{verdict} · fin à {end} · {budget}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="94"/>
        <source>
end this Q&amp;A at {t} to finish on time</source>
        <translation>
clore les questions à {t} pour finir à l’heure</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="103"/>
        <source>on time</source>
        <translation>à l’heure</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="105"/>
        <source>{t} ahead</source>
        <translation>{t} d’avance</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="107"/>
        <source>{t} behind</source>
        <translation>{t} de retard</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="340"/>
        <source>start / resume</source>
        <extracomment>The footer&apos;s order, and what each command is called there (context &quot;console&quot;).</extracomment>
        <translation>démarrer / reprendre</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="341"/>
        <source>next</source>
        <translation>suivant</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="342"/>
        <source>back</source>
        <translation>retour</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="343"/>
        <source>pause</source>
        <translation>pause</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="344"/>
        <source>hold</source>
        <translation>arrêt technique</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="345"/>
        <source>1 min more</source>
        <translation>1 min de plus</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="346"/>
        <source>1 min less</source>
        <translation>1 min de moins</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="347"/>
        <source>mark slide</source>
        <translation>marquer la diapositive</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="348"/>
        <source>slides</source>
        <translation>diapositives</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="349"/>
        <source>back to card</source>
        <translation>retour au carton</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="350"/>
        <source>black</source>
        <translation>noir</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="351"/>
        <source>white</source>
        <translation>blanc</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="352"/>
        <source>progress bar</source>
        <translation>barre de progression</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="353"/>
        <source>slide / console</source>
        <translation>diapositive / console</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="354"/>
        <source>swap screens (twice)</source>
        <translation>échanger les écrans (deux fois)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="355"/>
        <source>stop (twice)</source>
        <translation>arrêter (deux fois)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="368"/>
        <source>quit</source>
        <translation>quitter</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="89"/>
        <source> · holds {t}</source>
        <translation> · pauses techniques {t}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="179"/>
        <source>to start</source>
        <translation>pour commencer</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="206"/>
        <source>this slide</source>
        <translation>cette diapositive</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="209"/>
        <source>Talk: {t} left</source>
        <translation>Intervention : reste {t}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="287"/>
        <location filename="../../pechakucha/qt/show/session_console.py" line="333"/>
        <source>Slide {k} / {n}</source>
        <translation>Diapositive {k} / {n}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="274"/>
        <location filename="../../pechakucha/qt/show/session_console.py" line="334"/>
        <source>Next: slide {k}</source>
        <translation>Ensuite : diapositive {k}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="284"/>
        <source>Next: end</source>
        <translation>Ensuite : fin</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="256"/>
        <source>Recalled: {talk}, slide {k}</source>
        <translation>Rappel : {talk}, diapositive {k}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="47"/>
        <source>NO PROJECTOR</source>
        <translation>PAS DE PROJECTEUR</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="116"/>
        <source>{left} of budget left</source>
        <translation>reste {left} sur le temps total</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="118"/>
        <source>{over} over budget</source>
        <translation>temps total dépassé de {over}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="172"/>
        <source>Session: {t}</source>
        <translation>Session : {t}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="173"/>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="176"/>
        <source>{kind}: {t} planned</source>
        <translation>{kind} : prévu {t}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="185"/>
        <source>{kind}: on screen {t}</source>
        <translation>{kind} : à l’écran depuis {t}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="192"/>
        <source>{t} left of {allotted}</source>
        <translation>reste {t} sur {allotted}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="194"/>
        <source>{t} over {allotted}</source>
        <translation>{t} de trop sur {allotted}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="204"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="302"/>
        <source>Next: end of the session</source>
        <translation>Ensuite : fin de la session</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="313"/>
        <source>Next talk: {label}</source>
        <translation>Intervention suivante : {label}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="315"/>
        <source>Next: {label}</source>
        <translation>Ensuite : {label}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/controller.py" line="136"/>
        <source>journal not saved ({problem})</source>
        <translation>journal non enregistré ({problem})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/controller.py" line="139"/>
        <source>slow disk: journal {seconds} s behind</source>
        <translation>disque lent : le journal a {seconds} s de retard</translation>
    </message>
</context>
<context>
    <name>deck</name>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="19"/>
        <location filename="../../pechakucha/decks/errors.py" line="118"/>
        <source>{path}: {reason}.</source>
        <translation>{path} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="38"/>
        <source>{path}: file not found — check the path.</source>
        <translation>{path} : fichier introuvable — vérifiez le chemin.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="44"/>
        <source>{path}: the file is empty (0 bytes) — export the deck again.</source>
        <translation>{path} : le fichier est vide (0 octet) — exportez à nouveau la présentation.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="50"/>
        <source>{path}: not a PDF or an image — export the slides as PDF.</source>
        <translation>{path} : ce n’est ni un PDF ni une image — exportez les diapositives en PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="51"/>
        <source>{path}: not a PDF or an image (it is a web page) — export the slides as PDF.</source>
        <translation>{path} : ce n’est ni un PDF ni une image (c’est une page web) — exportez les diapositives en PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="54"/>
        <source>{path}: not a PDF or an image (it is a PostScript file) — export the slides as PDF.</source>
        <translation>{path} : ce n’est ni un PDF ni une image (c’est un fichier PostScript) — exportez les diapositives en PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="58"/>
        <source>{path}: not a PDF or an image (it is a PowerPoint file) — export the slides as PDF.</source>
        <translation>{path} : ce n’est ni un PDF ni une image (c’est un fichier PowerPoint) — exportez les diapositives en PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="62"/>
        <source>{path}: not a PDF or an image (it is a Keynote file) — export the slides as PDF.</source>
        <translation>{path} : ce n’est ni un PDF ni une image (c’est un fichier Keynote) — exportez les diapositives en PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="66"/>
        <source>{path}: not a PDF or an image (it is an OpenDocument presentation) — export the slides as PDF.</source>
        <translation>{path} : ce n’est ni un PDF ni une image (c’est une présentation OpenDocument) — exportez les diapositives en PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="71"/>
        <source>{path}: not a PDF or an image (it is an archive or office document) — export the slides as PDF.</source>
        <translation>{path} : ce n’est ni un PDF ni une image (c’est une archive ou un document bureautique) — exportez les diapositives en PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="76"/>
        <source>{path}: not a PDF or an image (it is an XML or web file) — export the slides as PDF.</source>
        <translation>{path} : ce n’est ni un PDF ni une image (c’est un fichier XML ou web) — exportez les diapositives en PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="80"/>
        <source>{path}: not a PDF or an image (it is a text file) — export the slides as PDF.</source>
        <translation>{path} : ce n’est ni un PDF ni une image (c’est un fichier texte) — exportez les diapositives en PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="102"/>
        <source>{path}: the file is damaged beyond repair — export the deck again.</source>
        <translation>{path} : le fichier est endommagé et irréparable — exportez à nouveau la présentation.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="110"/>
        <source>{path}: the PDF needs a password — ask for an unprotected copy.</source>
        <translation>{path} : le PDF demande un mot de passe — demandez une copie non protégée.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="127"/>
        <source>{path}{where}: the image cannot be read — it may be damaged.</source>
        <translation>{path}{where} : impossible de lire l’image — elle est peut-être endommagée.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="138"/>
        <source>{path}: the image is too large to open safely{size} — resize it.</source>
        <translation>{path} : l’image est trop grande pour être ouverte sans risque{size} — réduisez-la.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="149"/>
        <source>{path}: the file cannot be read{detail} — check its permissions.</source>
        <translation>{path} : impossible de lire le fichier{detail} — vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="160"/>
        <source>{path} (slide {slide}): the slide cannot be drawn — it may be damaged.</source>
        <translation>{path} (diapositive {slide}) : impossible d’afficher la diapositive — elle est peut-être endommagée.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="172"/>
        <source>{path}: the folder has no images, but its subfolder “{subfolder}” has {count} — choose that folder.</source>
        <translation>{path} : le dossier ne contient aucune image, mais son sous-dossier « {subfolder} » en contient {count} — choisissez ce dossier.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="185"/>
        <source>{path}: this is {kind}, not a file — choose a PDF, an image or a folder of images.</source>
        <translation>{path} : ce n’est pas un fichier ({kind}) — choisissez un PDF, une image ou un dossier d’images.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="197"/>
        <source>{path}: {kind} — install LibreOffice (package libreoffice-impress) to show it, or export the slides as PDF.</source>
        <translation>{path} : {kind} — installez LibreOffice (paquet libreoffice-impress) pour l’afficher, ou exportez les diapositives en PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="210"/>
        <source>{path}: LibreOffice could not convert {kind}{detail} — export the slides as PDF.</source>
        <translation>{path} : LibreOffice n’a pas pu convertir le fichier ({kind}){detail} — exportez les diapositives en PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="223"/>
        <source>{path}: the file unpacks to far more than it holds (damaged, or made to exhaust memory) — export the slides as PDF.</source>
        <translation>{path} : le fichier se décompresse en bien plus que ce qu’il contient (endommagé, ou fait pour épuiser la mémoire) — exportez les diapositives en PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/protocol.py" line="82"/>
        <source>{path}: the file changed or was removed during the show — the slides already drawn stay on screen.</source>
        <translation>{path} : le fichier a changé ou a été supprimé pendant la séance — les diapositives déjà dessinées restent à l’écran.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/protocol.py" line="92"/>
        <source>Slide {slide} of {path} failed to render: drawing it stopped the renderer.</source>
        <translation>La diapositive {slide} de {path} n’a pas pu être dessinée : elle a arrêté le moteur de rendu.</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <location filename="../../pechakucha/cli/desktop.py" line="22"/>
        <source>Run Pecha Kucha sessions: the slides on the projector, a console for you</source>
        <translation>Animer des sessions Pecha Kucha : les diapositives au projecteur, une console pour vous</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/desktop.py" line="25"/>
        <source>Presentation timer</source>
        <translation>Minuteur de présentations</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/desktop.py" line="26"/>
        <source>Pecha Kucha is in the applications menu ({entry}).</source>
        <translation>Pecha Kucha est dans le menu des applications ({entry}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/desktop.py" line="27"/>
        <source>Pecha Kucha is no longer in the applications menu.</source>
        <translation>Pecha Kucha n’est plus dans le menu des applications.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/desktop.py" line="28"/>
        <source>Pecha Kucha was not in the applications menu.</source>
        <translation>Pecha Kucha n’était pas dans le menu des applications.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/desktop.py" line="29"/>
        <source>install-desktop is for Linux desktops; on Windows and macOS start the app as the README says.</source>
        <translation>install-desktop est fait pour les bureaux Linux ; sous Windows et macOS, lancez l’application comme l’indique le README.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/desktop.py" line="34"/>
        <source>cannot write {path} ({reason}).</source>
        <translation>impossible d’écrire {path} ({reason}).</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../pechakucha/qt/app/error_views.py" line="20"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/app/errors.py" line="47"/>
        <source>An unexpected error interrupted this action ({error}); your work is still open and the details are in {log}.</source>
        <translation>Une erreur inattendue a interrompu cette action ({error}) ; votre travail reste ouvert et les détails sont dans {log}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/app/errors.py" line="52"/>
        <source>An unexpected error interrupted this action ({error}); your work is still open.</source>
        <translation>Une erreur inattendue a interrompu cette action ({error}) ; votre travail reste ouvert.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/app/errors.py" line="56"/>
        <source>Unexpected error ({error}): the show goes on; details in {log}.</source>
        <translation>Erreur inattendue ({error}) : la session continue ; détails dans {log}.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/export.py" line="54"/>
        <source>{path}: %n pages, {minutes} planned.</source>
        <translation>
            <numerusform>{path} : %n page, durée prévue {minutes}.</numerusform>
            <numerusform>{path} : %n pages, durée prévue {minutes}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/export.py" line="55"/>
        <source>warning: {path} has %n slides; its last slide stays up to fill {total}.</source>
        <translation>
            <numerusform>attention : {path} a %n diapositive ; la dernière reste affichée pour remplir {total}.</numerusform>
            <numerusform>attention : {path} a %n diapositives ; la dernière reste affichée pour remplir {total}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/export.py" line="58"/>
        <source>cannot write {path} ({reason}).</source>
        <translation>impossible d’écrire {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/export.py" line="59"/>
        <source>{path}: slide {slide} cannot be placed ({reason}).</source>
        <translation>{path} : impossible de placer la diapositive {slide} ({reason}).</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../pechakucha/qt/app/folders.py" line="66"/>
        <source>Slides: PDF, presentations, images</source>
        <translation>Diapositives : PDF, présentations, images</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/app/folders.py" line="71"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
</context>
<context>
    <name>fixes</name>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="132"/>
        <source>Make the deck exactly {expected} slides: drop or add slides, then export again.</source>
        <translation>Ramenez la présentation à exactement {expected} diapositives : supprimez-en ou ajoutez-en, puis exportez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="135"/>
        <source>Keep only the {drawn} slides you want shown.</source>
        <translation>Ne gardez que les {drawn} diapositives à montrer.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="136"/>
        <source>Give every slide the same page size ({majority}) in your presentation program.</source>
        <translation>Donnez à toutes les diapositives le même format de page ({majority}) dans votre logiciel de présentation.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="139"/>
        <source>Give every slide the same page size (16:9 fills the screen).</source>
        <translation>Donnez à toutes les diapositives le même format de page (le 16:9 remplit l’écran).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="142"/>
        <source>Optional: a page size of the projector&apos;s shape fills the whole screen.</source>
        <translation>Facultatif : un format de page de la forme du projecteur remplit tout l’écran.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="145"/>
        <source>Use an original picture at least as large as the projector ({projector}).</source>
        <translation>Utilisez une image originale au moins aussi grande que le projecteur ({projector}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="148"/>
        <source>Use an original of this picture {factor} times larger, or show it smaller.</source>
        <translation>Utilisez un original de cette image {factor} fois plus grand, ou affichez-la plus petite.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="151"/>
        <source>Put a dark background behind the light parts, or make them dark.</source>
        <translation>Mettez un fond sombre derrière les parties claires, ou rendez-les sombres.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="154"/>
        <source>Add the slide&apos;s content, or drop the slide.</source>
        <translation>Ajoutez le contenu de la diapositive, ou supprimez-la.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="155"/>
        <source>If it is not on purpose, change or drop one of the two.</source>
        <translation>Si ce n’est pas voulu, modifiez ou supprimez l’une des deux.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="158"/>
        <source>If it should not be blank, export the deck again and look at this slide.</source>
        <translation>Si elle ne doit pas être vide, exportez à nouveau la présentation et regardez cette diapositive.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="161"/>
        <location filename="../../pechakucha/core/preflight_messages.py" line="162"/>
        <location filename="../../pechakucha/core/preflight_messages.py" line="163"/>
        <location filename="../../pechakucha/core/preflight_messages.py" line="166"/>
        <source>Export the deck again as PDF and send it again.</source>
        <translation>Exportez à nouveau la présentation en PDF et renvoyez-la.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="167"/>
        <source>Send a PDF export: it will look exactly as you designed it.</source>
        <translation>Envoyez un export PDF : il s’affichera exactement comme vous l’avez conçu.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="170"/>
        <source>Show them again in your presentation if the audience should see them.</source>
        <translation>Réaffichez-les dans votre présentation si le public doit les voir.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="173"/>
        <source>Send a PDF export: it carries its fonts.</source>
        <translation>Envoyez un export PDF : il contient ses polices.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="174"/>
        <source>Export the slides only, not the notes pages (one slide per page).</source>
        <translation>Exportez les diapositives seules, pas les pages de notes (une diapositive par page).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="177"/>
        <source>Send the slides: one picture-led slide per page, 20 of them.</source>
        <translation>Envoyez les diapositives : une par page, portée par l’image, 20 en tout.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="180"/>
        <source>Drop the closing page.</source>
        <translation>Supprimez la page de clôture.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="181"/>
        <source>Export again without build stages: one page per slide.</source>
        <translation>Exportez à nouveau sans étapes d’animation : une page par diapositive.</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/plan.py" line="101"/>
        <source>plan has %n problem(s)</source>
        <translation>
            <numerusform>le plan a %n problème</numerusform>
            <numerusform>le plan a %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="104"/>
        <source>plan fits its budget of {budget}</source>
        <translation>le plan tient dans son temps total de {budget}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="117"/>
        <source>segment</source>
        <translation>séquence</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="118"/>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="119"/>
        <source>changeover</source>
        <translation>changement</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="120"/>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="141"/>
        <source>Forecast: {runs} runs, seed {seed}.</source>
        <translation>Prévision : {runs} simulations, graine {seed}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="142"/>
        <source>Where it ends against its budget (holds excluded):</source>
        <translation>Fin par rapport au temps total (hors pauses techniques) :</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="143"/>
        <source>this plan</source>
        <translation>ce plan</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="144"/>
        <source>without changeovers or learning</source>
        <translation>sans changements ni apprentissage</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="153"/>
        <source>Commentary short of its time in {short} runs; auto Q&amp;As held at their minimum {at_minimum} times, below it {below} times.</source>
        <translation>Synthèse à court de temps dans {short} simulations ; questions-réponses automatiques à leur minimum {at_minimum} fois, en dessous {below} fois.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="165"/>
        <source>Room: changeovers {c0:g}–{c1:g} s; a hold of {h0:g}–{h1:g} s in {chance:.0%} of talks; Q&amp;As ended at zero ± {qa:g} s (+{over:g} s on average); commentary ± {comm:g} s.</source>
        <translation>Salle : changements de {c0:g}–{c1:g} s ; une pause technique de {h0:g}–{h1:g} s dans {chance:.0%} des interventions ; questions-réponses closes à zéro ± {qa:g} s (+{over:g} s en moyenne) ; synthèse ± {comm:g} s.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="225"/>
        <source>cannot write {path} ({reason}).</source>
        <translation>impossible d’écrire {path} ({reason}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/plan.py" line="228"/>
        <source>Running order written to {path} (%n page(s)).</source>
        <translation>
            <numerusform>Déroulé écrit dans {path} (%n page).</numerusform>
            <numerusform>Déroulé écrit dans {path} (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="248"/>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="249"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="250"/>
        <source>within ±0:30</source>
        <translation>à ±0:30 près</translation>
    </message>
</context>
<context>
    <name>preflight</name>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="10"/>
        <source>has {slides} slides; the talk needs exactly {expected}</source>
        <translation>a {slides} diapositives ; l’intervention en demande exactement {expected}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="13"/>
        <source>slide is {aspect} while most slides are {majority}</source>
        <translation>diapositive en {aspect}, alors que la plupart sont en {majority}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="16"/>
        <source>slides are {aspect}; the projector is {projector}, so they get black bands</source>
        <translation>diapositives en {aspect} ; le projecteur est en {projector} : bandes noires</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="19"/>
        <source>slides come in {count} shapes: {groups}</source>
        <translation>diapositives en {count} formats différents : {groups}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="20"/>
        <source>image is {width}×{height}, small for a {projector} projector: it will blur</source>
        <translation>image de {width}×{height}, petite pour un projecteur {projector} : elle sera floue</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="23"/>
        <source>picture of {width}×{height} pixels is stretched {factor}× on a {projector} projector: it will blur</source>
        <translation>image de {width}×{height} pixels agrandie {factor}× sur un projecteur {projector} : elle sera floue</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="28"/>
        <source>picture of {width}×{height} pixels is stretched {factor}× on a {projector} projector: slightly soft, not blurred</source>
        <translation>l’image de {width}×{height} pixels est étirée {factor}× sur un projecteur {projector} : un peu douce, pas floue</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="33"/>
        <source>image is {width}×{height}, stretched {factor}× on a {projector} projector: slightly soft, not blurred</source>
        <translation>l’image fait {width}×{height}, étirée {factor}× sur un projecteur {projector} : un peu douce, pas floue</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="38"/>
        <source>transparent areas show as white, like paper</source>
        <translation>zones transparentes affichées en blanc, comme du papier</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="39"/>
        <source>light parts are drawn on transparency: on the white page they vanish</source>
        <translation>parties claires sur fond transparent : elles disparaissent sur la page blanche</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="43"/>
        <source>slide is blank (one flat colour)</source>
        <translation>diapositive vide (une seule couleur unie)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="44"/>
        <source>slide is blank but for its page number</source>
        <translation>diapositive vide, à part son numéro de page</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="45"/>
        <source>slide is nearly blank: the audience would see almost nothing</source>
        <translation>la diapositive est presque vide : le public ne verrait presque rien</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="48"/>
        <source>slide looks identical to the previous one</source>
        <translation>diapositive identique à la précédente</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="49"/>
        <source>slide cannot be drawn: {reason}</source>
        <translation>impossible d’afficher la diapositive : {reason}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="50"/>
        <source>the file is damaged and was repaired to open it — export the deck again; these slides may not look as intended: {slides}</source>
        <translation>le fichier est endommagé et a été réparé pour l’ouvrir — exportez à nouveau la présentation ; ces diapositives risquent de ne pas s’afficher comme prévu : {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="55"/>
        <source>the file is damaged and was repaired to open it — export the deck again, or look at every slide</source>
        <translation>le fichier est endommagé et a été réparé pour l’ouvrir — exportez à nouveau la présentation, ou vérifiez chaque diapositive</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="60"/>
        <source>slide is damaged in the file and may not look as intended</source>
        <translation>diapositive endommagée dans le fichier : elle risque de ne pas s’afficher comme prévu</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="63"/>
        <source>the talk shows only the first {drawn} slides: the audience will not see the others</source>
        <translation>l’intervention ne montre que les {drawn} premières diapositives : le public ne verra pas les autres</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="67"/>
        <source>converted from {kind} with LibreOffice</source>
        <translation>convertie avec LibreOffice (original : {kind})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="68"/>
        <source>slides hidden in the presentation were left out: {slides}</source>
        <translation>diapositives masquées dans la présentation laissées de côté : {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="71"/>
        <source>converted from {kind} with LibreOffice, which likely lost parts of it (text, backgrounds, fonts) — export a PDF from {app} itself and use that</source>
        <translation>converti depuis {kind} avec LibreOffice, qui en a sans doute perdu des parties (texte, fonds, polices) — exportez un PDF depuis {app} lui-même et utilisez-le</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="76"/>
        <source>text is printed over other text: the conversion went wrong on this slide</source>
        <translation>du texte est imprimé sur un autre texte : la conversion a échoué sur cette diapositive</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="79"/>
        <source>font {font} is not installed here: {substitute} replaces it, with other letter widths, so text may not fit as designed (slides {slides})</source>
        <translation>la police {font} n’est pas installée ici : {substitute} la remplace, avec d’autres largeurs de lettres, le texte peut donc ne pas tenir comme prévu (diapositives {slides})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="84"/>
        <source>font {font} is not installed here: another font replaces it, so text may not fit as designed (slides {slides})</source>
        <translation>la police {font} n’est pas installée ici : une autre police la remplace, le texte peut donc ne pas tenir comme prévu (diapositives {slides})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="89"/>
        <source>slide is too heavy to draw in time ({shapes} shapes drawn one by one): the projector would wait for it — export it as a picture</source>
        <translation>la diapositive est trop lourde pour être dessinée à temps ({shapes} formes dessinées une à une) : le projecteur l’attendrait — exportez-la en image</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="94"/>
        <source>animated GIFs show as still pictures on slides {slides}</source>
        <translation>les GIF animés s’affichent comme des images fixes sur les diapositives {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="97"/>
        <source>files in the folder that are not shown: {files} — save them as PNG to show them</source>
        <translation>fichiers du dossier qui ne sont pas affichés : {files} — enregistrez-les en PNG pour les afficher</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="101"/>
        <source>these {pages} pages are {frames} frames: each overlay step (\pause, \only, \uncover) became a page — add the handout option, \documentclass[handout]{{beamer}}, for one page per frame</source>
        <translation>ces {pages} pages sont {frames} frames : chaque étape d’overlay (\pause, \only, \uncover) est devenue une page — ajoutez l’option handout, \documentclass[handout]{{beamer}}, pour une page par frame</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="107"/>
        <source>these {pages} pages are {frames} slides: each build or animation step became a page — export again without build stages</source>
        <translation>ces {pages} pages sont {frames} diapositives : chaque étape d’animation est devenue une page — exportez à nouveau sans les étapes d’animation</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="112"/>
        <source>pages show the slide above the speaker&apos;s notes: the audience would read the notes — export the slides only</source>
        <translation>les pages montrent la diapositive au-dessus des notes de l’intervenant : le public lirait les notes — exportez uniquement les diapositives</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="117"/>
        <source>pages are {aspect} and full of running text: this is a document for print, not slides</source>
        <translation>pages en {aspect} remplies de texte continu : c’est un document à imprimer, pas des diapositives</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="121"/>
        <source>a closing page (“{words}”) past the {expected} slides of the talk: drop it</source>
        <translation>une page de fin (« {words} ») après les {expected} diapositives de l’intervention : supprimez-la</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="125"/>
        <source>the session has no talk with a deck</source>
        <translation>la session n’a aucune intervention avec une présentation</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="126"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="25"/>
        <source>{aspect}</source>
        <translation>{aspect}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="26"/>
        <source>blank</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="27"/>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="28"/>
        <source>low resolution</source>
        <translation>basse résolution</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="29"/>
        <source>cannot be drawn</source>
        <translation>impossible à afficher</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="30"/>
        <source>blurry picture</source>
        <translation>image floue</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="31"/>
        <source>transparent</source>
        <translation>transparence</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="32"/>
        <source>vanishes on white</source>
        <translation>invisible sur blanc</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="33"/>
        <source>page number only</source>
        <translation>numéro de page seul</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="34"/>
        <source>closing page</source>
        <translation>page de fin</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="35"/>
        <source>damaged</source>
        <translation>endommagée</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="38"/>
        <source>beyond {expected}</source>
        <translation>au-delà de {expected}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="39"/>
        <source>portrait {aspect}</source>
        <translation>portrait {aspect}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="40"/>
        <source>slide {number} is beyond the {expected} slides of a {format} talk</source>
        <translation>la diapositive {number} dépasse les {expected} diapositives d’une intervention {format}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="43"/>
        <source>cannot be loaded</source>
        <translation>impossible à charger</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="44"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="45"/>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="46"/>
        <source>NOT ready</source>
        <translation>PAS prête</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="47"/>
        <source>%n slides · {format}: {slides} × {seconds} s</source>
        <translation>
            <numerusform>%n diapositive · {format} : {slides} × {seconds} s</numerusform>
            <numerusform>%n diapositives · {format} : {slides} × {seconds} s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/sheet_export.py" line="167"/>
        <source>page {page} of {pages}</source>
        <translation>page {page} sur {pages}</translation>
    </message>
</context>
<context>
    <name>preview_app</name>
    <message>
        <location filename="../../pechakucha/qt/preview/launch.py" line="19"/>
        <source>{path}: the session has no talk with a deck.</source>
        <translation>{path} : la session n’a aucune intervention avec une présentation.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/launch.py" line="20"/>
        <source>{path}: cannot write the file ({reason}).</source>
        <translation>{path} : impossible d’écrire le fichier ({reason}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/launch.py" line="21"/>
        <source>Contact sheet written to {path}</source>
        <translation>Planche contact écrite dans {path}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/launch.py" line="19"/>
        <source>use --loop N on its own, without --from or --to.</source>
        <translation>utilisez --loop N seul, sans --from ni --to.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/launch.py" line="20"/>
        <source>{deck}: slides {first}–{last} are not a range within this deck&apos;s 1–{count}.</source>
        <translation>{deck} : les diapositives {first}–{last} sortent de la plage 1–{count} de cette présentation.</translation>
    </message>
</context>
<context>
    <name>proof</name>
    <message>
        <location filename="../../pechakucha/cli/proof.py" line="22"/>
        <source>{name}: proof written to {path}</source>
        <translation>{name} : épreuve écrite dans {path}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/proof.py" line="23"/>
        <source>{name}: no proof, the deck is {state}</source>
        <translation>{name} : pas d’épreuve, la présentation est {state}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/proof.py" line="24"/>
        <source>pending (not sent yet)</source>
        <translation>en attente (pas encore envoyée)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/proof.py" line="25"/>
        <source>missing (not where the session file says)</source>
        <translation>introuvable (pas là où le dit le fichier de session)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/proof.py" line="26"/>
        <source>cannot write {path} ({reason}).</source>
        <translation>impossible d’écrire {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/proof.py" line="27"/>
        <source>{path} is not a folder.</source>
        <translation>{path} n’est pas un dossier.</translation>
    </message>
</context>
<context>
    <name>rehearsal</name>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="41"/>
        <source>Tap when you finish a slide. Within the last {tolerance} s before it changes: on pace; earlier: early. A tap up to {late} s after the change ends the slide before: you ran out of time on it by that much. No tap: ran out.</source>
        <extracomment>The counting rule, as the window explains it ({tolerance}, {late}: seconds).</extracomment>
        <translation>Appuyez quand vous finissez une diapositive. Dans ses {tolerance} dernières s avant le changement : dans le rythme ; plus tôt : en avance. Un appui jusqu’à {late} s après le changement termine la diapositive précédente : temps écoulé sur celle-ci, de cet écart. Pas d’appui : temps écoulé.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="49"/>
        <source>No taps recorded: press Space (or click) each time you finish a slide.</source>
        <translation>Aucun appui enregistré : appuyez sur Espace (ou cliquez) chaque fois que vous finissez une diapositive.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="52"/>
        <source>You ran out of time on {count} of {total} slides — trim slides {slides}</source>
        <translation>Temps écoulé sur {count} diapositives sur {total} — allégez les diapositives {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="55"/>
        <source>You ran out of time on 1 of {total} slides — trim slide {slides}</source>
        <translation>Temps écoulé sur 1 diapositive sur {total} — allégez la diapositive {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="58"/>
        <source>You ran out of time on {count} of {total} slides, by {average} s on average — trim slides {slides}</source>
        <translation>Temps écoulé sur {count} diapositives sur {total}, de {average} s en moyenne — allégez les diapositives {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="63"/>
        <source>You ran out of time on 1 of {total} slides, by {average} s — trim slide {slides}</source>
        <translation>Temps écoulé sur 1 diapositive sur {total}, de {average} s — allégez la diapositive {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="67"/>
        <source>You finished early on 1 of {total} slides ({average} s early) — say more on slide {slides}</source>
        <translation>Fini en avance sur 1 diapositive sur {total} ({average} s d’avance) — développez la diapositive {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="72"/>
        <source>You finished early on {count} of {total} slides ({average} s on average) — say more on slides {slides}</source>
        <translation>Fini en avance sur {count} diapositives sur {total} ({average} s en moyenne) — développez les diapositives {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="77"/>
        <source>Well paced: {within} of {total} slides finished in their last {tolerance} s</source>
        <translation>Bon rythme : {within} diapositives sur {total} finies dans leurs {tolerance} dernières s</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="81"/>
        <source>Uneven pace: {within} of {total} slides finished in their last {tolerance} s</source>
        <translation>Rythme irrégulier : {within} diapositives sur {total} finies dans leurs {tolerance} dernières s</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/trends.py" line="18"/>
        <source>Across these {runs} runs:</source>
        <translation>Sur ces {runs} répétitions :</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/trends.py" line="19"/>
        <source>Slide {slide} ran out in {count} of {runs} runs, by {average} s on average</source>
        <translation>Diapositive {slide} : temps écoulé dans {count} répétitions sur {runs}, de {average} s en moyenne</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/trends.py" line="22"/>
        <source>Slide {slide} ran out in {count} of {runs} runs</source>
        <translation>Diapositive {slide} : temps écoulé dans {count} répétitions sur {runs}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/trends.py" line="23"/>
        <source>Across these {runs} runs no slide ran out of time.</source>
        <translation>Sur ces {runs} répétitions, le temps ne s’est écoulé sur aucune diapositive.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="104"/>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="106"/>
        <source>Talk</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="107"/>
        <source>Q&amp;A</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="22"/>
        <source>Budget</source>
        <translation>Temps total</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="23"/>
        <source>Took</source>
        <translation>Durée réelle</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="24"/>
        <source>holds</source>
        <translation>pauses techniques</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="25"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="26"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="27"/>
        <source>Technical hold</source>
        <translation>Pause technique</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="28"/>
        <source>minutes from the start</source>
        <translation>minutes depuis le début</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="29"/>
        <source>on-time end</source>
        <translation>fin dans les temps</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="30"/>
        <source>Segment</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="31"/>
        <source>Allotted</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="32"/>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="108"/>
        <source>Changeover</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="33"/>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="110"/>
        <source>Held</source>
        <translation>Pause technique</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="34"/>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="109"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="35"/>
        <source>{label}: {speaker}</source>
        <translation>{label} : {speaker}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="36"/>
        <source>Over</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="111"/>
        <source>Overrun</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="105"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="80"/>
        <source>Report: {title}</source>
        <translation>Rapport : {title}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="83"/>
        <source>Session: {elapsed} of {budget}; holds {holds}</source>
        <translation>Session : {elapsed} sur {budget} ; pauses techniques {holds}</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="12"/>
        <source>Talk</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="13"/>
        <source>Q&amp;A</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="14"/>
        <source>Commentary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="15"/>
        <source>Card</source>
        <translation>Carton</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="19"/>
        <source>cannot read the file ({reason})</source>
        <translation>impossible de lire le fichier ({reason})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="20"/>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="21"/>
        <source>this is not a regular file (a folder, a pipe or a device): choose a .toml file</source>
        <translation>ce n’est pas un fichier ordinaire (c’est un dossier, un tube ou un périphérique) : choisissez un fichier .toml</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="24"/>
        <source>this is not valid TOML ({reason})</source>
        <translation>ce n’est pas du TOML valide ({reason})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="25"/>
        <source>unknown key &quot;{key}&quot; at the top level (expected [session] and [[segment]])</source>
        <translation>clé inconnue « {key} » au premier niveau (attendu : [session] et [[segment]])</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="28"/>
        <source>there is no [session] table</source>
        <translation>il n’y a pas de table [session]</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="29"/>
        <source>&quot;{key}&quot; must be a table like [{key}]</source>
        <translation>« {key} » doit être une table comme [{key}]</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="30"/>
        <source>there is no [[segment]] table</source>
        <translation>il n’y a aucune table [[segment]]</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="31"/>
        <source>each &quot;segment&quot; must be a [[segment]] table</source>
        <translation>chaque « segment » doit être une table [[segment]]</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="34"/>
        <source>unknown key &quot;{key}&quot; in {where}</source>
        <translation>clé inconnue « {key} » dans {where}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="35"/>
        <source>{where} has no &quot;{key}&quot;</source>
        <translation>« {key} » manque dans {where}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="36"/>
        <source>unknown kind &quot;{value}&quot; in {where} (known: talk, qa, commentary, card)</source>
        <translation>type inconnu « {value} » dans {where} (connus : talk, qa, commentary, card)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="39"/>
        <source>&quot;{key}&quot; in {where} must be {expected}, not {actual}</source>
        <translation>« {key} » dans {where} doit être {expected}, pas {actual}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="42"/>
        <source>&quot;{key}&quot; in {where} must be &quot;m:ss&quot;, &quot;h:mm:ss&quot; or seconds, not {value}</source>
        <translation>« {key} » dans {where} doit être &quot;m:ss&quot;, &quot;h:mm:ss&quot; ou des secondes, pas {value}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="45"/>
        <source>&quot;{key}&quot; in {where} must be more than zero, not {value}</source>
        <translation>« {key} » dans {where} doit être supérieur à zéro, pas {value}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="48"/>
        <source>&quot;{key}&quot; in {where} must not be negative, not {value}</source>
        <translation>« {key} » dans {where} ne peut pas être négatif ({value})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="51"/>
        <source>&quot;{key}&quot; in {where} is longer than a day ({value})</source>
        <translation>« {key} » dans {where} dépasse une journée ({value})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="52"/>
        <source>&quot;{key}&quot; in {where} must be from {low} to {high}, not {value}</source>
        <translation>« {key} » dans {where} doit être entre {low} et {high}, pas {value}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="55"/>
        <source>&quot;{key}&quot; = &quot;auto&quot; in {where} is only for a Q&amp;A</source>
        <translation>« {key} » = &quot;auto&quot; dans {where} n’est possible que pour des questions-réponses</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="56"/>
        <source>&quot;{key}&quot; in {where} is not a valid format ({reason})</source>
        <translation>« {key} » dans {where} n’est pas un format valide ({reason})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="59"/>
        <source>&quot;{key}&quot; in {where} is not a time of day like &quot;18:30&quot; ({reason})</source>
        <translation>« {key} » dans {where} n’est pas une heure comme &quot;18:30&quot; ({reason})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="62"/>
        <source>the talk in {where} has no &quot;deck&quot;</source>
        <translation>l’intervention de {where} n’a pas de « deck »</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="63"/>
        <source>the deck &quot;{value}&quot; in {where} does not exist</source>
        <translation>la présentation « {value} » de {where} n’existe pas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="64"/>
        <source>cannot save the file ({reason})</source>
        <translation>impossible d’enregistrer le fichier ({reason})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="65"/>
        <source>&quot;{key}&quot; in {where}: there is no &quot;{value}&quot; translation (known: {known})</source>
        <translation>« {key} » dans {where} : pas de traduction « {value} » (disponibles : {known})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="71"/>
        <source>{file}: the fixed parts alone ({fixed}) exceed the budget ({budget}).</source>
        <translation>{file} : les parties fixes seules ({fixed}) dépassent le temps total ({budget}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="74"/>
        <source>{file}: the fixed parts ({fixed}) and the changeovers ({gaps}) exceed the budget ({budget}).</source>
        <translation>{file} : les parties fixes ({fixed}) et les changements ({gaps}) dépassent le temps total ({budget}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="79"/>
        <source>{file}: the commentary (segment {number}) is not the last part before the closing: segment {following} ({kind}) comes after it.</source>
        <translation>{file} : la synthèse (séquence {number}) n’est pas la dernière partie avant la clôture : la séquence {following} ({kind}) vient après.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="84"/>
        <source>{file}: the talk in segment {number} ({name}) has no deck yet.</source>
        <translation>{file} : l’intervention de la séquence {number} ({name}) n’a pas encore de présentation.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="87"/>
        <source>{file}: the deck of the talk in segment {number} ({name}) is not there: {path} — point the talk to it again in the editor.</source>
        <translation>{file} : la présentation de l’intervention de la séquence {number} ({name}) est introuvable : {path} — indiquez-la à nouveau dans l’éditeur.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="92"/>
        <source>{file}: an automatic Q&amp;A would get less than its minimum: {left} is left for {count} automatic Q&amp;A that need at least {needed}.</source>
        <translation>{file} : des questions-réponses automatiques auraient moins que leur minimum : il reste {left} pour {count} séances automatiques qui demandent au moins {needed}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/schema.py" line="16"/>
        <source>segment {number}</source>
        <translation>séquence {number}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/schema.py" line="17"/>
        <source>segment {number} ({kind})</source>
        <translation>séquence {number} ({kind})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/schema.py" line="18"/>
        <source>{file}, line {line}</source>
        <translation>{file}, ligne {line}</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../pechakucha/qt/app/settings.py" line="28"/>
        <source>forgot the projector, the language, the recent sessions and the window places ({file}).</source>
        <translation>projecteur, langue, sessions récentes et places des fenêtres oubliés ({file}).</translation>
    </message>
</context>
</TS>
