"""`pechakucha plan` and the plan part of `pechakucha check`, through the real command line."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import write_numbered_pdf

ROOT = Path(__file__).resolve().parents[2]
SESSION_TWO = ROOT / "decks" / "session-two.toml"

TIGHT = """\
[session]
title = "Too much"
budget = "10:00"

[[segment]]
kind = "talk"
deck = "talk.pdf"

[[segment]]
kind = "commentary"
duration = "5:00"

[[segment]]
kind = "qa"
minimum = "5:00"

[[segment]]
kind = "talk"
deck = "talk.pdf"
"""


def run(*args: str) -> subprocess.CompletedProcess:
    """Run `python -m pechakucha ARGS` in English."""
    return subprocess.run(
        [sys.executable, "-m", "pechakucha", *map(str, args), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def tight(tmp_path):
    """Two talks and a 5:00 commentary (18:20 of fixed parts) in a 10:00 budget, a Q&A after
    the commentary: a plan with three problems, and a ready deck."""
    write_numbered_pdf(tmp_path / "talk.pdf", slides=20)
    path = tmp_path / "tight.toml"
    path.write_text(TIGHT, encoding="utf-8")
    return path


def test_plan_prints_the_running_order_with_start_times(tmp_path):
    """Session Two from 18:30 with 0:30 changeovers: talk 1 at 18:32:30, the end at 20:00."""
    folder = tmp_path / "two"
    shutil.copytree(ROOT / "decks", folder)
    text = (folder / "session-two.toml").read_text(encoding="utf-8")
    text = text.replace('format = "pechakucha"', 'format = "pechakucha"\nchangeover = "0:30"')
    text = text.replace('# planned_start = "18:30"', 'planned_start = "18:30"')
    (folder / "session-two.toml").write_text(text, encoding="utf-8")
    result = run("plan", folder / "session-two.toml")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "plan fits its budget of 90:00" in lines[0]
    talk = next(line for line in lines if "Diputación de Barcelona" in line)
    assert talk.split()[-2:] == ["0:30", "18:32:30"]
    assert lines[-1].split()[-2:] == ["0:00", "20:00:00"]


def test_plan_simulate_gives_the_forecast_before_and_after(tmp_path):
    """300 seeded runs: this plan's median and p95, and the solver without changeovers."""
    result = run("plan", SESSION_TWO, "--simulate", "300", "--seed", "1")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Forecast: 300 runs, seed 1." in out
    assert "changeovers 20–90 s" in out and "zero ± 30 s" in out
    after = next(line for line in out.splitlines() if "this plan" in line).split()
    before = next(line for line in out.splitlines() if "without changeovers" in line).split()
    assert after[2:4] == ["+0:00", "+0:52"]
    assert before[4:6] == ["+0:54", "+1:44"]
    assert "Commentary short of its time in 0 runs" in out
    again = run("plan", SESSION_TWO, "--simulate", "300", "--seed", "1")
    assert again.stdout == out


def test_plan_of_a_tight_session_names_each_problem_and_exits_1(tight):
    """One sentence per problem, naming the file."""
    result = run("plan", tight)
    assert result.returncode == 1
    out = result.stdout
    assert f"{tight}: the fixed parts alone (18:20) exceed the budget (10:00)." in out
    assert "less than its minimum" in out
    assert "the commentary (segment 2) is not the last part before the closing" in out


def test_plan_of_an_unreadable_session_is_one_sentence_and_exit_2(tmp_path):
    """No traceback."""
    broken = tmp_path / "broken.toml"
    broken.write_text("[session\n", encoding="utf-8")
    result = run("plan", broken)
    assert result.returncode == 2
    assert "broken.toml" in result.stderr and "Traceback" not in result.stderr


def test_plan_rejects_a_bad_operator_model_range():
    """--changeover 90-20 is a usage error."""
    result = run("plan", SESSION_TWO, "--simulate", "10", "--changeover", "90-20")
    assert result.returncode == 2 and "LOW <= HIGH" in result.stderr


def test_check_of_a_session_adds_its_plan_and_fails_on_plan_problems(tight):
    """The deck is ready, the plan is not: exit 1, the problems after the decks."""
    result = run("check", tight)
    assert result.returncode == 1, result.stdout
    assert "ready, 20 slides" in result.stdout
    assert "plan has 3 problems" in result.stdout


def test_check_json_has_the_decks_unchanged_and_a_plan_object(tight):
    """ "decks" as before (the deck both talks use is checked once); "plan": status, and per
    session its problems and segments."""
    data = json.loads(run("check", tight, "--json").stdout)
    assert [d["status"] for d in data["decks"]] == ["ready"]
    plan = data["plan"]
    assert plan["status"] == "problems"
    (session,) = plan["sessions"]
    assert [p["code"] for p in session["problems"]] == [
        "fixed_over_budget",
        "auto_below_minimum",
        "commentary_not_last",
    ]
    assert [s["kind"] for s in session["segments"]] == ["talk", "commentary", "qa", "talk"]
    assert session["segments"][1]["planned"] == 300


def test_check_of_session_two_shows_a_sound_plan_and_exits_0():
    """The sample's plan fits; decks alone give no "plan" object."""
    result = run("check", SESSION_TWO)
    assert result.returncode == 0 and "plan fits its budget of 90:00" in result.stdout
    decks_only = json.loads(run("check", ROOT / "decks" / "barcelona.pdf", "--json").stdout)
    assert "plan" not in decks_only
