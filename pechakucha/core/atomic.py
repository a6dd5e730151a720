"""Atomic file writes: a reader sees the old file or the new one, never half of one.

Windows refuses to replace a file another program holds open (a PDF viewer showing the export,
a spreadsheet showing a report, an antivirus scan): `os.replace` raises PermissionError. A save
retries a few times with a short backoff, then raises FileInUse, one sentence naming the file;
the old file is left as it was.
"""

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

from pechakucha.core.i18n import QT_TRANSLATE_NOOP

# A temporary file of ours older than this was left by a save that died (kill -9, power cut):
# a live save takes milliseconds, so this never races with one.
STALE_SECONDS = 60.0

# Pauses between attempts to replace a file another program holds (1.55 s in all): viewers and
# scanners that only glance at a file let it go within that; one that keeps it open does not.
RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8)


class FileInUse(PermissionError):
    """The target could not be replaced after every retry: another program has it open (or it
    is read-only). `str()` and `strerror` are one English sentence; `template` and `params`
    give it in the operator's language (qt.app.i18n.error_text)."""

    context = "atomic"
    template = QT_TRANSLATE_NOOP(
        "atomic",
        "{name} was not replaced because another program has it open or it is read-only; "
        "close it there and try again",
    )

    def __init__(self, path: Path) -> None:
        self.params = {"name": path.name}
        super().__init__(errno.EACCES, self.template.format(**self.params), str(path))

    def __str__(self) -> str:
        return self.strerror


def write_atomic(path: str | Path, write: Callable[[str], None], suffix: str = ".tmp") -> None:
    """Have `write(temp_path)` write the whole file beside `path`, then rename it into place.

    Keeps the old file's permissions. On any failure the old file is untouched, the temporary
    file is removed and the error propagates (OSError when the folder refuses the file,
    FileInUse when `path` stays held by another program). A successful save also removes the
    stale temporary files earlier saves of `path` left behind.
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
        replace_patiently(temp_name, target)
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


def replace_patiently(source: str | Path, target: Path) -> None:
    """`os.replace(source, target)`, retried after each of RETRY_DELAYS while the system
    refuses with PermissionError (Windows, while another program holds `target` open);
    then FileInUse. Other errors propagate at once."""
    for delay in (*RETRY_DELAYS, None):
        try:
            os.replace(source, target)
        except PermissionError as error:
            if delay is None:
                raise FileInUse(target) from error
            time.sleep(delay)
        else:
            return


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
