"""The rehearsal window: real pace, taps, pause/restart/stop, loop, notes, results, history, CLI.

Most tests drive a FakeClock and call `runner.sync()` after moving it, so nothing depends on
how fast this machine is; one test runs on the real clock at 0.2 s per slide.
"""

from __future__ import annotations

import json

import pymupdf
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pechakucha.cli.main import run_rehearse
from pechakucha.core.clock import FakeClock
from pechakucha.qt.app.startup import data_folder
from pechakucha.qt.rehearse.window import RehearsalWindow
from tests.qt.preview.test_preview import event_loop_still_runs


def runs_saved(tmp_path) -> list[dict]:
    """Every run file under the test's data folder."""
    return [json.loads(p.read_text()) for p in sorted((tmp_path / "data").rglob("run-*.json"))]


def move_to(window: RehearsalWindow, clock: FakeClock, seconds: float) -> None:
    """Move the fake clock to `seconds` after 1000 and let the runner catch up."""
    clock.advance(1000.0 + seconds - clock.now())
    window.runner.sync()
    window.runner.sync()  # a second wake-up: the end of the grace after the last slide


def test_RehearsalWindow_taps_early_late_and_missing_give_the_verdict(qtbot, rehearsal, tmp_path):
    """Three slides: done early, no tap, done early; then the results and a kept run."""
    clock = FakeClock(1000.0)
    window = rehearsal(20.0, clock)
    window.set_range(1, 3)
    qtbot.keyClick(window, Qt.Key_Space)  # starts
    assert window.runner.state == "running"
    move_to(window, clock, 16.0)
    qtbot.keyClick(window, Qt.Key_Space)
    assert window.page.feedback.text() == "Slide 1: done 4.0 s early"
    move_to(window, clock, 20.0)
    assert window.runner.shown == 1
    assert window.page.current_caption.text() == "Slide 2 of 20"
    move_to(window, clock, 57.5)  # slide 2 never tapped
    qtbot.keyClick(window, Qt.Key_PageDown)  # a clicker's next key
    move_to(window, clock, 63.1)
    assert window.runner.state == "done"
    assert window.pages.currentIndex() == 1
    assert window.results.verdict.text() == ("You ran out of time on 1 of 3 slides — trim slide 2")
    assert "ran out of time on slides 2" in window.results.details.text()
    [run] = runs_saved(tmp_path)
    assert run["offsets"] == [-4.0, None, -2.5]
    assert run["first"] == 1 and run["seconds_per_slide"] == 20.0


def test_RehearsalWindow_a_tap_just_after_the_change_is_late_for_the_slide_before(qtbot, rehearsal):
    """Enter 1 s into slide 2 while slide 1 has no tap: slide 1 was over by 1 s."""
    clock = FakeClock(1000.0)
    window = rehearsal(20.0, clock)
    window.start()
    move_to(window, clock, 21.0)
    qtbot.keyClick(window, Qt.Key_Return)
    assert window.page.feedback.text() == "Slide 1: ran out of time, 1.0 s late"


def test_RehearsalWindow_click_taps_only_during_a_run(qtbot, rehearsal):
    """A click before the start does nothing; during the run it is a tap."""
    clock = FakeClock(1000.0)
    window = rehearsal(20.0, clock)
    qtbot.mouseClick(window.page.current_view, Qt.LeftButton)
    assert window.runner.state == "ready"
    window.start()
    move_to(window, clock, 10.0)
    qtbot.mouseClick(window.page.current_view, Qt.LeftButton)
    assert window.runner.recorder.offsets[0] == -10.0


def test_RehearsalWindow_pause_restart_and_stop(qtbot, rehearsal):
    """P freezes the slide's seconds, R starts over from the first slide, Esc stops."""
    clock = FakeClock(1000.0)
    window = rehearsal(20.0, clock)
    window.start()
    move_to(window, clock, 27.0)
    qtbot.keyClick(window, Qt.Key_P)
    assert window.runner.state == "paused"
    assert window.controls.pause.text() == "Resume (P)"
    move_to(window, clock, 200.0)
    assert window.runner.slide_left() == pytest.approx(13.0)
    qtbot.keyClick(window, Qt.Key_Space)  # a tap while paused is ignored
    assert window.runner.recorder.offsets[1] is None
    qtbot.keyClick(window, Qt.Key_P)
    assert window.runner.state == "running"
    assert window.runner.slide_left() == pytest.approx(13.0)
    qtbot.keyClick(window, Qt.Key_R)
    assert (window.runner.state, window.runner.shown, window.runner.run_elapsed()) == (
        "running",
        0,
        0.0,
    )
    qtbot.keyClick(window, Qt.Key_Escape)
    assert window.runner.state == "ready"


def test_RehearsalWindow_practises_a_range_chosen_in_the_controls(qtbot, rehearsal):
    """Slides 5 to 7: the run starts on slide 5 and lasts three slides."""
    clock = FakeClock(1000.0)
    window = rehearsal(20.0, clock)
    window.controls.set_values(5, 7, False)
    window.start()
    assert window.runner.shown == 4
    assert window.runner.run_length() == 60.0
    assert not window.controls.first.isEnabled()
    move_to(window, clock, 45.0)
    assert window.runner.shown == 6
    assert window.page.next_caption.text() == "Next: the end"


def test_RehearsalWindow_loops_one_slide_without_keeping_laps(qtbot, rehearsal, tmp_path):
    """Loop slide 3: each lap says how it went and the next starts at once."""
    clock = FakeClock(1000.0)
    window = rehearsal(20.0, clock)
    window.set_range(3, 3, loop=True)
    window.start()
    assert window.runner.shown == 2
    move_to(window, clock, 18.0)
    qtbot.keyClick(window, Qt.Key_Space)
    move_to(window, clock, 23.1)
    assert window.runner.laps == 1
    assert window.runner.state == "running"
    assert window.page.feedback.text() == "Lap 1: -2.0 s"
    assert window.pages.currentIndex() == 0
    assert runs_saved(tmp_path) == []


def test_RehearsalWindow_history_grows_with_every_run(qtbot, rehearsal, tmp_path):
    """Two runs: both kept, the history chart shows both."""
    clock = FakeClock(1000.0)
    window = rehearsal(20.0, clock)
    window.set_range(1, 2)
    for _ in range(2):
        window.start()
        move_to(window, clock, clock.now() - 1000.0 + 10.0)
        window.tap()
        move_to(window, clock, clock.now() - 1000.0 + 40.0)
    assert len(runs_saved(tmp_path)) == 2
    assert len(window.results.history.runs) == 2
    assert "Run kept in" in window.results.saved.text()


def test_RehearsalWindow_shows_sidecar_notes_and_pdf_sticky_notes(qtbot, rehearsal, numbered_pdf):
    """Notes from talk.pdf.notes.md, and a PDF text annotation read on the render worker."""
    document = pymupdf.open(numbered_pdf)
    document[1].add_text_annot((50, 50), "Sticky on two")
    document.saveIncr()
    document.close()
    numbered_pdf.with_name("talk.pdf.notes.md").write_text(
        "# Talk\n\n## Slide 1\nWelcome **all**.\n", encoding="utf-8"
    )
    clock = FakeClock(1000.0)
    window = rehearsal(20.0, clock)
    assert "Welcome all." in window.page.notes.toPlainText()
    qtbot.waitUntil(lambda: 2 in window.notes)
    window.start()
    move_to(window, clock, 20.0)
    assert "Sticky on two" in window.page.notes.toPlainText()
    move_to(window, clock, 40.0)
    assert window.page.notes.isHidden()
    assert "talk.pdf.notes.md" in window.page.notes_hint.text()


def test_RehearsalWindow_runs_on_the_real_clock(qtbot, rehearsal, tmp_path):
    """At 0.2 s per slide, three slides advance by themselves and end in the results."""
    window = rehearsal(0.2)
    window.set_range(1, 3)
    qtbot.keyClick(window, Qt.Key_Space)
    seen: set[int] = set()
    window.runner.slide_changed.connect(seen.add)
    qtbot.waitUntil(lambda: window.runner.state == "done", timeout=10000)
    assert seen >= {1, 2}
    assert window.pages.currentIndex() == 1
    assert window.results.verdict.text().startswith("No taps recorded")
    assert len(runs_saved(tmp_path)) == 1


@pytest.fixture
def no_dialogs(monkeypatch):
    """Record error dialogs instead of blocking on them."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    return shown


@pytest.mark.parametrize(
    ("extra", "needle"),
    [
        (["--from", "5", "--to", "30"], "slides 5–30"),
        (["--from", "9", "--to", "3"], "slides 9–3"),
        (["--loop", "2", "--from", "1"], "--loop"),
    ],
)
def test_run_rehearse_bad_range_is_one_sentence_and_exit_2(
    qtbot, no_dialogs, numbered_pdf, capsys, extra, needle
):
    """A range outside the deck, or --loop mixed with --from: exit 2, one sentence (and,
    headless, no dialog)."""
    assert run_rehearse([str(numbered_pdf), *extra]) == 2
    err = capsys.readouterr().err.strip()
    assert needle in err and "\n" not in err
    assert no_dialogs == []  # headless: no dialog that nobody could answer


def test_run_rehearse_missing_deck_is_exit_2(qtbot, no_dialogs, tmp_path, capsys):
    """A deck that does not exist: exit 2 naming it."""
    assert run_rehearse([str(tmp_path / "gone.pdf")]) == 2
    assert "gone.pdf" in capsys.readouterr().err


def test_run_rehearse_opens_the_window_on_the_chosen_range(qtbot, no_dialogs, numbered_pdf):
    """--from 4 --to 6 --seconds-per-slide 0.2: the window rehearses slides 4–6."""
    seen = []

    def look_and_quit():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, RehearsalWindow)]
        seen.extend((w.runner.first, w.runner.last, w.format.seconds_per_slide) for w in windows)
        QApplication.quit()  # run_rehearse closes its window once exec returns

    QTimer.singleShot(0, look_and_quit)
    args = [str(numbered_pdf), "--from", "4", "--to", "6", "--seconds-per-slide", "0.2"]
    assert run_rehearse(args) == 0
    assert seen == [(4, 6, 0.2)]
    assert not no_dialogs
    assert event_loop_still_runs(qtbot)


def test_data_folder_prefers_the_option_then_the_environment(monkeypatch, tmp_path):
    """--data-dir wins, then $PECHAKUCHA_DATA_DIR, then the user's data folder."""
    monkeypatch.setenv("PECHAKUCHA_DATA_DIR", str(tmp_path / "env"))
    assert data_folder(str(tmp_path / "opt")) == tmp_path / "opt"
    assert data_folder() == tmp_path / "env"
    monkeypatch.delenv("PECHAKUCHA_DATA_DIR")
    assert data_folder() != tmp_path / "env"


def focused(window) -> object:
    """Where a key press goes now: the focus widget, else the active window, else `window`."""
    return QApplication.focusWidget() or QApplication.activeWindow() or window


def activate(qtbot, window) -> None:
    """Make `window` the active window, as a person opening it would find it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_RehearsalWindow_Space_on_whatever_has_the_focus_starts_then_taps(qtbot, rehearsal):
    window = rehearsal(clock=FakeClock(1000.0))
    activate(qtbot, window)
    qtbot.keyClick(focused(window), Qt.Key_Space)
    assert window.runner.state not in ("ready", "done")
    qtbot.keyClick(focused(window), Qt.Key_Space)
    assert "Slide 1" in window.page.feedback.text()  # the tap was taken


def test_RehearsalWindow_keys_still_work_after_choosing_slides_in_the_spin_box(qtbot, rehearsal):
    window = rehearsal(clock=FakeClock(1000.0))
    activate(qtbot, window)
    qtbot.mouseClick(window.controls.first, Qt.LeftButton)
    qtbot.keyClick(focused(window), Qt.Key_Up)  # the spin box takes its own keys
    assert window.controls.first.value() == 2
    qtbot.keyClick(focused(window), Qt.Key_Space)
    assert window.runner.state not in ("ready", "done") and window.runner.first == 2
