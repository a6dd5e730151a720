"""The whole of Session Two with a fake clock: on time, paused, late Q&A, holds, late ticks."""

import pytest

from pechakucha.core.clock import FakeClock
from pechakucha.core.runner.runner import SessionRunner
from tests.core.sessions import (
    CLOSING,
    COMMENTARY,
    QA,
    QA1,
    QA2,
    QA3,
    TALK,
    TALK1,
    TALK2,
    TALK3,
    load_session_two,
    run_talk,
    run_until,
)

T0 = 1000.0


@pytest.fixture
def clock():
    """Fake monotonic time, starting at 1000 s."""
    return FakeClock(T0)


@pytest.fixture
def runner(tmp_path, clock):
    """A runner on Session Two, nothing started."""
    return SessionRunner(load_session_two(tmp_path), clock)


def welcome(runner, clock):
    """Show the welcome card for its 2:00 and move on to the first talk's "up next"."""
    runner.start()
    clock.advance(120)
    runner.next_segment()


def talk_and_qa(runner, clock, qa_seconds):
    """Start the waiting talk, let it run out, hold its Q&A for `qa_seconds`, move on."""
    runner.start()
    run_talk(runner, clock)
    clock.advance(qa_seconds)
    runner.next_segment()


def commentary_and_close(runner, clock, seconds=300.0):
    """The commentary for `seconds`, then the closing card, then done."""
    runner.start()
    clock.advance(seconds)
    runner.next_segment()
    runner.next_segment()


def test_session_two_on_time_ends_at_90_minutes_with_every_segment_as_planned(runner, clock):
    """Every segment takes its planned time: nothing ahead or behind, the end at 90:00."""
    welcome(runner, clock)
    for talk, qa in ((TALK1, QA1), (TALK2, QA2), (TALK3, QA3)):
        snap = runner.snapshot()
        assert (snap.phase, snap.index) == ("up_next", talk)
        assert snap.ahead_behind == 0 and snap.projected_end == T0 + 5400
        runner.start()
        run_talk(runner, clock)
        snap = runner.snapshot()
        assert (snap.phase, snap.index, snap.remaining) == ("running", qa, QA)
        clock.advance(QA)
        assert runner.snapshot().ahead_behind == 0
        runner.next_segment()
    assert runner.snapshot().index == COMMENTARY
    commentary_and_close(runner, clock)
    snap = runner.snapshot()
    assert snap.phase == "done" and snap.index == len(snap.rows)
    assert snap.session_elapsed == 5400 and snap.budget_remaining == 0
    assert snap.ahead_behind == 0 and snap.projected_end == T0 + 5400 == clock.now()
    assert [row.actual for row in snap.rows] == [row.planned for row in snap.rows]
    assert {row.status for row in snap.rows} == {"past"}


def test_a_paused_talk_keeps_its_slide_time_and_ends_later(runner, clock):
    """Paused 50 s in (slide 2, 10 s left) for 30 s: the slide waits; the talk ends 30 s late
    and the Q&As absorb the 30 s (10 s each), so the session still ends at 90:00."""
    welcome(runner, clock)
    runner.start()
    start = clock.now()
    run_until(runner, clock, start + 50)
    runner.pause()
    clock.advance(30)
    snap = runner.snapshot()
    assert (snap.phase, snap.slide, snap.slide_remaining) == ("paused", 2, 10)
    assert runner.next_deadline() is None and runner.tick() == []
    assert snap.ahead_behind == -30 and snap.session_elapsed == 120 + 80
    runner.resume()
    assert runner.next_deadline() == clock.now() + 10
    events = run_talk(runner, clock)
    end = next(e for e in events if e["event"] == "segment_end")
    assert end["end"] == start + 430 and end["actual"] == 430 and end["paused"] == 30
    snap = runner.snapshot()
    assert snap.rows[QA1].allotted == QA - 10
    assert snap.auto_allocations == {QA2: QA - 10, QA3: QA - 10}
    assert snap.projected_end == T0 + 5400


def test_a_long_first_qa_shrinks_later_auto_qas_and_the_commentary_keeps_5_minutes(runner, clock):
    """Q&A 1 runs 27:00 instead of 21:00: Q&A 2 and 3 get 18:00 each; commentary 5:00."""
    welcome(runner, clock)
    talk_and_qa(runner, clock, QA + 360)
    snap = runner.snapshot()
    assert snap.auto_allocations == {QA2: QA - 180, QA3: QA - 180}
    assert snap.rows[COMMENTARY].allotted == 300 and snap.ahead_behind == -360
    assert snap.projected_end == T0 + 5400
    talk_and_qa(runner, clock, QA - 180)
    talk_and_qa(runner, clock, QA - 180)
    commentary_row = runner.snapshot().rows[COMMENTARY]
    assert commentary_row.allotted == 300 and commentary_row.status == "current"
    commentary_and_close(runner, clock)
    snap = runner.snapshot()
    assert [snap.rows[i].actual for i in (QA1, QA2, QA3)] == [QA + 360, QA - 180, QA - 180]
    assert snap.session_elapsed == 5400 and snap.ahead_behind == 0


def test_auto_qa_never_gets_less_than_its_minimum(runner, clock):
    """Q&A 1 runs 55:00: the two left would get 4:00 each, so they get their 5:00 minimum
    and the projected end moves 2:00 past the budget."""
    welcome(runner, clock)
    talk_and_qa(runner, clock, 3300)
    snap = runner.snapshot()
    assert snap.auto_allocations == {QA2: 300, QA3: 300}
    assert snap.projected_end == T0 + 5400 + 120
    assert snap.ahead_behind == (120 + TALK + QA) - (120 + TALK + 3300)
    runner.start()
    run_talk(runner, clock)
    assert runner.snapshot().remaining == 300


def test_a_technical_hold_freezes_talk_and_budget_and_is_logged_apart(runner, clock):
    """A 2:00 hold at slide 5 of talk 2: slide and budget freeze, the talk still takes 6:40,
    the Q&A after it keeps its full share and the hold shows as hold time, not the speaker's."""
    welcome(runner, clock)
    talk_and_qa(runner, clock, QA)
    runner.start()
    start = clock.now()
    run_until(runner, clock, start + 105)
    runner.hold()
    before = runner.snapshot()
    clock.advance(120)
    snap = runner.snapshot()
    assert (snap.phase, snap.held_phase, snap.slide, snap.slide_remaining) == (
        "hold",
        "running",
        5,
        15,
    )
    assert snap.session_elapsed == before.session_elapsed
    assert snap.budget_remaining == before.budget_remaining and snap.hold_total == 120
    assert runner.next_deadline() is None and runner.tick() == []
    assert runner.next_segment() == [] and runner.pause() == []  # hold first, then anything else
    (release,) = runner.release()
    assert release["event"] == "release" and release["held"] == 120
    events = run_talk(runner, clock)
    end = next(e for e in events if e["event"] == "segment_end")
    assert (end["end"], end["actual"], end["held"], end["paused"]) == (start + 520, TALK, 120, 0)
    snap = runner.snapshot()
    assert snap.rows[QA2].allotted == QA and snap.ahead_behind == 0
    assert snap.projected_end == T0 + 5400 + 120


def test_a_hold_during_qa_freezes_its_countdown(runner, clock):
    """A hold in a Q&A stops its countdown too; the Q&A's actual time excludes the hold."""
    welcome(runner, clock)
    runner.start()
    run_talk(runner, clock)
    clock.advance(60)
    runner.hold()
    clock.advance(45)
    assert runner.snapshot().remaining == QA - 60
    runner.release()
    clock.advance(10)
    snap = runner.snapshot()
    assert snap.remaining == QA - 70 and snap.rows[QA1].actual == 70


def test_a_hold_during_a_pause_counts_as_hold_not_as_pause(runner, clock):
    """Paused 10 s, held 20 s, released (still paused) 5 s, resumed: 15 s paused, 20 s held."""
    welcome(runner, clock)
    runner.start()
    run_until(runner, clock, clock.now() + 30)
    runner.pause()
    clock.advance(10)
    runner.hold()
    clock.advance(20)
    runner.release()
    assert runner.snapshot().phase == "paused"
    clock.advance(5)
    runner.resume()
    assert runner.snapshot().slide_remaining == 10
    events = run_talk(runner, clock)
    end = next(e for e in events if e["event"] == "segment_end")
    assert (end["paused"], end["held"], end["actual"]) == (15, 20, TALK + 15)


def test_extend_and_shorten_the_current_qa_and_commentary(runner, clock):
    """+1:00 / −1:00 on the Q&A and on the commentary; never below zero; not on a talk."""
    welcome(runner, clock)
    runner.start()
    assert runner.extend(60) == []  # a talk's length is its format's
    run_talk(runner, clock)
    (event,) = runner.extend(60)
    assert (event["event"], event["seconds"], event["allotted"]) == ("extend", 60, QA + 60)
    assert runner.snapshot().remaining == QA + 60
    runner.extend(-120)
    assert runner.snapshot().remaining == QA - 60
    runner.extend(-10 * QA)
    assert runner.snapshot().remaining == 0
    runner.next_segment()
    talk_and_qa(runner, clock, QA)
    talk_and_qa(runner, clock, QA)
    assert runner.snapshot().index == COMMENTARY
    runner.start()
    runner.extend(60)
    snap = runner.snapshot()
    assert snap.remaining == 360 and snap.rows[COMMENTARY].allotted == 360


def test_a_tick_5_s_late_gives_the_right_slide_and_starts_qa_at_the_exact_talk_end(runner, clock):
    """Ticks that come late never shift the schedule: slides by arithmetic, the Q&A from the
    talk's end, lateness journaled with every advance."""
    welcome(runner, clock)
    runner.start()
    start = clock.now()
    assert runner.next_deadline() == start + 20
    clock.advance(65)
    events = runner.tick()
    assert [(e["slide"], e["due"], e["late"]) for e in events] == [
        (2, start + 20, 45), (3, start + 40, 25), (4, start + 60, 5),
    ]  # fmt: skip
    snap = runner.snapshot()
    assert (snap.slide, snap.slide_remaining) == (3, 15)
    assert runner.next_deadline() == start + 80
    clock.advance(start + 405 - clock.now())
    events = runner.tick()
    kinds = [e["event"] for e in events]
    assert kinds[-2:] == ["segment_end", "segment_start"] and kinds.count("slide_due") == 16
    assert events[-2]["end"] == start + 400 and events[-1]["start"] == start + 400
    assert events[-1]["t"] == start + 405  # noticed late, recorded exactly
    assert runner.snapshot().remaining == QA - 5


def test_a_talk_ended_by_the_operator_starts_its_qa_at_once(runner, clock):
    """Esc-confirmed stop during a talk: the Q&A starts now, with the talk's actual time."""
    welcome(runner, clock)
    runner.start()
    clock.advance(100)
    events = runner.next_segment()
    assert [e["event"] for e in events][-2:] == ["segment_end", "segment_start"]
    assert events[-2]["reason"] == "operator" and events[-2]["actual"] == 100
    snap = runner.snapshot()
    assert (snap.phase, snap.index) == ("running", QA1)
    assert snap.rows[QA1].allotted == QA + 100  # the 300 s not talked go to the Q&As
    assert snap.ahead_behind == 300 - 0 and snap.projected_end == T0 + 5400


def test_after_the_commentary_the_closing_card_shows_at_once(runner, clock):
    """A card needs no "up next": it is what the audience sees."""
    welcome(runner, clock)
    for _ in range(3):
        talk_and_qa(runner, clock, QA)
    runner.start()
    clock.advance(300)
    runner.next_segment()
    snap = runner.snapshot()
    assert (snap.phase, snap.index, snap.kind, snap.remaining) == ("running", CLOSING, "card", None)
    assert snap.projected_end == clock.now()
