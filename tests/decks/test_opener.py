"""open_deck's dispatch on content, and the promise that every failure is one named sentence."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pechakucha.decks import DeckError, open_deck
from pechakucha.decks.errors import (
    DeckNotFound,
    EmptyFile,
    FileUnreadable,
    ImageTooLarge,
    NoSlides,
    NotADeck,
    PasswordProtected,
    UnreadableImage,
)
from pechakucha.decks.images import ImageDeck
from pechakucha.decks.opener import sniff
from pechakucha.decks.pdf import PdfDeck


def test_open_deck_missing_path_raises_deck_not_found(tmp_path):
    """A path that does not exist is named in the message."""
    with pytest.raises(DeckNotFound, match=r"gone\.pdf: file not found"):
        open_deck(tmp_path / "gone.pdf")


def test_open_deck_zero_byte_file_raises_empty_file(tmp_path):
    """A 0-byte file (a failed download or copy) is EmptyFile, not a parse error."""
    path = tmp_path / "blank.pdf"
    path.touch()
    with pytest.raises(EmptyFile, match=r"blank\.pdf"):
        open_deck(path)


def test_open_deck_zero_byte_image_in_a_list_raises_empty_file(tmp_path):
    """Empty images are reported as empty, naming them."""
    path = tmp_path / "blank.png"
    path.touch()
    with pytest.raises(EmptyFile, match=r"blank\.png"):
        open_deck([path])


def test_open_deck_pptx_raises_not_a_deck_saying_it_is_powerpoint(tmp_path):
    """A PowerPoint file is recognised as such so the speaker knows to export a PDF."""
    path = tmp_path / "talk.pptx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(NotADeck, match=r"talk\.pptx.*PowerPoint"):
        open_deck(path)


def test_what_a_non_deck_seems_to_be_is_inside_one_translatable_sentence(tmp_path):
    """ "(it is a PowerPoint file)" is part of the marked template, not an English value
    filled into it, so the whole sentence is translated."""
    from pechakucha.decks.errors import NOT_A_DECK

    path = tmp_path / "talk.pptx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(NotADeck) as caught:
        open_deck(path)
    assert caught.value.template in NOT_A_DECK.values()
    assert "PowerPoint" in caught.value.template
    assert caught.value.params == {"path": str(path), "reason": ""}


def test_open_deck_text_file_raises_not_a_deck(tmp_path):
    """Plain text, whatever its name, is not a deck."""
    path = tmp_path / "slides.png"
    path.write_text("slide 1: hello\n")
    with pytest.raises(NotADeck, match=r"slides\.png.*text file"):
        open_deck(path)


def test_open_deck_path_name_too_long_raises_file_unreadable(tmp_path):
    """An OS refusal other than 'not found' is still a DeckError naming the path."""
    with pytest.raises(FileUnreadable, match="cannot be read"):
        open_deck(tmp_path / ("x" * 300 + ".pdf"))


def test_open_deck_dispatches_pdf_folder_and_image(make_pdf, make_image, image_folder):
    """PDF bytes give a PdfDeck; a folder or an image gives an ImageDeck."""
    with open_deck(make_pdf()) as pdf, open_deck(image_folder) as folder:
        assert isinstance(pdf, PdfDeck)
        assert isinstance(folder, ImageDeck)
    with open_deck(str(make_image("one.webp", lossless=True))) as image:
        assert isinstance(image, ImageDeck)


def test_open_deck_list_with_a_pdf_raises_deck_error_naming_it(make_pdf, make_image):
    """Only images can be listed together; the odd one out is named."""
    with pytest.raises(DeckError, match=r"deck\.pdf: only images"):
        open_deck([make_image("a.png"), make_pdf()])


def test_open_deck_empty_list_raises_no_slides():
    """An empty selection is a deck with no slides."""
    with pytest.raises(NoSlides, match="no image files"):
        open_deck([])


def test_sniff_finds_pdf_header_after_leading_junk(tmp_path):
    """Like Acrobat, accept a %PDF- header anywhere in the first kilobyte."""
    path = tmp_path / "mail.pdf"
    path.write_bytes(b"\r\n\r\n%PDF-1.4\n...")
    assert sniff(path) == "pdf"


@pytest.fixture
def broken_inputs(tmp_path, make_pdf, make_bilevel_png, make_image):
    """One input per way of failing, each with a name the message must contain."""
    html = tmp_path / "page.pdf"
    html.write_text("<html><body>404</body></html>")
    empty = tmp_path / "empty.pdf"
    empty.touch()
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.4\n" + b"\xff" * 2000)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    return {
        "missing.pdf": tmp_path / "missing.pdf",
        "empty.pdf": empty,
        "page.pdf": html,
        "garbage.pdf": garbage,
        "locked.pdf": make_pdf("locked.pdf", encryption=4, owner_pw="o", user_pw="u"),
        "bomb.png": make_bilevel_png("bomb.png", 20_000, 20_000),
        "broken.png": broken,
    }


def test_every_deck_error_is_one_line_naming_the_file(broken_inputs):
    """Whatever went wrong, str(error) is a single sentence that contains the file name."""
    kinds = set()
    for name, path in broken_inputs.items():
        with pytest.raises(DeckError) as caught:
            open_deck(path)
        message = str(caught.value)
        assert name in message
        assert "\n" not in message
        assert message.endswith(".")
        kinds.add(type(caught.value))
    assert {DeckNotFound, EmptyFile, NotADeck, PasswordProtected, ImageTooLarge} <= kinds
    assert UnreadableImage in kinds


def test_decks_package_imports_no_qt():
    """The deck layer is Qt-free: importing and using it loads no PySide6 module."""
    code = (
        "import sys, pechakucha.decks, pechakucha.decks.opener\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_open_deck_named_pipe_is_refused_at_once_without_reading_it(tmp_path):
    """Opening a FIFO for reading waits for a writer forever: it is refused by its kind."""
    from pechakucha.decks.errors import NotRegularFile

    pipe = tmp_path / "talk.pdf"
    os.mkfifo(pipe)
    with pytest.raises(NotRegularFile, match=r"talk\.pdf: this is a named pipe"):
        open_deck(pipe)


def test_open_deck_folder_skips_a_named_pipe_among_its_images(image_folder):
    os.mkfifo(image_folder / "Slide7.png")
    with open_deck(image_folder) as deck:
        assert len(deck) == 6


def test_open_deck_postscript_named_pdf_says_postscript(tmp_path):
    path = tmp_path / "talk.pdf"
    path.write_bytes(b"%!PS-Adobe-3.0\n%%Pages: 20\n")
    with pytest.raises(NotADeck, match="PostScript"):
        open_deck(path)
