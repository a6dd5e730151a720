"""The report's one-page PDF: title, date, format, budget, a timeline with planned and actual
bars and the holds shaded, and the table of figures."""

import pymupdf
import pytest

from pechakucha.core.clock import FakeClock
from pechakucha.core.journal import Journal
from pechakucha.core.runner.report import session_report
from pechakucha.core.runner.runner import SessionRunner
from pechakucha.decks.report_pdf import HOLD, ON_TIME, timeline, write_report_pdf
from tests.core.sessions import TALK1, fake_wall, load_session_two, run_talk


@pytest.fixture
def report(tmp_path):
    """Session Two run to its end with a 0:45 changeover before talk 1 and a 10:00 hold in it."""
    clock = FakeClock(0.0)
    runner = SessionRunner(load_session_two(tmp_path), clock, Journal(wall_clock=fake_wall(clock)))
    runner.start()
    clock.advance(120)
    runner.next_segment()
    clock.advance(45)
    for number in range(3):
        runner.start()
        if number == 0:
            clock.advance(100)
            runner.hold()
            clock.advance(600)
            runner.release()
        run_talk(runner, clock)
        clock.advance(runner.snapshot().remaining)
        runner.next_segment()
    runner.start()
    clock.advance(300)
    runner.next_segment()
    runner.next_segment()
    return session_report(runner)


def test_timeline_places_bars_after_their_changeovers_and_holds(report):
    """Talk 1 is planned at 2:00 and ran from 2:45; the Q&A after it starts after the hold."""
    planned, actual = timeline(list(report.rows))
    assert planned[TALK1] == 120 and actual[TALK1] == 165
    assert actual[TALK1 + 1] == 165 + 400 + 600


def test_the_pdf_is_one_page_with_the_title_the_figures_and_a_shaded_hold(report, tmp_path):
    """One page naming the session, its date and format; the labels the caller gives; a grey
    block as wide as the 10:00 hold right after talk 1's bar."""
    path = tmp_path / "report.pdf"
    write_report_pdf(report, path, {"planned": "Previsto"})
    with pymupdf.open(path) as document:
        assert len(document) == 1
        page = document[0]
        text = page.get_text()
        drawings = page.get_drawings()
    assert "Sesión Dos" in text and report.date in text and "pechakucha, 20 × 20 s" in text
    assert "Previsto" in text and "Actual" in text and "Barcelona" in text
    hold = max((d["rect"] for d in drawings if _filled(d, HOLD)), key=lambda r: r.width)
    (talk,) = [d["rect"] for d in drawings if _filled(d, ON_TIME) and d["rect"].x1 == hold.x0]
    assert hold.y0 == talk.y0
    assert hold.width / talk.width == pytest.approx(600 / 400, rel=0.01)


def _filled(drawing, colour):
    fill = drawing.get("fill")
    return fill is not None and tuple(fill) == pytest.approx(colour)


def test_an_unwritable_place_is_an_os_error_and_leaves_nothing(report, tmp_path):
    """The caller reports the failure; no half-written file stays behind."""
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(OSError):
        write_report_pdf(report, out / "missing" / "report.pdf")
    assert not list(out.rglob("*"))


@pytest.fixture
def cut_paused_held(tmp_path):
    """Session Two with the faults of issue 17: talk 1 paused 0:30; its Q&A cut to nothing
    after 0:26; talk 2 held 1:00; the commentary cut to 0:52 after it had run 1:16; the
    closing card (no duration) on for 0:15."""
    clock = FakeClock(0.0)
    runner = SessionRunner(load_session_two(tmp_path), clock, Journal(wall_clock=fake_wall(clock)))
    runner.start()
    clock.advance(120)
    runner.next_segment()
    for number in range(3):
        runner.start()
        clock.advance(50)
        if number == 0:
            runner.pause()
            clock.advance(30)
            runner.resume()
        if number == 1:
            runner.hold()
            clock.advance(60)
            runner.release()
        run_talk(runner, clock)
        clock.advance(26)
        if number == 0:
            runner.extend(-runner.record.allotted)  # the operator cuts the Q&A to nothing
        runner.next_segment()
    runner.start()
    clock.advance(76)
    runner.extend(-248)  # 5:00 → 0:52, below the 1:16 already run
    runner.next_segment()
    clock.advance(15)
    runner.next_segment()
    return session_report(runner)


def _lines(path) -> dict[str, list[str]]:
    """The PDF table's lines, by their first words: the words on the same baseline."""
    with pymupdf.open(path) as document:
        words = document[0].get_text("words")
    rows: dict[float, list] = {}
    for x0, _y0, _x1, y1, word, *_ in words:
        rows.setdefault(round(y1), []).append((x0, word))
    return {
        " ".join(w for _, w in sorted(r))[:30]: [w for _, w in sorted(r)] for r in rows.values()
    }


def test_the_pdf_shows_cuts_pauses_and_holds_where_they_belong_and_blames_no_one(
    cut_paused_held, tmp_path
):
    """Read back from the PDF's text: talk 1's pause and talk 2's hold in their own columns,
    no overrun for either; the Q&A cut to nothing and the commentary cut below what it had run
    are not overruns; the closing card has no allotment and no excess."""
    path = tmp_path / "report.pdf"
    write_report_pdf(cut_paused_held, path)
    lines = _lines(path)
    table = {key: words for key, words in lines.items() if any(":" in w for w in words)}

    def row(start: str) -> list[str]:
        (found,) = [words for key, words in table.items() if key.startswith(start)]
        return found

    barcelona = row("Diputación de Barcelona")
    assert "0:30" in barcelona  # paused, apart
    famsi = row("FAMSI")
    assert "1:00" in famsi  # held, apart
    assert row("Síntesis") == ["Síntesis", "5:00", "0:52", "1:16"]  # planned, in force, actual
    assert row("Gracias") == ["Gracias", "0:00", "0:15"]  # no allotment, no excess
    report_rows = {r.index: r for r in cut_paused_held.rows}
    assert report_rows[7].allotted == pytest.approx(52) and report_rows[7].overrun == 0
    assert report_rows[2].allotted == 0 and report_rows[2].overrun == 0
    assert report_rows[1].paused == pytest.approx(30) and report_rows[1].overrun == 0
    assert report_rows[3].held == pytest.approx(60) and report_rows[3].overrun == 0
    assert report_rows[8].allotted is None and report_rows[8].overrun is None
    assert all(r.overrun in (None, 0) for r in cut_paused_held.rows)
    assert all(s.overrun == 0 for s in cut_paused_held.speakers)
