"""What happened to the file before any slide was drawn: repairs, conversions by LibreOffice
(and whether they were likely lossy), fonts replaced, animations lost, files not shown."""

from __future__ import annotations

from pechakucha.core.preflight.facts import (
    INFO,
    WARNING,
    DeckFacts,
    Finding,
    SlideFacts,
    slide_list,
)

Numbered = list[tuple[int, SlideFacts]]

# The application a converted deck should be exported from, by the kind convert.py names.
_APPS = {
    "a Keynote file": "Keynote",
    "a PowerPoint file": "PowerPoint",
    "an Impress presentation": "LibreOffice Impress",
}
# Kinds LibreOffice reads only roughly: their conversion is always worth a second look.
_ROUGH_KINDS = frozenset({"a Keynote file"})


def file_findings(shown: Numbered, deck: DeckFacts) -> list[Finding]:
    """Repairs, conversions, fonts, animations and skipped files."""
    findings = _repair_findings(shown, deck) + _conversion_findings(shown, deck)
    if deck.hidden_slides:
        params = {"slides": slide_list(deck.hidden_slides)}
        findings.append(Finding(INFO, None, "hidden-slides", params))
    for swap in deck.fonts:
        params = {"font": swap.font, "slides": slide_list(swap.slides)}
        if swap.substitute:
            params["substitute"] = swap.substitute
        code = "font-substituted" if swap.substitute else "font-replaced"
        findings.append(Finding(WARNING, None, code, params))
    if deck.animated_slides:
        params = {"slides": slide_list(deck.animated_slides)}
        findings.append(Finding(WARNING, None, "animation-lost", params))
    if deck.skipped_files:
        params = {"files": ", ".join(deck.skipped_files)}
        findings.append(Finding(WARNING, None, "files-skipped", params))
    return findings


def _repair_findings(shown: Numbered, deck: DeckFacts) -> list[Finding]:
    if not deck.repaired:
        return []
    damaged = [n for n, f in shown if f.damaged or f.error]
    findings = [Finding(WARNING, n, "damaged-slide") for n, f in shown if f.damaged]
    if damaged:
        findings.append(Finding(WARNING, None, "repaired", {"slides": slide_list(damaged)}))
    else:
        findings.append(Finding(WARNING, None, "repaired-unknown"))
    return findings


def _conversion_findings(shown: Numbered, deck: DeckFacts) -> list[Finding]:
    """A conversion is information, unless it was likely lossy: a Keynote file, or text
    printed over other text (a template's hidden text drawn over the speaker's). Then a
    warning asks for a PDF exported from the original application."""
    kind = deck.converted_from
    if not kind:
        return []
    overprinted = [n for n, f in shown if f.overlaps and not f.error]
    findings = [Finding(WARNING, n, "overprinted-text") for n in overprinted]
    app = _APPS.get(kind, "the application that made it")
    if overprinted or kind in _ROUGH_KINDS:
        findings.append(Finding(WARNING, None, "lossy-conversion", {"kind": kind, "app": app}))
    else:
        findings.append(Finding(INFO, None, "converted", {"kind": kind}))
    return findings
