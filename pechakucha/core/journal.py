"""The event journal: JSON lines, written and synced line by line so it survives a crash.

It is the evidence that timing was right (each advance carries when it was due and when it
was shown, on the same monotonic clock) and the basis of reports and crash recovery.

The journal is a witness, never a dependency: writing to it never raises. Every entry is kept
in memory first; a line the disk refuses (full, read-only, folder missing) waits and is retried
with the next entry or `retry()`, byte-exact, so the file ends up whole once the disk accepts
it again. `saved` and `problem` say how it stands, for the console.

With `background=True` (the show's journal) the disk is written by one writer thread, in
order: `write` only appends the line to memory and wakes the writer, so a stalled or slow disk
never holds up a slide or a key; `lag()` says how far behind the disk is, for a sign on the
console.
"""

from __future__ import annotations

import errno
import json
import math
import os
import stat
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class _Sink:
    """One journal file, appended with raw writes: no hidden buffer that could fail later."""

    def __init__(self, path: Path, lock: threading.Lock, background: bool = False) -> None:
        self.path = path
        self.fd: int | None = None
        self.pending = bytearray()  # bytes not yet accepted by the system
        self.unsynced = False  # accepted but not yet fsync'ed
        self.error: OSError | None = None
        self.lock = lock  # guards `pending` between the caller and the writer thread
        if not background:
            self.flush()

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Non-blocking: a FIFO or a slow pipe (`--log /dev/stdout`) refuses instead of hanging.
        flags = os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
        self.fd = os.open(self.path, flags, 0o644)
        info = os.fstat(self.fd)
        size = info.st_size if stat.S_ISREG(info.st_mode) else 0
        if size and os.pread(self.fd, 1, size - 1) != b"\n":
            self.pending[:0] = b"\n"  # after a torn last line, start on a new one

    def add(self, data: bytes, write: bool = True) -> None:
        """Queue `data` and (unless a writer thread does it) try to write everything queued."""
        with self.lock:
            self.pending += data
        if write:
            self.flush()

    def flush(self) -> bool:
        """Write and sync what is queued; False (and `error` set) if the system refused."""
        try:
            if self.fd is None:
                with self.lock:
                    self._open()
            while True:
                with self.lock:
                    data = bytes(self.pending)
                if not data:
                    break
                written = os.write(self.fd, data)
                with self.lock:
                    del self.pending[:written]
                self.unsynced = True
            if self.unsynced:
                os.fsync(self.fd)  # a power cut must not lose the line either
                self.unsynced = False
        except OSError as error:
            self.error = error
            return False
        self.error = None
        return True

    def close(self) -> None:
        """Close the file; what the disk never took stays in the journal's memory."""
        if self.fd is not None:
            try:
                os.close(self.fd)
            except OSError as error:
                self.error = error
            self.fd = None


class _Writer(threading.Thread):
    """The one thread that writes a background journal's lines, in the order they came."""

    RETRY_SECONDS = 0.5  # a refusing disk is tried again this often

    def __init__(self, sinks: list[_Sink]) -> None:
        super().__init__(name="journal-writer", daemon=True)
        self.sinks = sinks
        self.wake = threading.Event()
        self.stopping = False
        self.busy_since: float | None = None  # monotonic time the oldest unwritten line came

    def run(self) -> None:
        while True:
            self.wake.wait(self.RETRY_SECONDS if self.busy_since is not None else None)
            self.wake.clear()
            for sink in self.sinks:
                if sink.pending or sink.error is not None or sink.unsynced:
                    try:
                        sink.flush()
                    except Exception as error:  # never die: the show would lose its witness
                        sink.error = OSError(str(error) or type(error).__name__)
            if all(not sink.pending and sink.error is None for sink in self.sinks):
                self.busy_since = None
            if self.stopping and self.busy_since is None:
                return

    def queued(self) -> None:
        """Lines were queued: note since when, and wake the thread."""
        if self.busy_since is None:
            self.busy_since = time.monotonic()
        self.wake.set()


class Journal:
    """Appends events to memory and, if given a path, to a JSON-lines file (and to a copy:
    a session always keeps its journal in the app's data folder, `--log` adds another)."""

    def __init__(
        self,
        path: str | Path | None = None,
        wall_clock: Callable[[], float] = time.time,
        copy: str | Path | None = None,
        background: bool = False,
    ) -> None:
        self.path = Path(path) if path else None
        self.wall_clock = wall_clock  # wall-clock seconds; tests pass a fake one
        self.entries: list[dict[str, Any]] = []
        targets = (self.path, Path(copy) if copy else None)
        lock = threading.Lock()
        self._sinks = [_Sink(target, lock, background) for target in targets if target]
        self._writer: _Writer | None = None
        if background and self._sinks:
            self._writer = _Writer(self._sinks)
            self._writer.start()
            self._writer.queued()  # open the files (and find a torn last line) off this thread

    def lag(self) -> float:
        """Seconds the oldest line not yet on disk has waited (0 when all is written)."""
        since = self._writer.busy_since if self._writer is not None else None
        return 0.0 if since is None else max(0.0, time.monotonic() - since)

    def drain(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for the writer thread to put everything on disk (for
        tests and the end of a run); True if it did."""
        deadline = time.monotonic() + timeout
        while self._writer is not None and (
            self._writer.busy_since is not None or any(sink.pending for sink in self._sinks)
        ):
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return self.saved

    @property
    def saved(self) -> bool:
        """True if every entry so far is on disk (always True without a file)."""
        return all(sink.error is None and not sink.pending for sink in self._sinks)

    @property
    def problem(self) -> str | None:
        """Why the journal is not saved, in a few words ("No space left on device"), or None."""
        for sink in self._sinks:
            if sink.error is not None:
                return sink.error.strerror or str(sink.error)
        return None

    def write(self, event: str, t: float, **fields: Any) -> dict[str, Any]:
        """Record `event` at monotonic time `t` (plus the wall-clock time, for people).

        Never raises for the disk: the entry is kept in memory and written when it can be."""
        entry = {"event": event, "t": round(t, 6), "wall": round(self.wall_clock(), 3), **fields}
        self.entries.append(entry)
        if self._sinks:
            data = encode_entry(entry)
            for sink in self._sinks:
                sink.add(data, write=self._writer is None)
            if self._writer is not None:
                self._writer.queued()
        return entry

    def retry(self) -> bool:
        """Try again to write what the disk refused (a failing disk answers at once); True if
        everything is saved now. With a writer thread: wake it; True unless the disk refused."""
        if self._writer is not None:
            # Only when there is something to retry: the console asks at every repaint, and
            # waking the thread for nothing cost 30 context switches a second in a Q&A.
            if any(sink.error is not None or sink.pending for sink in self._sinks):
                self._writer.wake.set()
            return self.problem is None
        for sink in self._sinks:
            if sink.error is not None or sink.pending:
                sink.flush()
        return self.saved

    def close(self, timeout: float = 5.0) -> None:
        """Close the files (entries stay in memory); a writer thread first gets up to
        `timeout` seconds to write what is queued."""
        if self._writer is not None:
            self._writer.stopping = True
            self._writer.wake.set()
            self._writer.join(timeout)
            if self._writer.is_alive():
                return  # a stalled disk: the thread (a daemon) closes nothing under its feet
        for sink in self._sinks:
            sink.close()


def encode_entry(entry: dict[str, Any]) -> bytes:
    """One journal line as UTF-8 bytes. Text that is not valid Unicode (a file name with
    undecodable bytes) is written as JSON escapes, so the line stays valid UTF-8 and JSON."""
    try:
        return (json.dumps(entry, ensure_ascii=False, default=str) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(entry, ensure_ascii=True, default=str) + "\n").encode("ascii")


@dataclass
class JournalRead:
    """What could be read of a journal file: its entries, and the lines that were skipped."""

    entries: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # line numbers (from 1)


def load_journal(path: str | Path) -> JournalRead:
    """Every readable entry of a journal file. A line that is torn (crash or full disk
    mid-write), not UTF-8, not JSON or not an event is skipped and its number reported.

    Raises OSError if the file cannot be read at all or is not a regular file (a FIFO or a
    device would never end)."""
    read = JournalRead()
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    with open(descriptor, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            entry = _parse_line(raw)
            if entry is None:
                read.skipped.append(number)
            else:
                read.entries.append(entry)
    return read


def read_journal(path: str | Path) -> list[dict[str, Any]]:
    """Every readable entry of a journal file (see load_journal)."""
    return load_journal(path).entries


def _parse_line(raw: bytes) -> dict[str, Any] | None:
    """The event on one line, or None if the line is not one."""
    try:
        entry = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(entry, dict) or not isinstance(entry.get("event"), str):
        return None
    t = entry.get("t")
    if isinstance(t, bool) or not isinstance(t, int | float) or not math.isfinite(t):
        return None
    return entry
