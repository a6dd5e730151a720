"""PowerPoint, Impress and Keynote files shown as PDF: converted once by LibreOffice, cached.

A conversion takes seconds, so it happens before the show: `check`, `preview`, the editor and
session loading all open decks through open_deck, which converts here; during a talk a deck is
only ever read back from the cache. The cache is keyed by the file's content (a deck saved again
is converted again, a copy under another name is not) and lives in the user's cache folder
($PECHAKUCHA_CACHE_DIR, else $XDG_CACHE_HOME/pechakucha, else ~/.cache/pechakucha).

What the conversion changes that a speaker would care about is kept beside the PDF: slides
hidden in the presentation (LibreOffice leaves them out) and fonts that are not installed here
(LibreOffice draws the text with another font, so it may not fit as designed).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path
from xml.etree import ElementTree

from pechakucha.core.atomic import write_atomic
from pechakucha.decks.errors import ConversionFailed, FileUnreadable, NeedsConverter

CONVERT_TIMEOUT = 180.0
"""Seconds LibreOffice may take for one file before it is stopped (a 20-slide deck: ~2 s)."""

CACHE_VERSION = "1"  # bump to convert everything again after changing how notes are made

_SUFFIX_KINDS = {
    ".ppt": "a PowerPoint file",
    ".pps": "a PowerPoint file",
    ".pot": "a PowerPoint file",
    ".key": "a Keynote file",
}
_ODF_PRESENTATION = b"application/vnd.oasis.opendocument.presentation"


@dataclass(frozen=True)
class ConversionNotes:
    """What a speaker should know about a converted deck. Slides are numbered from 1 in the
    original presentation."""

    kind: str
    hidden_slides: tuple[int, ...] = ()
    missing_fonts: tuple[str, ...] = ()


def office_kind(path: Path, head: bytes) -> str | None:
    """ "a PowerPoint file", "an Impress presentation" or "a Keynote file" if `path` (whose
    first bytes are `head`) is a presentation LibreOffice can convert, else None."""
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # the old Office container: trust the name
        return _SUFFIX_KINDS.get(path.suffix.lower()) if path.suffix.lower() != ".key" else None
    if not head.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "ppt/presentation.xml" in names:
                return "a PowerPoint file"
            if "mimetype" in names and archive.read("mimetype").startswith(_ODF_PRESENTATION):
                return "an Impress presentation"
    except (OSError, zipfile.BadZipFile, KeyError, RuntimeError, ValueError):
        return None
    if any(name.startswith("Index/") or name == "index.apxl" for name in names):
        return "a Keynote file"
    return None


def soffice() -> str | None:
    """The LibreOffice program to convert with: $PECHAKUCHA_SOFFICE if set (empty: none),
    else `soffice` or `libreoffice` on the PATH."""
    chosen = os.environ.get("PECHAKUCHA_SOFFICE")
    if chosen is not None:
        return chosen or None
    return shutil.which("soffice") or shutil.which("libreoffice")


def cache_folder() -> Path:
    """Where converted decks are kept."""
    chosen = os.environ.get("PECHAKUCHA_CACHE_DIR")
    if chosen:
        return Path(chosen) / "converted"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pechakucha" / "converted"


def content_key(path: Path) -> str:
    """A digest of the file's bytes (and of this module's cache version)."""
    digest = hashlib.blake2b(CACHE_VERSION.encode(), digest_size=16)
    try:
        with path.open("rb") as file:
            while chunk := file.read(1 << 20):
                digest.update(chunk)
    except OSError as error:
        raise FileUnreadable(path, error.strerror or "") from error
    return digest.hexdigest()


def converted_pdf(path: Path, kind: str) -> tuple[Path, ConversionNotes]:
    """The cached PDF of the presentation at `path` and its notes, converting it first if
    this content was never converted. Raises NeedsConverter without LibreOffice,
    ConversionFailed if LibreOffice produces nothing."""
    folder = cache_folder()
    key = content_key(path)
    pdf, notes_file = folder / f"{key}.pdf", folder / f"{key}.json"
    if pdf.is_file() and notes_file.is_file():
        with contextlib.suppress(OSError, ValueError, TypeError):
            return pdf, ConversionNotes(**_tuples(json.loads(notes_file.read_text("utf-8"))))
    program = soffice()
    if program is None:
        raise NeedsConverter(path, kind)
    data = run_libreoffice(program, path, kind)
    notes = ConversionNotes(kind, *_changes(path, data))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write_bytes(pdf, data)
        _write_bytes(notes_file, json.dumps(asdict(notes)).encode())
    except OSError:  # no cache (a read-only home): convert again next time, show it now
        pdf = _scratch_copy(data)
    return pdf, notes


def run_libreoffice(program: str, path: Path, kind: str) -> bytes:
    """Convert `path` to PDF bytes with LibreOffice in a private, throwaway set-up (so a
    LibreOffice the user has open neither blocks nor receives the job)."""
    with tempfile.TemporaryDirectory(prefix="pechakucha-convert-") as scratch:
        folder = Path(scratch)
        source = folder / f"deck{path.suffix.lower() or '.pptx'}"
        shutil.copyfile(path, source)  # a plain ASCII name, whatever bytes the real one has
        command = [
            program,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder / "out"),
            str(source),
        ]
        try:
            _run_alone(command)
        except subprocess.TimeoutExpired as error:
            raise ConversionFailed(path, kind, "it took too long") from error
        except OSError as error:
            raise ConversionFailed(path, kind, error.strerror or "") from error
        result = folder / "out" / "deck.pdf"
        if not result.is_file() or result.stat().st_size == 0:
            raise ConversionFailed(path, kind)
        return result.read_bytes()


def _run_alone(command: list[str]) -> None:
    """Run `command` in its own process group, silently; past CONVERT_TIMEOUT the whole group
    is killed (soffice starts soffice.bin, which a plain kill would leave running)."""
    with subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    ) as process:
        try:
            process.wait(timeout=CONVERT_TIMEOUT)
        except subprocess.TimeoutExpired:
            if hasattr(os, "killpg"):
                with contextlib.suppress(OSError):
                    os.killpg(process.pid, signal.SIGKILL)
            process.kill()
            process.wait()
            raise


def open_converted(path: Path):
    """A PdfDeck showing the presentation at `path`; its `path` stays the presentation's and
    its `conversion` holds the ConversionNotes."""
    from pechakucha.decks.pdf import open_pdf

    try:
        with path.open("rb") as file:
            head = file.read(8)
    except OSError as error:
        raise FileUnreadable(path, error.strerror or "") from error
    kind = office_kind(path, head) or "a presentation"
    pdf, notes = converted_pdf(path, kind)
    deck = open_pdf(pdf, shown_as=path)
    deck.conversion = notes
    return deck


def _write_bytes(path: Path, data: bytes) -> None:
    def write(temp: str) -> None:
        Path(temp).write_bytes(data)

    write_atomic(path, write)


def _scratch_copy(data: bytes) -> Path:
    handle, name = tempfile.mkstemp(prefix="pechakucha-converted-", suffix=".pdf")
    with os.fdopen(handle, "wb") as file:
        file.write(data)
    return Path(name)


def _tuples(fields: dict) -> dict:
    return {k: tuple(v) if isinstance(v, list) else v for k, v in fields.items()}


def _changes(path: Path, pdf: bytes) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Hidden slides of the presentation, and the fonts it asks for that the PDF lacks."""
    try:
        with zipfile.ZipFile(path) as archive:
            hidden, fonts = _read_presentation(archive)
    except (OSError, zipfile.BadZipFile, ElementTree.ParseError, KeyError, ValueError):
        return (), ()  # an old binary .ppt or Keynote: nothing more to say
    return hidden, _missing_fonts(fonts, pdf)


def _read_presentation(archive: zipfile.ZipFile) -> tuple[tuple[int, ...], set[str]]:
    names = set(archive.namelist())
    if "ppt/presentation.xml" in names:
        return _pptx_hidden(archive), _pptx_fonts(archive, names)
    if "content.xml" in names:
        return _odp_hidden_and_fonts(archive, names)
    return (), set()


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _attribute(element: ElementTree.Element, name: str) -> str | None:
    return next((value for key, value in element.attrib.items() if _local(key) == name), None)


def _pptx_hidden(archive: zipfile.ZipFile) -> tuple[int, ...]:
    """Numbers (1-based, in show order) of the slides marked show="0"."""
    presentation = ElementTree.fromstring(archive.read("ppt/presentation.xml"))
    relations = ElementTree.fromstring(archive.read("ppt/_rels/presentation.xml.rels"))
    targets = {_attribute(r, "Id"): _attribute(r, "Target") for r in relations}
    order = [  # each slide's r:id (sldId also has a plain numeric id)
        next((v for k, v in e.attrib.items() if k.endswith("}id")), None)
        for e in presentation.iter()
        if _local(e.tag) == "sldId"
    ]
    hidden = []
    for number, relation in enumerate(order, 1):
        target = (targets.get(relation) or "").lstrip("/")
        name = target if target.startswith("ppt/") else f"ppt/{target}"
        slide = ElementTree.fromstring(archive.read(name))
        if _attribute(slide, "show") in ("0", "false"):
            hidden.append(number)
    return tuple(hidden)


def _pptx_fonts(archive: zipfile.ZipFile, names: set[str]) -> set[str]:
    """Latin typefaces named by the slides and the theme (theme references like +mn-lt skipped)."""
    fonts = set()
    for name in names:
        if re.fullmatch(r"ppt/(slides/slide\d+|theme/theme\d+)\.xml", name):
            for element in ElementTree.fromstring(archive.read(name)).iter():
                face = _attribute(element, "typeface") if _local(element.tag) == "latin" else None
                if face and not face.startswith("+"):
                    fonts.add(face)
    return fonts


def _odp_hidden_and_fonts(
    archive: zipfile.ZipFile, names: set[str]
) -> tuple[tuple[int, ...], set[str]]:
    content = ElementTree.fromstring(archive.read("content.xml"))
    hidden_styles = {
        _attribute(style, "name")
        for style in content.iter()
        if _local(style.tag) == "style"
        and any(_attribute(p, "visibility") == "hidden" for p in style.iter())
    }
    pages = [e for e in content.iter() if _local(e.tag) == "page"]
    hidden = tuple(
        number
        for number, page in enumerate(pages, 1)
        if _attribute(page, "style-name") in hidden_styles
        or _attribute(page, "visibility") == "hidden"
    )
    fonts = set()
    for name in ("content.xml", "styles.xml"):
        if name in names:
            root = content if name == "content.xml" else ElementTree.fromstring(archive.read(name))
            fonts |= {
                _attribute(e, "font-family").strip("'\"")
                for e in root.iter()
                if _local(e.tag) == "font-face" and _attribute(e, "font-family")
            }
    return hidden, fonts


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _missing_fonts(wanted: set[str], pdf: bytes) -> tuple[str, ...]:
    """The fonts of `wanted` that do not appear among the fonts the PDF embeds."""
    if not wanted:
        return ()
    import pymupdf

    try:
        with pymupdf.open(stream=pdf, filetype="pdf") as document:
            used = {
                _squash(font[3].split("+", 1)[-1])
                for index in range(document.page_count)
                for font in document.get_page_fonts(index)
            }
    except Exception:
        return ()
    finally:
        pymupdf.TOOLS.reset_mupdf_warnings()
    if not used:
        return ()  # no text drawn at all: no font was missed
    return tuple(
        sorted(font for font in wanted if not any(u.startswith(_squash(font)) for u in used))
    )
