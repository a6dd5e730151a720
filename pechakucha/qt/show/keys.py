"""What presentation clickers and keyboards send, mapped to the show's typed commands in one
place (core/show/commands.py: `Command`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from pechakucha.core.show.commands import Command

START = Command.START
RESUME = Command.RESUME
PAUSE = Command.PAUSE
BLACK = Command.BLACK
WHITE = Command.WHITE
STOP = Command.STOP
NEXT = Command.NEXT
PREVIOUS = Command.PREVIOUS
TOGGLE_CONSOLE = Command.TOGGLE_CONSOLE
MARK = Command.MARK
SWAP = Command.SWAP
EXTEND = Command.EXTEND
SHORTEN = Command.SHORTEN
HOLD = Command.HOLD
RECALL_OFF = Command.RECALL_OFF
GRID = Command.GRID
PROGRESS = Command.PROGRESS

KEYS = {
    Qt.Key_F5: START,
    Qt.Key_P: PAUSE,
    Qt.Key_B: BLACK,
    Qt.Key_Period: BLACK,
    Qt.Key_W: WHITE,
    Qt.Key_Comma: WHITE,
    Qt.Key_Escape: STOP,
    Qt.Key_Tab: TOGGLE_CONSOLE,
    Qt.Key_Space: NEXT,
    Qt.Key_PageDown: NEXT,
    Qt.Key_Right: NEXT,
    Qt.Key_Down: NEXT,
    Qt.Key_Return: NEXT,
    Qt.Key_PageUp: PREVIOUS,
    Qt.Key_Left: PREVIOUS,
    Qt.Key_Up: PREVIOUS,
    Qt.Key_M: MARK,
    Qt.Key_S: SWAP,
    Qt.Key_Plus: EXTEND,
    Qt.Key_Equal: EXTEND,
    Qt.Key_Minus: SHORTEN,
    Qt.Key_H: HOLD,
    Qt.Key_R: RECALL_OFF,
    Qt.Key_G: GRID,
    Qt.Key_T: PROGRESS,
}


def command_for(event: QKeyEvent) -> Command | None:
    """The command a key press means, or None. Shift+F5 means resume."""
    if event.key() == Qt.Key_F5 and event.modifiers() & Qt.ShiftModifier:
        return RESUME
    return KEYS.get(event.key())


def key_name(event: QKeyEvent) -> str:
    """A short human name of the key, for the console's notices and the journal ("F5")."""
    if command_for(event) == RESUME:
        return "Shift+F5"
    names = KEY_NAMES
    if event.key() in names:
        return names[event.key()]
    return QKeySequence(event.key()).toString() or event.text().upper() or f"key {event.key()}"


KEY_NAMES = {
    Qt.Key_PageDown: "PageDown",
    Qt.Key_PageUp: "PageUp",
    Qt.Key_Space: "Space",
    Qt.Key_Right: "→",
    Qt.Key_Left: "←",
    Qt.Key_Up: "↑",
    Qt.Key_Down: "↓",
    Qt.Key_Return: "Enter",
    Qt.Key_Enter: "Enter",
    Qt.Key_Minus: "−",
    Qt.Key_Plus: "+",
    Qt.Key_Escape: "Esc",
}


def main_key(command: Command) -> str:
    """The first key of the keymap for `command`, by name ("Space"), for the console's footer."""
    key = next(k for k, c in KEYS.items() if c is command)
    return KEY_NAMES.get(key) or QKeySequence(key).toString()
