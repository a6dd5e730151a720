"""Preflight judgement over slide facts: count, aspect, resolution, blank, duplicates."""

from pechakucha.core.geometry import fit_rect
from pechakucha.core.preflight import (
    FAILED,
    PROBLEMS,
    READY,
    SlideFacts,
    aspect_name,
    assess_deck,
    failed_report,
)

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


def test_assess_deck_four_by_three_deck_on_a_sixteen_by_nine_projector_warns_once():
    report = assess_deck("a.pdf", slides(20, 1024, 768), 20, HD)
    assert codes(report) == [("aspect-mismatch", None)]


def test_assess_deck_small_images_are_too_low_resolution_for_the_projector():
    facts = slides(20, 1920, 1080, (1920, 1080))
    facts[2] = SlideFacts(800, 450, (800, 450), digest="small")
    report = assess_deck("folder", facts, 20, HD)
    assert codes(report) == [("low-resolution", 3)]


def test_assess_deck_blank_and_repeated_slides_are_information_only():
    facts = slides(20)
    facts[4] = SlideFacts(1920, 1080, flat=True, digest="flat")
    facts[9] = SlideFacts(1920, 1080, digest=facts[8].digest)
    report = assess_deck("a.pdf", facts, 20, HD)
    assert codes(report) == [("blank-slide", 5), ("duplicate-slide", 10)]
    assert report.status == READY


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
