"""The editor's dark style stays on the editor: its dialogs keep a readable look of their own."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from pechakucha.qt.editor.window import SessionEditor


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * (channel(colour.blueF()))
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def label_contrasts(dialog: QWidget) -> dict[str, float]:
    """Contrast of every label's text against the dialog's background."""
    dialog.ensurePolished()
    background = dialog.palette().color(QPalette.Window)
    found = {}
    for label in dialog.findChildren(QLabel):
        label.ensurePolished()
        if label.text():
            found[label.text()] = contrast(label.palette().color(QPalette.WindowText), background)
    return found


@pytest.fixture
def editor(qtbot):
    window = SessionEditor()
    qtbot.addWidget(window, before_close_func=lambda widget: widget.setWindowModified(False))
    window.show()
    return window


def test_the_unsaved_changes_box_is_readable(editor, qtbot):
    box = QMessageBox(QMessageBox.Question, "Unsaved changes", "Save the changes?", parent=editor)
    qtbot.addWidget(box)
    box.show()
    contrasts = label_contrasts(box)
    assert contrasts and min(contrasts.values()) >= 4.5, contrasts


def test_the_file_dialog_labels_are_readable(editor, qtbot):
    dialog = QFileDialog(editor, "Open a session")
    dialog.setOption(QFileDialog.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    contrasts = label_contrasts(dialog)
    assert contrasts and min(contrasts.values()) >= 4.5, contrasts


def test_the_editor_itself_stays_dark(editor):
    body = editor.centralWidget()
    body.ensurePolished()
    assert luminance(body.palette().color(QPalette.Window)) < 0.05
    assert editor.styleSheet() == ""
