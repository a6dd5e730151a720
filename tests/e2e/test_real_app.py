"""The real app in a real X server (Xvfb) with two monitors: laptop + projector.

Driven by keys like an operator with a clicker; judged by window geometry and the journal.
Skipped where Xvfb, xrandr or xdotool are not installed (`.ci/run` installs them as root).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import write_numbered_pdf

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("Xvfb", "xrandr", "xdotool")
pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS), reason="needs Xvfb, xrandr and xdotool"
)
PROJECTOR = "1920/508x1080/286+1280+0"
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


def launch(display: str, tmp_path: Path, *args: str) -> subprocess.Popen:
    """Start `pechakucha ARGS` on the display, in English, with its data in tmp_path."""
    env = dict(
        os.environ,
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        PECHAKUCHA_DATA_DIR=str(tmp_path / "data"),
    )
    app = subprocess.Popen(
        [sys.executable, "-m", "pechakucha", *args, "--lang", "en"],
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
    """Focus the console and press a key, as a clicker would."""
    x(display, "xdotool", "windowfocus", "--sync", window_id, "key", key)


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


def test_talk_fills_the_projector_and_survives_unplugging_it(display, tmp_path):
    deck = write_numbered_pdf(tmp_path / "talk.pdf", slides=8)
    log = tmp_path / "talk.jsonl"
    app = launch(
        display,
        tmp_path,
        str(deck),
        "--slides",
        "8",
        "--seconds-per-slide",
        "0.6",
        "--quit-at-end",
        "--log",
        str(log),
    )
    console = window(display, "presenter console")
    audience = window(display, "audience")
    wait_for(lambda: geometry(display, audience) == (1280, 0, 1920, 1080))
    wait_for(lambda: (geometry(display, console) or (9999,))[0] < 1280)  # laptop screen
    press(display, console, "F5")
    wait_for(lambda: any(e["event"] == "advance" and e["slide"] >= 3 for e in journal(log)))
    x(display, "xrandr", "--delmonitor", "PROJECTOR")
    time.sleep(1.0)
    x(display, "xrandr", "--setmonitor", "PROJECTOR", PROJECTOR, "none")
    wait_for(lambda: geometry(display, window(display, "audience")) == (1280, 0, 1920, 1080))
    assert app.wait(timeout=30) == 0, app.stderr.read()
    entries = journal(log)
    advances = [e for e in entries if e["event"] == "advance"]
    assert [a["slide"] for a in advances] == list(range(1, 9))
    assert all(0 <= a["shown"] - a["due"] < 0.5 for a in advances)
    events = [e["event"] for e in entries]
    assert "end" in events and events[-1] == "session_end"


def test_session_two_runs_end_to_end_by_keys(display, tmp_path):
    log = tmp_path / "session.jsonl"
    app = launch(
        display,
        tmp_path,
        str(ROOT / "decks" / "session-two.toml"),
        "--slides",
        "2",
        "--seconds-per-slide",
        "0.3",
        "--quit-at-end",
        "--log",
        str(log),
    )
    console = window(display, "presenter console")

    def segment_started(count: int) -> bool:
        return sum(e["event"] == "segment_start" for e in journal(log)) >= count

    press(display, console, "F5")  # welcome card
    wait_for(lambda: segment_started(1))
    for talk in range(3):
        press(display, console, "space")  # end the card or Q&A → the talk is up next
        press(display, console, "F5")  # start the talk; its Q&A follows by itself
        wait_for(lambda talk=talk: segment_started(3 + 2 * talk))
    press(display, console, "space")  # end the last Q&A → commentary up next
    press(display, console, "F5")
    press(display, console, "space")  # end the synthesis → closing card
    press(display, console, "space")  # end the closing card → done
    assert app.wait(timeout=30) == 0, app.stderr.read()
    entries = journal(log)
    kinds = [e["kind"] for e in entries if e["event"] == "segment_start"]
    assert kinds == ["card", "talk", "qa", "talk", "qa", "talk", "qa", "commentary", "card"]
    assert entries[-1]["event"] in ("session_end", "cover") or any(
        e["event"] == "session_end" for e in entries
    )
    assert sum(e["event"] == "advance" for e in entries) == 6
    reports = list((tmp_path / "data").glob("**/*report.json")) + list(tmp_path.glob("*report*"))
    assert reports, "the report is saved when the session ends"


def test_killed_mid_talk_the_session_resumes_at_the_slide_due_now(display, tmp_path):
    log = tmp_path / "session.jsonl"
    args = (
        str(ROOT / "decks" / "session-two.toml"),
        "--slides",
        "8",
        "--seconds-per-slide",
        "1",
        "--log",
        str(log),
    )
    app = launch(display, tmp_path, *args)
    console = window(display, "presenter console")
    press(display, console, "F5")  # welcome card
    press(display, console, "space")  # → first talk up next
    press(display, console, "F5")
    wait_for(lambda: any(e["event"] == "advance" and e["slide"] == 2 for e in journal(log)))
    app.kill()  # a power cut, as far as the app can tell
    app.wait(timeout=10)
    time.sleep(1.5)  # the audience's clock does not stop while the app is down
    again = launch(display, tmp_path, *args, "--resume", "yes")
    try:
        wait_for(lambda: any(e["event"] == "recovered" for e in journal(log)))
        recovered_at = next(e for e in journal(log) if e["event"] == "recovered")["t"]
        wait_for(
            lambda: any(e["event"] == "advance" and e["t"] > recovered_at for e in journal(log))
        )
        first = next(e for e in journal(log) if e["event"] == "advance" and e["t"] > recovered_at)
        assert first["slide"] >= 4  # slides 3 and 4 were due while the app was down
        assert first["shown"] - first["due"] < 3.0
    finally:
        again.kill()
        again.wait(timeout=10)
