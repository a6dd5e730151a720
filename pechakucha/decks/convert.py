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
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path
from xml.etree import ElementTree

from pechakucha.core.atomic import write_atomic
from pechakucha.core.preflight import FontSwap
from pechakucha.decks.errors import (
    ArchiveTooLarge,
    ConversionFailed,
    FileUnreadable,
    NeedsConverter,
)
from pechakucha.decks.office.archive import is_bomb
from pechakucha.decks.office.fonts import embedded_fonts, font_swaps
from pechakucha.decks.office.guard import TIMED_OUT
from pechakucha.decks.office.presentation import read_presentation

CONVERT_TIMEOUT = 180.0
"""Seconds LibreOffice may take for one file before it is stopped (a 20-slide deck: ~2 s)."""

CACHE_VERSION = "2"  # bump to convert everything again after changing how notes are made

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
    fonts: tuple[FontSwap, ...] = ()
    animated_slides: tuple[int, ...] = ()


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
            if "mimetype" in names:
                with archive.open("mimetype") as member:  # never the whole of it: a bomb
                    if member.read(len(_ODF_PRESENTATION)) == _ODF_PRESENTATION:
                        return "an Impress presentation"
    except (OSError, zipfile.BadZipFile, KeyError, RuntimeError, ValueError, EOFError):
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
    notes = _notes(path, kind, data)
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
    _refuse_bomb(path)
    with tempfile.TemporaryDirectory(
        prefix="pechakucha-convert-", ignore_cleanup_errors=True
    ) as scratch:
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
            code = _run_guarded(command, folder)
        except OSError as error:
            raise ConversionFailed(path, kind, error.strerror or "") from error
        if code == TIMED_OUT:
            raise ConversionFailed(path, kind, "it took too long")
        result = folder / "out" / "deck.pdf"
        if not result.is_file() or result.stat().st_size == 0:
            raise ConversionFailed(path, kind)
        return result.read_bytes()


def _run_guarded(command: list[str], scratch: Path) -> int:
    """Run `command` under the guard (office/guard.py), which kills LibreOffice's whole process
    group past CONVERT_TIMEOUT or as soon as this process stops waiting for it — returns,
    is interrupted (Ctrl+C), or dies (the guard's stdin then closes)."""
    guard_command = [sys.executable, "-m", "pechakucha.decks.office.guard"]
    guard = subprocess.Popen(
        [*guard_command, str(CONVERT_TIMEOUT), str(scratch), "--", *command],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        return guard.wait()
    finally:
        with contextlib.suppress(OSError):
            guard.stdin.close()  # the conversion is no longer wanted: stop it, if it runs
        guard.wait()


def _refuse_bomb(path: Path) -> None:
    """ArchiveTooLarge if the archive at `path` would unpack to far more than it holds."""
    try:
        with zipfile.ZipFile(path) as archive:
            bomb = is_bomb(archive)
    except (OSError, zipfile.BadZipFile, ValueError, RuntimeError):
        return  # not a zip (an old .ppt): LibreOffice decides
    if bomb:
        raise ArchiveTooLarge(path)


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
    fields = {k: tuple(v) if isinstance(v, list) else v for k, v in fields.items()}
    fields["fonts"] = tuple(
        FontSwap(font, substitute, tuple(slides)) for font, substitute, slides in fields["fonts"]
    )
    return fields


def _notes(path: Path, kind: str, pdf: bytes) -> ConversionNotes:
    """What the conversion changed: hidden slides left out, fonts replaced by others of
    other metrics, animations become still pictures."""
    try:
        with zipfile.ZipFile(path) as archive:
            presentation = read_presentation(archive)
    except (OSError, zipfile.BadZipFile, ElementTree.ParseError, KeyError, ValueError):
        return ConversionNotes(kind)  # an old binary .ppt or Keynote: nothing more to say
    fonts = font_swaps(presentation.fonts, embedded_fonts(pdf)) if presentation.fonts else ()
    return ConversionNotes(kind, presentation.hidden, fonts, presentation.animated)
