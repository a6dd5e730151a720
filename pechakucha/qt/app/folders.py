"""Where the app keeps its files, the way each system expects, and which files dialogs show.

The data folder (journals, reports, rehearsal runs, the error log) is QStandardPaths'
AppDataLocation: ~/.local/share/pechakucha on Linux, ~/Library/Application Support/pechakucha
on macOS, %APPDATA%\\pechakucha on Windows. The settings folder is AppConfigLocation:
~/.config/pechakucha, ~/Library/Preferences/pechakucha, %LOCALAPPDATA%\\pechakucha. Both are
named "pechakucha" whatever the running QApplication is called (a test's, a bundle's).

File dialogs filter by extension in any letter case: Windows and macOS dialogs ignore case,
the GTK and portal dialogs of Linux do not, so there each letter becomes a `[pP]` set.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

NAME = "pechakucha"
DATA_DIR_VARIABLE = "PECHAKUCHA_DATA_DIR"


def standard_folder(location: QStandardPaths.StandardLocation) -> Path:
    """The app's own folder of that kind (AppDataLocation, AppConfigLocation, …)."""
    current = QCoreApplication.applicationName()
    if current != NAME:
        QCoreApplication.setApplicationName(NAME)
    try:
        folder = QStandardPaths.writableLocation(location)
    finally:
        if current != NAME:
            QCoreApplication.setApplicationName(current)
    return Path(folder) if folder else Path.home() / f".{NAME}"


def data_folder(explicit: str | None = None) -> Path:
    """Where journals, reports, rehearsal runs and the error log live: `explicit`
    (--data-dir), else $PECHAKUCHA_DATA_DIR, else the user's application data folder."""
    chosen = explicit or os.environ.get(DATA_DIR_VARIABLE)
    if chosen:
        return Path(chosen)
    return standard_folder(QStandardPaths.AppDataLocation)


def config_folder() -> Path:
    """Where the settings file lives: the user's application configuration folder."""
    return standard_folder(QStandardPaths.AppConfigLocation)


def name_filter(label: str, extensions: Iterable[str], platform: str = sys.platform) -> str:
    """A file dialog filter "label (*.pdf *.pptx)" that matches `extensions` (with or without
    the dot) in any letter case on `platform`."""
    patterns = " ".join(_pattern(extension.lstrip("."), platform) for extension in extensions)
    return f"{label} ({patterns})"


def deck_file_filters() -> str:
    """A deck file dialog's filters, matching any letter case (TALK.PDF, Slide.Png): PDFs
    first, then every kind of deck file, then all files."""
    from pechakucha.decks.opener import DECK_FILE_EXTENSIONS  # PyMuPDF: only when asked

    translate = QCoreApplication.translate
    every = translate("files", "Slides: PDF, presentations, images")
    return ";;".join(
        (
            name_filter("PDF", [".pdf"]),
            name_filter(every, sorted(DECK_FILE_EXTENSIONS)),
            translate("files", "All files") + " (*)",
        )
    )


def _pattern(extension: str, platform: str) -> str:
    """`*.pdf` where dialogs ignore case, `*.[pP][dD][fF]` where they do not."""
    if platform.startswith(("win", "darwin")):
        return f"*.{extension.lower()}"
    sets = (f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in extension)
    return "*." + "".join(sets)
