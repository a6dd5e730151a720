"""Mutated PDFs and images through preflight: a report every time, never a traceback, never
past a time bound (generous: the bound is about hangs, not about this machine's speed)."""

from __future__ import annotations

import io
import tempfile
import time
from pathlib import Path

import pymupdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from pechakucha.core.preflight import DeckReport
from pechakucha.decks.inspect import check_path

TIME_BOUND = 60.0  # seconds for one small deck; a hang would take forever


def _pdf_bytes() -> bytes:
    document = pymupdf.open()
    for number in range(3):
        page = document.new_page(width=960, height=540)
        page.insert_text((60, 90), f"Slide {number}", fontsize=40)
        buffer = io.BytesIO()
        Image.effect_noise((64, 36), 40).convert("RGB").save(buffer, "JPEG")
        page.insert_image(pymupdf.Rect(100, 200, 400, 370), stream=buffer.getvalue())
    data = document.tobytes()
    document.close()
    return data


def _png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", (64, 36), (20, 30, 40, 128)).save(buffer, "PNG")
    return buffer.getvalue()


BASES = {"pdf": _pdf_bytes(), "png": _png_bytes()}

mutation = st.one_of(
    st.tuples(st.just("flip"), st.floats(0, 1), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.floats(0, 1), st.just(0)),
    st.tuples(st.just("insert"), st.floats(0, 1), st.integers(0, 255)),
)


def mutate(data: bytes, changes) -> bytes:
    """Apply (kind, where as a fraction, value) changes to `data`."""
    data = bytearray(data)
    for kind, where, value in changes:
        at = min(int(where * len(data)), max(len(data) - 1, 0))
        if kind == "flip" and data:
            data[at] ^= value
        elif kind == "cut":
            del data[at:]
        else:
            data[at:at] = bytes([value]) * 16
    return bytes(data)


@pytest.mark.parametrize("kind", ["pdf", "png"])
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=st.lists(mutation, min_size=1, max_size=6))
def test_check_path_on_a_mutated_deck_always_reports_in_time(kind, changes):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"deck.{kind}"
        path.write_bytes(mutate(BASES[kind], changes))
        started = time.monotonic()
        report = check_path(str(path), 20, (1920, 1080), "pechakucha")
        elapsed = time.monotonic() - started
    assert isinstance(report, DeckReport)
    assert report.status in ("ready", "problems", "error")
    assert all(finding.message for finding in report.findings)
    assert elapsed < TIME_BOUND


@settings(max_examples=20, deadline=None)
@given(changes=st.lists(mutation, min_size=1, max_size=4), position=st.integers(0, 2))
def test_check_path_on_a_folder_with_one_mutated_image_reports_in_time(changes, position):
    with tempfile.TemporaryDirectory() as folder:
        for number in range(3):
            data = BASES["png"] if number != position else mutate(BASES["png"], changes)
            (Path(folder) / f"{number}.png").write_bytes(data)
        started = time.monotonic()
        report = check_path(folder, 3, (1920, 1080), "pechakucha")
        assert time.monotonic() - started < TIME_BOUND
    assert report.status in ("ready", "problems", "error")
