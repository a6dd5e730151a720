"""What the operator can do, as typed commands, and what the show answers.

The keymap (qt/show/keys.py) maps keys to a `Command`; the show carries it out and answers an
`Outcome`: whether it changed something, and a `Notice` for the console when there is more
to say. The command's value is the name the key matrix and older journals use.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class Command(enum.Enum):
    """One operator action (a key, a click in the grid, a manual jump)."""

    START = "start"  # F5: start what is up next; resume after P; release after H
    RESUME = "resume"  # Shift+F5: the same
    NEXT = "next"  # end this Q&A, card or commentary; in a recall, the next slide
    PREVIOUS = "previous"  # in a Q&A: the talk's slides; else back (twice over what ran)
    PAUSE = "pause"
    HOLD = "hold"
    EXTEND = "extend"  # one minute more
    SHORTEN = "shorten"  # one minute less, never below the commentator's red line
    MARK = "mark"
    RECALL = "recall"  # a slide of the grid back on the projector
    RECALL_OFF = "recall_off"
    BLACK = "black"
    WHITE = "white"
    PROGRESS = "progress"
    GRID = "grid"
    TOGGLE_CONSOLE = "console"
    SWAP = "swap"
    STOP = "stop"


class Notice(enum.Enum):
    """What the console says about a command (the Qt layer words it, in the operator's
    language, with the outcome's `fields`)."""

    NOTHING_TO_DO = "nothing"
    PRESS_F5 = "press_f5"
    TALK_ADVANCES_BY_ITSELF = "talk_advances"
    FIRST_SLIDE = "first_slide"
    AGAIN_TO_GO_BACK = "again_back"  # fields: segment (its label)
    AGAIN_TO_STOP = "again_stop"  # fields: one_talk
    AGAIN_TO_SWAP = "again_swap"
    COMMENTATOR_PROTECTED = "protected"  # fields: seconds (the red line)
    MARKED = "marked"  # fields: slide (from 1)
    HOLD_STARTED = "hold"
    RECALL_OUTSIDE_TALKS = "recall_outside"


@dataclass(frozen=True)
class Outcome:
    """What a command did: `done` False if it changed nothing now (journaled `key_ignored`)."""

    done: bool
    notice: Notice | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    quit: bool = False  # the operator stopped the show


DONE = Outcome(True)
