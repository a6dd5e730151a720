"""Kill and resume: rebuild the runner from its journal, counting the downtime as elapsed."""

import pytest

from pechakucha.core.clock import FakeClock
from pechakucha.core.journal import Journal, read_journal
from pechakucha.core.runner.recovery import RecoveryError, can_recover, recover
from pechakucha.core.runner.runner import SessionRunner
from pechakucha.core.session.model import Segment, Session
from tests.core.sessions import (
    QA,
    QA1,
    QA2,
    TALK,
    TALK2,
    WALL_EPOCH,
    fake_wall,
    load_session_two,
    run_talk,
    run_until,
)


@pytest.fixture
def session(tmp_path):
    """Session Two."""
    return load_session_two(tmp_path)


@pytest.fixture
def clock():
    """The first process's monotonic clock."""
    return FakeClock(1000.0)


@pytest.fixture
def journal_path(tmp_path):
    """Where the journal goes."""
    return tmp_path / "journal.jsonl"


def start_talk2(session, clock, journal_path):
    """Run Session Two with a journal until talk 2 has just started; (runner, journal, start)."""
    journal = Journal(journal_path, wall_clock=fake_wall(clock))
    runner = SessionRunner(session, clock, journal)
    runner.start()
    clock.advance(120)
    runner.next_segment()
    runner.start()
    run_talk(runner, clock)
    runner.extend(60)
    run_until(runner, clock, clock.now() + 300, step=5)
    runner.next_segment()
    clock.advance(15)
    runner.start()
    return runner, journal, clock.now()


def crash(journal, clock, downtime):
    """The process dies (journal closed as is); the wall-clock time when it comes back."""
    journal.close()
    return WALL_EPOCH + clock.now() + downtime


def test_resume_after_30_s_down_lands_on_the_slide_and_second_due_now(session, clock, journal_path):
    """Killed 147 s into talk 2 (slide 7), back 30 s later on another monotonic clock: the
    talk is at 177 s, slide 8 with 3 s left, and the 30 s count as session time."""
    runner, journal, start = start_talk2(session, clock, journal_path)
    run_until(runner, clock, start + 147)
    elapsed_at_crash = runner.session_elapsed()
    now_wall = crash(journal, clock, 30)
    entries = read_journal(journal_path)
    assert can_recover(entries)
    new_clock = FakeClock(50.0)
    resumed = recover(session, entries, now_wall, new_clock)
    snap = resumed.snapshot()
    assert (snap.phase, snap.index, snap.slide, snap.slide_remaining) == ("running", TALK2, 8, 3)
    assert snap.session_elapsed == pytest.approx(elapsed_at_crash + 30)
    assert resumed.next_deadline() == pytest.approx(53.0)
    assert snap.rows[QA1].actual == 300 and snap.rows[QA1].allotted == QA + 60


def test_a_talk_that_ended_while_down_has_handed_over_to_its_qa(session, clock, journal_path):
    """Killed at 6:30 into talk 2, down 30 s: the talk ended at 6:40, the Q&A runs since then."""
    runner, journal, start = start_talk2(session, clock, journal_path)
    run_until(runner, clock, start + 390)
    now_wall = crash(journal, clock, 30)
    new_clock = FakeClock(7.0)
    resumed = recover(session, read_journal(journal_path), now_wall, new_clock)
    snap = resumed.snapshot()
    assert (snap.phase, snap.index) == ("running", QA2)
    assert snap.remaining == pytest.approx(snap.rows[QA2].allotted - 20)
    assert snap.rows[TALK2].actual == TALK


def test_the_resumed_run_journals_on_and_survives_a_second_crash(session, clock, journal_path):
    """Resume into the same journal, crash again: the second recovery spans both clocks."""
    runner, journal, start = start_talk2(session, clock, journal_path)
    run_until(runner, clock, start + 100)
    now_wall = crash(journal, clock, 10)
    second = FakeClock(500.0)
    journal2 = Journal(journal_path, wall_clock=lambda: now_wall - 500.0 + second.now())
    resumed = recover(session, read_journal(journal_path), now_wall, second, journal2)
    assert resumed.snapshot().slide == 5  # 110 s in
    resumed.pause()
    second.advance(40)
    resumed.resume()
    second.advance(20)  # 130 s of talk, 40 s paused
    journal2.close()
    now_wall2 = now_wall - 500.0 + second.now() + 5
    third = FakeClock(0.0)
    again = recover(session, read_journal(journal_path), now_wall2, third)
    snap = again.snapshot()
    assert (snap.index, snap.slide, snap.slide_remaining) == (TALK2, 6, pytest.approx(5))
    assert again.records[TALK2].paused_between(-1e9, 1e9) == pytest.approx(40)


def test_a_hold_under_way_at_the_crash_is_still_on_and_counts_the_downtime(
    session, clock, journal_path
):
    """The projector died, then the laptop: back on hold, the hold time includes the downtime."""
    runner, journal, start = start_talk2(session, clock, journal_path)
    run_until(runner, clock, start + 50)
    runner.hold()
    clock.advance(20)
    now_wall = crash(journal, clock, 30)
    resumed = recover(session, read_journal(journal_path), now_wall, FakeClock(0.0))
    snap = resumed.snapshot()
    assert (snap.phase, snap.slide, snap.slide_remaining) == ("hold", 2, pytest.approx(10))
    assert snap.hold_total == pytest.approx(50)


def test_replay_with_no_downtime_gives_the_same_state(session, clock, journal_path):
    """Recovery is faithful: marks, extensions, rows and times match the original runner."""
    runner, journal, start = start_talk2(session, clock, journal_path)
    run_until(runner, clock, start + 61)
    runner.mark_slide()
    original = runner.snapshot()
    resumed = recover(session, read_journal(journal_path), crash(journal, clock, 0), clock)
    copy = resumed.snapshot()
    assert copy.rows == original.rows and copy.marks == original.marks == ((TALK2, 3),)
    assert (copy.session_elapsed, copy.slide, copy.ahead_behind) == (
        original.session_elapsed, original.slide, original.ahead_behind,
    )  # fmt: skip


def test_can_recover_only_a_started_unfinished_session(session, clock, journal_path):
    """Nothing to offer before the start or after the end; something in between."""
    journal = Journal(journal_path, wall_clock=fake_wall(clock))
    runner = SessionRunner(session, clock, journal)
    assert not can_recover(journal.entries)
    runner.start()
    assert can_recover(journal.entries)
    while runner.snapshot().phase != "done":
        clock.advance(1)
        runner.next_segment()
        runner.start()
        run_talk(runner, clock)
    assert not can_recover(journal.entries)
    runner.previous_segment()
    assert can_recover(journal.entries)
    assert not can_recover([])


def test_a_journal_of_another_session_is_refused(session, clock, journal_path):
    """Replaying a journal on a different running order would be nonsense."""
    journal = Journal(journal_path, wall_clock=fake_wall(clock))
    SessionRunner(session, clock, journal).start()
    other = Session(budget=60.0, segments=[Segment("card")])
    with pytest.raises(RecoveryError, match="9 segments, the session 1"):
        recover(other, journal.entries, WALL_EPOCH, clock)
    with pytest.raises(RecoveryError, match="no session"):
        recover(session, [], WALL_EPOCH, clock)


def test_an_old_journal_counting_slides_from_0_still_replays_marks_and_recalls(
    session, clock, journal_path
):
    """Journals count slides from 1 ("slides_from": 1 in session_open); older ones counted
    marked and recalled slides from 0 and still resume on the same slides."""
    runner, journal, start = start_talk2(session, clock, journal_path)
    run_until(runner, clock, start + 61)
    runner.mark_slide()
    entries = read_journal(journal_path)
    assert entries[0]["slides_from"] == 1
    assert [e["slide"] for e in entries if e["event"] == "mark_slide"] == [4]
    old = [dict(e) for e in entries]
    del old[0]["slides_from"]
    for entry in old:
        if entry["event"] in ("mark_slide", "slide_due"):
            entry["slide"] -= 1
    resumed = recover(session, old, crash(journal, clock, 0), clock)
    assert resumed.snapshot().marks == runner.snapshot().marks == ((TALK2, 3),)
