"""The sample Session Two on the real console and projector windows, driven by a fake clock
through every state an operator meets: ready, card, up next, talk, paused, hold, Q&A, the
synthesis (on time and deep in overtime), the closing card and the end report.

Used by the no-clipping test and by `console_shots.py` (screenshots under Xvfb).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from pechakucha.core.clock import FakeClock
from pechakucha.core.journal import Journal
from pechakucha.core.runner.report import session_report
from pechakucha.core.runner.runner import SessionRunner
from pechakucha.core.session.model import Session
from pechakucha.core.session.read import load_session
from pechakucha.core.show.commands import Command
from pechakucha.qt.pixels.render import SlideRenderer
from pechakucha.qt.show.audience import AudienceWindow
from pechakucha.qt.show.console import PresenterConsole
from pechakucha.qt.show.controller import SessionController
from pechakucha.qt.show.report_panel import ReportPanel
from tests.show_builder import build_show

ROOT = Path(__file__).resolve().parents[3]
SESSION_TWO = ROOT / "decks" / "session-two.toml"
COMMENTARY = 7  # index of the synthesis in Session Two
LONG_OVERTIME = 1 * 3600 + 20 * 60 + 40  # the "1:20:40" that the ring cut to ":20:4"


@dataclass
class ConsoleShow:
    """Session Two on real windows with a fake clock the walk moves by hand."""

    clock: FakeClock
    runner: SessionRunner
    controller: SessionController
    renderer: SlideRenderer
    journal: Journal

    @property
    def console(self) -> PresenterConsole:
        """The presenter console."""
        return self.controller.console

    @property
    def audience(self) -> AudienceWindow:
        """The projector window."""
        return self.controller.audience

    def close(self) -> None:
        """Stop timers, the render worker and the journal."""
        self.controller.stop()
        self.renderer.close()
        self.journal.close()


def make_console_show(folder: Path, session: Session | None = None) -> ConsoleShow:
    """Session Two (or `session`) with its real decks; the journal goes to `folder`."""
    session = session or load_session(SESSION_TWO).session
    built = build_show(session, clock=FakeClock(), journal=folder / "journal.jsonl", keys=False)
    built.controller.ticker.stop()  # the walk refreshes by hand, at fake instants
    return ConsoleShow(built.clock, built.runner, built.controller, built.renderer, built.journal)


def walk_states(show: ConsoleShow) -> Iterator[str]:
    """Put the show in each state in turn (the console refreshed) and yield the state's name."""
    yield from _before_the_talk(show)
    yield from _the_talk(show)
    yield from _the_synthesis(show)
    yield from _the_end(show)


def _step(show: ConsoleShow, command: str = "", seconds: float = 0.0, *args) -> None:
    """Run a runner command (if any), let `seconds` pass, refresh both windows."""
    if command:
        getattr(show.runner, command)(*args)
    if seconds:
        show.clock.advance(seconds)
    show.controller.refresh()
    QApplication.processEvents()


def _before_the_talk(show: ConsoleShow) -> Iterator[str]:
    _step(show)
    yield "ready"
    _step(show, "start", 31.4)
    yield "card"
    _step(show, "next_segment", 5)
    yield "up_next"


def _the_talk(show: ConsoleShow) -> Iterator[str]:
    show.controller.show.do(Command.PROGRESS)  # T: the bar on the projector, seen on a slide
    _step(show, "start", 47.5)
    ignored = QCoreApplication.translate(
        "TalkOperator", "{key} ignored: a 20 × 20 talk advances by itself"
    )
    show.console.flash_keypress(ignored.format(key="PageDown"))  # what a stray click shows
    yield "talk"
    show.controller.show.do(Command.BLACK)
    _step(show)
    yield "blackout"
    show.controller.show.do(Command.BLACK)
    _step(show, "pause", 3)
    yield "paused"
    _step(show, "resume")
    _step(show, "hold", 12)
    show.console.flash_keypress(
        QCoreApplication.translate(
            "SessionOperator", "Technical hold: the session clock is stopped"
        )
    )
    yield "hold"
    _step(show, "release", 400 - 47.5 + 65)
    yield "qa"
    _step(show, "", show.runner.snapshot().remaining + 20.2)
    yield "qa_overtime"


def _the_synthesis(show: ConsoleShow) -> Iterator[str]:
    while show.runner.index < COMMENTARY or show.runner.phase != "up_next":
        _step(show, "next_segment", 2)
    yield "up_next_synthesis"
    _step(show, "start", 100)
    yield "commentary"
    _step(show, "", 200 + 20.4)
    yield "commentary_overtime"
    _step(show, "", LONG_OVERTIME - 20.4)
    yield "commentary_long_overtime"


def _the_end(show: ConsoleShow) -> Iterator[str]:
    _step(show, "next_segment", 15)
    yield "closing"
    _step(show, "next_segment", 1)
    panel = ReportPanel()
    panel.show_report(session_report(show.runner))
    show.console.show_report(panel)
    saved = QCoreApplication.translate("app", "Report saved in {folder}")
    show.console.flash_keypress(saved.format(folder=show.journal.path.parent))
    QApplication.processEvents()
    yield "report"


def walk_single_deck(show: ConsoleShow) -> Iterator[str]:
    """A deck played on its own: before F5, mid-talk, paused, after its end."""
    _step(show)
    yield "deck_ready"
    _step(show, "start", 47.5)
    yield "deck_talk"
    _step(show, "pause", 2)
    yield "deck_paused"
    _step(show, "resume", 400)
    yield "deck_done"
