"""One theme: every colour the windows use, and the countdown level → colour mapping.

The level itself (normal, warn, alert, overrun) is decided in core; views only look it up here.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

CALM, AMBER, RED = QColor("#3fb950"), QColor("#f0a020"), QColor("#f04040")
TRACK = QColor("#333333")
DIM = "#9aa4ae"
BACKGROUND = "#101418"

#: Ring and card colours of each countdown level.
LEVEL_RING = {"normal": CALM, "warn": AMBER, "alert": RED, "overrun": RED}
LEVEL_TEXT = {"normal": "#ffffff", "warn": "#f0a020", "alert": "#f04040", "overrun": "#f04040"}

#: Badge colour of each show state on the console.
STATE_COLOURS = {
    "ready": "#3a4250",
    "up_next": "#3a4250",
    "running": "#1f7a3a",
    "paused": "#a06000",
    "hold": "#a02828",
    "lost": "#a02828",  # the projector is unplugged
    "blackout": "#000000",
    "white": "#888888",
    "finished": "#3a4250",
    "done": "#3a4250",
}

#: Ahead/behind verdict colours.
ON_TIME, BEHIND = "#3fb950", "#f0a020"


def ring_colour(level: str | None) -> QColor:
    """The ring colour of a countdown level (None: calm)."""
    return LEVEL_RING[level or "normal"]


def text_colour(level: str | None) -> str:
    """The card text colour of a countdown level (None: white)."""
    return LEVEL_TEXT[level or "normal"]


@cache
def style_sheet(window: str) -> str:
    """The dark style sheet of one of the app's windows ("console", "preview", "rehearse",
    "editor"): the shared resources/styles/dark.qss with its root selector renamed to the
    window's object name, plus the window's own `<window>.qss` if there is one."""
    folder = resources.files("pechakucha.resources") / "styles"
    sheet = (folder / "dark.qss").read_text("utf-8").replace("#console", f"#{window}")
    own = folder / f"{window}.qss"
    sheet += own.read_text("utf-8") if own.is_file() else ""
    return sheet.replace("$STYLES", Path(str(folder)).as_posix())  # the arrows' folder


def dialog_parent(widget: QWidget) -> QWidget:
    """The widget a dialog opened from `widget` should have as parent: its window, which has
    no style sheet (`apply_dark_style` styles the content), so the dialog keeps the system's
    readable look. A dialog parented on a widget inside the content would inherit the dark
    style: light labels on a light file dialog."""
    return widget.window()


def apply_dark_style(body: QWidget, window: str) -> None:
    """Give `body` — a window's own content, never the window itself — the dark style of
    `window`. A style sheet reaches every child widget, and a dialog opened on a window is
    its child: set on the window, the light-on-dark label colours would leak into message
    boxes and file dialogs (light grey on light grey). Set on the content, they cannot."""
    body.setObjectName(window)
    body.setAttribute(Qt.WA_StyledBackground)
    body.setStyleSheet(style_sheet(window))
