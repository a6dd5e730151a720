"""Presentations of the corpus that LibreOffice converts: an Impress file whose slides use
installed, metric-twin, missing and unused fonts and an animated GIF; a Keynote file (whose
LibreOffice conversion is put in the cache as LibreOffice made it); a zip bomb."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import asdict
from pathlib import Path

from pechakucha.decks import convert
from tests.decks.corpus_images import animated_gif

ODP_TYPE = "application/vnd.oasis.opendocument.presentation"
_SPACES = (
    " ".join(
        f'xmlns:{prefix}="urn:oasis:names:tc:opendocument:xmlns:{name}"'
        for prefix, name in (
            ("office", "office:1.0"),
            ("style", "style:1.0"),
            ("text", "text:1.0"),
            ("draw", "drawing:1.0"),
            ("fo", "xsl-fo-compatible:1.0"),
            ("svg", "svg-compatible:1.0"),
            ("presentation", "presentation:1.0"),
        )
    )
    + ' xmlns:xlink="http://www.w3.org/1999/xlink"'
)


def fonts_presentation(path: Path, fonts: dict[int, str], gif_on=(), slides: int = 20) -> Path:
    """An Impress file: slide N says "Slide N" in fonts[N] (default Liberation Sans); the
    theme also declares Montserrat, which no text uses; slides in `gif_on` show an
    animated GIF."""
    names = sorted({*fonts.values(), "Liberation Sans", "Montserrat"})
    faces = "".join(
        f'<style:font-face style:name="F{k}" svg:font-family="&apos;{name}&apos;"/>'
        for k, name in enumerate(names)
    )
    styles = "".join(
        f'<style:style style:name="P{k}" style:family="paragraph"><style:text-properties '
        f'style:font-name="F{k}" fo:font-size="40pt"/></style:style>'
        for k in range(len(names))
    )
    pages = ""
    for number in range(1, slides + 1):
        style = names.index(fonts.get(number, "Liberation Sans"))
        picture = (
            '<draw:frame svg:x="14cm" svg:y="8cm" svg:width="12cm" svg:height="6.75cm">'
            '<draw:image xlink:href="Pictures/ball.gif" xlink:type="simple"/></draw:frame>'
            if number in gif_on
            else ""
        )
        pages += (
            f'<draw:page draw:name="page{number}"><draw:frame svg:x="2cm" svg:y="2cm" '
            'svg:width="24cm" svg:height="4cm"><draw:text-box>'
            f'<text:p text:style-name="P{style}">Slide {number}: a sentence that fills the line'
            f"</text:p></draw:text-box></draw:frame>{picture}</draw:page>"
        )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_SPACES} '
        f'office:version="1.2"><office:font-face-decls>{faces}</office:font-face-decls>'
        f"<office:automatic-styles>{styles}</office:automatic-styles><office:body>"
        f"<office:presentation>{pages}</office:presentation></office:body>"
        "</office:document-content>"
    )
    gif = io.BytesIO()
    if gif_on:
        animated_gif(path.with_suffix(".gif"))
        gif.write(path.with_suffix(".gif").read_bytes())
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", ODP_TYPE)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", _manifest(bool(gif_on)), zipfile.ZIP_DEFLATED)
        if gif_on:
            archive.writestr("Pictures/ball.gif", gif.getvalue())
    return path


def _manifest(gif: bool) -> str:
    entries = [("/", ODP_TYPE), ("content.xml", "text/xml")]
    if gif:
        entries.append(("Pictures/ball.gif", "image/gif"))
    return (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        + "".join(
            f'<manifest:file-entry manifest:full-path="{name}" manifest:media-type="{kind}"/>'
            for name, kind in entries
        )
        + "</manifest:manifest>"
    )


def keynote_file(path: Path, converted_pdf: Path) -> Path:
    """A Keynote file (its zip layout: Index/*.iwa) whose LibreOffice conversion is
    `converted_pdf`, put in the conversion cache as convert.py would have."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Index/Document.iwa", b"\x00\x01keynote-protobuf" * 64)
        archive.writestr("Data/background-1.jpg", b"\xff\xd8\xff" + b"\x00" * 512)
    folder = convert.cache_folder()
    folder.mkdir(parents=True, exist_ok=True)
    key = convert.content_key(path)
    (folder / f"{key}.pdf").write_bytes(converted_pdf.read_bytes())
    notes = convert.ConversionNotes("a Keynote file")
    (folder / f"{key}.json").write_text(json.dumps(asdict(notes)), "utf-8")
    return path


def zip_bomb(path: Path, megabytes: int = 100) -> Path:
    """A 100 KB .odp whose `mimetype` member unpacks to `megabytes` MB."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("mimetype", "w", force_zip64=True) as member:
            member.write(ODP_TYPE.encode())
            chunk = b"\x00" * 2**20
            for _ in range(megabytes):
                member.write(chunk)
        archive.writestr("content.xml", "<x/>")
    return path
