"""A real talk set-up for widget tests: real deck, renderer, cache, windows, short slides."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from pechakucha.core.clock import MonotonicClock
from pechakucha.core.formats import make_format
from pechakucha.core.journal import Journal
from pechakucha.core.schedule import TalkSchedule
from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.pixels.render import SlideRenderer
from pechakucha.qt.show.audience import AudienceWindow
from pechakucha.qt.show.console import PresenterConsole
from pechakucha.qt.show.talk_controller import TalkController
from pechakucha.qt.show.talk_operator import TalkOperator


@dataclass
class Show:
    """Everything a single-talk show is made of."""

    renderer: SlideRenderer
    cache: PixmapCache
    audience: AudienceWindow
    console: PresenterConsole
    talk: TalkController
    operator: TalkOperator
    journal: Journal

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
        deck = renderer.open(str(numbered_pdf))
        schedule = TalkSchedule(make_format("pechakucha", slides, seconds))
        talk = TalkController(deck, schedule, MonotonicClock(), journal, (audience, console), cache)
        operator = TalkOperator(talk, "talk.pdf", manual=manual)
        audience.key_pressed.connect(operator.handle_key)
        console.key_pressed.connect(operator.handle_key)
        talk.warm_up()
        talk.sync()
        show = Show(renderer, cache, audience, console, talk, operator, journal)
        made.append(show)
        return show

    yield make
    for show in made:
        show.talk.stop()
        show.talk.ticker.stop()
        show.renderer.close()
        show.journal.close()
