"""The office readers on their own: archive limits, metric twins, fonts without fontconfig."""

from __future__ import annotations

import zipfile

import pytest

from pechakucha.decks.office.archive import TooBig, is_bomb, read_member
from pechakucha.decks.office.fonts import font_swaps, same_metrics
from tests.decks import corpus_office


def test_read_member_stops_at_its_limit_whatever_the_header_says(tmp_path):
    bomb = corpus_office.zip_bomb(tmp_path / "bomb.odp", megabytes=40)
    with zipfile.ZipFile(bomb) as archive:
        assert read_member(archive, "content.xml") == b"<x/>"
        with pytest.raises(TooBig):
            read_member(archive, "mimetype")
        assert is_bomb(archive)


def test_real_presentation_is_not_a_bomb(tmp_path):
    deck = corpus_office.fonts_presentation(tmp_path / "talk.odp", {}, gif_on=(2,))
    with zipfile.ZipFile(deck) as archive:
        assert not is_bomb(archive)


@pytest.mark.parametrize(
    ("wanted", "used", "same"),
    [
        ("Arial", "Liberation Sans", True),
        ("Helvetica", "Arimo", True),
        ("Times New Roman", "Liberation Serif", True),
        ("Calibri", "Carlito", True),
        ("DejaVu Sans", "DejaVu Sans", True),
        ("Arial", "DejaVu Sans", False),
        ("Comic Sans MS", "DejaVu Sans", False),
        ("Calibri", "Liberation Sans", False),
    ],
)
def test_same_metrics_knows_the_metric_twins(wanted, used, same):
    assert same_metrics(wanted, used) is same


def test_font_swaps_without_fontconfig_fall_back_to_the_pdf_fonts_quietly(monkeypatch):
    """No fc-match (Windows, macOS): the fonts the PDF embeds tell; nothing is raised."""
    monkeypatch.setenv("PATH", "")
    usage = {"Arial": (1, 2), "Montserrat": (3,), "DejaVu Sans": (4,)}
    swaps = font_swaps(usage, {"LiberationSans", "DejaVuSans-Bold"})
    assert [(s.font, s.substitute, s.slides) for s in swaps] == [("Montserrat", "", (3,))]
