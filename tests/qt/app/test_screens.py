"""Screen choice and single-screen mode."""

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from pechakucha.qt.app.screens import ScreenPlacer, pick_projector
from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.pixels.render import SlideRenderer
from pechakucha.qt.show.audience import AudienceWindow


def test_pick_projector_prefers_a_non_primary_screen_and_obeys_screen_n():
    laptop, projector, third = object(), object(), object()
    assert pick_projector([laptop, projector], laptop, None) is projector
    assert pick_projector([laptop, projector, third], laptop, 2) is third
    assert pick_projector([laptop, projector], laptop, 7) is projector  # out of range: default
    assert pick_projector([laptop], laptop, None) is laptop


def test_single_screen_mode_hides_the_console_shows_a_corner_countdown_and_Tab_toggles(qtbot):
    assert len(QGuiApplication.screens()) == 1  # the offscreen platform has one screen
    renderer = SlideRenderer()
    cache = PixmapCache(renderer)
    audience, console = AudienceWindow(cache), QWidget()
    qtbot.addWidget(audience)
    qtbot.addWidget(console)
    placer = ScreenPlacer(audience, console)
    placer.place()
    assert placer.single_screen
    assert audience.isFullScreen() and not console.isVisible()
    assert audience.corner.isVisible()
    placer.toggle_console()
    assert console.isVisible()
    placer.toggle_console()
    assert not console.isVisible()
    audience.close()
    renderer.close()
