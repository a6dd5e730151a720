"""PDF decks: sizes, rotation, passwords, repair, damage, rendering and letterboxing."""

from __future__ import annotations

import contextlib
import os

import pymupdf
import pytest

from pechakucha.decks import open_deck
from pechakucha.decks.errors import (
    DamagedFile,
    NoSlides,
    NotADeck,
    PasswordProtected,
    RenderFailed,
)
from pechakucha.decks.pdf import PdfDeck
from tests.decks import makers
from tests.decks.conftest import BLUE, RED
from tests.decks.helpers import near, pixel

CATALOG = b"<</Type/Catalog/Pages 2 0 R>>"


def test_open_deck_pdf_reports_each_page_size_in_points(make_pdf):
    """Pages of different sizes keep their own sizes; PDF pages have no pixel size."""
    path = make_pdf(sizes=[(960, 540), (595, 842), (612, 792)])
    with open_deck(path) as deck:
        assert isinstance(deck, PdfDeck)
        assert len(deck) == 3
        sizes = [(deck.slide_size(i).width, deck.slide_size(i).height) for i in range(3)]
        assert sizes == [(960, 540), (595, 842), (612, 792)]
        assert deck.slide_size(0).pixels is None


def test_open_deck_pdf_with_rotated_page_reports_portrait_size(make_pdf):
    """A landscape page with /Rotate 90 is shown portrait, and its size says so."""
    path = make_pdf(sizes=[(960, 540)], rotate={0: 90})
    with open_deck(path) as deck:
        size = deck.slide_size(0)
        assert (size.width, size.height) == (540, 960)


def test_render_pdf_rotated_page_turns_its_content_clockwise(make_pdf):
    """/Rotate 90 moves the page's top-left corner marker to the top-right of the slide."""
    path = make_pdf(sizes=[(960, 540)], rotate={0: 90}, marker=True)
    with open_deck(path) as deck:
        slide = deck.render(0, 540, 960)
    assert near(pixel(slide, 540 - 20, 20), BLUE)
    assert near(pixel(slide, 20, 20), RED)


def test_open_deck_pdf_with_owner_password_only_opens_without_asking(make_pdf):
    """Copy/print restrictions (owner password, empty user password) do not block showing."""
    path = make_pdf(encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="x", user_pw="")
    with open_deck(path) as deck:
        assert len(deck) == 1
        assert near(pixel(deck.render(0, 80, 60), 40, 30), RED)


def test_open_deck_pdf_needing_user_password_raises_password_protected(make_pdf):
    """A PDF that needs a password to be viewed is refused, naming the file."""
    path = make_pdf("locked.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="x", user_pw="y")
    with pytest.raises(PasswordProtected, match=r"locked\.pdf"):
        open_deck(path)


def test_open_deck_html_page_saved_as_pdf_raises_not_a_deck(tmp_path):
    """The content decides: a web page named .pdf is not opened as a PDF."""
    path = tmp_path / "talk.pdf"
    path.write_text("<!DOCTYPE html>\n<html><body>Download failed</body></html>")
    with pytest.raises(NotADeck, match=r"talk\.pdf.*web page"):
        open_deck(path)


def test_open_deck_pdf_with_chopped_tail_is_repaired_and_opens(slides_pdf):
    """A PDF cut short (no xref, no trailer) is repaired by MuPDF and every page renders."""
    data = slides_pdf.read_bytes()
    slides_pdf.write_bytes(data[: len(data) - 300])
    with open_deck(slides_pdf) as deck:
        assert deck.repaired
        assert len(deck) == 20
        assert len(deck.render(19, 64, 36).data) == 64 * 36 * 3


def test_open_deck_garbage_after_pdf_header_raises_damaged_file_naming_it(tmp_path):
    """Bytes that only start like a PDF cannot be repaired; the message names the file."""
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    with pytest.raises((DamagedFile, NoSlides)) as caught:
        open_deck(path)
    assert "garbage.pdf" in str(caught.value)


def test_open_deck_pdf_with_empty_page_tree_raises_no_slides(write_raw_pdf):
    """A well-formed PDF with zero pages opens but has nothing to show."""
    path = write_raw_pdf("empty-tree.pdf", [CATALOG, b"<</Type/Pages/Kids[]/Count 0>>"])
    with pytest.raises(NoSlides, match=r"empty-tree\.pdf: the document has no pages"):
        open_deck(path)


def test_open_deck_pdf_whose_page_tree_loops_raises_damaged_file(write_raw_pdf):
    """A page tree that points at itself has no page to show: the deck is damaged, one verdict
    for check, preview and the app alike (not a deck that opens and then fails to draw)."""
    path = write_raw_pdf("cycle.pdf", [CATALOG, b"<</Type/Pages/Kids[2 0 R]/Count 1>>"])
    with pytest.raises(DamagedFile, match=r"cycle\.pdf: the file is damaged"):
        open_deck(path)


def test_render_pdf_page_that_cannot_load_raises_render_failed_naming_slide(write_raw_pdf):
    """One broken page among good ones: the deck opens, that slide fails by number, its size
    is the first page's (so views can still lay it out)."""
    page = b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 960 540]>>"
    path = write_raw_pdf(
        "one-bad.pdf",
        [
            CATALOG,
            b"<</Type/Pages/Kids[3 0 R 4 0 R]/Count 2>>",
            page,
            b"<</Type/Pages/Kids[4 0 R]/Count 1>>",
        ],
    )
    with open_deck(path) as deck:
        assert len(deck) == 2
        deck.render(0, 160, 90)
        with pytest.raises(RenderFailed) as caught:
            deck.render(1, 160, 90)
        assert (deck.slide_size(1).width, deck.slide_size(1).height) == (960, 540)
    assert caught.value.slide == 2 and "one-bad.pdf" in str(caught.value)


def test_open_deck_pdf_with_latin1_file_name_opens_and_keeps_the_name(slides_pdf, tmp_path):
    """Paths are bytes on Linux: a good PDF named in Latin-1 (`café.pdf` from an old stick)
    opens, and errors name it with its own bytes."""
    name = os.fsdecode(b"caf\xe9.pdf")
    path = tmp_path / name
    slides_pdf.rename(path)
    with open_deck(path) as deck:
        assert len(deck) == 20
        assert near(pixel(deck.render(0, 160, 90), 80, 45), (30, 60, 90))
    assert os.fsencode(deck.path).endswith(b"caf\xe9.pdf")


def test_pdf_deck_cut_short_is_repaired_and_names_the_slides_mupdf_complained_about(tmp_path):
    """A photo deck cut at 86%: MuPDF repairs it; the last slides, whose data was lost, are
    the troubled ones, and slide 1 is not blamed for the repaired page tree."""
    path = makers.photo_pdf(tmp_path / "cut.pdf", stretched=())
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.86)])
    with open_deck(path) as deck:
        assert deck.repaired
        for index in range(len(deck)):
            with contextlib.suppress(RenderFailed):
                deck.render(index, 96, 54)
        troubled = deck.troubled_slides
    assert troubled == {17, 18, 19}


def test_open_deck_damaged_pdf_prints_nothing(slides_pdf, tmp_path, capfd):
    """MuPDF's warnings never reach stdout or stderr (they would garble `check --json`)."""
    data = slides_pdf.read_bytes()
    slides_pdf.write_bytes(data[: len(data) - 300])  # MuPDF repairs it, and says so at length
    with open_deck(slides_pdf) as deck:
        for index in range(len(deck)):
            deck.render(index, 32, 18)
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.4\n" + b"\xff" * 4000)
    with pytest.raises(DamagedFile):
        open_deck(garbage)
    assert capfd.readouterr() == ("", "")


def test_render_pdf_4_3_slide_into_1080p_has_black_bands_left_and_right(make_pdf):
    """800×600 fits as 1440×1080: 240-pixel black bands each side, slide colour inside."""
    with open_deck(make_pdf(sizes=[(800, 600)])) as deck:
        slide = deck.render(0, 1920, 1080)
    assert pixel(slide, 239, 540) == (0, 0, 0)
    assert pixel(slide, 240, 0) == RED
    assert pixel(slide, 1679, 1079) == RED
    assert pixel(slide, 1680, 540) == (0, 0, 0)
    assert pixel(slide, 960, 540) == RED


def test_render_pdf_portrait_page_into_landscape_screen_is_pillarboxed(make_pdf):
    """An A4 portrait page sits in the middle of a 16:9 screen, full height."""
    with open_deck(make_pdf(sizes=[(595, 842)])) as deck:
        slide = deck.render(0, 1600, 900)
    width = round(595 * 900 / 842)
    left = (1600 - width) // 2
    assert pixel(slide, left - 1, 450) == (0, 0, 0)
    assert pixel(slide, left, 450) == RED
    assert pixel(slide, left + width - 1, 450) == RED
    assert pixel(slide, left + width, 450) == (0, 0, 0)


def test_render_pdf_same_aspect_fills_the_whole_screen(make_pdf):
    """A 16:9 page on a 16:9 screen has no letterbox at all."""
    with open_deck(make_pdf(sizes=[(960, 540)])) as deck:
        slide = deck.render(0, 1920, 1080)
    assert pixel(slide, 0, 0) == RED
    assert pixel(slide, 1919, 1079) == RED


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (333, 777), (1, 1)])
def test_render_pdf_returns_exactly_width_times_height_times_3_bytes(make_pdf, size):
    """Whatever the aspects, the pixels are tightly packed RGB of exactly the asked size."""
    with open_deck(make_pdf(sizes=[(800, 600)])) as deck:
        slide = deck.render(0, *size)
    assert (slide.width, slide.height) == size
    assert len(slide.data) == size[0] * size[1] * 3


def test_slide_label_pdf_counts_pages_from_one(make_pdf):
    """PDF slides are labelled `page N`."""
    with open_deck(make_pdf(sizes=[(800, 600)] * 2)) as deck:
        assert [deck.slide_label(0), deck.slide_label(1)] == ["page 1", "page 2"]


def test_render_pdf_index_out_of_range_raises_index_error(make_pdf):
    """A wrong index is a programming error, not a broken deck."""
    with open_deck(make_pdf()) as deck, pytest.raises(IndexError):
        deck.render(1, 80, 60)


def test_pdf_deck_context_manager_closes_the_document(make_pdf):
    """Leaving the `with` block closes the file; the deck cannot render any more."""
    with open_deck(make_pdf()) as deck:
        pass
    with pytest.raises(ValueError, match="closed"):
        deck.render(0, 80, 60)
