"""The deadline ticker wakes at, never before, an absolute deadline; disarming silences it."""

from __future__ import annotations

from pechakucha.core.clock import MonotonicClock
from pechakucha.qt.app.ticker import DeadlineTicker


def test_DeadlineTicker_emits_its_deadline_not_before_it(qtbot):
    """The signal carries the deadline, and the clock has reached it when it comes."""
    clock = MonotonicClock()
    ticker = DeadlineTicker(clock, repaint=False)
    deadline = clock.now() + 0.05
    with qtbot.waitSignal(ticker.deadline, timeout=5000) as reached:
        ticker.arm(deadline)
    assert reached.args == [deadline]
    assert clock.now() >= deadline
    assert ticker.target is None


def test_DeadlineTicker_disarmed_never_fires(qtbot):
    """arm(None) after arming: no deadline signal, even well past the old deadline."""
    clock = MonotonicClock()
    ticker = DeadlineTicker(clock, repaint=False)
    later = DeadlineTicker(clock, repaint=False)
    ticker.arm(clock.now() + 0.02)
    ticker.arm(None)
    with qtbot.assertNotEmitted(ticker.deadline), qtbot.waitSignal(later.deadline, timeout=5000):
        later.arm(clock.now() + 0.1)  # a second ticker proves time went past the first


def test_DeadlineTicker_repaints_on_its_own_tick_until_stopped(qtbot):
    """The repaint tick runs by itself; stop() ends both timers."""
    ticker = DeadlineTicker(MonotonicClock())
    with qtbot.waitSignal(ticker.repaint, timeout=5000):
        pass
    ticker.stop()
    assert ticker.target is None
