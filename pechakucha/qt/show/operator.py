"""The operator's keys during a session, mapped to runner commands in one place.

Every key press meant for a show window — the console, anything inside it (running order,
slide grid, report), or the projector window — reaches `handle_key` first, whichever widget has
the focus: a click on a panel or a closed grid can never swallow the clicker. Each key the table
in `keys` knows leaves one trace in the journal: the command it caused, or `key_ignored`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from pechakucha.core.durations import format_duration
from pechakucha.core.show import navigation
from pechakucha.qt.app.screens import ScreenPlacer
from pechakucha.qt.show import keys
from pechakucha.qt.show.controller import SessionController
from pechakucha.qt.show.recall_panel import RecallPanel

MINUTE = 60.0
ESC_CONFIRM_MS = 3000  # a second Esc within this stops the show


class SessionOperator(QObject):
    """Turns key presses into commands on the SessionController (and the screens)."""

    quit_requested = Signal()

    def __init__(
        self,
        controller: SessionController,
        parent: QObject | None = None,
        manual: bool = False,
        screens: ScreenPlacer | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.manual = manual  # --manual: free slide navigation inside a talk (rehearsing)
        self.screens = screens
        self.console = controller.console
        self.grid = RecallPanel(controller.cache)
        self.grid.recall.connect(self._recall)
        self._windows: tuple[QWidget, ...] = ()
        self._key = ""  # the key being handled, by name ("F5")
        self._flashed = False  # a notice about it is on the console already
        self._esc_armed = QTimer(self, singleShot=True, interval=ESC_CONFIRM_MS)
        self._back_armed = QTimer(self, singleShot=True, interval=ESC_CONFIRM_MS)

    def watch(self, *windows: QWidget) -> None:
        """Take every key press meant for `windows` or any widget inside them."""
        self._windows = windows
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.KeyPress or not isinstance(watched, QWidget):
            return False
        if watched.window() not in self._windows:
            return False
        return self.handle_key(event)

    @property
    def grid_open(self) -> bool:
        """True while the slide grid is on the console."""
        return self.console.side_stack.currentWidget() is self.grid

    def handle_key(self, event: QKeyEvent) -> bool:
        """Carry out the command a key means; True if the key is the operator's."""
        if self.grid_open and self.grid.navigate(event):
            return True
        command = keys.command_for(event)
        if command is None:
            return False
        if event.isAutoRepeat():
            return True  # a held clicker button must not end one segment after another
        self._key, self._flashed = keys.key_name(event), False
        if not self._handler(command)():
            self._ignored(command)
        self._key = ""
        return True

    def _handler(self, command: str) -> Callable[[], bool]:
        """What `command` does; each returns True if it did something."""
        return {
            keys.START: self._start,
            keys.RESUME: self._start,
            keys.PAUSE: self._pause,
            keys.HOLD: self._hold,
            keys.BLACK: lambda: self._cover("black"),
            keys.WHITE: lambda: self._cover("white"),
            keys.STOP: self._stop,
            keys.NEXT: lambda: self._step(+1),
            keys.PREVIOUS: lambda: self._step(-1),
            keys.EXTEND: lambda: self.controller.command("extend", MINUTE),
            keys.SHORTEN: self._shorten,
            keys.MARK: self._mark,
            keys.RECALL_OFF: lambda: self.controller.command("clear_recall"),
            keys.TOGGLE_CONSOLE: lambda: self._screens("console_toggle"),
            keys.SWAP: lambda: self._screens("swap_screens"),
            keys.GRID: self._toggle_grid,
            keys.PROGRESS: self._toggle_progress,
        }[command]

    def _ignored(self, command: str) -> None:
        """Journal a key that changed nothing, and say so on the console (unless a more
        precise notice was just given)."""
        self._journal("key_ignored", key=self._key, command=command)
        if not self._flashed:
            self._flash(self.tr("{key}: nothing to do now").format(key=self._key))

    def _flash(self, text: str) -> None:
        self.console.flash_keypress(text)
        self._flashed = True

    def _journal(self, event: str, **fields) -> None:
        self.controller.journal.write(event, self.controller.clock.now(), **fields)

    # -- commands -------------------------------------------------------------------------
    def _start(self) -> bool:
        phase = self.controller.runner.phase
        if phase == "paused":
            return self.controller.command("resume")
        if phase == "hold":
            return self.controller.command("release")
        return self.controller.command("start")

    def _pause(self) -> bool:
        phase = self.controller.runner.phase
        return self.controller.command("resume" if phase == "paused" else "pause")

    def _hold(self) -> bool:
        held = self.controller.runner.on_hold
        done = self.controller.command("release" if held else "hold")
        if done and not held:
            self._flash(self.tr("Technical hold: the session clock is stopped"))
        return done

    def _cover(self, colour: str) -> bool:
        self.controller.set_cover(None if self.controller.cover == colour else colour)
        return True

    def _shorten(self) -> bool:
        """One minute less, but never below the commentator's red line (`alert_at`)."""
        snapshot = self.controller.runner.snapshot()
        seconds = MINUTE
        if snapshot.kind == "commentary" and snapshot.remaining is not None:
            segment = self.controller.session.segments[snapshot.index]
            seconds = min(MINUTE, snapshot.remaining - segment.alert_at)
            if seconds < 1:
                self._flash(
                    self.tr("The commentator's time is protected: not below {t}").format(
                        t=format_duration(segment.alert_at)
                    )
                )
                return False
        return self.controller.command("extend", -round(seconds))

    def _mark(self) -> bool:
        runner = self.controller.runner
        before = len(runner.marks)
        mark = runner.mark_slide()
        self.controller.refresh()
        if mark is None or len(runner.marks) == before:
            return False
        self._flash(self.tr("Slide {k} marked for the synthesis").format(k=mark[1] + 1))
        return True

    def _step(self, step: int) -> bool:
        runner = self.controller.runner
        if step > 0 and runner.phase in ("ready", "up_next"):
            # A stray clicker press must not skip a whole talk: only F5 starts, only Space ends.
            self._flash(self.tr("Press F5 to start"))
            return False
        snapshot = runner.snapshot()
        if snapshot.talk_playing:
            return self._step_in_talk(snapshot.index, step)
        recalled = self._step_recall(step)
        if recalled is not None:
            return recalled
        if step < 0 and not self._back_confirmed():
            return True
        return self.controller.command("next_segment" if step > 0 else "previous_segment")

    def _step_in_talk(self, index: int, step: int) -> bool:
        """←/→ during a talk: a manual jump when rehearsing (--manual), else ignored."""
        if self.manual:
            talk = self.controller.talk(index)
            talk.go_to(talk.shown_index + step)
            return True
        text = QCoreApplication.translate(
            "TalkOperator", "{key} ignored: a 20 × 20 talk advances by itself"
        )
        self._flash(text.format(key=self._key))
        return False

    def _step_recall(self, step: int) -> bool | None:
        """In a Q&A after a talk: ← / → move through that talk's slides (a recall, the talk
        stays done); None when the key means something else here."""
        runner = self.controller.runner
        talk = navigation.recall_talk(runner)
        deck = self.controller.decks.get(talk) if talk is not None else None
        done = navigation.step_recall(runner, step, len(deck) if deck is not None else None)
        if done is None:
            return None
        self.controller.refresh()
        if not done:
            self._flash(self.tr("This is the talk's first slide"))
        return bool(done)

    def _back_confirmed(self) -> bool:
        """Going back over a segment that ran needs a second press (as Esc): True if this
        press may go back now."""
        forgotten = navigation.forgets(self.controller.runner)
        if forgotten is None or self._back_armed.isActive():
            self._back_armed.stop()
            return True
        self._back_armed.start()
        label = self.controller.session.segments[forgotten].label
        self._flash(
            self.tr(
                "Press {key} again to run {segment} again (what ran stays in the report)"
            ).format(key=self._key, segment=label)
        )
        self._journal("back_asked", segment=forgotten)
        return False

    def _recall(self, talk: int, slide: int) -> None:
        """Enter (or a double-click) in the slide grid: that slide back on the projector."""
        if not self.controller.command("recall", talk, slide):
            self._journal("key_ignored", key=self._key or "double-click", command="recall")
            self._flash(self.tr("Slides are recalled during Q&A, cards and the synthesis"))

    def _toggle_grid(self) -> bool:
        if self.grid_open:
            self.console.show_side_panel(None)
        else:
            marks = self.controller.runner.snapshot().marks
            self.grid.populate(self.controller.session, self.controller.decks, marks)
            self.console.show_side_panel(self.grid)
        self._journal("grid", shown=self.grid_open)
        return True

    def _toggle_progress(self) -> bool:
        self.controller.toggle_progress()
        self._journal("progress_bar", shown=self.controller.show_progress)
        return True

    def _screens(self, event: str) -> bool:
        """Tab (single-screen mode: slide ⇄ console) or S (swap the two screens)."""
        if self.screens is None:
            return False
        done = self.screens.toggle_console() if event == "console_toggle" else self.screens.swap()
        if done:
            self._journal(event)
        return done

    def _stop(self) -> bool:
        running = self.controller.runner.phase not in ("ready", "done")
        if running and not self._esc_armed.isActive():
            self._esc_armed.start()
            message = (
                self.tr("Press Esc again to stop the talk")
                if self.controller.session.one_talk
                else self.tr("Press Esc again to stop the session")
            )
            self._flash(message)
            self._journal("stop_asked")
            return True
        self._journal("stop")
        self.controller.stop()
        self.quit_requested.emit()
        return True
