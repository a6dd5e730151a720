"""Countdown levels decided in core (segment, slide ring, commentator), the runner's time line
and event log, and the snapshot reading the runner only through its narrow public view."""

import ast
import inspect

import pytest

from pechakucha.core.clock import FakeClock
from pechakucha.core.runner import snapshot as snapshot_module
from pechakucha.core.runner.events import EventLog
from pechakucha.core.runner.levels import countdown_level
from pechakucha.core.runner.runner import SessionRunner
from pechakucha.core.runner.snapshot import RunView
from pechakucha.core.runner.timeline import Timeline
from pechakucha.core.schedule import slide_level
from tests.core.sessions import COMMENTARY, load_session_two, run_talk, run_until


@pytest.mark.parametrize(
    ("left", "level"),
    [(61, "normal"), (60, "warn"), (31, "warn"), (30, "alert"), (0.5, "alert"), (0, "overrun"),
     (-12, "overrun")],
)  # fmt: skip
def test_countdown_level_follows_the_segment_thresholds(left, level):
    """Amber from warn_at, red from alert_at, overrun once no time is left."""
    assert countdown_level(left, warn_at=60, alert_at=30) == level


@pytest.mark.parametrize(
    ("left", "seconds", "level"),
    [(20, 20, "normal"), (5.01, 20, "normal"), (5, 20, "warn"), (3.01, 20, "warn"),
     (3, 20, "alert"), (0, 20, "alert"), (2, 8, "alert"), (2.01, 8, "normal")],
)  # fmt: skip
def test_slide_ring_is_amber_in_the_last_quarter_and_red_in_the_last_3_seconds(
    left, seconds, level
):
    """A 20 s slide: amber from 5 s, red from 3 s; an 8 s slide goes straight to red at 2 s."""
    assert slide_level(left, seconds) == level


@pytest.fixture
def clock():
    """Fake monotonic time."""
    return FakeClock(1000.0)


@pytest.fixture
def runner(tmp_path, clock):
    """Session Two, nothing started."""
    return SessionRunner(load_session_two(tmp_path), clock)


def test_snapshot_carries_the_slide_ring_level_during_a_talk_and_none_outside(runner, clock):
    """Welcome card: no slide level; 16 s into slide 1 of a talk: amber; 18 s: red."""
    runner.start()
    assert runner.snapshot().slide_level is None
    clock.advance(120)
    runner.next_segment()
    runner.start()
    run_until(runner, clock, clock.now() + 16)
    snap = runner.snapshot()
    assert (snap.slide_level, snap.level) == ("warn", None)
    run_until(runner, clock, clock.now() + 2)
    assert runner.snapshot().slide_level == "alert"
    run_until(runner, clock, clock.now() + 2)
    assert runner.snapshot().slide_level == "normal"


def test_commentator_level_comes_with_the_snapshot(runner, clock):
    """The commentary's 5:00 countdown is red 4:31 in and overrun at 5:00."""
    runner.start()
    clock.advance(120)
    runner.next_segment()
    for _ in range(3):
        runner.start()
        run_talk(runner, clock)
        clock.advance(60)
        runner.next_segment()
    runner.start()
    assert runner.snapshot().index == COMMENTARY
    clock.advance(271)
    assert runner.snapshot().level == "alert"
    clock.advance(29)
    assert runner.snapshot().level == "overrun"


def test_timeline_counts_session_time_without_holds():
    """Started at 10, held 20–25, asked at 40: 25 s of session time, 5 s of holds."""
    timeline = Timeline()
    assert timeline.elapsed(40) == 0
    timeline.start = 10
    timeline.begin_hold(20)
    assert timeline.on_hold and timeline.elapsed(22) == 10
    assert timeline.end_hold(25) == 5
    assert (timeline.elapsed(40), timeline.hold_total(40), timeline.on_hold) == (25, 5, False)


def test_event_log_without_a_journal_hands_each_event_out_once():
    """Events carry the command's instant; flush empties the list."""
    log = EventLog(None, 5.0)
    log.emit("start", segment=0)
    log.t = 7.0
    log.emit("pause", segment=0)
    assert log.flush() == [
        {"event": "start", "t": 5.0, "segment": 0},
        {"event": "pause", "t": 7.0, "segment": 0},
    ]
    assert log.flush() == []


def _attributes_read_from(name: str, tree: ast.AST) -> set[str]:
    return {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == name
    }


def test_snapshot_reads_the_runner_only_through_its_public_view():
    """Every attribute the snapshot module reads of `runner` is declared in RunView, and
    none is private: the runner's bookkeeping (records, holds) stays its own."""
    tree = ast.parse(inspect.getsource(snapshot_module))
    used = _attributes_read_from("runner", tree)
    declared = set(RunView.__annotations__) | {
        name for name, _ in inspect.getmembers(RunView, inspect.isfunction)
    }
    assert used and used <= declared
    assert not any(name.startswith("_") for name in used)
    assert "records" not in declared


def test_session_runner_is_one_class_that_satisfies_the_view(runner):
    """No base class does half the work; the runner has everything RunView declares."""
    assert SessionRunner.__bases__ == (object,)
    for name in set(RunView.__annotations__) | {"times", "skipped", "session_elapsed"}:
        assert hasattr(runner, name), name
