"""Segment countdown levels: when a Q&A, commentary or card countdown turns amber, red, overtime.

Views only map a level to a colour. A segment's countdown (Q&A, commentary, card) uses the
segment's own `warn_at` / `alert_at`. A talk's slide ring (amber in the slide's last quarter, red
in its last 3 seconds) is decided by core.schedule.slide_level, which rehearsals share; the
session snapshot carries both levels.
"""

from __future__ import annotations

from typing import Literal

Level = Literal["normal", "warn", "alert", "overrun"]


def countdown_level(remaining: float, warn_at: float, alert_at: float) -> Level:
    """A segment countdown's level: normal, warn (amber), alert (red), overrun (time is up)."""
    if remaining <= 0:
        return "overrun"
    if remaining <= alert_at:
        return "alert"
    return "warn" if remaining <= warn_at else "normal"
