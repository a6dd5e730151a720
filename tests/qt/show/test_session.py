"""A whole (tiny) session on the real windows: cards, talk, Q&A, commentary, recall."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pechakucha.core.clock import MonotonicClock
from pechakucha.core.session.read import load_session
from pechakucha.qt.show.cards import countdown_text
from tests.conftest import write_numbered_pdf
from tests.show_builder import build_show

SESSION = """
[session]
title = "Tiny session"
budget = "2:00"
audience = ["es", "en"]
slides = 3
seconds_per_slide = 0.2

[[segment]]
kind = "talk"
organisation = "FAMSI"
speaker = "Ana"
title = "Cooperación"
deck = "talk.pdf"

[[segment]]
kind = "qa"
duration = "auto"
minimum = "0:10"

[[segment]]
kind = "commentary"
speaker = "Comentarista"
duration = 1
"""


@pytest.fixture
def session_show(qtbot, tmp_path):
    write_numbered_pdf(tmp_path / "talk.pdf", slides=3)
    (tmp_path / "s.toml").write_text(SESSION, encoding="utf-8")
    session = load_session(tmp_path / "s.toml").session
    built = build_show(
        session,
        clock=MonotonicClock(),
        journal=tmp_path / "journal.jsonl",
        qtbot=qtbot,
        sizes=((480, 270), (900, 560)),
    )
    yield built.controller
    built.close()


def card_title(controller):
    card = controller.audience.card()
    return card.title if card else None


def test_up_next_card_names_the_speaker_before_F5(session_show):
    assert card_title(session_show) == "A continuación"  # audience = ["es", "en"]
    assert session_show.audience.card().title_also == ("Up next",)
    assert session_show.audience.card().subtitle == "Ana"
    assert "F5" in session_show.console.state_label.text()


def test_talk_runs_by_itself_then_QA_starts_at_once(session_show, qtbot):
    qtbot.keyClick(session_show.console, Qt.Key_F5)
    assert session_show.audience.mode == "slide"
    qtbot.waitUntil(lambda: card_title(session_show) == "Preguntas y respuestas", timeout=5000)
    assert session_show.runner.phase == "running"
    entries = session_show.show.journal.entries
    shown = [e["slide"] for e in entries if e["event"] == "advance"]
    assert shown == sorted(set(shown))  # in order (a slide painted too late is skipped)


def test_stray_Space_during_the_talk_is_ignored_and_ends_QA_after(session_show, qtbot):
    qtbot.keyClick(session_show.console, Qt.Key_F5)
    qtbot.keyClick(session_show.console, Qt.Key_Space)
    assert session_show.runner.snapshot().kind == "talk"
    assert "ignored" in session_show.console.keypress_label.text()
    qtbot.waitUntil(lambda: session_show.runner.snapshot().kind == "qa", timeout=5000)
    qtbot.keyClick(session_show.console, Qt.Key_Space)
    snapshot = session_show.runner.snapshot()
    assert (snapshot.kind, snapshot.phase) == ("commentary", "up_next")


def test_commentary_counts_down_then_shows_overtime_in_red(session_show, qtbot):
    session_show.runner.start()
    qtbot.waitUntil(lambda: session_show.runner.snapshot().kind == "qa", timeout=5000)
    session_show.command("next_segment")
    session_show.command("start")
    assert session_show.audience.card().clock in ("0:01", "0:00")
    qtbot.waitUntil(lambda: session_show.audience.card().clock.startswith("+"), timeout=5000)
    qtbot.wait(2200)  # after the flash
    session_show.refresh()
    assert session_show.audience.card().clock_colour == "#f04040"


def test_marked_slide_can_be_recalled_from_the_grid_and_dismissed_with_R(session_show, qtbot):
    session_show.runner.start()
    qtbot.keyClick(session_show.console, Qt.Key_M)
    qtbot.waitUntil(lambda: session_show.runner.snapshot().kind == "qa", timeout=5000)
    qtbot.keyClick(session_show.console, Qt.Key_G)
    grid = session_show.console.side_stack.currentWidget()
    assert grid.item(0).text().startswith("★")
    qtbot.keyClick(session_show.console, Qt.Key_Return)
    assert session_show.audience.mode == "slide"
    assert session_show.runner.snapshot().kind == "qa"  # Enter recalled and did nothing else
    qtbot.keyClick(session_show.console, Qt.Key_R)
    assert card_title(session_show) == "Preguntas y respuestas"


def test_B_blacks_out_a_card_too(session_show, qtbot):
    qtbot.keyClick(session_show.console, Qt.Key_B)
    assert session_show.audience.mode == "black"
    qtbot.keyClick(session_show.console, Qt.Key_B)
    assert session_show.audience.mode == "card"


def test_running_order_lists_every_segment(session_show):
    assert session_show.console.order.rowCount() == 3
    assert "FAMSI" in session_show.console.order.item(0, 0).text()


def test_countdown_text_counts_overtime_up_with_a_plus():
    assert countdown_text(300) == "5:00"
    assert countdown_text(0.4) == "0:01"
    assert countdown_text(-12.2) == "+0:12"
