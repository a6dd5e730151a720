"""open_deck: one door for every deck a speaker brings, chosen by what the file holds.

The first bytes decide, not the extension: an HTML page saved as `talk.pdf` is refused with a
clear sentence, and a PNG named `.jpg` still opens. PowerPoint, Impress and Keynote files are
converted to PDF with LibreOffice when it is installed (see convert.py). Only regular files and
folders are read: a named pipe would make reading wait forever.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path

from pechakucha.decks.base import Deck
from pechakucha.decks.errors import (
    DeckError,
    DeckNotFound,
    EmptyFile,
    FileUnreadable,
    NotADeck,
    NotRegularFile,
)
from pechakucha.decks.images import IMAGE_EXTENSIONS, open_image_files, open_image_folder
from pechakucha.decks.pdf import open_pdf

PathLike = str | os.PathLike[str]

_HEAD_BYTES = 1024  # the PDF header may sit anywhere in the first 1024 bytes
_IMAGE_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"GIF87a",
    b"GIF89a",
    b"BM",  # BMP
    b"II*\x00",  # TIFF, little-endian
    b"MM\x00*",  # TIFF, big-endian
)
_OTHER_KINDS = {  # keys of errors.NOT_A_DECK
    ".pptx": "powerpoint",
    ".ppt": "powerpoint",
    ".key": "keynote",
    ".odp": "opendocument",
}
PRESENTATION_EXTENSIONS = frozenset({".pptx", ".ppsx", ".ppt", ".pps", ".pot", ".odp", ".key"})
DECK_FILE_EXTENSIONS = frozenset({".pdf"}) | PRESENTATION_EXTENSIONS | IMAGE_EXTENSIONS
"""File name endings (lower case; compare `suffix.lower()`) of the files a file dialog offers
as a deck. What a file is, though, is decided by its first bytes (sniff), in any case."""
_SPECIAL_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


def regular_kind(path: Path) -> str:
    """ "folder" or "file" for what may be read, judged without opening it (opening a named
    pipe waits for a writer). Raises DeckNotFound, FileUnreadable, or NotRegularFile."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError) as error:
        raise DeckNotFound(path) from error
    except (OSError, ValueError) as error:  # ValueError: a NUL byte in the name
        raise FileUnreadable(path, getattr(error, "strerror", None) or str(error)) from error
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISREG(mode):
        return "file"
    kind = next((name for test, name in _SPECIAL_KINDS if test(mode)), "a special file")
    raise NotRegularFile(path, kind)


def sniff(path: Path) -> str:
    """What `path` holds: "folder", "pdf", "image" or "office" (a presentation LibreOffice
    can convert), judged by its first bytes.

    Raises DeckNotFound, FileUnreadable, EmptyFile, NotRegularFile, or NotADeck (saying what
    it looks like).
    """
    if regular_kind(path) == "folder":
        return "folder"
    try:
        with path.open("rb") as file:
            head = file.read(_HEAD_BYTES)
    except (FileNotFoundError, NotADirectoryError) as error:
        raise DeckNotFound(path) from error
    except OSError as error:
        raise FileUnreadable(path, error.strerror or "") from error
    if not head:
        raise EmptyFile(path)
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):  # ZIP or old Office container
        from pechakucha.decks.convert import office_kind  # zip and XML readers, only if needed

        if office_kind(path, head):
            return "office"
    raise NotADeck(path, describe_content(path, head))


def describe_content(path: Path, head: bytes) -> str:
    """What a file that is not a deck seems to be, as a key of errors.NOT_A_DECK ("web",
    "powerpoint", …), or "" if it cannot tell."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "web"
    if head.startswith(b"%!PS"):
        return "postscript"
    if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):  # ZIP or old Office container
        return _OTHER_KINDS.get(path.suffix.lower(), "archive")
    if start.startswith(b"<"):
        return "xml"
    if b"\x00" not in head:
        return "text"
    return ""


def open_deck(source: PathLike | Sequence[PathLike]) -> Deck:
    """Open a deck: a PDF, a folder of images, one image file, or a list of image files.

    A folder's images play in natural order of file name; a list plays in the order given.
    Every failure is a DeckError whose message is one sentence naming the file.
    """
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        kind = sniff(path)
        if kind == "folder":
            return open_image_folder(path)
        if kind == "pdf":
            return open_pdf(path)
        if kind == "office":
            from pechakucha.decks.convert import open_converted

            return open_converted(path)
        return open_image_files([path], path)
    files = [Path(item) for item in source]
    for file in files:
        if sniff(file) != "image":
            raise DeckError(file, "only images can be listed together as one deck")
    return open_image_files(files)
