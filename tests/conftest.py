"""Test set-up shared by every layer: headless Qt before anything imports it."""

import os

# Without a display Qt aborts the whole pytest process; offscreen needs no system package.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest


def write_numbered_pdf(path: Path, slides: int = 20, size=(960, 540)) -> Path:
    """A real PDF deck: page k has a distinct colour and the text "slide k"."""
    import pymupdf

    document = pymupdf.open()
    for number in range(1, slides + 1):
        page = document.new_page(width=size[0], height=size[1])
        shade = (number * 37 % 255 / 255, number * 91 % 255 / 255, 0.5)
        page.draw_rect(page.rect, color=None, fill=shade)
        page.insert_text((size[0] / 3, size[1] / 2), f"slide {number}", fontsize=48)
    document.save(path)
    document.close()
    return path


@pytest.fixture(autouse=True)
def own_settings(tmp_path_factory, monkeypatch) -> Path:
    """Every test remembers (QSettings) into a folder of its own, never the user's, on every
    system: $PECHAKUCHA_CONFIG_DIR (this process and the apps it starts), $XDG_CONFIG_HOME."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.setenv("PECHAKUCHA_CONFIG_DIR", str(folder / "pechakucha"))
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder))
    return folder


@pytest.fixture
def numbered_pdf(tmp_path: Path) -> Path:
    """A 20-slide 16:9 PDF in a temporary folder."""
    return write_numbered_pdf(tmp_path / "talk.pdf")
