"""`pechakucha export`: a self-advancing fallback PDF of the whole session."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest
from PIL import Image

import pechakucha.cli.main
from pechakucha.cli.export import card_html
from pechakucha.cli.main import run_export
from tests.conftest import write_numbered_pdf

ROOT = Path(__file__).resolve().parents[2]
SESSION_TWO = ROOT / "decks" / "session-two.toml"
CLI_HAS_EXPORT = "pechakucha.cli.export" in Path(pechakucha.cli.main.__file__).read_text(
    encoding="utf-8"
)


def dur(document: pymupdf.Document, number: int) -> str | None:
    """The /Dur of page `number` (0-based) as written, or None."""
    kind, value = document.xref_get_key(document[number].xref, "Dur")
    return None if kind == "null" else value


def write_session(folder: Path, deck: str, extra: str = "") -> Path:
    """A two-segment session (talk + commentary) whose talk uses `deck`."""
    path = folder / "session.toml"
    path.write_text(
        '[session]\nbudget = "30:00"\n' + extra + "\n"
        f'[[segment]]\nkind = "talk"\nspeaker = "Ana"\ndeck = "{deck}"\n\n'
        '[[segment]]\nkind = "commentary"\nduration = "5:00"\n',
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def session_two_pdf(tmp_path_factory) -> Path:
    """Session Two exported once for the module."""
    output = tmp_path_factory.mktemp("export") / "session-two.pdf"
    assert run_export([str(SESSION_TWO), "-o", str(output)]) == 0
    return output


def test_run_export_session_two_has_a_card_per_segment_and_60_slides(session_two_pdf):
    """Eight segments give eight cards, the 5:00 synthesis an Up next card and 31 countdown
    pages; three 20-slide talks give 60 slide pages."""
    with pymupdf.open(session_two_pdf) as document:
        assert document.page_count == 8 + 1 + 31 + 60
        assert [entry[2] for entry in document.get_toc()] == [1, 2, 23, 24, 45, 46, 67, 68, 100]


def test_run_export_slide_pages_advance_every_20_seconds_with_a_cut(session_two_pdf):
    """Every slide page says /Dur 20 and has a plain cut transition."""
    with pymupdf.open(session_two_pdf) as document:
        slides = [*range(2, 22), *range(24, 44), *range(46, 66)]
        assert {dur(document, number) for number in slides} == {"20"}
        assert "/S/R" in document.xref_get_key(document[2].xref, "Trans")[1].replace(" ", "")
        assert document.xref_get_key(document.pdf_catalog(), "PageMode")[1] == "/FullScreen"


def test_every_page_cuts_with_a_tiny_transition_so_viewers_add_no_second(session_two_pdf):
    """/Trans without /D lasts 1 s, which Evince and MuPDF wait out before each /Dur (a
    20 × 20 talk would run 20 s long); /D 0 freezes MuPDF; /D 0.01 on every page."""
    with pymupdf.open(session_two_pdf) as document:
        for page in document:
            kind, value = document.xref_get_key(page.xref, "Trans")
            assert kind == "dict" and "/S/R" in value.replace(" ", "")
            duration = value.split("/D")[1].strip(" >")
            assert float(duration) == pytest.approx(0.01)


def test_run_export_cards_last_their_planned_time_and_up_next_waits(session_two_pdf):
    """Welcome 2:00, auto Q&A 21:00 (the budget shared); Up next, the synthesis's 0:00 and
    the closing card (no duration) wait for the operator."""
    with pymupdf.open(session_two_pdf) as document:
        assert dur(document, 0) == "120"
        assert dur(document, 1) is None  # Up next: Barcelona
        assert dur(document, 22) == "1260"
        assert dur(document, 98) is None  # the synthesis at 0:00: its time is protected
        assert dur(document, 99) is None
        assert "Up next" in document[1].get_text()
        assert "Gracias" in document[99].get_text()


def test_the_synthesis_waits_on_an_up_next_card_after_the_last_QA(session_two_pdf):
    """When the last Q&A's pages run out, the PDF shows who is next and waits for a click:
    the commentator's countdown never starts by itself."""
    with pymupdf.open(session_two_pdf) as document:
        card = document[67].get_text()
        assert dur(document, 66) == "1260"  # the last Q&A
        assert dur(document, 67) is None
        assert "Up next" in card and "5:00" not in card
        assert "5:00" in document[68].get_text()


def test_the_QA_card_has_one_title_per_audience_language(session_two_pdf):
    """Session Two's audience is ["es", "en"]: the Q&A title once in each, Spanish first."""
    with pymupdf.open(session_two_pdf) as document:
        text = document[22].get_text()
    assert text.count("Preguntas y respuestas") == 1 and text.count("Questions & answers") == 1
    assert text.index("Preguntas y respuestas") < text.index("Questions & answers")


def test_the_synthesis_counts_down_ten_seconds_a_page_amber_then_red(session_two_pdf):
    """5:00, 4:50 … 0:10 (10 s each, 300 s in all), then 0:00; amber from 1:00, red from 0:30."""
    with pymupdf.open(session_two_pdf) as document:
        pages = range(68, 99)
        clocks = [document[n].get_text().split("\n")[-2] for n in pages]
        durations = [dur(document, n) for n in pages]
        colours = {
            clock: {
                span["color"]
                for block in document[n].get_text("dict")["blocks"]
                for line in block["lines"]
                for span in line["spans"]
                if span["text"] == clock
            }
            for n, clock in zip(pages, clocks, strict=True)
        }
    assert clocks[:3] == ["5:00", "4:50", "4:40"] and clocks[-2:] == ["0:10", "0:00"]
    assert durations == ["10"] * 30 + [None]
    assert colours["1:10"] == {0xF0F0F0}
    assert colours["1:00"] == {0xF0A020}
    assert colours["0:30"] == {0xF04040} == colours["0:00"]


@pytest.mark.parametrize(
    ("duration", "pages"),
    [
        (300, [(300, 10)] + [(t, 10) for t in range(290, 0, -10)] + [(0, 0)]),
        (285, [(285, 5)] + [(t, 10) for t in range(280, 0, -10)] + [(0, 0)]),
        (7, [(7, 7), (0, 0)]),
        (0, [(0, 0)]),
    ],
)
def test_countdown_pages_round_up_to_the_step_and_add_up(duration, pages):
    """The clock shows the time left rounded up, as the app does; the pages last the whole."""
    from pechakucha.cli.export import countdown_pages

    assert countdown_pages(duration) == pages
    assert sum(seconds for _, seconds in countdown_pages(duration)) == duration


def test_run_export_slides_are_vector_pages_and_images_letterboxed(session_two_pdf):
    """A PDF slide keeps its text; an image slide fills the 16:9 page."""
    with pymupdf.open(session_two_pdf) as document:
        assert document[2].rect == pymupdf.Rect(0, 0, 960, 540)
        assert document[2].get_text().strip()  # Barcelona: text, not a picture of it
        (image,) = document[24].get_image_info()  # FAMSI: one image per page
        assert pymupdf.Rect(image["bbox"]) == pymupdf.Rect(0, 0, 960, 540)


def test_run_export_missing_deck_exits_2_and_writes_nothing(tmp_path, capsys):
    """A session naming a deck that is not there: one sentence, exit 2, no file."""
    session = write_session(tmp_path, "gone.pdf")
    output = tmp_path / "out.pdf"
    assert run_export([str(session), "-o", str(output)]) == 2
    error = capsys.readouterr().err
    assert "gone.pdf" in error and error.count("\n") == 1 and "Traceback" not in error
    assert not output.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["session.toml"]  # no temporary left


def test_run_export_broken_deck_keeps_the_old_output(tmp_path, capsys):
    """A deck that is not a PDF fails the export and leaves an earlier export untouched."""
    (tmp_path / "talk.pdf").write_text("<html>not a pdf</html>", encoding="utf-8")
    session = write_session(tmp_path, "talk.pdf")
    output = tmp_path / "out.pdf"
    output.write_bytes(b"old export")
    assert run_export([str(session), "-o", str(output)]) == 2
    assert "talk.pdf" in capsys.readouterr().err
    assert output.read_bytes() == b"old export"


def test_run_export_unwritable_output_is_one_sentence(tmp_path, capsys):
    """An output folder that does not exist: exit 2 and one line saying why."""
    write_numbered_pdf(tmp_path / "talk.pdf")
    session = write_session(tmp_path, "talk.pdf")
    assert run_export([str(session), "-o", str(tmp_path / "no" / "out.pdf")]) == 2
    error = capsys.readouterr().err
    assert "cannot write" in error and error.count("\n") == 1


def test_run_export_short_deck_keeps_its_last_slide_for_the_time_left(tmp_path, capsys):
    """5 slides in a 20 × 20 talk: 4 pages of 20 s, then the last one for 320 s."""
    write_numbered_pdf(tmp_path / "talk.pdf", slides=5)
    session = write_session(tmp_path, "talk.pdf")
    output = tmp_path / "out.pdf"
    assert run_export([str(session), "-o", str(output)]) == 0
    assert "5 slides" in capsys.readouterr().err
    with pymupdf.open(output) as document:
        assert document.page_count == 1 + 5 + 1 + 31
        durations = [dur(document, n) for n in range(8)]
        assert durations == [None, "20", "20", "20", "20", "320", None, "10"]


def test_run_export_uses_the_talk_format_and_projector_aspect(tmp_path):
    """Ignite talks advance every 15 s; --projector 1024x768 makes 4:3 pages."""
    write_numbered_pdf(tmp_path / "talk.pdf")
    session = write_session(tmp_path, "talk.pdf", extra='format = "ignite"')
    output = tmp_path / "out.pdf"
    assert run_export([str(session), "-o", str(output), "--projector", "1024x768"]) == 0
    with pymupdf.open(output) as document:
        assert dur(document, 1) == "15"
        assert document[1].rect == pymupdf.Rect(0, 0, 960, 720)


def test_run_export_up_next_seconds_lets_talks_start_by_themselves(tmp_path):
    """--up-next-seconds 30: an unattended kiosk run, every card timed."""
    write_numbered_pdf(tmp_path / "talk.pdf")
    session = write_session(tmp_path, "talk.pdf")
    output = tmp_path / "out.pdf"
    assert run_export([str(session), "-o", str(output), "--up-next-seconds", "30"]) == 0
    with pymupdf.open(output) as document:
        assert dur(document, 0) == "30"


def test_run_export_turns_photos_upright_by_their_exif_orientation(tmp_path):
    """A 400×300 JPEG tagged "rotate 90°" is shown portrait, as the app shows it."""
    folder = tmp_path / "photos"
    folder.mkdir()
    for number in range(1, 21):
        exif = Image.Exif()
        exif[0x0112] = 6
        Image.new("RGB", (400, 300), (200, 30, 30)).save(folder / f"{number}.jpg", exif=exif)
    session = write_session(tmp_path, "photos")
    output = tmp_path / "out.pdf"
    assert run_export([str(session), "-o", str(output)]) == 0
    with pymupdf.open(output) as document:
        (image,) = document[1].get_image_info()
        box = pymupdf.Rect(image["bbox"])
        assert box.height == pytest.approx(540) and box.width == pytest.approx(405)


def test_card_html_escapes_text_and_skips_empty_lines():
    """Markup in names is shown as text; a talk without a title has no empty paragraph."""
    from pechakucha.core.session.model import Segment, Session

    session = Session(budget=600, segments=[Segment("talk", speaker="<b>Ana</b> & co")])
    body = card_html(session, 0)
    assert "&lt;b&gt;Ana&lt;/b&gt; &amp; co" in body
    assert body.count("<p") == 2  # "Up next" and the speaker


def test_run_export_in_a_fresh_python_process(tmp_path):
    """The export runs in its own process (no pytest, no Qt application) and exits 0."""
    output = tmp_path / "out.pdf"
    code = (
        "import sys; from pechakucha.cli.main import run_export; "
        f"sys.exit(run_export([{str(SESSION_TWO)!r}, '-o', {str(output)!r}]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "100 pages" in result.stdout
    with pymupdf.open(output) as document:
        assert document.page_count == 100


def test_run_export_failure_in_a_fresh_process_has_no_traceback(tmp_path):
    """A missing session file: exit 2 and a single line on stderr."""
    code = (
        "import sys; from pechakucha.cli.main import run_export; "
        f"sys.exit(run_export([{str(tmp_path / 'none.toml')!r}, '-o', 'x.pdf']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.skipif(not CLI_HAS_EXPORT, reason="`pechakucha export` is not wired in cli.py yet")
def test_pechakucha_export_through_the_real_cli(tmp_path):
    """`python -m pechakucha export SESSION -o OUT.pdf` writes the PDF."""
    output = tmp_path / "out.pdf"
    command = [sys.executable, "-m", "pechakucha", "export", str(SESSION_TWO), "-o", str(output)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    with pymupdf.open(output) as document:
        assert document.page_count == 100


def test_run_export_in_spanish_translates_cards_without_a_qt_application(tmp_path):
    """--lang es: "A continuación" on the Up next card; no QCoreApplication is created, so a
    QApplication can still be made later in the same process."""
    output = tmp_path / "out.pdf"
    code = (
        "import sys; from pechakucha.cli.main import run_export\n"
        f"code = run_export([{str(SESSION_TWO)!r}, '-o', {str(output)!r}, '--lang', 'es'])\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "assert QCoreApplication.instance() is None\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    with pymupdf.open(output) as document:
        assert "A continuación" in document[1].get_text()


def test_cards_speak_the_sessions_audience_languages_and_messages_the_operators(tmp_path):
    """audience = ["fr", "pt_BR"]: French first, then Portuguese on every card; the line
    printed at the end stays in the operator's --lang."""
    deck = write_numbered_pdf(tmp_path / "talk.pdf", slides=20)
    session = write_session(tmp_path, deck.name, 'audience = ["fr", "pt_BR"]')
    output = tmp_path / "out.pdf"
    code = (
        "import sys; from pechakucha.cli.main import run_export; "
        f"sys.exit(run_export([{str(session)!r}, '-o', {str(output)!r}, '--lang', 'es']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "53 páginas" in result.stdout  # 21 + Up next + the synthesis counted down 10 s a page
    with pymupdf.open(output) as document:
        up_next, synthesis = document[0].get_text(), document[22].get_text()
    assert up_next.index("À suivre") < up_next.index("A seguir") < up_next.index("Ana")
    assert synthesis.index("Synthèse") < synthesis.index("Síntese")  # "ﬁnale": a ligature


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_run_export_refuses_to_replace_a_fifo_in_one_sentence(tmp_path, capsys):
    """A pipe named as the output stays a pipe: exit 2, one sentence, no traceback."""
    fifo = tmp_path / "out.pdf"
    os.mkfifo(fifo)
    assert run_export([str(SESSION_TWO), "-o", str(fifo)]) == 2
    assert "not a regular file" in capsys.readouterr().err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def _transparent_pdf(path: Path) -> Path:
    """20 pages of 4:3 with no background: only a small dark square is drawn on each."""
    document = pymupdf.open()
    for _ in range(20):
        page = document.new_page(width=400, height=300)
        page.draw_rect(pymupdf.Rect(20, 20, 60, 60), color=None, fill=(0.1, 0.1, 0.1))
    document.save(path)
    document.close()
    return path


def _transparent_images(folder: Path) -> Path:
    """20 PNGs of 4:3, transparent but for a small dark square."""
    folder.mkdir()
    for number in range(1, 21):
        image = Image.new("RGBA", (400, 300), (0, 0, 0, 0))
        image.paste((25, 25, 25, 255), (20, 20, 60, 60))
        image.save(folder / f"{number:02}.png")
    return folder


@pytest.mark.parametrize("make", [_transparent_pdf, _transparent_images])
def test_export_draws_transparent_slides_over_white_as_the_show_does(tmp_path, make):
    """A 4:3 slide without a background on a 16:9 page: its sheet is white, the bands black."""
    deck = make(tmp_path / ("talk.pdf" if make is _transparent_pdf else "talk"))
    output = tmp_path / "out.pdf"
    assert run_export([str(write_session(tmp_path, deck.name)), "-o", str(output)]) == 0
    with pymupdf.open(output) as document:
        pixmap = document[1].get_pixmap(matrix=pymupdf.Matrix(0.5, 0.5))
    middle_y = pixmap.height // 2
    assert pixmap.pixel(pixmap.width // 2, middle_y) == (255, 255, 255)  # the sheet
    assert pixmap.pixel(2, middle_y) == (0, 0, 0)  # the letterbox band
