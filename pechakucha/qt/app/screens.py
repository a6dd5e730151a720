"""Which screen is the projector, and following it when it is unplugged and plugged back.

The projector's monitor is remembered (by its name, make, model and serial number), so the next
start on the same venue set-up puts the audience there without `--screen`. Windows that remember
their size and place never come back on the projector while another screen is there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from pechakucha.qt.app import errors
from pechakucha.qt.app.settings import (
    PROJECTOR,
    remember,
    remembered,
    save_geometry,
    saved_geometry,
)


def screen_identity(screen: QScreen) -> str:
    """What tells a monitor apart across runs: "name|manufacturer|model|serial number"."""
    parts = (screen.name(), screen.manufacturer(), screen.model(), screen.serialNumber())
    return "|".join(part.replace("|", "/") for part in parts)


def find_screen(screens: list[QScreen], identity: str) -> QScreen | None:
    """The screen `identity` names: the same monitor on the same port; else the same monitor
    (serial number) on another port; else whatever is plugged into that port."""
    if not identity:
        return None
    name, _maker, _model, serial = [*identity.split("|"), "", "", ""][:4]
    for same in (
        lambda s: screen_identity(s) == identity,
        lambda s: bool(serial) and s.serialNumber() == serial,
        lambda s: s.name() == name,
    ):
        found = [s for s in screens if same(s)]
        if len(found) == 1:
            return found[0]
    return None


def remembered_projector(screens: list[QScreen]) -> QScreen | None:
    """The remembered projector among `screens`, when there is another screen besides it."""
    return find_screen(screens, remembered(PROJECTOR)) if len(screens) > 1 else None


def operator_screen() -> QScreen:
    """Where the operator's windows belong: the primary screen, unless it is the remembered
    projector (then another one)."""
    screens = QGuiApplication.screens()
    projector = remembered_projector(screens)
    primary = QGuiApplication.primaryScreen()
    if primary is not projector:
        return primary
    return next(s for s in screens if s is not projector)


def pick_projector(
    screens: list[QScreen], primary: QScreen | None, wanted: int | None, identity: str = ""
) -> QScreen:
    """`--screen N` if valid, else the remembered projector (`identity`) if it is there with
    another screen, else the first non-primary screen, else the only screen."""
    if wanted is not None and 0 <= wanted < len(screens):
        return screens[wanted]
    found = find_screen(screens, identity) if len(screens) > 1 else None
    if found is not None:
        return found
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
    (never thrown over the console); a new screen becomes the projector again. From its
    making, unexpected errors are a note on the console, never a dialog (errors.during_show).
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
        errors.during_show(console)

    def place(self) -> None:
        """Put both windows where they belong for the screens present now."""
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        self.projector = pick_projector(screens, primary, self.wanted, remembered(PROJECTOR))
        others = [s for s in screens if s is not self.projector]
        self.single_screen = not others
        if others:  # with one screen it is the laptop's: nothing to learn about the venue
            remember(PROJECTOR, screen_identity(self.projector))
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


# -- windows that remember where they were ------------------------------------------------
class _GeometryKeeper(QObject):
    """Saves a window's geometry under `name` when it closes."""

    def __init__(self, window: QWidget, name: str) -> None:
        super().__init__(window)
        self.name = name

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Close:
            save_geometry(watched, self.name)
        return False


def keep_geometry(window: QWidget, name: str) -> None:
    """Give `window` its remembered size and place now, and remember them when it closes.

    A place off every screen, or on the remembered projector while another screen is there,
    is not restored: the window (and the dialogs it opens) goes to the operator's screen."""
    saved = saved_geometry(name)
    if saved is not None and window.restoreGeometry(saved):
        here = QGuiApplication.screenAt(window.geometry().center())
        if here is None or here is remembered_projector(QGuiApplication.screens()):
            area = operator_screen().availableGeometry()
            window.setWindowState(Qt.WindowNoState)  # not maximized on the projector
            window.resize(window.size().boundedTo(area.size()))
            window.move(area.center() - window.rect().center())
    window.installEventFilter(_GeometryKeeper(window, name))
