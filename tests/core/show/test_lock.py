"""One show per session: a second start finds the lock held; a killed show leaves none."""

from __future__ import annotations

import subprocess
import sys

from pechakucha.core.show.lock import RunLock


def test_a_second_start_on_the_same_session_finds_it_running(tmp_path):
    first, second = RunLock(tmp_path / "s.lock"), RunLock(tmp_path / "s.lock")
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()


def test_a_show_killed_outright_leaves_no_stale_lock(tmp_path):
    path = tmp_path / "s.lock"
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from pechakucha.core.show.lock import RunLock\n"
        f"assert RunLock(Path({str(path)!r})).acquire()\n"
        "print('locked', flush=True)\n"
        "time.sleep(60)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "locked"
        assert not RunLock(path).acquire()
    finally:
        child.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
        child.wait()
    lock = RunLock(path)
    assert lock.acquire()
    lock.release()
