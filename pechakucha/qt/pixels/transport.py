"""How the GUI and the render process reach each other, with what every system has. Qt-free.

- The command: `python -m pechakucha.qt.pixels.server` from a venv, or the bundle's own
  executable with `--render-process` when frozen (PyInstaller): see `render_command`.
- The channel: the process's stdin (jobs) and stdout (replies), length-prefixed pickles. Pipes
  exist on Windows, macOS and Linux alike; no descriptor is passed (`pass_fds`, `send_fds` are
  POSIX only, memfd Linux only).
- The pixels: shared memory the GUI creates for each slide and names in the job (`Slot`): a
  named mapping on Windows (`mmap` tagname), a file elsewhere — in /dev/shm where there is one
  (memory, like memfd), else in the temporary folder — removed as soon as the GUI has mapped it.
  The GUI owns it: it is never left behind by a render process that dies.

Linux extras, used where present unless `PECHAKUCHA_RENDER_PORTABLE=1`: /dev/shm and
`MAP_POPULATE` (a mapping's pages faulted in one call). Without them, what macOS does: a file in
the temporary folder and pages touched one by one on the reader thread.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import mmap
import os
import struct
import subprocess
import sys
import tempfile
import weakref
from dataclasses import dataclass
from pathlib import Path

PORTABLE_VARIABLE = "PECHAKUCHA_RENDER_PORTABLE"
RENDER_PROCESS_FLAG = "--render-process"  # the bundle's executable runs the server with it
SHM_FOLDER = "/dev/shm"  # Linux's memory file system
CLOSE_TIMEOUT = 1.0  # seconds a closing process may take to finish its job before it is killed
_HEADER = struct.Struct("<I")
_PAGE = mmap.PAGESIZE
_names = itertools.count()
SLOT_PREFIX = "pechakucha-slide-"  # then the GUI's process id: files of a dead one are swept
_swept: set[str] = set()  # folders swept by this process
_live: weakref.WeakSet = weakref.WeakSet()  # slot files not yet taken or discarded


def portable_forced() -> bool:
    """True when `PECHAKUCHA_RENDER_PORTABLE` asks for what every system has, nothing more."""
    return os.environ.get(PORTABLE_VARIABLE, "").strip() not in ("", "0")


def path_name() -> str:
    """Which way this process takes to a slide: "linux" (with the Linux extras) or "portable"."""
    return "portable" if portable_forced() or _shm_folder() is None else "linux"


def render_command(*args: str) -> list[str]:
    """The command line that starts the render process with `args`, from a venv or a bundle."""
    if getattr(sys, "frozen", False):
        return [sys.executable, RENDER_PROCESS_FLAG, *args]
    return [sys.executable, "-m", "pechakucha.qt.pixels.server", *args]


# -- the process ----------------------------------------------------------------------------
@dataclass(eq=False)
class Worker:
    """One running render process and our ends of its pipes."""

    popen: subprocess.Popen
    link: Pipes
    answered: bool = False

    def stop(self, timeout: float = CLOSE_TIMEOUT) -> int:
        """Close its stdin (the process exits when idle; our reader thread then sees the end of
        its stdout), kill the process if it does not exit; its exit code."""
        with contextlib.suppress(OSError):
            self.popen.stdin.close()
        try:
            return self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            return self.popen.wait()


def launch() -> Worker:
    """Start a render process (it loads PyMuPDF and Pillow at once)."""
    package_root = str(Path(__file__).resolve().parents[3])
    paths = [package_root, *filter(None, [os.environ.get("PYTHONPATH")])]
    popen = subprocess.Popen(
        render_command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        bufsize=0,
        env=dict(os.environ, PYTHONPATH=os.pathsep.join(paths)),
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # Windows: no console window
    )
    return Worker(popen, Pipes(popen.stdout.fileno(), popen.stdin.fileno()))


# -- the channel: length-prefixed messages over a pair of pipes ----------------------------------
class Pipes:
    """Whole messages over two pipe descriptors (read, write) of this process."""

    def __init__(self, read_fd: int, write_fd: int) -> None:
        self.read_fd, self.write_fd = read_fd, write_fd

    def send_bytes(self, data: bytes) -> None:
        """Write one message (OSError if the other end is gone)."""
        view = memoryview(_HEADER.pack(len(data)) + data)
        while view:
            view = view[os.write(self.write_fd, view) :]

    def recv_bytes(self) -> bytes:
        """Read one message; EOFError when the other end is closed."""
        (size,) = _HEADER.unpack(self._read_exactly(_HEADER.size))
        return self._read_exactly(size)

    def _read_exactly(self, size: int) -> bytes:
        chunks, left = [], size
        while left:
            chunk = os.read(self.read_fd, min(left, 1 << 20))
            if not chunk:
                raise EOFError
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)


# -- the pixels: shared memory the GUI creates, names, maps and removes -------------------------
@dataclass(eq=False)
class Slot:
    """Shared memory for one slide, created by the GUI; `name` travels in the render job."""

    name: str
    size: int
    descriptor: int | None = None  # POSIX: our descriptor of the file
    mapping: mmap.mmap | None = None  # Windows: the named mapping itself

    def take(self) -> mmap.mmap:
        """The memory, mapped here (its pages faulted in now, off the GUI thread); the name is
        gone afterwards (the mapping keeps the memory for as long as it lives)."""
        if self.mapping is not None:
            mapping, self.mapping = self.mapping, None
        else:
            mapping = map_file(self.descriptor, self.size)
            self.discard()
        fault_in(mapping)
        return mapping

    def discard(self) -> None:
        """Free the memory (nobody will look at it): close and remove it."""
        if self.mapping is not None:
            self.mapping.close()
            self.mapping = None
        if self.descriptor is not None:
            os.close(self.descriptor)
            self.descriptor = None
            with contextlib.suppress(OSError):  # removed already (the folder was cleaned)
                os.unlink(self.name)


def create_slot(size: int) -> Slot:
    """New shared memory of `size` bytes for the render process to draw into (OSError if the
    system refuses it: a full disk, a file-size limit)."""
    if sys.platform == "win32":
        name = f"pechakucha-{os.getpid()}-{next(_names)}"
        return Slot(name, size, mapping=mmap.mmap(-1, size, tagname=name))
    folder = (_shm_folder() if not portable_forced() else None) or tempfile.gettempdir()
    if folder not in _swept:
        _swept.add(folder)
        sweep(folder)
    descriptor, path = tempfile.mkstemp(prefix=f"{SLOT_PREFIX}{os.getpid()}-", dir=folder)
    try:
        os.ftruncate(descriptor, size)
    except OSError:
        os.close(descriptor)
        os.unlink(path)
        raise
    slot = Slot(path, size, descriptor=descriptor)
    _live.add(slot)
    return slot


def sweep(folder: str) -> None:
    """Remove the slide files that an app which ended without tidying up (killed, crashed)
    left in `folder`: those named after a process that no longer runs."""
    with contextlib.suppress(OSError):
        for name in os.listdir(folder):
            pid = name[len(SLOT_PREFIX) :].split("-")[0]
            if name.startswith(SLOT_PREFIX) and pid.isdigit() and not _running(int(pid)):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(folder, name))


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # POSIX: no signal, only the question
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's: it runs
    return True


@atexit.register
def _discard_live() -> None:
    """At exit, the slides still waiting for the render process go (their files with them)."""
    for slot in list(_live):
        slot.discard()


def open_slot(name: str, size: int) -> mmap.mmap:
    """In the render process: the GUI's shared memory called `name`, mapped for writing."""
    if sys.platform == "win32":
        return mmap.mmap(-1, size, tagname=name)
    descriptor = os.open(name, os.O_RDWR)
    try:
        return map_file(descriptor, size)
    finally:
        os.close(descriptor)


def map_file(descriptor: int, size: int) -> mmap.mmap:
    """A shared, writable mapping of a file (faulted in at once where Linux can). Writable,
    though the GUI never writes: should Qt write to an image it would crash on a read-only page."""
    if _populates():
        return mmap.mmap(descriptor, size, flags=mmap.MAP_SHARED | mmap.MAP_POPULATE)
    return mmap.mmap(descriptor, size)  # shared and writable by default, everywhere


def fault_in(mapping: mmap.mmap) -> None:
    """Touch every page of `mapping` unless Linux did it (MAP_POPULATE): left to the first paint,
    the faults would stall the GUI thread (measured 13 ms at 1080p, 45 ms at 4K)."""
    if not _populates() or sys.platform == "win32":
        with memoryview(mapping) as view:
            pages = view[::_PAGE]
            bytes(pages)
            pages.release()


def _populates() -> bool:
    """Whether mappings of files are faulted in by the system (Linux's MAP_POPULATE)."""
    return (
        not portable_forced()
        and hasattr(mmap, "MAP_POPULATE")
        and hasattr(mmap, "MAP_SHARED")
        and sys.platform != "win32"
    )


def _shm_folder() -> str | None:
    if sys.platform.startswith("linux") and os.access(SHM_FOLDER, os.W_OK | os.X_OK):
        return SHM_FOLDER
    return None
