"""A real one-deck show for widget tests: real deck, renderer, cache, windows, short slides,
played through the same runner, controller and operator keys as a whole session."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from pechakucha.core.clock import MonotonicClock
from pechakucha.core.formats import make_format
from pechakucha.core.journal import Journal
from pechakucha.core.runner.runner import SessionRunner
from pechakucha.core.session.model import one_talk_session
from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.pixels.render import SlideRenderer
from pechakucha.qt.show.audience import AudienceWindow
from pechakucha.qt.show.console import PresenterConsole
from pechakucha.qt.show.controller import SessionController
from pechakucha.qt.show.launch import open_decks, operate
from pechakucha.qt.show.operator import SessionOperator
from pechakucha.qt.show.talk_controller import TalkController


@dataclass
class Show:
    """Everything a single-deck show is made of."""

    renderer: SlideRenderer
    cache: PixmapCache
    audience: AudienceWindow
    console: PresenterConsole
    controller: SessionController
    operator: SessionOperator
    journal: Journal

    @property
    def talk(self) -> TalkController:
        """The controller playing the deck."""
        return self.controller.talk(0)

    def events(self, name: str) -> list[dict]:
        """Journal entries of one kind."""
        return [e for e in self.journal.entries if e["event"] == name]


@pytest.fixture
def make_show(qtbot, numbered_pdf, tmp_path):
    """Factory for a show of `numbered_pdf` with `seconds` per slide and `slides` slides."""
    made: list[Show] = []

    def make(seconds: float = 0.2, slides: int = 5, manual: bool = False) -> Show:
        renderer = SlideRenderer()
        cache = PixmapCache(renderer)
        audience, console = AudienceWindow(cache), PresenterConsole(cache)
        for window, size in ((audience, (480, 270)), (console, (800, 500))):
            qtbot.addWidget(window)
            window.resize(*size)
            window.show()
        qtbot.waitExposed(audience)
        journal = Journal(tmp_path / "journal.jsonl")
        session = one_talk_session(numbered_pdf, make_format("pechakucha", slides, seconds))
        clock = MonotonicClock()
        runner = SessionRunner(session, clock, journal)
        views = (audience, console)
        controller = SessionController(
            runner, open_decks(renderer, session), clock, journal, views, cache
        )
        operator = operate(controller, None, manual=manual)
        controller.refresh()
        show = Show(renderer, cache, audience, console, controller, operator, journal)
        made.append(show)
        return show

    yield make
    for show in made:
        show.controller.stop()
        show.renderer.close()
        show.journal.close()
