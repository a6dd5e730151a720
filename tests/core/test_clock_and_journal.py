"""Clocks and the JSON-lines journal."""

import json

import pytest

from pechakucha.core.clock import FakeClock, MonotonicClock
from pechakucha.core.journal import Journal, read_journal


def test_FakeClock_advance_moves_time_and_refuses_to_go_back():
    clock = FakeClock(10.0)
    assert clock.advance(2.5) == 12.5
    with pytest.raises(ValueError):
        clock.advance(-1)


def test_MonotonicClock_never_goes_backwards():
    clock = MonotonicClock()
    readings = [clock.now() for _ in range(1000)]
    assert readings == sorted(readings)


def test_Journal_writes_each_event_as_a_flushed_json_line(tmp_path):
    path = tmp_path / "log" / "journal.jsonl"
    journal = Journal(path)
    journal.write("start", 1.0)
    journal.write("advance", 21.0, slide=2, due=21.0, shown=21.004)
    # Read before closing: every line must already be on disk.
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["event"] for line in lines] == ["start", "advance"]
    assert json.loads(lines[1])["shown"] == 21.004
    journal.close()


def test_read_journal_skips_a_torn_last_line(tmp_path):
    path = tmp_path / "j.jsonl"
    path.write_text('{"event": "start", "t": 1}\n{"event": "adv', encoding="utf-8")
    assert read_journal(path) == [{"event": "start", "t": 1}]
