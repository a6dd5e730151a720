"""Dialogs keep their own readable look wherever they are opened from: the dark style is on
each window's content, and a dialog opened from inside the content is parented on the window
(issue 18, item 12: the talk form's file dialog had light grey labels on light grey)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from pechakucha.qt.app.theme import style_sheet
from pechakucha.qt.editor.window import SessionEditor
from tests.qt.editor.test_editor_look import label_contrasts


def styled_ancestors(widget: QWidget) -> list[str]:
    """Object names of the widgets above `widget` (itself included) that carry a style sheet."""
    found = []
    while widget is not None:
        if widget.styleSheet():
            found.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return found


def answer_next_dialog(seen: dict) -> None:
    """When the next modal dialog shows: note its styled ancestors and label contrasts, then
    cancel it (the file dialog's static call blocks until then)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        seen["styled"] = styled_ancestors(dialog)
        seen["contrasts"] = label_contrasts(dialog)
        dialog.reject()

    QTimer.singleShot(0, look)


def test_the_talk_forms_file_dialog_has_readable_labels(qtbot):
    """ "PDF…" on a talk in the editor: no dark style above the dialog, labels at ≥ 4.5:1."""
    editor = SessionEditor()
    qtbot.addWidget(editor, before_close_func=lambda widget: widget.setWindowModified(False))
    editor.show()
    qtbot.mouseClick(editor.add_buttons["talk"], Qt.LeftButton)
    seen: dict = {}
    answer_next_dialog(seen)
    editor.form.choose_deck_file()
    assert seen["styled"] == [], seen["styled"]
    assert seen["contrasts"] and min(seen["contrasts"].values()) >= 4.5, seen["contrasts"]


def test_the_arrows_of_styled_drop_downs_are_files_that_exist():
    """The light arrows drawn on dark drop-downs and spin boxes point at shipped files."""
    for window in ("console", "preview", "rehearse", "editor"):
        urls = re.findall(r'url\("([^"]+)"\)', style_sheet(window))
        assert urls and all(Path(url).is_file() for url in urls), urls
