"""What the GUI and the render process tell each other. Qt-free: the render process imports it.

Jobs and replies travel pickled over pipes; pixels never do: a slide is drawn into shared memory
that the GUI created and named in the job, and maps without copying (see transport).
"""

from __future__ import annotations

import io
import os
import pickle
import stat
from dataclasses import dataclass
from typing import Any

from pechakucha.core.i18n import QT_TRANSLATE_NOOP
from pechakucha.decks.base import SlideSize
from pechakucha.decks.errors import DeckError

# A file as it was when a deck was opened: inode, size, modification time (None: missing).
Identity = tuple[int, int, int] | None


@dataclass(frozen=True)
class SlideKey:
    """Which slide, at which exact size in device pixels."""

    deck: str
    index: int
    width: int
    height: int


@dataclass(frozen=True)
class DeckInfo:
    """What the GUI needs to know about an open deck without touching it."""

    path: str
    sizes: tuple[SlideSize, ...]
    labels: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.sizes)


@dataclass(frozen=True)
class Opened:
    """Reply to an "open" job: the deck's description and the file's identity."""

    info: DeckInfo
    identity: Identity


# Where the pixels start in the shared file. Not at 0: a page-aligned source is a multiple of
# 4 KiB away from Qt's (malloc'ed) backing store, and the CPU then takes each copied row's
# loads for reloads of the stores just made ("4K aliasing"): painting a 4K slide measured
# 20 ms instead of 5.
PIXELS_AT = 64


@dataclass(frozen=True)
class Drawn:
    """Reply to a "render" job: the job's shared memory holds `height` × `stride` bytes of Qt
    RGB32 pixels from PIXELS_AT. Without `shared`, they are not worth keeping (the slide was
    only measured: it drew fast)."""

    width: int
    height: int
    stride: int
    seconds: float
    shared: bool

    @property
    def file_size(self) -> int:
        """Bytes of the shared file."""
        return PIXELS_AT + self.height * self.stride


class DeckChanged(DeckError):
    """The deck's file was replaced, rewritten or removed after it was opened."""

    template = QT_TRANSLATE_NOOP(
        "deck",
        "{path}: the file changed or was removed during the show — "
        "the slides already drawn stay on screen.",
    )


class RenderCrashed(DeckError):
    """Drawing this slide stopped the render process, twice."""

    template = QT_TRANSLATE_NOOP(
        "deck", "Slide {slide} of {path} failed to render: drawing it stopped the renderer."
    )

    def __init__(self, path: str, slide: int) -> None:
        super().__init__(path, slide=slide)
        self.slide = slide


def identity(path: str) -> Identity:
    """The file at `path` as it is now, or None if it is gone. A folder of images is only
    itself (its inode): saving any file into it (a thumbnail cache…) must not stop the show,
    and an image that goes missing fails on its own slide."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    if stat.S_ISDIR(status.st_mode):
        return status.st_ino, 0, 0
    return status.st_ino, status.st_size, status.st_mtime_ns


class _Pickler(pickle.Pickler):
    """Pickles exceptions by their class, args and attributes, never by calling `__init__`
    again (DeckError subclasses take other arguments than their message)."""

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, BaseException):
            return _rebuild_error, (type(obj), obj.args, dict(vars(obj)))
        return NotImplemented


def _rebuild_error(cls: type[BaseException], args: tuple, state: dict) -> BaseException:
    error = cls.__new__(cls, *args)
    error.args = args
    vars(error).update(state)
    return error


def dumps(message: Any) -> bytes:
    """`message` as bytes for the other process."""
    buffer = io.BytesIO()
    _Pickler(buffer, pickle.HIGHEST_PROTOCOL).dump(message)
    return buffer.getvalue()


def loads(data: bytes) -> Any:
    """The message in `data` (only ever from our own render process or GUI)."""
    return pickle.loads(data)
