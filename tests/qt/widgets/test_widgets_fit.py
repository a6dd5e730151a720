"""Widgets that never cut text silently, and a progress bar that shows on any slide."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.pixels.render import SlideRenderer
from pechakucha.qt.widgets.countdown import CountdownRing
from pechakucha.qt.widgets.fit_label import FitLabel
from pechakucha.qt.widgets.slide_view import SlideView


def test_fit_label_shrinks_before_it_elides(qtbot):
    label = FitLabel(40, min_pixels=20)
    qtbot.addWidget(label)
    label.show()
    label.resize(400, label.height())
    label.setText("Q&A: 20:22 left of 21:27")
    assert label.text() == label.full_text()
    assert 20 <= label.font().pixelSize() < 40
    assert QFontMetrics(label.font()).horizontalAdvance(label.text()) <= 400


def test_fit_label_elides_in_the_middle_and_keeps_the_time_and_the_whole_text(qtbot):
    label = FitLabel(40, min_pixels=20, elide=Qt.ElideMiddle)
    qtbot.addWidget(label)
    label.show()
    label.resize(300, label.height())
    label.setText("Preguntas y respuestas: quedan 20:22 de 21:27")
    assert label.is_elided()
    assert label.text().endswith("21:27") and "…" in label.text()
    assert label.toolTip() == label.full_text()
    label.resize(2000, label.height())
    assert not label.is_elided() and label.toolTip() == ""


@pytest.mark.parametrize("text", ["+1:20:40", "0:13", "+0:20", "1:55:11"])
@pytest.mark.parametrize("side", [120, 190, 400])
def test_the_ring_number_fits_inside_the_ring(qtbot, text, side):
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(side, side)
    ring.set_value(0.1, text, caption="Preguntas y respuestas")
    font = ring.number_font()
    assert QFontMetrics(font).horizontalAdvance(text) <= ring.number_rect(font).width()
    assert ring.number_rect(font).width() < ring.ring_box().width()


def test_a_caption_too_long_for_the_ring_is_in_its_tooltip(qtbot):
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(120, 120)
    ring.set_value(1.0, "5:00", caption="Preguntas y respuestas de la sesión de la tarde")
    assert not ring.caption_fits()
    assert ring.toolTip() == ring.caption()


def one_colour_pdf(path: Path, rgb: tuple[float, float, float]) -> Path:
    document = pymupdf.open()
    page = document.new_page(width=960, height=540)
    page.draw_rect(page.rect, color=None, fill=rgb)
    document.save(path)
    document.close()
    return path


@pytest.mark.parametrize("fill", [(1, 1, 1), (0, 0, 0), (0.96, 0.94, 0.9)])
def test_the_progress_bar_shows_on_light_and_dark_slides(qtbot, tmp_path, fill):
    renderer = SlideRenderer()
    try:
        view = SlideView(PixmapCache(renderer))
        qtbot.addWidget(view)
        view.resize(960, 540)
        view.show()
        view.set_slide(str(one_colour_pdf(tmp_path / "slide.pdf", fill)), 0)
        view._cache.fill_now([view.key()])
        view.set_progress(0.5)
        image = view.grab().toImage()
    finally:
        renderer.close()
    slide = image.pixelColor(480, 200).lightness()
    rows = range(image.height() - 8, image.height())  # at least 8 px high
    contrast = max(abs(image.pixelColor(240, y).lightness() - slide) for y in rows)
    assert contrast > 150, "the filled part stands out from the slide"
    assert any(image.pixelColor(240, y).lightness() > 200 for y in rows)
