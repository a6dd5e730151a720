"""The operator's desk for one talk: keys → commands, and the console's clocks and labels.

Used when the app opens a single deck (`pechakucha DECK`); a session wraps the same
TalkController for each of its talks.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent

from pechakucha.core.durations import format_duration
from pechakucha.core.schedule import TalkState
from pechakucha.qt.show import keys
from pechakucha.qt.show.talk_controller import TalkController
from pechakucha.qt.widgets.countdown import AMBER, CALM, RED

ESC_CONFIRM_MS = 3000


def slide_colour(seconds_left: float, seconds_per_slide: float):
    """Ring colour: calm, amber in the last quarter, red in the last 3 s."""
    if seconds_left <= min(3.0, seconds_per_slide / 4):
        return RED
    if seconds_left <= seconds_per_slide / 4:
        return AMBER
    return CALM


class TalkOperator(QObject):
    """Handles the keys for a single-talk show and keeps the console up to date."""

    quit_requested = Signal()

    def __init__(
        self,
        talk: TalkController,
        title: str,
        manual: bool = False,
        quit_at_end: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.talk, self.title, self.manual, self.quit_at_end = talk, title, manual, quit_at_end
        self.console = talk.console
        self._esc_armed = QTimer(self, singleShot=True, interval=ESC_CONFIRM_MS)
        talk.ticker.repaint.connect(self.refresh)
        talk.finished.connect(self._on_finished)
        self.refresh()

    def state(self) -> str:
        """ready / running / paused / blackout / white / finished."""
        state = self.talk.schedule.state(self.talk.clock.now())
        if state in (TalkState.RUNNING, TalkState.PAUSED) and self.talk.cover:
            return "blackout" if self.talk.cover == "black" else "white"
        return state.value

    # -- keys -----------------------------------------------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        """Carry out the command a key means; True if the key was used."""
        command = keys.command_for(event)
        if command is None:
            return False
        handler = {
            keys.START: self._start_or_resume,
            keys.RESUME: self._start_or_resume,
            keys.PAUSE: self._toggle_pause,
            keys.BLACK: lambda: self._toggle_cover("black"),
            keys.WHITE: lambda: self._toggle_cover("white"),
            keys.STOP: self._stop,
            keys.PROGRESS: self._toggle_progress,
            keys.NEXT: lambda: self._navigate(+1, event),
            keys.PREVIOUS: lambda: self._navigate(-1, event),
        }.get(command)
        if handler is None:
            return False
        handler()
        self.refresh()
        return True

    def _start_or_resume(self) -> None:
        state = self.talk.schedule.state(self.talk.clock.now())
        if state is TalkState.READY:
            self.talk.start()
        elif state is TalkState.PAUSED:
            self.talk.resume()

    def _toggle_pause(self) -> None:
        state = self.talk.schedule.state(self.talk.clock.now())
        if state is TalkState.RUNNING:
            self.talk.pause()
        elif state is TalkState.PAUSED:
            self.talk.resume()

    def _toggle_progress(self) -> None:
        self.talk.show_progress = not self.talk.show_progress

    def _toggle_cover(self, colour: str) -> None:
        self.talk.set_cover(None if self.talk.cover == colour else colour)

    def _navigate(self, step: int, event: QKeyEvent) -> None:
        running = self.talk.schedule.state(self.talk.clock.now()) is not TalkState.READY
        if self.manual and running:
            self.talk.go_to(self.talk.shown_index + step)
            return
        self.talk.report_ignored_key(keys.key_name(event))

    def _stop(self) -> None:
        running = self.talk.schedule.state(self.talk.clock.now()) in (
            TalkState.RUNNING,
            TalkState.PAUSED,
        )
        if running and not self._esc_armed.isActive():
            self._esc_armed.start()
            self.console.flash_keypress(self.tr("Press Esc again to stop the talk"))
            return
        self.talk.stop()
        self.talk.journal.write("stop", self.talk.clock.now())
        self.quit_requested.emit()

    def _on_finished(self) -> None:
        self.talk.audience.show_fill("black")
        self.console.current_view.set_slide(None, 0)
        self.console.current_view.set_placeholder(self.tr("End of talk"))
        self.refresh()
        if self.quit_at_end:
            self.quit_requested.emit()

    # -- console --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Repaint the console's clocks and labels from the schedule (called every 100 ms)."""
        now = self.talk.clock.now()
        schedule = self.talk.schedule
        fmt = schedule.format
        state = self.state()
        self.console.set_header(self.title, state, self._state_text(state))
        slide_left = schedule.slide_remaining(now) if state != "ready" else fmt.seconds_per_slide
        self.console.ring.set_value(
            slide_left / fmt.seconds_per_slide,
            format_duration(slide_left, rounding="up"),
            slide_colour(slide_left, fmt.seconds_per_slide),
            self.tr("this slide"),
        )
        self.console.set_clocks(
            time.strftime("%H:%M:%S"),
            self.tr("Talk: {left} left").format(
                left=format_duration(schedule.remaining(now), rounding="up")
            ),
            self.tr("{format}: {slides} × {seconds:g} s").format(
                format=fmt.name, slides=fmt.slides, seconds=fmt.seconds_per_slide
            ),
            "#9aa4ae",
        )
        index = schedule.slide_at(now)
        self.console.set_slide_caption(
            self.tr("Slide {k} / {n}").format(k=index + 1, n=fmt.slides),
            self.tr("Next: slide {k}").format(k=index + 2)
            if index + 1 < fmt.slides
            else self.tr("Next: end"),
        )
        self.console.set_keys_help(self._keys_help(state))
        self.talk.update_progress()
        self.talk.audience.corner.copy_from(self.console.ring)

    def _state_text(self, state: str) -> str:
        return {
            "ready": self.tr("READY"),
            "running": self.tr("RUNNING"),
            "paused": self.tr("PAUSED"),
            "blackout": self.tr("BLACKED OUT"),
            "white": self.tr("WHITE SCREEN"),
            "finished": self.tr("FINISHED"),
        }[state]

    def _keys_help(self, state: str) -> str:
        if state == "ready":
            return self.tr("F5 start · B black · W white · Esc quit")
        if state == "finished":
            return self.tr("Esc quit")
        return self.tr("P pause/resume · B black · W white · Esc stop (twice)")
