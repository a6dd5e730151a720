<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../pechakucha/qt/show/audience.py" line="42"/>
        <source>Pecha Kucha — audience</source>
        <translation>Pecha Kucha — público</translation>
    </message>
</context>
<context>
    <name>DeckChecker</name>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/pixels/checking.py" line="25"/>
        <source>%n slides</source>
        <translation>
            <numerusform>%n diapositiva</numerusform>
            <numerusform>%n diapositivas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="99"/>
        <source>no deck</source>
        <translation>sin presentación</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="100"/>
        <source>Choose a PDF or an image folder.</source>
        <translation>Elegir un PDF o una carpeta de imágenes.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="107"/>
        <source>checking…</source>
        <translation>revisando…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="108"/>
        <source>Preflight is reading the deck.</source>
        <translation>Revisando la presentación…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="132"/>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="136"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="137"/>
        <source>problems</source>
        <translation>problemas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="147"/>
        <source>slide {slide}: {text}</source>
        <translation>diapositiva {slide}: {text}</translation>
    </message>
</context>
<context>
    <name>DeckField</name>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="154"/>
        <source>Drop a PDF or an image folder here</source>
        <translation>Suelta aquí un PDF o una carpeta de imágenes</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="86"/>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="103"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="121"/>
        <source>Write a duration such as 5:00.</source>
        <translation>Escribe una duración, p. ej. 5:00.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="125"/>
        <source>Write m:ss, h:mm:ss or seconds, e.g. 5:00.</source>
        <translation>Formato: m:ss, h:mm:ss o segundos, p. ej. 5:00.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="127"/>
        <source>The duration must be more than zero.</source>
        <translation>La duración debe ser mayor que cero.</translation>
    </message>
</context>
<context>
    <name>FullScreenSlide</name>
    <message>
        <location filename="../../pechakucha/qt/preview/views.py" line="52"/>
        <source>Pecha Kucha — full-screen preview</source>
        <translation>Pecha Kucha — vista previa a pantalla completa</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <location filename="../../pechakucha/qt/widgets/pacing_chart.py" line="179"/>
        <source>No runs kept yet</source>
        <translation>Aún no hay ensayos guardados</translation>
    </message>
</context>
<context>
    <name>PixmapCache</name>
    <message>
        <location filename="../../pechakucha/qt/pixels/cache.py" line="156"/>
        <source>Slide {slide} of {deck} is not drawn ({reason}): trying again.</source>
        <translation>La diapositiva {slide} de {deck} no está dibujada ({reason}): se vuelve a intentar.</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <location filename="../../pechakucha/qt/show/console.py" line="112"/>
        <source>Pecha Kucha — presenter console</source>
        <translation>Pecha Kucha — consola del presentador</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/console.py" line="256"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/console.py" line="256"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/console.py" line="256"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/console.py" line="256"/>
        <source>Left</source>
        <translation>Restante</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="63"/>
        <source>Pecha Kucha — preview: {title}</source>
        <translation>Pecha Kucha — vista previa: {title}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="151"/>
        <source>PDF, A4 landscape pages (*.pdf)</source>
        <translation>PDF, páginas A4 en horizontal (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="152"/>
        <source>PDF, Letter landscape pages (*.pdf)</source>
        <translation>PDF, páginas Carta en horizontal (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="156"/>
        <source>Export the contact sheet</source>
        <translation>Exportar la hoja de miniaturas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="158"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="167"/>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="168"/>
        <source>{path}: cannot write the file ({reason}).</source>
        <translation>{path}: no se puede escribir el archivo ({reason}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="212"/>
        <source>Full screen (F)</source>
        <translation>Pantalla completa (F)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="213"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="215"/>
        <source>Save the contact sheet as a PNG or a PDF</source>
        <translation>Guardar la hoja de miniaturas como PNG o PDF</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="219"/>
        <source>Screen:</source>
        <translation>Pantalla:</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="228"/>
        <source>Arrows: move · Enter or click: see large · F: full screen · Esc: back · Ctrl+E: export</source>
        <translation>Flechas: mover · Intro o clic: ver en grande · F: pantalla completa · Esc: volver · Ctrl+E: exportar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="264"/>
        <source>screen</source>
        <translation>pantalla</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/preview/window.py" line="291"/>
        <source>%n slides</source>
        <translation>
            <numerusform>%n diapositiva</numerusform>
            <numerusform>%n diapositivas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="293"/>
        <source>Checking decks: {done} of {total} done · {slides}</source>
        <translation>Revisando presentaciones: {done} de {total} · {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="298"/>
        <source>{slides}: ready</source>
        <translation>{slides}: lista</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/preview/window.py" line="301"/>
        <source>%n decks, {slides}: {ready} ready</source>
        <translation>
            <numerusform>%n presentación, {slides} · listas: {ready}</numerusform>
            <numerusform>%n presentaciones, {slides} · listas: {ready}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="312"/>
        <source>{name} · slide {number} of {count}</source>
        <translation>{name} · diapositiva {number} de {count}</translation>
    </message>
</context>
<context>
    <name>Proof</name>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="29"/>
        <source>Proof of the slides of {name}</source>
        <translation>Prueba de las diapositivas de {name}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="30"/>
        <source>Talk {number} of {talks} in “{session}”.</source>
        <translation>Charla {number} de {talks} en «{session}».</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="31"/>
        <source>Planned start of your talk: {time}.</source>
        <translation>Inicio previsto de su charla: {time}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="32"/>
        <source>Before you: {before}. After you: {after}.</source>
        <translation>Antes de usted: {before}. Después: {after}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="33"/>
        <source>The rules: exactly {slides} slides, each shown {seconds} seconds and changing by itself ({total} in all). The projector is {width}×{height} pixels ({aspect}): a slide of another shape gets black bands (hatched here, to save ink). Transparent parts show as white.</source>
        <translation>Las reglas: exactamente {slides} diapositivas, cada una {seconds} segundos, que avanzan solas ({total} en total). El proyector tiene {width}×{height} píxeles ({aspect}): una diapositiva de otra forma lleva bandas negras (aquí rayadas, para ahorrar tinta). Las partes transparentes se ven blancas.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="40"/>
        <source>Your deck is ready: nothing to fix.</source>
        <translation>Su presentación está lista: nada que corregir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/paper/proof.py" line="41"/>
        <source>%n thing(s) to fix before the day, marked below.</source>
        <translation>
            <numerusform>%n cosa que corregir antes del día, marcada abajo.</numerusform>
            <numerusform>%n cosas que corregir antes del día, marcadas abajo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="42"/>
        <source>The whole deck</source>
        <translation>Toda la presentación</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="43"/>
        <source>Slide {number}</source>
        <translation>Diapositiva {number}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="44"/>
        <source>as the audience will see it</source>
        <translation>como la verá el público</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="45"/>
        <source>All your slides, as the audience will see them</source>
        <translation>Todas sus diapositivas, como las verá el público</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="46"/>
        <source>To do: {fix}</source>
        <translation>Qué hacer: {fix}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="47"/>
        <source>the start</source>
        <translation>el inicio</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="48"/>
        <source>the end</source>
        <translation>el final</translation>
    </message>
</context>
<context>
    <name>RangeControls</name>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="133"/>
        <source>Loop one slide</source>
        <translation>Repetir una diapositiva</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="134"/>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="176"/>
        <source>Start (Space)</source>
        <translation>Empezar (Espacio)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="135"/>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="172"/>
        <source>Pause (P)</source>
        <translation>Pausa (P)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="136"/>
        <source>Stop (Esc)</source>
        <translation>Detener (Esc)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="144"/>
        <source>Space / Enter / → / click: done with this slide · P pause · R restart · Esc stop</source>
        <translation>Espacio / Intro / → / clic: diapositiva terminada · P pausa · R reiniciar · Esc detener</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="172"/>
        <source>Resume (P)</source>
        <translation>Reanudar (P)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="174"/>
        <source>Restart (R)</source>
        <translation>Reiniciar (R)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="176"/>
        <source>Again (Space)</source>
        <translation>Otra vez (Espacio)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="189"/>
        <source>Slides</source>
        <translation>Diapositivas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="191"/>
        <source>to</source>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>RehearsalHeader</name>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="37"/>
        <source>Rehearsal — {deck}</source>
        <translation>Ensayo — {deck}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="51"/>
        <source>READY</source>
        <translation>LISTO</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="52"/>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="54"/>
        <source>RUNNING</source>
        <translation>EN CURSO</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="53"/>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="55"/>
        <source>DONE</source>
        <translation>TERMINADO</translation>
    </message>
</context>
<context>
    <name>RehearsalWindow</name>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="79"/>
        <source>Pecha Kucha — rehearse {deck}</source>
        <translation>Pecha Kucha — ensayo: {deck}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="215"/>
        <source>Slide {number} of {count}</source>
        <translation>Diapositiva {number} de {count}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="218"/>
        <source>Next: slide {number} again</source>
        <translation>Siguiente: otra vez la diapositiva {number}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="220"/>
        <source>Next: slide {number}</source>
        <translation>Siguiente: diapositiva {number}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="222"/>
        <source>Next: the end</source>
        <translation>Siguiente: fin</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="242"/>
        <source>Slide {number}: ran out of time, {seconds} s late</source>
        <translation>Diapositiva {number}: se acabó el tiempo, {seconds} s tarde</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="274"/>
        <source>Lap {lap}: ran out of time</source>
        <translation>Vuelta {lap}: se acabó el tiempo</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="245"/>
        <source>Slide {number}: done {seconds} s early</source>
        <translation>Diapositiva {number}: terminada {seconds} s antes</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="277"/>
        <source>Lap {lap}: {seconds} s</source>
        <translation>Vuelta {lap}: {seconds} s</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="286"/>
        <source>This run could not be kept ({reason}).</source>
        <translation>No se pudo guardar este ensayo ({reason}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="289"/>
        <source>Run kept in {path}</source>
        <translation>Ensayo guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="295"/>
        <source>Space: start</source>
        <translation>Espacio: empezar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="298"/>
        <source>tap when done</source>
        <translation>pulsa al terminar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="298"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="310"/>
        <source>No notes for this slide in {file}</source>
        <translation>No hay notas para esta diapositiva en {file}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="311"/>
        <source>No notes: write them in {file}, one “## Slide N” section each</source>
        <translation>Sin notas: escríbelas en {file}, una sección “## Diapositiva N” por diapositiva</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="75"/>
        <source>This run: bars down = finished early, red = ran out of time</source>
        <translation>Este ensayo: barra hacia abajo = terminaste antes, rojo = se acabó el tiempo</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="72"/>
        <source>Stopped after slide {number}, kept apart from whole runs</source>
        <translation>Detenido tras la diapositiva {number}, guardado aparte de los ensayos completos</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="81"/>
        <source>On pace (last {tolerance} s): {count}</source>
        <translation>Buen ritmo (últimos {tolerance} s): {count}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="84"/>
        <source>early: {count}</source>
        <translation>antes de tiempo: {count}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="88"/>
        <source>ran out of time on slides {slides}</source>
        <translation>se acabó el tiempo en las diapositivas {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="93"/>
        <source>never ran out of time</source>
        <translation>nunca se acabó el tiempo</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="113"/>
        <source>Your whole runs of this deck: none kept yet</source>
        <translation>Tus ensayos completos de esta presentación: aún no hay ninguno guardado</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="114"/>
        <source>Your whole runs of this deck ({count})</source>
        <translation>Tus ensayos completos de esta presentación ({count})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="117"/>
        <source>Your runs of this deck: this is the first one kept</source>
        <translation>Tus ensayos de esta presentación: este es el primero guardado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/rehearse/results.py" line="118"/>
        <source>Your last %n runs (brightest: this one)</source>
        <translation>
            <numerusform>Tu último ensayo (el más claro: este)</numerusform>
            <numerusform>Tus últimos %n ensayos (el más claro: este)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="121"/>
        <source>Your runs of slides {first}–{last}: this is the first one kept</source>
        <translation>Tus ensayos de las diapositivas {first}–{last}: este es el primero guardado</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="123"/>
        <source>Your last {count} runs of slides {first}–{last} (brightest: this one)</source>
        <translation>Tus últimos {count} ensayos de las diapositivas {first}–{last} (el más brillante: este)</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="78"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="88"/>
        <source>End of the run</source>
        <translation>Fin del ensayo</translation>
    </message>
</context>
<context>
    <name>RunningOrder</name>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="23"/>
        <source>Running order</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="24"/>
        <source>Budget {budget}</source>
        <translation>Tiempo total {budget}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="25"/>
        <source>starts {start}, ends {end}</source>
        <translation>empieza a las {start}, termina a las {end}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="26"/>
        <source>No planned start in the session file: times are from the start.</source>
        <translation>El archivo de sesión no tiene hora de inicio: los tiempos cuentan desde el inicio.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="29"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="30"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="31"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="32"/>
        <source>changeover {gap}</source>
        <translation>cambio {gap}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="33"/>
        <source>target {target}, at least {minimum}</source>
        <translation>objetivo {target}, mínimo {minimum}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="34"/>
        <source>fixed length</source>
        <translation>duración fija</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="35"/>
        <source>the commentator&apos;s slot: protected, never cut short</source>
        <translation>el turno del comentarista: protegido, nunca se acorta</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="38"/>
        <source>{slides} slides × {seconds} s, advance by itself</source>
        <translation>{slides} diapositivas × {seconds} s, avanzan solas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="39"/>
        <source>End of the budget</source>
        <translation>Fin del tiempo total</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="40"/>
        <source>Operator&apos;s keys</source>
        <translation>Teclas del operador</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="43"/>
        <source>start the segment that is up next</source>
        <translation>empezar el segmento siguiente</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="44"/>
        <source>resume after a pause or a hold</source>
        <translation>reanudar tras una pausa o una parada técnica</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="45"/>
        <source>end this Q&amp;A, card or commentary</source>
        <translation>terminar estas preguntas, cartel o síntesis</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="46"/>
        <source>back to the previous segment</source>
        <translation>volver al segmento anterior</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="47"/>
        <source>pause / resume</source>
        <translation>pausa / reanudar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="48"/>
        <source>technical hold (the budget stops too)</source>
        <translation>parada técnica (el tiempo total también se detiene)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="49"/>
        <source>one minute more / less for this Q&amp;A or card</source>
        <translation>un minuto más / menos para estas preguntas o cartel</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="50"/>
        <source>black / white screen; again to uncover</source>
        <translation>pantalla negra / blanca; otra vez para volver</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="51"/>
        <source>mark a slide; grid of slides for the synthesis</source>
        <translation>marcar una diapositiva; cuadrícula de diapositivas para la síntesis</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="52"/>
        <source>stop (twice while something runs)</source>
        <translation>detener (dos veces mientras algo corre)</translation>
    </message>
</context>
<context>
    <name>SegmentForm</name>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="199"/>
        <source>Add a segment with the buttons below.</source>
        <translation>Añade un segmento con los botones de abajo.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="201"/>
        <source>Drop a PDF or a folder of slide images on the list to add a talk.</source>
        <translation>Suelta un PDF o una carpeta de imágenes en la lista para añadir una charla.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="226"/>
        <source>Choose the talk&apos;s PDF</source>
        <translation>Elegir el PDF de la charla</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="237"/>
        <source>Choose the folder of slide images</source>
        <translation>Elegir la carpeta de imágenes de las diapositivas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="250"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="251"/>
        <source>Image folder…</source>
        <translation>Carpeta de imágenes…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="256"/>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="269"/>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="346"/>
        <source>as the session</source>
        <translation>como la sesión</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="259"/>
        <source>auto: share what is left of the budget</source>
        <translation>auto: repartir lo que queda del tiempo total</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="264"/>
        <source>show the countdown</source>
        <translation>mostrar la cuenta regresiva</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="274"/>
        <source>amber at</source>
        <translation>ámbar a</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="274"/>
        <source>red at</source>
        <translation>rojo a</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="279"/>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="280"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="281"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="282"/>
        <source>Deck</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="284"/>
        <source>Preflight</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="285"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="286"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="287"/>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="288"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="289"/>
        <source>Countdown</source>
        <translation>Cuenta regresiva</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="291"/>
        <source>Changeover before</source>
        <translation>Cambio antes</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="347"/>
        <source>the speaker of the talk before</source>
        <translation>el ponente de la charla anterior</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="380"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="388"/>
        <source>Talk</source>
        <translation>Charla</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="389"/>
        <source>Q&amp;A</source>
        <translation>Preguntas y respuestas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="390"/>
        <source>Commentary</source>
        <translation>Síntesis</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="391"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
</context>
<context>
    <name>SegmentList</name>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_list.py" line="41"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_list.py" line="41"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_list.py" line="41"/>
        <source>Deck</source>
        <translation>Presentación</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="138"/>
        <source>Save the session as</source>
        <translation>Guardar la sesión como</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="140"/>
        <location filename="../../pechakucha/qt/editor/window.py" line="162"/>
        <source>Session files</source>
        <translation>Archivos de sesión</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="160"/>
        <source>Open a session</source>
        <translation>Abrir una sesión</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="183"/>
        <source>Session editor</source>
        <translation>Editor de sesiones</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="190"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="191"/>
        <source>Save the changes to {name}?</source>
        <translation>¿Guardar los cambios en {name}?</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="219"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="220"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="220"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="234"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="237"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="238"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="239"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="240"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="241"/>
        <source>Print the running order…</source>
        <translation>Imprimir el orden del día…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="349"/>
        <source>{name}[*] — Pecha Kucha session editor</source>
        <translation>{name}[*] — Editor de sesiones Pecha Kucha</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="353"/>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="170"/>
        <source>Could not save {name} ({reason}); the file on disk is unchanged.</source>
        <translation>No se pudo guardar {name} ({reason}); el archivo en disco no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="392"/>
        <source>A field marked in red is not valid yet: correct it first.</source>
        <translation>Hay un campo en rojo que no es válido: corrígelo primero.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="35"/>
        <source>Could not save {name} ({reason}); the file on disk is unchanged, your changes are still here and the details are in {log}.</source>
        <translation>No se pudo guardar {name} ({reason}); el archivo en el disco no ha cambiado, sus cambios siguen aquí y los detalles están en {log}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="106"/>
        <source>auto {time}</source>
        <translation>auto {time}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="116"/>
        <source>Add at least one segment before saving.</source>
        <translation>Añade al menos un segmento antes de guardar.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="126"/>
        <source>missing</source>
        <translation>no encontrada</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="127"/>
        <source>{path} is not there: choose the deck again with PDF… or Image folder…</source>
        <translation>{path} no está: vuelva a elegir la presentación con PDF… o Carpeta de imágenes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/editor/plan_view.py" line="16"/>
        <source>Planned {total} of a {budget} budget (%n segments, {gaps} of changeovers)</source>
        <translation>
            <numerusform>Previsto: {total} de un tiempo total de {budget} (%n segmento, {gaps} de cambios)</numerusform>
            <numerusform>Previsto: {total} de un tiempo total de {budget} (%n segmentos, {gaps} de cambios)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/plan_view.py" line="45"/>
        <source>Print the running order to</source>
        <translation>Imprimir el orden del día en</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/plan_view.py" line="47"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/plan_view.py" line="56"/>
        <source>Could not write {name} ({reason}).</source>
        <translation>No se pudo escribir {name} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/plan_view.py" line="59"/>
        <source>Running order written to {path}</source>
        <translation>Orden del día escrito en {path}</translation>
    </message>
</context>
<context>
    <name>SessionFields</name>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="223"/>
        <source>Write a time like 18:30.</source>
        <translation>Escribe una hora como 18:30.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="249"/>
        <source>Languages of the projector cards, first one largest; known: {known}.</source>
        <translation>Idiomas de los carteles del proyector, el primero más grande; disponibles: {known}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="266"/>
        <source>Session title</source>
        <translation>Título de la sesión</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="272"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="277"/>
        <source>as the interface</source>
        <translation>como la interfaz</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="282"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="283"/>
        <source>Budget</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="284"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="285"/>
        <source>Starts at</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="286"/>
        <source>Changeover</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="287"/>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
</context>
<context>
    <name>SessionOperator</name>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="126"/>
        <location filename="../../pechakucha/qt/show/operator.py" line="156"/>
        <location filename="../../pechakucha/qt/show/operator.py" line="182"/>
        <source>{key}: nothing to do now</source>
        <translation>{key}: nada que hacer ahora</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="152"/>
        <source>Technical hold: the session clock is stopped</source>
        <translation>Pausa técnica: el reloj de la sesión está detenido</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="137"/>
        <source>The commentator&apos;s time is protected: not below {t}</source>
        <translation>El tiempo del comentarista está protegido: no baja de {t}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="140"/>
        <source>Slide {k} marked for the synthesis</source>
        <translation>Diapositiva {k} marcada para la síntesis</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="146"/>
        <source>Press F5 to start</source>
        <translation>Pulsa F5 para empezar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="147"/>
        <source>This is the talk&apos;s first slide</source>
        <translation>Es la primera diapositiva de la charla</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="149"/>
        <source>Press {key} again to run {segment} again (what ran stays in the report)</source>
        <translation>Pulse {key} otra vez para repetir {segment} (lo ya hecho queda en el informe)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="151"/>
        <source>Press S again to swap projector and console</source>
        <translation>Pulse S otra vez para intercambiar proyector y consola</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="154"/>
        <source>Slides are recalled during Q&amp;A, cards and the synthesis</source>
        <translation>Las diapositivas se recuperan durante las preguntas, los carteles y la síntesis</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="143"/>
        <source>Press Esc again to stop the talk</source>
        <translation>Pulsa Esc otra vez para detener la charla</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="144"/>
        <source>Press Esc again to stop the session</source>
        <translation>Pulsa Esc otra vez para detener la sesión</translation>
    </message>
</context>
<context>
    <name>SlideRenderer</name>
    <message>
        <location filename="../../pechakucha/qt/pixels/render.py" line="232"/>
        <source>Slide {slide} of {deck} took more than {seconds} s to draw: the slide renderer was restarted and is drawing it again.</source>
        <translation>La diapositiva {slide} de {deck} tardó más de {seconds} s en dibujarse: el motor de diapositivas se reinició y la está dibujando de nuevo.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/render.py" line="237"/>
        <source>The slide renderer stopped (exit code {code}) while drawing slide {slide} of {deck}; it was restarted and is drawing it again.</source>
        <translation>El motor de diapositivas se detuvo (código {code}) mientras dibujaba la diapositiva {slide} de {deck}; se reinició y la está dibujando de nuevo.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/render.py" line="246"/>
        <source>The slide renderer did not answer for {seconds} s and was restarted.</source>
        <translation>El motor de diapositivas no respondió durante {seconds} s y se reinició.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/render.py" line="249"/>
        <source>The slide renderer stopped (exit code {code}) and was restarted.</source>
        <translation>El motor de diapositivas se detuvo (código {code}) y se reinició.</translation>
    </message>
</context>
<context>
    <name>TalkOperator</name>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="132"/>
        <source>{key} ignored: a 20 × 20 talk advances by itself</source>
        <translation>Tecla {key} ignorada: una charla 20 × 20 avanza sola</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="125"/>
        <source>{format}: {slides} × {seconds} s</source>
        <translation>{format}: {slides} × {seconds} s</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../pechakucha/qt/app/startup.py" line="52"/>
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="151"/>
        <source>Resume the session?</source>
        <translation>¿Reanudar la sesión?</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="125"/>
        <source>This session stopped before its end. Resume where it was, as if the app had never stopped?</source>
        <translation>Esta sesión se detuvo antes de terminar. ¿Reanudarla donde estaba, como si la aplicación nunca se hubiera detenido?</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="98"/>
        <source>{file}: the journal cannot be read ({problem})</source>
        <translation>{file}: no se puede leer el registro ({problem})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="102"/>
        <source>{file}: {count} unreadable journal line(s) skipped, the first at line {line}</source>
        <translation>{file}: se omitieron líneas ilegibles del registro ({count}), la primera en la línea {line}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="114"/>
        <source>the journal cannot be saved in {folder} ({problem}); the show goes on</source>
        <translation>no se puede guardar el registro en {folder} ({problem}); la sesión sigue</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="132"/>
        <source>{segment}, slide {slide}</source>
        <translation>{segment}, diapositiva {slide}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="135"/>
        <source>This session stopped before its end, during {where}, {downtime} ago.

Yes: continue where the clock is now (the session keeps its end).
Resume the slide: go on where it stopped (the session ends {downtime} later; the Q&amp;As absorb it).</source>
        <translation>Esta sesión se detuvo antes de terminar, durante {where}, hace {downtime}.

Sí: seguir donde está ahora el reloj (la sesión mantiene su hora de fin).
Retomar la diapositiva: seguir donde se detuvo (la sesión termina {downtime} más tarde; lo absorben las preguntas).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="159"/>
        <source>Resume the slide</source>
        <translation>Retomar la diapositiva</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/launch.py" line="46"/>
        <source>This session is already running in another pechakucha window: bring that window forward (your task bar or Alt+Tab) or close it before starting again.</source>
        <translation>Esta sesión ya está abierta en otra ventana de pechakucha: traiga esa ventana al frente (barra de tareas o Alt+Tab) o ciérrela antes de volver a empezar.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/launch.py" line="241"/>
        <source>Report not saved: {error}</source>
        <translation>Informe no guardado: {error}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/launch.py" line="244"/>
        <source>Report saved in {folder}</source>
        <translation>Informe guardado en {folder}</translation>
    </message>
</context>
<context>
    <name>atomic</name>
    <message>
        <location filename="../../pechakucha/core/atomic.py" line="38"/>
        <source>{name} was not replaced because another program has it open or it is read-only; close it there and try again</source>
        <translation>{name} no se reemplazó porque otro programa lo tiene abierto o es de solo lectura; ciérrelo allí y vuelva a intentarlo</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <location filename="../../pechakucha/cli/export.py" line="49"/>
        <location filename="../../pechakucha/qt/show/cards.py" line="24"/>
        <source>Up next</source>
        <translation>A continuación</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/export.py" line="50"/>
        <location filename="../../pechakucha/qt/show/cards.py" line="25"/>
        <source>Questions &amp; answers</source>
        <translation>Preguntas y respuestas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/export.py" line="51"/>
        <location filename="../../pechakucha/qt/show/cards.py" line="26"/>
        <source>Closing synthesis</source>
        <translation>Síntesis final</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/cards.py" line="27"/>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/check.py" line="30"/>
        <source>ready, %n slides</source>
        <translation>
            <numerusform>lista, %n diapositiva</numerusform>
            <numerusform>lista, %n diapositivas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/check.py" line="31"/>
        <source>NOT ready, %n slides</source>
        <translation>
            <numerusform>NO lista, %n diapositiva</numerusform>
            <numerusform>NO lista, %n diapositivas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/check.py" line="94"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/check.py" line="95"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/check.py" line="96"/>
        <source>info</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/check.py" line="99"/>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/check.py" line="100"/>
        <source>deck</source>
        <translation>presentación</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/check.py" line="101"/>
        <source>slide {number}</source>
        <translation>diapositiva {number}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/check.py" line="102"/>
        <source>slides {numbers}</source>
        <translation>diapositivas {numbers}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/check.py" line="217"/>
        <source>cannot be loaded — {reason}</source>
        <translation>no se puede cargar — {reason}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="22"/>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="23"/>
        <source>problems</source>
        <translation>con problemas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="24"/>
        <source>cannot be loaded</source>
        <translation>no se puede abrir</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="25"/>
        <source>pending: no deck yet</source>
        <translation>pendiente: aún sin presentación</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="26"/>
        <source>missing: the file is not there</source>
        <translation>no encontrada: el archivo no está</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="29"/>
        <source>{path}: the decks, speaker by speaker</source>
        <translation>{path}: las presentaciones, ponente por ponente</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="30"/>
        <source>received {date}</source>
        <translation>recibida el {date}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="31"/>
        <source>(no speaker named)</source>
        <translation>(ponente sin nombre)</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="49"/>
        <source>BLACKED OUT</source>
        <translation>PANTALLA NEGRA</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="51"/>
        <source>WHITE SCREEN</source>
        <translation>PANTALLA BLANCA</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="53"/>
        <source>TECHNICAL HOLD</source>
        <translation>PAUSA TÉCNICA</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="55"/>
        <source>READY — F5</source>
        <translation>LISTO — F5</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="56"/>
        <source>UP NEXT — F5</source>
        <translation>A CONTINUACIÓN — F5</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="57"/>
        <source>RUNNING</source>
        <translation>EN CURSO</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="58"/>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="59"/>
        <source>FINISHED</source>
        <translation>TERMINADO</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="79"/>
        <source>{verdict} · ended {end} · {budget}</source>
        <translation>{verdict} · terminó a las {end} · {budget}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="81"/>
        <source>{verdict} · ends {end} · {budget}</source>
        <translation>{verdict} · termina a las {end} · {budget}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="94"/>
        <source>
end this Q&amp;A at {t} to finish on time</source>
        <translation>
cierra las preguntas a las {t} para terminar a tiempo</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="103"/>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="105"/>
        <source>{t} ahead</source>
        <translation>{t} de adelanto</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="107"/>
        <source>{t} behind</source>
        <translation>{t} de retraso</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="340"/>
        <source>start / resume</source>
        <extracomment>The footer&apos;s order, and what each command is called there (context &quot;console&quot;).</extracomment>
        <translation>iniciar / reanudar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="341"/>
        <source>next</source>
        <translation>siguiente</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="342"/>
        <source>back</source>
        <translation>atrás</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="343"/>
        <source>pause</source>
        <translation>pausa</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="344"/>
        <source>hold</source>
        <translation>pausa técnica</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="345"/>
        <source>1 min more</source>
        <translation>1 min más</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="346"/>
        <source>1 min less</source>
        <translation>1 min menos</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="347"/>
        <source>mark slide</source>
        <translation>marcar diapositiva</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="348"/>
        <source>slides</source>
        <translation>diapositivas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="349"/>
        <source>back to card</source>
        <translation>volver a la tarjeta</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="350"/>
        <source>black</source>
        <translation>negro</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="351"/>
        <source>white</source>
        <translation>blanco</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="352"/>
        <source>progress bar</source>
        <translation>barra de progreso</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="353"/>
        <source>slide / console</source>
        <translation>diapositiva / consola</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="354"/>
        <source>swap screens (twice)</source>
        <translation>intercambiar pantallas (dos veces)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="355"/>
        <source>stop (twice)</source>
        <translation>detener (dos veces)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="368"/>
        <source>quit</source>
        <translation>salir</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="89"/>
        <source> · holds {t}</source>
        <translation> · pausas técnicas {t}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="179"/>
        <source>to start</source>
        <translation>para empezar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="206"/>
        <source>this slide</source>
        <translation>esta diapositiva</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="209"/>
        <source>Talk: {t} left</source>
        <translation>Charla: quedan {t}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="287"/>
        <location filename="../../pechakucha/qt/show/session_console.py" line="333"/>
        <source>Slide {k} / {n}</source>
        <translation>Diapositiva {k} / {n}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="274"/>
        <location filename="../../pechakucha/qt/show/session_console.py" line="334"/>
        <source>Next: slide {k}</source>
        <translation>Siguiente: diapositiva {k}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="284"/>
        <source>Next: end</source>
        <translation>Siguiente: fin</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="256"/>
        <source>Recalled: {talk}, slide {k}</source>
        <translation>De nuevo en pantalla: {talk}, diapositiva {k}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="47"/>
        <source>NO PROJECTOR</source>
        <translation>SIN PROYECTOR</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="116"/>
        <source>{left} of budget left</source>
        <translation>quedan {left} del tiempo total</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="118"/>
        <source>{over} over budget</source>
        <translation>tiempo total superado en {over}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="172"/>
        <source>Session: {t}</source>
        <translation>Sesión: {t}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="173"/>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="176"/>
        <source>{kind}: {t} planned</source>
        <translation>{kind}: previsto {t}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="185"/>
        <source>{kind}: on screen {t}</source>
        <translation>{kind}: {t} en pantalla</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="192"/>
        <source>{t} left of {allotted}</source>
        <translation>quedan {t} de {allotted}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="194"/>
        <source>{t} over {allotted}</source>
        <translation>{t} de más sobre {allotted}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="204"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="302"/>
        <source>Next: end of the session</source>
        <translation>Siguiente: fin de la sesión</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="313"/>
        <source>Next talk: {label}</source>
        <translation>Siguiente charla: {label}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="315"/>
        <source>Next: {label}</source>
        <translation>Siguiente: {label}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/controller.py" line="136"/>
        <source>journal not saved ({problem})</source>
        <translation>registro no guardado ({problem})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/controller.py" line="139"/>
        <source>slow disk: journal {seconds} s behind</source>
        <translation>disco lento: el registro va {seconds} s con retraso</translation>
    </message>
</context>
<context>
    <name>deck</name>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="19"/>
        <location filename="../../pechakucha/decks/errors.py" line="118"/>
        <source>{path}: {reason}.</source>
        <translation>{path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="38"/>
        <source>{path}: file not found — check the path.</source>
        <translation>{path}: no se encuentra el archivo — hay que revisar la ruta.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="44"/>
        <source>{path}: the file is empty (0 bytes) — export the deck again.</source>
        <translation>{path}: el archivo está vacío (0 bytes) — hay que volver a exportar la presentación.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="50"/>
        <source>{path}: not a PDF or an image — export the slides as PDF.</source>
        <translation>{path}: no es un PDF ni una imagen — hay que exportar las diapositivas como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="51"/>
        <source>{path}: not a PDF or an image (it is a web page) — export the slides as PDF.</source>
        <translation>{path}: no es un PDF ni una imagen (es una página web) — hay que exportar las diapositivas como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="54"/>
        <source>{path}: not a PDF or an image (it is a PostScript file) — export the slides as PDF.</source>
        <translation>{path}: no es un PDF ni una imagen (es un archivo PostScript) — hay que exportar las diapositivas como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="58"/>
        <source>{path}: not a PDF or an image (it is a PowerPoint file) — export the slides as PDF.</source>
        <translation>{path}: no es un PDF ni una imagen (es un archivo de PowerPoint) — hay que exportar las diapositivas como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="62"/>
        <source>{path}: not a PDF or an image (it is a Keynote file) — export the slides as PDF.</source>
        <translation>{path}: no es un PDF ni una imagen (es un archivo de Keynote) — hay que exportar las diapositivas como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="66"/>
        <source>{path}: not a PDF or an image (it is an OpenDocument presentation) — export the slides as PDF.</source>
        <translation>{path}: no es un PDF ni una imagen (es una presentación OpenDocument) — hay que exportar las diapositivas como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="71"/>
        <source>{path}: not a PDF or an image (it is an archive or office document) — export the slides as PDF.</source>
        <translation>{path}: no es un PDF ni una imagen (es un archivo comprimido o un documento de Office) — hay que exportar las diapositivas como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="76"/>
        <source>{path}: not a PDF or an image (it is an XML or web file) — export the slides as PDF.</source>
        <translation>{path}: no es un PDF ni una imagen (es un archivo XML o web) — hay que exportar las diapositivas como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="80"/>
        <source>{path}: not a PDF or an image (it is a text file) — export the slides as PDF.</source>
        <translation>{path}: no es un PDF ni una imagen (es un archivo de texto) — hay que exportar las diapositivas como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="102"/>
        <source>{path}: the file is damaged beyond repair — export the deck again.</source>
        <translation>{path}: el archivo está dañado y no se puede reparar — hay que volver a exportar la presentación.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="110"/>
        <source>{path}: the PDF needs a password — ask for an unprotected copy.</source>
        <translation>{path}: el PDF pide contraseña — hay que pedir una copia sin protección.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="127"/>
        <source>{path}{where}: the image cannot be read — it may be damaged.</source>
        <translation>{path}{where}: no se puede leer la imagen — puede estar dañada.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="138"/>
        <source>{path}: the image is too large to open safely{size} — resize it.</source>
        <translation>{path}: la imagen es demasiado grande para abrirla con seguridad{size} — hay que reducir su tamaño.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="149"/>
        <source>{path}: the file cannot be read{detail} — check its permissions.</source>
        <translation>{path}: no se puede leer el archivo{detail} — hay que revisar sus permisos.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="160"/>
        <source>{path} (slide {slide}): the slide cannot be drawn — it may be damaged.</source>
        <translation>{path} (diapositiva {slide}): no se puede mostrar la diapositiva — puede estar dañada.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="172"/>
        <source>{path}: the folder has no images, but its subfolder “{subfolder}” has {count} — choose that folder.</source>
        <translation>{path}: la carpeta no tiene imágenes, pero su subcarpeta “{subfolder}” tiene {count} — hay que elegir esa carpeta.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="185"/>
        <source>{path}: this is {kind}, not a file — choose a PDF, an image or a folder of images.</source>
        <translation>{path}: no es un archivo ({kind}) — hay que elegir un PDF, una imagen o una carpeta de imágenes.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="197"/>
        <source>{path}: {kind} — install LibreOffice (package libreoffice-impress) to show it, or export the slides as PDF.</source>
        <translation>{path}: {kind} — hay que instalar LibreOffice (paquete libreoffice-impress) para mostrarlo, o exportar las diapositivas como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="210"/>
        <source>{path}: LibreOffice could not convert {kind}{detail} — export the slides as PDF.</source>
        <translation>{path}: LibreOffice no pudo convertir el archivo ({kind}){detail} — hay que exportar las diapositivas como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="223"/>
        <source>{path}: the file unpacks to far more than it holds (damaged, or made to exhaust memory) — export the slides as PDF.</source>
        <translation>{path}: el archivo se descomprime en mucho más de lo que ocupa (dañado, o hecho para agotar la memoria) — exporte las diapositivas como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/protocol.py" line="82"/>
        <source>{path}: the file changed or was removed during the show — the slides already drawn stay on screen.</source>
        <translation>{path}: el archivo cambió o se borró durante la sesión — las diapositivas ya dibujadas siguen en pantalla.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/protocol.py" line="92"/>
        <source>Slide {slide} of {path} failed to render: drawing it stopped the renderer.</source>
        <translation>No se pudo dibujar la diapositiva {slide} de {path}: al dibujarla se detuvo el motor.</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <location filename="../../pechakucha/cli/desktop.py" line="22"/>
        <source>Run Pecha Kucha sessions: the slides on the projector, a console for you</source>
        <translation>Conduce sesiones Pecha Kucha: las diapositivas en el proyector, una consola para ti</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/desktop.py" line="25"/>
        <source>Presentation timer</source>
        <translation>Cronómetro de presentaciones</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/desktop.py" line="26"/>
        <source>Pecha Kucha is in the applications menu ({entry}).</source>
        <translation>Pecha Kucha está en el menú de aplicaciones ({entry}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/desktop.py" line="27"/>
        <source>Pecha Kucha is no longer in the applications menu.</source>
        <translation>Pecha Kucha ya no está en el menú de aplicaciones.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/desktop.py" line="28"/>
        <source>Pecha Kucha was not in the applications menu.</source>
        <translation>Pecha Kucha no estaba en el menú de aplicaciones.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/desktop.py" line="29"/>
        <source>install-desktop is for Linux desktops; on Windows and macOS start the app as the README says.</source>
        <translation>install-desktop es para escritorios Linux; en Windows y macOS, abre la aplicación como indica el README.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/desktop.py" line="34"/>
        <source>cannot write {path} ({reason}).</source>
        <translation>no se puede escribir {path} ({reason}).</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../pechakucha/qt/app/error_views.py" line="20"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/app/errors.py" line="47"/>
        <source>An unexpected error interrupted this action ({error}); your work is still open and the details are in {log}.</source>
        <translation>Un error inesperado interrumpió esta acción ({error}); su trabajo sigue abierto y los detalles están en {log}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/app/errors.py" line="52"/>
        <source>An unexpected error interrupted this action ({error}); your work is still open.</source>
        <translation>Un error inesperado interrumpió esta acción ({error}); su trabajo sigue abierto.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/app/errors.py" line="56"/>
        <source>Unexpected error ({error}): the show goes on; details in {log}.</source>
        <translation>Error inesperado ({error}): la sesión sigue; detalles en {log}.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/export.py" line="54"/>
        <source>{path}: %n pages, {minutes} planned.</source>
        <translation>
            <numerusform>{path}: %n página, duración prevista {minutes}.</numerusform>
            <numerusform>{path}: %n páginas, duración prevista {minutes}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/export.py" line="55"/>
        <source>warning: {path} has %n slides; its last slide stays up to fill {total}.</source>
        <translation>
            <numerusform>aviso: {path} tiene %n diapositiva; la última se queda en pantalla hasta completar {total}.</numerusform>
            <numerusform>aviso: {path} tiene %n diapositivas; la última se queda en pantalla hasta completar {total}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/export.py" line="58"/>
        <source>cannot write {path} ({reason}).</source>
        <translation>no se puede escribir {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/export.py" line="59"/>
        <source>{path}: slide {slide} cannot be placed ({reason}).</source>
        <translation>{path}: no se puede colocar la diapositiva {slide} ({reason}).</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../pechakucha/qt/app/folders.py" line="66"/>
        <source>Slides: PDF, presentations, images</source>
        <translation>Diapositivas: PDF, presentaciones, imágenes</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/app/folders.py" line="71"/>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
</context>
<context>
    <name>fixes</name>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="132"/>
        <source>Make the deck exactly {expected} slides: drop or add slides, then export again.</source>
        <translation>Deje la presentación en exactamente {expected} diapositivas: quite o añada, y vuelva a exportar.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="135"/>
        <source>Keep only the {drawn} slides you want shown.</source>
        <translation>Deje solo las {drawn} diapositivas que quiere mostrar.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="136"/>
        <source>Give every slide the same page size ({majority}) in your presentation program.</source>
        <translation>Dé a todas las diapositivas el mismo tamaño de página ({majority}) en su programa de presentaciones.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="139"/>
        <source>Give every slide the same page size (16:9 fills the screen).</source>
        <translation>Dé a todas las diapositivas el mismo tamaño de página (16:9 llena la pantalla).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="142"/>
        <source>Optional: a page size of the projector&apos;s shape fills the whole screen.</source>
        <translation>Opcional: un tamaño de página con la forma del proyector llena toda la pantalla.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="145"/>
        <source>Use an original picture at least as large as the projector ({projector}).</source>
        <translation>Use una imagen original al menos tan grande como el proyector ({projector}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="148"/>
        <source>Use an original of this picture {factor} times larger, or show it smaller.</source>
        <translation>Use un original de esta imagen {factor} veces más grande, o muéstrela más pequeña.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="151"/>
        <source>Put a dark background behind the light parts, or make them dark.</source>
        <translation>Ponga un fondo oscuro detrás de las partes claras, o hágalas oscuras.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="154"/>
        <source>Add the slide&apos;s content, or drop the slide.</source>
        <translation>Añada el contenido de la diapositiva, o quítela.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="155"/>
        <source>If it is not on purpose, change or drop one of the two.</source>
        <translation>Si no es a propósito, cambie o quite una de las dos.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="158"/>
        <source>If it should not be blank, export the deck again and look at this slide.</source>
        <translation>Si no debería estar vacía, vuelva a exportar la presentación y revise esta diapositiva.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="161"/>
        <location filename="../../pechakucha/core/preflight_messages.py" line="162"/>
        <location filename="../../pechakucha/core/preflight_messages.py" line="163"/>
        <location filename="../../pechakucha/core/preflight_messages.py" line="166"/>
        <source>Export the deck again as PDF and send it again.</source>
        <translation>Vuelva a exportar la presentación en PDF y envíela de nuevo.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="167"/>
        <source>Send a PDF export: it will look exactly as you designed it.</source>
        <translation>Envíe una exportación en PDF: se verá exactamente como la diseñó.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="170"/>
        <source>Show them again in your presentation if the audience should see them.</source>
        <translation>Vuelva a mostrarlas en su presentación si el público debe verlas.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="173"/>
        <source>Send a PDF export: it carries its fonts.</source>
        <translation>Envíe una exportación en PDF: lleva sus fuentes.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="174"/>
        <source>Export the slides only, not the notes pages (one slide per page).</source>
        <translation>Exporte solo las diapositivas, no las páginas de notas (una diapositiva por página).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="177"/>
        <source>Send the slides: one picture-led slide per page, 20 of them.</source>
        <translation>Envíe las diapositivas: una por página, con imágenes, 20 en total.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="180"/>
        <source>Drop the closing page.</source>
        <translation>Quite la página de cierre.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="181"/>
        <source>Export again without build stages: one page per slide.</source>
        <translation>Vuelva a exportar sin animaciones por pasos: una página por diapositiva.</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/plan.py" line="101"/>
        <source>plan has %n problem(s)</source>
        <translation>
            <numerusform>el plan tiene %n problema</numerusform>
            <numerusform>el plan tiene %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="104"/>
        <source>plan fits its budget of {budget}</source>
        <translation>el plan cabe en su tiempo total de {budget}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="117"/>
        <source>segment</source>
        <translation>segmento</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="118"/>
        <source>planned</source>
        <translation>previsto</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="119"/>
        <source>changeover</source>
        <translation>cambio</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="120"/>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="141"/>
        <source>Forecast: {runs} runs, seed {seed}.</source>
        <translation>Previsión: {runs} simulaciones, semilla {seed}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="142"/>
        <source>Where it ends against its budget (holds excluded):</source>
        <translation>Dónde termina respecto al tiempo total (sin pausas técnicas):</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="143"/>
        <source>this plan</source>
        <translation>este plan</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="144"/>
        <source>without changeovers or learning</source>
        <translation>sin cambios ni aprendizaje</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="153"/>
        <source>Commentary short of its time in {short} runs; auto Q&amp;As held at their minimum {at_minimum} times, below it {below} times.</source>
        <translation>Síntesis con menos tiempo del previsto en {short} simulaciones; preguntas automáticas en su mínimo {at_minimum} veces, por debajo {below} veces.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="165"/>
        <source>Room: changeovers {c0:g}–{c1:g} s; a hold of {h0:g}–{h1:g} s in {chance:.0%} of talks; Q&amp;As ended at zero ± {qa:g} s (+{over:g} s on average); commentary ± {comm:g} s.</source>
        <translation>Sala: cambios de {c0:g}–{c1:g} s; una pausa técnica de {h0:g}–{h1:g} s en el {chance:.0%} de las charlas; preguntas cerradas en cero ± {qa:g} s (+{over:g} s de media); síntesis ± {comm:g} s.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="225"/>
        <source>cannot write {path} ({reason}).</source>
        <translation>no se puede escribir {path} ({reason}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/plan.py" line="228"/>
        <source>Running order written to {path} (%n page(s)).</source>
        <translation>
            <numerusform>Orden del día escrito en {path} (%n página).</numerusform>
            <numerusform>Orden del día escrito en {path} (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="248"/>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="249"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="250"/>
        <source>within ±0:30</source>
        <translation>dentro de ±0:30</translation>
    </message>
</context>
<context>
    <name>preflight</name>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="10"/>
        <source>has {slides} slides; the talk needs exactly {expected}</source>
        <translation>tiene {slides} diapositivas; la charla necesita exactamente {expected}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="13"/>
        <source>slide is {aspect} while most slides are {majority}</source>
        <translation>la diapositiva es {aspect}, pero la mayoría son {majority}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="16"/>
        <source>slides are {aspect}; the projector is {projector}, so they get black bands</source>
        <translation>las diapositivas son {aspect} y el proyector es {projector}: se verán con bandas negras</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="19"/>
        <source>slides come in {count} shapes: {groups}</source>
        <translation>las diapositivas tienen {count} proporciones distintas: {groups}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="20"/>
        <source>image is {width}×{height}, small for a {projector} projector: it will blur</source>
        <translation>la imagen mide {width}×{height}, poco para un proyector {projector}: se verá borrosa</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="23"/>
        <source>picture of {width}×{height} pixels is stretched {factor}× on a {projector} projector: it will blur</source>
        <translation>la imagen de {width}×{height} píxeles se amplía {factor}× en un proyector {projector}: se verá borrosa</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="28"/>
        <source>picture of {width}×{height} pixels is stretched {factor}× on a {projector} projector: slightly soft, not blurred</source>
        <translation>la imagen de {width}×{height} píxeles se estira {factor}× en un proyector de {projector}: algo suave, no borrosa</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="33"/>
        <source>image is {width}×{height}, stretched {factor}× on a {projector} projector: slightly soft, not blurred</source>
        <translation>la imagen es de {width}×{height}, estirada {factor}× en un proyector de {projector}: algo suave, no borrosa</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="38"/>
        <source>transparent areas show as white, like paper</source>
        <translation>las zonas transparentes se ven blancas, como el papel</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="39"/>
        <source>light parts are drawn on transparency: on the white page they vanish</source>
        <translation>hay partes claras sobre fondo transparente: en la página blanca desaparecen</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="43"/>
        <source>slide is blank (one flat colour)</source>
        <translation>la diapositiva está vacía (un solo color plano)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="44"/>
        <source>slide is blank but for its page number</source>
        <translation>la diapositiva está vacía salvo por el número de página</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="45"/>
        <source>slide is nearly blank: the audience would see almost nothing</source>
        <translation>la diapositiva está casi en blanco: el público no vería casi nada</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="48"/>
        <source>slide looks identical to the previous one</source>
        <translation>la diapositiva parece idéntica a la anterior</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="49"/>
        <source>slide cannot be drawn: {reason}</source>
        <translation>no se puede mostrar la diapositiva: {reason}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="50"/>
        <source>the file is damaged and was repaired to open it — export the deck again; these slides may not look as intended: {slides}</source>
        <translation>el archivo está dañado y se reparó para abrirlo — hay que volver a exportar la presentación; estas diapositivas pueden no verse como se diseñaron: {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="55"/>
        <source>the file is damaged and was repaired to open it — export the deck again, or look at every slide</source>
        <translation>el archivo está dañado y se reparó para abrirlo — hay que volver a exportar la presentación o revisar cada diapositiva</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="60"/>
        <source>slide is damaged in the file and may not look as intended</source>
        <translation>la diapositiva está dañada en el archivo y puede no verse como se diseñó</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="63"/>
        <source>the talk shows only the first {drawn} slides: the audience will not see the others</source>
        <translation>la charla muestra solo las primeras {drawn} diapositivas: el público no verá las demás</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="67"/>
        <source>converted from {kind} with LibreOffice</source>
        <translation>convertida con LibreOffice (original: {kind})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="68"/>
        <source>slides hidden in the presentation were left out: {slides}</source>
        <translation>se omitieron las diapositivas ocultas en la presentación: {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="71"/>
        <source>converted from {kind} with LibreOffice, which likely lost parts of it (text, backgrounds, fonts) — export a PDF from {app} itself and use that</source>
        <translation>convertido desde {kind} con LibreOffice, que probablemente perdió partes (texto, fondos, fuentes): exporte un PDF desde el propio {app} y use ese</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="76"/>
        <source>text is printed over other text: the conversion went wrong on this slide</source>
        <translation>hay texto impreso sobre otro texto: la conversión falló en esta diapositiva</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="79"/>
        <source>font {font} is not installed here: {substitute} replaces it, with other letter widths, so text may not fit as designed (slides {slides})</source>
        <translation>la fuente {font} no está instalada aquí: la sustituye {substitute}, con otros anchos de letra, así que el texto puede no caber como se diseñó (diapositivas {slides})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="84"/>
        <source>font {font} is not installed here: another font replaces it, so text may not fit as designed (slides {slides})</source>
        <translation>la fuente {font} no está instalada aquí: otra fuente la sustituye, así que el texto puede no caber como se diseñó (diapositivas {slides})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="89"/>
        <source>slide is too heavy to draw in time ({shapes} shapes drawn one by one): the projector would wait for it — export it as a picture</source>
        <translation>la diapositiva es demasiado pesada para dibujarse a tiempo ({shapes} formas dibujadas una a una): el proyector la esperaría — expórtela como imagen</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="94"/>
        <source>animated GIFs show as still pictures on slides {slides}</source>
        <translation>los GIF animados se muestran como imágenes fijas en las diapositivas {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="97"/>
        <source>files in the folder that are not shown: {files} — save them as PNG to show them</source>
        <translation>archivos de la carpeta que no se muestran: {files} — guárdelos como PNG para mostrarlos</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="101"/>
        <source>these {pages} pages are {frames} frames: each overlay step (\pause, \only, \uncover) became a page — add the handout option, \documentclass[handout]{{beamer}}, for one page per frame</source>
        <translation>estas {pages} páginas son {frames} frames: cada paso de superposición (\pause, \only, \uncover) se convirtió en una página — hay que añadir la opción handout, \documentclass[handout]{{beamer}}, para tener una página por frame</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="107"/>
        <source>these {pages} pages are {frames} slides: each build or animation step became a page — export again without build stages</source>
        <translation>estas {pages} páginas son {frames} diapositivas: cada paso de animación se convirtió en una página — hay que volver a exportar sin los pasos de animación</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="112"/>
        <source>pages show the slide above the speaker&apos;s notes: the audience would read the notes — export the slides only</source>
        <translation>las páginas muestran la diapositiva sobre las notas del ponente: el público leería las notas — hay que exportar solo las diapositivas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="117"/>
        <source>pages are {aspect} and full of running text: this is a document for print, not slides</source>
        <translation>las páginas son {aspect} y están llenas de texto corrido: es un documento para imprimir, no diapositivas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="121"/>
        <source>a closing page (“{words}”) past the {expected} slides of the talk: drop it</source>
        <translation>una página de cierre (“{words}”) después de las {expected} diapositivas de la charla: hay que quitarla</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="125"/>
        <source>the session has no talk with a deck</source>
        <translation>la sesión no tiene ninguna charla con presentación</translation>
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
        <translation>vacía</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="27"/>
        <source>duplicate</source>
        <translation>duplicada</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="28"/>
        <source>low resolution</source>
        <translation>baja resolución</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="29"/>
        <source>cannot be drawn</source>
        <translation>no se puede mostrar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="30"/>
        <source>blurry picture</source>
        <translation>imagen borrosa</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="31"/>
        <source>transparent</source>
        <translation>transparente</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="32"/>
        <source>vanishes on white</source>
        <translation>desaparece sobre blanco</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="33"/>
        <source>page number only</source>
        <translation>solo número de página</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="34"/>
        <source>closing page</source>
        <translation>página de cierre</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="35"/>
        <source>damaged</source>
        <translation>dañada</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="38"/>
        <source>beyond {expected}</source>
        <translation>más de {expected}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="39"/>
        <source>portrait {aspect}</source>
        <translation>vertical {aspect}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="40"/>
        <source>slide {number} is beyond the {expected} slides of a {format} talk</source>
        <translation>la diapositiva {number} sobra: una charla {format} tiene {expected} diapositivas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="43"/>
        <source>cannot be loaded</source>
        <translation>no se puede cargar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="44"/>
        <source>checking…</source>
        <translation>revisando…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="45"/>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="46"/>
        <source>NOT ready</source>
        <translation>NO lista</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="47"/>
        <source>%n slides · {format}: {slides} × {seconds} s</source>
        <translation>
            <numerusform>%n diapositiva · {format}: {slides} × {seconds} s</numerusform>
            <numerusform>%n diapositivas · {format}: {slides} × {seconds} s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/sheet_export.py" line="167"/>
        <source>page {page} of {pages}</source>
        <translation>página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>preview_app</name>
    <message>
        <location filename="../../pechakucha/qt/preview/launch.py" line="19"/>
        <source>{path}: the session has no talk with a deck.</source>
        <translation>{path}: la sesión no tiene ninguna charla con presentación.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/launch.py" line="21"/>
        <source>Contact sheet written to {path}</source>
        <translation>Hoja de contactos escrita en {path}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/launch.py" line="19"/>
        <source>use --loop N on its own, without --from or --to.</source>
        <translation>--loop N va solo, sin --from ni --to.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/launch.py" line="20"/>
        <source>{deck}: slides {first}–{last} are not a range within this deck&apos;s 1–{count}.</source>
        <translation>{deck}: las diapositivas {first}–{last} no son un rango dentro del 1–{count} de esta presentación.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/launch.py" line="20"/>
        <source>{path}: cannot write the file ({reason}).</source>
        <translation>{path}: no se puede escribir el archivo ({reason}).</translation>
    </message>
</context>
<context>
    <name>proof</name>
    <message>
        <location filename="../../pechakucha/cli/proof.py" line="22"/>
        <source>{name}: proof written to {path}</source>
        <translation>{name}: prueba escrita en {path}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/proof.py" line="23"/>
        <source>{name}: no proof, the deck is {state}</source>
        <translation>{name}: sin prueba, la presentación está {state}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/proof.py" line="24"/>
        <source>pending (not sent yet)</source>
        <translation>pendiente (aún no enviada)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/proof.py" line="25"/>
        <source>missing (not where the session file says)</source>
        <translation>perdida (no está donde dice el archivo de sesión)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/proof.py" line="26"/>
        <source>cannot write {path} ({reason}).</source>
        <translation>no se puede escribir {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/proof.py" line="27"/>
        <source>{path} is not a folder.</source>
        <translation>{path} no es una carpeta.</translation>
    </message>
</context>
<context>
    <name>rehearsal</name>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="41"/>
        <source>Tap when you finish a slide. Within the last {tolerance} s before it changes: on pace; earlier: early. A tap up to {late} s after the change ends the slide before: you ran out of time on it by that much. No tap: ran out.</source>
        <extracomment>The counting rule, as the window explains it ({tolerance}, {late}: seconds).</extracomment>
        <translation>Pulsa al terminar cada diapositiva. En sus últimos {tolerance} s antes del cambio: buen ritmo; antes: antes de tiempo. Una pulsación hasta {late} s después del cambio cierra la diapositiva anterior: se te acabó el tiempo en ella por esa diferencia. Sin pulsación: se acabó el tiempo.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="49"/>
        <source>No taps recorded: press Space (or click) each time you finish a slide.</source>
        <translation>No se registró ninguna pulsación: pulsa Espacio (o haz clic) cada vez que termines una diapositiva.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="52"/>
        <source>You ran out of time on {count} of {total} slides — trim slides {slides}</source>
        <translation>Se te acabó el tiempo en {count} de {total} diapositivas — recorta las diapositivas {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="55"/>
        <source>You ran out of time on 1 of {total} slides — trim slide {slides}</source>
        <translation>Se te acabó el tiempo en 1 de {total} diapositivas — recorta la diapositiva {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="58"/>
        <source>You ran out of time on {count} of {total} slides, by {average} s on average — trim slides {slides}</source>
        <translation>Se te acabó el tiempo en {count} de {total} diapositivas, por {average} s de media — recorta las diapositivas {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="63"/>
        <source>You ran out of time on 1 of {total} slides, by {average} s — trim slide {slides}</source>
        <translation>Se te acabó el tiempo en 1 de {total} diapositivas, por {average} s — recorta la diapositiva {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="67"/>
        <source>You finished early on 1 of {total} slides ({average} s early) — say more on slide {slides}</source>
        <translation>Terminaste antes en 1 de {total} diapositivas ({average} s antes) — di más en la diapositiva {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="72"/>
        <source>You finished early on {count} of {total} slides ({average} s on average) — say more on slides {slides}</source>
        <translation>Terminaste antes en {count} de {total} diapositivas ({average} s de media) — di más en las diapositivas {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="77"/>
        <source>Well paced: {within} of {total} slides finished in their last {tolerance} s</source>
        <translation>Buen ritmo: {within} de {total} diapositivas terminadas en sus últimos {tolerance} s</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="81"/>
        <source>Uneven pace: {within} of {total} slides finished in their last {tolerance} s</source>
        <translation>Ritmo irregular: {within} de {total} diapositivas terminadas en sus últimos {tolerance} s</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/trends.py" line="18"/>
        <source>Across these {runs} runs:</source>
        <translation>En estos {runs} ensayos:</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/trends.py" line="19"/>
        <source>Slide {slide} ran out in {count} of {runs} runs, by {average} s on average</source>
        <translation>En la diapositiva {slide} se acabó el tiempo en {count} de {runs} ensayos, por {average} s de media</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/trends.py" line="22"/>
        <source>Slide {slide} ran out in {count} of {runs} runs</source>
        <translation>En la diapositiva {slide} se acabó el tiempo en {count} de {runs} ensayos</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/trends.py" line="23"/>
        <source>Across these {runs} runs no slide ran out of time.</source>
        <translation>En estos {runs} ensayos no se acabó el tiempo en ninguna diapositiva.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="104"/>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="106"/>
        <source>Talk</source>
        <translation>Charla</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="107"/>
        <source>Q&amp;A</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="22"/>
        <source>Budget</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="23"/>
        <source>Took</source>
        <translation>Duración real</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="24"/>
        <source>holds</source>
        <translation>pausas técnicas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="25"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="26"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="27"/>
        <source>Technical hold</source>
        <translation>Pausa técnica</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="28"/>
        <source>minutes from the start</source>
        <translation>minutos desde el inicio</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="29"/>
        <source>on-time end</source>
        <translation>fin a tiempo</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="30"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="31"/>
        <source>Allotted</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="32"/>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="108"/>
        <source>Changeover</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="33"/>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="110"/>
        <source>Held</source>
        <translation>Pausa técnica</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="34"/>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="109"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="35"/>
        <source>{label}: {speaker}</source>
        <translation>{label}: {speaker}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="36"/>
        <source>Over</source>
        <translation>Exceso</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="111"/>
        <source>Overrun</source>
        <translation>Exceso</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="105"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="80"/>
        <source>Report: {title}</source>
        <translation>Informe: {title}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="83"/>
        <source>Session: {elapsed} of {budget}; holds {holds}</source>
        <translation>Sesión: {elapsed} de {budget}; pausas técnicas {holds}</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="12"/>
        <source>Talk</source>
        <translation>Charla</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="13"/>
        <source>Q&amp;A</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="14"/>
        <source>Commentary</source>
        <translation>Síntesis</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="15"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="19"/>
        <source>cannot read the file ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="20"/>
        <source>the file is not UTF-8 text</source>
        <translation>el archivo no es texto UTF-8</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="21"/>
        <source>this is not a regular file (a folder, a pipe or a device): choose a .toml file</source>
        <translation>no es un archivo normal (es una carpeta, una tubería o un dispositivo): elija un archivo .toml</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="24"/>
        <source>this is not valid TOML ({reason})</source>
        <translation>no es TOML válido ({reason})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="25"/>
        <source>unknown key &quot;{key}&quot; at the top level (expected [session] and [[segment]])</source>
        <translation>clave desconocida &quot;{key}&quot; en el nivel superior (se esperan [session] y [[segment]])</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="28"/>
        <source>there is no [session] table</source>
        <translation>falta la tabla [session]</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="29"/>
        <source>&quot;{key}&quot; must be a table like [{key}]</source>
        <translation>&quot;{key}&quot; debe ser una tabla como [{key}]</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="30"/>
        <source>there is no [[segment]] table</source>
        <translation>no hay ninguna tabla [[segment]]</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="31"/>
        <source>each &quot;segment&quot; must be a [[segment]] table</source>
        <translation>cada &quot;segment&quot; debe ser una tabla [[segment]]</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="34"/>
        <source>unknown key &quot;{key}&quot; in {where}</source>
        <translation>clave desconocida &quot;{key}&quot; en {where}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="35"/>
        <source>{where} has no &quot;{key}&quot;</source>
        <translation>a {where} le falta &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="36"/>
        <source>unknown kind &quot;{value}&quot; in {where} (known: talk, qa, commentary, card)</source>
        <translation>tipo desconocido &quot;{value}&quot; en {where} (válidos: talk, qa, commentary, card)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="39"/>
        <source>&quot;{key}&quot; in {where} must be {expected}, not {actual}</source>
        <translation>&quot;{key}&quot; en {where} debe ser {expected}, no {actual}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="42"/>
        <source>&quot;{key}&quot; in {where} must be &quot;m:ss&quot;, &quot;h:mm:ss&quot; or seconds, not {value}</source>
        <translation>&quot;{key}&quot; en {where} debe ser &quot;m:ss&quot;, &quot;h:mm:ss&quot; o segundos, no {value}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="45"/>
        <source>&quot;{key}&quot; in {where} must be more than zero, not {value}</source>
        <translation>&quot;{key}&quot; en {where} debe ser mayor que cero, no {value}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="48"/>
        <source>&quot;{key}&quot; in {where} must not be negative, not {value}</source>
        <translation>&quot;{key}&quot; en {where} no puede ser negativo, no {value}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="51"/>
        <source>&quot;{key}&quot; in {where} is longer than a day ({value})</source>
        <translation>&quot;{key}&quot; en {where} dura más de un día ({value})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="52"/>
        <source>&quot;{key}&quot; in {where} must be from {low} to {high}, not {value}</source>
        <translation>&quot;{key}&quot; en {where} debe estar entre {low} y {high}, no {value}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="55"/>
        <source>&quot;{key}&quot; = &quot;auto&quot; in {where} is only for a Q&amp;A</source>
        <translation>&quot;{key}&quot; = &quot;auto&quot; en {where} solo vale para preguntas y respuestas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="56"/>
        <source>&quot;{key}&quot; in {where} is not a valid format ({reason})</source>
        <translation>&quot;{key}&quot; en {where} no es un formato válido ({reason})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="59"/>
        <source>&quot;{key}&quot; in {where} is not a time of day like &quot;18:30&quot; ({reason})</source>
        <translation>&quot;{key}&quot; en {where} no es una hora del día como &quot;18:30&quot; ({reason})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="62"/>
        <source>the talk in {where} has no &quot;deck&quot;</source>
        <translation>la charla de {where} no tiene &quot;deck&quot;</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="63"/>
        <source>the deck &quot;{value}&quot; in {where} does not exist</source>
        <translation>la presentación &quot;{value}&quot; de {where} no existe</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="64"/>
        <source>cannot save the file ({reason})</source>
        <translation>no se puede guardar el archivo ({reason})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="65"/>
        <source>&quot;{key}&quot; in {where}: there is no &quot;{value}&quot; translation (known: {known})</source>
        <translation>&quot;{key}&quot; en {where}: no hay traducción &quot;{value}&quot; (disponibles: {known})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="71"/>
        <source>{file}: the fixed parts alone ({fixed}) exceed the budget ({budget}).</source>
        <translation>{file}: solo las partes fijas ({fixed}) ya superan el tiempo total ({budget}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="74"/>
        <source>{file}: the fixed parts ({fixed}) and the changeovers ({gaps}) exceed the budget ({budget}).</source>
        <translation>{file}: las partes fijas ({fixed}) y los cambios ({gaps}) superan el tiempo total ({budget}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="79"/>
        <source>{file}: the commentary (segment {number}) is not the last part before the closing: segment {following} ({kind}) comes after it.</source>
        <translation>{file}: la síntesis (segmento {number}) no es la última parte antes del cierre: después va el segmento {following} ({kind}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="84"/>
        <source>{file}: the talk in segment {number} ({name}) has no deck yet.</source>
        <translation>{file}: la charla del segmento {number} ({name}) aún no tiene presentación.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="87"/>
        <source>{file}: the deck of the talk in segment {number} ({name}) is not there: {path} — point the talk to it again in the editor.</source>
        <translation>{file}: la presentación de la charla del segmento {number} ({name}) no está: {path} — vuelva a indicarla en el editor.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="92"/>
        <source>{file}: an automatic Q&amp;A would get less than its minimum: {left} is left for {count} automatic Q&amp;A that need at least {needed}.</source>
        <translation>{file}: las preguntas y respuestas automáticas quedarían por debajo de su mínimo: quedan {left} para {count} turnos automáticos que necesitan al menos {needed}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/schema.py" line="16"/>
        <source>segment {number}</source>
        <translation>segmento {number}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/schema.py" line="17"/>
        <source>segment {number} ({kind})</source>
        <translation>segmento {number} ({kind})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/schema.py" line="18"/>
        <source>{file}, line {line}</source>
        <translation>{file}, línea {line}</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../pechakucha/qt/app/settings.py" line="28"/>
        <source>forgot the projector, the language, the recent sessions and the window places ({file}).</source>
        <translation>se olvidaron el proyector, el idioma, las sesiones recientes y la posición de las ventanas ({file}).</translation>
    </message>
</context>
</TS>
