"""Rehearsal pacing maths with a fake clock, verdicts, run history on disk, speaker notes."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pechakucha.core.clock import FakeClock
from pechakucha.core.formats import PECHAKUCHA, TalkFormat
from pechakucha.core.notes import find_sidecar, load_notes, merge_notes, parse_notes
from pechakucha.core.rehearsal.history import RehearsalRun, RunHistory, deck_key
from pechakucha.core.rehearsal.pacing import PacingRecorder, name_slides, summarise, tolerance_for
from pechakucha.core.schedule import TalkSchedule


def started(fmt=PECHAKUCHA):
    """A clock at 1000 s and a recorder over a schedule started now."""
    clock = FakeClock(1000.0)
    schedule = TalkSchedule(fmt)
    schedule.start(clock.now())
    return clock, PacingRecorder(schedule)


def test_PacingRecorder_tap_before_the_slide_ends_is_early_by_the_time_left():
    """A tap 16 s into a 20 s slide finished it 4 s early."""
    clock, recorder = started()
    clock.advance(16.0)
    tap = recorder.tap(clock.now())
    assert (tap.index, tap.offset) == (0, -4.0)
    assert recorder.offsets[0] == -4.0


def test_PacingRecorder_tap_just_after_the_change_is_late_for_the_previous_slide():
    """Tapping 1.5 s into slide 2 while slide 1 has no tap: slide 1 ran 1.5 s late."""
    clock, recorder = started()
    clock.advance(21.5)
    tap = recorder.tap(clock.now())
    assert (tap.index, tap.offset) == (0, 1.5)
    assert recorder.offsets[1] is None


def test_PacingRecorder_tap_past_half_the_next_slide_counts_for_the_slide_up():
    """More than half a slide (10 s of 20 s) after the change, a tap ends the slide that is up;
    the slide before got none."""
    clock, recorder = started()
    clock.advance(20.0 + 10.5)
    tap = recorder.tap(clock.now())
    assert (tap.index, tap.offset) == (1, pytest.approx(-9.5))
    assert recorder.offsets[0] is None  # slide 1: ran out of time, no tap


def test_PacingRecorder_tap_in_the_grace_goes_to_the_new_slide_if_the_old_one_was_tapped():
    """Slide 1 already tapped: an early tap on slide 2 is slide 2 finished very early."""
    clock, recorder = started()
    clock.advance(19.0)
    recorder.tap(clock.now())
    clock.advance(2.0)  # 1 s into slide 2
    tap = recorder.tap(clock.now())
    assert (tap.index, tap.offset) == (1, -19.0)


def test_PacingRecorder_missing_taps_are_slides_that_ran_out_of_time():
    """No tap on a slide leaves None: the slide changed before the speaker was done."""
    clock, recorder = started(TalkFormat("custom", 3, 20.0))
    clock.advance(18.0)
    recorder.tap(clock.now())
    clock.advance(40.0)  # slide 3, 18 s in: slide 2 got no tap
    recorder.tap(clock.now())
    assert recorder.offsets == (-2.0, None, -2.0)
    assert summarise(recorder.offsets, 20.0).ran_out == [2]


def test_PacingRecorder_only_the_first_tap_of_a_slide_counts():
    """A second and third tap on the same slide are ignored."""
    clock, recorder = started()
    clock.advance(10.0)
    assert recorder.tap(clock.now()).offset == -10.0
    clock.advance(5.0)
    assert recorder.tap(clock.now()) is None
    assert recorder.tap(clock.now()) is None
    assert recorder.offsets[0] == -10.0


def test_PacingRecorder_a_tap_just_after_the_end_counts_for_the_last_slide():
    """The talk is over but the speaker finished the sentence 1 s later."""
    clock, recorder = started(TalkFormat("custom", 2, 20.0))
    clock.advance(41.0)
    tap = recorder.tap(clock.now())
    assert (tap.index, tap.offset) == (1, 1.0)
    assert recorder.done_at() == pytest.approx(1050.0)
    assert recorder.settled
    clock.advance(5.0)
    assert recorder.tap(clock.now()) is None


def test_PacingRecorder_ignores_taps_before_the_start_and_while_paused():
    """Nothing counts before the start or during a pause; the pause moves the deadlines."""
    clock = FakeClock(1000.0)
    schedule = TalkSchedule(PECHAKUCHA)
    recorder = PacingRecorder(schedule)
    assert recorder.tap(clock.now()) is None
    schedule.start(clock.now())
    clock.advance(5.0)
    schedule.pause(clock.now())
    clock.advance(60.0)
    assert recorder.tap(clock.now()) is None
    schedule.resume(clock.now())
    clock.advance(12.0)  # 17 s of slide 1 used
    assert recorder.tap(clock.now()).offset == pytest.approx(-3.0)


@given(st.lists(st.floats(min_value=0.0, max_value=19.99), min_size=20, max_size=20))
def test_PacingRecorder_a_tap_on_every_slide_gives_minus_the_time_left(intos):
    """Whatever the moment within each slide, its offset is (time into the slide) − 20 s."""
    _clock, recorder = started()
    for k, into in enumerate(intos):
        recorder.tap(1000.0 + 20.0 * k + into)
    assert recorder.offsets == pytest.approx([into - 20.0 for into in intos], abs=1e-3)


def test_summarise_well_paced_run():
    """18 of 20 within ±3 s and nothing ran out: well paced."""
    offsets = [-1.0] * 17 + [-8.0, -9.0, -2.5]
    verdict = summarise(offsets, 20.0).verdict()
    assert verdict.code == "well-paced"
    assert verdict.text == "Well paced: 18 of 20 slides finished in their last 3 s"


def test_summarise_ran_out_names_the_slides_to_trim():
    """Overruns come first in the verdict, naming the slides."""
    offsets = [-1.0] * 20
    for number in (4, 9, 12):
        offsets[number - 1] = None
    summary = summarise(offsets, 20.0)
    assert summary.ran_out == [4, 9, 12]
    assert summary.verdict().text == (
        "You ran out of time on 3 of 20 slides — trim slides 4, 9, 12"
    )


def test_summarise_early_run_and_a_range_keep_deck_numbers():
    """A range from slide 5: numbers are the deck's; dead air gives the "early" verdict."""
    summary = summarise([-10.0, -12.0, -1.0, -14.0], 20.0, first=5)
    assert summary.early == [5, 6, 8]
    assert summary.within == [7]
    verdict = summary.verdict()
    assert verdict.code == "early"
    assert verdict.params["average"] == 12.0
    assert verdict.params["slides"] == "5, 6, 8"


def test_summarise_speaks_of_one_slide_in_the_singular():
    """One overrun: "trim slide 7"; one early slide: "say more on slide 2"."""
    offsets = [-1.0] * 20
    offsets[6] = None
    assert summarise(offsets, 20.0).verdict().text == (
        "You ran out of time on 1 of 20 slides — trim slide 7"
    )
    early = summarise([-1.0, -15.0, -19.0, -1.0], 20.0)
    assert early.verdict().code == "early"
    lone = summarise([-1.0, -15.0, -1.0, -1.0], 20.0)
    assert lone.verdict().text == (
        "You finished early on 1 of 4 slides (15 s early) — say more on slide 2"
    )


def test_summarise_without_taps_asks_for_taps():
    """A run with no tap at all is not judged."""
    assert summarise([None] * 20, 20.0).verdict().code == "no-taps"


def test_tolerance_scales_with_the_slide_time_and_names_are_capped():
    """±3 s of 20 s, ±2.25 s of 15 s; at most six slides named."""
    assert tolerance_for(20.0) == 3.0
    assert tolerance_for(15.0) == 2.25
    assert name_slides([1, 2, 3, 4, 5, 6, 7]) == "1, 2, 3, 4, 5, 6, …"


def a_run(offsets=(-1.0, None, 0.5), started="2025-03-01T18:30:05", first=3):
    """A run of three slides from slide 3."""
    return RehearsalRun("/talks/talk.pdf", started, "pechakucha", 20.0, first, tuple(offsets))


def test_RunHistory_round_trips_runs_oldest_first(tmp_path):
    """Saved runs load back equal, in the order they were started."""
    history = RunHistory(tmp_path, "/talks/talk.pdf")
    later, earlier = a_run(started="2025-03-02T09:00:00"), a_run((None, None, -2.5))
    history.save(later)
    history.save(earlier)
    assert history.load() == [earlier, later]
    assert later.by_slide() == {3: -1.0, 4: None, 5: 0.5}
    assert later.last == 5


def test_RunHistory_keeps_two_runs_started_the_same_second(tmp_path):
    """Same timestamp: a second file, never an overwrite."""
    history = RunHistory(tmp_path, "/talks/talk.pdf")
    first, second = history.save(a_run()), history.save(a_run((-3.0, -3.0, -3.0)))
    assert first != second
    assert len(history.load()) == 2


def test_RunHistory_skips_damaged_and_foreign_files(tmp_path):
    """A broken file never hides the good runs."""
    history = RunHistory(tmp_path, "/talks/talk.pdf")
    history.save(a_run())
    (history.folder / "run-broken.json").write_text("{not json", encoding="utf-8")
    (history.folder / "run-foreign.json").write_text(json.dumps({"version": 99}))
    bad = a_run().to_json() | {"offsets": ["soon"]}
    (history.folder / "run-bad.json").write_text(json.dumps(bad))
    assert history.load() == [a_run()]


def test_RunHistory_of_a_deck_never_seen_is_empty(tmp_path):
    """No folder yet: no runs."""
    assert RunHistory(tmp_path, "/nowhere/deck.pdf").load() == []


def test_deck_key_separates_same_named_decks_in_different_folders():
    """Two talk.pdf files in different folders get different, readable keys."""
    one, other = deck_key("/a/talk.pdf"), deck_key("/b/talk.pdf")
    assert one != other
    assert one.startswith("talk.pdf-") and other.startswith("talk.pdf-")
    assert deck_key("/a/talk.pdf") == one
    assert "/" not in deck_key("/a/we ird:name?.pdf")


def test_parse_notes_reads_one_section_per_slide():
    """`## Slide N`, `# N` and `### Slide N: title` all start slide N's notes."""
    text = (
        "# My talk\nignored intro\n\n## Slide 1\nHello.\n\n# 2\n- a\n- b\n"
        "### Slide 3: harbour\nThe harbour.\n## 2024 plans\nstill slide 3\n"
    )
    notes = parse_notes(text)
    assert notes == {1: "Hello.", 2: "- a\n- b", 3: "The harbour.\n## 2024 plans\nstill slide 3"}


def test_load_notes_finds_the_sidecar_next_to_the_deck(tmp_path):
    """talk.pdf.notes.md wins over talk.notes.md; none means no notes."""
    deck = tmp_path / "talk.pdf"
    deck.write_bytes(b"%PDF")
    assert load_notes(deck) == {}
    (tmp_path / "talk.notes.md").write_text("# 1\nshort name", encoding="utf-8")
    assert load_notes(deck) == {1: "short name"}
    (tmp_path / "talk.pdf.notes.md").write_text("# 1\nfull name", encoding="utf-8")
    assert find_sidecar(deck).name == "talk.pdf.notes.md"
    assert load_notes(deck) == {1: "full name"}


def test_merge_notes_appends_pdf_sticky_notes():
    """Sticky notes follow the sidecar's notes of the same slide."""
    merged = merge_notes({1: "Hello."}, {1: ["Sticky"], 4: ["Only here", "  "]})
    assert merged == {1: "Hello.\n\nSticky", 4: "Only here"}
