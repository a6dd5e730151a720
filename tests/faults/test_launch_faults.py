"""Launching the real app (a subprocess, offscreen) on a torn journal or a data folder that
refuses it: the show opens, the talk runs on time to its end, and the fault is said in one
sentence on stderr — never a traceback."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pechakucha.core.clock import FakeClock
from pechakucha.core.formats import make_format
from pechakucha.core.journal import Journal, load_journal
from pechakucha.core.runner.recovery import last_run
from pechakucha.core.runner.runner import SessionRunner
from pechakucha.core.session.model import one_talk_session
from pechakucha.qt.app.startup import DATA_DIR_VARIABLE
from pechakucha.qt.show.runs import journal_folder, run_journals, show_prefix
from tests.conftest import write_numbered_pdf

SLIDES, SECONDS = 3, 0.4


@pytest.fixture
def deck(tmp_path):
    """A real 3-slide PDF."""
    return write_numbered_pdf(tmp_path / "talk.pdf", slides=SLIDES)


@pytest.fixture
def data(tmp_path, monkeypatch):
    """The data folder the app will use (set here too, to find the deck's journal)."""
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(folder))
    return folder


def journal_path(deck: Path) -> Path:
    """The show's journal of the older single-file kind: it counts as its oldest run."""
    return journal_folder() / f"{show_prefix(deck)}.jsonl"


def newest_run(deck: Path) -> list[dict]:
    """The entries of the show's newest run journal."""
    return load_journal(run_journals(deck)[-1]).entries


def play(deck: Path, *args: str) -> subprocess.CompletedProcess:
    """The real app on `deck` (3 × 0.4 s), quitting at the end of the talk."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "pechakucha", str(deck), "--lang", "en", "--quit-at-end",
               "--slides", str(SLIDES), "--seconds-per-slide", str(SECONDS), *args]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=90, env=env)


def previous_run(deck: Path, log: Path, *, finished: bool, wall=time.time) -> None:
    """Journal a run of the deck into `log` as the app would: to its end, or cut mid-talk
    (the process died `SECONDS` into slide 2, just now)."""
    clock = FakeClock(1000.0)
    session = one_talk_session(deck, make_format("pechakucha", SLIDES, SECONDS))
    journal = Journal(log, wall_clock=lambda: wall() - (1000.0 + SECONDS * 1.5 - clock.now()))
    runner = SessionRunner(session, clock, journal)
    runner.start()
    clock.advance(SECONDS * (SLIDES + 1) if finished else SECONDS * 1.5)
    runner.tick()
    journal.close()


def assert_ran_on_time(entries: list[dict], first_slide: int = 1) -> None:
    """The run's slides advanced in order, each shown at or after it was due and before the
    next was due; the run ended."""
    advances = [e for e in entries if e["event"] == "advance"]
    assert [e["slide"] for e in advances] == list(range(first_slide, SLIDES + 1))
    for entry in advances:
        assert entry["due"] <= entry["shown"] < entry["due"] + SECONDS
    assert [e["event"] for e in entries].count("session_end") == 1


def assert_clean_exit(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


TEARS = {
    "mid-line": b'{"event": "advance", "t": 10',
    "mid-utf8": b'{"e": "\xc3',
    "garbage": b"\x00\xff\xfe\x80garbage\n\xc3(\x1b[2J",
}


@pytest.mark.parametrize(
    "tear, resume", [("mid-line", "ask"), ("mid-utf8", "ask"), ("garbage", "yes")]
)
def test_a_torn_journal_is_skipped_reported_and_the_show_starts(deck, data, tear, resume):
    """The last run's journal ends in a torn line: read for recovery, the line is skipped and
    said; that run had ended, so a new run starts, in its own file, on time."""
    log = journal_path(deck)
    previous_run(deck, log, finished=True)
    lines_before = len(log.read_bytes().splitlines())
    with log.open("ab") as handle:
        handle.write(TEARS[tear])
    result = play(deck, "--start", "--resume", resume)
    assert_clean_exit(result)
    assert "unreadable journal line(s) skipped" in result.stderr and str(log) in result.stderr
    read = load_journal(log)
    torn = list(range(lines_before + 1, lines_before + 1 + TEARS[tear].count(b"\n") + 1))
    assert read.skipped == torn  # the old file is left as it was
    assert_ran_on_time(last_run(newest_run(deck)))


def test_a_session_cut_mid_character_resumes_on_a_new_line_and_runs_to_its_end(deck, data):
    """The issue's repro: the disk filled during a write and the app died mid-talk. Resumed,
    "recovered" is written on a line of its own and the talk goes on to its end."""
    log = journal_path(deck)
    previous_run(deck, log, finished=False)
    with log.open("ab") as handle:
        handle.write(b'{"event": "advance", "deck": "Sesi\xc3')
    result = play(deck, "--resume", "yes")
    assert_clean_exit(result)
    read = load_journal(log)
    assert len(read.skipped) == 1
    run = last_run(read.entries)
    events = [e["event"] for e in run]
    recovered = events.index("recovered")
    assert run[recovered]["phase"] in ("running", "done")
    assert events.count("segment_start") == 1 and events.count("session_end") == 1
    after = [e for e in run[recovered:] if e["event"] == "advance"]
    assert all(e["due"] <= e["shown"] for e in after)


@pytest.mark.parametrize("how", ["data folder is a file", "journal folder is a file"])
def test_a_data_folder_that_refuses_the_journal_at_launch_starts_and_warns(
    deck, data, tmp_path, how
):
    """The show matters more than the journal: the talk runs to its end, stderr says in one
    sentence that the journal cannot be saved; a --log copy elsewhere records it all."""
    if how == "data folder is a file":
        data.write_text("a file where the data folder should be")
        reason = os.strerror(errno.ENOTDIR)
    else:
        data.mkdir()
        (data / "journals").write_text("a file where the journals folder should be")
        reason = os.strerror(errno.EEXIST)  # what mkdir says of the file in its way
    copy = tmp_path / "copy.jsonl"
    result = play(deck, "--start", "--log", str(copy))
    assert_clean_exit(result)
    warnings = [line for line in result.stderr.splitlines() if "journal cannot be saved" in line]
    assert len(warnings) == 1 and reason in warnings[0]
    read = load_journal(copy)
    assert read.skipped == []
    assert_ran_on_time(read.entries)
