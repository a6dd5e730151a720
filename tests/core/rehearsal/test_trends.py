"""Across runs: the slides that keep running out, and which runs are compared (whole runs with
whole runs, a range with the same range, stopped runs apart) — issue 18, item 10."""

import json

from pechakucha.core.rehearsal.history import RehearsalRun, RunHistory
from pechakucha.core.rehearsal.trends import comparable_runs, slide_trends


def whole(slide16, started="2025-03-01T18:30:00", **changes):
    """A whole 20-slide run, every slide on pace but slide 16."""
    offsets = [-1.0] * 20
    offsets[15] = slide16
    return RehearsalRun("/t.pdf", started, "pechakucha", 20.0, 1, tuple(offsets), **changes)


def test_slide_trends_names_the_slide_that_ran_out_in_2_of_3_runs_by_3_s_on_average():
    """Slide 16: 2 s late, on pace, 4 s late."""
    trends = slide_trends([whole(2.0), whole(-1.0), whole(4.0)])
    assert len(trends) == 1
    assert trends[0].text == "Slide 16 ran out in 2 of 3 runs, by 3 s on average"


def test_slide_trends_puts_the_most_frequent_first_and_counts_missing_taps():
    """A slide with no tap in 2 runs comes before one late once; no amount is claimed."""
    one, two = whole(None), whole(None)
    three = RehearsalRun("/t.pdf", "x", "pechakucha", 20.0, 1, (5.0, *[-1.0] * 19))
    trends = slide_trends([one, two, three])
    assert [t.slide for t in trends] == [16, 1]
    assert trends[0].text == "Slide 16 ran out in 2 of 3 runs"
    assert trends[1].text == "Slide 1 ran out in 1 of 3 runs, by 5 s on average"


def test_comparable_keeps_partial_and_stopped_runs_apart_from_whole_runs():
    """A range from --from/--to and a run stopped with Esc never count as whole runs."""
    a, b = whole(-1.0), whole(3.0)
    drill = RehearsalRun("/t.pdf", "x", "pechakucha", 20.0, 14, (2.0, 3.0, 4.0))
    drill2 = RehearsalRun("/t.pdf", "y", "pechakucha", 20.0, 14, (1.0, 1.0, 1.0))
    other_range = RehearsalRun("/t.pdf", "z", "pechakucha", 20.0, 1, (1.0,) * 5)
    stopped = RehearsalRun("/t.pdf", "s", "pechakucha", 20.0, 1, (1.0,) * 7, finished=False)
    ignite = RehearsalRun("/t.pdf", "i", "ignite", 15.0, 1, (1.0,) * 20)
    runs = [a, drill, b, other_range, stopped, drill2, ignite]
    assert comparable_runs(runs, a) == [a, b]
    assert comparable_runs(runs, drill) == [drill, drill2]
    assert comparable_runs(runs, stopped) == [stopped]
    assert a.whole and not drill.whole and not stopped.whole and not other_range.whole


def test_a_short_deck_run_to_its_end_is_whole():
    """A 12-slide deck played from 1 to 12 is a whole run of that deck."""
    run = RehearsalRun("/t.pdf", "x", "pechakucha", 20.0, 1, (-1.0,) * 12, talk_slides=12)
    assert run.whole


def test_RunHistory_keeps_stopped_runs_and_reads_files_from_before_the_new_keys(tmp_path):
    """A stopped run round-trips with its state; an old file (no talk_slides, no finished)
    reads as a finished run of a 20-slide talk."""
    history = RunHistory(tmp_path, "/t.pdf")
    stopped = whole(2.0, finished=False)
    history.save(stopped)
    old = whole(1.0, started="2025-01-01T10:00:00").to_json()
    del old["talk_slides"], old["finished"]
    (history.folder / "run-old.json").write_text(json.dumps(old), encoding="utf-8")
    loaded = history.load()
    assert loaded[1] == stopped and not loaded[1].finished
    assert loaded[0].finished and loaded[0].talk_slides == 20 and loaded[0].whole
