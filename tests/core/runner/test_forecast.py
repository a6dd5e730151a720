"""The runner learns the room: changeovers it saw, Q&As that consistently run over; the
projected end, ahead/behind and auto Q&A shares include them; the Q&A's on-time end."""

import pytest

from pechakucha.core.clock import FakeClock
from pechakucha.core.runner.forecast import consistent_amount
from pechakucha.core.runner.runner import SessionRunner
from pechakucha.core.session.budget import Expectations
from tests.core.sessions import COMMENTARY, QA, QA1, QA2, QA3, TALK, load_session_two, run_talk

T0 = 1000.0


@pytest.fixture
def clock():
    """Fake monotonic time."""
    return FakeClock(T0)


@pytest.fixture
def session(tmp_path):
    """Session Two (no changeover written)."""
    return load_session_two(tmp_path)


def welcome_then_wait(runner, clock, gap):
    """The welcome card for 2:00, then `gap` seconds before F5 on talk 1."""
    runner.start()
    clock.advance(120)
    runner.next_segment()
    clock.advance(gap)


def talk_then_qa(runner, clock, over, gap=0.0):
    """F5 on the waiting talk, let it run, end its Q&A `over` seconds past its countdown,
    wait `gap` before the next F5."""
    runner.start()
    run_talk(runner, clock)
    clock.advance(runner.snapshot().remaining + over)
    runner.next_segment()
    clock.advance(gap)


def test_a_changeover_seen_is_reserved_for_every_one_still_to_come(session, clock):
    """1:00 before talk 1: Q&A 1 gets 21:00 - 1:00 (the one seen, from the budget) - 3 × 1:00
    (talk 2, talk 3, commentary) ÷ 3 Q&As; the end still lands on 90:00."""
    runner = SessionRunner(session, clock)
    welcome_then_wait(runner, clock, 60)
    runner.start()
    run_talk(runner, clock)
    snap = runner.snapshot()
    assert snap.learned == Expectations(changeover_shift=60.0)
    assert snap.rows[QA1].allotted == QA - 20 - 60
    assert snap.auto_allocations == {QA2: QA - 80, QA3: QA - 80}
    assert snap.projected_end == T0 + 5400
    assert snap.ahead_behind == -60


def test_without_learning_the_changeover_comes_out_of_the_qas_only_once_seen(session, clock):
    """learn=False: the solver as before changeovers: only the minute already gone is taken."""
    runner = SessionRunner(session, clock, learn=False)
    welcome_then_wait(runner, clock, 60)
    runner.start()
    run_talk(runner, clock)
    assert runner.snapshot().rows[QA1].allotted == QA - 20


def test_while_waiting_the_planned_changeover_counts_as_on_plan(session, clock):
    """0:30 planned before talk 1 (and before talk 2, talk 3, the commentary): 10 s into the
    wait the session is on plan, the Q&As keep their planned 20:20 and the other 20 s of this
    gap stay reserved; 45 s in, it is 15 s behind and each Q&A gives up 5 s."""
    session.changeover = 30.0
    runner = SessionRunner(session, clock)
    runner.start()
    clock.advance(120)
    runner.next_segment()
    clock.advance(10)
    snap = runner.snapshot()
    assert snap.ahead_behind == 0 and snap.projected_end == T0 + 5400
    assert set(snap.auto_allocations.values()) == {QA - 40}
    clock.advance(35)
    snap = runner.snapshot()
    assert snap.ahead_behind == -15 and snap.projected_end == T0 + 5400
    assert set(snap.auto_allocations.values()) == {QA - 45}


def test_qas_that_all_ran_over_make_the_next_auto_qa_shorter_by_what_they_agree_on(session, clock):
    """Q&A 1 ran 0:40 over, Q&A 2 0:20: Q&A 3 is expected to run 0:20 over too, so its
    countdown leaves that room; the commentary keeps its 5:00."""
    runner = SessionRunner(session, clock)
    welcome_then_wait(runner, clock, 0)
    talk_then_qa(runner, clock, over=40)
    talk_then_qa(runner, clock, over=20)
    runner.start()
    run_talk(runner, clock)
    snap = runner.snapshot()
    assert snap.learned.qa_overrun == 20
    left = 5400 - runner.session_elapsed()
    assert snap.rows[QA3].allotted == left - 300 - 20
    assert snap.rows[COMMENTARY].allotted == 300
    assert snap.projected_end == T0 + 5400


def test_qas_that_disagree_teach_nothing(session, clock):
    """One over, one under: no consistent amount, the last Q&A gets all that is left."""
    runner = SessionRunner(session, clock)
    welcome_then_wait(runner, clock, 0)
    talk_then_qa(runner, clock, over=40)
    talk_then_qa(runner, clock, over=-30)
    runner.start()
    run_talk(runner, clock)
    snap = runner.snapshot()
    assert snap.learned.qa_overrun == 0
    assert snap.rows[QA3].allotted == 5400 - runner.session_elapsed() - 300


@pytest.mark.parametrize(
    ("overruns", "amount"),
    [([], 0), ([50], 0), ([40, 20], 20), ([-10, -30], -10), ([40, -5], 0), ([5, 0], 0),
     ([300, 400], 120), ([-1700, -1500], -120)],
)  # fmt: skip
def test_consistent_amount_is_what_every_qa_agrees_on(overruns, amount):
    """At least two Q&As, all over (or all under): the smallest overrun (or underrun), never
    more than two minutes either way."""
    assert consistent_amount(overruns) == amount


def test_the_auto_qa_end_target_is_its_on_time_end_and_a_pause_does_not_move_it(session, clock):
    """Q&A 1 starts at the talk's end with 21:00: end it 21:00 later to finish on time. Paused
    for 1:00, its countdown stops but the budget runs: the target stays where it was."""
    runner = SessionRunner(session, clock)
    welcome_then_wait(runner, clock, 0)
    runner.start()
    run_talk(runner, clock)
    start = clock.now()
    assert runner.snapshot().qa_end_target == start + QA
    clock.advance(300)
    runner.pause()
    clock.advance(60)
    runner.resume()
    snap = runner.snapshot()
    assert snap.qa_end_target == start + QA and snap.qa_end_target_in == QA - 360
    assert snap.remaining == QA - 300


def test_no_qa_end_target_outside_an_auto_qa(session, clock):
    """During a talk or the commentary there is no Q&A to end."""
    runner = SessionRunner(session, clock)
    welcome_then_wait(runner, clock, 0)
    runner.start()
    clock.advance(TALK / 2)
    assert runner.snapshot().qa_end_target is None
