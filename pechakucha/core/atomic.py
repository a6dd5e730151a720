"""Atomic file writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# A temporary file of ours older than this was left by a save that died (kill -9, power cut):
# a live save takes milliseconds, so this never races with one.
STALE_SECONDS = 60.0


def write_atomic(path: str | Path, write: Callable[[str], None], suffix: str = ".tmp") -> None:
    """Have `write(temp_path)` write the whole file beside `path`, then rename it into place.

    Keeps the old file's permissions. On any failure the old file is untouched, the temporary
    file is removed and the error propagates (OSError when the folder refuses the file). A
    successful save also removes the stale temporary files earlier saves of `path` left behind.
    """
    target = Path(path)
    refuse_unless_regular(target)
    folder = target.parent if str(target.parent) else Path(".")
    descriptor, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=folder)
    os.close(descriptor)
    try:
        write(temp_name)
        with open(temp_name, "rb") as handle:
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temp_name, _mode_for(target))
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_folder(folder)
    remove_stale_temporaries(target, suffix)


def refuse_unless_regular(target: Path) -> None:
    """OSError (one sentence) if `target` exists and is not a regular file: a save never
    replaces a folder, a pipe (FIFO) or a device node, whatever the user typed."""
    try:
        info = os.stat(target)
    except (OSError, ValueError):
        return  # nothing there yet (or nothing to look at): the write itself will say
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EEXIST, "it is not a regular file: choose a file name", str(target))


def write_text_atomic(path: str | Path, text: str) -> None:
    """Write `text` (UTF-8) to `path` atomically (see write_atomic)."""

    def write(temp: str) -> None:
        with open(temp, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)

    write_atomic(path, write)


def remove_stale_temporaries(target: Path, suffix: str = ".tmp") -> list[Path]:
    """Remove (best effort) what write_atomic(target) left beside `target` when a save died:
    only files named as mkstemp names ours, and older than STALE_SECONDS. Returns them."""
    folder = target.parent if str(target.parent) else Path(".")
    ours = re.compile(re.escape(f".{target.name}.") + r"[a-z0-9_]{8}" + re.escape(suffix))
    removed = []
    with contextlib.suppress(OSError), os.scandir(folder) as listing:
        for item in listing:
            if ours.fullmatch(item.name) and _stale(item):
                with contextlib.suppress(OSError):
                    os.unlink(item.path)
                    removed.append(Path(item.path))
    return removed


def _stale(item: os.DirEntry) -> bool:
    """True for a regular file (not a link) last written more than STALE_SECONDS ago."""
    try:
        info = item.stat(follow_symlinks=False)
    except OSError:
        return False
    return item.is_file(follow_symlinks=False) and time.time() - info.st_mtime > STALE_SECONDS


def _mode_for(target: Path) -> int:
    """The old file's permissions, or rw-r--r-- for a new file (mkstemp makes 0600)."""
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        return 0o644


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every system can fsync a folder)."""
    if os.name == "nt":  # Windows cannot open a folder as a file; its renames need no fsync
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
