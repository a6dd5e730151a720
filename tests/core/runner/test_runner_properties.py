"""Any sequence of operator keys and clock jumps: the runner never breaks its own rules, and
its journal always replays to the very same state."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pechakucha.core.clock import FakeClock
from pechakucha.core.journal import Journal
from pechakucha.core.runner.recovery import recover
from pechakucha.core.runner.runner import SessionRunner
from tests.core.sessions import TALK1, TALK2, TALK3, fake_wall, load_session_two

_SIMPLE = ["start", "next_segment", "previous_segment", "pause", "resume", "hold", "release",
           "mark_slide", "clear_recall", "tick"]  # fmt: skip
_STEPS = st.lists(
    st.one_of(
        st.sampled_from(_SIMPLE).map(lambda name: (name,)),
        st.tuples(st.just("extend"), st.sampled_from([-60, 60])),
        st.tuples(st.just("recall"), st.sampled_from([TALK1, TALK2, TALK3]), st.integers(0, 19)),
        st.tuples(st.just("wait"), st.integers(0, 900)),
    ),
    max_size=40,
)


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    """Session Two (loaded once: hypothesis runs many examples)."""
    return load_session_two(tmp_path_factory.mktemp("two"))


def play(runner, clock, steps):
    """Apply the steps; check the invariants after each one."""
    for step in steps:
        if step[0] == "wait":
            clock.advance(step[1])
        else:
            getattr(runner, step[0])(*step[1:])
        check(runner)


def check(runner):
    """Rules that hold whatever the operator did."""
    snap = runner.snapshot()
    if runner.timeline.start is not None and snap.phase != "done":
        wall_span = snap.now - runner.timeline.start
        assert snap.session_elapsed + snap.hold_total == pytest.approx(wall_span)
    for row in snap.rows:
        assert row.actual is None or row.actual >= 0
        assert row.allotted >= 0
    if snap.kind == "talk" and snap.remaining is not None:
        assert 0 <= snap.remaining <= 400 and 0 <= snap.slide <= 19
    assert (snap.phase == "hold") == runner.on_hold
    assert snap.recalled is None or snap.kind in ("qa", "commentary", "card")


def essentials(snap):
    """What a resumed runner must reproduce (not the clock's own numbers)."""
    return (snap.phase, snap.index, snap.rows, snap.remaining, snap.slide, snap.session_elapsed,
            snap.ahead_behind, snap.hold_total, snap.marks, snap.recalled,
            snap.auto_allocations)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=_STEPS)
def test_any_key_sequence_keeps_the_rules_and_replays_to_the_same_state(session, steps):
    """Random keys and waits: invariants hold at every step, and a recovery with no downtime
    (on another monotonic clock) lands in exactly the same state."""
    clock = FakeClock(1000.0)
    journal = Journal(wall_clock=fake_wall(clock))
    runner = SessionRunner(session, clock, journal)
    play(runner, clock, steps)
    runner.tick()
    if not journal.entries:
        return
    other = FakeClock(5.0)
    resumed = recover(session, journal.entries, fake_wall(clock)(), other)
    assert essentials(resumed.snapshot()) == essentials(runner.snapshot())
