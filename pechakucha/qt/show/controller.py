"""Runs a session on the two windows: the show (core) decides, this controller shows.

The show owns the runner, the cover, the projector state and the journal; this controller only
draws its snapshots. Each talk is played by a TalkController over the runner's own
TalkSchedule; between talks the audience sees cards. A 100 ms tick asks the runner to catch
up and repaints; deadlines inside a talk are met by the talk's precise timer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from pechakucha.core.runner.state import RunnerSnapshot
from pechakucha.core.show.commands import Command
from pechakucha.core.show.show import Show
from pechakucha.qt.app.ticker import CALM_REPAINT_MS, REPAINT_MS, DeadlineTicker
from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.pixels.render import DeckInfo
from pechakucha.qt.show.audience import AudienceWindow
from pechakucha.qt.show.cards import FLASH_SECONDS, card_for
from pechakucha.qt.show.console import PresenterConsole
from pechakucha.qt.show.session_console import FOOTER, refresh_console
from pechakucha.qt.show.talk_controller import PREFETCH_AHEAD, TalkController

SLOW_DISK_SECONDS = 2.0  # the journal this far behind: a sign on the console


class SessionController(QObject):
    """Keeps the projector and console in step with a Show."""

    changed = Signal(object)  # RunnerSnapshot after every refresh
    finished = Signal()

    def __init__(
        self,
        show: Show,
        decks: dict[int, DeckInfo],
        views: tuple[AudienceWindow, PresenterConsole],
        cache: PixmapCache,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.show, self.runner, self.decks = show, show.runner, decks
        self.clock = show.runner.clock
        self.audience, self.console = views
        self.cache = cache
        self.talks: dict[int, TalkController] = {}
        self.screen_commands: Callable[[], list[Command]] = (
            list  # Tab / S when they act (the operator says)
        )
        self.ticker = DeadlineTicker(self.clock, self)
        self.ticker.repaint.connect(self.refresh)
        self._overrun_since: float | None = None
        self._finished = False
        self._prefetched: set[int] = set()

    @property
    def session(self):
        """The session being run (the runner's copy)."""
        return self.runner.session

    def talk(self, index: int) -> TalkController:
        """The controller playing talk segment `index` (made on first use)."""
        schedule = self.runner.records[index].schedule
        if index not in self.talks or self.talks[index].schedule is not schedule:
            talk = TalkController(
                self.decks[index],
                schedule,
                self.clock,
                self.show.note,
                (self.audience, self.console),
                self.cache,
                self,
                repaint=False,
            )
            talk.finished.connect(self.refresh)
            self.talks[index] = talk
        return self.talks[index]

    # -- commands -------------------------------------------------------------------------
    @property
    def cover(self) -> str | None:
        """ "black" / "white" while the projector is covered (the show decides)."""
        return self.show.cover

    @property
    def show_progress(self) -> bool:
        """True while the projector shows the per-slide progress bar."""
        return self.show.show_progress

    def command(self, name: str, *args) -> bool:
        """Run a runner command by name (start, pause, next_segment, …) and show the result;
        True if the runner carried it out (journaled it), False if it did not apply now."""
        done = self.show.runner_command(name, *args)
        self.refresh()
        return done

    def set_projector(self, present: bool) -> None:
        """The projector was unplugged (False) or is back (True): the show journals it, the
        console says it. Slides go on by the clock either way."""
        if self.show.set_projector(present):
            self.refresh()

    def stop(self) -> None:
        """Stop every timer (the operator quits)."""
        self.ticker.stop()
        for talk in self.talks.values():
            talk.ticker.stop()

    # -- showing --------------------------------------------------------------------------
    def refresh(self, *_args) -> RunnerSnapshot:
        """Catch the runner up with the clock, then update projector and console."""
        self.runner.tick()
        snapshot = self.runner.snapshot()
        self.ticker.set_repaint_ms(REPAINT_MS if snapshot.talk_playing else CALM_REPAINT_MS)
        self._show_audience(snapshot)
        screen = self.cover if self.show.projector_present else "lost"
        acting = self.show.acting_commands(list(FOOTER)) + self.screen_commands()
        refresh_console(self.console, snapshot, self.session, self.decks, screen, acting)
        self._show_journal_state()
        self.audience.corner.copy_from(self.console.ring)
        self._prefetch_next_talk(snapshot)
        self.changed.emit(snapshot)
        if snapshot.phase == "done" and not self._finished:
            self._finished = True
            self.finished.emit()
        return snapshot

    def _show_journal_state(self) -> None:
        """The journal is a witness: if the disk refuses it, or is slow (the writer thread
        is behind), the show goes on and the console says so on the session line."""
        journal = self.show.journal
        text = None
        if not journal.retry():
            text = QCoreApplication.translate("console", "journal not saved ({problem})")
            text = text.format(problem=journal.problem)
        elif journal.lag() > SLOW_DISK_SECONDS:
            text = QCoreApplication.translate("console", "slow disk: journal {seconds} s behind")
            text = text.format(seconds=int(journal.lag()))
        if text is not None:
            label = self.console.session_label
            label.setText(f"{label.text()} · {text}")

    def _show_audience(self, snapshot: RunnerSnapshot) -> None:
        playing = snapshot.index if snapshot.talk_playing else None
        for index, talk in self.talks.items():
            if index != playing:
                talk.ticker.arm(None)  # only the talk on screen may wake up for deadlines
        if playing is not None:
            talk = self.talk(playing)
            talk.cover, talk.show_progress = self.cover, self.show_progress
            talk.sync()
            talk.update_progress()
        elif self.cover:
            self.audience.show_fill(self.cover)
        elif snapshot.recalled is not None:
            talk_index, slide = snapshot.recalled
            self.audience.show_slide(self.decks[talk_index].path, slide)
        else:
            card = card_for(snapshot, self.session, self._flash_on(snapshot))
            if card is None:
                self.audience.show_fill("black")
            else:
                self.audience.show_card(card)

    def _flash_on(self, snapshot: RunnerSnapshot) -> bool:
        """True for the first seconds of an overrun, blinking twice a second."""
        if snapshot.level != "overrun" or snapshot.kind != "commentary":
            self._overrun_since = None
            return False
        if self._overrun_since is None:
            self._overrun_since = self.clock.now()
        since = self.clock.now() - self._overrun_since
        return since < FLASH_SECONDS and int(since * 4) % 2 == 0

    def _prefetch_next_talk(self, snapshot: RunnerSnapshot) -> None:
        """While a Q&A or card runs, render the next talk's first slides for every view, then
        the whole talk ahead."""
        if snapshot.talk_playing:
            return
        following = next(
            (
                i
                for i in range(snapshot.index, len(self.session.segments))
                if self.session.segments[i].kind == "talk" and i in self.decks
            ),
            None,
        )
        if following is None or following in self._prefetched:
            return
        self._prefetched.add(following)
        deck = self.decks[following].path
        for view in (self.audience.slide_view, self.console.current_view):
            self.cache.prefetch([view.key_for(deck, i) for i in range(PREFETCH_AHEAD + 1)])
        segment = self.session.segments[following]
        slides = min(len(self.decks[following]), self.session.talk_format(segment).slides)
        views = (self.audience.slide_view, self.console.current_view, self.console.next_view)
        # then the whole talk, projector first, so that a slow slide is ready when it is due
        self.cache.prerender([v.key_for(deck, i) for v in views for i in range(slides)])
