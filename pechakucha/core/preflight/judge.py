"""Preflight: is a deck ready for its talk? Pure judgement over facts gathered by rendering.

The decks layer renders every slide a talk can show once and reports plain `SlideFacts` (and
`DeckFacts` about the file); this module turns them into findings. Errors and warnings are what
the audience would notice (what an organiser would have fixed); information (a 4:3 deck
letterboxed on a 16:9 projector, a picture a little soft) leaves a deck ready. The rules about
the file (conversions, fonts, animations) live in files.py, those about wrong exports
(overlays, notes pages, …) in exports.py.
"""

from __future__ import annotations

from pechakucha.core.preflight.exports import export_findings, may_be_page_number
from pechakucha.core.preflight.facts import (
    ERROR,
    INFO,
    WARNING,
    DeckFacts,
    DeckReport,
    Finding,
    SlideFacts,
    aspect_name,
    same_aspect,
    slide_list,
)
from pechakucha.core.preflight.files import file_findings

# An image below this fraction of the projector's pixels in either direction looks blurry.
RESOLUTION_FLOOR = 0.75
# Stretched less than this, a picture is only a little soft: information, unless strict.
SOFT_STRETCH = 1.5
# Pictures placed on a PDF page covering less than this share of the slide are not judged.
PICTURE_SHARE = 0.25
# A slide whose ink (besides a page number) covers at most this share of it is near blank.
NEAR_BLANK_INK = 0.003

Numbered = list[tuple[int, SlideFacts]]


def assess_deck(
    path: str,
    facts: list[SlideFacts],
    expected_slides: int,
    projector: tuple[int, int],
    format_name: str = "pechakucha",
    deck: DeckFacts | None = None,
    strict: bool = False,
) -> DeckReport:
    """Judge a rendered deck against its format and the projector. `strict`: a picture a
    little soft (stretched under SOFT_STRETCH×) is a warning too, not information."""
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
    findings += _resolution_findings(shown, projector, strict)
    findings += _content_findings(shown)
    findings += file_findings(shown, deck)
    findings += export_findings(facts, deck, expected_slides)
    findings.sort(key=lambda f: (f.slide or 0, f.severity != ERROR))
    return DeckReport(path, count, tuple(findings))


def _render_failures(shown: Numbered) -> list[Finding]:
    return [
        Finding(ERROR, number, "render-failed", {"reason": fact.error})
        for number, fact in shown
        if fact.error
    ] + [
        Finding(WARNING, number, "heavy-slide", {"shapes": fact.heavy})
        for number, fact in shown
        if fact.heavy and not fact.error
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
    if same_aspect(aspect, screen):
        return []
    severity = INFO if (aspect >= 1) == (screen >= 1) else WARNING
    params = {"aspect": name, "projector": aspect_name(*projector)}
    return [Finding(severity, None, "aspect-mismatch", params)]


def _resolution_findings(
    shown: Numbered, projector: tuple[int, int], strict: bool
) -> list[Finding]:
    findings = []
    screen = f"{projector[0]}×{projector[1]}"

    def blur(number: int, code: str, scale: float, params: dict) -> None:
        if scale <= 1 / RESOLUTION_FLOOR:
            return
        soft = scale < SOFT_STRETCH and not strict
        params = {**params, "projector": screen, "factor": round(scale, 1)}
        findings.append(Finding(INFO if soft else WARNING, number, code, params))

    for number, fact in shown:
        if fact.error:
            continue
        if fact.pixels is not None:
            width, height = fact.pixels
            # Compare the size the image will be drawn at, not the raw sides (letterboxing).
            scale = min(projector[0] / width, projector[1] / height)
            blur(number, "low-resolution", scale, {"width": width, "height": height})
        judged = [p for p in fact.pictures if p.share >= PICTURE_SHARE and p.photo]
        worst = max(judged, key=lambda p: p.stretch, default=None)
        if worst is not None:
            params = {"width": worst.pixels[0], "height": worst.pixels[1]}
            blur(number, "stretched-image", worst.stretch, params)
    return [_softened(f) for f in findings]


def _softened(finding: Finding) -> Finding:
    """A little soft is said as such: the information's own sentence."""
    if finding.severity != INFO:
        return finding
    return Finding(INFO, finding.slide, f"{finding.code}-soft", finding.params)


def _content_findings(shown: Numbered) -> list[Finding]:
    findings = []
    previous = ""
    for number, fact in shown:
        if fact.error:
            previous = ""
            continue
        blank = _blank_code(fact)
        if blank and fact.transparency != "hides":  # blank *because* its ink vanishes: one
            findings.append(Finding(WARNING, number, blank))
        elif fact.digest and fact.digest == previous:
            findings.append(Finding(INFO, number, "duplicate-slide"))
        if fact.transparency == "hides":
            findings.append(Finding(WARNING, number, "transparency-hides"))
        elif fact.transparency == "shown":
            findings.append(Finding(INFO, number, "transparency"))
        previous = fact.digest
    return findings


def _blank_code(fact: SlideFacts) -> str:
    """ "blank-slide", "page-number-only" or "near-blank-slide" if the slide shows (nearly)
    nothing; "" otherwise."""
    if fact.flat:
        return "page-number-only" if fact.text.strip() else "blank-slide"
    if fact.ink > NEAR_BLANK_INK:
        return ""
    if not fact.text.strip():
        return "near-blank-slide"
    return "page-number-only" if may_be_page_number(fact.text) else ""
