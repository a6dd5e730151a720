"""The contact sheet prints: landscape A4 or Letter pages, cut between rows of thumbnails,
each headed by the session, its decks and "page k of n"."""

from __future__ import annotations

import pymupdf
import pytest

from pechakucha.qt.preview.sheet_export import paginate
from tests.conftest import write_numbered_pdf
from tests.qt.preview.test_preview import loaded, write_session

A4_LANDSCAPE = (841.9, 595.3)  # points
LETTER_LANDSCAPE = (792.0, 612.0)


def test_paginate_cuts_at_the_last_row_that_fits():
    assert paginate(1000, (0, 300, 600, 900), 700) == [(0, 600), (600, 1000)]
    assert paginate(250, (100, 200), 700) == [(0, 250)]


def test_paginate_cuts_a_row_taller_than_a_page_where_it_must():
    assert paginate(1500, (1200,), 500) == [(0, 500), (500, 1000), (1000, 1500)]
    assert paginate(1700, (1200,), 500) == [(0, 500), (500, 1000), (1000, 1200), (1200, 1700)]


@pytest.mark.parametrize(("paper", "size"), [("a4", A4_LANDSCAPE), ("letter", LETTER_LANDSCAPE)])
def test_a_session_sheet_prints_on_landscape_pages_with_a_header_each(
    qtbot, open_preview, tmp_path, paper, size
):
    for name in ("one.pdf", "two.pdf", "three.pdf"):
        write_numbered_pdf(tmp_path / name, slides=20)
    window = loaded(
        qtbot, open_preview(write_session(tmp_path, ["one.pdf", "two.pdf", "three.pdf"]))
    )
    window.resize(900, 700)
    qtbot.wait(50)
    out = tmp_path / "sheet.pdf"
    window.export(out, paper)
    with pymupdf.open(out) as document:
        pages = document.page_count
        texts = [page.get_text() for page in document]
        sizes = [(page.rect.width, page.rect.height) for page in document]
    assert all(got == pytest.approx(size, abs=1) for got in sizes)
    assert pages > 1
    for number, text in enumerate(texts, 1):
        assert f"page {number} of {pages}" in text
        assert "Test session" in text
    assert "Org 1" in texts[0] and "Org 3" in texts[-1]
