"""File name endings in any letter case, as Windows and cameras write them: TALK.PDF, IMG_0001.JPG,
Slide.Png, Deck.PPTX are decks like their lower-case twins, in the opener, in image folders and in
`pechakucha check`."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from pechakucha.decks.images import IMAGE_EXTENSIONS, list_image_files
from pechakucha.decks.opener import DECK_FILE_EXTENSIONS, describe_content, open_deck, sniff
from tests.conftest import write_numbered_pdf


def test_open_deck_reads_a_pdf_named_in_capitals(tmp_path):
    deck = open_deck(write_numbered_pdf(tmp_path / "TALK.PDF"))
    assert len(deck) == 20
    deck.close()


def test_an_image_folder_takes_slides_whatever_the_case_of_their_endings(tmp_path, make_image):
    folder = tmp_path / "fotos"
    names = ["Slide1.JPG", "Slide2.Png", "Slide3.JPEG", "Slide4.PNG", "Slide5.jpg", "Slide6.TIF"]
    for name in names:
        make_image(name, folder=folder, size=(160, 90), image_format=_format(name))
    (folder / "NOTES.TXT").write_text("not a slide", encoding="utf-8")
    assert [p.name for p in list_image_files(folder)] == names
    assert len(open_deck(folder)) == len(names)


def test_one_image_in_capitals_is_a_one_slide_deck(tmp_path, make_image):
    assert len(open_deck(make_image("COVER.JPG", image_format="JPEG"))) == 1


def test_presentations_in_capitals_are_recognised_for_conversion(tmp_path):
    """A .PPTX (a ZIP with ppt/presentation.xml) and an old .PPT (an OLE container, judged by
    its name) are both presentations LibreOffice can convert."""
    pptx = tmp_path / "DECK.PPTX"
    with zipfile.ZipFile(pptx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("ppt/presentation.xml", "<p:presentation/>")
    ppt = tmp_path / "OLD.PPT"
    ppt.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert sniff(pptx) == "office" and sniff(ppt) == "office"


def test_a_zip_named_PPTX_that_is_no_presentation_is_called_powerpoint(tmp_path):
    """The sentence says what the name claims, whatever its case."""
    head = b"PK\x03\x04" + b"\x00" * 40
    assert describe_content(Path("Broken.PPTX"), head) == "powerpoint"
    assert describe_content(Path("keynote.KEY"), head) == "keynote"


def test_the_extension_lists_are_lower_case_so_comparisons_lower_the_name():
    for extensions in (IMAGE_EXTENSIONS, DECK_FILE_EXTENSIONS):
        assert all(e == e.lower() and e.startswith(".") for e in extensions)
    assert {".pdf", ".pptx", ".odp", ".key", ".jpg", ".png"} <= DECK_FILE_EXTENSIONS


def test_check_accepts_capitals_in_deck_and_session_file_names(tmp_path, make_image):
    """`check TALK.PDF SESSION.TOML`: a deck and a session file (whose deck is written the
    Windows way), each recognised by its ending in capitals; no traceback."""
    write_numbered_pdf(tmp_path / "TALK.PDF")
    (tmp_path / "decks").mkdir()
    write_numbered_pdf(tmp_path / "decks" / "OTHER.PDF")
    session = tmp_path / "SESSION.TOML"
    session.write_text(
        '[session]\nbudget = "10:00"\n\n[[segment]]\nkind = "talk"\ndeck = \'decks\\OTHER.PDF\'\n',
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "pechakucha", "check", "TALK.PDF", "SESSION.TOML", "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "TALK.PDF" in result.stdout and "OTHER.PDF" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def _format(name: str) -> str:
    return {"JPG": "JPEG", "JPEG": "JPEG", "PNG": "PNG", "TIF": "TIFF"}[
        name.rsplit(".", 1)[1].upper()
    ]
