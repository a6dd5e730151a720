"""Preflight: is a deck ready for its talk? Pure judgement over facts gathered by rendering.

The decks layer renders every slide a talk can show once and reports plain `SlideFacts` (and
`DeckFacts` about the file); this module turns them into findings. Errors and warnings are what
the audience would notice; information (a 4:3 deck letterboxed on a 16:9 projector) leaves a
deck ready. Messages are English templates with named fields so the UI can translate them.
The rules about wrong exports (overlays, notes pages, …) live in wrong_exports.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pechakucha.core.preflight_messages import MESSAGES

ERROR, WARNING, INFO = "error", "warning", "info"
READY, PROBLEMS, FAILED = "ready", "problems", "error"

# Two aspects closer than this (relative) count as the same: 1920×1080 vs 1280×720 vs 1366×768.
ASPECT_TOLERANCE = 0.02
# An image below this fraction of the projector's pixels in either direction looks blurry.
RESOLUTION_FLOOR = 0.75
# Pictures placed on a PDF page covering less than this share of the slide are not judged.
PICTURE_SHARE = 0.25


@dataclass(frozen=True)
class PlacedPicture:
    """A picture placed on a PDF page: its own pixels, the size it is drawn at on the
    projector (in projector pixels), and the share of the slide it covers (0–1)."""

    pixels: tuple[int, int]
    drawn: tuple[float, float]
    share: float

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
    MuPDF complained about this slide's data while drawing it."""

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


@dataclass(frozen=True)
class DeckFacts:
    """What is known about the deck as a whole. `slides` is its slide count when the facts
    stop short of it (a 10,000-page PDF is not read to the end)."""

    slides: int | None = None
    repaired: bool = False
    creator: str = ""
    converted_from: str = ""
    hidden_slides: tuple[int, ...] = ()
    missing_fonts: tuple[str, ...] = ()


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
        if _same_aspect(ratio, value):
            return name
    return f"{ratio:.2f}:1"


def assess_deck(
    path: str,
    facts: list[SlideFacts],
    expected_slides: int,
    projector: tuple[int, int],
    format_name: str = "pechakucha",
    deck: DeckFacts | None = None,
) -> DeckReport:
    """Judge a rendered deck against its format and the projector."""
    from pechakucha.core.wrong_exports import export_findings

    deck = deck or DeckFacts()
    count = len(facts) if deck.slides is None else deck.slides
    findings: list[Finding] = []
    if count != expected_slides:
        params = {"slides": count, "format": format_name, "expected": expected_slides}
        findings.append(Finding(ERROR, None, "slide-count", params))
    shown = [(n, f) for n, f in enumerate(facts, 1) if f.drawn]
    if len(shown) < count:
        params = {"drawn": len(shown), "format": format_name}
        findings.append(Finding(INFO, None, "not-drawn", params))
    findings += _render_failures(shown)
    findings += _aspect_findings(shown, projector)
    findings += _resolution_findings(shown, projector)
    findings += _content_findings(shown)
    findings += _file_findings(shown, deck)
    findings += export_findings(facts, deck, expected_slides)
    findings.sort(key=lambda f: (f.slide or 0, f.severity != ERROR))
    return DeckReport(path, count, tuple(findings))


def _same_aspect(a: float, b: float) -> bool:
    return abs(a - b) / b <= ASPECT_TOLERANCE


Numbered = list[tuple[int, SlideFacts]]


def _render_failures(shown: Numbered) -> list[Finding]:
    return [
        Finding(ERROR, number, "render-failed", {"reason": fact.error})
        for number, fact in shown
        if fact.error
    ]


def _aspect_findings(shown: Numbered, projector: tuple[int, int]) -> list[Finding]:
    drawn = [(n, f) for n, f in shown if not f.error and f.height and f.width]
    if not drawn:
        return []
    groups: dict[str, list[int]] = {}
    for number, fact in drawn:
        groups.setdefault(aspect_name(fact.width, fact.height), []).append(number)
    ranked = sorted(groups, key=lambda name: -len(groups[name]))
    majority = ranked[0]
    findings = []
    if len(groups[majority]) * 2 > len(drawn):
        findings += [
            Finding(WARNING, number, "mixed-aspect", {"aspect": name, "majority": majority})
            for name in ranked[1:]
            for number in groups[name]
        ]
    else:  # no shape has most slides: say which slides have which, once
        listed = ", ".join(f"{name} ({slide_list(groups[name])})" for name in ranked)
        findings.append(
            Finding(WARNING, None, "mixed-aspects", {"count": len(groups), "groups": listed})
        )
    first = next(f for n, f in drawn if n == groups[majority][0])
    findings += _letterbox_finding(first, majority, projector)
    return findings


def _letterbox_finding(first: SlideFacts, name: str, projector: tuple[int, int]) -> list[Finding]:
    """Letterboxing is normal (information); a slide turned the other way than the projector
    leaves most of the screen empty (a warning)."""
    aspect, screen = first.width / first.height, projector[0] / projector[1]
    if _same_aspect(aspect, screen):
        return []
    severity = INFO if (aspect >= 1) == (screen >= 1) else WARNING
    params = {"aspect": name, "projector": aspect_name(*projector)}
    return [Finding(severity, None, "aspect-mismatch", params)]


def _resolution_findings(shown: Numbered, projector: tuple[int, int]) -> list[Finding]:
    findings = []
    screen = f"{projector[0]}×{projector[1]}"
    for number, fact in shown:
        if fact.error:
            continue
        if fact.pixels is not None:
            width, height = fact.pixels
            # Compare the size the image will be drawn at, not the raw sides (letterboxing).
            scale = min(projector[0] / width, projector[1] / height)
            if scale > 1 / RESOLUTION_FLOOR:
                params = {"width": width, "height": height, "projector": screen}
                findings.append(Finding(WARNING, number, "low-resolution", params))
        worst = max(
            (p for p in fact.pictures if p.share >= PICTURE_SHARE),
            key=lambda p: p.stretch,
            default=None,
        )
        if worst is not None and worst.stretch > 1 / RESOLUTION_FLOOR:
            params = {
                "width": worst.pixels[0],
                "height": worst.pixels[1],
                "factor": round(worst.stretch, 1),
                "projector": screen,
            }
            findings.append(Finding(WARNING, number, "stretched-image", params))
    return findings


def _content_findings(shown: Numbered) -> list[Finding]:
    findings = []
    previous = ""
    for number, fact in shown:
        if fact.error:
            previous = ""
            continue
        if fact.flat and fact.transparency != "hides":  # blank *because* its ink vanishes: one
            findings.append(Finding(INFO, number, "blank-slide"))
        elif fact.digest and fact.digest == previous:
            findings.append(Finding(INFO, number, "duplicate-slide"))
        if fact.transparency == "hides":
            findings.append(Finding(WARNING, number, "transparency-hides"))
        elif fact.transparency == "shown":
            findings.append(Finding(INFO, number, "transparency"))
        previous = fact.digest
    return findings


def _file_findings(shown: Numbered, deck: DeckFacts) -> list[Finding]:
    """Repairs and conversions: what happened to the file before any slide was drawn."""
    findings = []
    if deck.repaired:
        damaged = [n for n, f in shown if f.damaged or f.error]
        findings += [Finding(WARNING, n, "damaged-slide") for n, f in shown if f.damaged]
        if damaged:
            findings.append(Finding(WARNING, None, "repaired", {"slides": slide_list(damaged)}))
        else:
            findings.append(Finding(WARNING, None, "repaired-unknown"))
    if deck.converted_from:
        findings.append(Finding(INFO, None, "converted", {"kind": deck.converted_from}))
    if deck.hidden_slides:
        params = {"slides": slide_list(deck.hidden_slides)}
        findings.append(Finding(INFO, None, "hidden-slides", params))
    if deck.missing_fonts:
        params = {"fonts": ", ".join(deck.missing_fonts)}
        findings.append(Finding(WARNING, None, "fonts-missing", params))
    return findings
