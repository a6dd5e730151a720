"""Speaker notes from a sidecar Markdown file next to the deck, one section per slide.

For `talk.pdf` the notes are `talk.pdf.notes.md` or `talk.notes.md`; for an image folder
`slides/`, `slides.notes.md` next to it or `notes.md` inside it. A section starts with a
heading that names its slide: `## Slide 3`, `# 3`, `### Slide 3: the harbour`. Text before the
first such heading is ignored (a title, a reminder to yourself).
"""

from __future__ import annotations

import re
from pathlib import Path

HEADING = re.compile(
    r"^\s{0,3}#{1,6}\s*(?:slide|diapositiv[ae]|diapo|folie|page|p\.)?\s*(\d{1,3})\b\s*[:.)\-–—]?.*$",
    re.IGNORECASE,
)
MAX_NOTES_BYTES = 2 * 1024 * 1024


def sidecar_candidates(deck: str | Path) -> list[Path]:
    """Where notes for `deck` may be, in order of preference."""
    deck = Path(deck)
    names = [deck.with_name(deck.name + ".notes.md")]
    if deck.suffix:
        names.append(deck.with_name(deck.stem + ".notes.md"))
    names.append(deck / "notes.md")
    return names


def find_sidecar(deck: str | Path) -> Path | None:
    """The notes file of `deck`, if there is one."""
    for candidate in sidecar_candidates(deck):
        if candidate.is_file():
            return candidate
    return None


def parse_notes(text: str) -> dict[int, str]:
    """Slide number (1-based) → its notes (Markdown, stripped). Repeated sections are joined."""
    notes: dict[int, list[str]] = {}
    current: list[str] | None = None
    for line in text.removeprefix("\ufeff").splitlines():
        match = HEADING.match(line)
        if match:
            current = notes.setdefault(int(match.group(1)), [])
            if current:
                current.append("")
            continue
        if current is not None:
            current.append(line)
    joined = {number: "\n".join(lines).strip() for number, lines in notes.items()}
    return {number: text for number, text in joined.items() if text}


def load_notes(deck: str | Path) -> dict[int, str]:
    """The sidecar notes of `deck` (empty if none or unreadable: notes are never essential)."""
    path = find_sidecar(deck)
    if path is None:
        return {}
    try:
        if path.stat().st_size > MAX_NOTES_BYTES:
            return {}
        return parse_notes(path.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return {}


def merge_notes(sidecar: dict[int, str], annotations: dict[int, list[str]]) -> dict[int, str]:
    """Sidecar notes followed by the slide's PDF sticky notes, one paragraph each."""
    merged = dict(sidecar)
    for number, texts in annotations.items():
        parts = [merged[number]] if number in merged else []
        parts += [text.strip() for text in texts if text.strip()]
        if parts:
            merged[number] = "\n\n".join(parts)
    return merged
