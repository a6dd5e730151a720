"""Natural order of file names, the way people number slides: `slide2` before `slide10`."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")

_DIGITS = re.compile(r"(\d+)")


def natural_key(name: str) -> tuple:
    """Sort key for `name`: runs of digits compare as numbers, letters ignore case.

    `"Slide 2.png"` sorts before `"slide 10.png"`. Names that differ only in case, in
    leading zeros or in Unicode normalisation (macOS writes decomposed accents) still get a
    stable order: the original spelling breaks the tie.
    """
    folded = unicodedata.normalize("NFC", name).casefold()
    parts = _DIGITS.split(folded)
    # split() with a capture group alternates text, digits, text…: even slots are text and
    # odd slots are numbers, so two keys never compare a number with a string.
    key = tuple(int(part) if index % 2 else part for index, part in enumerate(parts))
    return (key, folded, name)


def natural_sorted(items: Iterable[T], key: Callable[[T], str] | None = None) -> list[T]:
    """`items` in natural order; `key` picks the name of each item (default: `str(item)`).

    For paths, sort on the file name: `natural_sorted(paths, key=lambda p: p.name)`.
    """
    name_of = key if key is not None else str
    return sorted(items, key=lambda item: natural_key(name_of(item)))
