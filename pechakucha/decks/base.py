"""What every deck offers: a slide count, slide sizes, and slides rendered to RGB pixels."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol


@dataclass(frozen=True)
class Pixels:
    """A rendered slide: tightly packed 8-bit RGB rows (stride = width × 3), no Qt involved.

    `data` may be a memoryview over a renderer's own buffer (no 25 MB copy at 4K); `owner`
    then keeps that buffer alive for as long as these pixels are.
    """

    width: int
    height: int
    data: bytes | memoryview
    owner: Any = field(default=None, repr=False, compare=False)

    @property
    def stride(self) -> int:
        """Bytes per row."""
        return self.width * 3


@dataclass(frozen=True)
class SlideSize:
    """A slide's natural size: `width`/`height` give its aspect (PDF points or image pixels);
    `pixels` is the image's resolution for image slides, None for vector (PDF) pages."""

    width: float
    height: float
    pixels: tuple[int, int] | None = None

    @property
    def aspect(self) -> float:
        """Width divided by height."""
        return self.width / self.height if self.height else 0.0


class Deck(Protocol):
    """An open deck. Not thread-safe: one thread owns a deck and does all its rendering."""

    path: Path

    def __len__(self) -> int:
        """Number of slides."""

    def slide_size(self, index: int) -> SlideSize:
        """Natural size of slide `index` (0-based), without rendering it."""

    def render(self, index: int, width: int, height: int) -> Pixels:
        """Slide `index` scaled to fit `width`×`height`, centred, letterboxed on black.

        Raises DeckError (naming the file and slide) if the slide cannot be drawn."""

    def close(self) -> None:
        """Release the file."""
