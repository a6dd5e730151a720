"""Decks exported the wrong way, recognised from their pages' text and layout.

A speaker told "122 pages, not 20" needs to know why: beamer overlays (every \\pause a page),
notes pages (the slide above the speaker's notes), a printed document instead of slides, a
"Thank you" or contact page past the twentieth.
"""

from __future__ import annotations

import re
from itertools import pairwise

from pechakucha.core.preflight.facts import (
    WARNING,
    DeckFacts,
    Finding,
    SlideFacts,
    aspect_name,
)

# A page that continues the previous one keeps at least this share of its words.
KEPT_WORDS = 0.9
# Notes beside a slide picture: at least this many characters of text outside the picture
# (beamer's notes below a slide may be one short word).
NOTES_TEXT = 3
# Running text of a printed document: characters per page, on average.
DOCUMENT_TEXT = 600
# A closing page says little: at most this many characters besides digits, or (with contact
# details: an e-mail, a web address, a @handle) at most CONTACT_LENGTH.
CLOSING_LENGTH = 60
CONTACT_LENGTH = 400
CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|https?://|www\.|(^|\s)@\w{2,}", re.IGNORECASE)
# Creators whose PDFs are beamer's: beamer itself, or pandoc's LaTeX (which uses beamer).
BEAMER_CREATORS = ("beamer", "pandoc")
CLOSING_WORDS = re.compile(
    r"\b(thank you|thanks|questions|q ?& ?a|gracias|preguntas|merci|danke|grazie|obrigad[oa]"
    r"|moltes gràcies|graci[eè]s|eskerrik asko|the end|fin)\b",
    re.IGNORECASE,
)
PAGE_NUMBER = re.compile(
    r"^\s*(page|p\.|pág\.?|página)?\s*\d+\s*((/|of|de|sur|von)\s*\d+)?\s*$",
    re.IGNORECASE,
)


def may_be_page_number(text: str) -> bool:
    """True if a page's whole text is a page number ("7", "7 / 20", "Page 7")."""
    return bool(PAGE_NUMBER.match(text))


def export_findings(facts: list[SlideFacts], deck: DeckFacts, expected: int) -> list[Finding]:
    """Findings about how the deck was exported."""
    count = len(facts) if deck.slides is None else deck.slides
    findings = _overlay_findings(facts, deck, count, expected)
    notes = _notes_findings(facts)
    findings += notes or _printed_findings(facts)
    findings += _closing_findings(facts, count, expected)
    return findings


def continues(previous: SlideFacts, page: SlideFacts) -> bool:
    """True if `page` is one more step of the same frame as `previous`: the same page label,
    or (without labels) the same title with the previous page's words kept."""
    if previous.label and page.label:
        return previous.label == page.label
    if not previous.title or previous.title != page.title:
        return False
    before, after = set(previous.text.split()), set(page.text.split())
    return bool(before) and len(before & after) >= KEPT_WORDS * len(before)


def _overlay_findings(
    facts: list[SlideFacts], deck: DeckFacts, count: int, expected: int
) -> list[Finding]:
    if count <= expected:  # steps make more pages than slides, never fewer
        return []
    steps = sum(continues(a, b) for a, b in pairwise(facts))
    if steps < 2 or count - steps < 2:
        return []
    creator = deck.creator.lower()
    beamer = any(name in creator for name in BEAMER_CREATORS)
    code = "overlays-beamer" if beamer else "build-steps"
    return [Finding(WARNING, None, code, {"pages": count, "frames": count - steps})]


def _is_notes_page(fact: SlideFacts) -> bool:
    return fact.picture is not None and fact.text_outside >= NOTES_TEXT


def _notes_findings(facts: list[SlideFacts]) -> list[Finding]:
    """Notes exports: every page portrait with the slide on top (PowerPoint, Keynote,
    Deckset), or a notes page after each slide (beamer's show notes)."""
    notes = [n for n, fact in enumerate(facts) if _is_notes_page(fact)]
    if not notes:
        return []
    portrait = [n for n in notes if facts[n].width < facts[n].height]
    alternating = all(b - a > 1 for a, b in pairwise(notes))
    if len(portrait) * 2 >= len(facts) or (alternating and len(notes) * 3 >= len(facts)):
        return [Finding(WARNING, None, "notes-pages")]
    return []


def _printed_findings(facts: list[SlideFacts]) -> list[Finding]:
    portrait = [f for f in facts if f.height > f.width * 1.1]
    if not facts or len(portrait) * 2 <= len(facts):
        return []
    if sum(len(f.text) for f in facts) < DOCUMENT_TEXT * len(facts):
        return []
    aspect = aspect_name(portrait[0].width, portrait[0].height)
    return [Finding(WARNING, None, "printed-document", {"aspect": aspect})]


def _closing_findings(facts: list[SlideFacts], count: int, expected: int) -> list[Finding]:
    if count != expected + 1 or len(facts) != count:
        return []
    last = facts[-1]
    words = re.sub(r"\d+", "", last.text).strip(" \t\n/.-–|")
    contact = bool(CONTACT.search(last.text))
    limit = CONTACT_LENGTH if contact else CLOSING_LENGTH
    if not words or len(words) > limit or not (contact or CLOSING_WORDS.search(words)):
        return []
    text = (last.title or words).strip()
    match = CLOSING_WORDS.search(text) or CLOSING_WORDS.search(words)
    if len(text) > CLOSING_LENGTH and match:
        text = match.group(0)
    return [Finding(WARNING, count, "closing-slide", {"words": text, "expected": expected})]
