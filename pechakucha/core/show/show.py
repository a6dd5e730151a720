"""The show: one run of a session, owned in one place, and its only journal writer.

`Show` owns the runner, what covers the projector (black / white), whether the projector is
there, the progress bar, whether the screens are swapped, the commentator's protection and
the second press that going back, swapping and stopping ask for. Every operator action comes
in as a typed `Command` (`do`); what the windows observe (a slide painted, the projector
unplugged, the grid opened) comes in through `note`. Both are journaled here and nowhere else;
a recovery replays the commands, so a blackout, a white screen, a manual jump and a swap
survive a crash.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from pechakucha.core.journal import Journal
from pechakucha.core.runner.report import SessionReport, session_report
from pechakucha.core.runner.runner import SessionRunner
from pechakucha.core.runner.state import RunnerSnapshot
from pechakucha.core.show import acting, navigation
from pechakucha.core.show.commands import DONE, Command, Notice, Outcome

MINUTE = 60.0
CONFIRM_SECONDS = 3.0  # a second press within this confirms (Esc, going back, S)
COVERS = {Command.BLACK: "black", Command.WHITE: "white"}
JOURNALED_AS = {"jump": "goto"}  # runner commands journaled under another (older) name


class Show:
    """Show(runner, journal, deck_slides={talk index: slides in its deck}, manual=False).

    The runner journals into `journal`; nothing outside the show writes to it."""

    def __init__(
        self,
        runner: SessionRunner,
        journal: Journal,
        deck_slides: Mapping[int, int] | None = None,
        manual: bool = False,
    ) -> None:
        self.runner, self.journal = runner, journal
        self.deck_slides = dict(deck_slides or {})
        self.manual = manual  # --manual: free slide navigation inside a talk (rehearsing)
        self.cover: str | None = None
        self.projector_present = True
        self.show_progress = False
        self.swapped = False
        self._armed: dict[Command, float] = {}  # command → until when a second press confirms

    @property
    def session(self):
        """The session being run (the runner's copy)."""
        return self.runner.session

    @property
    def now(self) -> float:
        """The show's monotonic time."""
        return self.runner.clock.now()

    def snapshot(self) -> RunnerSnapshot:
        """Catch the runner up with the clock and give its state now."""
        self.runner.tick()
        return self.runner.snapshot()

    def report(self) -> SessionReport:
        """Planned vs actual, so far."""
        return session_report(self.runner)

    # -- journal ------------------------------------------------------------------------------
    def note(self, event: str, **fields: Any) -> None:
        """Journal something the windows observed (a slide painted, the grid opened…)."""
        self.journal.write(event, self.now, **fields)

    def ignored(self, command: Command, key: str) -> None:
        """Journal a key that changed nothing."""
        self.note("key_ignored", key=key, command=command.value)

    def set_projector(self, present: bool) -> bool:
        """The projector was unplugged (False) or is back (True); True if that is news."""
        if present == self.projector_present:
            return False
        self.projector_present = present
        self.note("projector_back" if present else "projector_lost")
        return True

    def runner_command(self, name: str, *args: Any) -> bool:
        """Run a runner command by name; True if the runner carried it out (journaled it)."""
        events = getattr(self.runner, name)(*args)
        journaled = JOURNALED_AS.get(name, name)
        return any(event["event"] == journaled for event in events)

    # -- commands -----------------------------------------------------------------------------
    def do(self, command: Command, *args: Any, key: str = "") -> Outcome:
        """Carry out `command` now; what did not apply is journaled as `key_ignored`."""
        outcome = self._handler(command)(*args)
        if not outcome.done:
            self.ignored(command, key or command.value)
        return outcome

    def _handler(self, command: Command) -> Callable[..., Outcome]:
        handlers: dict[Command, Callable[..., Outcome]] = {
            Command.START: self._start,
            Command.RESUME: self._start,
            Command.PAUSE: self._pause,
            Command.HOLD: self._hold,
            Command.NEXT: lambda: self._step(+1),
            Command.PREVIOUS: lambda: self._step(-1),
            Command.EXTEND: lambda: self._outcome(self.runner_command("extend", MINUTE)),
            Command.SHORTEN: self._shorten,
            Command.MARK: self._mark,
            Command.RECALL: self._recall,
            Command.RECALL_OFF: lambda: self._outcome(self.runner_command("clear_recall")),
            Command.BLACK: lambda: self._cover(Command.BLACK),
            Command.WHITE: lambda: self._cover(Command.WHITE),
            Command.PROGRESS: self._progress,
            Command.SWAP: self._swap,
            Command.STOP: self._stop,
        }
        return handlers[command]

    @staticmethod
    def _outcome(done: bool) -> Outcome:
        return DONE if done else Outcome(False)

    def _start(self) -> Outcome:
        phase = self.runner.phase
        name = {"paused": "resume", "hold": "release"}.get(phase, "start")
        return self._outcome(self.runner_command(name))

    def _pause(self) -> Outcome:
        name = "resume" if self.runner.phase == "paused" else "pause"
        return self._outcome(self.runner_command(name))

    def _hold(self) -> Outcome:
        if self.runner.on_hold:
            return self._outcome(self.runner_command("release"))
        if self.runner_command("hold"):
            return Outcome(True, Notice.HOLD_STARTED)
        return Outcome(False)

    def _cover(self, command: Command) -> Outcome:
        colour = COVERS[command]
        self.cover = None if self.cover == colour else colour
        self.note("cover", colour=self.cover or "none")
        return DONE

    def _progress(self) -> Outcome:
        self.show_progress = not self.show_progress
        self.note("progress_bar", shown=self.show_progress)
        return DONE

    def _shorten(self) -> Outcome:
        """One minute less, but never below the commentator's red line (`alert_at`)."""
        snapshot = self.snapshot()
        seconds = MINUTE
        if snapshot.kind == "commentary" and snapshot.remaining is not None:
            segment = self.session.segments[snapshot.index]
            seconds = min(MINUTE, snapshot.remaining - segment.alert_at)
            if seconds < 1:
                return Outcome(False, Notice.COMMENTATOR_PROTECTED, {"seconds": segment.alert_at})
        return self._outcome(self.runner_command("extend", -round(seconds)))

    def _mark(self) -> Outcome:
        before = len(self.runner.marks)
        mark = self.runner.mark_slide()
        self.runner.tick()  # hands out (and journals) the mark
        if mark is None or len(self.runner.marks) == before:
            return Outcome(False)
        return Outcome(True, Notice.MARKED, {"slide": mark[1] + 1})

    def acting_commands(self, commands: list[Command]) -> list[Command]:
        """Those of `commands` that change something now (for the console's footer)."""
        return [c for c in commands if acting.acts(self.runner, c, self.manual)]

    def talks_given(self) -> set[int]:
        """The talks that started (their slides may be recalled)."""
        runner = self.runner
        return {
            index
            for index, segment in enumerate(self.session.segments)
            if segment.kind == "talk" and not runner.skipped(index) and runner.records[index]
        }

    def _recall(self, talk: int, slide: int) -> Outcome:
        if talk in self.talks_given() and self.runner_command("recall", talk, slide):
            return DONE
        return Outcome(False, Notice.RECALL_OUTSIDE_TALKS)

    def _step(self, step: int) -> Outcome:
        runner = self.runner
        if step > 0 and runner.phase in ("ready", "up_next"):
            # A stray clicker press must not skip a whole talk: only F5 starts, only Space ends.
            return Outcome(False, Notice.PRESS_F5)
        snapshot = self.snapshot()
        if snapshot.talk_playing:
            return self._step_in_talk(step)
        talk = navigation.recall_talk(runner)
        recalled = navigation.step_recall(runner, step, self.deck_slides.get(talk))
        if recalled is not None:
            return DONE if recalled else Outcome(False, Notice.FIRST_SLIDE)
        if step < 0:
            forgotten = navigation.forgets(runner)
            if forgotten is not None and not self._confirmed(Command.PREVIOUS):
                self.note("back_asked", segment=forgotten)
                label = self.session.segments[forgotten].label
                return Outcome(True, Notice.AGAIN_TO_GO_BACK, {"segment": label})
        return self._outcome(
            self.runner_command("next_segment" if step > 0 else "previous_segment")
        )

    def _step_in_talk(self, step: int) -> Outcome:
        """←/→ during a talk: a manual jump when rehearsing (--manual), else ignored."""
        schedule = self.runner.schedule
        if not self.manual or schedule is None:
            return Outcome(False, Notice.TALK_ADVANCES_BY_ITSELF)
        slides = self.deck_slides.get(self.runner.index, schedule.format.slides)
        target = max(0, min(schedule.slide_at(self.now) + step, slides - 1))
        return self._outcome(self.runner_command("jump", target))

    def _swap(self) -> Outcome:
        """S swaps projector and console: a second press confirms (a stray S mid-talk would
        put the console on the projector)."""
        if not self._confirmed(Command.SWAP):
            self.note("swap_asked")
            return Outcome(True, Notice.AGAIN_TO_SWAP)
        self.swapped = not self.swapped
        self.note("swap_screens")
        return DONE

    def _stop(self) -> Outcome:
        running = self.runner.phase not in ("ready", "done")
        if running and not self._confirmed(Command.STOP):
            self.note("stop_asked")
            return Outcome(True, Notice.AGAIN_TO_STOP, {"one_talk": self.session.one_talk})
        self.note("stop")
        return Outcome(True, quit=True)

    def _confirmed(self, command: Command) -> bool:
        """True if this press confirms an earlier one; else arm the confirmation."""
        now = self.now
        if self._armed.pop(command, float("-inf")) >= now:
            return True
        self._armed = {command: now + CONFIRM_SECONDS}
        return False


def restore_operator_state(show: Show, entries: list[dict[str, Any]]) -> None:
    """After a crash: the cover, the progress bar and the swap as the journal left them."""
    for entry in entries:
        event = entry.get("event")
        if event == "session_open":
            show.cover, show.show_progress, show.swapped = None, False, False
        elif event == "cover":
            colour = entry.get("colour")
            show.cover = colour if colour in ("black", "white") else None
        elif event == "progress_bar":
            show.show_progress = bool(entry.get("shown"))
        elif event == "swap_screens":
            show.swapped = not show.swapped
