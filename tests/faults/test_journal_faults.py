"""The disk refuses the journal during a live session: the show goes on from memory.

A real tiny session (talk → Q&A → commentary) on the real windows, driven by real keys, with
its journal's disk failing at the operating-system boundary (tests/faults/disk.py). Each test
checks that slides advance on time (the in-memory journal's due/shown), that the console says
"journal not saved", that nothing is half done, and that once the disk takes writes again the
file holds every entry.
"""

from __future__ import annotations

import errno
import itertools
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from pechakucha.core.clock import MonotonicClock
from pechakucha.core.journal import load_journal
from pechakucha.core.session.read import load_session
from tests.conftest import write_numbered_pdf
from tests.faults.disk import FailingDisk, StallingDisk
from tests.show_builder import build_show

SECONDS = 0.4  # per slide
SESSION = f"""
[session]
title = "Faults"
budget = "2:00"
audience = ["en"]
slides = 3
seconds_per_slide = {SECONDS}

[[segment]]
kind = "talk"
speaker = "Ana"
deck = "talk.pdf"

[[segment]]
kind = "qa"
duration = "auto"
minimum = "0:10"

[[segment]]
kind = "commentary"
duration = 30
"""
QA_TITLE = "Questions & answers"


@pytest.fixture
def open_show(qtbot, tmp_path):
    """Factory: the session opened as launch opens it (make_runner), journal at `log`."""
    write_numbered_pdf(tmp_path / "talk.pdf", slides=3)
    (tmp_path / "s.toml").write_text(SESSION, encoding="utf-8")
    made = []

    def open_at(log):
        session = load_session(tmp_path / "s.toml").session
        built = build_show(  # a fresh run on this file
            session,
            clock=MonotonicClock(),
            journal=Path(log),
            qtbot=qtbot,
            sizes=((480, 270), (900, 560)),
        )
        qtbot.waitExposed(built.audience)
        made.append(built)  # the operator must outlive this call
        return built

    yield open_at
    for built in made:
        built.close()


def card_title(show):
    card = show.audience.card()
    return card.title if card else None


def console_warning(show):
    """The console's session line (where a journal that is not saved is said)."""
    return show.console.session_label.text()


def assert_talk_advanced_on_time(show):
    """Slides 1, 2, 3 shown in order, each at or after its due time and before the next one's."""
    advances = [e for e in show.journal.entries if e["event"] == "advance"]
    assert [e["slide"] for e in advances] == [1, 2, 3]
    for entry in advances:
        assert entry["due"] <= entry["shown"] < entry["due"] + SECONDS
    dues = [e["due"] for e in advances]
    assert [b - a for a, b in itertools.pairwise(dues)] == pytest.approx(
        [SECONDS, SECONDS], abs=1e-5
    )


def assert_file_holds_every_entry(show):
    """The journal file, once the disk is back: every entry, in order, no torn line."""
    read = load_journal(show.journal.path)
    assert read.skipped == []
    assert read.entries == show.journal.entries


def test_disk_full_mid_talk_the_talk_ends_on_time_and_the_QA_starts(open_show, qtbot, tmp_path,
                                                                     monkeypatch):  # fmt: skip
    """ENOSPC from just after slide 1 is shown: slides 2 and 3 still come on time, the talk
    hands over to its Q&A, the console says so; with room again the file is whole."""
    log = tmp_path / "data" / "journals" / "faults.jsonl"
    disk = FailingDisk(monkeypatch, log)
    show = open_show(log)
    qtbot.keyClick(show.console, Qt.Key_F5)
    qtbot.waitUntil(lambda: any(e["event"] == "advance" for e in show.journal.entries))
    disk.fail(errno.ENOSPC)
    qtbot.waitUntil(lambda: card_title(show) == QA_TITLE, timeout=10_000)
    assert show.runner.snapshot().phase == "running"
    assert_talk_advanced_on_time(show)
    assert disk.refused > 0
    qtbot.waitUntil(
        lambda: f"journal not saved ({os.strerror(errno.ENOSPC)})" in console_warning(show)
    )
    disk.heal()
    qtbot.waitUntil(lambda: "journal not saved" not in console_warning(show))
    assert_file_holds_every_entry(show)


def test_the_Space_that_ends_the_QA_on_a_read_only_disk_changes_segment_fully(
    open_show, qtbot, tmp_path, monkeypatch
):
    """The write of the Space that ends the Q&A fails (EROFS): the Q&A ends, the commentary
    waits as up next, F5 starts it; the console says the journal is not saved."""
    log = tmp_path / "data" / "journals" / "faults.jsonl"
    disk = FailingDisk(monkeypatch, log)
    show = open_show(log)
    qtbot.keyClick(show.console, Qt.Key_F5)
    qtbot.waitUntil(lambda: card_title(show) == QA_TITLE, timeout=10_000)
    disk.fail(errno.EROFS)
    qtbot.keyClick(show.console, Qt.Key_Space)
    snapshot = show.runner.snapshot()
    assert (snapshot.kind, snapshot.phase) == ("commentary", "up_next")
    assert [r.status for r in snapshot.rows] == ["past", "past", "current"]
    assert [e["event"] for e in show.journal.entries[-3:]] == [
        "next_segment", "segment_end", "up_next",
    ]  # fmt: skip
    qtbot.waitUntil(
        lambda: f"journal not saved ({os.strerror(errno.EROFS)})" in console_warning(show)
    )
    qtbot.keyClick(show.console, Qt.Key_F5)
    assert show.runner.snapshot().phase == "running"
    assert show.audience.card().clock in ("0:30", "0:29")
    assert_talk_advanced_on_time(show)
    disk.heal()
    qtbot.waitUntil(lambda: "journal not saved" not in console_warning(show))
    assert_file_holds_every_entry(show)


@pytest.mark.parametrize("how", ["data folder is a file", "read-only data folder"])
def test_a_data_folder_that_refuses_the_journal_at_launch_the_session_runs_and_says_so(
    open_show, qtbot, tmp_path, monkeypatch, how
):
    """Opened as launch opens it: no exception, the talk runs on time into its Q&A, and the
    console says the journal is not saved and why."""
    if how == "data folder is a file":
        (tmp_path / "data").write_text("a file where the data folder should be")
        reason = os.strerror(errno.ENOTDIR)
    else:
        FailingDisk(monkeypatch, tmp_path / "data" / "journals" / "faults.jsonl").fail(
            errno.EROFS, refuse_open=True
        )
        reason = os.strerror(errno.EROFS)
    show = open_show(tmp_path / "data" / "journals" / "faults.jsonl")
    qtbot.waitUntil(lambda: f"journal not saved ({reason})" in console_warning(show))
    qtbot.keyClick(show.console, Qt.Key_F5)
    qtbot.waitUntil(lambda: card_title(show) == QA_TITLE, timeout=10_000)
    assert_talk_advanced_on_time(show)
    assert f"journal not saved ({reason})" in console_warning(show)


def test_a_disk_that_stalls_mid_talk_delays_no_slide_and_the_console_says_it_is_slow(
    open_show, qtbot, tmp_path, monkeypatch
):
    """Every fsync of the journal hangs (a stalled data disk) from slide 1 on: the journal
    is written off the GUI thread, so slides 2 and 3 come on time, the Q&A starts, the console
    says the disk is slow; once the disk answers, the file holds every entry."""
    log = tmp_path / "data" / "journals" / "faults.jsonl"
    disk = StallingDisk(monkeypatch, log)
    show = open_show(log)
    qtbot.keyClick(show.console, Qt.Key_F5)
    qtbot.waitUntil(lambda: any(e["event"] == "advance" for e in show.journal.entries))
    disk.stall()
    qtbot.waitUntil(lambda: card_title(show) == QA_TITLE, timeout=10_000)
    assert_talk_advanced_on_time(show)
    qtbot.waitUntil(lambda: "slow disk" in console_warning(show), timeout=10_000)
    disk.release()
    qtbot.waitUntil(lambda: "slow disk" not in console_warning(show))
    assert show.journal.drain(5.0)
    assert_file_holds_every_entry(show)
