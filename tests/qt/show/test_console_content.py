"""What the console says, state by state on Session Two: the same numbers as the projector,
figures that add up, the running order in view, what comes next, the report over the console."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from pechakucha.core.durations import parse_duration
from pechakucha.core.session.read import load_session
from pechakucha.qt.app.i18n import install_translator
from pechakucha.qt.show.cards import card_for, closing_card, up_next_card
from pechakucha.qt.show.session_console import projected_lead
from tests.qt.show.console_states import (
    COMMENTARY,
    SESSION_TWO,
    make_console_show,
    walk_states,
)


@pytest.fixture
def show(qtbot, tmp_path):
    made = make_console_show(tmp_path)
    qtbot.addWidget(made.console)
    qtbot.addWidget(made.audience)
    made.console.resize(1280, 800)
    made.console.show()
    yield made
    made.close()


def seconds(text: str) -> float:
    """A running-order figure as seconds ("+0:20" of overtime is negative left)."""
    text = text.split(" (")[0]
    return -parse_duration(text[1:]) if text.startswith("+") else parse_duration(text)


def test_console_and_projector_show_the_same_countdown_at_the_same_instant(show):
    compared = 0
    for _state in walk_states(show):
        card = show.audience.card()
        if card is not None and card.clock and show.runner.phase != "done":
            assert show.console.ring.text() == card.clock
            compared += 1
    assert compared >= 5


def test_actual_plus_left_is_planned_for_the_current_row_in_every_state(show):
    checked = 0
    for _state in walk_states(show):
        row = show.runner.index
        if row >= show.console.order.rowCount():
            continue
        planned, actual, left = (show.console.order.item(row, c).text() for c in (1, 2, 3))
        if left:
            assert seconds(actual) + seconds(left) == seconds(planned)
            checked += 1
    assert checked >= 6


def test_the_running_order_keeps_the_current_row_in_view(show):
    table = show.console.order
    for state in walk_states(show):
        row = min(show.runner.index, table.rowCount() - 1)
        if state != "report":
            rect = table.visualItemRect(table.item(row, 0))
            assert table.viewport().rect().contains(rect), state


def test_the_ahead_figure_agrees_with_the_projected_end_and_moves_in_an_overrun(show):
    for state in walk_states(show):
        if state == "commentary_overtime":
            before = projected_lead(show.runner.snapshot())
            show.clock.advance(10)
            after = projected_lead(show.runner.snapshot())
            snapshot = show.runner.snapshot()
            end_vs_budget = snapshot.budget_remaining - snapshot.projected_end_in
            break
    assert after == pytest.approx(before - 10)
    assert after == pytest.approx(end_vs_budget)


def test_the_report_takes_the_whole_console(show):
    for state in walk_states(show):
        if state == "report":
            break
    panel = show.console.main_stack.currentWidget()
    assert not show.console.order.isVisible()
    assert panel.table.isVisible()
    assert panel.table.width() > 0.9 * show.console.width()
    assert "…" not in "".join(panel.table.item(r, 0).text() for r in range(panel.table.rowCount()))


def test_during_the_last_QA_the_next_pane_shows_the_synthesis_card(show):
    runner = show.runner
    while runner.index < COMMENTARY - 1:
        runner.next_segment()
    runner.start()
    show.controller.refresh()
    QApplication.processEvents()
    assert runner.snapshot().kind == "qa"
    pane = show.console.next_pane
    assert pane.currentWidget() is pane.card_view
    assert pane.card_view.card().title == "Síntesis"
    assert pane.card_view.card().clock == "5:00"


def test_the_current_pane_mirrors_the_projector_card(show):
    for state in walk_states(show):
        pane = show.console.current_pane
        if state in ("qa", "commentary", "closing", "up_next"):
            assert pane.currentWidget() is pane.card_view
            assert pane.card_view.card() == card_for(
                show.runner.snapshot(), show.controller.session
            )


def test_spanish_console_names_the_QA_in_spanish(qapp, tmp_path):
    install_translator("es")
    made = make_console_show(tmp_path)
    try:
        for state in walk_states(made):
            if state == "qa":
                break
        caption = made.console.current_caption.full_text()
        assert caption == QCoreApplication.translate("session", "Q&A") != "Q&A"
    finally:
        made.close()
        install_translator("en")


def test_the_closing_card_is_the_organisers_own_card():
    session = load_session(SESSION_TWO).session
    card = closing_card(session)
    assert (card.title, card.subtitle) == ("Gracias", "Fin de la Sesión Dos")
    session.segments.pop()
    assert closing_card(session).subtitle == "Thank you"


def test_the_synthesis_up_next_card_uses_its_own_title():
    session = load_session(SESSION_TWO).session
    assert up_next_card(session.segments[COMMENTARY]).subtitle == "Síntesis"


def test_spanish_report_roles_and_decimals_are_spanish(qapp):
    from pechakucha.core.formats import make_format
    from pechakucha.core.session.model import one_talk_session
    from pechakucha.qt.show.report_panel import role_text
    from pechakucha.qt.show.session_console import format_line

    install_translator("es")
    try:
        assert role_text("talk") == QCoreApplication.translate("session", "Talk") != "Talk"
        deck = one_talk_session(
            SESSION_TWO.parent / "barcelona.pdf", make_format("pechakucha", 20, 7.5)
        )
        assert "7,5" in format_line(deck)[0]
    finally:
        install_translator("en")
    assert "7.5" in format_line(deck)[0]
