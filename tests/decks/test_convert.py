"""PowerPoint and Impress decks converted by LibreOffice, for real (skipped where it is not
installed; CI installs libreoffice-impress): pixels, what the conversion changed, the cache."""

from __future__ import annotations

import os
import shutil
import time

import pytest

from pechakucha.decks import convert, open_deck
from pechakucha.decks.convert import cache_folder, soffice
from pechakucha.decks.errors import ConversionFailed, NeedsConverter, NotADeck
from pechakucha.decks.inspect import check_path
from tests.decks import makers
from tests.decks.helpers import pixel

needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    """Each test converts into its own cache folder, with the real LibreOffice if any."""
    monkeypatch.setenv("PECHAKUCHA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("PECHAKUCHA_SOFFICE", raising=False)


@pytest.fixture(scope="module")
def presentations(tmp_path_factory):
    """An .odp (21 slides, slide 4 hidden, a font that is not installed) and the .pptx
    LibreOffice saves from it."""
    folder = tmp_path_factory.mktemp("office")
    odp = makers.impress_file(folder / "charla.odp", font_name="Calibri")
    if shutil.which("soffice") is None:
        return {"odp": odp}
    return {"odp": odp, "pptx": makers.powerpoint_file(odp, folder, shutil.which("soffice"))}


@needs_libreoffice
@pytest.mark.parametrize("kind", ["odp", "pptx"])
def test_open_deck_presentation_is_converted_and_shows_its_slides(presentations, kind):
    """The hidden slide is left out (20 of 21 remain); slide 1's text is drawn in black on
    white; the deck keeps the presentation's own path."""
    with open_deck(presentations[kind]) as deck:
        assert len(deck) == 20
        assert deck.path == presentations[kind]
        slide = deck.render(0, 320, 180)
        assert pixel(slide, 300, 170) == (255, 255, 255)
        assert any(pixel(slide, x, y) < (90, 90, 90) for x in range(20, 160) for y in range(20, 60))
        assert deck.conversion.hidden_slides == (4,)
        swap = next(swap for swap in deck.conversion.fonts if swap.font == "Calibri")
        assert swap.slides == tuple(range(1, 21))  # every shown slide draws text in it


@needs_libreoffice
def test_check_converted_deck_reports_hidden_slides_and_substituted_fonts(presentations):
    report = check_path(str(presentations["pptx"]), 20, (1920, 1080), "pechakucha")
    found = {f.code: f for f in report.findings}
    assert found["converted"].params == {"kind": "a PowerPoint file"}
    assert found["hidden-slides"].params == {"slides": "4"}
    assert found["font-substituted"].params["font"] == "Calibri"
    assert found["font-substituted"].params["slides"] == "1–20"
    assert report.slides == 20


@needs_libreoffice
def test_converted_deck_opens_again_from_the_cache_without_libreoffice(presentations, monkeypatch):
    """Converted once before the show; during it the cache answers, LibreOffice is not run."""
    with open_deck(presentations["odp"]):
        pass
    assert len(list(cache_folder().glob("*.pdf"))) == 1
    monkeypatch.setenv("PECHAKUCHA_SOFFICE", "")  # no converter from here on
    with open_deck(presentations["odp"]) as deck:
        assert len(deck) == 20


def test_open_deck_presentation_without_libreoffice_says_what_to_install(
    presentations, monkeypatch
):
    monkeypatch.setenv("PECHAKUCHA_SOFFICE", "")
    assert soffice() is None
    with pytest.raises(NeedsConverter) as caught:
        open_deck(presentations["odp"])
    message = str(caught.value)
    assert "charla.odp" in message and "libreoffice-impress" in message
    assert "export the slides as PDF" in message


def test_open_deck_zip_that_is_not_a_presentation_is_not_a_deck(tmp_path):
    """A .pptx name on some other ZIP is refused as before, without running LibreOffice."""
    import zipfile

    path = tmp_path / "photos.pptx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "not a presentation")
    with pytest.raises(NotADeck, match="PowerPoint"):
        open_deck(path)


def write_program(path, body: str):
    """A stand-in for soffice: a shell script doing `body`."""
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)
    return path


def test_converter_that_writes_nothing_is_one_sentence_naming_the_file(
    presentations, tmp_path, monkeypatch
):
    monkeypatch.setenv("PECHAKUCHA_SOFFICE", str(write_program(tmp_path / "lo", "exit 0")))
    with pytest.raises(ConversionFailed, match=r"charla\.odp: LibreOffice could not convert"):
        open_deck(presentations["odp"])


def test_converter_that_hangs_is_stopped_with_its_children(presentations, tmp_path, monkeypatch):
    """A conversion past the time limit is stopped, the program and what it started killed."""
    marker = tmp_path / "child.pid"
    program = write_program(tmp_path / "lo", f"sleep 600 & echo $! > {marker}\nwait")
    monkeypatch.setenv("PECHAKUCHA_SOFFICE", str(program))
    monkeypatch.setattr(convert, "CONVERT_TIMEOUT", 1.0)
    with pytest.raises(ConversionFailed, match="took too long"):
        open_deck(presentations["odp"])
    child = int(marker.read_text())
    with pytest.raises(ProcessLookupError):
        for _ in range(100):  # the kill is sent; give the system a moment to reap it
            os.kill(child, 0)
            time.sleep(0.05)
