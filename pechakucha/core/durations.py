"""Durations as people write them ("m:ss", "h:mm:ss") and as clocks show them."""

from __future__ import annotations

import math
import re
from typing import Literal

_PATTERN = re.compile(
    r"^(?P<sign>-)?(?:(?P<h>\d+):(?P<hm>[0-5]\d)|(?P<m>\d+)):(?P<s>[0-5]\d(?:\.\d+)?)$"
)
_HINT = 'write "m:ss", "h:mm:ss" or a number of seconds'

Rounding = Literal["nearest", "up", "down"]


def parse_duration(value: object) -> float:
    """Seconds in `value`: a number of seconds, or a string "m:ss" / "h:mm:ss" (optionally "-").

    Minutes may exceed 59 in "m:ss" ("90:00"); seconds and the minutes of "h:mm:ss" may not.
    Raises ValueError with a short message for anything else (bools, NaN, "5", "1:5").
    """
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a duration: {_HINT}")
    if isinstance(value, int | float):
        return _finite(value)
    if not isinstance(value, str):
        raise ValueError(f"a duration must be text or a number, not {type(value).__name__}")
    match = _PATTERN.match(value.strip())
    if match is None:
        raise ValueError(f"{value!r} is not a duration: {_HINT}")
    hours = int(match["h"] or 0)
    minutes = int(match["hm"] or match["m"] or 0)
    seconds = hours * 3600 + minutes * 60 + float(match["s"])
    return -seconds if match["sign"] else seconds


def _finite(value: float) -> float:
    """`value` as a finite float, or ValueError."""
    try:
        seconds = float(value)
    except OverflowError:
        raise ValueError(f"{value!r} seconds is too long to be a duration") from None
    if not math.isfinite(seconds):
        raise ValueError(f"{value!r} is not a duration: it must be a finite number")
    return seconds


def _round(seconds: float, rounding: Rounding) -> int:
    """Whole seconds by the chosen rule ("up" suits countdowns: 0:00 exactly at the end)."""
    if rounding == "up":
        return math.ceil(seconds - 1e-9)
    if rounding == "down":
        return math.floor(seconds + 1e-9)
    return math.floor(seconds + 0.5)


def format_duration(seconds: float, *, rounding: Rounding = "nearest", hours: bool = True) -> str:
    """Show `seconds` as "m:ss", "-m:ss" or (one hour and over, if `hours`) "h:mm:ss".

    Countdowns pass rounding="up" so that "0:00" appears exactly when the time is up and an
    overrun reads "-0:01" one second later. With hours=False minutes run on ("90:00").
    """
    if not math.isfinite(seconds):
        raise ValueError(f"cannot show {seconds!r} as a duration")
    whole = _round(seconds, rounding)
    sign = "-" if whole < 0 else ""
    whole = abs(whole)
    minutes, secs = divmod(whole, 60)
    if hours and minutes >= 60:
        hrs, minutes = divmod(minutes, 60)
        return f"{sign}{hrs}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


# -- the one rule for every display of a countdown ------------------------------------------
# A countdown shows its remaining time rounded UP to the whole second: "0:00" appears exactly
# when the time is up, and one second later the overtime reads "+0:01". Everything that shows
# the same time (the console's ring, its big line and running order, the projector's card)
# goes through these two functions, so two windows never disagree by a second.


def countdown_seconds(remaining: float) -> int:
    """Whole seconds a countdown shows for `remaining` (negative: overtime)."""
    if not math.isfinite(remaining):
        raise ValueError(f"cannot show {remaining!r} as a countdown")
    return _round(remaining, "up")


def format_countdown(remaining: float) -> str:
    """ "4:59" while time is left, "0:00" when it is up, "+0:12" / "+1:20:40" of overtime."""
    whole = countdown_seconds(remaining)
    return format_duration(whole) if whole >= 0 else "+" + format_duration(-whole)


def used_and_left(allotted: float, remaining: float) -> tuple[int, int, int]:
    """(allotted, used, left) in whole seconds as a countdown shows them, so that the three
    figures of a running segment always add up: used + left = allotted."""
    whole = countdown_seconds(allotted)
    left = countdown_seconds(remaining)
    return whole, whole - left, left
