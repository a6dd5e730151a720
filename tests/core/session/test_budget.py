"""Planning the budget: fixed parts, auto Q&A shares with minima, the protected commentary."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pechakucha.core.formats import IGNITE
from pechakucha.core.session.budget import (
    Expectations,
    allocate,
    budget_problems,
    fixed_seconds,
    fixed_total,
    plan_coming,
    plan_warnings,
    planned_changeovers,
    planned_durations,
    share_pool,
    waits_for_operator,
)
from pechakucha.core.session.model import Segment, Session
from tests.core.sessions import COMMENTARY, QA, QA1, QA2, QA3, TALK, load_session_two


@pytest.fixture
def session(tmp_path):
    """Session Two."""
    return load_session_two(tmp_path)


def test_fixed_seconds_of_each_kind(session):
    """Talks take their format, the commentary its duration, a card 0 or its duration;
    an auto Q&A has no fixed length."""
    kinds = {s.kind: fixed_seconds(session, s) for s in session.segments if not s.is_auto_qa}
    assert kinds == {"card": 0.0, "talk": TALK, "commentary": 300.0}
    assert fixed_seconds(session, session.segments[QA1]) is None
    assert fixed_seconds(session, Segment("qa", duration=240.0)) == 240.0
    assert fixed_seconds(session, Segment("talk", format=IGNITE)) == 300.0


def test_planned_durations_of_session_two_fill_90_minutes(session):
    """2:00 welcome + 3 × (6:40 talk + 21:00 Q&A) + 5:00 commentary + closing card = 90:00."""
    assert planned_durations(session) == [120.0, TALK, QA, TALK, QA, TALK, QA, 300.0, 0.0]
    assert sum(planned_durations(session)) == session.budget == 5400.0
    assert fixed_total(session) == 120.0 + 3 * TALK + 300.0


def test_allocate_shrinks_later_auto_qa_equally_and_keeps_the_commentary(session):
    """Six minutes late at the second talk: the two Q&As left lose three minutes each."""
    left = 5400.0 - (120.0 + TALK + QA + 360.0)
    plan = allocate(session, QA2 - 1, left)
    assert plan == [TALK, QA - 180.0, TALK, QA - 180.0, 300.0, 0.0]
    assert plan[COMMENTARY - (QA2 - 1)] == 300.0


def test_allocate_never_goes_below_the_minimum(session):
    """Far behind, the auto Q&As get their 5:00 minimum and the plan overruns the budget."""
    plan = allocate(session, QA3, 60.0)
    assert plan == [300.0, 300.0, 0.0]


@pytest.mark.parametrize(
    ("pool", "minima", "shares"),
    [
        (900.0, [300.0, 300.0], [450.0, 450.0]),
        (400.0, [300.0, 300.0], [300.0, 300.0]),
        (-50.0, [0.0, 0.0], [0.0, 0.0]),
        (1200.0, [600.0, 0.0, 0.0], [600.0, 300.0, 300.0]),
        (1200.0, [100.0, 0.0], [600.0, 600.0]),
        (10.0, [], []),
    ],
)
def test_share_pool_equal_shares_with_minima(pool, minima, shares):
    """Equal shares; a Q&A whose minimum is above the share gets it, the rest share the rest."""
    assert share_pool(pool, minima) == pytest.approx(shares)


@given(
    st.floats(min_value=-1e5, max_value=1e5),
    st.lists(st.floats(min_value=0, max_value=1e4), max_size=8),
)
def test_share_pool_respects_minima_and_uses_the_pool_when_it_can(pool, minima):
    """Never below a minimum; and all of the pool is used whenever it covers the minima."""
    shares = share_pool(pool, minima)
    assert len(shares) == len(minima)
    assert all(s >= m - 1e-9 for s, m in zip(shares, minima, strict=True))
    if minima and pool >= sum(minima):
        assert sum(shares) == pytest.approx(pool, rel=1e-9, abs=1e-6)


def test_plan_warnings_none_for_session_two(session):
    """The real programme fits its budget."""
    assert plan_warnings(session, "two.toml") == []


def test_plan_warnings_fixed_parts_over_budget_and_qa_below_minimum():
    """A budget too small for the talks warns twice, naming the file."""
    session = Session(
        budget=600.0,
        segments=[Segment("talk"), Segment("qa", auto=True, minimum=300.0), Segment("talk")],
    )
    warnings = plan_warnings(session, "tight.toml")
    assert len(warnings) == 2
    assert all(w.startswith("tight.toml: ") for w in warnings)
    assert "13:20" in warnings[0] and "10:00" in warnings[0]
    assert "minimum" in warnings[1] and "5:00" in warnings[1]


def test_plan_warnings_auto_qa_below_minimum_only():
    """Fixed parts fit, but not with the Q&A minima on top."""
    session = Session(
        budget=1000.0,
        segments=[Segment("talk"), Segment("qa", auto=True, minimum=700.0)],
    )
    (warning,) = plan_warnings(session, "s.toml")
    assert "10:00 is left for 1 automatic Q&A that need at least 11:40" in warning


def _with_changeover(session, seconds):
    session.changeover = seconds
    return session


def test_changeovers_are_planned_before_each_segment_that_waits_for_f5(session):
    """Talks and the commentary wait for F5; cards and a Q&A right after its talk start at
    once. With 0:30 written, four changeovers (2:00) come out of the three Q&As."""
    _with_changeover(session, 30.0)
    waits = [waits_for_operator(session, i) for i in range(len(session.segments))]
    assert waits == [False, True, False, True, False, True, False, True, False]
    assert planned_changeovers(session) == [0, 30, 0, 30, 0, 30, 0, 30, 0]
    assert planned_durations(session)[QA1] == QA - 40.0
    assert sum(planned_durations(session)) + 120.0 == session.budget


def test_a_segment_changeover_overrides_the_session_one(session):
    """The commentator needs 1:30 to reach the stage; the rest 0:30."""
    _with_changeover(session, 30.0)
    session.segments[COMMENTARY].changeover = 90.0
    assert planned_changeovers(session)[COMMENTARY] == 90.0
    assert planned_durations(session)[QA1] == QA - 60.0


def test_expected_overruns_and_longer_changeovers_come_out_of_the_auto_qas(session):
    """At Q&A 3's start with 27:30 left: the 0:50 changeover before the commentary and the
    room's habit of running 0:20 over leave the Q&A 21:20 - commentary 5:00 untouched."""
    expect = Expectations(changeover_shift=50.0, qa_overrun=20.0)
    plan = plan_coming(session, QA3, 1650.0, expect, first_gap=0.0)
    assert plan.changeovers == [0.0, 50.0, 0.0]
    assert plan.overruns == [20.0, 0.0, 0.0]
    assert plan.lengths == [1650.0 - 300.0 - 50.0 - 20.0, 300.0, 0.0]
    assert plan.total == 1650.0


def test_expectations_never_push_an_auto_qa_below_its_minimum(session):
    """Far behind, a learned overrun cannot take the Q&A under 5:00 nor touch the commentary."""
    plan = plan_coming(session, QA3, 500.0, Expectations(60.0, 60.0), first_gap=0.0)
    assert plan.lengths == [300.0, 300.0, 0.0]


def test_budget_problems_count_changeovers():
    """Two talks and a 5:00 commentary fit 19:00 alone, not with three 0:30 changeovers."""
    session = Session(
        budget=1140.0,
        changeover=30.0,
        segments=[Segment("talk"), Segment("talk"), Segment("commentary", duration=300.0)],
    )
    (problem,) = budget_problems(session)
    assert problem.code == "fixed_and_changeovers_over_budget"
    assert problem.text("s.toml") == (
        "s.toml: the fixed parts (18:20) and the changeovers (1:00) exceed the budget (19:00)."
    )
