"""Runs a session on the two windows: the runner (core) decides, this controller shows.

Each talk is played by a TalkController over the runner's own TalkSchedule; between talks the
audience sees cards. A 100 ms tick asks the runner to catch up and repaints; deadlines inside
a talk are met by the talk's precise timer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from pechakucha.core.clock import Clock
from pechakucha.core.journal import Journal
from pechakucha.core.runner.runner import SessionRunner
from pechakucha.core.runner.state import RunnerSnapshot
from pechakucha.qt.app.ticker import DeadlineTicker
from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.pixels.render import DeckInfo
from pechakucha.qt.show.audience import AudienceWindow
from pechakucha.qt.show.cards import FLASH_SECONDS, card_for
from pechakucha.qt.show.console import PresenterConsole
from pechakucha.qt.show.session_console import refresh_console
from pechakucha.qt.show.talk_controller import PREFETCH_AHEAD, TalkController


class SessionController(QObject):
    """Keeps the projector and console in step with a SessionRunner."""

    changed = Signal(object)  # RunnerSnapshot after every refresh
    finished = Signal()

    def __init__(
        self,
        runner: SessionRunner,
        decks: dict[int, DeckInfo],
        clock: Clock,
        journal: Journal,
        views: tuple[AudienceWindow, PresenterConsole],
        cache: PixmapCache,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.decks, self.clock, self.journal = runner, decks, clock, journal
        self.audience, self.console = views
        self.cache = cache
        self.cover: str | None = None
        self.show_progress = False
        self.projector_present = True
        self.talks: dict[int, TalkController] = {}
        self.ticker = DeadlineTicker(clock, self)
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
                self.journal,
                (self.audience, self.console),
                self.cache,
                self,
                repaint=False,
            )
            talk.finished.connect(self.refresh)
            self.talks[index] = talk
        return self.talks[index]

    # -- commands -------------------------------------------------------------------------
    def command(self, name: str, *args) -> bool:
        """Run a runner command by name (start, pause, next_segment, …) and show the result;
        True if the runner carried it out (journaled it), False if it did not apply now."""
        events = getattr(self.runner, name)(*args)
        self.refresh()
        return any(event["event"] == name for event in events)

    def set_cover(self, colour: str | None) -> None:
        """Blackout / white screen over whatever the projector shows (None: uncover)."""
        self.cover = colour
        self.journal.write("cover", self.clock.now(), colour=colour or "none")
        self.refresh()

    def set_projector(self, present: bool) -> None:
        """The projector was unplugged (False) or is back (True): journal it, say it on the
        console. Slides go on by the clock either way."""
        if present == self.projector_present:
            return
        self.projector_present = present
        self.journal.write("projector_back" if present else "projector_lost", self.clock.now())
        self.refresh()

    def toggle_progress(self) -> None:
        """Turn the projector's thin per-slide progress bar on or off (key T)."""
        self.show_progress = not self.show_progress
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
        self._show_audience(snapshot)
        screen = self.cover if self.projector_present else "lost"
        refresh_console(self.console, snapshot, self.session, self.decks, screen)
        self._show_journal_state()
        self.audience.corner.copy_from(self.console.ring)
        self._prefetch_next_talk(snapshot)
        self.changed.emit(snapshot)
        if snapshot.phase == "done" and not self._finished:
            self._finished = True
            self.finished.emit()
        return snapshot

    def _show_journal_state(self) -> None:
        """The journal is a witness: if the disk refuses it, the show goes on, it retries and
        the console says so on the session line."""
        if not self.journal.retry():
            text = QCoreApplication.translate("console", "journal not saved ({problem})")
            label = self.console.session_label
            label.setText(f"{label.text()} · {text.format(problem=self.journal.problem)}")

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
