"""kill -9 in the middle of saving a session file: the file is whole (old or new), and the
hidden temporary file the dead save left is cleaned by the next save."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from pechakucha.core.atomic import STALE_SECONDS
from pechakucha.core.session.read import load_session
from pechakucha.core.session.write import save_session
from tests.core.sessions import session_two_file

# A save that dies (SIGKILL, the process's own) after writing half of the new file.
DIE_MID_SAVE = """
import os, signal, sys
from pechakucha.core.atomic import write_atomic

def half_then_die(temp):
    with open(temp, "w", encoding="utf-8") as handle:
        handle.write(open(sys.argv[1], encoding="utf-8").read()[:200])
        handle.flush()
        os.fsync(handle.fileno())
    os.kill(os.getpid(), signal.SIGKILL)

write_atomic(sys.argv[1], half_then_die)
"""


def leftovers(folder):
    """Hidden temporary files beside the session file."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".session-two.toml."))


def test_a_save_killed_midway_leaves_the_file_whole_and_the_next_save_cleans_up(tmp_path):
    path = session_two_file(tmp_path)
    before = path.read_bytes()
    died = subprocess.run([sys.executable, "-c", DIE_MID_SAVE, str(path)], timeout=60)
    assert died.returncode == -signal.SIGKILL
    assert path.read_bytes() == before  # the old file, whole
    stale = leftovers(tmp_path)
    assert len(stale) == 1 and stale[0].endswith(".tmp")
    long_ago = time.time() - STALE_SECONDS - 5
    os.utime(tmp_path / stale[0], (long_ago, long_ago))  # the editor is opened again later
    save_session(load_session(path).session, path)
    assert leftovers(tmp_path) == []
    assert load_session(path).session.title.startswith("Sesión Dos")


def test_the_next_save_leaves_what_is_not_a_stale_temporary_of_that_file(tmp_path):
    """A save in progress (a fresh temporary), another file's temporary, and look-alike names
    are not ours to remove."""
    path = session_two_file(tmp_path)
    long_ago = time.time() - STALE_SECONDS - 5
    kept = [
        ".session-two.toml.abcd1234.tmp",  # fresh: maybe another save right now
        ".other.toml.abcd1234.tmp",  # another file's
        ".session-two.toml.notours.tmp",  # not a name mkstemp makes
        ".session-two.toml.abcd1234.tmp.keep",
    ]
    for name in kept:
        (tmp_path / name).write_text("x")
    for name in kept[1:]:
        os.utime(tmp_path / name, (long_ago, long_ago))
    save_session(load_session(path).session, path)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == sorted(kept)
