"""The venue, as an operator meets it: the whole Session Two driven by key presses (and a mouse
click) on the real windows, and after a crash nothing but the show on the projector.

Every key press is checked against the one journal line the operator writes for it (the
command it caused, or `key_ignored`); every wait is for a journal line or a window.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.e2e.conftest import (
    NEEDS_X,
    ROOT,
    geometry,
    journal,
    launch,
    on_projector,
    press,
    visible_windows,
    wait_for,
    window,
    x,
)

pytestmark = NEEDS_X
AUDIENCE_BOX = (1280, 0, 1920, 1080)  # full screen on the projector
#: What the operator journals for a key press (see the README's journal section).
OPERATOR_EVENTS = {
    "start", "next_segment", "previous_segment", "pause", "resume", "hold", "release",
    "extend", "mark_slide", "recall", "clear_recall", "cover", "grid", "progress_bar",
    "console_toggle", "swap_screens", "key_ignored", "stop_asked", "stop",
}  # fmt: skip


def short_session_two(folder: Path) -> Path:
    """A copy of the sample Session Two with short cards and Q&A minimums, decks in place."""
    text = (ROOT / "decks" / "session-two.toml").read_text(encoding="utf-8")
    text = re.sub(r'deck = "([^"]+)"', lambda m: f'deck = "{ROOT / "decks" / m[1]}"', text)
    text = text.replace('minimum = "5:00"', 'minimum = "0:05"')
    text = text.replace('duration = "2:00"', 'duration = "0:05"')
    path = folder / "session-two.toml"
    path.write_text(text, encoding="utf-8")
    return path


def operator_events(log: Path) -> list[dict]:
    """The operator's journal lines so far."""
    return [e for e in journal(log) if e["event"] in OPERATOR_EVENTS]


def expect(display: str, log: Path, window_id: str, key: str, event: str) -> dict:
    """Press `key` on a window: the journal gets exactly one operator line, `event`."""
    before = len(operator_events(log))
    press(display, window_id, key)
    wait_for(lambda: len(operator_events(log)) > before)
    new = operator_events(log)[before:]
    assert [e["event"] for e in new] == [event], (key, new)
    return new[0]


def started(log: Path, kind: str) -> int:
    """How many segments of `kind` have started."""
    return sum(e["event"] == "segment_start" and e["kind"] == kind for e in journal(log))


def test_session_two_runs_by_keys_on_the_real_windows_grid_included(display, tmp_path):
    log = tmp_path / "run.jsonl"
    session = short_session_two(tmp_path)
    args = ("--slides", "2", "--seconds-per-slide", "0.5", "--quit-at-end", "--log", str(log))
    app = launch(display, tmp_path, str(session), *args)
    console, audience = window(display, "presenter console"), window(display, "audience")
    wait_for(lambda: geometry(display, audience) == AUDIENCE_BOX)

    def key(window_id: str, name: str, event: str) -> dict:
        return expect(display, log, window_id, name, event)

    key(console, "F5", "start")  # the welcome card
    for talk in (1, 2, 3):
        key(console, "space", "next_segment")  # the card or Q&A ends: the talk is up next
        key(console, "F5", "start")  # the talk plays by itself, its Q&A follows
        wait_for(lambda talk=talk: started(log, "qa") == talk)
        if talk == 1:  # the grid opened and closed must leave every key working
            key(console, "g", "grid")
            key(console, "g", "grid")
        if talk == 2:  # a click on the running order must not swallow the keys either
            x(display, "xdotool", "mousemove", "--sync", "1000", "700", "click", "1")
    key(audience, "b", "cover")  # the clicker's keys work on the projector window too
    key(audience, "b", "cover")
    key(audience, "space", "next_segment")  # the last Q&A ends: the synthesis is up next
    key(console, "F5", "start")
    key(console, "g", "grid")
    press(display, console, "Right")  # moves in the grid: no journal line
    recall = key(console, "Return", "recall")  # Enter recalls, and does nothing else
    key(console, "r", "clear_recall")
    key(console, "g", "grid")
    key(console, "space", "next_segment")  # the synthesis ends: the closing card
    key(console, "space", "next_segment")  # the end
    assert app.wait(timeout=30) == 0, app.stderr.read()

    entries = journal(log)
    kinds = [e["kind"] for e in entries if e["event"] == "segment_start"]
    assert kinds == ["card", "talk", "qa", "talk", "qa", "talk", "qa", "commentary", "card"]
    assert (recall["talk"], recall["slide"]) == (1, 2)  # Barcelona's slide 2, counted from 1
    assert "key_ignored" not in [e["event"] for e in entries]
    ends = [e for e in entries if e["event"] == "segment_end" and e["kind"] == "talk"]
    talk_ends = [e["reason"] for e in ends]
    assert talk_ends == ["talk_over"] * 3  # every talk ran to its end by itself
    assert all(a["shown"] >= a["due"] for a in entries if a["event"] == "advance")
    runs = sorted((tmp_path / "data" / "journals").glob("*.jsonl"))
    assert len(runs) == 1 and runs[0].name.startswith("session-two-")
    for suffix in ("-report.json", "-report.csv", "-speakers.csv"):
        assert (runs[0].parent / (runs[0].stem + suffix)).is_file()


def test_after_a_crash_the_resume_question_opens_on_the_laptop_never_the_projector(
    display, tmp_path
):
    log = tmp_path / "run.jsonl"
    args = (str(ROOT / "decks" / "session-two.toml"), "--slides", "8", "--seconds-per-slide", "1")
    app = launch(display, tmp_path, *args, "--log", str(log), lang="es")
    wait_for(lambda: len(visible_windows(display)) == 2)
    audience = next(w for w, (_, box) in visible_windows(display).items() if box == AUDIENCE_BOX)
    console = next(w for w in visible_windows(display) if w != audience)
    press(display, console, "F5")
    press(display, console, "space")
    press(display, console, "F5")
    wait_for(lambda: any(e["event"] == "advance" for e in journal(log)))
    app.kill()  # kill -9: the run did not end
    app.wait(timeout=10)

    again = launch(display, tmp_path, *args, "--log", str(log), "--resume", "ask", lang="es")
    wait_for(lambda: len(visible_windows(display)) == 3)  # projector, console, the question
    shown = visible_windows(display)
    on_the_projector = [w for w, (_, box) in shown.items() if on_projector(box)]
    assert len(on_the_projector) == 1 and shown[on_the_projector[0]][1] == AUDIENCE_BOX
    console = next(w for w, (_, box) in shown.items() if box[:2] == (0, 0) and box[2] >= 1000)
    (question,) = set(shown) - {console, on_the_projector[0]}
    qx, qy, qw, qh = shown[question][1]
    cx, cy, cw, ch = shown[console][1]
    assert qx + qw <= 1280 and qy + qh <= 800  # on the laptop screen
    centre_offset = (qx + qw / 2 - (cx + cw / 2), qy + qh / 2 - (cy + ch / 2))
    assert abs(centre_offset[0]) <= cw / 10 and abs(centre_offset[1]) <= ch / 10  # centred on it
    press(display, question, "Return")  # Yes (Sí), the default answer
    wait_for(lambda: any(e["event"] == "recovered" for e in journal(log)))
    wait_for(lambda: len(visible_windows(display)) == 2)
    assert [w for w, (_, box) in visible_windows(display).items() if on_projector(box)] == [
        on_the_projector[0]
    ]
    again.kill()
    again.wait(timeout=10)
    runs = list((tmp_path / "data" / "journals").glob("*.jsonl"))
    assert len(runs) == 1  # the resumed run went on in its own journal
