"""The report after the session: planned vs actual per segment and per speaker, CSV and JSON."""

import csv
import datetime as dt
import json

import pytest

from pechakucha.core.clock import FakeClock
from pechakucha.core.journal import Journal, read_journal
from pechakucha.core.runner.report import report_files, session_report
from pechakucha.core.runner.runner import SessionRunner
from tests.core.sessions import (
    COMMENTARY,
    QA,
    QA1,
    QA2,
    TALK,
    TALK1,
    TALK2,
    TALK3,
    WALL_EPOCH,
    fake_wall,
    load_session_two,
    run_talk,
)


@pytest.fixture
def finished(tmp_path):
    """Session Two run with a journal: Q&A 1 two minutes over, 45 s changeover before talk 2,
    a 1:00 hold in talk 3, commentary 5:20. Returns (runner, journal path)."""
    clock = FakeClock(1000.0)
    path = tmp_path / "journal.jsonl"
    runner = SessionRunner(load_session_two(tmp_path), clock, Journal(path, fake_wall(clock)))
    runner.start()
    clock.advance(120)
    runner.next_segment()
    for qa_seconds, changeover, hold in ((QA + 120, 45, 0), (QA - 60, 0, 0), (QA - 60, 0, 60)):
        runner.start()
        if hold:
            clock.advance(100)
            runner.hold()
            clock.advance(hold)
            runner.release()
        run_talk(runner, clock)
        clock.advance(qa_seconds)
        runner.next_segment()
        clock.advance(changeover)
    runner.start()
    clock.advance(320)
    runner.next_segment()
    runner.next_segment()
    runner.journal.close()
    return runner, path


def test_report_rows_planned_vs_actual_changeover_and_holds(finished):
    """Each segment's plan, allotment and actual time; the gap before talk 2; the hold."""
    runner, _ = finished
    report = session_report(runner)
    rows = report.rows
    assert [r.status for r in rows] == ["done"] * 9
    assert (rows[QA1].planned, rows[QA1].allotted, rows[QA1].actual) == (QA, QA, QA + 120)
    assert rows[QA1].difference == 120
    assert rows[TALK2].changeover == 45
    # the changeover came out of the Q&As, and the two still to come (talk 3, commentary) are
    # reserved at the mean seen so far: (0 s before talk 1 + 45 s before talk 2) / 2
    assert rows[QA2].allotted == QA - 60 - 45 / 2 - 2 * 22.5 / 2
    assert (rows[TALK3].held, rows[TALK3].actual) == (60, TALK)
    assert rows[COMMENTARY].difference == 20
    assert report.hold_total == 60 and report.planned_total == 5400
    assert report.elapsed == runner.session_elapsed()


def test_report_per_speaker_sums_talk_and_qa_overrun(finished):
    """Per speaker: talk, the Q&A after it, the changeover before it, what ran over."""
    runner, _ = finished
    speakers = session_report(runner).speakers
    assert [s.role for s in speakers] == ["talk", "talk", "talk", "commentary"]
    first = speakers[0]
    assert first.speaker == "Ponente de la Diputación de Barcelona"
    assert (first.actual, first.qa_allotted, first.qa_actual, first.overrun) == (
        TALK, QA, QA + 120, 120,
    )  # fmt: skip
    assert speakers[1].changeover == 45 and speakers[1].organisation.startswith("FAMSI")
    assert speakers[3].overrun == 20 and speakers[3].qa_actual is None


def test_report_from_the_journal_alone_matches_the_runner(finished):
    """After a crash or in another tool, the journal gives the same report."""
    runner, path = finished
    from_runner = session_report(runner).to_dict()
    from_journal = session_report(read_journal(path)).to_dict()
    assert from_journal == from_runner


def test_report_of_a_session_under_way_marks_running_and_not_run(tmp_path):
    """Mid-session: the current segment counts so far; later ones have not run."""
    clock = FakeClock(0.0)
    runner = SessionRunner(load_session_two(tmp_path), clock)
    runner.start()
    clock.advance(30)
    rows = session_report(runner).rows
    assert (rows[0].status, rows[0].actual) == ("running", 30)
    assert rows[TALK1].status == "not_run" and rows[TALK1].actual is None


def test_to_csv_writes_one_row_per_segment_and_per_speaker(finished, tmp_path):
    """CSV for spreadsheets: a header, then seconds rounded to milliseconds."""
    runner, _ = finished
    report = session_report(runner)
    report.to_csv(tmp_path / "segments.csv")
    report.to_csv(tmp_path / "speakers.csv", table="speakers")
    with (tmp_path / "segments.csv").open(encoding="utf-8") as handle:
        segments = list(csv.DictReader(handle))
    assert len(segments) == 9
    assert segments[QA1]["kind"] == "qa" and float(segments[QA1]["actual"]) == QA + 120
    assert segments[TALK2]["label"].startswith("FAMSI") and segments[TALK2]["changeover"] == "45.0"
    with (tmp_path / "speakers.csv").open(encoding="utf-8") as handle:
        speakers = list(csv.DictReader(handle))
    assert [s["role"] for s in speakers] == ["talk", "talk", "talk", "commentary"]
    assert float(speakers[0]["overrun"]) == 120


def test_to_json_writes_the_whole_report(finished, tmp_path):
    """JSON: title, budget, totals, rows and speakers."""
    runner, _ = finished
    session_report(runner).to_json(tmp_path / "report.json")
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert data["title"].startswith("Sesión Dos")
    assert (data["budget"], data["hold_total"]) == (5400, 60)
    assert len(data["rows"]) == 9 and len(data["speakers"]) == 4
    assert data["rows"][TALK3]["held"] == 60
    assert not list(tmp_path.glob("*.tmp"))


def test_a_journal_without_a_session_has_no_report():
    """A journal that never opened a session is an error, not an empty report."""
    with pytest.raises(ValueError, match="no session"):
        session_report([{"event": "start", "t": 0}])


def test_report_names_the_date_format_and_planned_changeovers(finished):
    """Date of the session's start (from the journal), its format, each row's planned gap."""
    runner, path = finished
    report = session_report(runner)
    expected = dt.datetime.fromtimestamp(WALL_EPOCH + 1000.0).strftime("%Y-%m-%d %H:%M")
    assert report.date == expected and report.format == "pechakucha, 20 × 20 s"
    assert {row.planned_changeover for row in report.rows} == {0.0}
    from_journal = session_report(read_journal(path))
    assert (from_journal.date, from_journal.format) == (report.date, report.format)


def test_pauses_and_holds_never_count_as_overrun(tmp_path):
    """A talk paused 0:30 and held 1:00, a Q&A paused 1:00 that ended at its countdown's zero:
    nobody overran, though each took longer on the wall clock."""
    clock = FakeClock(0.0)
    runner = SessionRunner(load_session_two(tmp_path), clock)
    runner.start()
    clock.advance(120)
    runner.next_segment()
    runner.start()
    clock.advance(50)
    runner.pause()
    clock.advance(30)
    runner.resume()
    runner.hold()
    clock.advance(60)
    runner.release()
    run_talk(runner, clock)
    runner.pause()
    clock.advance(60)
    runner.resume()
    clock.advance(runner.snapshot().remaining)
    runner.next_segment()
    rows = session_report(runner).rows
    assert (rows[TALK1].actual, rows[TALK1].paused, rows[TALK1].held) == (TALK + 30, 30, 60)
    assert rows[TALK1].difference == 0 and rows[QA1].difference == 0
    assert rows[QA1].actual == rows[QA1].allotted + 60
    assert session_report(runner).speakers[0].overrun == 0


def test_report_files_carry_the_date_and_time_and_never_overwrite(finished, tmp_path):
    """Two reports in the same second: the second gets its own numbered names."""
    runner, _ = finished
    report = session_report(runner)
    when = dt.datetime(2026, 5, 14, 20, 1, 30)
    first = report_files(tmp_path, "session-two", when)
    assert first.json.name == "session-two-2026-05-14_20-01-30-report.json"
    report.save(first)
    assert all(path.exists() for path in (first.json, first.segments, first.speakers))
    second = report_files(tmp_path, "session-two", when)
    assert second.json.name == "session-two-2026-05-14_20-01-30-2-report.json"
    assert second.pdf.name == "session-two-2026-05-14_20-01-30-2-report.pdf"
