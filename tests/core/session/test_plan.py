"""The plan before the day: start times with changeovers, and the problems `check` reports."""

import datetime as dt

import pytest

from pechakucha.core.session.model import Segment, Session
from pechakucha.core.session.plan import plan_problems, plan_rows
from tests.core.sessions import COMMENTARY, QA, TALK, TALK1, load_session_two


@pytest.fixture
def session(tmp_path):
    """Session Two."""
    return load_session_two(tmp_path)


def test_plan_rows_start_times_include_the_changeovers(session):
    """From 18:30 with 0:30 changeovers: talk 1 at 18:32:30, the commentary at 19:55:00."""
    session.planned_start = dt.time(18, 30)
    session.changeover = 30.0
    rows = plan_rows(session)
    assert [r.changeover for r in rows[:3]] == [0.0, 30.0, 0.0]
    assert rows[TALK1].start == 150.0 and rows[TALK1].clock == dt.time(18, 32, 30)
    assert rows[TALK1 + 1].planned == QA - 40.0 and rows[TALK1].planned == TALK
    assert rows[COMMENTARY].clock == dt.time(19, 55)
    assert rows[-1].start == session.budget


def test_plan_rows_without_a_planned_start_have_no_clock(session):
    """Offsets only."""
    assert {r.clock for r in plan_rows(session)} == {None}


def test_session_two_has_no_plan_problems(session):
    """The real programme is sound."""
    assert plan_problems(session) == []


def test_fixed_parts_over_budget_and_squeezed_qa_and_misplaced_commentary_and_no_deck():
    """Two talks and a 5:00 commentary in 10:00, a Q&A after the commentary, a talk with no
    deck: four problems, one sentence each, naming the file."""
    session = Session(
        budget=600.0,
        segments=[
            Segment("talk", deck=None),
            Segment("commentary", duration=300.0),
            Segment("qa", auto=True, minimum=300.0),
            Segment("talk", deck=None),
        ],
    )
    problems = plan_problems(session)
    codes = [p.code for p in problems]
    assert codes == [
        "fixed_over_budget",
        "auto_below_minimum",
        "commentary_not_last",
        "talk_without_deck",
        "talk_without_deck",
    ]
    texts = [p.text("tight.toml") for p in problems]
    assert texts[0] == "tight.toml: the fixed parts alone (18:20) exceed the budget (10:00)."
    assert texts[2] == (
        "tight.toml: the commentary (segment 2) is not the last part before the closing: "
        "segment 3 (Q&A) comes after it."
    )
    assert texts[3] == "tight.toml: the talk in segment 1 (Talk) has no deck yet."


def test_cards_may_follow_the_commentary():
    """A closing card after the commentary is the normal shape."""
    session = Session(
        budget=600.0,
        segments=[Segment("commentary", duration=300.0), Segment("card", title="Gracias")],
    )
    assert plan_problems(session) == []
