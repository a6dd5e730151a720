<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
            <numerusform>%n slide</numerusform>
            <numerusform>%n slides</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="99"/>
        <source>no deck</source>
        <translation>sem apresentação</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="100"/>
        <source>Choose a PDF or an image folder.</source>
        <translation>Escolha um PDF ou uma pasta de imagens.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="107"/>
        <source>checking…</source>
        <translation>verificando…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="108"/>
        <source>Preflight is reading the deck.</source>
        <translation>Verificando a apresentação…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="132"/>
        <source>ready</source>
        <translation>pronta</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="136"/>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="137"/>
        <source>problems</source>
        <translation>problemas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/checking.py" line="147"/>
        <source>slide {slide}: {text}</source>
        <translation>slide {slide}: {text}</translation>
    </message>
</context>
<context>
    <name>DeckField</name>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="154"/>
        <source>Drop a PDF or an image folder here</source>
        <translation>Solte aqui um PDF ou uma pasta de imagens</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="86"/>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="103"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="121"/>
        <source>Write a duration such as 5:00.</source>
        <translation>Digite uma duração, por ex. 5:00.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="125"/>
        <source>Write m:ss, h:mm:ss or seconds, e.g. 5:00.</source>
        <translation>Formato: m:ss, h:mm:ss ou segundos, por ex. 5:00.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="127"/>
        <source>The duration must be more than zero.</source>
        <translation>A duração deve ser maior que zero.</translation>
    </message>
</context>
<context>
    <name>FullScreenSlide</name>
    <message>
        <location filename="../../pechakucha/qt/preview/views.py" line="52"/>
        <source>Pecha Kucha — full-screen preview</source>
        <translation>Pecha Kucha — prévia em tela cheia</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <location filename="../../pechakucha/qt/widgets/pacing_chart.py" line="179"/>
        <source>No runs kept yet</source>
        <translation>Nenhum ensaio salvo ainda</translation>
    </message>
</context>
<context>
    <name>PixmapCache</name>
    <message>
        <location filename="../../pechakucha/qt/pixels/cache.py" line="156"/>
        <source>Slide {slide} of {deck} is not drawn ({reason}): trying again.</source>
        <translation>O slide {slide} de {deck} não está desenhado ({reason}): tentando de novo.</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <location filename="../../pechakucha/qt/show/console.py" line="112"/>
        <source>Pecha Kucha — presenter console</source>
        <translation>Pecha Kucha — console do operador</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/console.py" line="256"/>
        <source>Segment</source>
        <translation>Bloco</translation>
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
        <translation>Pecha Kucha — prévia: {title}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="151"/>
        <source>PDF, A4 landscape pages (*.pdf)</source>
        <translation>PDF, páginas A4 em paisagem (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="152"/>
        <source>PDF, Letter landscape pages (*.pdf)</source>
        <translation>PDF, páginas Carta em paisagem (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="156"/>
        <source>Export the contact sheet</source>
        <translation>Exportar a folha de miniaturas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="158"/>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="167"/>
        <source>Cannot export</source>
        <translation>Não foi possível exportar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="168"/>
        <source>{path}: cannot write the file ({reason}).</source>
        <translation>{path}: não foi possível gravar o arquivo ({reason}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="212"/>
        <source>Full screen (F)</source>
        <translation>Tela cheia (F)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="213"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="215"/>
        <source>Save the contact sheet as a PNG or a PDF</source>
        <translation>Salvar a folha de miniaturas como PNG ou PDF</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="219"/>
        <source>Screen:</source>
        <translation>Tela:</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="228"/>
        <source>Arrows: move · Enter or click: see large · F: full screen · Esc: back · Ctrl+E: export</source>
        <translation>Setas: mover · Enter ou clique: ampliar · F: tela cheia · Esc: voltar · Ctrl+E: exportar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="264"/>
        <source>screen</source>
        <translation>tela</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/preview/window.py" line="291"/>
        <source>%n slides</source>
        <translation>
            <numerusform>%n slide</numerusform>
            <numerusform>%n slides</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="293"/>
        <source>Checking decks: {done} of {total} done · {slides}</source>
        <translation>Verificando apresentações: {done} de {total} · {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="298"/>
        <source>{slides}: ready</source>
        <translation>{slides}: pronta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/preview/window.py" line="301"/>
        <source>%n decks, {slides}: {ready} ready</source>
        <translation>
            <numerusform>%n apresentação, {slides} · prontas: {ready}</numerusform>
            <numerusform>%n apresentações, {slides} · prontas: {ready}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/window.py" line="312"/>
        <source>{name} · slide {number} of {count}</source>
        <translation>{name} · slide {number} de {count}</translation>
    </message>
</context>
<context>
    <name>Proof</name>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="29"/>
        <source>Proof of the slides of {name}</source>
        <translation>Prova dos slides de {name}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="30"/>
        <source>Talk {number} of {talks} in “{session}”.</source>
        <translation>Palestra {number} de {talks} em “{session}”.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="31"/>
        <source>Planned start of your talk: {time}.</source>
        <translation>Início previsto da sua palestra: {time}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="32"/>
        <source>Before you: {before}. After you: {after}.</source>
        <translation>Antes de você: {before}. Depois: {after}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="33"/>
        <source>The rules: exactly {slides} slides, each shown {seconds} seconds and changing by itself ({total} in all). The projector is {width}×{height} pixels ({aspect}): a slide of another shape gets black bands (hatched here, to save ink). Transparent parts show as white.</source>
        <translation>As regras: exatamente {slides} slides, cada um mostrado {seconds} segundos, que avançam sozinhos ({total} ao todo). O projetor tem {width}×{height} pixels ({aspect}): um slide de outro formato ganha faixas pretas (aqui hachuradas, para poupar tinta). As partes transparentes aparecem brancas.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="40"/>
        <source>Your deck is ready: nothing to fix.</source>
        <translation>Sua apresentação está pronta: nada a corrigir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/paper/proof.py" line="41"/>
        <source>%n thing(s) to fix before the day, marked below.</source>
        <translation>
            <numerusform>%n coisa a corrigir antes do dia, marcada abaixo.</numerusform>
            <numerusform>%n coisas a corrigir antes do dia, marcadas abaixo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="42"/>
        <source>The whole deck</source>
        <translation>A apresentação inteira</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="43"/>
        <source>Slide {number}</source>
        <translation>Slide {number}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="44"/>
        <source>as the audience will see it</source>
        <translation>como o público o verá</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="45"/>
        <source>All your slides, as the audience will see them</source>
        <translation>Todos os seus slides, como o público os verá</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="46"/>
        <source>To do: {fix}</source>
        <translation>O que fazer: {fix}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="47"/>
        <source>the start</source>
        <translation>o início</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/proof.py" line="48"/>
        <source>the end</source>
        <translation>o fim</translation>
    </message>
</context>
<context>
    <name>RangeControls</name>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="133"/>
        <source>Loop one slide</source>
        <translation>Repetir um slide</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="134"/>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="176"/>
        <source>Start (Space)</source>
        <translation>Iniciar (Espaço)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="135"/>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="172"/>
        <source>Pause (P)</source>
        <translation>Pausar (P)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="136"/>
        <source>Stop (Esc)</source>
        <translation>Parar (Esc)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="144"/>
        <source>Space / Enter / → / click: done with this slide · P pause · R restart · Esc stop</source>
        <translation>Espaço / Enter / → / clique: slide concluído · P pausar · R recomeçar · Esc parar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="172"/>
        <source>Resume (P)</source>
        <translation>Continuar (P)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="174"/>
        <source>Restart (R)</source>
        <translation>Recomeçar (R)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="176"/>
        <source>Again (Space)</source>
        <translation>De novo (Espaço)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="189"/>
        <source>Slides</source>
        <translation>Slides</translation>
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
        <translation>Ensaio — {deck}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="51"/>
        <source>READY</source>
        <translation>PRONTO</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="52"/>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="54"/>
        <source>RUNNING</source>
        <translation>EM ANDAMENTO</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="53"/>
        <source>PAUSED</source>
        <translation>PAUSADO</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/panels.py" line="55"/>
        <source>DONE</source>
        <translation>CONCLUÍDO</translation>
    </message>
</context>
<context>
    <name>RehearsalWindow</name>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="79"/>
        <source>Pecha Kucha — rehearse {deck}</source>
        <translation>Pecha Kucha — ensaio: {deck}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="215"/>
        <source>Slide {number} of {count}</source>
        <translation>Slide {number} de {count}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="218"/>
        <source>Next: slide {number} again</source>
        <translation>A seguir: o slide {number} de novo</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="220"/>
        <source>Next: slide {number}</source>
        <translation>A seguir: slide {number}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="222"/>
        <source>Next: the end</source>
        <translation>A seguir: o fim</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="242"/>
        <source>Slide {number}: ran out of time, {seconds} s late</source>
        <translation>Slide {number}: o tempo acabou, {seconds} s atrasado</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="245"/>
        <source>Slide {number}: done {seconds} s early</source>
        <translation>Slide {number}: concluído {seconds} s antes</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="274"/>
        <source>Lap {lap}: ran out of time</source>
        <translation>Volta {lap}: o tempo acabou</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="277"/>
        <source>Lap {lap}: {seconds} s</source>
        <translation>Volta {lap}: {seconds} s</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="286"/>
        <source>This run could not be kept ({reason}).</source>
        <translation>Não foi possível salvar este ensaio ({reason}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="289"/>
        <source>Run kept in {path}</source>
        <translation>Ensaio salvo em {path}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="295"/>
        <source>Space: start</source>
        <translation>Espaço: iniciar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="298"/>
        <source>tap when done</source>
        <translation>toque ao terminar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="298"/>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="310"/>
        <source>No notes for this slide in {file}</source>
        <translation>Sem notas para este slide em {file}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/window.py" line="311"/>
        <source>No notes: write them in {file}, one “## Slide N” section each</source>
        <translation>Sem notas: escreva-as em {file}, uma seção “## Slide N” por slide</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="75"/>
        <source>This run: bars down = finished early, red = ran out of time</source>
        <translation>Este ensaio: barras para baixo = terminou antes, vermelho = o tempo acabou</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="72"/>
        <source>Stopped after slide {number}, kept apart from whole runs</source>
        <translation>Interrompido após o slide {number}, guardado à parte dos ensaios completos</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="81"/>
        <source>On pace (last {tolerance} s): {count}</source>
        <translation>No ritmo (últimos {tolerance} s): {count}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="84"/>
        <source>early: {count}</source>
        <translation>antes do tempo: {count}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="88"/>
        <source>ran out of time on slides {slides}</source>
        <translation>o tempo acabou nos slides {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="93"/>
        <source>never ran out of time</source>
        <translation>o tempo nunca acabou</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="113"/>
        <source>Your whole runs of this deck: none kept yet</source>
        <translation>Seus ensaios completos desta apresentação: nenhum salvo ainda</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="114"/>
        <source>Your whole runs of this deck ({count})</source>
        <translation>Seus ensaios completos desta apresentação ({count})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="117"/>
        <source>Your runs of this deck: this is the first one kept</source>
        <translation>Seus ensaios desta apresentação: este é o primeiro salvo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/rehearse/results.py" line="118"/>
        <source>Your last %n runs (brightest: this one)</source>
        <translation>
            <numerusform>Seu último ensaio (o mais claro: este)</numerusform>
            <numerusform>Seus últimos %n ensaios (o mais claro: este)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="121"/>
        <source>Your runs of slides {first}–{last}: this is the first one kept</source>
        <translation>Seus ensaios dos slides {first}–{last}: este é o primeiro salvo</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/results.py" line="123"/>
        <source>Your last {count} runs of slides {first}–{last} (brightest: this one)</source>
        <translation>Seus últimos {count} ensaios dos slides {first}–{last} (o mais claro: este)</translation>
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
        <translation>Fim do ensaio</translation>
    </message>
</context>
<context>
    <name>RunningOrder</name>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="23"/>
        <source>Running order</source>
        <translation>Ordem do dia</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="24"/>
        <source>Budget {budget}</source>
        <translation>Tempo total {budget}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="25"/>
        <source>starts {start}, ends {end}</source>
        <translation>começa às {start}, termina às {end}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="26"/>
        <source>No planned start in the session file: times are from the start.</source>
        <translation>O arquivo da sessão não tem horário de início: os tempos contam a partir do início.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="29"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="30"/>
        <source>Segment</source>
        <translation>Bloco</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="31"/>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="32"/>
        <source>changeover {gap}</source>
        <translation>troca {gap}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="33"/>
        <source>target {target}, at least {minimum}</source>
        <translation>meta {target}, no mínimo {minimum}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="34"/>
        <source>fixed length</source>
        <translation>duração fixa</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="35"/>
        <source>the commentator&apos;s slot: protected, never cut short</source>
        <translation>o tempo do comentarista: protegido, nunca encurtado</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="38"/>
        <source>{slides} slides × {seconds} s, advance by itself</source>
        <translation>{slides} slides × {seconds} s, avançam sozinhos</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="39"/>
        <source>End of the budget</source>
        <translation>Fim do tempo total</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="40"/>
        <source>Operator&apos;s keys</source>
        <translation>Teclas do operador</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="43"/>
        <source>start the segment that is up next</source>
        <translation>iniciar o próximo bloco</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="44"/>
        <source>resume after a pause or a hold</source>
        <translation>retomar depois de uma pausa ou parada técnica</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="45"/>
        <source>end this Q&amp;A, card or commentary</source>
        <translation>encerrar estas perguntas, cartela ou síntese</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="46"/>
        <source>back to the previous segment</source>
        <translation>voltar ao bloco anterior</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="47"/>
        <source>pause / resume</source>
        <translation>pausa / retomar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="48"/>
        <source>technical hold (the budget stops too)</source>
        <translation>parada técnica (o tempo total também para)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="49"/>
        <source>one minute more / less for this Q&amp;A or card</source>
        <translation>um minuto a mais / a menos para estas perguntas ou cartela</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="50"/>
        <source>black / white screen; again to uncover</source>
        <translation>tela preta / branca; de novo para voltar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="51"/>
        <source>mark a slide; grid of slides for the synthesis</source>
        <translation>marcar um slide; grade de slides para a síntese</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/paper/running_order.py" line="52"/>
        <source>stop (twice while something runs)</source>
        <translation>parar (duas vezes enquanto algo está rodando)</translation>
    </message>
</context>
<context>
    <name>SegmentForm</name>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="199"/>
        <source>Add a segment with the buttons below.</source>
        <translation>Adicione um bloco com os botões abaixo.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="201"/>
        <source>Drop a PDF or a folder of slide images on the list to add a talk.</source>
        <translation>Solte um PDF ou uma pasta de imagens na lista para adicionar uma palestra.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="226"/>
        <source>Choose the talk&apos;s PDF</source>
        <translation>Escolher o PDF da palestra</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="237"/>
        <source>Choose the folder of slide images</source>
        <translation>Escolher a pasta de imagens dos slides</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="250"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="251"/>
        <source>Image folder…</source>
        <translation>Pasta de imagens…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="256"/>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="269"/>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="346"/>
        <source>as the session</source>
        <translation>como a sessão</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="259"/>
        <source>auto: share what is left of the budget</source>
        <translation>auto: dividir o tempo que sobra</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="264"/>
        <source>show the countdown</source>
        <translation>mostrar a contagem regressiva</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="274"/>
        <source>amber at</source>
        <translation>âmbar em</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="274"/>
        <source>red at</source>
        <translation>vermelho em</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="279"/>
        <source>Speaker</source>
        <translation>Palestrante</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="280"/>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="281"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="282"/>
        <source>Deck</source>
        <translation>Apresentação</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="284"/>
        <source>Preflight</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="285"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="286"/>
        <source>Duration</source>
        <translation>Duração</translation>
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
        <translation>Contagem regressiva</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="291"/>
        <source>Changeover before</source>
        <translation>Troca antes</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="347"/>
        <source>the speaker of the talk before</source>
        <translation>o palestrante da palestra anterior</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="380"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="388"/>
        <source>Talk</source>
        <translation>Palestra</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="389"/>
        <source>Q&amp;A</source>
        <translation>Perguntas e respostas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="390"/>
        <source>Commentary</source>
        <translation>Síntese</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_form.py" line="391"/>
        <source>Card</source>
        <translation>Cartela</translation>
    </message>
</context>
<context>
    <name>SegmentList</name>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_list.py" line="41"/>
        <source>Segment</source>
        <translation>Bloco</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_list.py" line="41"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/segment_list.py" line="41"/>
        <source>Deck</source>
        <translation>Apresentação</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="35"/>
        <source>Could not save {name} ({reason}); the file on disk is unchanged, your changes are still here and the details are in {log}.</source>
        <translation>Não foi possível salvar {name} ({reason}); o arquivo no disco não mudou, suas alterações continuam aqui e os detalhes estão em {log}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="106"/>
        <source>auto {time}</source>
        <translation>auto {time}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="116"/>
        <source>Add at least one segment before saving.</source>
        <translation>Adicione pelo menos um bloco antes de salvar.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="126"/>
        <source>missing</source>
        <translation>não encontrada</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="127"/>
        <source>{path} is not there: choose the deck again with PDF… or Image folder…</source>
        <translation>{path} não está lá: escolha a apresentação de novo com PDF… ou Pasta de imagens…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="138"/>
        <source>Save the session as</source>
        <translation>Salvar a sessão como</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="140"/>
        <location filename="../../pechakucha/qt/editor/window.py" line="162"/>
        <source>Session files</source>
        <translation>Arquivos de sessão</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="160"/>
        <source>Open a session</source>
        <translation>Abrir uma sessão</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="183"/>
        <source>Session editor</source>
        <translation>Editor de sessões</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="190"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="191"/>
        <source>Save the changes to {name}?</source>
        <translation>Salvar as alterações em {name}?</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="219"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="220"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="220"/>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="234"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="237"/>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="238"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="239"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="240"/>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="241"/>
        <source>Print the running order…</source>
        <translation>Imprimir a ordem do dia…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="349"/>
        <source>{name}[*] — Pecha Kucha session editor</source>
        <translation>{name}[*] — Editor de sessões Pecha Kucha</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="353"/>
        <source>New session</source>
        <translation>Nova sessão</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="170"/>
        <source>Could not save {name} ({reason}); the file on disk is unchanged.</source>
        <translation>Não foi possível salvar {name} ({reason}); o arquivo no disco não foi alterado.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/window.py" line="392"/>
        <source>A field marked in red is not valid yet: correct it first.</source>
        <translation>Um campo em vermelho não é válido: corrija-o primeiro.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/editor/plan_view.py" line="16"/>
        <source>Planned {total} of a {budget} budget (%n segments, {gaps} of changeovers)</source>
        <translation>
            <numerusform>Previsto: {total} de {budget} no total (%n bloco, {gaps} de trocas)</numerusform>
            <numerusform>Previsto: {total} de {budget} no total (%n blocos, {gaps} de trocas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/plan_view.py" line="45"/>
        <source>Print the running order to</source>
        <translation>Imprimir a ordem do dia em</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/plan_view.py" line="47"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/plan_view.py" line="56"/>
        <source>Could not write {name} ({reason}).</source>
        <translation>Não foi possível gravar {name} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/plan_view.py" line="59"/>
        <source>Running order written to {path}</source>
        <translation>Ordem do dia gravada em {path}</translation>
    </message>
</context>
<context>
    <name>SessionFields</name>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="223"/>
        <source>Write a time like 18:30.</source>
        <translation>Digite um horário como 18:30.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="249"/>
        <source>Languages of the projector cards, first one largest; known: {known}.</source>
        <translation>Idiomas das cartelas do projetor, o primeiro maior; disponíveis: {known}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="266"/>
        <source>Session title</source>
        <translation>Título da sessão</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="272"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="277"/>
        <source>as the interface</source>
        <translation>como a interface</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="282"/>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="283"/>
        <source>Budget</source>
        <translation>Tempo total</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="284"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="285"/>
        <source>Starts at</source>
        <translation>Início às</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/editor/parts.py" line="286"/>
        <source>Changeover</source>
        <translation>Troca</translation>
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
        <translation>{key}: nada a fazer agora</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="152"/>
        <source>Technical hold: the session clock is stopped</source>
        <translation>Pausa técnica: o relógio da sessão está parado</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="137"/>
        <source>The commentator&apos;s time is protected: not below {t}</source>
        <translation>O tempo do comentarista é protegido: não abaixo de {t}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="140"/>
        <source>Slide {k} marked for the synthesis</source>
        <translation>Slide {k} marcado para a síntese</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="146"/>
        <source>Press F5 to start</source>
        <translation>Pressione F5 para começar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="147"/>
        <source>This is the talk&apos;s first slide</source>
        <translation>Este é o primeiro slide da palestra</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="149"/>
        <source>Press {key} again to run {segment} again (what ran stays in the report)</source>
        <translation>Pressione {key} de novo para repetir {segment} (o que já aconteceu fica no relatório)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="151"/>
        <source>Press S again to swap projector and console</source>
        <translation>Pressione S de novo para trocar projetor e console</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="154"/>
        <source>Slides are recalled during Q&amp;A, cards and the synthesis</source>
        <translation>Os slides são retomados durante as perguntas, os cartões e a síntese</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="143"/>
        <source>Press Esc again to stop the talk</source>
        <translation>Pressione Esc de novo para parar a palestra</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="144"/>
        <source>Press Esc again to stop the session</source>
        <translation>Pressione Esc de novo para parar a sessão</translation>
    </message>
</context>
<context>
    <name>SlideRenderer</name>
    <message>
        <location filename="../../pechakucha/qt/pixels/render.py" line="232"/>
        <source>Slide {slide} of {deck} took more than {seconds} s to draw: the slide renderer was restarted and is drawing it again.</source>
        <translation>O slide {slide} de {deck} levou mais de {seconds} s para ser desenhado: o renderizador de slides foi reiniciado e está desenhando-o de novo.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/render.py" line="237"/>
        <source>The slide renderer stopped (exit code {code}) while drawing slide {slide} of {deck}; it was restarted and is drawing it again.</source>
        <translation>O renderizador de slides parou (código {code}) ao desenhar o slide {slide} de {deck}; foi reiniciado e está desenhando-o de novo.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/render.py" line="246"/>
        <source>The slide renderer did not answer for {seconds} s and was restarted.</source>
        <translation>O renderizador de slides não respondeu por {seconds} s e foi reiniciado.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/render.py" line="249"/>
        <source>The slide renderer stopped (exit code {code}) and was restarted.</source>
        <translation>O renderizador de slides parou (código {code}) e foi reiniciado.</translation>
    </message>
</context>
<context>
    <name>TalkOperator</name>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="125"/>
        <source>{format}: {slides} × {seconds} s</source>
        <translation>{format}: {slides} × {seconds} s</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/operator.py" line="132"/>
        <source>{key} ignored: a 20 × 20 talk advances by itself</source>
        <translation>Tecla {key} ignorada: uma palestra 20 × 20 avança sozinha</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../pechakucha/qt/app/startup.py" line="52"/>
        <source>Cannot open</source>
        <translation>Não foi possível abrir</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="151"/>
        <source>Resume the session?</source>
        <translation>Retomar a sessão?</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="125"/>
        <source>This session stopped before its end. Resume where it was, as if the app had never stopped?</source>
        <translation>Esta sessão parou antes do fim. Retomar de onde estava, como se o aplicativo nunca tivesse parado?</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="98"/>
        <source>{file}: the journal cannot be read ({problem})</source>
        <translation>{file}: não foi possível ler o registro ({problem})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="102"/>
        <source>{file}: {count} unreadable journal line(s) skipped, the first at line {line}</source>
        <translation>{file}: linhas ilegíveis do registro ignoradas ({count}), a primeira na linha {line}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="114"/>
        <source>the journal cannot be saved in {folder} ({problem}); the show goes on</source>
        <translation>não foi possível salvar o registro em {folder} ({problem}); a sessão continua</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="132"/>
        <source>{segment}, slide {slide}</source>
        <translation>{segment}, slide {slide}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="135"/>
        <source>This session stopped before its end, during {where}, {downtime} ago.

Yes: continue where the clock is now (the session keeps its end).
Resume the slide: go on where it stopped (the session ends {downtime} later; the Q&amp;As absorb it).</source>
        <translation>Esta sessão parou antes do fim, durante {where}, há {downtime}.

Sim: continuar onde o relógio está agora (a sessão mantém seu horário de término).
Retomar o slide: continuar onde parou (a sessão termina {downtime} mais tarde; as perguntas absorvem isso).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/runs.py" line="159"/>
        <source>Resume the slide</source>
        <translation>Retomar o slide</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/launch.py" line="46"/>
        <source>This session is already running in another pechakucha window: bring that window forward (your task bar or Alt+Tab) or close it before starting again.</source>
        <translation>Esta sessão já está aberta em outra janela do pechakucha: traga essa janela para a frente (barra de tarefas ou Alt+Tab) ou feche-a antes de começar de novo.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/launch.py" line="241"/>
        <source>Report not saved: {error}</source>
        <translation>Relatório não salvo: {error}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/launch.py" line="244"/>
        <source>Report saved in {folder}</source>
        <translation>Relatório salvo em {folder}</translation>
    </message>
</context>
<context>
    <name>atomic</name>
    <message>
        <location filename="../../pechakucha/core/atomic.py" line="38"/>
        <source>{name} was not replaced because another program has it open or it is read-only; close it there and try again</source>
        <translation>{name} não foi substituído porque outro programa está com ele aberto ou ele é somente leitura; feche-o lá e tente de novo</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <location filename="../../pechakucha/cli/export.py" line="49"/>
        <location filename="../../pechakucha/qt/show/cards.py" line="24"/>
        <source>Up next</source>
        <translation>A seguir</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/export.py" line="50"/>
        <location filename="../../pechakucha/qt/show/cards.py" line="25"/>
        <source>Questions &amp; answers</source>
        <translation>Perguntas e respostas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/export.py" line="51"/>
        <location filename="../../pechakucha/qt/show/cards.py" line="26"/>
        <source>Closing synthesis</source>
        <translation>Síntese final</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/cards.py" line="27"/>
        <source>Thank you</source>
        <translation>Obrigado</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/check.py" line="30"/>
        <source>ready, %n slides</source>
        <translation>
            <numerusform>pronta, %n slide</numerusform>
            <numerusform>pronta, %n slides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/check.py" line="31"/>
        <source>NOT ready, %n slides</source>
        <translation>
            <numerusform>NÃO pronta, %n slide</numerusform>
            <numerusform>NÃO pronta, %n slides</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/check.py" line="94"/>
        <source>error</source>
        <translation>erro</translation>
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
        <translation>sessão</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/check.py" line="100"/>
        <source>deck</source>
        <translation>apresentação</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/check.py" line="101"/>
        <source>slide {number}</source>
        <translation>slide {number}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/check.py" line="102"/>
        <source>slides {numbers}</source>
        <translation>slides {numbers}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/check.py" line="217"/>
        <source>cannot be loaded — {reason}</source>
        <translation>não pode ser carregada — {reason}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="22"/>
        <source>ready</source>
        <translation>pronta</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="23"/>
        <source>problems</source>
        <translation>com problemas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="24"/>
        <source>cannot be loaded</source>
        <translation>não pode ser aberta</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="25"/>
        <source>pending: no deck yet</source>
        <translation>pendente: ainda sem apresentação</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="26"/>
        <source>missing: the file is not there</source>
        <translation>não encontrada: o arquivo não está lá</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="29"/>
        <source>{path}: the decks, speaker by speaker</source>
        <translation>{path}: as apresentações, palestrante por palestrante</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="30"/>
        <source>received {date}</source>
        <translation>recebida em {date}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/speakers.py" line="31"/>
        <source>(no speaker named)</source>
        <translation>(palestrante sem nome)</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="49"/>
        <source>BLACKED OUT</source>
        <translation>TELA PRETA</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="51"/>
        <source>WHITE SCREEN</source>
        <translation>TELA BRANCA</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="53"/>
        <source>TECHNICAL HOLD</source>
        <translation>PAUSA TÉCNICA</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="55"/>
        <source>READY — F5</source>
        <translation>PRONTO — F5</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="56"/>
        <source>UP NEXT — F5</source>
        <translation>A SEGUIR — F5</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="57"/>
        <source>RUNNING</source>
        <translation>EM ANDAMENTO</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="58"/>
        <source>PAUSED</source>
        <translation>PAUSADO</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="59"/>
        <source>FINISHED</source>
        <translation>ENCERRADO</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="79"/>
        <source>{verdict} · ended {end} · {budget}</source>
        <translation>{verdict} · terminou às {end} · {budget}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="81"/>
        <source>{verdict} · ends {end} · {budget}</source>
        <translation>{verdict} · termina às {end} · {budget}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="94"/>
        <source>
end this Q&amp;A at {t} to finish on time</source>
        <translation>
encerre as perguntas às {t} para terminar no horário</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="103"/>
        <source>on time</source>
        <translation>no horário</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="105"/>
        <source>{t} ahead</source>
        <translation>{t} adiantada</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="107"/>
        <source>{t} behind</source>
        <translation>{t} atrasada</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="340"/>
        <source>start / resume</source>
        <extracomment>The footer&apos;s order, and what each command is called there (context &quot;console&quot;).</extracomment>
        <translation>iniciar / retomar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="341"/>
        <source>next</source>
        <translation>próximo</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="342"/>
        <source>back</source>
        <translation>voltar</translation>
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
        <translation>1 min a mais</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="346"/>
        <source>1 min less</source>
        <translation>1 min a menos</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="347"/>
        <source>mark slide</source>
        <translation>marcar slide</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="348"/>
        <source>slides</source>
        <translation>slides</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="349"/>
        <source>back to card</source>
        <translation>voltar ao cartão</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="350"/>
        <source>black</source>
        <translation>preto</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="351"/>
        <source>white</source>
        <translation>branco</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="352"/>
        <source>progress bar</source>
        <translation>barra de progresso</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="353"/>
        <source>slide / console</source>
        <translation>slide / console</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="354"/>
        <source>swap screens (twice)</source>
        <translation>trocar telas (duas vezes)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="355"/>
        <source>stop (twice)</source>
        <translation>parar (duas vezes)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="368"/>
        <source>quit</source>
        <translation>sair</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="89"/>
        <source> · holds {t}</source>
        <translation> · pausas técnicas {t}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="179"/>
        <source>to start</source>
        <translation>para começar</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="206"/>
        <source>this slide</source>
        <translation>este slide</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="209"/>
        <source>Talk: {t} left</source>
        <translation>Palestra: faltam {t}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="287"/>
        <location filename="../../pechakucha/qt/show/session_console.py" line="333"/>
        <source>Slide {k} / {n}</source>
        <translation>Slide {k} / {n}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="274"/>
        <location filename="../../pechakucha/qt/show/session_console.py" line="334"/>
        <source>Next: slide {k}</source>
        <translation>A seguir: slide {k}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="284"/>
        <source>Next: end</source>
        <translation>A seguir: fim</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="256"/>
        <source>Recalled: {talk}, slide {k}</source>
        <translation>De volta na tela: {talk}, slide {k}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="47"/>
        <source>NO PROJECTOR</source>
        <translation>SEM PROJETOR</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="116"/>
        <source>{left} of budget left</source>
        <translation>restam {left} do tempo total</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="118"/>
        <source>{over} over budget</source>
        <translation>tempo total excedido em {over}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="172"/>
        <source>Session: {t}</source>
        <translation>Sessão: {t}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="173"/>
        <source>session</source>
        <translation>sessão</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="176"/>
        <source>{kind}: {t} planned</source>
        <translation>{kind}: previsto {t}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="185"/>
        <source>{kind}: on screen {t}</source>
        <translation>{kind}: na tela há {t}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="192"/>
        <source>{t} left of {allotted}</source>
        <translation>faltam {t} de {allotted}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="194"/>
        <source>{t} over {allotted}</source>
        <translation>{t} a mais sobre {allotted}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="204"/>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="302"/>
        <source>Next: end of the session</source>
        <translation>A seguir: fim da sessão</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="313"/>
        <source>Next talk: {label}</source>
        <translation>Próxima palestra: {label}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/session_console.py" line="315"/>
        <source>Next: {label}</source>
        <translation>A seguir: {label}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/controller.py" line="136"/>
        <source>journal not saved ({problem})</source>
        <translation>registro não salvo ({problem})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/controller.py" line="139"/>
        <source>slow disk: journal {seconds} s behind</source>
        <translation>disco lento: o registro está {seconds} s atrasado</translation>
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
        <translation>{path}: arquivo não encontrado — confira o caminho.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="44"/>
        <source>{path}: the file is empty (0 bytes) — export the deck again.</source>
        <translation>{path}: o arquivo está vazio (0 bytes) — exporte a apresentação de novo.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="50"/>
        <source>{path}: not a PDF or an image — export the slides as PDF.</source>
        <translation>{path}: não é um PDF nem uma imagem — exporte os slides como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="51"/>
        <source>{path}: not a PDF or an image (it is a web page) — export the slides as PDF.</source>
        <translation>{path}: não é um PDF nem uma imagem (é uma página web) — exporte os slides como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="54"/>
        <source>{path}: not a PDF or an image (it is a PostScript file) — export the slides as PDF.</source>
        <translation>{path}: não é um PDF nem uma imagem (é um arquivo PostScript) — exporte os slides como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="58"/>
        <source>{path}: not a PDF or an image (it is a PowerPoint file) — export the slides as PDF.</source>
        <translation>{path}: não é um PDF nem uma imagem (é um arquivo do PowerPoint) — exporte os slides como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="62"/>
        <source>{path}: not a PDF or an image (it is a Keynote file) — export the slides as PDF.</source>
        <translation>{path}: não é um PDF nem uma imagem (é um arquivo do Keynote) — exporte os slides como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="66"/>
        <source>{path}: not a PDF or an image (it is an OpenDocument presentation) — export the slides as PDF.</source>
        <translation>{path}: não é um PDF nem uma imagem (é uma apresentação OpenDocument) — exporte os slides como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="71"/>
        <source>{path}: not a PDF or an image (it is an archive or office document) — export the slides as PDF.</source>
        <translation>{path}: não é um PDF nem uma imagem (é um arquivo compactado ou um documento do Office) — exporte os slides como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="76"/>
        <source>{path}: not a PDF or an image (it is an XML or web file) — export the slides as PDF.</source>
        <translation>{path}: não é um PDF nem uma imagem (é um arquivo XML ou web) — exporte os slides como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="80"/>
        <source>{path}: not a PDF or an image (it is a text file) — export the slides as PDF.</source>
        <translation>{path}: não é um PDF nem uma imagem (é um arquivo de texto) — exporte os slides como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="102"/>
        <source>{path}: the file is damaged beyond repair — export the deck again.</source>
        <translation>{path}: o arquivo está danificado sem conserto — exporte a apresentação de novo.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="110"/>
        <source>{path}: the PDF needs a password — ask for an unprotected copy.</source>
        <translation>{path}: o PDF pede senha — peça uma cópia sem proteção.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="127"/>
        <source>{path}{where}: the image cannot be read — it may be damaged.</source>
        <translation>{path}{where}: não foi possível ler a imagem — ela pode estar danificada.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="138"/>
        <source>{path}: the image is too large to open safely{size} — resize it.</source>
        <translation>{path}: a imagem é grande demais para abrir com segurança{size} — reduza o tamanho.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="149"/>
        <source>{path}: the file cannot be read{detail} — check its permissions.</source>
        <translation>{path}: não foi possível ler o arquivo{detail} — confira as permissões.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="160"/>
        <source>{path} (slide {slide}): the slide cannot be drawn — it may be damaged.</source>
        <translation>{path} (slide {slide}): não foi possível exibir o slide — ele pode estar danificado.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="172"/>
        <source>{path}: the folder has no images, but its subfolder “{subfolder}” has {count} — choose that folder.</source>
        <translation>{path}: a pasta não tem imagens, mas a subpasta “{subfolder}” tem {count} — escolha essa pasta.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="185"/>
        <source>{path}: this is {kind}, not a file — choose a PDF, an image or a folder of images.</source>
        <translation>{path}: não é um arquivo ({kind}) — escolha um PDF, uma imagem ou uma pasta de imagens.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="197"/>
        <source>{path}: {kind} — install LibreOffice (package libreoffice-impress) to show it, or export the slides as PDF.</source>
        <translation>{path}: {kind} — instale o LibreOffice (pacote libreoffice-impress) para exibi-lo, ou exporte os slides como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="210"/>
        <source>{path}: LibreOffice could not convert {kind}{detail} — export the slides as PDF.</source>
        <translation>{path}: o LibreOffice não conseguiu converter o arquivo ({kind}){detail} — exporte os slides como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/errors.py" line="223"/>
        <source>{path}: the file unpacks to far more than it holds (damaged, or made to exhaust memory) — export the slides as PDF.</source>
        <translation>{path}: o arquivo se descompacta em muito mais do que ocupa (danificado, ou feito para esgotar a memória) — exporte os slides como PDF.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/protocol.py" line="82"/>
        <source>{path}: the file changed or was removed during the show — the slides already drawn stay on screen.</source>
        <translation>{path}: o arquivo mudou ou foi removido durante a sessão — os slides já desenhados continuam na tela.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/pixels/protocol.py" line="92"/>
        <source>Slide {slide} of {path} failed to render: drawing it stopped the renderer.</source>
        <translation>Não foi possível desenhar o slide {slide} de {path}: desenhá-lo parou o renderizador.</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <location filename="../../pechakucha/cli/desktop.py" line="22"/>
        <source>Run Pecha Kucha sessions: the slides on the projector, a console for you</source>
        <translation>Conduza sessões Pecha Kucha: os slides no projetor, um console para você</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/desktop.py" line="25"/>
        <source>Presentation timer</source>
        <translation>Cronômetro de apresentações</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/desktop.py" line="26"/>
        <source>Pecha Kucha is in the applications menu ({entry}).</source>
        <translation>O Pecha Kucha está no menu de aplicativos ({entry}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/desktop.py" line="27"/>
        <source>Pecha Kucha is no longer in the applications menu.</source>
        <translation>O Pecha Kucha não está mais no menu de aplicativos.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/desktop.py" line="28"/>
        <source>Pecha Kucha was not in the applications menu.</source>
        <translation>O Pecha Kucha não estava no menu de aplicativos.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/desktop.py" line="29"/>
        <source>install-desktop is for Linux desktops; on Windows and macOS start the app as the README says.</source>
        <translation>install-desktop é para áreas de trabalho Linux; no Windows e no macOS, abra o aplicativo como diz o README.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/desktop.py" line="34"/>
        <source>cannot write {path} ({reason}).</source>
        <translation>não foi possível gravar {path} ({reason}).</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../pechakucha/qt/app/error_views.py" line="20"/>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/app/errors.py" line="47"/>
        <source>An unexpected error interrupted this action ({error}); your work is still open and the details are in {log}.</source>
        <translation>Um erro inesperado interrompeu esta ação ({error}); seu trabalho continua aberto e os detalhes estão em {log}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/app/errors.py" line="52"/>
        <source>An unexpected error interrupted this action ({error}); your work is still open.</source>
        <translation>Um erro inesperado interrompeu esta ação ({error}); seu trabalho continua aberto.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/app/errors.py" line="56"/>
        <source>Unexpected error ({error}): the show goes on; details in {log}.</source>
        <translation>Erro inesperado ({error}): a sessão continua; detalhes em {log}.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/export.py" line="54"/>
        <source>{path}: %n pages, {minutes} planned.</source>
        <translation>
            <numerusform>{path}: %n página, duração prevista {minutes}.</numerusform>
            <numerusform>{path}: %n páginas, duração prevista {minutes}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/export.py" line="55"/>
        <source>warning: {path} has %n slides; its last slide stays up to fill {total}.</source>
        <translation>
            <numerusform>aviso: {path} tem %n slide; o último fica na tela até completar {total}.</numerusform>
            <numerusform>aviso: {path} tem %n slides; o último fica na tela até completar {total}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/export.py" line="58"/>
        <source>cannot write {path} ({reason}).</source>
        <translation>não foi possível gravar {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/export.py" line="59"/>
        <source>{path}: slide {slide} cannot be placed ({reason}).</source>
        <translation>{path}: não foi possível colocar o slide {slide} ({reason}).</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../pechakucha/qt/app/folders.py" line="66"/>
        <source>Slides: PDF, presentations, images</source>
        <translation>Slides: PDF, apresentações, imagens</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/app/folders.py" line="71"/>
        <source>All files</source>
        <translation>Todos os arquivos</translation>
    </message>
</context>
<context>
    <name>fixes</name>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="132"/>
        <source>Make the deck exactly {expected} slides: drop or add slides, then export again.</source>
        <translation>Deixe a apresentação com exatamente {expected} slides: tire ou acrescente e exporte de novo.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="135"/>
        <source>Keep only the {drawn} slides you want shown.</source>
        <translation>Deixe só os {drawn} slides que quer mostrar.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="136"/>
        <source>Give every slide the same page size ({majority}) in your presentation program.</source>
        <translation>Dê a todos os slides o mesmo tamanho de página ({majority}) no seu programa de apresentações.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="139"/>
        <source>Give every slide the same page size (16:9 fills the screen).</source>
        <translation>Dê a todos os slides o mesmo tamanho de página (16:9 preenche a tela).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="142"/>
        <source>Optional: a page size of the projector&apos;s shape fills the whole screen.</source>
        <translation>Opcional: um tamanho de página no formato do projetor preenche a tela toda.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="145"/>
        <source>Use an original picture at least as large as the projector ({projector}).</source>
        <translation>Use uma imagem original pelo menos do tamanho do projetor ({projector}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="148"/>
        <source>Use an original of this picture {factor} times larger, or show it smaller.</source>
        <translation>Use um original desta imagem {factor} vezes maior, ou mostre-a menor.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="151"/>
        <source>Put a dark background behind the light parts, or make them dark.</source>
        <translation>Coloque um fundo escuro atrás das partes claras, ou deixe-as escuras.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="154"/>
        <source>Add the slide&apos;s content, or drop the slide.</source>
        <translation>Acrescente o conteúdo do slide, ou tire o slide.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="155"/>
        <source>If it is not on purpose, change or drop one of the two.</source>
        <translation>Se não for de propósito, mude ou tire um dos dois.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="158"/>
        <source>If it should not be blank, export the deck again and look at this slide.</source>
        <translation>Se não deveria estar vazio, exporte a apresentação de novo e confira este slide.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="161"/>
        <location filename="../../pechakucha/core/preflight_messages.py" line="162"/>
        <location filename="../../pechakucha/core/preflight_messages.py" line="163"/>
        <location filename="../../pechakucha/core/preflight_messages.py" line="166"/>
        <source>Export the deck again as PDF and send it again.</source>
        <translation>Exporte a apresentação de novo em PDF e envie outra vez.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="167"/>
        <source>Send a PDF export: it will look exactly as you designed it.</source>
        <translation>Envie uma exportação em PDF: ela aparecerá exatamente como você a criou.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="170"/>
        <source>Show them again in your presentation if the audience should see them.</source>
        <translation>Mostre-os de novo na sua apresentação se o público deve vê-los.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="173"/>
        <source>Send a PDF export: it carries its fonts.</source>
        <translation>Envie uma exportação em PDF: ela leva as suas fontes.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="174"/>
        <source>Export the slides only, not the notes pages (one slide per page).</source>
        <translation>Exporte só os slides, não as páginas de notas (um slide por página).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="177"/>
        <source>Send the slides: one picture-led slide per page, 20 of them.</source>
        <translation>Envie os slides: um por página, com imagens, 20 ao todo.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="180"/>
        <source>Drop the closing page.</source>
        <translation>Tire a página de encerramento.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="181"/>
        <source>Export again without build stages: one page per slide.</source>
        <translation>Exporte de novo sem etapas de animação: uma página por slide.</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/plan.py" line="101"/>
        <source>plan has %n problem(s)</source>
        <translation>
            <numerusform>o plano tem %n problema</numerusform>
            <numerusform>o plano tem %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="104"/>
        <source>plan fits its budget of {budget}</source>
        <translation>o plano cabe no tempo total de {budget}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="117"/>
        <source>segment</source>
        <translation>bloco</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="118"/>
        <source>planned</source>
        <translation>previsto</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="119"/>
        <source>changeover</source>
        <translation>troca</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="120"/>
        <source>start</source>
        <translation>início</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="141"/>
        <source>Forecast: {runs} runs, seed {seed}.</source>
        <translation>Previsão: {runs} simulações, semente {seed}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="142"/>
        <source>Where it ends against its budget (holds excluded):</source>
        <translation>Onde termina em relação ao tempo total (sem pausas técnicas):</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="143"/>
        <source>this plan</source>
        <translation>este plano</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="144"/>
        <source>without changeovers or learning</source>
        <translation>sem trocas nem aprendizado</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="153"/>
        <source>Commentary short of its time in {short} runs; auto Q&amp;As held at their minimum {at_minimum} times, below it {below} times.</source>
        <translation>Síntese com menos tempo que o previsto em {short} simulações; perguntas automáticas no mínimo {at_minimum} vezes, abaixo dele {below} vezes.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="165"/>
        <source>Room: changeovers {c0:g}–{c1:g} s; a hold of {h0:g}–{h1:g} s in {chance:.0%} of talks; Q&amp;As ended at zero ± {qa:g} s (+{over:g} s on average); commentary ± {comm:g} s.</source>
        <translation>Sala: trocas de {c0:g}–{c1:g} s; uma pausa técnica de {h0:g}–{h1:g} s em {chance:.0%} das palestras; perguntas encerradas em zero ± {qa:g} s (+{over:g} s em média); síntese ± {comm:g} s.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/plan.py" line="225"/>
        <source>cannot write {path} ({reason}).</source>
        <translation>não foi possível gravar {path} ({reason}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/cli/plan.py" line="228"/>
        <source>Running order written to {path} (%n page(s)).</source>
        <translation>
            <numerusform>Ordem do dia gravada em {path} (%n página).</numerusform>
            <numerusform>Ordem do dia gravada em {path} (%n páginas).</numerusform>
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
        <translation>tem {slides} slides; a palestra precisa de exatamente {expected}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="13"/>
        <source>slide is {aspect} while most slides are {majority}</source>
        <translation>o slide é {aspect}, mas a maioria é {majority}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="16"/>
        <source>slides are {aspect}; the projector is {projector}, so they get black bands</source>
        <translation>os slides são {aspect} e o projetor é {projector}: vão aparecer faixas pretas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="19"/>
        <source>slides come in {count} shapes: {groups}</source>
        <translation>os slides têm {count} proporções diferentes: {groups}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="20"/>
        <source>image is {width}×{height}, small for a {projector} projector: it will blur</source>
        <translation>a imagem tem {width}×{height}, pouco para um projetor {projector}: vai ficar borrada</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="23"/>
        <source>picture of {width}×{height} pixels is stretched {factor}× on a {projector} projector: it will blur</source>
        <translation>a imagem de {width}×{height} pixels é ampliada {factor}× num projetor {projector}: vai ficar borrada</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="28"/>
        <source>picture of {width}×{height} pixels is stretched {factor}× on a {projector} projector: slightly soft, not blurred</source>
        <translation>a imagem de {width}×{height} pixels é esticada {factor}× em um projetor de {projector}: um pouco suave, não borrada</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="33"/>
        <source>image is {width}×{height}, stretched {factor}× on a {projector} projector: slightly soft, not blurred</source>
        <translation>a imagem tem {width}×{height}, esticada {factor}× em um projetor de {projector}: um pouco suave, não borrada</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="38"/>
        <source>transparent areas show as white, like paper</source>
        <translation>as áreas transparentes aparecem brancas, como papel</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="39"/>
        <source>light parts are drawn on transparency: on the white page they vanish</source>
        <translation>há partes claras sobre fundo transparente: na página branca elas somem</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="43"/>
        <source>slide is blank (one flat colour)</source>
        <translation>o slide está vazio (uma só cor lisa)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="44"/>
        <source>slide is blank but for its page number</source>
        <translation>o slide está vazio, exceto pelo número de página</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="45"/>
        <source>slide is nearly blank: the audience would see almost nothing</source>
        <translation>o slide está quase em branco: o público não veria quase nada</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="48"/>
        <source>slide looks identical to the previous one</source>
        <translation>o slide parece idêntico ao anterior</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="49"/>
        <source>slide cannot be drawn: {reason}</source>
        <translation>não foi possível exibir o slide: {reason}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="50"/>
        <source>the file is damaged and was repaired to open it — export the deck again; these slides may not look as intended: {slides}</source>
        <translation>o arquivo está danificado e foi reparado para abrir — exporte a apresentação de novo; estes slides podem não aparecer como o esperado: {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="55"/>
        <source>the file is damaged and was repaired to open it — export the deck again, or look at every slide</source>
        <translation>o arquivo está danificado e foi reparado para abrir — exporte a apresentação de novo, ou confira cada slide</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="60"/>
        <source>slide is damaged in the file and may not look as intended</source>
        <translation>o slide está danificado no arquivo e pode não aparecer como o esperado</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="63"/>
        <source>the talk shows only the first {drawn} slides: the audience will not see the others</source>
        <translation>a palestra mostra só os primeiros {drawn} slides: o público não verá os outros</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="67"/>
        <source>converted from {kind} with LibreOffice</source>
        <translation>convertida com o LibreOffice (original: {kind})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="68"/>
        <source>slides hidden in the presentation were left out: {slides}</source>
        <translation>os slides ocultos na apresentação ficaram de fora: {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="71"/>
        <source>converted from {kind} with LibreOffice, which likely lost parts of it (text, backgrounds, fonts) — export a PDF from {app} itself and use that</source>
        <translation>convertido de {kind} com o LibreOffice, que provavelmente perdeu partes (texto, fundos, fontes) — exporte um PDF do próprio {app} e use esse</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="76"/>
        <source>text is printed over other text: the conversion went wrong on this slide</source>
        <translation>há texto impresso sobre outro texto: a conversão falhou neste slide</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="79"/>
        <source>font {font} is not installed here: {substitute} replaces it, with other letter widths, so text may not fit as designed (slides {slides})</source>
        <translation>a fonte {font} não está instalada aqui: {substitute} a substitui, com outras larguras de letra, então o texto pode não caber como planejado (slides {slides})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="84"/>
        <source>font {font} is not installed here: another font replaces it, so text may not fit as designed (slides {slides})</source>
        <translation>a fonte {font} não está instalada aqui: outra fonte a substitui, então o texto pode não caber como planejado (slides {slides})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="89"/>
        <source>slide is too heavy to draw in time ({shapes} shapes drawn one by one): the projector would wait for it — export it as a picture</source>
        <translation>o slide é pesado demais para ser desenhado a tempo ({shapes} formas desenhadas uma a uma): o projetor esperaria por ele — exporte-o como imagem</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="94"/>
        <source>animated GIFs show as still pictures on slides {slides}</source>
        <translation>os GIFs animados aparecem como imagens paradas nos slides {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="97"/>
        <source>files in the folder that are not shown: {files} — save them as PNG to show them</source>
        <translation>arquivos da pasta que não são mostrados: {files} — salve-os como PNG para mostrá-los</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="101"/>
        <source>these {pages} pages are {frames} frames: each overlay step (\pause, \only, \uncover) became a page — add the handout option, \documentclass[handout]{{beamer}}, for one page per frame</source>
        <translation>estas {pages} páginas são {frames} frames: cada etapa de sobreposição (\pause, \only, \uncover) virou uma página — adicione a opção handout, \documentclass[handout]{{beamer}}, para ter uma página por frame</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="107"/>
        <source>these {pages} pages are {frames} slides: each build or animation step became a page — export again without build stages</source>
        <translation>estas {pages} páginas são {frames} slides: cada etapa de animação virou uma página — exporte de novo sem as etapas de animação</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="112"/>
        <source>pages show the slide above the speaker&apos;s notes: the audience would read the notes — export the slides only</source>
        <translation>as páginas mostram o slide acima das notas do palestrante: o público leria as notas — exporte só os slides</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="117"/>
        <source>pages are {aspect} and full of running text: this is a document for print, not slides</source>
        <translation>as páginas são {aspect} e cheias de texto corrido: é um documento para impressão, não slides</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="121"/>
        <source>a closing page (“{words}”) past the {expected} slides of the talk: drop it</source>
        <translation>uma página de encerramento (“{words}”) depois dos {expected} slides da palestra: remova-a</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/preflight_messages.py" line="125"/>
        <source>the session has no talk with a deck</source>
        <translation>a sessão não tem nenhuma palestra com apresentação</translation>
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
        <translation>vazio</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="27"/>
        <source>duplicate</source>
        <translation>repetido</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="28"/>
        <source>low resolution</source>
        <translation>baixa resolução</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="29"/>
        <source>cannot be drawn</source>
        <translation>não pode ser exibido</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="30"/>
        <source>blurry picture</source>
        <translation>imagem borrada</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="31"/>
        <source>transparent</source>
        <translation>transparente</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="32"/>
        <source>vanishes on white</source>
        <translation>some no branco</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="33"/>
        <source>page number only</source>
        <translation>só número de página</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="34"/>
        <source>closing page</source>
        <translation>página de encerramento</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="35"/>
        <source>damaged</source>
        <translation>danificado</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="38"/>
        <source>beyond {expected}</source>
        <translation>além de {expected}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="39"/>
        <source>portrait {aspect}</source>
        <translation>retrato {aspect}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="40"/>
        <source>slide {number} is beyond the {expected} slides of a {format} talk</source>
        <translation>o slide {number} passa dos {expected} slides de uma palestra {format}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="43"/>
        <source>cannot be loaded</source>
        <translation>não pode ser carregada</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="44"/>
        <source>checking…</source>
        <translation>verificando…</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="45"/>
        <source>ready</source>
        <translation>pronta</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="46"/>
        <source>NOT ready</source>
        <translation>NÃO pronta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pechakucha/qt/preview/contact_sheet.py" line="47"/>
        <source>%n slides · {format}: {slides} × {seconds} s</source>
        <translation>
            <numerusform>%n slide · {format}: {slides} × {seconds} s</numerusform>
            <numerusform>%n slides · {format}: {slides} × {seconds} s</numerusform>
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
        <translation>{path}: a sessão não tem nenhuma palestra com apresentação.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/launch.py" line="20"/>
        <source>{path}: cannot write the file ({reason}).</source>
        <translation>{path}: não foi possível gravar o arquivo ({reason}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/preview/launch.py" line="21"/>
        <source>Contact sheet written to {path}</source>
        <translation>Folha de contatos gravada em {path}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/launch.py" line="19"/>
        <source>use --loop N on its own, without --from or --to.</source>
        <translation>use --loop N sozinho, sem --from nem --to.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/rehearse/launch.py" line="20"/>
        <source>{deck}: slides {first}–{last} are not a range within this deck&apos;s 1–{count}.</source>
        <translation>{deck}: os slides {first}–{last} não estão no intervalo 1–{count} desta apresentação.</translation>
    </message>
</context>
<context>
    <name>proof</name>
    <message>
        <location filename="../../pechakucha/cli/proof.py" line="22"/>
        <source>{name}: proof written to {path}</source>
        <translation>{name}: prova gravada em {path}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/proof.py" line="23"/>
        <source>{name}: no proof, the deck is {state}</source>
        <translation>{name}: sem prova, a apresentação está {state}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/proof.py" line="24"/>
        <source>pending (not sent yet)</source>
        <translation>pendente (ainda não enviada)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/proof.py" line="25"/>
        <source>missing (not where the session file says)</source>
        <translation>perdida (não está onde o arquivo da sessão diz)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/proof.py" line="26"/>
        <source>cannot write {path} ({reason}).</source>
        <translation>não foi possível gravar {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/cli/proof.py" line="27"/>
        <source>{path} is not a folder.</source>
        <translation>{path} não é uma pasta.</translation>
    </message>
</context>
<context>
    <name>rehearsal</name>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="41"/>
        <source>Tap when you finish a slide. Within the last {tolerance} s before it changes: on pace; earlier: early. A tap up to {late} s after the change ends the slide before: you ran out of time on it by that much. No tap: ran out.</source>
        <extracomment>The counting rule, as the window explains it ({tolerance}, {late}: seconds).</extracomment>
        <translation>Toque ao terminar cada slide. Nos últimos {tolerance} s antes da troca: no ritmo; antes disso: antes do tempo. Um toque até {late} s depois da troca encerra o slide anterior: o tempo acabou nele por essa diferença. Sem toque: o tempo acabou.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="49"/>
        <source>No taps recorded: press Space (or click) each time you finish a slide.</source>
        <translation>Nenhum toque registrado: pressione Espaço (ou clique) sempre que terminar um slide.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="52"/>
        <source>You ran out of time on {count} of {total} slides — trim slides {slides}</source>
        <translation>O tempo acabou em {count} de {total} slides — enxugue os slides {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="55"/>
        <source>You ran out of time on 1 of {total} slides — trim slide {slides}</source>
        <translation>O tempo acabou em 1 de {total} slides — enxugue o slide {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="58"/>
        <source>You ran out of time on {count} of {total} slides, by {average} s on average — trim slides {slides}</source>
        <translation>O tempo acabou em {count} de {total} slides, por {average} s em média — enxugue os slides {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="63"/>
        <source>You ran out of time on 1 of {total} slides, by {average} s — trim slide {slides}</source>
        <translation>O tempo acabou em 1 de {total} slides, por {average} s — enxugue o slide {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="67"/>
        <source>You finished early on 1 of {total} slides ({average} s early) — say more on slide {slides}</source>
        <translation>Você terminou antes em 1 de {total} slides ({average} s antes) — fale mais no slide {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="72"/>
        <source>You finished early on {count} of {total} slides ({average} s on average) — say more on slides {slides}</source>
        <translation>Você terminou antes em {count} de {total} slides ({average} s em média) — fale mais nos slides {slides}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="77"/>
        <source>Well paced: {within} of {total} slides finished in their last {tolerance} s</source>
        <translation>Bom ritmo: {within} de {total} slides concluídos nos seus últimos {tolerance} s</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/pacing.py" line="81"/>
        <source>Uneven pace: {within} of {total} slides finished in their last {tolerance} s</source>
        <translation>Ritmo irregular: {within} de {total} slides concluídos nos seus últimos {tolerance} s</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/trends.py" line="18"/>
        <source>Across these {runs} runs:</source>
        <translation>Nestes {runs} ensaios:</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/trends.py" line="19"/>
        <source>Slide {slide} ran out in {count} of {runs} runs, by {average} s on average</source>
        <translation>No slide {slide} o tempo acabou em {count} de {runs} ensaios, por {average} s em média</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/trends.py" line="22"/>
        <source>Slide {slide} ran out in {count} of {runs} runs</source>
        <translation>No slide {slide} o tempo acabou em {count} de {runs} ensaios</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/rehearsal/trends.py" line="23"/>
        <source>Across these {runs} runs no slide ran out of time.</source>
        <translation>Nestes {runs} ensaios o tempo não acabou em nenhum slide.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="104"/>
        <source>Speaker</source>
        <translation>Palestrante</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="106"/>
        <source>Talk</source>
        <translation>Palestra</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="107"/>
        <source>Q&amp;A</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="22"/>
        <source>Budget</source>
        <translation>Tempo total</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="23"/>
        <source>Took</source>
        <translation>Duração real</translation>
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
        <translation>minutos desde o início</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="29"/>
        <source>on-time end</source>
        <translation>fim no horário</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="30"/>
        <source>Segment</source>
        <translation>Bloco</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="31"/>
        <source>Allotted</source>
        <translation>Alocado</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="32"/>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="108"/>
        <source>Changeover</source>
        <translation>Troca</translation>
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
        <translation>Pausado</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="35"/>
        <source>{label}: {speaker}</source>
        <translation>{label}: {speaker}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/decks/report_pdf.py" line="36"/>
        <source>Over</source>
        <translation>Excesso</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="111"/>
        <source>Overrun</source>
        <translation>Excesso</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="105"/>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="80"/>
        <source>Report: {title}</source>
        <translation>Relatório: {title}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/qt/show/report_panel.py" line="83"/>
        <source>Session: {elapsed} of {budget}; holds {holds}</source>
        <translation>Sessão: {elapsed} de {budget}; pausas técnicas {holds}</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="12"/>
        <source>Talk</source>
        <translation>Palestra</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="13"/>
        <source>Q&amp;A</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="14"/>
        <source>Commentary</source>
        <translation>Síntese</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="15"/>
        <source>Card</source>
        <translation>Cartela</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="19"/>
        <source>cannot read the file ({reason})</source>
        <translation>não foi possível ler o arquivo ({reason})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="20"/>
        <source>the file is not UTF-8 text</source>
        <translation>o arquivo não é texto UTF-8</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="21"/>
        <source>this is not a regular file (a folder, a pipe or a device): choose a .toml file</source>
        <translation>não é um arquivo comum (é uma pasta, um pipe ou um dispositivo): escolha um arquivo .toml</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="24"/>
        <source>this is not valid TOML ({reason})</source>
        <translation>isto não é TOML válido ({reason})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="25"/>
        <source>unknown key &quot;{key}&quot; at the top level (expected [session] and [[segment]])</source>
        <translation>chave desconhecida &quot;{key}&quot; no nível principal (esperados: [session] e [[segment]])</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="28"/>
        <source>there is no [session] table</source>
        <translation>falta a tabela [session]</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="29"/>
        <source>&quot;{key}&quot; must be a table like [{key}]</source>
        <translation>&quot;{key}&quot; deve ser uma tabela como [{key}]</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="30"/>
        <source>there is no [[segment]] table</source>
        <translation>não há nenhuma tabela [[segment]]</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="31"/>
        <source>each &quot;segment&quot; must be a [[segment]] table</source>
        <translation>cada &quot;segment&quot; deve ser uma tabela [[segment]]</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="34"/>
        <source>unknown key &quot;{key}&quot; in {where}</source>
        <translation>chave desconhecida &quot;{key}&quot; em {where}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="35"/>
        <source>{where} has no &quot;{key}&quot;</source>
        <translation>falta &quot;{key}&quot; em {where}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="36"/>
        <source>unknown kind &quot;{value}&quot; in {where} (known: talk, qa, commentary, card)</source>
        <translation>tipo desconhecido &quot;{value}&quot; em {where} (válidos: talk, qa, commentary, card)</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="39"/>
        <source>&quot;{key}&quot; in {where} must be {expected}, not {actual}</source>
        <translation>&quot;{key}&quot; em {where} deve ser {expected}, não {actual}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="42"/>
        <source>&quot;{key}&quot; in {where} must be &quot;m:ss&quot;, &quot;h:mm:ss&quot; or seconds, not {value}</source>
        <translation>&quot;{key}&quot; em {where} deve ser &quot;m:ss&quot;, &quot;h:mm:ss&quot; ou segundos, não {value}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="45"/>
        <source>&quot;{key}&quot; in {where} must be more than zero, not {value}</source>
        <translation>&quot;{key}&quot; em {where} deve ser maior que zero, não {value}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="48"/>
        <source>&quot;{key}&quot; in {where} must not be negative, not {value}</source>
        <translation>&quot;{key}&quot; em {where} não pode ser negativo ({value})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="51"/>
        <source>&quot;{key}&quot; in {where} is longer than a day ({value})</source>
        <translation>&quot;{key}&quot; em {where} passa de um dia ({value})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="52"/>
        <source>&quot;{key}&quot; in {where} must be from {low} to {high}, not {value}</source>
        <translation>&quot;{key}&quot; em {where} deve estar entre {low} e {high}, não {value}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="55"/>
        <source>&quot;{key}&quot; = &quot;auto&quot; in {where} is only for a Q&amp;A</source>
        <translation>&quot;{key}&quot; = &quot;auto&quot; em {where} só vale para perguntas e respostas</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="56"/>
        <source>&quot;{key}&quot; in {where} is not a valid format ({reason})</source>
        <translation>&quot;{key}&quot; em {where} não é um formato válido ({reason})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="59"/>
        <source>&quot;{key}&quot; in {where} is not a time of day like &quot;18:30&quot; ({reason})</source>
        <translation>&quot;{key}&quot; em {where} não é um horário como &quot;18:30&quot; ({reason})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="62"/>
        <source>the talk in {where} has no &quot;deck&quot;</source>
        <translation>a palestra em {where} não tem &quot;deck&quot;</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="63"/>
        <source>the deck &quot;{value}&quot; in {where} does not exist</source>
        <translation>a apresentação &quot;{value}&quot; em {where} não existe</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="64"/>
        <source>cannot save the file ({reason})</source>
        <translation>não foi possível salvar o arquivo ({reason})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="65"/>
        <source>&quot;{key}&quot; in {where}: there is no &quot;{value}&quot; translation (known: {known})</source>
        <translation>&quot;{key}&quot; em {where}: não há tradução &quot;{value}&quot; (disponíveis: {known})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="71"/>
        <source>{file}: the fixed parts alone ({fixed}) exceed the budget ({budget}).</source>
        <translation>{file}: só as partes fixas ({fixed}) já passam do tempo total ({budget}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="74"/>
        <source>{file}: the fixed parts ({fixed}) and the changeovers ({gaps}) exceed the budget ({budget}).</source>
        <translation>{file}: as partes fixas ({fixed}) e as trocas ({gaps}) passam do tempo total ({budget}).</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="79"/>
        <source>{file}: the commentary (segment {number}) is not the last part before the closing: segment {following} ({kind}) comes after it.</source>
        <translation>{file}: a síntese (bloco {number}) não é a última parte antes do encerramento: o bloco {following} ({kind}) vem depois.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="84"/>
        <source>{file}: the talk in segment {number} ({name}) has no deck yet.</source>
        <translation>{file}: a palestra do bloco {number} ({name}) ainda não tem apresentação.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="87"/>
        <source>{file}: the deck of the talk in segment {number} ({name}) is not there: {path} — point the talk to it again in the editor.</source>
        <translation>{file}: a apresentação da palestra do bloco {number} ({name}) não está lá: {path} — indique-a de novo no editor.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/messages.py" line="92"/>
        <source>{file}: an automatic Q&amp;A would get less than its minimum: {left} is left for {count} automatic Q&amp;A that need at least {needed}.</source>
        <translation>{file}: perguntas e respostas automáticas ficariam abaixo do mínimo: restam {left} para {count} rodadas automáticas que precisam de pelo menos {needed}.</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/schema.py" line="16"/>
        <source>segment {number}</source>
        <translation>bloco {number}</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/schema.py" line="17"/>
        <source>segment {number} ({kind})</source>
        <translation>bloco {number} ({kind})</translation>
    </message>
    <message>
        <location filename="../../pechakucha/core/session/schema.py" line="18"/>
        <source>{file}, line {line}</source>
        <translation>{file}, linha {line}</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../pechakucha/qt/app/settings.py" line="28"/>
        <source>forgot the projector, the language, the recent sessions and the window places ({file}).</source>
        <translation>projetor, idioma, sessões recentes e posições das janelas esquecidos ({file}).</translation>
    </message>
</context>
</TS>
