"""Talk schedule maths with a fake clock: deadlines, pauses, formats, stalls."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pechakucha.core.clock import FakeClock
from pechakucha.core.formats import IGNITE, PECHAKUCHA, TalkFormat, make_format
from pechakucha.core.schedule import TalkSchedule, TalkState


def started(fmt=PECHAKUCHA, at=1000.0):
    schedule = TalkSchedule(fmt)
    schedule.start(at)
    return schedule


def test_schedule_is_ready_before_start_and_shows_slide_one():
    schedule = TalkSchedule()
    assert schedule.state(5.0) is TalkState.READY
    assert schedule.slide_at(5.0) == 0
    assert schedule.next_deadline(5.0) is None


def test_schedule_slide_k_is_due_at_start_plus_k_times_twenty_seconds():
    schedule = started()
    for k in range(20):
        assert schedule.due(k) == 1000.0 + 20 * k
        assert schedule.slide_at(1000.0 + 20 * k) == k
        assert schedule.slide_at(1000.0 + 20 * k + 19.999) == k


def test_schedule_finishes_exactly_six_minutes_forty_after_start():
    schedule = started()
    assert schedule.state(1000.0 + 399.999) is TalkState.RUNNING
    assert schedule.state(1000.0 + 400.0) is TalkState.FINISHED
    assert schedule.slide_at(1000.0 + 10_000) == 19
    assert schedule.remaining(1000.0 + 400.0) == 0
    assert schedule.next_deadline(1000.0 + 400.0) is None


def test_schedule_next_deadline_is_the_next_slide_then_the_end():
    schedule = started()
    assert schedule.next_deadline(1000.0) == 1020.0
    assert schedule.next_deadline(1019.0) == 1020.0
    assert schedule.next_deadline(1020.0) == 1040.0
    assert schedule.next_deadline(1390.0) == 1400.0


def test_schedule_pause_mid_slide_keeps_the_remaining_seconds():
    schedule = started()
    schedule.pause(1027.0)  # 13 s left on slide 2
    assert schedule.state(1100.0) is TalkState.PAUSED
    assert schedule.slide_remaining(1100.0) == pytest.approx(13.0)
    schedule.resume(1100.0)
    assert schedule.slide_remaining(1100.0) == pytest.approx(13.0)
    assert schedule.next_deadline(1100.0) == pytest.approx(1113.0)
    assert schedule.paused_total == pytest.approx(73.0)
    assert schedule.state(1473.0) is TalkState.FINISHED


def test_schedule_five_second_event_loop_stall_shows_the_slide_due_now():
    """A frozen event loop never shifts later deadlines: after waking, the due slide shows."""
    clock = FakeClock(0.0)
    schedule = started(at=0.0)
    clock.advance(18.0)
    assert schedule.slide_at(clock.now()) == 0
    clock.advance(5.0)  # stalled past the deadline at 20 s
    assert schedule.slide_at(clock.now()) == 1
    assert schedule.next_deadline(clock.now()) == 40.0


def test_schedule_ignite_format_is_twenty_slides_of_fifteen_seconds():
    schedule = started(IGNITE, at=0.0)
    assert schedule.slide_at(15.0) == 1
    assert schedule.state(300.0) is TalkState.FINISHED


def test_schedule_custom_format_accepts_fractional_seconds():
    fmt = make_format("pechakucha", slides=3, seconds_per_slide=0.25)
    schedule = started(fmt, at=0.0)
    assert fmt.name == "custom"
    assert schedule.slide_at(0.5) == 2
    assert schedule.state(0.75) is TalkState.FINISHED


def test_schedule_start_into_a_slide_resumes_at_that_second():
    schedule = TalkSchedule()
    schedule.start(500.0, at_slide=7, into_slide=4.5)
    assert schedule.slide_at(500.0) == 7
    assert schedule.slide_remaining(500.0) == pytest.approx(15.5)


def test_format_rejects_zero_slides_and_non_positive_seconds():
    with pytest.raises(ValueError):
        TalkFormat("x", 0, 20)
    with pytest.raises(ValueError):
        TalkFormat("x", 20, 0)
    with pytest.raises(ValueError, match="unknown format"):
        make_format("keynote")


@given(
    pauses=st.lists(st.tuples(st.floats(0.01, 50), st.floats(0, 100)), max_size=8),
    seconds=st.floats(0.5, 30),
)
def test_schedule_pauses_never_make_total_talk_time_drift(pauses, seconds):
    """However often it is paused, a talk runs exactly slides × seconds of unpaused time."""
    fmt = TalkFormat("custom", 20, seconds)
    schedule = started(fmt, at=0.0)
    now, paused = 0.0, 0.0
    for run, pause in pauses:
        now += run
        if schedule.state(now) is not TalkState.RUNNING:
            break
        schedule.pause(now)
        now += pause
        paused += pause
        schedule.resume(now)
    end = schedule.due(fmt.slides)
    assert end == pytest.approx(fmt.duration + paused)
    assert schedule.state(end) is TalkState.FINISHED
