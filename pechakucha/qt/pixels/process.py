"""The GUI's side of the render process: a queue of jobs, one in flight, a restart on death.

Qt-free and thread-safe. Jobs are answered in priority order (then first come, first served).
One job at a time is in flight, so when the process dies (a MuPDF crash on a hostile file) the
culprit is known: it is tried once more in a new process, then failed; every other job is still
queued and simply goes to the new process. A process killed from outside (SIGKILL, SIGTERM) does
not count against its job (up to MAX_KILLS times), and a watchdog kills a process that has not
answered its job by the job's deadline (hung, or stopped): the job is then tried again with
a deadline three times longer (a busy laptop's slow slide is not a hang), up to MAX_HANGS times.

A plain subprocess rather than `multiprocessing.Process`: spawn would add a resource-tracker
process (13 MB measured) and import the app's `__main__` again; its stdin and stdout pipes and
shared memory the GUI creates (`transport`) are all that is needed, on every system.
"""

from __future__ import annotations

import contextlib
import itertools
import signal
import threading
import time
from collections.abc import Callable, Hashable
from concurrent.futures import Future, InvalidStateError
from dataclasses import dataclass, field

from pechakucha.qt.pixels.protocol import PIXELS_AT, Drawn, dumps, loads
from pechakucha.qt.pixels.transport import CLOSE_TIMEOUT, Slot, Worker, create_slot, launch

URGENT, SOON, AHEAD = 0, 1, 2  # priorities: a view needs it now; next slides; the talk ahead
MAX_ATTEMPTS = 2  # a job that crashes the process (or hangs it) twice fails: it is the culprit
MAX_KILLS = 5  # a job whose process is killed from outside this often fails too
MAX_HANGS = 3  # a job past its deadline this often (20 s, 60 s, 180 s) fails too

# Seconds a job may take before the watchdog restarts the process (a slide draws in 0.1 s, a
# very heavy one in a few, 10+ on a busy laptop; a stopped or hung process never answers: one
# slide's time at most). Each retry after a hang gets 3 × longer.
DEADLINES = {"open": 20.0, "render": 20.0, "call": 120.0}
RETRY_GRACE = 3.0
# Exit codes of a process killed from outside (POSIX; Windows cannot tell a kill from a crash).
_OUTSIDE_KILLS = {
    -getattr(signal, name) for name in ("SIGKILL", "SIGTERM") if hasattr(signal, name)
}


class RendererStopped(RuntimeError):
    """The render process died (or hung) while doing this job, on every attempt."""


@dataclass(frozen=True)
class Death:
    """Why a render process was restarted: its exit code, the job it was doing (its message, or
    None), and whether the watchdog stopped it (`hung`: past the job's deadline)."""

    exit_code: int
    message: tuple | None
    hung: bool
    deadline: float


@dataclass(eq=False)
class Job:
    """A message for the render process and the future that will hold its answer."""

    message: tuple
    priority: int
    order: int
    merge: Hashable | None
    future: Future = field(default_factory=Future)
    attempts: int = 0  # crashes while doing it
    hangs: int = 0  # times it passed its deadline
    kills: int = 0  # deaths from outside while doing it
    slot: Slot | None = None  # the shared memory it draws into, while in flight
    deadline: float | None = None  # time.monotonic() past which the watchdog steps in
    hung: bool = False


_prestarted: list[Worker] = []


def prestart() -> None:
    """Start a render process now for the first RenderProcess to adopt: at launch it loads
    PyMuPDF on the other core while this process loads Qt."""
    if not _prestarted:
        _prestarted.append(launch())


class RenderProcess:
    """Runs jobs in a render process, one at a time, restarting it when it dies or hangs.

    `on_death(death)` is called (on a reader thread) after each unexpected death or hang; the
    process is restarted at once. `deadlines` (seconds per kind of job) replace DEADLINES."""

    def __init__(
        self,
        on_death: Callable[[Death], None] | None = None,
        deadlines: dict[str, float] | None = None,
    ) -> None:
        self._on_death = on_death
        self._deadlines = DEADLINES | (deadlines or {})
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)  # wakes the watchdog
        self._queue: list[Job] = []
        self._merging: dict[Hashable, Job] = {}
        self._inflight: Job | None = None
        self._worker: Worker | None = None
        self._orders = itertools.count()
        self._closed = False
        self._quiet: tuple[float, float] | None = None  # (from, to): only urgent jobs start
        self._wake: threading.Timer | None = None
        self._watchdog: threading.Thread | None = None

    @property
    def pid(self) -> int | None:
        """The process id of the render process running now (None if none is)."""
        worker = self._worker
        return worker.popen.pid if worker is not None else None

    def set_deadlines(self, deadlines: dict[str, float]) -> None:
        """Seconds a job of each kind ("open", "render", "call") may take before the process
        is taken for hung and restarted (the others keep theirs)."""
        with self._lock:
            self._deadlines |= deadlines

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
            self._changed.notify_all()
            if self._wake is not None:
                self._wake.cancel()
            jobs = [*self._queue, *([self._inflight] if self._inflight else [])]
            self._queue.clear()
            self._merging.clear()
            self._inflight = None
            worker, self._worker = self._worker, None
        for job in jobs:
            job.future.cancel()
            _discard(job)
        if worker is not None:
            worker.stop()

    # -- with the lock held ---------------------------------------------------------------
    def _start_locked(self) -> None:
        worker = _prestarted.pop() if _prestarted else None
        if worker is None or worker.popen.poll() is not None:
            worker = launch()
        self._worker = worker
        threading.Thread(target=self._read, args=(worker,), daemon=True).start()
        if self._watchdog is None:
            self._watchdog = threading.Thread(target=self._watch, daemon=True)
            self._watchdog.start()

    def _dispatch_locked(self) -> None:
        if self._inflight is not None or not self._queue or self._closed:
            return
        job = min(self._queue, key=lambda j: (j.priority, j.order))
        if job.priority != URGENT and self._quiet_for_locked() > 0:
            return
        if self._worker is None:
            self._start_locked()
        self._queue.remove(job)
        try:
            message = self._with_slot(job)
        except OSError as error:  # no shared memory for it (a full disk, a file-size limit)
            self._merging.pop(job.merge, None)
            settle = threading.Thread(target=_settle, args=(job.future, ("error", error)))
            settle.start()  # its callbacks may submit again: not with our lock held
            self._dispatch_locked()
            return
        self._inflight = job
        job.deadline = time.monotonic() + self._deadline_for(job)
        self._changed.notify_all()
        with contextlib.suppress(OSError):  # if dead, its reader thread restarts and resends
            self._worker.link.send_bytes(dumps(message))

    def _with_slot(self, job: Job) -> tuple:
        """The job's message as sent: a render job names new shared memory to draw into."""
        if job.message[0] != "render":
            return job.message
        key = job.message[1]
        job.slot = create_slot(PIXELS_AT + key.width * key.height * 4)
        return (*job.message, job.slot.name)

    def _deadline_for(self, job: Job) -> float:
        seconds = self._deadlines.get(job.message[0], DEADLINES["call"])
        return seconds * RETRY_GRACE**job.hangs

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

    # -- on the watchdog's thread ---------------------------------------------------------
    def _watch(self) -> None:
        """Kill the process when its job is past its deadline; wakes only for that."""
        with self._changed:
            while not self._closed:
                job, worker = self._inflight, self._worker
                if job is None or job.deadline is None or worker is None:
                    self._changed.wait()
                    continue
                left = job.deadline - time.monotonic()
                if left > 0:
                    self._changed.wait(left)
                    continue
                job.hung, job.deadline = True, None
                with contextlib.suppress(OSError):
                    worker.popen.kill()  # its reader thread sees the end and restarts it

    # -- on the worker's reader thread ----------------------------------------------------
    def _read(self, worker: Worker) -> None:
        try:
            while True:
                reply = _decode(worker.link.recv_bytes())
                self._answered(worker, reply)
        except (EOFError, OSError):
            self._died(worker)
        finally:
            with contextlib.suppress(OSError):
                worker.popen.stdout.close()

    def _answered(self, worker: Worker, reply: tuple) -> None:
        with self._lock:
            if worker is not self._worker:
                return
            worker.answered = True
            job, self._inflight = self._inflight, None
            if job is not None and job.merge is not None:
                self._merging.pop(job.merge, None)
            slot = job.slot if job is not None else None
            if job is not None:
                job.slot = None
            self._dispatch_locked()
        if job is None:
            return
        _settle(job.future, _with_pixels(reply, slot))

    def _died(self, worker: Worker) -> None:
        with self._lock:
            if worker is not self._worker:  # closed, or replaced already
                return
            self._worker = None
            exit_code = worker.stop(timeout=CLOSE_TIMEOUT)
            job, self._inflight = self._inflight, None
            death = Death(
                exit_code,
                job.message if job else None,
                bool(job and job.hung),
                self._deadline_for(job) if job else 0.0,
            )
            culprit = self._requeue_locked(job, exit_code) if job is not None else None
            if self._queue or worker.answered:  # one that never answered is not restarted idle
                self._start_locked()
                self._dispatch_locked()
        if culprit is not None:
            stopped = RendererStopped(f"the render process stopped (exit code {exit_code})")
            _settle(culprit.future, ("error", stopped))
        if self._on_death is not None:
            self._on_death(death)

    def _requeue_locked(self, job: Job, exit_code: int) -> Job | None:
        """Queue the job again after its process died; the job itself if it is the culprit."""
        _discard(job)
        if job.hung:
            job.hangs += 1
        elif exit_code in _OUTSIDE_KILLS:
            job.kills += 1
        else:
            job.attempts += 1
        job.hung, job.deadline = False, None
        if job.attempts >= MAX_ATTEMPTS or job.kills >= MAX_KILLS or job.hangs >= MAX_HANGS:
            self._merging.pop(job.merge, None)
            return job
        self._queue.append(job)
        return None


def _with_pixels(reply: tuple, slot: Slot | None) -> tuple:
    """A render reply as the GUI uses it: ("ok", (Drawn, mapping or None))."""
    if reply[0] != "ok" or not isinstance(reply[1], Drawn):
        if slot is not None:
            slot.discard()
        return reply
    drawn = reply[1]
    if slot is None or not drawn.shared:
        if slot is not None:
            slot.discard()
        return ("ok", (drawn, None))
    try:
        return ("ok", (drawn, slot.take()))
    except OSError as error:
        slot.discard()
        return ("error", error)


def _discard(job: Job) -> None:
    if job.slot is not None:
        job.slot.discard()
        job.slot = None


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
