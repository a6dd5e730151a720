"""Helpers for core tests: the sample Session Two with stand-in deck files, fake time."""

from __future__ import annotations

import shutil
from pathlib import Path

from pechakucha.core.clock import FakeClock
from pechakucha.core.runner.runner import SessionRunner
from pechakucha.core.session.model import Session
from pechakucha.core.session.read import load_session

ROOT = Path(__file__).resolve().parents[2]
SESSION_TWO = ROOT / "decks" / "session-two.toml"
WALL_EPOCH = 1_700_000_000.0

# Session Two as planned: welcome card 2:00, three talks of 6:40 each followed by a 21:00 Q&A
# (the 90:00 budget less 2:00 + 3 × 6:40 + 5:00 of fixed parts, shared by three), commentary 5:00,
# closing card (no duration).
WELCOME, TALK1, QA1, TALK2, QA2, TALK3, QA3, COMMENTARY, CLOSING = range(9)
TALK, QA = 400.0, 1260.0


def make_decks(folder: Path) -> None:
    """Stand-ins for the sample decks (the session parser only checks that they exist)."""
    (folder / "barcelona.pdf").write_bytes(b"%PDF-1.7\n")
    (folder / "famsi").mkdir(exist_ok=True)
    (folder / "cites-unies-france.pdf").write_bytes(b"%PDF-1.7\n")


def session_two_file(folder: Path) -> Path:
    """A copy of decks/session-two.toml in `folder`, with its decks."""
    make_decks(folder)
    target = folder / "session-two.toml"
    shutil.copyfile(SESSION_TWO, target)
    return target


def load_session_two(folder: Path) -> Session:
    """Session Two, loaded from a copy in `folder`."""
    return load_session(session_two_file(folder)).session


def fake_wall(clock: FakeClock):
    """A wall clock that moves with the fake monotonic clock (for journals in tests)."""
    return lambda: WALL_EPOCH + clock.now()


def run_until(runner: SessionRunner, clock: FakeClock, t: float, step: float = 1.0) -> list:
    """Advance the clock to absolute time `t`, ticking every `step` seconds; all events."""
    events = []
    while clock.now() < t:
        clock.advance(min(step, t - clock.now()))
        events += runner.tick()
    return events


def run_talk(runner: SessionRunner, clock: FakeClock) -> list:
    """Let the current talk run to its end, ticking exactly at each deadline."""
    events = []
    while (deadline := runner.next_deadline()) is not None:
        clock.advance(deadline - clock.now())
        events += runner.tick()
    return events
