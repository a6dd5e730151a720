"""The GUI's side of the render process: a queue of jobs, one in flight, a restart on death.

Qt-free and thread-safe. Jobs are answered in priority order (then first come, first served).
One job at a time is in flight, so when the process dies (a MuPDF crash on a hostile file,
kill -9) the culprit is known: it is tried once more in a new process, then failed; every other
job is still queued and simply goes to the new process.

A plain subprocess rather than `multiprocessing.Process`: spawn would add a resource-tracker
process (13 MB measured) and import the app's `__main__` again; a socket pair and
`multiprocessing.connection.Connection` are all that is needed.
"""

from __future__ import annotations

import contextlib
import itertools
import mmap
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Hashable
from concurrent.futures import Future, InvalidStateError
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

from pechakucha.qt.pixels.protocol import Drawn, dumps, loads

URGENT, SOON, AHEAD = 0, 1, 2  # priorities: a view needs it now; next slides; the talk ahead
MAX_ATTEMPTS = 2  # a job that kills the process twice fails (it is the culprit)
CLOSE_TIMEOUT = 1.0  # seconds a closing process may take to finish its job before it is killed


class RendererStopped(RuntimeError):
    """The render process died while doing this job, on every attempt."""


@dataclass(eq=False)
class Job:
    """A message for the render process and the future that will hold its answer."""

    message: tuple
    priority: int
    order: int
    merge: Hashable | None
    future: Future = field(default_factory=Future)
    attempts: int = 0


@dataclass(eq=False)
class Worker:
    """One running render process and our end of its socket."""

    popen: subprocess.Popen
    connection: Connection
    channel: socket.socket
    answered: bool = False

    def stop(self, timeout: float = CLOSE_TIMEOUT) -> int:
        """Shut the socket (the process exits when idle; our reader thread wakes up and
        closes its end), kill the process if it does not exit; its exit code."""
        with contextlib.suppress(OSError):
            self.channel.shutdown(socket.SHUT_RDWR)
        try:
            return self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            return self.popen.wait()


def launch() -> Worker:
    """Start a render process (it loads PyMuPDF and Pillow at once)."""
    ours, theirs = socket.socketpair()
    package_root = str(Path(__file__).resolve().parents[3])
    paths = [package_root, *filter(None, [os.environ.get("PYTHONPATH")])]
    popen = subprocess.Popen(
        [sys.executable, "-m", "pechakucha.qt.pixels.server", str(theirs.fileno())],
        pass_fds=[theirs.fileno()],
        stdin=subprocess.DEVNULL,
        env=dict(os.environ, PYTHONPATH=os.pathsep.join(paths)),
    )
    theirs.close()
    channel = socket.socket(fileno=os.dup(ours.fileno()))
    return Worker(popen, Connection(ours.detach()), channel)


_prestarted: list[Worker] = []


def prestart() -> None:
    """Start a render process now for the first RenderProcess to adopt: at launch it loads
    PyMuPDF on the other core while this process loads Qt."""
    if not _prestarted:
        _prestarted.append(launch())


def map_shared(descriptor: int, size: int) -> mmap.mmap:
    """Map a shared file and close its descriptor (the mapping keeps the memory alive).

    Its pages are mapped now, on the reader thread: left to the first paint, mapping them would
    stall the GUI thread (measured 13 ms at 1080p, 45 ms at 4K). Writable, though nobody
    writes: should Qt ever write to an image it would otherwise crash on a read-only page."""
    flags = mmap.MAP_SHARED | getattr(mmap, "MAP_POPULATE", 0)
    try:
        return mmap.mmap(descriptor, size, flags=flags)
    finally:
        os.close(descriptor)


class RenderProcess:
    """Runs jobs in a render process, one at a time, restarting it when it dies.

    `on_death(exit_code)` is called (on a reader thread) after each unexpected death; the
    process is restarted at once."""

    def __init__(self, on_death: Callable[[int], None] | None = None) -> None:
        self._on_death = on_death
        self._lock = threading.Lock()
        self._queue: list[Job] = []
        self._merging: dict[Hashable, Job] = {}
        self._inflight: Job | None = None
        self._worker: Worker | None = None
        self._orders = itertools.count()
        self._closed = False
        self._quiet: tuple[float, float] | None = None  # (from, to): only urgent jobs start
        self._wake: threading.Timer | None = None

    @property
    def pid(self) -> int | None:
        """The process id of the render process running now (None if none is)."""
        worker = self._worker
        return worker.popen.pid if worker is not None else None

    def start(self) -> None:
        """Have a render process running (adopting a prestarted one if there is)."""
        with self._lock:
            if self._worker is None and not self._closed:
                self._start_locked()

    def submit(self, message: tuple, priority: int, merge: Hashable | None = None) -> Future:
        """Queue `message`; its future holds the answer (or the error it raised).

        Jobs with the same `merge` key share one future; the more urgent priority wins."""
        with self._lock:
            job = self._merging.get(merge) if merge is not None else None
            if job is not None:
                job.priority = min(job.priority, priority)
                if job is not self._inflight:
                    job.message = merge_messages(job.message, message)
                return job.future
            job = Job(message, priority, next(self._orders), merge)
            if self._closed:
                job.future.cancel()
                return job.future
            if merge is not None:
                self._merging[merge] = job
            self._queue.append(job)
            self._dispatch_locked()
            return job.future

    def keep_quiet(self, start: float | None, end: float | None = None) -> None:
        """Start no job but urgent ones from `start` to `end` (time.monotonic seconds; None:
        no quiet time). A job that starts there takes a core the GUI needs at a deadline."""
        with self._lock:
            self._quiet = None if start is None or end is None else (start, end)
            self._dispatch_locked()

    def close(self) -> None:
        """Cancel every job and stop the render process."""
        with self._lock:
            self._closed = True
            if self._wake is not None:
                self._wake.cancel()
            jobs = [*self._queue, *([self._inflight] if self._inflight else [])]
            self._queue.clear()
            self._merging.clear()
            self._inflight = None
            worker, self._worker = self._worker, None
        for job in jobs:
            job.future.cancel()
        if worker is not None:
            worker.stop()

    # -- with the lock held ---------------------------------------------------------------
    def _start_locked(self) -> None:
        worker = _prestarted.pop() if _prestarted else None
        if worker is None or worker.popen.poll() is not None:
            worker = launch()
        self._worker = worker
        threading.Thread(target=self._read, args=(worker,), daemon=True).start()

    def _dispatch_locked(self) -> None:
        if self._inflight is not None or not self._queue or self._closed:
            return
        job = min(self._queue, key=lambda j: (j.priority, j.order))
        if job.priority != URGENT and self._quiet_for_locked() > 0:
            return
        if self._worker is None:
            self._start_locked()
        self._queue.remove(job)
        self._inflight = job
        with contextlib.suppress(OSError):  # if dead, its reader thread restarts and resends
            self._worker.connection.send_bytes(dumps(job.message))

    def _quiet_for_locked(self) -> float:
        """Seconds of quiet time left now (0: none); a timer dispatches again once it ends."""
        now = time.monotonic()
        if self._quiet is None or not self._quiet[0] <= now < self._quiet[1]:
            return 0.0
        left = self._quiet[1] - now
        if self._wake is None or not self._wake.is_alive():
            self._wake = threading.Timer(left, self._dispatch_later)
            self._wake.daemon = True
            self._wake.start()
        return left

    def _dispatch_later(self) -> None:
        with self._lock:
            self._wake = None
            self._dispatch_locked()

    # -- on the worker's reader thread ----------------------------------------------------
    def _read(self, worker: Worker) -> None:
        try:
            while True:
                reply = _decode(worker.connection.recv_bytes())
                if reply[0] == "ok" and isinstance(reply[1], Drawn):
                    reply = ("ok", (reply[1], self._receive_pixels(worker, reply[1])))
                self._answered(worker, reply)
        except (EOFError, OSError):
            self._died(worker)
        finally:
            worker.connection.close()
            worker.channel.close()

    @staticmethod
    def _receive_pixels(worker: Worker, drawn: Drawn) -> mmap.mmap | None:
        if not drawn.shared:
            return None
        _, descriptors, _, _ = socket.recv_fds(worker.channel, 1, 1)
        if not descriptors:  # the socket was shut meanwhile (closing)
            raise EOFError
        return map_shared(descriptors[0], drawn.height * drawn.stride)

    def _answered(self, worker: Worker, reply: tuple) -> None:
        with self._lock:
            if worker is not self._worker:
                return
            worker.answered = True
            job, self._inflight = self._inflight, None
            if job is not None and job.merge is not None:
                self._merging.pop(job.merge, None)
            self._dispatch_locked()
        if job is not None:
            _settle(job.future, reply)

    def _died(self, worker: Worker) -> None:
        with self._lock:
            if worker is not self._worker:  # closed, or replaced already
                return
            self._worker = None
            exit_code = worker.stop(timeout=CLOSE_TIMEOUT)
            job, self._inflight = self._inflight, None
            culprit = None
            if job is not None:
                job.attempts += 1
                if job.attempts >= MAX_ATTEMPTS:
                    culprit = job
                    self._merging.pop(job.merge, None)
                else:
                    self._queue.append(job)
            if self._queue or worker.answered:  # one that never answered is not restarted idle
                self._start_locked()
                self._dispatch_locked()
        if culprit is not None:
            stopped = RendererStopped(f"the render process stopped (exit code {exit_code})")
            _settle(culprit.future, ("error", stopped))
        if self._on_death is not None:
            self._on_death(exit_code)


def merge_messages(queued: tuple, new: tuple) -> tuple:
    """A render job asked for again: if either asks for the pixels, the merged one does."""
    if queued[0] == "render" and queued[3] is not None and new[3] is None:
        return new
    return queued


def _decode(data: bytes) -> tuple:
    try:
        return loads(data)
    except Exception as error:  # e.g. a class the GUI cannot import: fail this job only
        return ("error", RuntimeError(f"cannot read the render process's answer: {error}"))


def _settle(future: Future, reply: tuple) -> None:
    status, value = reply
    with contextlib.suppress(InvalidStateError):  # cancelled meanwhile: the GUI is closing
        if status == "ok":
            future.set_result(value)
        else:
            future.set_exception(value)
