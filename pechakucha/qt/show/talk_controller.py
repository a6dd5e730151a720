"""Plays one deck on the audience window to its schedule and mirrors it on the console.

The schedule (core) says which slide is due; this controller only wakes up at deadlines,
shows what is due *now*, asks the render process for the next slides right after each
advance (far from the next deadline, when both cores are free) and journals when each slide was due
and when it was actually painted, and where: on the projector, or only on the console while
the projector is unplugged, or on no screen ("covered") while the projector is black or white.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from pechakucha.core.clock import Clock
from pechakucha.core.schedule import TalkSchedule, TalkState
from pechakucha.qt.app.ticker import DeadlineTicker
from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.pixels.render import DeckInfo
from pechakucha.qt.show.audience import AudienceWindow
from pechakucha.qt.show.console import PresenterConsole

PREFETCH_AHEAD = 1  # slides rendered ahead of the current one, per view (20 s is plenty)


class TalkController(QObject):
    """Drives one talk: audience slide, console slides, deadline timer, journal of advances."""

    finished = Signal()

    def __init__(
        self,
        deck: DeckInfo,
        schedule: TalkSchedule,
        clock: Clock,
        note: Callable[..., None],
        views: tuple[AudienceWindow, PresenterConsole],
        cache: PixmapCache,
        parent: QObject | None = None,
        repaint: bool = True,
    ) -> None:
        super().__init__(parent)
        self.deck, self.schedule, self.clock = deck, schedule, clock
        self.note = note  # the show's journal: note(event, **fields)
        self.audience, self.console = views
        self.cache = cache
        self.ticker = DeadlineTicker(clock, self, repaint)
        self.ticker.deadline.connect(self.sync)
        self.shown_index = -1
        self.cover: str | None = None  # "black" / "white" while the slide is covered
        self.show_progress = False  # the operator's thin per-slide bar on the projector
        self._journaled: set[int] = set()
        self.audience.slide_view.painted.connect(self._on_audience_painted)
        self.console.current_view.painted.connect(self._on_console_painted)

    # -- commands -------------------------------------------------------------------------
    def jumped(self) -> None:
        """The show moved the talk's clock (a manual jump): show the slide due now, and journal
        its painting again."""
        self._journaled.discard(min(self.schedule.slide_at(self.clock.now()), len(self.deck) - 1))
        self.sync()

    def update_progress(self) -> None:
        """Move the projector's thin per-slide bar (hidden unless the operator turned it on)."""
        now = self.clock.now()
        fraction = None
        if self.show_progress and self.schedule.state(now) is TalkState.RUNNING:
            fraction = (
                1 - self.schedule.slide_remaining(now) / self.schedule.format.seconds_per_slide
            )
        self.audience.slide_view.set_progress(fraction)

    def stop(self) -> None:
        """Stop waking up (the talk is over or abandoned)."""
        self.ticker.arm(None)

    # -- what is due now ------------------------------------------------------------------
    def sync(self, _deadline: float | None = None) -> None:
        """Show the slide due now on every view and arm the timer for the next deadline."""
        now = self.clock.now()
        state = self.schedule.state(now)
        if state is TalkState.FINISHED:
            self._finish()
            return
        index = min(self.schedule.slide_at(now), len(self.deck) - 1)
        self._point_views_at(index)
        if state is TalkState.READY or self.cover:
            self.audience.show_fill(self.cover or "black")  # black before the start
        else:
            self.audience.show_slide(self.deck.path, index)
        if index != self.shown_index and state is not TalkState.READY:
            self.shown_index = index  # the next slides are prefetched once this one is painted
            if self.audience.slide_view.isVisible():
                self.audience.slide_view.repaint()  # the projector first, the console after
        if self.cover and state is not TalkState.READY:
            # Covered: no screen shows the slide (the console's projector pane is covered
            # too), yet it is due: the journal says so when it comes due.
            self._journal_shown(self.deck.path, index, "covered")
        deadline = self.schedule.next_deadline(now)
        self.ticker.arm(deadline)
        self.cache.renderer.keep_quiet_around(deadline)

    @property
    def slide_count(self) -> int:
        """Slides this talk plays: the deck's, capped by the format."""
        return min(len(self.deck), self.schedule.format.slides)

    def _point_views_at(self, index: int) -> None:
        self.audience.slide_view.set_slide(self.deck.path, index)
        self.console.current_view.set_slide(self.deck.path, index)
        following = index + 1 if index + 1 < self.slide_count else None
        self.console.next_view.set_slide(self.deck.path if following else None, following or 0)

    def _keys_from(self, first: int, count: int) -> list:
        views = (self.audience.slide_view, self.console.current_view, self.console.next_view)
        keys = []
        for offset, view in enumerate(views):
            start = first + (1 if offset == 2 else 0)  # the "next" view is one slide ahead
            keys += view.keys_from(start, count, self.slide_count)
        return keys

    def _finish(self) -> None:
        """The talk's time is up: wake the session controller at once (the runner journals
        the talk's end, `segment_end`, at its exact time)."""
        if self.shown_index != -2:
            self.shown_index = -2
            self.ticker.arm(None)
            self.finished.emit()

    def _on_console_painted(self, deck: str, index: int) -> None:
        # With the projector unplugged, the console is the only screen showing it.
        if not self.audience.isVisible() and not self.cover:
            self._journal_shown(deck, index, "console")

    def _on_audience_painted(self, deck: str, index: int) -> None:
        self._journal_shown(deck, index, "projector")

    def _journal_shown(self, deck: str, index: int, where: str) -> None:
        if deck != self.deck.path or index in self._journaled or self.schedule.origin is None:
            return
        self._journaled.add(index)
        # Only now, with the slide on screen, is the next one asked for (the render process
        # then draws far from the next deadline).
        self.cache.prefetch(self._keys_from(index + 1, PREFETCH_AHEAD))
        now = self.clock.now()
        due = self.schedule.due(index) if index else self.schedule.origin
        self.note(
            "advance",
            slide=index + 1,
            due=round(due, 6),
            shown=round(now, 6),
            late_ms=round((now - due) * 1000, 2),
            screen=where,
        )
