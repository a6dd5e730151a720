"""The harness for the real app in a real X server (Xvfb) with two monitors: a 1280×800 laptop
and a 1920×1080 projector to its right. Tests drive it with xdotool like an operator with a
clicker, and judge it by window geometry and the journal."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("Xvfb", "xrandr", "xdotool")
NEEDS_X = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS), reason="needs Xvfb, xrandr and xdotool"
)
PROJECTOR = "1920/508x1080/286+1280+0"
LAPTOP_WIDTH = 1280  # the projector starts where the laptop screen ends
LAUNCHED: list[subprocess.Popen] = []


def x(display: str, *args: str) -> str:
    """Run an X client on `display`; returns its output."""
    env = dict(os.environ, DISPLAY=display)
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=20).stdout


@pytest.fixture
def display():
    """A fresh Xvfb with a 1280×800 laptop monitor and a 1920×1080 projector monitor."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(  # -displayfd: Xvfb picks a free display and tells us which
        [
            "Xvfb",
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            "3200x1080x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        name = ":" + announced.readline().strip()
    x(name, "xrandr", "--setmonitor", "PRESENTER", "1280/339x800/212+0+0", "screen")
    x(name, "xrandr", "--setmonitor", "PROJECTOR", PROJECTOR, "none")
    yield name
    for app in LAUNCHED:  # a failed test must not leave the app running
        if app.poll() is None:
            app.kill()
            app.wait(timeout=10)
    LAUNCHED.clear()
    server.terminate()
    server.wait(timeout=10)


def launch(display: str, tmp_path: Path, *args: str, lang: str = "en") -> subprocess.Popen:
    """Start `pechakucha ARGS` on the display, in `lang`, with its data in tmp_path/data."""
    env = dict(
        os.environ,
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        PECHAKUCHA_DATA_DIR=str(tmp_path / "data"),
    )
    app = subprocess.Popen(
        [sys.executable, "-m", "pechakucha", *args, "--lang", lang],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    LAUNCHED.append(app)
    return app


def window(display: str, title: str, timeout: float = 15) -> str:
    """Id of the first window whose title contains `title` (waits for it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = x(display, "xdotool", "search", "--name", title).split()
        if found:
            return found[0]
        time.sleep(0.1)
    raise AssertionError(f"no window named {title!r}")


def geometry(display: str, window_id: str) -> tuple[int, ...] | None:
    """(x, y, width, height) of a window, or None while it is not mapped yet."""
    output = x(display, "xdotool", "getwindowgeometry", "--shell", window_id)
    values = dict(line.split("=", 1) for line in output.split() if "=" in line)
    try:
        return tuple(int(values[key]) for key in ("X", "Y", "WIDTH", "HEIGHT"))
    except (KeyError, ValueError):
        return None


def press(display: str, window_id: str, key: str) -> None:
    """Focus a window and press a key on it, as a clicker would."""
    x(display, "xdotool", "windowfocus", "--sync", window_id, "key", key)


def visible_windows(display: str) -> dict[str, tuple[str, tuple[int, ...] | None]]:
    """Every mapped top-level window: id → (title, geometry)."""
    ids = x(display, "xdotool", "search", "--onlyvisible", "--maxdepth", "1", "--name", "")
    found = {}
    for window_id in ids.split():
        box = geometry(display, window_id)
        if box is not None and box[2:] != (3200, 1080):  # not the root window
            found[window_id] = (x(display, "xdotool", "getwindowname", window_id).strip(), box)
    return found


def on_projector(box: tuple[int, ...]) -> bool:
    """True if a window with this (x, y, width, height) shows anything on the projector."""
    return box[0] + box[2] > LAPTOP_WIDTH


def journal(path: Path) -> list[dict]:
    """The journal's entries so far."""
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.endswith("}")]


def wait_for(condition, timeout: float = 20) -> None:
    """Poll until `condition()` is true."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)
