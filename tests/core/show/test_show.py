"""The core show: typed commands, one journal writer, what survives a crash, the resume
question and its two answers. Fake monotonic clock; real journal files."""

from __future__ import annotations

import ast
import time
from pathlib import Path

import pytest

from pechakucha.core.clock import FakeClock
from pechakucha.core.journal import read_journal
from pechakucha.core.show.commands import Command, Notice
from pechakucha.core.show.opening import Opening, Resume, ResumeQuestion, open_show
from tests.core.sessions import COMMENTARY, QA1, TALK1, load_session_two

ROOT = Path(__file__).resolve().parents[3]
SLIDE = 20.0


def start_talk_one(show, clock):
    """Welcome card, then talk 1 started."""
    show.do(Command.START)
    clock.advance(10)
    show.do(Command.NEXT)
    show.do(Command.START)
    assert show.runner.index == TALK1


def crash(show):
    """The app dies: the journal's file is left as it is (what the writer put on disk)."""
    assert show.journal.drain(5.0)
    show.journal.close()


def reopen(session, path, answer=Resume.CLOCK, later=0.0, manual=False):
    """Start the app again on the crashed run's journal; `later` seconds after the crash."""
    asked: list[ResumeQuestion] = []

    def ask(question):
        asked.append(question)
        return answer

    opening = Opening(session, FakeClock(5000.0), None, (path, read_journal(path)), manual=manual)
    show = open_show(opening, ask, now_wall=lambda: time.time() + later)
    return show, asked


@pytest.fixture
def session(tmp_path):
    return load_session_two(tmp_path)


@pytest.fixture
def started(session, tmp_path):
    """A show on a journal file, talk 1 running."""
    clock = FakeClock()
    path = tmp_path / "run.jsonl"
    show = open_show(Opening(session, clock, path), lambda _q: Resume.NO)
    start_talk_one(show, clock)
    return show, clock, path


@pytest.mark.parametrize("command, colour", [(Command.BLACK, "black"), (Command.WHITE, "white")])
def test_a_blackout_or_white_screen_survives_a_crash(session, started, command, colour):
    show, clock, path = started
    show.do(command)
    clock.advance(5)
    crash(show)
    resumed, _ = reopen(session, path)
    assert resumed.cover == colour
    resumed.journal.close()


def test_uncovering_before_the_crash_leaves_the_projector_uncovered(session, started):
    show, _clock, path = started
    show.do(Command.BLACK)
    show.do(Command.BLACK)
    crash(show)
    resumed, _ = reopen(session, path)
    assert resumed.cover is None
    resumed.journal.close()


def test_a_manual_jump_survives_a_crash(session, tmp_path):
    clock = FakeClock()
    path = tmp_path / "run.jsonl"
    show = open_show(Opening(session, clock, path, manual=True), lambda _q: Resume.NO)
    start_talk_one(show, clock)
    clock.advance(SLIDE * 5 + 3)  # slide 6
    assert show.do(Command.PREVIOUS).done  # back to slide 5, its clock restarts
    assert show.runner.schedule.slide_at(clock.now()) == 4
    crash(show)  # right after the jump (the journal's last line is where the run stopped)
    resumed, _ = reopen(session, path, Resume.SLIDE)
    assert resumed.runner.schedule.slide_at(resumed.now) == 4
    assert resumed.runner.schedule.slide_remaining(resumed.now) == pytest.approx(SLIDE, 0.01)
    resumed.journal.close()


def test_a_screen_swap_and_the_progress_bar_survive_a_crash(session, started):
    show, _clock, path = started
    assert show.do(Command.SWAP).notice is Notice.AGAIN_TO_SWAP  # one press only asks
    assert not show.swapped
    show.do(Command.SWAP)
    show.do(Command.PROGRESS)
    crash(show)
    resumed, _ = reopen(session, path)
    assert resumed.swapped and resumed.show_progress
    resumed.journal.close()


def test_the_resume_question_names_segment_slide_and_downtime(session, started):
    show, clock, path = started
    clock.advance(SLIDE * 4 + 5.8)  # 5.8 s into slide 5
    show.snapshot()
    crash(show)
    resumed, asked = reopen(session, path, Resume.CLOCK, later=33.0)
    assert len(asked) == 1
    question = asked[0]
    assert question.segment == session.segments[TALK1].label and question.kind == "talk"
    assert question.slide == 5
    assert question.downtime == pytest.approx(33.0, abs=1.0)
    resumed.journal.close()


def test_continue_where_the_clock_is_keeps_the_session_end(session, started):
    show, clock, path = started
    clock.advance(SLIDE * 4 + 5.8)
    show.snapshot()
    end_before = show.runner.snapshot().projected_end_in
    crash(show)
    resumed, _ = reopen(session, path, Resume.CLOCK, later=33.0)
    snapshot = resumed.runner.snapshot()
    assert snapshot.slide == 5  # (from 0) 5.8 + 33 s later: slide 6, most of 5 never seen
    assert snapshot.projected_end_in == pytest.approx(end_before - 33.0, abs=1.5)
    resumed.journal.close()


def test_resume_the_slide_goes_on_where_it_stopped_and_the_qas_absorb_the_downtime(
    session, started
):
    show, clock, path = started
    clock.advance(SLIDE * 4 + 5.8)
    before = show.snapshot()  # the app's ticker journals slide 5 (the run's last line)
    crash(show)
    resumed, _ = reopen(session, path, Resume.SLIDE, later=33.0)
    after = resumed.runner.snapshot()
    assert after.slide == before.slide == 4
    assert resumed.runner.schedule.slide_remaining(resumed.now) == pytest.approx(
        SLIDE - 5.8, abs=1.0
    )
    assert after.session_elapsed == pytest.approx(before.session_elapsed + 33.0, abs=1.5)
    qa_share = after.auto_allocations.get(QA1, 0.0) - before.auto_allocations.get(QA1, 0.0)
    assert qa_share == pytest.approx(-33.0 / 3, abs=1.5)  # three Q&As share the downtime
    commentary = next(r for r in after.rows if r.index == COMMENTARY)
    assert commentary.allotted == session.segments[COMMENTARY].duration
    assert resumed.journal.drain(5.0)
    recovered = [e for e in read_journal(path) if e["event"] == "recovered"]
    assert recovered[-1]["resume"] == "slide"
    assert recovered[-1]["downtime"] == pytest.approx(33.0, abs=1.0)
    resumed.journal.close()


def test_only_the_core_show_opens_a_journal_for_writing():
    """No module of the app but core/show/ makes a Journal; none but the show (and the
    runner's event log, which the show owns) writes one."""
    makers, writers = set(), set()
    for path in (ROOT / "pechakucha").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        name = str(path.relative_to(ROOT / "pechakucha"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                if isinstance(func, ast.Name) and func.id == "Journal":
                    makers.add(name)
                if isinstance(func, ast.Attribute) and func.attr == "write":
                    target = ast.unparse(func.value)
                    if "journal" in target.lower():
                        writers.add(name)
    assert makers == {"core/show/opening.py"}
    assert writers == {"core/show/show.py", "core/runner/events.py"}
