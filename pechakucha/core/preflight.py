"""Preflight: is a deck ready for its talk? Pure judgement over facts gathered by rendering.

The decks layer renders every slide once and reports plain `SlideFacts`; this module turns them
into findings. Messages are English templates with named fields so the UI can translate them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pechakucha.core.i18n import QT_TRANSLATE_NOOP

ERROR, WARNING, INFO = "error", "warning", "info"
READY, PROBLEMS, FAILED = "ready", "problems", "error"

# Two aspects closer than this (relative) count as the same: 1920×1080 vs 1280×720 vs 1366×768.
ASPECT_TOLERANCE = 0.02
# An image below this fraction of the projector's pixels in either direction looks blurry.
RESOLUTION_FLOOR = 0.75

MESSAGES = {
    "slide-count": QT_TRANSLATE_NOOP(
        "preflight", "has {slides} slides; a {format} talk needs exactly {expected}"
    ),
    "mixed-aspect": QT_TRANSLATE_NOOP(
        "preflight", "slide is {aspect} while most slides are {majority}"
    ),
    "aspect-mismatch": QT_TRANSLATE_NOOP(
        "preflight", "slides are {aspect}; the projector is {projector}, so they get black bands"
    ),
    "low-resolution": QT_TRANSLATE_NOOP(
        "preflight", "image is {width}×{height}, small for a {projector} projector: it will blur"
    ),
    "blank-slide": QT_TRANSLATE_NOOP("preflight", "slide is blank (one flat colour)"),
    "duplicate-slide": QT_TRANSLATE_NOOP("preflight", "slide looks identical to the previous one"),
    "render-failed": QT_TRANSLATE_NOOP("preflight", "slide cannot be drawn: {reason}"),
    "load-failed": QT_TRANSLATE_NOOP("preflight", "{reason}"),
}


@dataclass(frozen=True)
class SlideFacts:
    """What rendering one slide revealed."""

    width: float
    height: float
    pixels: tuple[int, int] | None = None
    flat: bool = False
    digest: str = ""
    error: str | None = None


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
) -> DeckReport:
    """Judge a rendered deck against its format and the projector."""
    findings: list[Finding] = []
    if len(facts) != expected_slides:
        params = {"slides": len(facts), "format": format_name, "expected": expected_slides}
        findings.append(Finding(ERROR, None, "slide-count", params))
    findings += _render_failures(facts)
    findings += _aspect_findings(facts, projector)
    findings += _resolution_findings(facts, projector)
    findings += _content_findings(facts)
    findings.sort(key=lambda f: (f.slide or 0, f.severity != ERROR))
    return DeckReport(path, len(facts), tuple(findings))


def _same_aspect(a: float, b: float) -> bool:
    return abs(a - b) / b <= ASPECT_TOLERANCE


def _render_failures(facts: list[SlideFacts]) -> list[Finding]:
    return [
        Finding(ERROR, number, "render-failed", {"reason": fact.error})
        for number, fact in enumerate(facts, 1)
        if fact.error
    ]


def _aspect_findings(facts: list[SlideFacts], projector: tuple[int, int]) -> list[Finding]:
    drawn = [(n, f) for n, f in enumerate(facts, 1) if not f.error and f.height]
    if not drawn:
        return []
    groups: dict[str, list[int]] = {}
    for number, fact in drawn:
        groups.setdefault(aspect_name(fact.width, fact.height), []).append(number)
    majority = max(groups, key=lambda name: len(groups[name]))
    findings = [
        Finding(WARNING, number, "mixed-aspect", {"aspect": name, "majority": majority})
        for name, numbers in groups.items()
        if name != majority
        for number in numbers
    ]
    first = next(f for n, f in drawn if n == groups[majority][0])
    if not _same_aspect(first.width / first.height, projector[0] / projector[1]):
        params = {"aspect": majority, "projector": aspect_name(*projector)}
        findings.append(Finding(WARNING, None, "aspect-mismatch", params))
    return findings


def _resolution_findings(facts: list[SlideFacts], projector: tuple[int, int]) -> list[Finding]:
    findings = []
    for number, fact in enumerate(facts, 1):
        if fact.pixels is None or fact.error:
            continue
        width, height = fact.pixels
        # Compare the size the image will be drawn at, not the raw sides (letterboxing).
        scale = min(projector[0] / width, projector[1] / height)
        if scale > 1 / RESOLUTION_FLOOR:
            params = {
                "width": width,
                "height": height,
                "projector": f"{projector[0]}×{projector[1]}",
            }
            findings.append(Finding(WARNING, number, "low-resolution", params))
    return findings


def _content_findings(facts: list[SlideFacts]) -> list[Finding]:
    findings = []
    previous = ""
    for number, fact in enumerate(facts, 1):
        if fact.error:
            previous = ""
            continue
        if fact.flat:
            findings.append(Finding(INFO, number, "blank-slide"))
        elif fact.digest and fact.digest == previous:
            findings.append(Finding(INFO, number, "duplicate-slide"))
        previous = fact.digest
    return findings
