"""The preview window, opened and started, for every preview test."""

from __future__ import annotations

from pathlib import Path

import pytest

from pechakucha.core.formats import PECHAKUCHA
from pechakucha.qt.preview.loader import preview_entries
from pechakucha.qt.preview.window import PreviewWindow


@pytest.fixture
def open_preview(qtbot):
    """Factory: a shown, started preview of `path` (closed after the test)."""
    windows: list[PreviewWindow] = []

    def make(path: Path) -> PreviewWindow:
        title, entries = preview_entries(str(path), PECHAKUCHA)
        window = PreviewWindow(entries, title)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.start()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
