"""Atomic saves where Windows refuses to replace a file another program holds open.

Windows raises PermissionError from `os.replace` while a PDF viewer or a spreadsheet has the
target open. That refusal is simulated here by an `os.replace` that raises it N times: the
save retries with a growing pause, then succeeds; or gives up with one sentence and the old
file intact. No test sleeps: the pauses are recorded, not waited for.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

import pechakucha.core.atomic as atomic
from pechakucha.core.atomic import RETRY_DELAYS, FileInUse, write_text_atomic


@pytest.fixture
def slept(monkeypatch) -> list[float]:
    """The pauses the save asked for (recorded instead of slept)."""
    pauses: list[float] = []
    monkeypatch.setattr(atomic.time, "sleep", pauses.append)
    return pauses


def refuse_replacing(monkeypatch, times: int) -> list[str]:
    """Make os.replace refuse the first `times` calls as Windows does for an open file."""
    real_replace = os.replace
    calls: list[str] = []

    def replace(source, target):
        calls.append(str(target))
        if len(calls) <= times:
            raise PermissionError(13, "The process cannot access the file", str(target))
        real_replace(source, target)

    monkeypatch.setattr(atomic.os, "replace", replace)
    return calls


def hidden_leftovers(folder) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".")]


def test_write_atomic_retries_a_refused_replace_then_saves(tmp_path, monkeypatch, slept):
    """Refused twice (the viewer lets go): the third attempt replaces the file."""
    target = tmp_path / "report.csv"
    target.write_text("old", encoding="utf-8")
    calls = refuse_replacing(monkeypatch, times=2)
    write_text_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert len(calls) == 3
    assert slept == list(RETRY_DELAYS[:2])
    assert hidden_leftovers(tmp_path) == []


def test_write_atomic_gives_up_with_one_sentence_and_the_old_file_intact(
    tmp_path, monkeypatch, slept
):
    """Held open for good: every retry, then FileInUse naming the file; nothing left behind."""
    target = tmp_path / "session-two.toml"
    target.write_text("old", encoding="utf-8")
    calls = refuse_replacing(monkeypatch, times=1000)
    with pytest.raises(FileInUse) as caught:
        write_text_atomic(target, "new")
    assert len(calls) == len(RETRY_DELAYS) + 1
    assert slept == list(RETRY_DELAYS)
    message = str(caught.value)
    assert "session-two.toml" in message and "another program has it open" in message
    assert "\n" not in message and message.count(".") == 1  # the one in the file name
    assert caught.value.strerror == message and caught.value.filename == str(target)
    assert isinstance(caught.value, PermissionError)  # callers that catch OSError still do
    assert target.read_text(encoding="utf-8") == "old"
    assert hidden_leftovers(tmp_path) == []


def test_write_atomic_does_not_retry_other_errors(tmp_path, monkeypatch, slept):
    """A full disk is not a file held open: it fails at once, as before."""

    def full(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", full)
    with pytest.raises(OSError, match="No space left") as caught:
        write_text_atomic(tmp_path / "x.toml", "new")
    assert not isinstance(caught.value, FileInUse) and slept == []


def test_retry_delays_grow_and_stay_short():
    """A growing backoff that never holds a save for more than two seconds."""
    assert list(RETRY_DELAYS) == sorted(RETRY_DELAYS) and len(RETRY_DELAYS) >= 3
    assert sum(RETRY_DELAYS) < 2.0


def test_FileInUse_carries_a_template_for_the_operators_language(tmp_path):
    """error_text translates it through `template` and `params`, like DeckError."""
    error = FileInUse(tmp_path / "talk.pdf")
    assert error.template.format(**error.params) == str(error)
    assert error.context == "atomic" and error.params == {"name": "talk.pdf"}


def _immutable(path) -> bool:
    """Make `path` immutable (chattr +i: root on ext4 and the like); False where impossible."""
    chattr = shutil.which("chattr")
    if chattr is None or os.name == "nt" or os.geteuid() != 0:
        return False
    return subprocess.run([chattr, "+i", str(path)], capture_output=True).returncode == 0


def test_write_atomic_onto_a_file_the_system_refuses_to_replace_gives_up_cleanly(tmp_path, slept):
    """The real refusal, no stand-in: an immutable file (EPERM from rename, as Windows gives
    for a file held open) is retried, then FileInUse; the file and folder as they were."""
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF old")
    if not _immutable(target):
        pytest.skip("needs root and chattr on a file system with immutable files")
    try:
        with pytest.raises(FileInUse):
            write_text_atomic(target, "new")
    finally:
        subprocess.run([shutil.which("chattr"), "-i", str(target)], check=True)
    assert slept == list(RETRY_DELAYS) and target.read_bytes() == b"%PDF old"
    assert hidden_leftovers(tmp_path) == []
