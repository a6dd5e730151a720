"""One instance per session: a lock the operating system holds for the running show.

A file next to the show's journals is locked (flock on Linux and macOS, msvcrt.locking on
Windows) for as long as the show runs; the system drops the lock when the process ends, even
killed, so a crash never leaves a stale lock behind. A second start on the same session finds
it held and says so instead of running a second show beside the first.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


class RunLock:
    """RunLock(path): `acquire()` True if this process now runs the show, False if another
    one does; `release()` when the show ends."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; False if another process holds it. A lock file that
        cannot be made at all (a read-only data folder) does not stop the show: True."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        except OSError:
            return True
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def release(self) -> None:
        """Let another start run the show (closing the file drops the lock)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _lock(fd: int) -> None:
    """An exclusive, non-blocking lock on the file's first byte; OSError if it is held."""
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
