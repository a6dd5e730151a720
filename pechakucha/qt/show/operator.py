"""The operator's keys during a session, mapped to runner commands in one place."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent

from pechakucha.qt.show import keys
from pechakucha.qt.show.controller import SessionController

MINUTE = 60.0
ESC_CONFIRM_MS = 3000  # a second Esc within this stops the show


class SessionOperator(QObject):
    """Turns key presses into commands on the SessionController."""

    quit_requested = Signal()
    toggle_console = Signal()
    swap_screens = Signal()
    toggle_recall = Signal()

    def __init__(
        self, controller: SessionController, parent: QObject | None = None, manual: bool = False
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.manual = manual  # --manual: free slide navigation inside a talk (rehearsing)
        self.console = controller.console
        self._esc_armed = QTimer(self, singleShot=True, interval=ESC_CONFIRM_MS)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Carry out the command a key means; True if the key was used."""
        command = keys.command_for(event)
        handler = {
            keys.START: self._start,
            keys.RESUME: self._start,
            keys.PAUSE: self._pause,
            keys.HOLD: self._hold,
            keys.BLACK: lambda: self._cover("black"),
            keys.WHITE: lambda: self._cover("white"),
            keys.STOP: self._stop,
            keys.NEXT: lambda: self._step(+1, event),
            keys.PREVIOUS: lambda: self._step(-1, event),
            keys.EXTEND: lambda: self.controller.command("extend", MINUTE),
            keys.SHORTEN: lambda: self.controller.command("extend", -MINUTE),
            keys.MARK: self._mark,
            keys.RECALL_OFF: lambda: self.controller.command("clear_recall"),
            keys.TOGGLE_CONSOLE: self.toggle_console.emit,
            keys.SWAP: self.swap_screens.emit,
            keys.GRID: self.toggle_recall.emit,
            keys.PROGRESS: self.controller.toggle_progress,
        }.get(command)
        if handler is None:
            return False
        handler()
        return True

    def _start(self) -> None:
        runner = self.controller.runner
        if runner.phase == "paused":
            self.controller.command("resume")
        elif runner.phase == "hold":
            self.controller.command("release")
        else:
            self.controller.command("start")

    def _pause(self) -> None:
        phase = self.controller.runner.phase
        self.controller.command("resume" if phase == "paused" else "pause")

    def _hold(self) -> None:
        held = self.controller.runner.on_hold
        self.controller.command("release" if held else "hold")
        if not held:
            self.console.flash_keypress(self.tr("Technical hold: the session clock is stopped"))

    def _cover(self, colour: str) -> None:
        self.controller.set_cover(None if self.controller.cover == colour else colour)

    def _mark(self) -> None:
        mark = self.controller.runner.mark_slide()
        if mark is not None:
            self.console.flash_keypress(
                self.tr("Slide {k} marked for the synthesis").format(k=mark[1] + 1)
            )
        self.controller.refresh()

    def _step(self, step: int, event: QKeyEvent) -> None:
        if step > 0 and self.controller.runner.phase in ("ready", "up_next"):
            # A stray clicker press must not skip a whole talk: only F5 starts, only Space ends.
            self.console.flash_keypress(self.tr("Press F5 to start"))
            return
        snapshot = self.controller.runner.snapshot()
        if snapshot.talk_playing:
            talk = self.controller.talk(snapshot.index)
            if self.manual:
                talk.go_to(talk.shown_index + step)
            else:
                talk.report_ignored_key(keys.key_name(event))
            return
        self.controller.command("next_segment" if step > 0 else "previous_segment")

    def _stop(self) -> None:
        running = self.controller.runner.phase not in ("ready", "done")
        if running and not self._esc_armed.isActive():
            self._esc_armed.start()
            message = (
                self.tr("Press Esc again to stop the talk")
                if self.controller.session.one_talk
                else self.tr("Press Esc again to stop the session")
            )
            self.console.flash_keypress(message)
            return
        self.controller.journal.write("stop", self.controller.clock.now())
        self.controller.stop()
        self.quit_requested.emit()
