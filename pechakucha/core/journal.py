"""The event journal: JSON lines, flushed line by line so it survives a crash.

It is the evidence that timing was right (each advance carries when it was due and when it
was shown, on the same monotonic clock) and the basis of reports and crash recovery.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any


class Journal:
    """Appends events to memory and, if given a path, to a JSON-lines file (and to a copy:
    a session always keeps its journal in the app's data folder, `--log` adds another)."""

    def __init__(
        self,
        path: str | Path | None = None,
        wall_clock: Callable[[], float] = time.time,
        copy: str | Path | None = None,
    ) -> None:
        self.path = Path(path) if path else None
        self.wall_clock = wall_clock  # wall-clock seconds; tests pass a fake one
        self.entries: list[dict[str, Any]] = []
        self._files: list[IO[str]] = []
        for target in (self.path, Path(copy) if copy else None):
            if target is not None:
                target.parent.mkdir(parents=True, exist_ok=True)
                self._files.append(target.open("a", encoding="utf-8"))

    def write(self, event: str, t: float, **fields: Any) -> dict[str, Any]:
        """Record `event` at monotonic time `t` (plus the wall-clock time, for people)."""
        entry = {"event": event, "t": round(t, 6), "wall": round(self.wall_clock(), 3), **fields}
        self.entries.append(entry)
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        for file in self._files:
            file.write(line)
            file.flush()
            os.fsync(file.fileno())  # a power cut must not lose the line either
        return entry

    def close(self) -> None:
        """Close the files (entries stay in memory)."""
        while self._files:
            self._files.pop().close()


def read_journal(path: str | Path) -> list[dict[str, Any]]:
    """Every complete entry of a journal file; a torn last line (crash mid-write) is skipped."""
    entries = []
    with Path(path).open(encoding="utf-8") as handle:
        for line in handle:
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return entries
