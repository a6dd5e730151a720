"""The preview window: thumbnails per deck, findings on the right slides, keys, export, CLI."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from pechakucha.cli.main import run_preview
from pechakucha.core.formats import PECHAKUCHA
from pechakucha.qt.preview.loader import preview_entries
from pechakucha.qt.preview.window import LARGE, SHEET, PreviewWindow
from tests.conftest import write_numbered_pdf

PORTRAIT, BLANK = 5, 9  # 1-based slides of the problem deck


def write_problem_deck(path: Path) -> Path:
    """21 slides at 16:9 with slide 5 portrait and slide 9 one flat colour."""
    document = pymupdf.open()
    for number in range(1, 22):
        size = (540, 960) if number == PORTRAIT else (960, 540)
        page = document.new_page(width=size[0], height=size[1])
        shade = (number * 37 % 255 / 255, number * 91 % 255 / 255, 0.5)
        page.draw_rect(page.rect, color=None, fill=shade)
        if number != BLANK:
            page.insert_text((size[0] / 4, size[1] / 2), f"slide {number}", fontsize=48)
    document.save(path)
    document.close()
    return path


def write_session(folder: Path, decks: list[str]) -> Path:
    """A session file with one talk per deck name."""
    talks = "".join(
        f'\n[[segment]]\nkind = "talk"\norganisation = "Org {i}"\ndeck = "{deck}"\n'
        for i, deck in enumerate(decks, 1)
    )
    path = folder / "session.toml"
    path.write_text(f'[session]\ntitle = "Test session"\nbudget = "60:00"\n{talks}', "utf-8")
    return path


def loaded(qtbot, window: PreviewWindow) -> PreviewWindow:
    """Wait until every deck is opened and checked."""
    qtbot.waitUntil(lambda: window.loader.done, timeout=20000)
    return window


def marks_of(window: PreviewWindow, slide: int, entry: int = 0) -> list:
    """Marks drawn on a 1-based slide."""
    return window.sheet.thumbs[entry][slide - 1].marks


def test_PreviewWindow_shows_one_numbered_thumbnail_per_slide(qtbot, open_preview, tmp_path):
    """A 21-slide deck gives 21 thumbnails numbered 1..21."""
    window = loaded(qtbot, open_preview(write_problem_deck(tmp_path / "talk.pdf")))
    thumbs = window.sheet.thumbs[0]
    assert window.sheet.thumbnail_count() == 21
    assert [t.index + 1 for t in thumbs] == list(range(1, 22))


def test_PreviewWindow_marks_the_portrait_blank_and_extra_slides(qtbot, open_preview, tmp_path):
    """Findings land on the slides they concern; clean slides carry no mark."""
    window = loaded(qtbot, open_preview(write_problem_deck(tmp_path / "talk.pdf")))
    portrait = marks_of(window, PORTRAIT)
    assert [m.severity for m in portrait] == ["warning"]
    assert portrait[0].badge == "portrait 9:16" and "16:9" in portrait[0].detail
    assert [m.badge for m in marks_of(window, BLANK)] == ["blank"]
    assert [m.badge for m in marks_of(window, 21)] == ["beyond 20"]
    assert marks_of(window, 21)[0].severity == "error"
    marked = {t.index + 1 for t in window.sheet.thumbs[0] if t.marks}
    assert marked == {PORTRAIT, BLANK, 21}
    assert "blank" in window.sheet.thumbs[0][BLANK - 1].toolTip()


def test_PreviewWindow_header_shows_status_and_deck_findings(qtbot, open_preview, tmp_path):
    """The deck header says NOT ready and why (21 slides for a 20-slide format)."""
    window = loaded(qtbot, open_preview(write_problem_deck(tmp_path / "talk.pdf")))
    header = window.sheet.headers[0]
    assert header.status.text() == "NOT ready"
    assert "has 21 slides; the talk needs exactly 20" in header.details.text()
    assert "talk.pdf" in header.title.text()


def test_PreviewWindow_groups_every_talk_deck_of_a_session(qtbot, open_preview, tmp_path):
    """Two talks: two headers with their organisation, 20 thumbnails each, both ready."""
    write_numbered_pdf(tmp_path / "a.pdf")
    write_numbered_pdf(tmp_path / "b.pdf")
    window = loaded(qtbot, open_preview(write_session(tmp_path, ["a.pdf", "b.pdf"])))
    assert [len(row) for row in window.sheet.thumbs] == [20, 20]
    assert [h.title.text() for h in window.sheet.headers] == ["Org 1 — a.pdf", "Org 2 — b.pdf"]
    assert [h.status.text() for h in window.sheet.headers] == ["ready", "ready"]
    assert window.sheet.title.text() == "Test session"


def test_PreviewWindow_a_broken_deck_says_why_and_the_others_still_show(
    qtbot, open_preview, tmp_path
):
    """A talk whose deck is not a PDF: its header says it cannot be loaded, and why."""
    write_numbered_pdf(tmp_path / "a.pdf")
    (tmp_path / "b.pdf").write_bytes(b"<html>not a deck</html>")
    window = loaded(qtbot, open_preview(write_session(tmp_path, ["a.pdf", "b.pdf"])))
    assert [len(row) for row in window.sheet.thumbs] == [20, 0]
    header = window.sheet.headers[1]
    assert header.status.text() == "cannot be loaded"
    assert "b.pdf" in header.details.text() and "not a PDF" in header.details.text()
    assert window.status_label.text() == "2 decks, 20 slides: 1 ready"


def test_PreviewWindow_renders_thumbnails_before_the_preflight(qtbot, open_preview, tmp_path):
    """Nothing blocks start(); every thumbnail is ready by the time its deck's check is in."""
    write_numbered_pdf(tmp_path / "a.pdf")
    write_numbered_pdf(tmp_path / "b.pdf")
    session = write_session(tmp_path, ["a.pdf", "b.pdf"])
    title, entries = preview_entries(str(session), PECHAKUCHA)
    window = PreviewWindow(entries, title)
    qtbot.addWidget(window)
    window.show()
    window.start()
    assert window.sheet.thumbnail_count() == 0  # start() returned before any deck was opened
    ready_when_checked = []
    window.loader.checked.connect(
        lambda _i: ready_when_checked.append(
            all(window.cache.get(key) is not None for key in window.sheet.all_keys())
        )
    )
    loaded(qtbot, window)
    assert ready_when_checked == [True, True]
    window.close()


def test_PreviewWindow_keys_open_move_and_return(qtbot, open_preview, numbered_pdf):
    """Keyboard: → moves on the sheet, Enter opens large, → moves there, Esc goes back."""
    window = loaded(qtbot, open_preview(numbered_pdf))
    window.sheet.setFocus()
    qtbot.keyClick(window.sheet, Qt.Key_Right)
    assert window.current() == (0, 1)
    qtbot.keyClick(window.sheet, Qt.Key_Return)
    assert window.pages.currentIndex() == LARGE
    assert window.large.slide_view.key().index == 1
    qtbot.keyClick(window.large, Qt.Key_Right)
    assert window.current() == (0, 2)
    assert "slide 3 of 20" in window.large.caption.text()
    qtbot.keyClick(window.large, Qt.Key_Escape)
    assert window.pages.currentIndex() == SHEET


def test_PreviewWindow_click_opens_a_slide_large(qtbot, open_preview, numbered_pdf):
    """Clicking thumbnail 7 shows slide 7 large."""
    window = loaded(qtbot, open_preview(numbered_pdf))
    qtbot.mouseClick(window.sheet.thumbs[0][6], Qt.LeftButton)
    assert window.pages.currentIndex() == LARGE
    assert window.current() == (0, 6)


def test_PreviewWindow_full_screen_and_back(qtbot, open_preview, numbered_pdf):
    """F shows the current slide full screen on the combo's screen; Esc returns."""
    window = loaded(qtbot, open_preview(numbered_pdf))
    window.open_large(0, 4)
    qtbot.keyClick(window.large, Qt.Key_F)
    full = window.full_screen
    qtbot.waitUntil(full.isVisible)
    assert full.slide_view.key().index == 4
    qtbot.keyClick(full, Qt.Key_Right)
    assert full.slide_view.key().index == 5
    qtbot.keyClick(full, Qt.Key_Escape)
    assert not full.isVisible()
    assert window.pages.currentIndex() == LARGE


@pytest.mark.parametrize("suffix", ["png", "pdf"])
def test_PreviewWindow_exports_the_sheet_atomically(qtbot, open_preview, tmp_path, suffix):
    """Export writes one complete file and leaves no temporary file behind."""
    window = loaded(qtbot, open_preview(write_problem_deck(tmp_path / "talk.pdf")))
    out = tmp_path / "out" / f"sheet.{suffix}"
    out.parent.mkdir()
    window.export(out)
    assert [p.name for p in out.parent.iterdir()] == [out.name]
    if suffix == "png":
        image = QImage(str(out))
        assert image.width() == window.sheet.content.width()
        assert image.height() == window.sheet.content_height()
    else:
        document = pymupdf.open(out)
        assert document.page_count >= 1
        document.close()


def test_PreviewWindow_export_to_missing_folder_raises(qtbot, open_preview, numbered_pdf):
    """A folder that does not exist is an OSError, not a crash."""
    window = loaded(qtbot, open_preview(numbered_pdf))
    with pytest.raises(OSError):
        window.export(numbered_pdf.parent / "missing" / "sheet.png")


@pytest.fixture
def no_dialogs(monkeypatch):
    """Record error dialogs instead of blocking on them."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    return shown


def test_run_preview_missing_deck_is_one_sentence_and_exit_2(qtbot, no_dialogs, tmp_path, capsys):
    """A deck that does not exist: exit 2, one line on stderr; headless, no dialog."""
    code = run_preview([str(tmp_path / "nope.pdf")])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err.count("\n") == 0 and "nope.pdf" in err and "Traceback" not in err
    assert no_dialogs == []  # headless: no dialog that nobody could answer


def test_run_preview_broken_session_file_is_exit_2(qtbot, no_dialogs, tmp_path, capsys):
    """A session file with an unknown key: exit 2 naming the file."""
    bad = tmp_path / "bad.toml"
    bad.write_text('[session]\ntitle = "x"\ncolour = "red"\n', "utf-8")
    assert run_preview([str(bad)]) == 2
    assert "bad.toml" in capsys.readouterr().err


def test_run_preview_bad_option_is_exit_2(qtbot, no_dialogs, capsys):
    """argparse errors return 2 instead of raising SystemExit."""
    assert run_preview(["--projector", "huge", "x.pdf"]) == 2


def test_run_preview_export_writes_the_sheet_and_returns_0(qtbot, no_dialogs, tmp_path, capsys):
    """--export builds the sheet off screen, waits for the checks, writes the file, says where."""
    deck = write_problem_deck(tmp_path / "talk.pdf")
    out = tmp_path / "sheet.png"
    assert run_preview([str(deck), "--export", str(out)]) == 0
    assert f"written to {out}" in capsys.readouterr().out
    assert QImage(str(out)).width() > 100
    assert not no_dialogs
    assert event_loop_still_runs(qtbot)


def event_loop_still_runs(qtbot) -> bool:
    """A timer fires: no quit request was left queued for later tests."""
    fired: list[int] = []
    QTimer.singleShot(1, lambda: fired.append(1))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)
    return True
