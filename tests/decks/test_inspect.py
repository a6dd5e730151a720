"""Preflight on real files: each wrong export, photo, transparency and repair is recognised and
named, and what a talk cannot show is not drawn."""

from __future__ import annotations

import pymupdf

from pechakucha.core.preflight import FAILED, PROBLEMS, READY
from pechakucha.decks.inspect import check_path
from tests.conftest import write_numbered_pdf
from tests.decks import makers

HD = (1920, 1080)


def check(path, slides=20):
    return check_path(str(path), slides, HD, "pechakucha")


def codes(report):
    return [(f.severity, f.code, f.slide) for f in report.findings]


def test_check_transparent_png_deck_is_ready_and_says_transparency_shows_white(tmp_path):
    """Dark ink on transparency is fine on white paper: ready, one piece of information each."""
    report = check(makers.transparent_deck(tmp_path / "slides"))
    assert report.status == READY
    assert codes(report) == [("info", "transparency", n) for n in range(1, 21)]


def test_check_white_ink_on_transparency_warns_it_vanishes(tmp_path):
    folder = makers.transparent_deck(tmp_path / "slides")
    makers.light_ink_slide(folder / "slide05.png")
    report = check(folder)
    assert ("warning", "transparency-hides", 5) in codes(report)
    assert report.status == PROBLEMS


def test_check_pdf_with_upscaled_full_slide_photo_names_that_slide(tmp_path):
    """A 400×225 photo drawn over a whole 16:9 page is 4.8× stretched at 1080p: slide 3 only."""
    report = check(makers.photo_pdf(tmp_path / "photos.pdf", stretched=(3,)))
    assert codes(report) == [("warning", "stretched-image", 3)]
    assert "400×225" in report.findings[0].message
    assert "4.8×" in report.findings[0].message


def test_check_beamer_overlays_says_how_many_frames_and_the_handout_fix(tmp_path):
    """81 pages from 27 frames: the count error, and the reason with its fix."""
    path = makers.overlay_pdf(tmp_path / "talk.pdf", creator="LaTeX with Beamer class")
    report = check(path)
    overlays = next(f for f in report.findings if f.code == "overlays-beamer")
    assert overlays.params == {"pages": 81, "frames": 27}
    assert "handout" in overlays.message
    assert report.slides == 81


def test_check_overlays_without_page_labels_are_found_by_their_repeated_titles(tmp_path):
    """Not beamer, no page labels: the same title with the earlier bullets kept is a build."""
    report = check(makers.overlay_pdf(tmp_path / "talk.pdf", labels=False))
    steps = next(f for f in report.findings if f.code == "build-steps")
    assert steps.params == {"pages": 81, "frames": 27}


def test_check_twenty_slides_with_a_few_similar_titles_is_not_called_overlays(tmp_path):
    report = check(makers.closing_pdf(tmp_path / "talk.pdf", slides=20), slides=21)
    assert not any(f.code in ("build-steps", "overlays-beamer") for f in report.findings)


def test_check_notes_page_export_warns_the_audience_would_read_the_notes(tmp_path):
    report = check(makers.notes_pdf(tmp_path / "notes.pdf"))
    assert ("warning", "notes-pages", None) in codes(report)


def test_check_printed_a4_document_is_called_a_document_not_slides(tmp_path):
    report = check(makers.document_pdf(tmp_path / "report.pdf"))
    finding = next(f for f in report.findings if f.code == "printed-document")
    assert finding.params == {"aspect": "A4 portrait"}
    assert not any(f.code == "notes-pages" for f in report.findings)


def test_check_twenty_one_slides_ending_in_gracias_names_the_page_to_drop(tmp_path):
    report = check(makers.closing_pdf(tmp_path / "talk.pdf", "¡Gracias!"))
    closing = next(f for f in report.findings if f.code == "closing-slide")
    assert closing.slide == 21
    assert "“¡Gracias!”" in closing.message and "drop it" in closing.message


def test_check_closing_words_in_english_are_recognised_too(tmp_path):
    for words in ("Thank you!", "Questions?", "Q&A"):
        report = check(makers.closing_pdf(tmp_path / "talk.pdf", words))
        assert any(f.code == "closing-slide" for f in report.findings), words


def test_check_slide_blank_but_for_its_page_number_is_named(tmp_path):
    report = check(makers.page_number_pdf(tmp_path / "talk.pdf", blank_at=7))
    assert [f.slide for f in report.findings if f.code == "page-number-only"] == [7]
    assert report.status == PROBLEMS  # a warning, like a blank slide


def test_check_repaired_pdf_is_a_warning_naming_the_changed_slides(tmp_path):
    """A PDF cut at 86% opens repaired: not ready, and the damaged slides are named."""
    path = makers.photo_pdf(tmp_path / "cut.pdf", stretched=())
    path.write_bytes(path.read_bytes()[: int(path.stat().st_size * 0.86)])
    report = check(path)
    assert report.status == PROBLEMS
    repaired = next(f for f in report.findings if f.code == "repaired")
    assert repaired.params == {"slides": "18–20"}
    assert [f.slide for f in report.findings if f.code == "damaged-slide"] == [18, 19, 20]


def test_check_four_by_three_deck_on_sixteen_by_nine_is_ready_with_information(tmp_path):
    report = check(write_numbered_pdf(tmp_path / "old.pdf", size=(800, 600)))
    assert report.status == READY
    assert codes(report) == [("info", "aspect-mismatch", None)]


def test_check_long_pdf_draws_only_what_the_talk_shows_and_says_so(tmp_path):
    """A 600-page PDF: the first 20 pages are drawn; the report says the rest were not."""
    document = pymupdf.open()
    for number in range(600):
        document.new_page(width=960, height=540).insert_text((50, 50), f"page {number}")
    path = tmp_path / "long.pdf"
    document.save(path)
    report = check(path)
    assert report.slides == 600
    not_drawn = next(f for f in report.findings if f.code == "not-drawn")
    assert not_drawn.params == {"drawn": 20, "format": "pechakucha"}


def test_check_folder_with_zero_byte_image_is_one_failed_slide_not_a_failed_deck(tmp_path):
    folder = makers.transparent_deck(tmp_path / "slides", slides=20)
    (folder / "slide07.png").write_bytes(b"")
    report = check(folder)
    assert report.status == PROBLEMS and report.status != FAILED
    failed = [f for f in report.findings if f.code == "render-failed"]
    assert [f.slide for f in failed] == [7]
    assert "slide07.png" in failed[0].message and "empty" in failed[0].message
