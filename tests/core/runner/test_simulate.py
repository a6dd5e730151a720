"""The forecast: Session Two played many times by the simulated room on the real runner.

Targets of issue #9, measured over 300 seeded runs (deterministic; no clock but a fake one):
median end within ±5 s of the budget; the commentator always gets 5:00; no auto Q&A below its
minimum; with moderators 30 s over on average, median within ±15 s. The issue's p95 ≤ +45 s is
not reachable under this model by any solver that aims at the budget: the last Q&A's ±30 s,
the commentator's 20–90 s walk and ±15 s all come after the last decision, and a solver told
the true means still ends at about +46 s at p95; this one reaches +52 s (from +104 s).
"""

import pytest

from pechakucha.core.runner.simulate import (
    OperatorModel,
    simulate,
    summarise,
    without_changeovers,
)
from pechakucha.core.session.model import Segment, Session
from tests.core.sessions import load_session_two

RUNS, SEED = 300, 1


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    """Session Two (loaded once)."""
    return load_session_two(tmp_path_factory.mktemp("two"))


def test_following_the_console_the_session_ends_on_its_budget(session):
    """Q&As ended at zero ± 30 s: median within ±5 s, p95 at least 40 s better than the solver
    without changeovers, commentary always 5:00, no auto Q&A under its minimum."""
    after = summarise(session, simulate(session, RUNS, seed=SEED))
    before = summarise(
        session, simulate(without_changeovers(session), RUNS, seed=SEED, learn=False)
    )
    assert abs(after.p50) <= 5
    assert after.p95 <= 55 and after.p95 <= before.p95 - 40
    assert before.p50 > 45  # the changeover before the commentary was never planned
    assert after.within_30 > 0.6 > before.within_30
    assert after.commentary_short == 0 and after.qa_below_minimum == 0


def test_with_moderators_running_30_s_over_the_median_stays_within_15_s(session):
    """The room learns the overrun from the first two Q&As and leaves room in the last."""
    model = OperatorModel(qa_overrun=30.0)
    after = summarise(session, simulate(session, RUNS, model, seed=SEED))
    assert abs(after.p50) <= 15
    assert after.commentary_short == 0 and after.qa_below_minimum == 0


def test_the_same_seed_gives_the_same_runs(session):
    """--seed makes the forecast repeatable; another seed gives other runs."""
    first = simulate(session, 5, seed=7)
    assert simulate(session, 5, seed=7) == first
    assert simulate(session, 5, seed=8) != first


def test_a_squeezed_session_holds_qas_at_their_minimum_and_keeps_the_commentary():
    """25:00 for two talks, two auto Q&As of at least 5:00 and a 5:00 commentary, with slow
    changeovers: the Q&As end up at their minimum, never below; the commentary keeps 5:00."""
    session = Session(
        budget=1500.0,
        segments=[
            Segment("talk", deck=None),
            Segment("qa", auto=True, minimum=300.0),
            Segment("talk", deck=None),
            Segment("qa", auto=True, minimum=300.0),
            Segment("commentary", duration=300.0),
        ],
    )
    model = OperatorModel(changeover=(100.0, 200.0), hold_chance=0.0)
    forecast = summarise(session, simulate(session, 20, model, seed=3))
    assert forecast.qa_at_minimum > 0 and forecast.qa_below_minimum == 0
    assert forecast.commentary_short == 0 and forecast.p50 > 0
