"""The editor never fails silently: Ctrl+S that breaks says so in one sentence, keeps the edits
and the `*`, and logs the details; an unexpected failure while opening a session does too."""

from __future__ import annotations

import shutil
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import pechakucha.core.atomic as atomic
import pechakucha.qt.editor.parts as editor_parts
import pechakucha.qt.editor.window as editor_window
from pechakucha.qt.app import errors
from pechakucha.qt.app.settings import remember_session
from pechakucha.qt.editor.window import SessionEditor

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    """The data folder (and so the error log) of this test; the exception hooks as they were
    afterwards."""
    folder = tmp_path / "data"
    monkeypatch.setenv("PECHAKUCHA_DATA_DIR", str(folder))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    errors.install().forget()  # errors an earlier test raised are not repeats here
    return folder


@pytest.fixture
def session_two(tmp_path) -> Path:
    """A copy of the sample Session Two (file and decks) in a temporary folder."""
    folder = tmp_path / "session"
    shutil.copytree(ROOT / "decks", folder, ignore=shutil.ignore_patterns("*.py"))
    return folder / "session-two.toml"


@pytest.fixture
def editor(qtbot, session_two) -> SessionEditor:
    """Session Two open in a shown, active editor with one unsaved edit (the welcome card
    removed and a new title typed)."""
    window = SessionEditor(session_two)
    qtbot.addWidget(window, before_close_func=lambda w: w.setWindowModified(False))
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.remove_segment(0)
    window.fields.title.setText("Sesión Dos, revisada")
    assert window.is_modified()
    return window


def message_box(qtbot, parent) -> QMessageBox:
    """The warning box open over `parent` (it never blocks: the test goes on and closes it)."""
    qtbot.waitUntil(lambda: any(b.isVisible() for b in parent.findChildren(QMessageBox)))
    return next(b for b in parent.findChildren(QMessageBox) if b.isVisible())


def shown_title(window) -> str:
    """The title as the window system shows it ("[*]" replaced by "*" when modified)."""
    return window.windowHandle().title()


def assert_edits_kept(window: SessionEditor, before: bytes, path: Path) -> None:
    assert window.is_modified() and shown_title(window).startswith("session-two.toml*")
    assert window.fields.title.text() == "Sesión Dos, revisada"
    assert window.session.segments[0].kind == "talk"  # the welcome card stays removed
    assert path.read_bytes() == before


def test_ctrl_s_that_raises_says_why_keeps_the_edits_and_logs_the_traceback(
    qtbot, editor, session_two, data_dir, monkeypatch
):
    """The session writer raises RuntimeError: one sentence naming the file and the problem,
    the `*` and the edits kept, the traceback in the log of the data folder."""
    before = session_two.read_bytes()

    def broken_writer(*_args, **_kwargs):
        raise RuntimeError("the writer broke")

    monkeypatch.setattr(editor_parts, "save_session", broken_writer)  # under write_session
    qtbot.keyClick(editor, Qt.Key_S, Qt.ControlModifier)
    box = message_box(qtbot, editor)
    text = box.text()
    assert "session-two.toml" in text and "RuntimeError: the writer broke" in text
    log = data_dir / "logs" / "pechakucha.log"
    assert str(log) in text
    assert text.endswith(".") and text.count(". ") == 0 and "\n" not in text  # one sentence
    box.close()
    assert_edits_kept(editor, before, session_two)
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: the writer broke" in logged
    assert "broken_writer" in logged  # where it happened, for whoever fixes it


def test_ctrl_s_onto_a_file_another_program_holds_says_so_in_one_sentence(
    qtbot, editor, session_two, data_dir, monkeypatch
):
    """Windows refusing to replace an open file, every retry: the box says to close it in the
    other program; nothing unexpected, so nothing is logged."""
    before = session_two.read_bytes()

    def refuse(source, target):
        raise PermissionError(13, "The process cannot access the file", str(target))

    monkeypatch.setattr(atomic.os, "replace", refuse)
    monkeypatch.setattr(atomic.time, "sleep", lambda _seconds: None)
    qtbot.keyClick(editor, Qt.Key_S, Qt.ControlModifier)
    box = message_box(qtbot, editor)
    assert "session-two.toml" in box.text() and "another program has it open" in box.text()
    box.close()
    assert_edits_kept(editor, before, session_two)
    assert not (data_dir / "logs").exists()


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_failure_opening_a_recent_session_is_said_and_logged(
    qtbot, editor, session_two, data_dir, monkeypatch
):
    """Opening from the recent list breaks inside the reader: the global hook says it in one
    sentence over the editor, the session being edited is still there, the log has it."""
    reporter = errors.install()  # as startup.application does for every window
    remember_session(session_two)
    monkeypatch.setattr(editor, "ask_to_save", lambda: "discard")

    def broken_reader(_path, **_options):
        raise ValueError("the reader broke")

    monkeypatch.setattr(editor_window, "load_session", broken_reader)
    menu = editor.toolbar.actions()[1].menu()
    menu.fill()
    with qtbot.waitSignal(reporter.reported) as said:
        # From the event loop, as a click comes: PySide6 6.8 hands an exception raised in a slot
        # called from Python back to the caller; from the loop it goes to the hook.
        QTimer.singleShot(0, menu.actions()[0].trigger)
    (text,) = said.args
    assert "ValueError: the reader broke" in text and text.count(". ") == 0

    def said_box() -> QMessageBox | None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        return next((b for b in boxes if b.isVisible() and b.text() == text), None)

    qtbot.waitUntil(lambda: said_box() is not None)
    box = said_box()
    box.close()
    assert editor.fields.title.text() == "Sesión Dos, revisada"
    assert "broken_reader" in (data_dir / "logs" / "pechakucha.log").read_text(encoding="utf-8")
