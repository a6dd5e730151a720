"""Disk faults injected at the operating-system boundary, for one file only.

The journal writes with os.open / os.write / os.fsync; these stand-ins make the calls for one
file fail the way a full or read-only disk makes them fail (a short write, then the error), and
pass every other call to the system. Nothing above the system calls is replaced.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest


class FailingDisk:
    """The disk under `path`: healthy until fail(), refusing until heal().

    While failing, the first write to the file is short (half its bytes land, as when a disk
    fills mid-write), the next ones raise `error`, and so does fsync. With `refuse_open`, the file
    cannot even be opened (a read-only folder at launch); with `sync_only`, writes land and only
    fsync fails (an I/O error on the way to the platter)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, path: str | Path) -> None:
        self.path = Path(path)
        self.error: int | None = None
        self.refuse_open = self.sync_only = False
        self.refused = 0  # calls that failed
        self._short_done = False
        self._real_open, self._real_write, self._real_fsync = os.open, os.write, os.fsync
        monkeypatch.setattr(os, "open", self._open)
        monkeypatch.setattr(os, "write", self._write)
        monkeypatch.setattr(os, "fsync", self._fsync)

    def fail(
        self, error: int = errno.ENOSPC, refuse_open: bool = False, sync_only: bool = False
    ) -> None:
        """From now on, writes to the file fail with `error`."""
        self.error, self.refuse_open, self.sync_only = error, refuse_open, sync_only
        self._short_done = False

    def heal(self) -> None:
        """The disk has room again (or is writable again)."""
        self.error, self.refuse_open = None, False

    def _refusal(self, error: int) -> OSError:
        self.refused += 1
        return OSError(error, os.strerror(error), str(self.path))

    def _is_ours(self, fd: int) -> bool:
        try:
            mine, target = os.fstat(fd), os.stat(self.path)
        except OSError:
            return False
        return (mine.st_dev, mine.st_ino) == (target.st_dev, target.st_ino)

    def _open(self, path, flags, mode=0o777, *args, **kwargs):
        error = self.error  # read once: heal() may run on another thread meanwhile
        if error is not None and self.refuse_open and Path(os.fsdecode(path)) == self.path:
            raise self._refusal(error)
        return self._real_open(path, flags, mode, *args, **kwargs)

    def _write(self, fd: int, data) -> int:
        error = self.error  # read once: heal() may run on another thread meanwhile
        if error is None or self.sync_only or not self._is_ours(fd):
            return self._real_write(fd, data)
        if not self._short_done and len(data) > 1:
            self._short_done = True
            return self._real_write(fd, bytes(data[: len(data) // 2]))
        raise self._refusal(error)

    def _fsync(self, fd: int) -> None:
        error = self.error
        if error is not None and self._is_ours(fd):
            raise self._refusal(error)
        self._real_fsync(fd)


class StallingDisk:
    """The disk under `path`: every fsync of that file hangs from stall() until release(),
    the way a frozen network or USB disk hangs (the call returns late, without an error)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, path: str | Path) -> None:
        import threading

        self.path = Path(path)
        self.released = threading.Event()
        self.released.set()
        self.fds: set[int] = set()
        self._real_open, self._real_fsync = os.open, os.fsync
        monkeypatch.setattr(os, "open", self._open)
        monkeypatch.setattr(os, "fsync", self._fsync)

    def stall(self) -> None:
        """From now on, fsync of the file hangs."""
        self.released.clear()

    def release(self) -> None:
        """The disk answers again."""
        self.released.set()

    def _open(self, path, flags, mode=0o777, *args, **kwargs):
        fd = self._real_open(path, flags, mode, *args, **kwargs)
        if Path(os.fsdecode(path)) == self.path:
            self.fds.add(fd)
        return fd

    def _fsync(self, fd):
        if fd in self.fds:
            self.released.wait(30)
        return self._real_fsync(fd)
