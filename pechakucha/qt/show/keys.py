"""What presentation clickers and keyboards send, mapped to operator commands in one place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

START, RESUME, PAUSE, BLACK, WHITE, STOP = "start", "resume", "pause", "black", "white", "stop"
NEXT, PREVIOUS, TOGGLE_CONSOLE, MARK, SWAP = "next", "previous", "console", "mark", "swap"
EXTEND, SHORTEN, HOLD, RECALL_OFF, GRID = "extend", "shorten", "hold", "recall_off", "grid"
PROGRESS = "progress"

KEYS = {
    Qt.Key_F5: START,
    Qt.Key_P: PAUSE,
    Qt.Key_B: BLACK,
    Qt.Key_Period: BLACK,
    Qt.Key_W: WHITE,
    Qt.Key_Comma: WHITE,
    Qt.Key_Escape: STOP,
    Qt.Key_Tab: TOGGLE_CONSOLE,
    Qt.Key_PageDown: NEXT,
    Qt.Key_Right: NEXT,
    Qt.Key_Down: NEXT,
    Qt.Key_Space: NEXT,
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


def command_for(event: QKeyEvent) -> str | None:
    """The command a key press means, or None. Shift+F5 means resume."""
    if event.key() == Qt.Key_F5 and event.modifiers() & Qt.ShiftModifier:
        return RESUME
    return KEYS.get(event.key())


def key_name(event: QKeyEvent) -> str:
    """A short human name of the key, for the console's notices and the journal ("F5")."""
    if command_for(event) == RESUME:
        return "Shift+F5"
    names = {
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
    }
    if event.key() in names:
        return names[event.key()]
    return QKeySequence(event.key()).toString() or event.text().upper() or f"key {event.key()}"
