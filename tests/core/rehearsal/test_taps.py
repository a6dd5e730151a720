"""Late, early and missing taps with a fake clock: a late tap is late for the slide it ends,
by however much, and the advice says so (issue 18, item 9)."""

import pytest

from pechakucha.core.clock import FakeClock
from pechakucha.core.formats import PECHAKUCHA, TalkFormat
from pechakucha.core.rehearsal.pacing import PacingRecorder, late_window_for, summarise
from pechakucha.core.schedule import TalkSchedule


def started(fmt=PECHAKUCHA):
    """A clock at 1000 s and a recorder over a schedule started now."""
    clock = FakeClock(1000.0)
    schedule = TalkSchedule(fmt)
    schedule.start(clock.now())
    return clock, PacingRecorder(schedule)


def tap_at(clock, recorder, seconds):
    """Tap `seconds` after the start."""
    clock.advance(1000.0 + seconds - clock.now())
    return recorder.tap(clock.now())


def test_taps_5_s_late_on_slides_5_to_8_are_late_for_those_slides_not_early_for_the_next():
    """The issue's run: slides 6–9 used to read "15 s early"; now 5–8 ran out by 5 s."""
    clock, recorder = started()
    for k in range(20):  # slide k+1 ends at 20 (k+1)
        late = 5.0 if 4 <= k <= 7 else -1.0
        tap = tap_at(clock, recorder, 20.0 * (k + 1) + late)
        assert (tap.index, tap.offset) == (k, pytest.approx(late))
    summary = summarise(recorder.offsets, 20.0)
    assert summary.ran_out == [5, 6, 7, 8]
    assert summary.early == []
    verdict = summary.verdict()
    assert verdict.code == "late"
    assert verdict.text == (
        "You ran out of time on 4 of 20 slides, by 5 s on average — trim slides 5, 6, 7, 8"
    )


def test_taps_2_s_late_everywhere_ran_out_every_slide_not_never_ran_out():
    """2 s late on every slide was green "never ran out of time": it is 20 slides late."""
    clock, recorder = started()
    for k in range(20):
        tap_at(clock, recorder, 20.0 * (k + 1) + 2.0)
    summary = summarise(recorder.offsets, 20.0)
    assert recorder.offsets == pytest.approx([2.0] * 20)
    assert len(summary.ran_out) == 20 and summary.within == []
    assert summary.verdict().code == "late"
    assert summary.verdict().params["average"] == 2.0


def test_a_late_tap_counts_whatever_the_allowance_up_to_half_a_slide():
    """9.9 s after the change is still late for the slide before (the old allowance was 3 s)."""
    clock, recorder = started()
    tap = tap_at(clock, recorder, 29.9)
    assert (tap.index, tap.offset) == (0, pytest.approx(9.9))
    assert late_window_for(20.0) == 10.0 and late_window_for(15.0) == 7.5


def test_a_tap_right_on_the_change_is_on_pace_not_late():
    """0.0 s after the change: the speaker finished as the slide changed."""
    clock, recorder = started(TalkFormat("custom", 2, 20.0))
    tap = tap_at(clock, recorder, 20.0)
    assert (tap.index, tap.offset) == (0, 0.0)
    assert summarise(recorder.offsets, 20.0).within == [1]


def test_early_taps_beyond_the_last_3_s_are_early_within_them_on_pace():
    """-4 s is early (dead air); -2.5 s is on pace."""
    clock, recorder = started(TalkFormat("custom", 2, 20.0))
    tap_at(clock, recorder, 16.0)
    tap_at(clock, recorder, 37.5)
    summary = summarise(recorder.offsets, 20.0)
    assert recorder.offsets == (-4.0, -2.5)
    assert (summary.early, summary.within, summary.ran_out) == ([1], [2], [])


def test_a_missing_tap_ran_out_without_an_amount():
    """No tap on slide 2 (the next tap comes late in slide 3): slide 2 ran out, by an unknown
    amount, and the verdict names it without an average."""
    clock, recorder = started(TalkFormat("custom", 3, 20.0))
    tap_at(clock, recorder, 19.0)
    tap = tap_at(clock, recorder, 58.0)  # 18 s into slide 3
    assert (tap.index, tap.offset) == (2, -2.0)
    assert recorder.offsets == (-1.0, None, -2.0)
    verdict = summarise(recorder.offsets, 20.0).verdict()
    assert verdict.text == "You ran out of time on 1 of 3 slides — trim slide 2"


def test_a_late_tap_after_the_last_slide_settles_the_run():
    """The last slide's tap 4 s after the end is late for it, and nothing is left to wait for."""
    clock, recorder = started(TalkFormat("custom", 2, 20.0))
    tap_at(clock, recorder, 19.0)
    assert not recorder.settled
    tap = tap_at(clock, recorder, 44.0)
    assert (tap.index, tap.offset) == (1, 4.0)
    assert recorder.settled
    assert tap_at(clock, recorder, 45.0) is None


def test_ended_offsets_of_a_run_stopped_halfway():
    """Stopped 5 s into slide 4 with slide 4 untapped: slides 1–3 are what it got through; a
    tap on slide 4 already makes it part of the stopped run."""
    clock, recorder = started()
    assert recorder.ended_offsets(clock.now()) == ()
    tap_at(clock, recorder, 18.0)
    tap_at(clock, recorder, 45.0)  # slide 2, 5 s late
    clock.advance(1000.0 + 65.0 - clock.now())
    assert recorder.ended_offsets(clock.now()) == (-2.0, 5.0, None)
    tap_at(clock, recorder, 75.0)  # 15 s into slide 4: slide 4 early
    assert recorder.ended_offsets(clock.now()) == (-2.0, 5.0, None, -5.0)
