"""Which screen is the projector, and following it when it is unplugged and plugged back."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


def pick_projector(screens: list[QScreen], primary: QScreen | None, wanted: int | None) -> QScreen:
    """`--screen N` if valid, else the first non-primary screen, else the only screen."""
    if wanted is not None and 0 <= wanted < len(screens):
        return screens[wanted]
    for screen in screens:
        if screen is not primary:
            return screen
    return screens[0]


def place_full_screen(window: QWidget, screen: QScreen) -> None:
    """Show `window` full screen on `screen` (move first: some window managers need it)."""
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()


class ScreenPlacer(QObject):
    """Keeps the audience window on the projector and the console on the laptop screen.

    With one screen the app is in single-screen mode: the slide takes the screen and the
    console is a toggle (Tab). Hot-plug: losing the projector hides the audience window
    (never thrown over the console); a new screen becomes the projector again.
    """

    layout_changed = Signal(bool)  # True when there are two screens (projector + console)
    projector_changed = Signal(bool)  # False: the projector was unplugged; True: it is there

    def __init__(self, audience: QWidget, console: QWidget, wanted: int | None = None) -> None:
        super().__init__(console)
        self.audience, self.console, self.wanted = audience, console, wanted
        self.projector: QScreen | None = None
        self.single_screen = False
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._on_screen_added)
        app.screenRemoved.connect(self._on_screen_removed)

    def place(self) -> None:
        """Put both windows where they belong for the screens present now."""
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        self.projector = pick_projector(screens, primary, self.wanted)
        others = [s for s in screens if s is not self.projector]
        self.single_screen = not others
        place_full_screen(self.audience, self.projector)
        if others:
            self.console.setScreen(others[0])
            self.console.setGeometry(others[0].availableGeometry())
            self.console.showMaximized()
        else:
            self.console.hide()
        self.audience.set_corner_countdown(self.single_screen)
        self.layout_changed.emit(not self.single_screen)
        self.projector_changed.emit(True)

    def swap(self) -> bool:
        """Exchange the projector and console screens (the operator's choice); False if there
        are not two screens."""
        screens = QGuiApplication.screens()
        if len(screens) < 2 or self.projector is None:
            return False
        console_screen = next(s for s in screens if s is not self.projector)
        self.wanted = screens.index(console_screen)
        self.place()
        return True

    def toggle_console(self) -> bool:
        """Single-screen mode: switch between the slide and the console (Tab); False with
        two screens, where both are always shown."""
        if not self.single_screen:
            return False
        if self.console.isVisible():
            self.console.hide()
            self.audience.raise_()
            self.audience.activateWindow()
        else:
            self.console.setGeometry(self.projector.availableGeometry())
            self.console.showMaximized()
            self.console.raise_()
            self.console.activateWindow()
        return True

    def dialog_parent(self) -> QWidget:
        """The window a question to the operator opens over: the console on the laptop screen,
        never the projector (the audience only in single-screen mode)."""
        return self.console if self.console.isVisible() else self.audience

    def _on_screen_removed(self, screen: QScreen) -> None:
        if screen is self.projector:
            self.audience.hide()
            self.projector = None
            self.single_screen = False
            self.layout_changed.emit(False)
            self.projector_changed.emit(False)

    def _on_screen_added(self, screen: QScreen) -> None:
        if self.projector is None or self.single_screen:
            self.place()
