"""No error is silent in a window: the hooks every window gets from startup.application.

An exception nothing caught (a slot, a thread) becomes one sentence for the operator and a
traceback in the log of the data folder. Outside a show it is a message box that blocks no code;
during a show a note on the console, never a dialog. Nothing here waits on a modal box.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QWidget

from pechakucha.core.atomic import FileInUse
from pechakucha.qt.app import error_views, errors
from pechakucha.qt.app.screens import ScreenPlacer

pytestmark = pytest.mark.qt_no_exception_capture  # the hooks under test take the exceptions


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    """This test's data folder; the hooks and the show's console as they were afterwards."""
    folder = tmp_path / "data"
    monkeypatch.setenv("PECHAKUCHA_DATA_DIR", str(folder))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    errors.install().forget()  # errors an earlier test raised are not repeats here
    yield folder
    errors.install().views.set_console(None)


@pytest.fixture
def reporter(data_dir) -> errors.ErrorReporter:
    """The hooks installed as every window has them."""
    return errors.install()


@pytest.fixture
def window(qtbot) -> QWidget:
    """An operator's window, active, with text typed in a field."""
    widget = QWidget()
    QLineEdit("work in progress", widget, objectName="field")
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def raise_in_a_slot(error: BaseException) -> None:
    """Have Qt call a slot that raises `error` (as a button or a timer would)."""

    def slot() -> None:
        raise error

    QTimer.singleShot(0, slot)


def open_boxes() -> list[QMessageBox]:
    """Every message box (a dialog is a top-level window, with or without a parent)."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def visible_box(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: any(b.isVisible() for b in open_boxes()))
    return next(b for b in open_boxes() if b.isVisible())


def log_text(data_dir: Path) -> str:
    return (data_dir / "logs" / errors.LOG_NAME).read_text(encoding="utf-8")


def test_an_exception_in_a_slot_is_one_sentence_in_a_box_and_a_traceback_in_the_log(
    qtbot, reporter, window, data_dir
):
    with qtbot.waitSignal(reporter.reported) as said:
        raise_in_a_slot(RuntimeError("the projector cable is loose"))
    (text,) = said.args
    box = visible_box(qtbot)
    assert box.text() == text and box.parent() is window  # on the operator's window
    assert "RuntimeError: the projector cable is loose" in text
    assert str(data_dir / "logs" / "pechakucha.log") in text
    assert text.count(". ") == 0 and text.endswith(".") and "\n" not in text
    box.close()
    assert window.findChild(QLineEdit, "field").text() == "work in progress"
    logged = log_text(data_dir)
    assert "Traceback" in logged and "in slot" in logged and "the projector cable" in logged


def test_a_second_error_while_the_box_is_open_updates_it_instead_of_stacking(
    qtbot, reporter, window
):
    for message in ("first", "second"):
        with qtbot.waitSignal(reporter.reported):
            raise_in_a_slot(KeyError(message))
    boxes = [b for b in open_boxes() if b.isVisible()]
    assert len(boxes) == 1 and "KeyError: 'second'" in boxes[0].text()
    boxes[0].close()


def test_an_exception_in_a_thread_reaches_the_gui_thread_and_the_log(
    qtbot, reporter, window, data_dir
):
    def work() -> None:
        raise OSError("the network share went away")

    errors.install()  # again inside the test: pytest < 8.4 swaps threading.excepthook per test
    with qtbot.waitSignal(reporter.reported) as said:
        worker = threading.Thread(target=work, name="report-writer")
        worker.start()
        worker.join()
    assert "OSError: the network share went away" in said.args[0]
    visible_box(qtbot).close()
    assert "thread report-writer" in log_text(data_dir)


def test_during_a_show_the_error_is_a_note_on_the_console_never_a_dialog(qtbot, reporter, data_dir):
    """The console gets a note that takes no focus and no clicks and goes by itself."""
    audience, console = QWidget(), QWidget()
    for widget in (audience, console):
        qtbot.addWidget(widget)
        widget.resize(800, 450)
        widget.show()
    ScreenPlacer(audience, console)  # the show's windows are placed: a show is running
    with qtbot.waitSignal(reporter.reported) as said:
        raise_in_a_slot(ZeroDivisionError("division by zero"))
    (text,) = said.args
    note = console.findChild(QLabel, error_views.NOTE_NAME)
    assert note is not None and note.isVisible() and text in note.text()
    assert "the show goes on" in text and str(data_dir / "logs") in text
    assert not note.hasFocus() and note.focusPolicy() == Qt.NoFocus
    assert note.geometry().bottom() <= console.height() and note.width() <= console.width()
    assert audience.findChild(QLabel, error_views.NOTE_NAME) is None
    assert not any(b.isVisible() for b in open_boxes())
    timer = note.findChildren(QTimer)[0]
    assert timer.isActive() and timer.interval() == error_views.NOTE_SECONDS * 1000
    assert "ZeroDivisionError" in log_text(data_dir)


def test_the_log_is_rotated_so_a_looping_error_cannot_fill_the_disk(
    reporter, data_dir, monkeypatch
):
    monkeypatch.setattr(errors, "LOG_BYTES", 2000)
    for number in range(40):
        try:
            raise RuntimeError(f"error number {number}")
        except RuntimeError as error:
            assert errors.log_exception(error) == data_dir / "logs" / "pechakucha.log"
    logs = sorted(p.name for p in (data_dir / "logs").iterdir())
    assert logs[0] == "pechakucha.log" and len(logs) <= errors.LOG_BACKUPS + 1
    assert all((data_dir / "logs" / name).stat().st_size <= 4000 for name in logs)


def test_a_data_folder_that_refuses_the_log_still_says_the_sentence(
    qtbot, tmp_path, monkeypatch, window
):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("PECHAKUCHA_DATA_DIR", str(blocker))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    reporter = errors.install()
    with qtbot.waitSignal(reporter.reported) as said:
        raise_in_a_slot(RuntimeError("boom"))
    assert said.args[0].endswith("your work is still open.")
    assert "RuntimeError: boom" in said.args[0]
    visible_box(qtbot).close()


def test_describe_uses_the_errors_own_translated_sentence_or_its_kind(tmp_path):
    assert "another program has it open" in errors.describe(FileInUse(tmp_path / "x.pdf"))
    assert errors.describe(RuntimeError()) == "RuntimeError"
    assert errors.describe(ValueError("bad value.\nmore lines")) == "ValueError: bad value"
    assert len(errors.describe(ValueError("x" * 500))) == errors.DESCRIBE_LIMIT


def test_install_is_idempotent_and_reclaims_hooks_someone_replaced(data_dir):
    first = errors.install()
    sys.excepthook = sys.__excepthook__
    assert errors.install() is first
    assert sys.excepthook == first.excepthook and threading.excepthook == first.threading_hook


def test_a_real_show_keeps_advancing_while_an_error_is_noted_on_its_console(
    qtbot, make_show, reporter, data_dir
):
    """A slot raising mid-talk: every slide still comes, the console notes the error, no
    dialog opens anywhere, and the log has the traceback."""
    show = make_show(seconds=0.3, slides=4)
    ScreenPlacer(show.audience, show.console)  # as launch.place_windows makes it
    qtbot.keyClick(show.console, Qt.Key_F5)
    with qtbot.waitSignal(reporter.reported):
        raise_in_a_slot(RuntimeError("a helper broke mid-talk"))
    assert not any(b.isVisible() for b in open_boxes())
    qtbot.waitUntil(lambda: len(show.events("segment_end")) > 0, timeout=10000)
    assert show.events("segment_end")[0]["reason"] == "talk_over"
    note = show.console.findChild(QLabel, error_views.NOTE_NAME)
    assert note.isVisible() and "a helper broke mid-talk" in note.text()
    assert not any(b.isVisible() for b in open_boxes())
    assert "a helper broke mid-talk" in log_text(data_dir)


def test_the_same_error_again_soon_is_neither_logged_nor_said_again(
    qtbot, reporter, window, data_dir
):
    """A handler failing on every frame: said and logged once every REPEAT_SECONDS, not on
    every frame (a fake clock, no waiting)."""
    now = [100.0]
    reporter.clock = lambda: now[0]
    said: list[str] = []
    reporter.reported.connect(said.append)

    def fail_the_same_way() -> None:
        try:
            raise RuntimeError("paint failed")
        except RuntimeError as error:
            reporter.excepthook(RuntimeError, error, error.__traceback__)

    for _frame in range(5):  # 60 frames a second
        fail_the_same_way()
        now[0] += 1 / 60
    assert len(said) == 1 and log_text(data_dir).count("RuntimeError: paint failed") == 1
    while now[0] < 100.0 + errors.REPEAT_SECONDS + 0.5:  # still failing on every frame
        fail_the_same_way()
        now[0] += 1 / 60
    assert len(said) == 2 and log_text(data_dir).count("RuntimeError: paint failed") == 2
    visible_box(qtbot).close()
