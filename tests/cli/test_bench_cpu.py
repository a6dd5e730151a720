"""The CPU benchmark's arithmetic, on fixed readings and journals (no timing here)."""

from __future__ import annotations

import os
import sys

import pytest

from pechakucha.cli.bench_cpu import (
    make_session,
    median_spread,
    phase_figures,
    quiet_after,
    read_process,
    reading_at,
    slide1_shortfall_ms,
    usage_between,
)

ROOT, RENDER, HELPER = 100, 101, 102

# (time, {pid: (CPU seconds so far, wake-ups so far)}); the helper process ends after t=2
SAMPLES = [
    (0.0, {ROOT: (1.0, 10)}),
    (1.0, {ROOT: (1.5, 20), RENDER: (0.2, 3)}),
    (2.0, {ROOT: (2.0, 40), RENDER: (0.6, 5), HELPER: (0.1, 1)}),
    (4.0, {ROOT: (2.5, 60), RENDER: (0.7, 9), HELPER: (0.1, 1)}),
]


def test_reading_at_takes_the_last_sample_not_after_the_time():
    """A time between two samples reads the earlier one; before the first, the first."""
    assert reading_at(SAMPLES, 1.5)[ROOT] == (1.5, 20)
    assert reading_at(SAMPLES, -3.0)[ROOT] == (1.0, 10)
    assert reading_at(SAMPLES, 99.0)[RENDER] == (0.7, 9)


def test_usage_between_splits_gui_and_render_and_counts_processes_born_meanwhile():
    """The root is the GUI; every other process is the render side, from zero if it was born
    inside the window."""
    used = usage_between(SAMPLES, ROOT, 0.0, 4.0)
    assert used["gui_cpu"] == pytest.approx(1.5)
    assert used["render_cpu"] == pytest.approx(0.7 + 0.1)
    assert used["gui_wakeups"] == 50
    assert used["render_wakeups"] == 9 + 1


def test_phase_figures_divide_cpu_by_slides_and_wakeups_by_seconds():
    """CPU per unit (e.g. per slide) and wake-ups per wall-clock second."""
    figures = phase_figures(SAMPLES, ROOT, 2.0, 4.0, per=2)
    assert figures["cpu"] == pytest.approx((0.5 + 0.1) / 2)
    assert figures["gui_cpu"] == pytest.approx(0.25)
    assert figures["gui_wakeups_per_s"] == pytest.approx(10.0)
    assert figures["render_wakeups_per_s"] == pytest.approx(2.0)


def test_slide1_shortfall_is_its_full_time_minus_its_time_on_screen():
    """Slide 1 shown at 10.13, slide 2 at 12.001 on a 2 s slide: 132 ms short."""
    journal = [
        {"event": "segment_start", "t": 10.0},
        {"event": "advance", "slide": 1, "shown": 10.131},
        {"event": "advance", "slide": 2, "shown": 12.001},
    ]
    assert slide1_shortfall_ms(journal, 2.0) == pytest.approx(130.0)
    assert slide1_shortfall_ms(journal[:2], 2.0) is None


def test_median_spread_gives_the_middle_run_and_the_extremes():
    """Three runs: the median and [min, max]."""
    assert median_spread("cpu", [0.3, 0.1, 0.2]) == {"cpu": 0.2, "cpu_spread": [0.1, 0.3]}


def test_make_session_puts_the_phase_before_a_talk_of_the_deck(tmp_path):
    """The Q&A session is a long Q&A then the talk; the Up next session is the talk alone."""
    deck = tmp_path / "photos.pdf"
    qa = make_session(tmp_path, "qa", deck).read_text()
    assert qa.index('kind = "qa"') < qa.index('kind = "talk"')
    assert 'deck = "photos.pdf"' in qa
    assert 'kind = "qa"' not in make_session(tmp_path, "up_next", deck).read_text()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc (Linux only)")
def test_read_process_reads_this_process_and_none_for_a_gone_one():
    """This process has a CPU time and has slept at least once; a pid that is gone reads None."""
    cpu, wakeups = read_process(os.getpid())
    assert cpu >= 0 and wakeups >= 0
    assert read_process(2**22 + 1) is None


def test_quiet_after_finds_when_the_render_process_stopped_drawing():
    """The render process works until t=4, then rests: quiet from 4 (spans of 2 s)."""
    samples = [(t, {ROOT: (t * 0.01, 0), RENDER: (min(t, 4.0) * 0.5, 0)}) for t in range(11)]
    assert quiet_after(samples, ROOT, start=1.0) == 4.0
    busy = [(t, {ROOT: (0.0, 0), RENDER: (t * 0.5, 0)}) for t in range(11)]
    assert quiet_after(busy, ROOT, start=1.0) == 1.0
