"""The one builder of a show for the tests: a session on real windows, wired as the app wires
it (`launch.operate`), around the core show (`core/show/opening.py`).

Every test that needs a running show builds it here, so the wiring lives in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication

from pechakucha.core.clock import Clock, FakeClock
from pechakucha.core.journal import Journal
from pechakucha.core.runner.runner import SessionRunner
from pechakucha.core.session.model import Session
from pechakucha.core.show.opening import Opening, Resume, open_show
from pechakucha.core.show.show import Show
from pechakucha.qt.app.screens import ScreenPlacer
from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.pixels.render import SlideRenderer
from pechakucha.qt.show.audience import AudienceWindow
from pechakucha.qt.show.console import PresenterConsole
from pechakucha.qt.show.controller import SessionController
from pechakucha.qt.show.launch import open_decks, operate
from pechakucha.qt.show.operator import SessionOperator


@dataclass
class BuiltShow:
    """A show on real windows: the core show, its controller and operator, the renderer."""

    show: Show
    controller: SessionController
    operator: SessionOperator | None
    renderer: SlideRenderer
    cache: PixmapCache
    own_renderer: bool = True

    @property
    def runner(self) -> SessionRunner:
        """The show's runner."""
        return self.show.runner

    @property
    def journal(self) -> Journal:
        """The show's journal."""
        return self.show.journal

    @property
    def clock(self) -> Clock:
        """The show's clock."""
        return self.show.runner.clock

    @property
    def audience(self) -> AudienceWindow:
        """The projector window."""
        return self.controller.audience

    @property
    def console(self) -> PresenterConsole:
        """The presenter console."""
        return self.controller.console

    def close(self) -> None:
        """Stop key routing, timers, the render process (if its own) and the journal."""
        if self.operator is not None:
            QApplication.instance().removeEventFilter(self.operator)
        self.controller.stop()
        if self.own_renderer:
            self.renderer.close()
        self.show.journal.close()


def build_show(
    session: Session,
    *,
    clock: Clock | None = None,
    journal: Path | None = None,
    qtbot=None,
    sizes: tuple[tuple[int, int], tuple[int, int]] | None = None,
    keys: bool = True,
    screens: bool = False,
    manual: bool = False,
    renderer: SlideRenderer | None = None,
    last: tuple[Path | None, list] = (None, []),
    resume: Resume = Resume.NO,
) -> BuiltShow:
    """`session` on real windows (shown at `sizes` if given, registered with `qtbot`), its
    journal at `journal` (None: in memory), keys wired unless `keys` is False, a ScreenPlacer
    if `screens`; `last` and `resume`: a crashed run to resume."""
    own = renderer is None
    renderer = renderer or SlideRenderer()
    cache = PixmapCache(renderer)
    views = (AudienceWindow(cache), PresenterConsole(cache))
    if sizes is not None:
        for window, size in zip(views, sizes, strict=True):
            if qtbot is not None:
                qtbot.addWidget(window)
            window.resize(*size)
            window.show()
    decks = open_decks(renderer, session)
    opening = Opening(
        session,
        clock or FakeClock(),
        journal,
        last,
        deck_slides={i: len(deck) for i, deck in decks.items()},
        manual=manual,
    )
    show = open_show(opening, lambda _question: resume)
    controller = SessionController(show, decks, views, cache)
    operator = operate(controller, ScreenPlacer(*views) if screens else None) if keys else None
    controller.refresh()
    return BuiltShow(show, controller, operator, renderer, cache, own)
