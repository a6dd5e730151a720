"""Where the operator reads about an unexpected error (see errors.py): never blocking.

Outside a show: a warning box opened over the window in front (`QMessageBox.open()`: the code
goes on at once, nothing waits for the click); while one is open, a later error updates its text
instead of stacking boxes. During a show: a note along the bottom of the console, on the laptop
screen, that takes no focus and no clicks (the clicker keeps driving the show) and goes away by
itself after NOTE_SECONDS. Neither ever opens on the projector.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from pechakucha.core.i18n import QT_TRANSLATE_NOOP

NOTE_SECONDS = 20
NOTE_NAME = "errorNote"
BOX_NAME = "errorBox"
TITLE = QT_TRANSLATE_NOOP("errors", "Something went wrong")
# White on dark red: 10.6:1; the warning sign says it without the colour.
NOTE_STYLE = (
    "QLabel#errorNote { background: #7a0000; color: #ffffff; border: 2px solid #ffffff;"
    " border-radius: 6px; padding: 8px 12px; font-size: 15px; }"
)


class ErrorViews:
    """Says a sentence to the operator: a note on the show's console, else a message box."""

    def __init__(self) -> None:
        self.console: QWidget | None = None
        self.box: QMessageBox | None = None

    def set_console(self, console: QWidget | None) -> None:
        """The show's console (None: no show); forgotten when it is destroyed."""
        self.console = console
        if console is not None:
            console.destroyed.connect(lambda *_: self.set_console(None))

    def show_running(self) -> bool:
        """True while a show's console is registered."""
        return self.console is not None

    def say(self, message: str) -> None:
        """Show `message` where the operator will see it without anything stopping."""
        if self.console is not None:
            show_note(self.console, message)
        else:
            self.open_box(message)

    def open_box(self, message: str) -> QMessageBox:
        """A warning box over the active window that does not block; reused while open."""
        if self.box is not None:
            self.box.setText(message)
            return self.box
        parent = QApplication.activeWindow()
        if parent is not None and parent.isFullScreen():
            parent = None  # a full-screen window may be on a projector: the box stands alone
        box = warn(parent, QCoreApplication.translate("errors", TITLE), message)
        box.setObjectName(BOX_NAME)
        box.destroyed.connect(self._box_gone)
        self.box = box
        return box

    def _box_gone(self, *_args: object) -> None:
        self.box = None


def warn(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """Open a warning box over `parent` and return at once (`open()`, never `exec()`): no code
    waits for the click, so neither a show nor a headless test can hang on it."""
    box = QMessageBox(QMessageBox.Warning, title, message, QMessageBox.Ok, parent)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.open()
    return box


def show_note(console: QWidget, message: str) -> QLabel:
    """A note along the bottom of `console` for NOTE_SECONDS: no focus, no clicks, no window."""
    note = console.findChild(QLabel, NOTE_NAME)
    if note is None:
        note = QLabel(console)
        note.setObjectName(NOTE_NAME)
        note.setStyleSheet(NOTE_STYLE)
        note.setWordWrap(True)
        note.setFocusPolicy(Qt.NoFocus)
        note.setAttribute(Qt.WA_TransparentForMouseEvents)
        timer = QTimer(note, objectName="errorNoteTimer", singleShot=True)
        timer.timeout.connect(note.hide)
    note.setText("⚠ " + message)
    margin = 16
    width = max(console.width() - 2 * margin, 200)
    height = note.heightForWidth(width)
    note.setGeometry(margin, max(console.height() - height - margin, 0), width, height)
    note.show()
    note.raise_()
    note.findChild(QTimer, "errorNoteTimer").start(NOTE_SECONDS * 1000)
    return note
