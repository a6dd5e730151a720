"""Preflight's judgement, round two: soft stretches, flat bitmaps, near-blank slides, lossy
conversions, fonts, animations, skipped files, overlays that make sense, contact pages."""

from pechakucha.core.preflight import (
    PROBLEMS,
    READY,
    DeckFacts,
    FontSwap,
    PlacedPicture,
    SlideFacts,
    assess_deck,
)

HD = (1920, 1080)


def slides(n):
    return [SlideFacts(1920, 1080, digest=f"d{i}") for i in range(n)]


def found(report):
    return [(f.severity, f.code, f.slide) for f in report.findings]


def with_picture(stretch: float, photo: bool = True):
    pixels = (round(1920 / stretch), round(1080 / stretch))
    return SlideFacts(1920, 1080, digest="p", pictures=(PlacedPicture(pixels, HD, 1.0, photo),))


def test_assess_deck_stretch_under_one_and_a_half_is_information_unless_strict():
    facts = slides(20)
    facts[1] = with_picture(1.4)
    assert found(assess_deck("a.pdf", facts, 20, HD)) == [("info", "stretched-image-soft", 2)]
    strict = assess_deck("a.pdf", facts, 20, HD, strict=True)
    assert found(strict) == [("warning", "stretched-image", 2)]
    facts[1] = with_picture(1.6)
    assert found(assess_deck("a.pdf", facts, 20, HD)) == [("warning", "stretched-image", 2)]


def test_assess_deck_flat_bitmap_stretched_fifteen_times_is_not_judged():
    """A text shadow drawn as a small grey bitmap: stretching it blurs nothing."""
    facts = slides(20)
    facts[0] = with_picture(15.0, photo=False)
    assert assess_deck("a.pdf", facts, 20, HD).findings == ()


def test_assess_deck_small_image_slide_soft_or_blurred():
    facts = slides(20)
    facts[2] = SlideFacts(1371, 771, (1371, 771), digest="a")
    facts[3] = SlideFacts(800, 450, (800, 450), digest="b")
    report = assess_deck("folder", facts, 20, HD)
    assert found(report) == [("info", "low-resolution-soft", 3), ("warning", "low-resolution", 4)]


def test_assess_deck_near_blank_slide_without_text_is_a_warning():
    facts = slides(20)
    facts[13] = SlideFacts(1920, 1080, digest="dot", ink=0.001)
    report = assess_deck("a.pdf", facts, 20, HD)
    assert (report.status, found(report)) == (PROBLEMS, [("warning", "near-blank-slide", 14)])


def test_assess_deck_converted_powerpoint_is_information_but_keynote_is_a_warning():
    clean = assess_deck(
        "a.pptx", slides(20), 20, HD, deck=DeckFacts(converted_from="a PowerPoint file")
    )
    assert (clean.status, found(clean)) == (READY, [("info", "converted", None)])
    keynote = assess_deck(
        "a.key", slides(20), 20, HD, deck=DeckFacts(converted_from="a Keynote file")
    )
    assert found(keynote) == [("warning", "lossy-conversion", None)]
    assert "export a PDF from Keynote itself" in keynote.findings[0].message


def test_assess_deck_text_over_text_in_a_conversion_names_the_slides():
    facts = slides(20)
    facts[4] = SlideFacts(1920, 1080, digest="x", overlaps=2)
    deck = DeckFacts(converted_from="a PowerPoint file")
    report = assess_deck("a.pptx", facts, 20, HD, deck=deck)
    assert found(report) == [
        ("warning", "lossy-conversion", None),
        ("warning", "overprinted-text", 5),
    ]
    assert report.findings[0].params["app"] == "PowerPoint"


def test_assess_deck_text_over_text_in_a_plain_pdf_is_design_not_a_finding():
    facts = slides(20)
    facts[4] = SlideFacts(1920, 1080, digest="x", overlaps=2)
    assert assess_deck("a.pdf", facts, 20, HD).findings == ()


def test_assess_deck_substituted_font_names_its_replacement_and_slides():
    deck = DeckFacts(fonts=(FontSwap("Comic Sans MS", "DejaVu Sans", (7, 8, 9, 12)),))
    report = assess_deck("a.odp", slides(20), 20, HD, deck=deck)
    assert found(report) == [("warning", "font-substituted", None)]
    assert report.findings[0].message == (
        "font Comic Sans MS is not installed here: DejaVu Sans replaces it, with other letter "
        "widths, so text may not fit as designed (slides 7–9, 12)"
    )


def test_assess_deck_animations_lost_and_files_skipped_are_warnings():
    deck = DeckFacts(animated_slides=(2, 7), skipped_files=("diagram.svg", "photo.heic"))
    report = assess_deck("folder", slides(20), 20, HD, deck=deck)
    assert found(report) == [
        ("warning", "animation-lost", None),
        ("warning", "files-skipped", None),
    ]
    assert "2, 7" in report.findings[0].message
    assert "diagram.svg, photo.heic" in report.findings[1].message


def _pages(titles):
    return [SlideFacts(1920, 1080, digest=f"d{i}", title=t, text=t) for i, t in enumerate(titles)]


def test_assess_deck_three_pages_of_one_heading_are_not_said_to_be_one_slide():
    """Fewer pages than slides are never overlays: no "3 pages are 1 slides"."""
    report = assess_deck("a.pdf", _pages(["Handout"] * 3), 20, HD)
    assert found(report) == [("error", "slide-count", None)]


def test_assess_deck_steps_that_leave_one_frame_are_not_overlays():
    report = assess_deck("a.pdf", _pages(["Same"] * 22), 20, HD)
    assert [code for _, code, _ in found(report)] == ["slide-count"]


def test_assess_deck_pandoc_beamer_gets_the_handout_advice():
    titles = [f"Frame {n // 2}" for n in range(24)]
    deck = DeckFacts(creator="LaTeX via pandoc pdfTeX-1.40.25")
    report = assess_deck("a.pdf", _pages(titles), 20, HD, deck=deck)
    overlay = next(f for f in report.findings if f.code == "overlays-beamer")
    assert overlay.params == {"pages": 24, "frames": 12}


def test_assess_deck_closing_page_with_contact_details_past_the_twentieth():
    facts = [
        *slides(20),
        SlideFacts(
            1920,
            1080,
            title="Thank you!",
            text="Thank you! ana.garcia@example.org @anagarcia https://ana.example 21",
        ),
    ]
    report = assess_deck("a.pdf", facts, 20, HD)
    closing = next(f for f in report.findings if f.code == "closing-slide")
    assert (closing.slide, closing.params["words"]) == (21, "Thank you!")


def test_assess_deck_last_page_of_running_text_is_not_a_closing_page():
    facts = [*slides(20), SlideFacts(1920, 1080, title="Method", text="Method " + "words " * 80)]
    report = assess_deck("a.pdf", facts, 20, HD)
    assert "closing-slide" not in [f.code for f in report.findings]


def test_assess_deck_font_replaced_by_an_unknown_font_says_another_font():
    deck = DeckFacts(fonts=(FontSwap("Montserrat", "", (3,)),))
    report = assess_deck("a.odp", slides(20), 20, HD, deck=deck)
    assert found(report) == [("warning", "font-replaced", None)]
    assert "another font replaces it" in report.findings[0].message
