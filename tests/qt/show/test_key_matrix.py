"""Every key of the README's table, in every state an operator meets, pressed on whichever
window has the focus: the journal gets exactly the command the README promises, nothing else.

Real windows, real deck, the same wiring as the app (`launch.operate`), a fake clock moved by
hand (so nothing depends on this machine's speed). States are reached by pressing keys too;
some cells first click a console panel, as an operator would with the mouse.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from pechakucha.core.runner.state import COMMANDS
from pechakucha.core.session.read import load_session
from pechakucha.qt.pixels.render import SlideRenderer
from pechakucha.qt.show import keys
from pechakucha.qt.show.report_panel import ReportPanel
from tests.conftest import write_numbered_pdf
from tests.show_builder import build_show

README = Path(__file__).resolve().parents[3] / "README.md"
SLIDES, SECONDS = 3, 0.2
SESSION = f"""
[session]
title = "Key matrix"
budget = "30:00"
slides = {SLIDES}
seconds_per_slide = {SECONDS}

[[segment]]
kind = "card"
title = "Welcome"
duration = "2:00"

[[segment]]
kind = "talk"
speaker = "Ana"
deck = "talk.pdf"

[[segment]]
kind = "qa"
duration = "3:00"

[[segment]]
kind = "commentary"
speaker = "Commentator"
duration = "1:00"
warn_at = "0:45"
alert_at = "0:30"

[[segment]]
kind = "card"
title = "Thanks"
"""

SHIFT, NONE = Qt.ShiftModifier, Qt.NoModifier
#: README name → (Qt key, modifiers) a keyboard or clicker sends for it.
KEYS: dict[str, tuple[Qt.Key, Qt.KeyboardModifier]] = {
    "F5": (Qt.Key_F5, NONE),
    "Shift+F5": (Qt.Key_F5, SHIFT),
    "Space": (Qt.Key_Space, NONE),
    "PageDown": (Qt.Key_PageDown, NONE),
    "→": (Qt.Key_Right, NONE),
    "↓": (Qt.Key_Down, NONE),
    "Enter": (Qt.Key_Return, NONE),
    "PageUp": (Qt.Key_PageUp, NONE),
    "←": (Qt.Key_Left, NONE),
    "↑": (Qt.Key_Up, NONE),
    "P": (Qt.Key_P, NONE),
    "H": (Qt.Key_H, NONE),
    "+": (Qt.Key_Plus, SHIFT),
    "=": (Qt.Key_Equal, NONE),
    "−": (Qt.Key_Minus, NONE),
    "M": (Qt.Key_M, NONE),
    "G": (Qt.Key_G, NONE),
    "R": (Qt.Key_R, NONE),
    "B": (Qt.Key_B, NONE),
    ".": (Qt.Key_Period, NONE),
    "W": (Qt.Key_W, NONE),
    ",": (Qt.Key_Comma, NONE),
    "T": (Qt.Key_T, NONE),
    "Tab": (Qt.Key_Tab, NONE),
    "S": (Qt.Key_S, NONE),
    "Esc": (Qt.Key_Escape, NONE),
}
#: What the operator journals for a key press; everything else follows from time or commands.
OPERATOR_EVENTS = COMMANDS | {
    "cover", "grid", "progress_bar", "console_toggle", "swap_screens",
    "key_ignored", "stop_asked", "stop", "goto", "back_asked",
}  # fmt: skip


def readme_keys() -> list[str]:
    """The keys named in the first column of the README's key table."""
    text = README.read_text(encoding="utf-8")
    table = text[text.index("| key (clicker) | does |") :].split("\n\n")[0]
    names = []
    for row in table.splitlines()[2:]:
        cell = row.split("|")[1]
        names += re.findall(r"`([^`]+)`", cell)
        names += [n.strip() for n in re.split(r"[,/]", re.sub(r"`[^`]+`", "", cell)) if n.strip()]
    return names


# -- what the README promises ---------------------------------------------------------------
TIMED = {"card", "qa", "commentary", "grid", "grid_closed", "recalled"}
STARTED = TIMED | {"up_next", "talk", "paused", "hold"}


def promise(state: str, key: str) -> tuple[str, ...]:
    """The operator events the README promises for `key` in `state` (one of STATES)."""
    if state == "grid" and key in ("→", "↓", "←", "↑"):
        return ()  # moves in the grid, changes nothing on the projector
    if state == "grid" and key == "Enter":
        return ("recall",)
    command = keys.command_for(QKeyEvent(QEvent.KeyPress, *KEYS[key]))
    start = {"ready": "start", "up_next": "start", "paused": "resume", "hold": "release"}
    rules: dict[str, Callable[[], str | None]] = {
        keys.START: lambda: start.get(state),
        keys.RESUME: lambda: start.get(state),
        keys.NEXT: lambda: next_promise(state),
        keys.PREVIOUS: lambda: previous_promise(state),
        keys.PAUSE: lambda: {"paused": "resume"}.get(
            state, "pause" if state in TIMED | {"talk"} else None
        ),
        keys.HOLD: lambda: "release" if state == "hold" else ("hold" if state in STARTED else None),
        keys.EXTEND: lambda: "extend" if state in TIMED else None,
        keys.SHORTEN: lambda: "extend" if state in TIMED else None,
        keys.MARK: lambda: "mark_slide" if state in ("talk", "paused", "hold") else None,
        keys.RECALL_OFF: lambda: "clear_recall" if state == "recalled" else None,
        keys.GRID: lambda: "grid",
        keys.BLACK: lambda: "cover",
        keys.WHITE: lambda: "cover",
        keys.PROGRESS: lambda: "progress_bar",
        keys.TOGGLE_CONSOLE: lambda: None,  # one screen in these tests: Tab and S change nothing
        keys.SWAP: lambda: None,
        keys.STOP: lambda: stop_promise(state),
    }
    return (rules[command]() or "key_ignored",)


RECALLING = {"qa", "grid", "grid_closed", "recalled"}  # a Q&A after a talk: ←/→ recall


def stop_promise(state: str) -> str:
    """Esc closes the grid first; it stops at once when nothing runs, else asks again."""
    if state == "grid":
        return "grid"
    return "stop" if state in ("ready", "done") else "stop_asked"


def next_promise(state: str) -> str | None:
    """→ ends a Q&A, card or commentary; in a recall it shows the talk's next slide."""
    if state == "recalled":
        return "recall"  # slide 1 was recalled: → shows slide 2
    return "next_segment" if state in TIMED else None


def previous_promise(state: str) -> str | None:
    """← in a Q&A recalls the talk's slides (never reopens the talk); going back over a card
    or commentary that ran asks for a second press; at "up next" and at the end it reopens
    what came before (nothing is lost)."""
    if state == "recalled":
        return None  # slide 1 is the first: nothing before it
    if state in RECALLING:
        return "recall"
    if state in ("card", "commentary"):
        return "back_asked"
    return "previous_segment" if state in ("up_next", "done") else None


# -- the show under test --------------------------------------------------------------------
class Show:
    """A session on real windows, wired like the app, with a fake clock."""

    def __init__(self, qtbot, folder: Path, renderer: SlideRenderer) -> None:
        session = load_session(folder / "s.toml").session
        self.qtbot = qtbot
        self.built = build_show(  # the journal in memory: the cells need no file
            session, qtbot=qtbot, sizes=((320, 180), (900, 560)), screens=True, renderer=renderer
        )
        self.clock, self.journal = self.built.clock, self.built.journal
        self.audience, self.console = self.built.audience, self.built.console
        self.controller, self.operator = self.built.controller, self.built.operator

    @property
    def snapshot(self):
        """The runner now."""
        return self.controller.runner.snapshot()

    def focused(self) -> QWidget:
        """Where a key press goes: the focus widget, else the active window, else the console."""
        return QApplication.focusWidget() or QApplication.activeWindow() or self.console

    def press(self, name: str) -> None:
        """Press a key (by its README name) on whatever has the focus."""
        key, modifiers = KEYS[name]
        QTest.keyClick(self.focused(), key, modifiers)

    def click(self, widget: QWidget) -> None:
        """A mouse click in the middle of a console panel."""
        assert widget.isVisible(), widget
        QTest.mouseClick(widget, Qt.LeftButton)

    def operator_events(self, since: int) -> list[str]:
        """Operator events journaled since entry number `since`."""
        return [e["event"] for e in self.journal.entries[since:] if e["event"] in OPERATOR_EVENTS]

    def finish_talk(self) -> None:
        """Let the talk's time run out (the fake clock jumps past its end)."""
        self.clock.advance(SLIDES * SECONDS + 0.01)
        self.controller.refresh()

    def close(self) -> None:
        """Stop timers, key routing and the journal."""
        self.built.close()


def to_card(show):
    show.press("F5")


def to_up_next(show):
    to_card(show)
    show.press("Space")


def to_talk(show):
    to_up_next(show)
    show.press("F5")


def to_paused(show):
    to_talk(show)
    show.press("P")


def to_hold(show):
    to_talk(show)
    show.press("H")


def to_qa(show):
    to_talk(show)
    show.press("M")
    show.finish_talk()


def to_commentary(show):
    to_qa(show)
    show.press("Space")
    show.press("F5")


def to_grid(show):
    to_qa(show)
    show.press("G")


def to_grid_closed(show):
    to_grid(show)
    show.press("G")


def to_recalled(show):
    to_grid(show)
    show.press("Enter")
    show.press("G")


def to_done(show):
    to_commentary(show)
    show.press("Space")  # → the closing card
    show.press("Space")  # → the end: the report on the console


def on_the_projector(base: Callable[[Show], None]):
    """A state reached by `base`, then the projector window made the active window (the
    clicker's keys go to it)."""

    def reach(show: Show) -> None:
        base(show)
        show.audience.activateWindow()
        show.qtbot.waitUntil(lambda: QApplication.activeWindow() is show.audience)

    return reach


def clicking(base: Callable[[Show], None], panel: Callable[[Show], QWidget]):
    """A state reached by `base`, then a mouse click on one console panel."""

    def reach(show: Show) -> None:
        base(show)
        show.click(panel(show))

    return reach


#: state id → (how to reach it, which promises hold there)
STATES: dict[str, tuple[Callable[[Show], None], str]] = {
    "ready": (lambda show: None, "ready"),
    "card": (to_card, "card"),
    "up_next": (to_up_next, "up_next"),
    "talk": (to_talk, "talk"),
    "paused": (to_paused, "paused"),
    "hold": (to_hold, "hold"),
    "qa": (to_qa, "qa"),
    "commentary": (to_commentary, "commentary"),
    "grid": (to_grid, "grid"),
    "grid_closed": (to_grid_closed, "grid_closed"),
    "recalled": (to_recalled, "recalled"),
    "report": (to_done, "done"),
    "qa, projector window active": (on_the_projector(to_qa), "qa"),
    "talk, projector window active": (on_the_projector(to_talk), "talk"),
    "qa+click current pane": (clicking(to_qa, lambda s: s.console.current_pane), "qa"),
    "qa+click next pane": (clicking(to_qa, lambda s: s.console.next_pane), "qa"),
    "talk+click current slide": (clicking(to_talk, lambda s: s.console.current_view), "talk"),
    "qa+click ring": (clicking(to_qa, lambda s: s.console.ring), "qa"),
    "qa+click running order": (clicking(to_qa, lambda s: s.console.order.viewport()), "qa"),
    "talk+click running order": (clicking(to_talk, lambda s: s.console.order.viewport()), "talk"),
    "grid+click grid": (clicking(to_grid, lambda s: s.operator.grid.viewport()), "grid"),
    "report+click report": (
        clicking(to_done, lambda s: s.console.main_stack.currentWidget().table.viewport()),
        "done",
    ),
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """The session file and its deck."""
    path = tmp_path_factory.mktemp("matrix")
    write_numbered_pdf(path / "talk.pdf", slides=SLIDES)
    (path / "s.toml").write_text(SESSION, encoding="utf-8")
    return path


@pytest.fixture
def show(qtbot, folder):
    """A fresh show for each cell."""
    renderer = SlideRenderer()
    made = Show(qtbot, folder, renderer)
    yield made
    made.close()
    renderer.close()


def test_the_README_key_table_names_exactly_the_keys_the_app_knows():
    assert sorted(readme_keys()) == sorted(KEYS)
    assert {key for key, _ in KEYS.values()} == set(keys.KEYS)


@pytest.mark.parametrize("key", list(KEYS))
@pytest.mark.parametrize("state", list(STATES))
def test_each_key_in_each_state_journals_exactly_what_the_README_promises(show, state, key):
    reach, promised = STATES[state]
    reach(show)
    if promised == "done":
        assert isinstance(show.console.main_stack.currentWidget(), ReportPanel)
    before = len(show.journal.entries)
    show.press(key)
    assert show.operator_events(before) == list(promise(promised, key)), (state, key)
