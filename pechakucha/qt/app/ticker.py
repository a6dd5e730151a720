"""Waking up on time: a precise single-shot timer re-armed to each absolute deadline.

A timer never counts time. It only wakes the controller, which asks the schedule what is due
*now* on the monotonic clock; a late wake-up therefore never shifts a later deadline.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from pechakucha.core.clock import Clock

# Repaint rate for countdowns: smooth enough for a ring, cheap on the CPU.
REPAINT_MS = 100
# Outside a talk only whole seconds change (a Q&A's 27:30, the clock): four looks a second show
# each change within a quarter of a second and wake the app 2.5 times less often.
CALM_REPAINT_MS = 250
# Wake this early and wait out the rest in short sleeps: a loaded machine wakes timers a few
# milliseconds late, and the last stretch of a sleep is far more punctual than a timer.
EARLY_S = 0.004


class DeadlineTicker(QObject):
    """Emits `deadline` at (not before) an absolute monotonic time, and `repaint` every 100 ms."""

    deadline = Signal(float)  # the deadline that was reached
    repaint = Signal()

    def __init__(self, clock: Clock, parent: QObject | None = None, repaint: bool = True) -> None:
        super().__init__(parent)
        self._clock = clock
        self._target: float | None = None
        self._precise = QTimer(self, singleShot=True, timerType=Qt.PreciseTimer)
        self._precise.timeout.connect(self._on_precise)
        self._coarse = QTimer(self, interval=REPAINT_MS, timerType=Qt.CoarseTimer)
        self._coarse.timeout.connect(self.repaint)
        if repaint:
            self._coarse.start()

    @property
    def target(self) -> float | None:
        """The armed deadline, if any."""
        return self._target

    def arm(self, deadline: float | None) -> None:
        """Wake at `deadline` (monotonic seconds); None disarms."""
        self._target = deadline
        if deadline is None:
            self._precise.stop()
            return
        delay_ms = max(0, math.floor((deadline - EARLY_S - self._clock.now()) * 1000))
        self._precise.start(delay_ms)

    def set_repaint_ms(self, interval: int) -> None:
        """Repaint every `interval` ms from now on (a no-op when it already does)."""
        if self._coarse.interval() != interval:
            self._coarse.setInterval(interval)

    def stop(self) -> None:
        """Stop both timers."""
        self._precise.stop()
        self._coarse.stop()

    def _on_precise(self) -> None:
        target = self._target
        if target is None:
            return
        if target - self._clock.now() > 2 * EARLY_S:  # woke far too early: arm again
            self.arm(target)
            return
        while (left := target - self._clock.now()) > 0:
            time.sleep(min(left, 0.0005))
        self._target = None
        self.deadline.emit(target)
