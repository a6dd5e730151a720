"""The converter's leash: a small process between pechakucha and LibreOffice that stops
LibreOffice (and the soffice.bin it starts) when pechakucha is gone or the time is up.

pechakucha holds the guard's stdin open for as long as it wants the conversion; when that
pipe closes — the caller finished, pressed Ctrl+C, got SIGTERM or was killed with -9: the
system closes the pipe in every case — the guard kills LibreOffice's whole process group and
removes the scratch folder the caller can no longer remove. The timeout is the guard's too,
so a hung conversion ends even when its caller is frozen.

    python -m pechakucha.decks.office.guard TIMEOUT SCRATCH -- COMMAND…

Exit status: LibreOffice's own, TIMED_OUT past TIMEOUT seconds, ABANDONED if the caller went.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import threading

TIMED_OUT = 124
ABANDONED = 125


def start_alone(command: list[str], **options) -> subprocess.Popen:
    """Start `command` in a process group of its own, so that all of it can be killed."""
    if os.name == "nt":
        flags = subprocess.CREATE_NEW_PROCESS_GROUP  # type: ignore[attr-defined]
        return subprocess.Popen(command, creationflags=flags, **options)
    return subprocess.Popen(command, start_new_session=True, **options)


def kill_group(process: subprocess.Popen) -> None:
    """Kill `process` and everything it started (its process group)."""
    if process.poll() is not None and os.name == "nt":
        return
    if os.name == "nt":
        subprocess.run(
            ["taskkill", "/F", "/T", "/PID", str(process.pid)],
            capture_output=True,
            check=False,
        )
    else:
        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        process.kill()


def guard(timeout: float, scratch: str, command: list[str]) -> int:
    """Run `command` until it ends, `timeout` passes, or stdin closes (the caller is gone)."""
    silent = subprocess.DEVNULL
    process = start_alone(command, stdin=silent, stdout=silent, stderr=silent)
    abandoned = threading.Event()

    def watch_caller() -> None:
        with contextlib.suppress(OSError):
            while os.read(0, 4096):  # unbuffered: no lock left held when the guard exits
                pass
        abandoned.set()
        kill_group(process)

    threading.Thread(target=watch_caller, daemon=True).start()
    try:
        code = process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        kill_group(process)
        process.wait()
        return TIMED_OUT
    kill_group(process)  # soffice.bin may outlive the soffice that started it
    if abandoned.is_set():
        shutil.rmtree(scratch, ignore_errors=True)
        return ABANDONED
    return code


def main(argv: list[str]) -> int:
    """Entry point: TIMEOUT SCRATCH -- COMMAND…"""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the caller's: it closes the pipe
    timeout, scratch, separator, *command = argv
    if separator != "--" or not command:
        return 2
    return guard(float(timeout), scratch, command)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
