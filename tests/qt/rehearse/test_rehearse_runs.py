"""The rehearsal window across runs and on a laptop: late taps, stopped runs kept apart,
the summary per slide, the loop's next slide, fitting 1366×768 and 1280×800 (issue 18)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from pechakucha.core.clock import FakeClock
from pechakucha.qt.app.settings import save_geometry
from pechakucha.qt.app.theme import dialog_parent
from tests.qt.app.test_dialog_look import styled_ancestors
from tests.qt.editor.test_editor_look import label_contrasts
from tests.qt.rehearse.test_rehearse import move_to, runs_saved


def whole_run(qtbot, window, clock, late_on_16: float | None) -> None:
    """Play all 20 slides from now, on pace (1 s early) except slide 16: `late_on_16` seconds
    late (None: no tap at all)."""
    qtbot.keyClick(window, Qt.Key_Space)
    origin = clock.now() - 1000.0
    for k in range(20):
        late = -1.0 if k != 15 else late_on_16
        if late is None:
            continue
        move_to(window, clock, origin + 20.0 * (k + 1) + late)
        qtbot.keyClick(window, Qt.Key_Space)
    move_to(window, clock, origin + 420.0)
    assert window.runner.state == "done"


def test_RehearsalWindow_late_taps_read_late_for_the_slide_they_end(qtbot, rehearsal):
    """5 s into slide 6 with slide 5 untapped: "Slide 5: ran out of time, 5.0 s late" in red,
    never "Slide 6: done 15 s early"; the rule is written in the window."""
    clock = FakeClock(1000.0)
    window = rehearsal(20.0, clock)
    assert "10 s after the change" in window.controls.rule.text()
    qtbot.keyClick(window, Qt.Key_Space)
    move_to(window, clock, 85.0)  # slide 5 is 80–100; tap slide 4 late by 5 s
    qtbot.keyClick(window, Qt.Key_Space)
    assert window.page.feedback.text() == "Slide 4: ran out of time, 5.0 s late"
    move_to(window, clock, 105.0)
    qtbot.keyClick(window, Qt.Key_Space)
    assert window.page.feedback.text() == "Slide 5: ran out of time, 5.0 s late"


def test_RehearsalWindow_summarises_the_slide_that_runs_out_across_whole_runs(
    qtbot, rehearsal, tmp_path
):
    """Three whole runs, slide 16 late by 2 s, on pace, 4 s: the results say so."""
    clock = FakeClock(1000.0)
    window = rehearsal(20.0, clock)
    for late in (2.0, -1.0, 4.0):
        whole_run(qtbot, window, clock, late)
    assert len(runs_saved(tmp_path)) == 3
    text = window.results.trends.text()
    assert "Across these 3 runs:" in text
    assert "Slide 16 ran out in 2 of 3 runs, by 3 s on average" in text
    assert window.results.verdict.text().startswith("You ran out of time on 1 of 20 slides, by 4")


def test_RehearsalWindow_keeps_a_range_apart_from_whole_runs(qtbot, rehearsal, tmp_path):
    """A run of slides 5–6, then a whole run: the whole run's history holds only itself."""
    clock = FakeClock(1000.0)
    window = rehearsal(20.0, clock)
    window.set_range(5, 6)
    qtbot.keyClick(window, Qt.Key_Space)
    move_to(window, clock, 50.0)
    assert window.runner.state == "done"
    assert window.results.history.title.startswith("Your runs of slides 5–6")
    window.set_range(1, 20)
    whole_run(qtbot, window, clock, -1.0)
    assert len(runs_saved(tmp_path)) == 2
    assert len(window.results.history.runs) == 1
    assert window.results.history.title == "Your runs of this deck: this is the first one kept"


def test_RehearsalWindow_Esc_keeps_the_stopped_run_and_clears_the_last_feedback(
    qtbot, rehearsal, tmp_path
):
    """Esc on slide 4: slides 1–3 are kept as a stopped run, the results show it with the
    history of whole runs, and no stale "done … early" greets the next start."""
    clock = FakeClock(1000.0)
    window = rehearsal(20.0, clock)
    whole_run(qtbot, window, clock, 3.0)
    qtbot.keyClick(window, Qt.Key_Space)
    origin = clock.now() - 1000.0
    move_to(window, clock, origin + 5.2)
    qtbot.keyClick(window, Qt.Key_Space)
    assert "early" in window.page.feedback.text()
    move_to(window, clock, origin + 65.0)
    qtbot.keyClick(window, Qt.Key_Escape)
    assert window.runner.state == "ready"
    assert window.page.feedback.text() == ""
    saved = runs_saved(tmp_path)
    stopped = [run for run in saved if not run["finished"]]
    assert len(saved) == 2 and len(stopped) == 1 and len(stopped[0]["offsets"]) == 3
    assert window.pages.currentIndex() == 1
    assert "Stopped after slide 3" in window.results.details.text()
    assert window.results.history.title == "Your whole runs of this deck (1)"
    qtbot.keyClick(window, Qt.Key_Escape)
    assert window.pages.currentIndex() == 0
    qtbot.keyClick(window, Qt.Key_Space)
    assert window.page.feedback.text() == ""


def test_RehearsalWindow_loop_shows_the_same_slide_next_not_the_end(qtbot, rehearsal):
    """Loop slide 3: next comes slide 3 again."""
    clock = FakeClock(1000.0)
    window = rehearsal(20.0, clock)
    window.set_range(3, 3, loop=True)
    assert window.page.next_caption.text() == "Next: slide 3 again"
    window.start()
    move_to(window, clock, 5.0)
    assert window.page.next_caption.text() == "Next: slide 3 again"
    assert window.page.next_view.key().index == window.page.current_view.key().index == 2


@pytest.mark.parametrize("screen", [(1366, 768), (1280, 800)])
def test_RehearsalWindow_fits_a_laptop_screen_with_every_control_visible(qtbot, rehearsal, screen):
    """In the space a 1366×768 or 1280×800 laptop leaves (taskbar and title bar off), every
    button, the range and the rule are inside the window, on the run and results pages."""
    clock = FakeClock(1000.0)
    window = rehearsal(20.0, clock)
    width, height = screen[0] - 16, screen[1] - 48 - 40  # frame, title bar, a taskbar
    assert window.minimumSizeHint().height() <= height
    window.resize(width, height)
    for page in (0, 1):
        window.pages.setCurrentIndex(page)
        QApplication.processEvents()
        for widget in (
            *window.controls.findChildren(type(window.controls.start)),
            window.controls.last,
            window.controls.rule,
        ):
            corner = widget.mapTo(window, QPoint(widget.width(), widget.height()))
            assert corner.y() <= window.height() and corner.x() <= window.width(), widget


def test_the_rehearse_window_keeps_its_dark_style_off_the_window(qtbot, rehearsal):
    """The rehearse window itself has no style sheet; its content has; a dialog parented
    through dialog_parent from a control is readable."""
    window = rehearsal(20.0, FakeClock(1000.0))
    assert window.styleSheet() == ""
    assert window.controls.start.styleSheet() == "" and styled_ancestors(window.controls)
    dialog = QFileDialog(dialog_parent(window.controls), "Open")
    dialog.setOption(QFileDialog.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    contrasts = label_contrasts(dialog)
    assert styled_ancestors(dialog) == []
    assert contrasts and min(contrasts.values()) >= 4.5, contrasts


def test_RehearsalWindow_opens_within_the_screen_even_after_a_larger_one(qtbot, rehearsal):
    """A size remembered from a 4K monitor is cut to the screen the window opens on."""
    big = QWidget()
    qtbot.addWidget(big)
    big.resize(3000, 2000)
    save_geometry(big, "rehearse")
    window = rehearsal(20.0, FakeClock(1000.0))
    area = QGuiApplication.screenAt(window.geometry().center()).availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()


def test_RehearsalWindow_loop_laps_keep_the_pace_and_take_a_late_tap(qtbot, rehearsal):
    """Loop slide 3: lap 2 starts at 20 s sharp, whatever lap 1's taps; a tap 3 s into lap 2
    is lap 1 ran out by 3 s; lap 2 without a tap is "ran out" once half a slide has passed."""
    clock = FakeClock(1000.0)
    window = rehearsal(20.0, clock)
    window.set_range(3, 3, loop=True)
    qtbot.keyClick(window, Qt.Key_Space)
    move_to(window, clock, 20.5)
    assert window.runner.schedule.origin == 1020.0  # lap 2 on time, not after a wait
    assert window.runner.laps == 0  # lap 1 may still get its late tap
    move_to(window, clock, 23.0)
    qtbot.keyClick(window, Qt.Key_Space)
    assert window.runner.laps == 1
    assert window.page.feedback.text() == "Lap 1: +3.0 s"
    assert window.runner.recorder.offsets == (None,)  # the tap was not lap 2's
    move_to(window, clock, 40.5)
    assert window.runner.schedule.origin == 1040.0 and window.runner.laps == 1
    move_to(window, clock, 50.0)
    assert window.runner.laps == 2
    assert window.page.feedback.text() == "Lap 2: ran out of time"
