"""The facts preflight judges and the findings it gives: plain data, no rules.

The decks layer fills `SlideFacts` (one per slide) and `DeckFacts` (the file); judge.py and
exports.py turn them into `Finding`s gathered in a `DeckReport`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pechakucha.core.preflight_messages import MESSAGES

ERROR, WARNING, INFO = "error", "warning", "info"
READY, PROBLEMS, FAILED = "ready", "problems", "error"

# Two aspects closer than this (relative) count as the same: 1920×1080 vs 1280×720 vs 1366×768.
ASPECT_TOLERANCE = 0.02


@dataclass(frozen=True)
class PlacedPicture:
    """A picture placed on a PDF page: its own pixels, the size it is drawn at on the
    projector (in projector pixels), and the share of the slide it covers (0–1). `photo` is
    False for flat or smooth bitmaps (a text shadow, a single-colour shape): stretching those
    blurs nothing anyone would see."""

    pixels: tuple[int, int]
    drawn: tuple[float, float]
    share: float
    photo: bool = True

    @property
    def stretch(self) -> float:
        """How many projector pixels each of the picture's pixels becomes (the smaller side)."""
        width, height = self.pixels
        if width <= 0 or height <= 0:
            return 0.0
        return min(self.drawn[0] / width, self.drawn[1] / height)


@dataclass(frozen=True)
class SlideFacts:
    """What rendering one slide revealed. `drawn` is False for slides past what the talk can
    show, which are only measured and read, not rendered. Text facts come from PDF pages:
    `title` is the topmost line, `label` the PDF page label, `picture` the region (fractions
    of the page: x0, y0, x1, y1) of a slide-shaped picture and `text_outside` the characters
    of text outside it (a notes page's notes). `ink` is the share of the slide that differs
    from its background colour; `transparency` is None, "shown" or "hides"; `damaged` means
    MuPDF complained about this slide's data while drawing it. `ink` leaves a page number
    out; `overlaps` counts lines of text printed over other text (a lossy conversion);
    `heavy` counts the shapes painted one by one on a slide too heavy to draw in time (it
    was not drawn, only measured)."""

    width: float
    height: float
    pixels: tuple[int, int] | None = None
    flat: bool = False
    digest: str = ""
    error: str | None = None
    drawn: bool = True
    ink: float = 1.0
    text: str = ""
    title: str = ""
    label: str = ""
    pictures: tuple[PlacedPicture, ...] = ()
    picture: tuple[float, float, float, float] | None = None
    text_outside: int = 0
    transparency: str | None = None
    damaged: bool = False
    overlaps: int = 0
    heavy: int = 0


@dataclass(frozen=True)
class DeckFacts:
    """What is known about the deck as a whole. `slides` is its slide count when the facts
    stop short of it (a 10,000-page PDF is not read to the end). `fonts` are the fonts that
    draw text but are replaced here by a font of other metrics; `animated_slides` the slides
    (1-based) whose animated GIF shows as a still frame; `skipped_files` files of an image
    folder that are not shown (an .svg)."""

    slides: int | None = None
    repaired: bool = False
    creator: str = ""
    converted_from: str = ""
    hidden_slides: tuple[int, ...] = ()
    fonts: tuple[FontSwap, ...] = ()
    animated_slides: tuple[int, ...] = ()
    skipped_files: tuple[str, ...] = ()


@dataclass(frozen=True)
class FontSwap:
    """A font a presentation asks for, the font that replaces it here (other metrics: the
    text may not fit; "" when unknown, without fontconfig), and the slides (1-based, as
    shown) where it draws text."""

    font: str
    substitute: str
    slides: tuple[int, ...] = ()


@dataclass(frozen=True)
class Finding:
    """One thing preflight noticed. `slide` is 1-based, or None for the whole deck."""

    severity: str
    slide: int | None
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def template(self) -> str:
        """The untranslated message template."""
        return MESSAGES[self.code]

    @property
    def message(self) -> str:
        """The message in English."""
        return self.template.format(**self.params)

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape promised by `pechakucha check --json`."""
        return {
            "severity": self.severity,
            "slide": self.slide,
            "code": self.code,
            "message": self.message,
        }


@dataclass(frozen=True)
class DeckReport:
    """Preflight verdict for one deck."""

    path: str
    slides: int
    findings: tuple[Finding, ...]

    @property
    def status(self) -> str:
        """ "error" if it cannot load, "problems" if any error or warning, else "ready"."""
        if any(f.code == "load-failed" for f in self.findings):
            return FAILED
        if any(f.severity in (ERROR, WARNING) for f in self.findings):
            return PROBLEMS
        return READY

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape promised by `pechakucha check --json`."""
        return {
            "path": self.path,
            "status": self.status,
            "slides": self.slides,
            "findings": [f.as_dict() for f in self.findings],
        }


def failed_report(path: str, reason: str, cause: Exception | None = None) -> DeckReport:
    """The report of a deck that could not be opened at all; `cause` (the error itself) lets
    the UI show the reason in the user's language."""
    params = {"reason": reason, "cause": cause}
    return DeckReport(path, 0, (Finding(ERROR, None, "load-failed", params),))


def slide_list(numbers: list[int] | tuple[int, ...]) -> str:
    """Slide numbers as people write them: "3, 5–7, 12"."""
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ", ".join(
        str(run[0])
        if len(run) == 1
        else f"{run[0]}–{run[-1]}"
        if len(run) > 2
        else f"{run[0]}, {run[1]}"
        for run in runs
    )


def aspect_name(width: float, height: float) -> str:
    """A human name for an aspect ratio: "16:9", "4:3", "portrait 3:4", or "1.85:1"."""
    ratio = width / height
    for name, value in (
        ("16:9", 16 / 9),
        ("16:10", 1.6),
        ("4:3", 4 / 3),
        ("1:1", 1.0),
        ("3:4", 0.75),
        ("9:16", 9 / 16),
        ("A4 landscape", 2**0.5),
        ("A4 portrait", 2**-0.5),
    ):
        if same_aspect(ratio, value):
            return name
    return f"{ratio:.2f}:1"


def same_aspect(a: float, b: float) -> bool:
    """True if two aspect ratios are the same within ASPECT_TOLERANCE."""
    return abs(a - b) / b <= ASPECT_TOLERANCE
