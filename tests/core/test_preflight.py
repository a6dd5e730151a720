"""Preflight judgement over slide facts: count, aspect, resolution, blank, duplicates."""

from dataclasses import replace

from pechakucha.core.geometry import fit_rect
from pechakucha.core.preflight import (
    FAILED,
    INFO,
    PROBLEMS,
    READY,
    WARNING,
    DeckFacts,
    PlacedPicture,
    SlideFacts,
    aspect_name,
    assess_deck,
    failed_report,
    slide_list,
)
from pechakucha.core.preflight.exports import continues, export_findings

HD = (1920, 1080)


def slides(n, width=1920, height=1080, pixels=None):
    return [SlideFacts(width, height, pixels, digest=f"d{i}") for i in range(n)]


def codes(report):
    return [(f.code, f.slide) for f in report.findings]


def test_assess_deck_twenty_clean_sixteen_by_nine_slides_is_ready():
    report = assess_deck("a.pdf", slides(20), 20, HD)
    assert report.status == READY
    assert report.findings == ()


def test_assess_deck_nineteen_or_twenty_one_slides_is_an_error():
    for count in (19, 21):
        report = assess_deck("a.pdf", slides(count), 20, HD)
        assert report.status == PROBLEMS
        assert codes(report) == [("slide-count", None)]
        assert f"has {count} slides" in report.findings[0].message


def test_assess_deck_one_portrait_slide_in_a_landscape_deck_is_flagged_on_that_slide():
    facts = slides(20)
    facts[6] = SlideFacts(1080, 1920, digest="p")
    report = assess_deck("a.pdf", facts, 20, HD)
    assert codes(report) == [("mixed-aspect", 7)]
    assert "9:16" in report.findings[0].message


def test_assess_deck_four_by_three_deck_on_a_sixteen_by_nine_projector_is_ready_information():
    """Letterboxing is normal: information once, and the deck is ready."""
    report = assess_deck("a.pdf", slides(20, 1024, 768), 20, HD)
    assert codes(report) == [("aspect-mismatch", None)]
    assert report.findings[0].severity == INFO
    assert report.status == READY


def test_assess_deck_portrait_deck_on_a_landscape_projector_is_a_warning():
    report = assess_deck("a.pdf", slides(20, 1080, 1920), 20, HD)
    assert [(f.code, f.severity) for f in report.findings] == [("aspect-mismatch", WARNING)]


def test_assess_deck_says_most_only_for_a_majority():
    """5 of 20 slides at 1.50:1 are not "most": one finding lists each shape's slides."""
    facts = slides(8) + slides(7, 1024, 768) + slides(5, 1500, 1000)
    report = assess_deck("folder", facts, 20, HD)
    shapes = next(f for f in report.findings if f.code == "mixed-aspects")
    assert shapes.params["groups"] == "16:9 (1–8), 4:3 (9–15), 1.50:1 (16–20)"
    assert not any(f.code == "mixed-aspect" for f in report.findings)


def test_assess_deck_pdf_picture_stretched_past_the_floor_warns_small_or_sharp_ones_do_not():
    facts = slides(20)
    stretched = PlacedPicture((640, 360), (1920, 1080), 1.0)  # 3×
    logo = PlacedPicture((50, 50), (400, 400), 0.08)  # 8× but a corner logo
    sharp = PlacedPicture((2400, 1350), (1920, 1080), 1.0)
    facts[1] = replace(facts[1], pictures=(stretched, logo))
    facts[2] = replace(facts[2], pictures=(logo, sharp))
    report = assess_deck("a.pdf", facts, 20, HD)
    assert codes(report) == [("stretched-image", 2)]
    assert report.findings[0].params["factor"] == 3.0


def test_assess_deck_repaired_file_names_damaged_slides_or_says_to_look_at_all():
    facts = slides(20)
    facts[4] = replace(facts[4], damaged=True)
    facts[9] = SlideFacts(0, 0, error="cannot be drawn", damaged=True)
    report = assess_deck("a.pdf", facts, 20, HD, deck=DeckFacts(repaired=True))
    repaired = next(f for f in report.findings if f.code == "repaired")
    assert repaired.params == {"slides": "5, 10"} and repaired.severity == WARNING
    clean = assess_deck("a.pdf", slides(20), 20, HD, deck=DeckFacts(repaired=True))
    assert codes(clean) == [("repaired-unknown", None)]


def test_assess_deck_facts_past_the_talk_are_counted_not_judged_and_say_so():
    facts = slides(20) + [replace(f, drawn=False, flat=True) for f in slides(5)]
    report = assess_deck("a.pdf", facts, 20, HD, deck=DeckFacts(slides=300))
    assert codes(report) == [("slide-count", None), ("not-drawn", None)]
    assert report.slides == 300


def test_slide_list_writes_runs_with_dashes():
    assert slide_list([3, 5, 6, 7, 12, 13]) == "3, 5–7, 12, 13"
    assert slide_list([4]) == "4"


def test_continues_needs_the_same_label_or_the_same_title_keeping_the_words():
    first = SlideFacts(16, 9, text="Goals one", title="Goals")
    assert continues(first, SlideFacts(16, 9, text="Goals one two", title="Goals"))
    assert not continues(first, SlideFacts(16, 9, text="Goals three", title="Goals"))
    assert not continues(first, SlideFacts(16, 9, text="Plan one", title="Plan"))
    labelled = replace(first, label="3")
    assert continues(labelled, SlideFacts(16, 9, text="x", title="y", label="3"))
    assert not continues(labelled, replace(labelled, label="4"))


def test_export_findings_closing_page_only_when_it_is_the_one_page_too_many():
    facts = [*slides(20), SlideFacts(16, 9, text="Thank you! 21", drawn=False)]
    assert [f.code for f in export_findings(facts, DeckFacts(), 20)] == ["closing-slide"]
    assert export_findings(facts, DeckFacts(), 21) == []
    assert export_findings(facts + slides(1), DeckFacts(), 20) == []


def test_assess_deck_page_number_only_needs_a_number_and_almost_no_ink():
    """Ink is measured without the page number: a number alone is nearly blank; a word in
    huge letters is not, and neither is a slide with ink beside its number."""
    facts = slides(20)
    facts[0] = SlideFacts(1920, 1080, text="7 / 20", ink=0.0004, digest="a")
    facts[1] = SlideFacts(1920, 1080, text="Agua", ink=0.0004, digest="b")
    facts[2] = SlideFacts(1920, 1080, text="7", ink=0.3, digest="c")
    report = assess_deck("a.pdf", facts, 20, HD)
    assert codes(report) == [("page-number-only", 1)]


def test_assess_deck_small_images_are_too_low_resolution_for_the_projector():
    facts = slides(20, 1920, 1080, (1920, 1080))
    facts[2] = SlideFacts(800, 450, (800, 450), digest="small")
    report = assess_deck("folder", facts, 20, HD)
    assert codes(report) == [("low-resolution", 3)]


def test_assess_deck_blank_slides_warn_and_repeated_slides_are_information():
    """A blank slide in a talk is twenty seconds of nothing: a warning naming it."""
    facts = slides(20)
    facts[4] = SlideFacts(1920, 1080, flat=True, digest="flat")
    facts[9] = SlideFacts(1920, 1080, digest=facts[8].digest)
    report = assess_deck("a.pdf", facts, 20, HD)
    assert codes(report) == [("blank-slide", 5), ("duplicate-slide", 10)]
    assert [f.severity for f in report.findings] == ["warning", "info"]
    assert report.status == PROBLEMS


def test_assess_deck_a_slide_that_fails_to_render_is_an_error_with_its_number():
    facts = slides(20)
    facts[11] = SlideFacts(1920, 1080, error="broken content stream")
    report = assess_deck("a.pdf", facts, 20, HD)
    assert codes(report) == [("render-failed", 12)]
    assert report.status == PROBLEMS


def test_failed_report_has_error_status_and_json_shape():
    report = failed_report("x.pdf", "x.pdf: file not found.")
    assert report.status == FAILED
    assert report.as_dict() == {
        "path": "x.pdf",
        "status": "error",
        "slides": 0,
        "findings": [
            {
                "severity": "error",
                "slide": None,
                "code": "load-failed",
                "message": "x.pdf: file not found.",
            }
        ],
    }


def test_aspect_name_knows_common_ratios():
    assert aspect_name(1280, 720) == "16:9"
    assert aspect_name(1366, 768) == "16:9"
    assert aspect_name(800, 600) == "4:3"
    assert aspect_name(595, 842) == "A4 portrait"
    assert aspect_name(2.39, 1) == "2.39:1"


def test_fit_rect_letterboxes_four_by_three_inside_sixteen_by_nine():
    assert fit_rect(1024, 768, 1920, 1080) == (240, 0, 1440, 1080)
    assert fit_rect(1080, 1920, 1920, 1080) == (656, 0, 608, 1080)
    assert fit_rect(16, 9, 1920, 1080) == (0, 0, 1920, 1080)
