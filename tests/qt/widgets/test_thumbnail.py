"""Contact-sheet thumbnails: badges sit under the slide, never over its title."""

from __future__ import annotations

import pytest

from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.pixels.render import SlideRenderer
from pechakucha.qt.widgets.thumbnail import Mark, Thumbnail


@pytest.fixture
def thumbnail(qtbot, numbered_pdf):
    renderer = SlideRenderer()
    thumb = Thumbnail(PixmapCache(renderer), str(numbered_pdf), 2, (192, 108))
    qtbot.addWidget(thumb)
    yield thumb
    thumb.close()  # it paints from the cache, which goes with the renderer
    renderer.close()


def test_Thumbnail_badges_sit_in_the_caption_row_under_the_slide(thumbnail):
    """Whatever was found, the picture itself is left uncovered."""
    thumbnail.set_marks([Mark("error", "beyond 20", "x"), Mark("info", "duplicate", "y")])
    picture, caption = thumbnail.image_rect(), thumbnail.caption_rect()
    boxes = thumbnail.badge_rects()
    assert len(boxes) == 2
    for box in boxes:
        assert box.top() >= picture.bottom()
        assert caption.contains(box.toAlignedRect())


def test_Thumbnail_too_many_badges_end_with_a_count_of_the_rest(thumbnail):
    marks = [Mark("warning", f"long badge text {n}", "detail") for n in range(6)]
    thumbnail.set_marks(marks)
    shown = thumbnail.badge_layout()
    assert shown[-1][1].startswith("+")
    assert len(shown) < 6
    assert all(thumbnail.caption_rect().contains(box.toAlignedRect()) for box, _, _ in shown)
    assert thumbnail.toolTip().count("detail") == 6
