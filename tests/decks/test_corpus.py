"""The corpus of real-world-like decks (corpus.py, corpus_images.py), each checked as an
organiser would: the exact verdict and the exact findings. Good decks get no finding at all:
a false alarm teaches organisers to ignore `check`."""

from __future__ import annotations

from pathlib import Path

import pytest

from pechakucha.core.preflight import PROBLEMS, READY
from pechakucha.decks.inspect import check_path
from tests.decks import corpus, corpus_images, makers

HD = (1920, 1080)
SAMPLE = Path(__file__).resolve().parents[2] / "decks"


def check(path, strict=False):
    return check_path(str(path), 20, HD, "pechakucha", strict)


def findings(report):
    return [(f.severity, f.code, f.slide) for f in report.findings]


@pytest.mark.parametrize(
    "make",
    [
        lambda tmp: corpus.slides_deck(tmp / "google-slides.pdf"),
        lambda tmp: corpus.shadow_deck(tmp / "shadows.pdf"),
        lambda tmp: corpus_images.photo_folder(tmp / "photos"),
        lambda tmp: corpus.stretched_photo_deck(tmp / "sharp.pdf", 1.0, stretched=()),
    ],
    ids=["page-numbered", "text-shadows-and-photos", "photo-folder", "sharp-photos"],
)
def test_check_good_corpus_deck_is_ready_with_no_finding_at_all(tmp_path, make):
    """Page numbers on every slide, LibreOffice's shadow bitmaps, photos at their size."""
    report = check(make(tmp_path))
    assert (report.status, findings(report)) == (READY, [])


@pytest.mark.parametrize("name", ["barcelona.pdf", "famsi", "cites-unies-france.pdf"])
def test_check_sample_session_decks_have_no_finding_at_all(name):
    """The bundled Session Two's decks are good decks: not one finding."""
    report = check(SAMPLE / name)
    assert (report.status, findings(report)) == (READY, [])


def test_check_ignite_deck_with_empty_last_slides_warns_naming_each(tmp_path):
    """Slides 14–17 empty, 18–20 blank but for their number: seven warnings, not ready."""
    deck = corpus.slides_deck(
        tmp_path / "ignite.pdf", blank=(14, 15, 16, 17), number_only=(18, 19, 20)
    )
    report = check(deck)
    assert report.status == PROBLEMS
    assert findings(report) == [("warning", "blank-slide", n) for n in (14, 15, 16, 17)] + [
        ("warning", "page-number-only", n) for n in (18, 19, 20)
    ]


def test_check_slides_differing_only_by_their_page_number_are_repeats(tmp_path):
    """3→4→5 and 11→12 repeat their content under a new number: each repeat is named."""
    deck = corpus.slides_deck(tmp_path / "repeats.pdf", repeat_of={4: 3, 5: 3, 12: 11})
    report = check(deck)
    assert report.status == READY
    assert findings(report) == [("info", "duplicate-slide", n) for n in (4, 5, 12)]


def test_check_picture_stretched_under_one_and_a_half_is_soft_information(tmp_path):
    """1.4×: slightly soft, the deck stays ready; --strict makes it a warning."""
    deck = corpus.stretched_photo_deck(tmp_path / "ignite.pdf", 1.4)
    report = check(deck)
    assert (report.status, findings(report)) == (READY, [("info", "stretched-image-soft", 2)])
    assert (
        "1371×771" in report.findings[0].message and "slightly soft" in report.findings[0].message
    )
    strict = check(deck, strict=True)
    assert (strict.status, findings(strict)) == (PROBLEMS, [("warning", "stretched-image", 2)])


def test_check_picture_stretched_three_times_is_a_warning(tmp_path):
    report = check(corpus.stretched_photo_deck(tmp_path / "small.pdf", 3.0))
    assert (report.status, findings(report)) == (PROBLEMS, [("warning", "stretched-image", 2)])


@pytest.mark.parametrize(
    ("layout", "aspect"), [("keynote", "0.77:1"), ("deckset", "0.77:1"), ("beamer", "0.89:1")]
)
def test_check_notes_pages_of_three_layouts_are_recognised(tmp_path, layout, aspect):
    """The slide framed on top, across the full width, or beamer's notes below it."""
    report = check(corpus.notes_deck(tmp_path / "notes.pdf", layout))
    assert report.status == PROBLEMS
    assert findings(report) == [
        ("warning", "aspect-mismatch", None),
        ("warning", "notes-pages", None),
    ]
    assert report.findings[0].params["aspect"] == aspect


def test_check_closing_page_with_contact_details_past_the_twentieth(tmp_path):
    report = check(corpus.contact_closing_deck(tmp_path / "talk.pdf"))
    assert findings(report) == [
        ("error", "slide-count", None),
        ("info", "not-drawn", None),
        ("warning", "closing-slide", 21),
    ]
    assert report.findings[2].params["words"] == "Thank you!"


def test_check_three_page_handout_is_only_the_wrong_count(tmp_path):
    """No "3 pages are 1 slides": fewer pages than slides are never overlays."""
    report = check(corpus.handout(tmp_path / "handout.pdf"))
    assert findings(report) == [("error", "slide-count", None)]


def test_check_pandoc_beamer_overlays_get_the_handout_advice(tmp_path):
    report = check(makers.overlay_pdf(tmp_path / "talk.pdf", creator="LaTeX via pandoc"))
    assert findings(report) == [
        ("error", "slide-count", None),
        ("info", "not-drawn", None),
        ("warning", "overlays-beamer", None),
    ]
    assert "handout" in report.findings[2].message


def test_check_screenshots_on_transparency_lose_nothing_and_stay_ready(tmp_path):
    """White screenshot pages inside transparent margins: information only, no "vanishes"."""
    report = check(corpus_images.screenshot_folder(tmp_path / "shots"))
    assert report.status == READY
    assert findings(report) == [("info", "transparency", n) for n in range(1, 21)]


def test_check_white_words_on_transparency_still_vanish(tmp_path):
    """White words drawn for a dark background vanish on white paper: one finding, not also
    "blank" (the slide is blank *because* its ink vanishes)."""
    folder = corpus_images.screenshot_folder(tmp_path / "shots")
    makers.light_ink_slide(folder / "shot05.png")
    report = check(folder)
    warnings = [f for f in findings(report) if f[0] == "warning"]
    assert warnings == [("warning", "transparency-hides", 5)]


def test_check_image_folder_names_animated_gifs_and_the_svg_it_cannot_show(tmp_path):
    report = check(corpus_images.gif_folder(tmp_path / "gifs"))
    assert report.status == PROBLEMS
    assert findings(report) == [
        ("warning", "animation-lost", None),
        ("warning", "files-skipped", None),
    ]
    assert report.findings[0].params == {"slides": "2, 7"}
    assert report.findings[1].params == {"files": "diagram.svg"}


def test_check_slide_too_heavy_to_draw_is_named_without_drawing_it(tmp_path):
    """120,000 curves stroked one by one on slide 5: named as too heavy, not drawn (drawing
    it takes MuPDF tens of seconds; check stays quick whatever the deck)."""
    report = check(corpus.heavy_deck(tmp_path / "chart.pdf"))
    assert (report.status, findings(report)) == (PROBLEMS, [("warning", "heavy-slide", 5)])
    assert report.findings[0].params == {"shapes": 120_000}
