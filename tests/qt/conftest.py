"""A real one-deck show for widget tests: real deck, renderer, cache, windows, short slides,
played through the same runner, controller and operator keys as a whole session."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from pechakucha.core.clock import MonotonicClock
from pechakucha.core.formats import make_format
from pechakucha.core.journal import Journal
from pechakucha.core.session.model import one_talk_session
from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.pixels.render import SlideRenderer
from pechakucha.qt.show.audience import AudienceWindow
from pechakucha.qt.show.console import PresenterConsole
from pechakucha.qt.show.controller import SessionController
from pechakucha.qt.show.operator import SessionOperator
from pechakucha.qt.show.talk_controller import TalkController
from tests.show_builder import BuiltShow, build_show


@dataclass
class Show:
    """Everything a single-deck show is made of."""

    built: BuiltShow

    @property
    def renderer(self) -> SlideRenderer:
        """The render process's client."""
        return self.built.renderer

    @property
    def cache(self) -> PixmapCache:
        """The pixmap cache."""
        return self.built.cache

    @property
    def audience(self) -> AudienceWindow:
        """The projector window."""
        return self.built.audience

    @property
    def console(self) -> PresenterConsole:
        """The presenter console."""
        return self.built.console

    @property
    def controller(self) -> SessionController:
        """The session controller."""
        return self.built.controller

    @property
    def operator(self) -> SessionOperator:
        """The operator's keys."""
        return self.built.operator

    @property
    def journal(self) -> Journal:
        """The show's journal."""
        return self.built.journal

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
        session = one_talk_session(numbered_pdf, make_format("pechakucha", slides, seconds))
        built = build_show(
            session,
            clock=MonotonicClock(),
            journal=tmp_path / "journal.jsonl",
            qtbot=qtbot,
            sizes=((480, 270), (800, 500)),
            manual=manual,
        )
        qtbot.waitExposed(built.audience)
        show = Show(built)
        made.append(show)
        return show

    yield make
    for show in made:
        show.built.close()
