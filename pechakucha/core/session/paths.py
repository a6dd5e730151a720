"""Deck paths as people write them in session files, whatever system wrote the file.

A session written on Windows says `deck = 'decks\\famsi'`, `deck = 'C:\\Talks\\barcelona.pdf'`
or `deck = '\\\\server\\share\\talk.pdf'`; one written on macOS or Linux says `decks/famsi`.
On Windows both separators work as they are. Elsewhere a backslash in a relative path is read as
a separator (unless a file with that very name exists), and a Windows absolute path (a drive
letter or a UNC share) is kept as written: it cannot exist here, so the reader reports the deck
as missing and names it, and saving the session again writes it back unchanged.

The functions work on pure paths too (`PureWindowsPath`, `PurePosixPath`), so the Windows rules
are tested on any system.
"""

from __future__ import annotations

import ntpath
import posixpath
from pathlib import Path, PurePath, PureWindowsPath


def is_windows_absolute(text: str) -> bool:
    """True for a path only Windows can reach: with a drive (`C:\\x`, `C:/x`, `C:x`) or a UNC
    share (`\\\\server\\share\\x`, `//server/share/x`)."""
    return bool(PureWindowsPath(text).drive)


def deck_path(base: PurePath, text: str) -> PurePath:
    """The deck `text` (as written in a session file in folder `base`) as an absolute,
    normalised path of `base`'s kind: relative paths are joined to `base`, `..` resolved.

    On POSIX, backslashes in a relative path become separators unless the literal name exists
    (only a concrete `base` can tell); a Windows absolute path is kept as written."""
    if isinstance(base, PureWindowsPath):
        return type(base)(ntpath.normpath(base / text))
    if "\\" in text and not is_windows_absolute(text):
        literal = base / text
        if not (isinstance(literal, Path) and _exists(literal)):
            text = text.replace("\\", "/")
    return type(base)(posixpath.normpath(base / text))


def _exists(path: Path) -> bool:
    """True if `path` exists; False for a path the system cannot even look up."""
    try:
        return path.exists()
    except (OSError, ValueError):
        return False
