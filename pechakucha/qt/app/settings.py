"""What the app remembers between runs, and forgetting it (`pechakucha --reset-settings`).

One INI file through QSettings, pechakucha.ini in the user's configuration folder as
QStandardPaths names it (folders.config_folder: ~/.config/pechakucha on Linux,
~/Library/Preferences/pechakucha on macOS, %LOCALAPPDATA%\\pechakucha on Windows;
$PECHAKUCHA_CONFIG_DIR instead when set, as the tests do): the projector monitor, the interface
language, the last sessions opened and the size and place of the preview, rehearsal and editor
windows. A value that cannot be read is treated as never remembered. A settings file where
earlier versions kept it (QSettings' own INI place) is carried over once.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMenu, QWidget

from pechakucha.core.i18n import QT_TRANSLATE_NOOP
from pechakucha.qt.app.folders import config_folder

NAME = "pechakucha"
CONFIG_DIR_VARIABLE = "PECHAKUCHA_CONFIG_DIR"
FORGOTTEN = QT_TRANSLATE_NOOP(
    "settings",
    "forgot the projector, the language, the recent sessions and the window places ({file}).",
)
RECENT_LIMIT = 8
LANGUAGE, PROJECTOR, RECENT = "interface/language", "screens/projector", "sessions/recent"


def settings_file() -> Path:
    """Where the settings are kept: $PECHAKUCHA_CONFIG_DIR, else the configuration folder."""
    folder = os.environ.get(CONFIG_DIR_VARIABLE)
    return (Path(folder) if folder else config_folder()) / f"{NAME}.ini"


def settings() -> QSettings:
    """The app's settings file (settings_file), adopting an earlier version's on first use."""
    path = settings_file()
    if not path.exists():
        _adopt_earlier_settings(path)
    return QSettings(str(path), QSettings.IniFormat)


def _adopt_earlier_settings(path: Path) -> None:
    """Copy the settings file QSettings kept by itself before (macOS: ~/.config, Windows:
    the roaming %APPDATA%) to `path`, if there is one; a failed copy only forgets them."""
    earlier = Path(QSettings(QSettings.IniFormat, QSettings.UserScope, NAME, NAME).fileName())
    if earlier != path and earlier.is_file():
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(earlier, path)


def remembered(key: str) -> str:
    """A remembered text value, "" if none."""
    value = settings().value(key, "")
    return value if isinstance(value, str) else ""


def remember(key: str, value: str) -> None:
    """Remember a text value (a failed write only means it is not remembered)."""
    store = settings()
    store.setValue(key, value)
    store.sync()


def forget_settings(say: Callable[[str, str], str]) -> int:
    """Forget everything remembered; say so (`say`: a translate function); return 0."""
    store = settings()
    store.clear()
    store.sync()
    text = say("settings", FORGOTTEN).format(file=Path(store.fileName()))
    print(f"pechakucha: {text}")
    return 0


# -- last sessions --------------------------------------------------------------------------
def recent_sessions() -> list[Path]:
    """The session files opened last, newest first, that still exist."""
    value = settings().value(RECENT, [], type=list)
    paths = [Path(item) for item in value if isinstance(item, str) and item]
    return [path for path in paths if path.is_file()]


def remember_session(path: str | Path) -> None:
    """Put a session file at the top of the recent list."""
    full = str(Path(path).resolve())
    others = [str(p) for p in recent_sessions() if str(p) != full]
    store = settings()
    store.setValue(RECENT, [full, *others][:RECENT_LIMIT])
    store.sync()


class RecentMenu(QMenu):
    """The last session files opened, newest first; choosing one calls `open_path(path)`."""

    def __init__(self, parent: QWidget, open_path: Callable[[Path], object]) -> None:
        super().__init__(parent)
        self.open_path = open_path
        self.aboutToShow.connect(self.fill)

    def fill(self) -> None:
        """List the recent sessions as they are now."""
        self.clear()
        for path in recent_sessions():
            action = self.addAction(path.name, lambda path=path: self.open_path(path))
            action.setToolTip(str(path))
        self.setToolTipsVisible(True)


# -- window geometry ----------------------------------------------------------------------
def saved_geometry(name: str) -> QByteArray | None:
    """The remembered geometry of window `name` (QWidget.saveGeometry bytes), if any."""
    value = settings().value(f"geometry/{name}")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_geometry(window: QWidget, name: str) -> None:
    """Remember the size and place of `window`, unless it is full screen (that is a view)."""
    if window.isFullScreen():
        return
    store = settings()
    store.setValue(f"geometry/{name}", window.saveGeometry())
    store.sync()
