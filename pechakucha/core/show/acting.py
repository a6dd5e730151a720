"""Which commands act in the show's state now: what the console's footer lists (generated
from the keymap, never a hand-kept list), read without running anything."""

from __future__ import annotations

from pechakucha.core.runner.runner import SessionRunner
from pechakucha.core.show import navigation
from pechakucha.core.show.commands import Command

_ON = ("running", "paused")
_TIMED = ("qa", "commentary", "card")
ALWAYS = frozenset({Command.BLACK, Command.WHITE, Command.PROGRESS, Command.GRID, Command.STOP})


def acts(runner: SessionRunner, command: Command, manual: bool = False) -> bool:
    """True if `command` changes something now (the screens' commands are the windows' to
    say: False here)."""
    if command in ALWAYS:
        return True
    phase, held = runner.phase, runner.held_phase
    segment = runner.current
    kind = segment.kind if segment is not None else None
    playing = kind == "talk" and held in _ON
    rules = {
        Command.START: phase in ("ready", "up_next", "paused", "hold"),
        Command.RESUME: phase in ("ready", "up_next", "paused", "hold"),
        Command.PAUSE: phase in _ON,
        Command.HOLD: phase == "hold" or held in ("up_next", *_ON),
        Command.NEXT: (phase in _ON and not playing) or (playing and manual),
        Command.PREVIOUS: _back_acts(runner, playing, manual),
        Command.EXTEND: kind in _TIMED and phase in _ON,
        Command.SHORTEN: kind in _TIMED and phase in _ON,
        Command.MARK: playing,
        Command.RECALL_OFF: runner.recalled is not None,
    }
    return rules.get(command, False)


def _back_acts(runner: SessionRunner, playing: bool, manual: bool) -> bool:
    """←/PageUp: a manual jump, a recall in a Q&A, or going back (not from the very start)."""
    if playing:
        return manual
    if navigation.recall_talk(runner) is not None:
        return True
    if runner.phase in ("ready", "hold"):
        return False
    return not (runner.index == 0 and runner.phase == "up_next")
