"""Every rehearsal run kept as one JSON file, per deck, so runs can be compared.

Layout: `DATA/rehearsals/<deck-name>-<hash>/run-<YYYYmmdd-HHMMSS>.json`, where the hash is of
the deck's absolute path (two `talk.pdf` in different folders never mix) and the name keeps the
folder readable. Files are written atomically; a damaged or foreign file is skipped on reading.

A run is *whole* when it played the talk from its first slide to its last and was not stopped;
a range (`--from/--to`) or a run stopped with Esc is kept too, but only compared with runs of
the same kind (`comparable`), so a five-slide drill never counts as a talk that ran out.
Files written before `talk_slides` and `finished` existed read as finished runs of a 20-slide
talk.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pechakucha.core.atomic import write_text_atomic
from pechakucha.core.rehearsal.pacing import PacingSummary, summarise

FORMAT_VERSION = 1
RUNS_FOLDER = "rehearsals"
DEFAULT_TALK_SLIDES = 20


def deck_key(deck: str | Path) -> str:
    """A folder name for a deck: its readable name plus a hash of its absolute path."""
    absolute = os.path.abspath(os.fspath(deck))
    digest = hashlib.sha256(absolute.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    name = re.sub(r"[^\w.-]+", "_", Path(absolute).name)[:60].strip("._") or "deck"
    return f"{name}-{digest}"


@dataclass(frozen=True)
class RehearsalRun:
    """One run: which deck slides (from `first`), at what pace, and each tap's offset
    (seconds after the slide ended; negative early, positive late; None no tap). A run
    stopped early (`finished` False) has the offsets of the slides it got through."""

    deck: str
    started: str  # local wall-clock time, ISO 8601, for people and for ordering
    format_name: str
    seconds_per_slide: float
    first: int
    offsets: tuple[float | None, ...]
    talk_slides: int = DEFAULT_TALK_SLIDES  # slides of the whole talk in its format
    finished: bool = True

    @property
    def whole(self) -> bool:
        """True for a run of the whole talk, to its end."""
        return self.finished and self.first == 1 and len(self.offsets) >= self.talk_slides

    def comparable(self, other: RehearsalRun) -> bool:
        """True when `other` is the same kind of run at the same pace: both whole, or both
        finished over the same slides, or (stopped runs) both stopped."""
        if other.seconds_per_slide != self.seconds_per_slide:
            return False
        if self.whole or other.whole:
            return self.whole and other.whole
        if not self.finished or not other.finished:
            return not self.finished and not other.finished
        return (self.first, self.last) == (other.first, other.last)

    @property
    def last(self) -> int:
        """The last deck slide of the run (1-based)."""
        return self.first + len(self.offsets) - 1

    def summary(self) -> PacingSummary:
        """Pacing summary of the run."""
        return summarise(self.offsets, self.seconds_per_slide, self.first)

    def by_slide(self) -> dict[int, float | None]:
        """Offset per deck slide number."""
        return {self.first + i: offset for i, offset in enumerate(self.offsets)}

    def to_json(self) -> dict[str, Any]:
        """The stored form."""
        return {
            "version": FORMAT_VERSION,
            "deck": self.deck,
            "started": self.started,
            "format": self.format_name,
            "seconds_per_slide": self.seconds_per_slide,
            "first": self.first,
            "offsets": list(self.offsets),
            "talk_slides": self.talk_slides,
            "finished": self.finished,
        }

    @classmethod
    def from_json(cls, data: Any) -> RehearsalRun:
        """Read the stored form; ValueError if it is not one."""
        if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
            raise ValueError("not a rehearsal run")
        offsets = data.get("offsets")
        if not isinstance(offsets, list) or not all(_is_offset(o) for o in offsets):
            raise ValueError("bad offsets")
        spp, first = data.get("seconds_per_slide"), data.get("first")
        if not _is_number(spp) or spp <= 0 or not isinstance(first, int) or first < 1:
            raise ValueError("bad pace or first slide")
        talk_slides = data.get("talk_slides", DEFAULT_TALK_SLIDES)
        finished = data.get("finished", True)
        if not isinstance(talk_slides, int) or talk_slides < 1 or not isinstance(finished, bool):
            raise ValueError("bad talk length or state")
        return cls(
            str(data.get("deck", "")),
            str(data.get("started", "")),
            str(data.get("format", "")),
            float(spp),
            first,
            tuple(None if o is None else float(o) for o in offsets),
            talk_slides,
            finished,
        )


class RunHistory:
    """The runs of one deck under a data folder."""

    def __init__(self, data_folder: str | Path, deck: str | Path) -> None:
        self.folder = Path(data_folder) / RUNS_FOLDER / deck_key(deck)

    def save(self, run: RehearsalRun) -> Path:
        """Write `run` as a new file (atomically) and return its path."""
        self.folder.mkdir(parents=True, exist_ok=True)
        stamp = re.sub(r"[^0-9T]", "", run.started)[:15].replace("T", "-") or "run"
        path = self.folder / f"run-{stamp}.json"
        counter = 2
        while path.exists():
            path = self.folder / f"run-{stamp}-{counter}.json"
            counter += 1
        write_text_atomic(path, json.dumps(run.to_json(), ensure_ascii=False, indent=1) + "\n")
        return path

    def load(self) -> list[RehearsalRun]:
        """Every readable run, oldest first (damaged files are skipped)."""
        if not self.folder.is_dir():
            return []
        runs: list[tuple[str, str, RehearsalRun]] = []
        for path in self.folder.glob("run-*.json"):
            try:
                run = RehearsalRun.from_json(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError, ValueError):
                continue
            runs.append((run.started, path.name, run))
        return [run for _, _, run in sorted(runs, key=lambda item: item[:2])]


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _is_offset(value: Any) -> bool:
    return value is None or _is_number(value)
