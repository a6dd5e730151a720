"""Runner commands one by one: going back and forth, skipping, marks and recall, countdown
colours, and commands that do nothing where they make no sense."""

import datetime as dt

import pytest

from pechakucha.core.clock import FakeClock
from pechakucha.core.runner.runner import SessionRunner
from pechakucha.core.session.model import Session
from tests.core.sessions import (
    CLOSING,
    COMMENTARY,
    QA,
    QA1,
    QA2,
    TALK,
    TALK1,
    TALK2,
    TALK3,
    WELCOME,
    load_session_two,
    run_talk,
    run_until,
)


@pytest.fixture
def clock():
    """Fake monotonic time."""
    return FakeClock(1000.0)


@pytest.fixture
def session(tmp_path):
    """Session Two."""
    return load_session_two(tmp_path)


@pytest.fixture
def runner(session, clock):
    """A runner on Session Two, nothing started."""
    return SessionRunner(session, clock)


def to_qa1(runner, clock):
    """Welcome card, first talk to its end: Q&A 1 is running."""
    runner.start()
    clock.advance(120)
    runner.next_segment()
    runner.start()
    run_talk(runner, clock)


def to_commentary(runner, clock):
    """Every talk and Q&A on time: the commentary waits as "up next"."""
    to_qa1(runner, clock)
    for _ in range(2):
        clock.advance(QA)
        runner.next_segment()
        runner.start()
        run_talk(runner, clock)
    clock.advance(QA)
    runner.next_segment()


def test_ready_before_anything_starts(runner, clock):
    """Ready: segment 0 waits, no session time used, the plan ends 90:00 from now."""
    snap = runner.snapshot()
    assert (snap.phase, snap.index, snap.kind) == ("ready", WELCOME, "card")
    assert snap.session_elapsed == 0 and snap.budget_remaining == 5400
    assert snap.projected_end == clock.now() + 5400
    assert [r.status for r in snap.rows][:2] == ["current", "coming"]


def test_commands_that_make_no_sense_now_do_nothing(runner, clock):
    """Pause, resume, hold, release, extend, recall or mark before the session: no events."""
    for command in (runner.pause, runner.resume, runner.hold, runner.release, runner.clear_recall,
                    runner.previous_segment, runner.tick):  # fmt: skip
        assert command() == []
    assert runner.extend(60) == [] and runner.mark_slide() is None
    assert runner.recall(TALK1, 3) == []
    runner.start()
    assert runner.start() == [] and runner.resume() == [] and runner.release() == []


def test_next_in_ready_skips_without_starting_the_session(runner, clock):
    """Skipping the welcome card before starting: the session clock has not started."""
    (command, skip) = runner.next_segment()
    assert (command["event"], skip["event"]) == ("next_segment", "segment_skip")
    clock.advance(30)
    snap = runner.snapshot()
    assert (snap.phase, snap.index, snap.session_elapsed) == ("ready", TALK1, 0)
    assert snap.rows[WELCOME].status == "skipped"
    runner.previous_segment()
    assert runner.snapshot().rows[WELCOME].status == "current"


def test_skipping_a_talk_leaves_its_qa_waiting(runner, clock):
    """Next on a waiting talk skips it; its Q&A does not start by itself."""
    runner.start()
    clock.advance(120)
    runner.next_segment()
    runner.next_segment()
    snap = runner.snapshot()
    assert (snap.phase, snap.index) == ("up_next", QA1)
    assert snap.rows[TALK1].status == "skipped" and snap.rows[TALK1].actual is None


def test_previous_from_a_waiting_talk_reopens_the_qa_as_if_it_had_not_ended(runner, clock):
    """Next pressed by mistake at the end of Q&A 1: back, and the Q&A runs on, the 20 s in
    between counted as its own."""
    to_qa1(runner, clock)
    clock.advance(600)
    runner.next_segment()
    clock.advance(20)
    events = runner.previous_segment()
    assert [e["event"] for e in events] == ["previous_segment", "segment_reopen"]
    snap = runner.snapshot()
    assert (snap.phase, snap.index, snap.remaining) == ("running", QA1, QA - 620)
    assert snap.rows[QA1].actual == 620 and snap.rows[QA1].status == "current"


def test_previous_during_a_qa_goes_back_to_the_talk_waiting_to_restart(runner, clock):
    """Back from a Q&A to its talk: both forgotten, the talk waits as "up next" again."""
    to_qa1(runner, clock)
    clock.advance(30)
    events = runner.previous_segment()
    assert [e["event"] for e in events][-1] == "up_next"
    snap = runner.snapshot()
    assert (snap.phase, snap.index) == ("up_next", TALK1)
    assert snap.rows[TALK1].actual is None and snap.rows[QA1].actual is None
    runner.start()
    assert runner.snapshot().slide == 0


def test_previous_when_done_reopens_the_closing_card(runner, clock):
    """The session is not over until it is over."""
    to_commentary(runner, clock)
    runner.start()
    clock.advance(300)
    runner.next_segment()
    runner.next_segment()
    assert runner.snapshot().phase == "done"
    runner.previous_segment()
    snap = runner.snapshot()
    assert (snap.phase, snap.index) == ("running", CLOSING)


def test_previous_while_the_first_segment_runs_waits_to_start_it_again(runner, clock):
    """Back from the running welcome card: it waits again; the session clock keeps its start."""
    runner.start()
    clock.advance(10)
    runner.previous_segment()
    snap = runner.snapshot()
    assert (snap.phase, snap.index, snap.session_elapsed) == ("up_next", WELCOME, 10)


def test_mark_slides_during_talks_and_recall_them_during_the_commentary(runner, clock):
    """M marks the slide on screen (once); in the commentary any slide of any talk comes back,
    and one key returns to the countdown card."""
    runner.start()
    clock.advance(120)
    runner.next_segment()
    runner.start()
    run_until(runner, clock, clock.now() + 45)
    assert runner.mark_slide() == (TALK1, 2)
    assert runner.mark_slide() == (TALK1, 2)
    events = runner.recall(TALK1, 0)  # not during a talk: nothing but the mark, once
    assert [(e["event"], e["segment"], e["slide"]) for e in events] == [("mark_slide", TALK1, 3)]
    run_talk(runner, clock)
    assert runner.mark_slide() is None  # a Q&A has no slide to mark
    to_commentary_from_qa1(runner, clock)
    assert runner.snapshot().marks == ((TALK1, 2),)
    runner.start()
    (event,) = runner.recall(TALK3, 19)
    assert (event["event"], event["talk"], event["slide"]) == ("recall", TALK3, 20)  # from 1
    assert runner.snapshot().recalled == (TALK3, 19)
    runner.clear_recall()
    assert runner.snapshot().recalled is None
    runner.recall(TALK1, 2)
    runner.next_segment()
    assert runner.snapshot().recalled is None  # leaving the segment clears it


def to_commentary_from_qa1(runner, clock):
    """From a running Q&A 1, on time to the commentary's "up next"."""
    clock.advance(QA)
    runner.next_segment()
    for _ in range(2):
        runner.start()
        run_talk(runner, clock)
        clock.advance(QA)
        runner.next_segment()


@pytest.mark.parametrize(("segment", "slide"), [(QA1, 0), (TALK2, 20), (TALK2, -1), (99, 0)])
def test_recall_of_something_that_is_not_a_slide_is_a_value_error(runner, segment, slide):
    """Only slides of talks can be recalled."""
    with pytest.raises(ValueError):
        runner.recall(segment, slide)


@pytest.mark.parametrize(
    ("into", "level"),
    [(0, "normal"), (239, "normal"), (240, "warn"), (269, "warn"), (270, "alert"),
     (299, "alert"), (300, "overrun"), (330, "overrun")],
)  # fmt: skip
def test_commentary_countdown_turns_amber_at_1_00_red_at_0_30_then_counts_overtime(
    runner, clock, into, level
):
    """5:00 countdown: amber from 1:00 left, red from 0:30, then overtime as negative time."""
    to_commentary(runner, clock)
    runner.start()
    clock.advance(into)
    snap = runner.snapshot()
    assert snap.level == level and snap.remaining == 300 - into
    assert snap.overrun == max(0, into - 300)


def test_planned_end_time_and_projected_end_as_a_wall_clock(session, clock):
    """With a planned start of 18:30 the plan ends at 20:00; the projection is a datetime."""
    session.planned_start = dt.time(18, 30)
    runner = SessionRunner(session, clock)
    runner.start()
    clock.advance(180)
    snap = runner.snapshot()
    assert snap.planned_end_time == dt.time(20, 0)
    wall_now = dt.datetime(2026, 5, 14, 18, 33)
    assert snap.projected_end_at(wall_now) == dt.datetime(2026, 5, 14, 20, 0)


def test_events_name_the_segment_and_qa_start_says_it_is_automatic(runner, clock):
    """Journal entries carry segment index, kind, label and speaker."""
    runner.start()
    clock.advance(120)
    runner.next_segment()
    runner.start()
    clock.advance(TALK)
    events = runner.tick()
    start = events[-1]
    assert start["event"] == "segment_start" and start["segment"] == QA1
    assert start["kind"] == "qa" and start["auto"] is True and start["allotted"] == QA
    assert start["speaker"] == "Ponente de la Diputación de Barcelona"
    assert (start["label"], start["changeover"]) == ("Q&A", 0)


def test_the_runner_runs_a_copy_of_the_session(session, clock):
    """Editing the session in the editor does not change a session being run."""
    runner = SessionRunner(session, clock)
    session.segments.clear()
    assert len(runner.snapshot().rows) == 9


def test_a_session_without_segments_cannot_run(clock):
    """Nothing to run is a clear error, not a crash later."""
    with pytest.raises(ValueError, match="at least one segment"):
        SessionRunner(Session(budget=60.0), clock)


def test_rows_show_past_current_and_coming_with_live_qa_shares(runner, clock):
    """During Q&A 1, 2:00 over: the talks are fixed, the later Q&As lose a minute each."""
    to_qa1(runner, clock)
    clock.advance(QA + 120)
    snap = runner.snapshot()
    statuses = [r.status for r in snap.rows]
    assert statuses == ["past", "past", "current"] + ["coming"] * 6
    assert snap.rows[QA1].remaining == -120 and snap.overrun == 120
    assert snap.rows[TALK2].allotted == TALK and snap.rows[QA2].allotted == QA - 60
    assert snap.rows[COMMENTARY].allotted == 300
    assert snap.auto_allocations == {QA2: QA - 60, 6: QA - 60}
    assert snap.rows[TALK3].actual is None and snap.rows[TALK1].actual == TALK
