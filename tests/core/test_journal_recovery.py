"""Resuming from the journal writes what happened while the app was down, once, after a
"recovered" event that tells the state the show resumed in."""

from __future__ import annotations

from collections import Counter

import pytest

from pechakucha.core.clock import FakeClock
from pechakucha.core.journal import Journal, load_journal, read_journal
from pechakucha.core.runner.recovery import RecoveryError, recover
from pechakucha.core.runner.runner import SessionRunner
from tests.core.sessions import QA1, TALK, TALK1, WALL_EPOCH, fake_wall, load_session_two, run_until


@pytest.fixture
def session(tmp_path):
    """Session Two."""
    return load_session_two(tmp_path)


def start_talk1(session, path, clock):
    """Session Two journaled to `path` until talk 1 starts; (runner, journal, talk start)."""
    journal = Journal(path, wall_clock=fake_wall(clock))
    runner = SessionRunner(session, clock, journal)
    runner.start()
    clock.advance(120)
    runner.next_segment()
    clock.advance(10)
    runner.start()
    return runner, journal, clock.now()


def resume(session, path, clock, downtime, new_clock, wall_offset=WALL_EPOCH):
    """The process on `clock` (wall time = `wall_offset` + clock time) dies now; it comes back
    `downtime` seconds later on `new_clock`, resuming into the same file.
    Returns (runner, journal, the new clock's wall offset)."""
    now_wall = wall_offset + clock.now() + downtime
    offset = now_wall - new_clock.now()
    journal = Journal(path, wall_clock=lambda: offset + new_clock.now())
    return recover(session, read_journal(path), now_wall, new_clock, journal), journal, offset


def count(path, *events):
    """How many times each (event, segment) is in the journal file."""
    entries = read_journal(path)
    return Counter((e["event"], e.get("segment")) for e in entries if e["event"] in events)


def test_recovered_reports_the_state_after_catching_up_with_the_downtime(session, tmp_path):
    """Killed 10 s before talk 1 ends, back 30 s later: "recovered" says the Q&A is running,
    and the talk's end and the Q&A's start follow it, journaled once."""
    path, clock = tmp_path / "j.jsonl", FakeClock(1000.0)
    runner, journal, start = start_talk1(session, path, clock)
    run_until(runner, clock, start + TALK - 10)
    journal.close()
    resumed, journal2, _ = resume(session, path, clock, 30, FakeClock(5.0))
    journal2.close()
    entries = read_journal(path)
    recovered = next(i for i, e in enumerate(entries) if e["event"] == "recovered")
    assert (entries[recovered]["segment"], entries[recovered]["phase"]) == (QA1, "running")
    after = [(e["event"], e.get("segment")) for e in entries[recovered + 1 :]]
    assert ("segment_end", TALK1) in after and ("segment_start", QA1) in after
    assert count(path, "segment_end", "segment_start") == {
        ("segment_end", 0): 1, ("segment_start", 0): 1,
        ("segment_end", TALK1): 1, ("segment_start", TALK1): 1, ("segment_start", QA1): 1,
    }  # fmt: skip
    assert resumed.snapshot().remaining == pytest.approx(resumed.records[QA1].allotted - 20)


def test_resuming_after_the_talk_ended_writes_its_end_and_the_QA_start_only_once(session, tmp_path):
    """The journal already holds the talk's slides, its end and the Q&A's start: resuming
    writes none of them again, only "recovered"."""
    path, clock = tmp_path / "j.jsonl", FakeClock(1000.0)
    runner, journal, start = start_talk1(session, path, clock)
    run_until(runner, clock, start + TALK + 15)
    journal.close()
    before = read_journal(path)
    resumed, journal2, _ = resume(session, path, clock, 10, FakeClock(0.0))
    journal2.close()
    new = read_journal(path)[len(before) :]
    assert [(e["event"], e["segment"], e["phase"]) for e in new] == [("recovered", QA1, "running")]
    slides = Counter(e["slide"] for e in read_journal(path) if e["event"] == "slide_due")
    assert set(slides.values()) == {1} and len(slides) == 19
    assert resumed.snapshot().remaining == pytest.approx(resumed.records[QA1].allotted - 25)


def test_two_crashes_resume_to_the_state_of_a_show_that_never_stopped(session, tmp_path):
    """Down twice (during the talk, then during the Q&A): the Q&A has exactly the time left of a
    run that never stopped, and every event is in the file once."""
    path, clock = tmp_path / "j.jsonl", FakeClock(1000.0)
    runner, journal, start = start_talk1(session, path, clock)
    run_until(runner, clock, start + 200)
    journal.close()
    second = FakeClock(50.0)
    resumed, journal2, offset = resume(session, path, clock, 20, second)
    run_until(resumed, second, second.now() + 300)  # the talk ends at 400 s, the Q&A runs
    journal2.close()
    third = FakeClock(0.0)
    again, journal3, _ = resume(session, path, second, 40, third, offset)
    journal3.close()
    snap = again.snapshot()
    assert (snap.index, snap.phase) == (QA1, "running")
    qa_so_far = 200 + 20 + 300 + 40 - TALK
    assert snap.remaining == pytest.approx(again.records[QA1].allotted - qa_so_far)
    assert snap.session_elapsed == pytest.approx(120 + 10 + 560)
    repeated = {key: n for key, n in count(path, "segment_end", "segment_start").items() if n > 1}
    assert repeated == {}
    assert load_journal(path).skipped == []


def test_a_journal_whose_commands_cannot_be_replayed_is_refused_in_one_sentence(session, tmp_path):
    """A command line with its fields missing (a hand-edited journal): RecoveryError, never a
    KeyError from deep inside the runner."""
    path, clock = tmp_path / "j.jsonl", FakeClock(1000.0)
    _, journal, _ = start_talk1(session, path, clock)
    journal.write("extend", clock.now(), segment=TALK1)  # no "seconds"
    journal.write("recall", clock.now(), talk="x", slide=None)
    journal.close()
    with pytest.raises(RecoveryError, match="cannot be replayed"):
        recover(session, read_journal(path), WALL_EPOCH + clock.now(), FakeClock(0.0))


def test_a_journal_whose_times_are_broken_is_refused_in_one_sentence(session, tmp_path):
    path, clock = tmp_path / "j.jsonl", FakeClock(1000.0)
    start_talk1(session, path, clock)[1].close()
    entries = read_journal(path)
    entries[-1] = {**entries[-1], "wall": "yesterday"}
    with pytest.raises(RecoveryError, match="times"):
        recover(session, entries, WALL_EPOCH + clock.now(), FakeClock(0.0))
