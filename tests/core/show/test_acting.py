"""The console's footer is generated from what acts: in every state, a command is listed
exactly when carrying it out changes something (the same show, the same commands)."""

from __future__ import annotations

import pytest

from pechakucha.core.clock import FakeClock
from pechakucha.core.show.commands import Command
from pechakucha.core.show.opening import Opening, Resume, open_show
from tests.core.sessions import load_session_two

SCREENLESS = {Command.TOGGLE_CONSOLE, Command.SWAP, Command.RECALL, Command.GRID}  # the windows


def _talk(show, clock):
    show.do(Command.START)
    clock.advance(10)
    show.do(Command.NEXT)
    show.do(Command.START)


def _qa(show, clock):
    _talk(show, clock)
    clock.advance(401)
    show.snapshot()


STATES = {
    "ready": lambda show, clock: None,
    "card": lambda show, clock: show.do(Command.START),
    "up_next": lambda show, clock: (show.do(Command.START), show.do(Command.NEXT)),
    "talk": _talk,
    "paused": lambda show, clock: (_talk(show, clock), show.do(Command.PAUSE)),
    "hold": lambda show, clock: (_talk(show, clock), show.do(Command.HOLD)),
    "qa": _qa,
    "qa recalling": lambda show, clock: (_qa(show, clock), show.do(Command.PREVIOUS)),
}


@pytest.mark.parametrize("command", [c for c in Command if c not in SCREENLESS])
@pytest.mark.parametrize("state", list(STATES))
def test_a_command_is_in_the_footer_exactly_when_it_acts(tmp_path, state, command):
    clock = FakeClock()
    show = open_show(Opening(load_session_two(tmp_path), clock, None), lambda _q: Resume.NO)
    STATES[state](show, clock)
    listed = command in show.acting_commands(list(Command))
    before = len(show.journal.entries)
    outcome = show.do(command)
    acted = outcome.done and show.journal.entries[before]["event"] != "key_ignored"
    assert listed == acted, (state, command, outcome)
