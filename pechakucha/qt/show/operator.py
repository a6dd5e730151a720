"""The operator's keys during a session: each key becomes the show's typed command.

Every key press meant for a show window — the console, anything inside it (running order,
slide grid, report), or the projector window — reaches `handle_key` first, whichever widget has
the focus: a click on a panel or a closed grid can never swallow the clicker. The keymap
(`keys`) gives the `Command`; the show (core) carries it out and journals it, or journals
`key_ignored`; this class only words the show's notices and does what is Qt's alone (the grid,
the screens).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from pechakucha.core.durations import format_duration
from pechakucha.core.show.commands import Command, Notice, Outcome
from pechakucha.qt.app.screens import ScreenPlacer
from pechakucha.qt.show import keys
from pechakucha.qt.show.controller import SessionController
from pechakucha.qt.show.recall_panel import RecallPanel


class SessionOperator(QObject):
    """Turns key presses into the show's commands (and the screens' and grid's)."""

    quit_requested = Signal()

    def __init__(
        self,
        controller: SessionController,
        parent: QObject | None = None,
        screens: ScreenPlacer | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.show = controller.show
        self.screens = screens
        controller.screen_commands = self._screen_commands  # Tab and S in the footer
        self.console = controller.console
        self.grid = RecallPanel(controller.cache)
        self.grid.recall.connect(self._recall)
        self._windows: tuple[QWidget, ...] = ()
        self._key = ""  # the key being handled, by name ("F5")

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
        command = keys.command_for(event)
        self._key = keys.key_name(event)
        if self.grid_open and command is Command.STOP:
            command = Command.GRID  # Esc closes the grid first
        elif self.grid_open and self.grid.navigate(event):
            self._key = ""
            return True
        if command is None:
            return False
        if event.isAutoRepeat():
            return True  # a held clicker button must not end one segment after another
        self.run(command)
        self._key = ""
        return True

    def run(self, command: Command) -> None:
        """Carry out `command` (from a key) and show what it did."""
        if command is Command.GRID:
            self._toggle_grid()
        elif command is Command.TOGGLE_CONSOLE or (
            command is Command.SWAP and not self._can_swap()
        ):
            self._toggle_console(command)
        else:
            outcome = self.show.do(command, key=self._key)
            self._after(command, outcome)

    def _screen_commands(self) -> list[Command]:
        """Tab in single-screen mode, S with two screens: when they act."""
        acting = []
        if self.screens is not None and self.screens.single_screen:
            acting.append(Command.TOGGLE_CONSOLE)
        if self._can_swap():
            acting.append(Command.SWAP)
        return acting

    def _can_swap(self) -> bool:
        """True with two screens to swap."""
        screens = self.screens
        return (
            screens is not None
            and screens.projector is not None
            and len(QGuiApplication.screens()) > 1
        )

    def _after(self, command: Command, outcome: Outcome) -> None:
        """Apply what is Qt's (screens, quitting, a jump), refresh, say the notice."""
        if command is Command.SWAP and outcome.done and outcome.notice is None:
            self.screens.swap()
        if outcome.quit:
            self.controller.stop()
            self.quit_requested.emit()
            return
        snapshot = self.controller.refresh()
        jump = command in (Command.NEXT, Command.PREVIOUS) and outcome.done
        if jump and snapshot.talk_playing:
            self.controller.talk(snapshot.index).jumped()
        if outcome.notice is not None:
            self.console.flash_keypress(self._notice_text(outcome))
        elif not outcome.done:
            self.console.flash_keypress(self.tr("{key}: nothing to do now").format(key=self._key))

    def _notice_text(self, outcome: Outcome) -> str:
        """The notice in the operator's language."""
        fields, notice = outcome.fields, outcome.notice
        if notice is Notice.TALK_ADVANCES_BY_ITSELF:
            text = QCoreApplication.translate(
                "TalkOperator", "{key} ignored: a 20 × 20 talk advances by itself"
            )
            return text.format(key=self._key)
        if notice is Notice.COMMENTATOR_PROTECTED:
            text = self.tr("The commentator's time is protected: not below {t}")
            return text.format(t=format_duration(fields["seconds"]))
        if notice is Notice.MARKED:
            return self.tr("Slide {k} marked for the synthesis").format(k=fields["slide"])
        if notice is Notice.AGAIN_TO_STOP:
            if fields.get("one_talk"):
                return self.tr("Press Esc again to stop the talk")
            return self.tr("Press Esc again to stop the session")
        texts = {
            Notice.PRESS_F5: self.tr("Press F5 to start"),
            Notice.FIRST_SLIDE: self.tr("This is the talk's first slide"),
            Notice.AGAIN_TO_GO_BACK: self.tr(
                "Press {key} again to run {segment} again (what ran stays in the report)"
            ),
            Notice.AGAIN_TO_SWAP: self.tr("Press S again to swap projector and console"),
            Notice.HOLD_STARTED: self.tr("Technical hold: the session clock is stopped"),
            Notice.RECALL_OUTSIDE_TALKS: self.tr(
                "Slides are recalled during Q&A, cards and the synthesis"
            ),
            Notice.NOTHING_TO_DO: self.tr("{key}: nothing to do now"),
        }
        return texts[notice].format(key=self._key, **fields)

    def _recall(self, talk: int, slide: int) -> None:
        """Enter (or a double-click) in the slide grid: that slide back on the projector."""
        key = self._key or "double-click"
        self._after(Command.RECALL, self.show.do(Command.RECALL, talk, slide, key=key))

    def _toggle_grid(self) -> None:
        if self.grid_open:
            self.console.show_side_panel(None)
        else:
            marks = self.controller.runner.snapshot().marks
            given = self.show.talks_given()  # never slides of talks not yet given
            decks = {i: deck for i, deck in self.controller.decks.items() if i in given}
            self.grid.populate(self.controller.session, decks, marks)
            self.console.show_side_panel(self.grid)
        self.show.note("grid", shown=self.grid_open)

    def _toggle_console(self, command: Command) -> None:
        """Tab (single-screen mode: slide ⇄ console); S with one screen: nothing to swap."""
        if self.screens is not None and self.screens.toggle_console():
            self.show.note("console_toggle")
            return
        self.show.ignored(command, self._key)
        self.console.flash_keypress(self.tr("{key}: nothing to do now").format(key=self._key))
