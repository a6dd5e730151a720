"""`pechakucha bench`, preflight part: checking a deck against a plain PyMuPDF render loop on
the same pages (goal ≤ 1.1×), and converting a PowerPoint file with LibreOffice.

Every figure is the median of a few runs on decks made here: the bench's photo deck, a deck
whose every page uses one big embedded font (the case that emptying MuPDF's store after each
page made slow), and a 20-slide presentation written here and saved as .pptx by LibreOffice.
Preflight and the plain loop are timed in CPU seconds of this process (both run on one thread),
so other programs busy on the machine do not skew their ratio.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import time
import zipfile
from pathlib import Path

PREFLIGHT_TARGETS = {"preflight_vs_plain_photo": 1.1, "preflight_vs_plain_font": 1.1}
PROJECTOR = (1920, 1080)
RUNS = 5
CONVERSION_RUNS = 3


def make_font_deck(path: Path, slides: int = 20) -> Path:
    """A 16:9 PDF whose pages all draw text in one embedded 3.5 MB font (Droid Sans Fallback)."""
    import pymupdf

    font = pymupdf.Font("cjk")
    document = pymupdf.open()
    for number in range(1, slides + 1):
        page = document.new_page(width=960, height=540)
        page.insert_font(fontname="droid", fontbuffer=font.buffer)
        page.insert_text((60, 100), f"Idea {number} 想法", fontname="droid", fontsize=48)
        for line in range(8):
            text = f"Line {line}: a point about idea {number}, 第{line}点"
            page.insert_text((60, 180 + 40 * line), text, fontname="droid", fontsize=24)
    document.save(path)
    document.close()
    return path


def plain_loop_seconds(deck: Path) -> float:
    """CPU seconds per page to render every page at the projector's size with bare PyMuPDF."""
    import pymupdf

    with pymupdf.open(deck) as document:
        started = time.process_time()
        for page in document:
            matrix = pymupdf.Matrix(PROJECTOR[0] / page.rect.width, PROJECTOR[1] / page.rect.height)
            page.get_pixmap(matrix=matrix, colorspace=pymupdf.csRGB, alpha=False)
        return (time.process_time() - started) / document.page_count


def preflight_seconds(deck: Path) -> float:
    """CPU seconds per page for the whole of `check` on `deck` (open, draw, judge, close)."""
    from pechakucha.decks.inspect import check_path

    started = time.process_time()
    report = check_path(str(deck), 20, PROJECTOR, "pechakucha")
    return (time.process_time() - started) / max(report.slides, 1)


def bench_preflight(decks: dict[str, Path]) -> dict:
    """Preflight per page against the plain loop, per deck (medians of RUNS, alternating)."""
    results = {}
    for name, deck in decks.items():
        plain, checked = [], []
        for _ in range(RUNS):
            plain.append(plain_loop_seconds(deck))
            checked.append(preflight_seconds(deck))
        plain_ms = statistics.median(plain) * 1000
        checked_ms = statistics.median(checked) * 1000
        results[f"plain_render_{name}_ms_per_page"] = round(plain_ms, 1)
        results[f"preflight_{name}_ms_per_page"] = round(checked_ms, 1)
        results[f"preflight_vs_plain_{name}"] = round(checked_ms / plain_ms, 2)
    return results


def write_presentation(path: Path, slides: int = 20, hidden=(), font: str = "Liberation Sans"):
    """An Impress (.odp) file written by hand: slide N says "Slide N" in `font`; the slides
    in `hidden` (1-based) are hidden from the show."""
    spaces = " ".join(
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
    pages = "".join(
        f'<draw:page draw:name="page{n}" draw:style-name="{"dpH" if n in hidden else "dp1"}">'
        '<draw:frame svg:x="2cm" svg:y="2cm" svg:width="20cm" svg:height="4cm"><draw:text-box>'
        f'<text:p text:style-name="P1">Slide {n}</text:p></draw:text-box></draw:frame></draw:page>'
        for n in range(1, slides + 1)
    )
    styles = (
        '<style:style style:name="dp1" style:family="drawing-page">'
        '<style:drawing-page-properties presentation:visibility="visible"/></style:style>'
        '<style:style style:name="dpH" style:family="drawing-page">'
        '<style:drawing-page-properties presentation:visibility="hidden"/></style:style>'
        '<style:style style:name="P1" style:family="paragraph">'
        '<style:text-properties style:font-name="F1" fo:font-size="44pt"/></style:style>'
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {spaces} '
        'office:version="1.2"><office:font-face-decls>'
        f'<style:font-face style:name="F1" svg:font-family="&apos;{font}&apos;"/>'
        f"</office:font-face-decls><office:automatic-styles>{styles}</office:automatic-styles>"
        f"<office:body><office:presentation>{pages}</office:presentation></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type='
        '"application/vnd.oasis.opendocument.presentation"/><manifest:file-entry '
        'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.presentation")
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path


def save_as_pptx(odp: Path, folder: Path, soffice: str) -> Path:
    """The .pptx LibreOffice saves from `odp` (hidden slides stay hidden), in `folder`."""
    profile = (folder / "lo-profile").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pptx",
            "--outdir",
            str(folder),
            str(odp),
        ],
        check=True,
        capture_output=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    return folder / f"{odp.stem}.pptx"


def bench_conversion(folder: Path) -> dict:
    """Seconds to convert a 20-slide .pptx (median of 3, each into an empty cache), and to
    open it again from the cache. Nothing when LibreOffice is not installed."""
    from pechakucha.decks.convert import soffice
    from pechakucha.decks.opener import open_deck

    program = soffice()
    if program is None:
        return {}
    pptx = save_as_pptx(write_presentation(folder / "talk.odp"), folder, program)
    previous = os.environ.get("PECHAKUCHA_CACHE_DIR")
    converting, reopening = [], []
    try:
        for run in range(CONVERSION_RUNS):
            os.environ["PECHAKUCHA_CACHE_DIR"] = str(folder / f"cache-{run}")
            for times in (converting, reopening):
                started = time.perf_counter()
                open_deck(pptx).close()
                times.append(time.perf_counter() - started)
    finally:
        if previous is None:
            os.environ.pop("PECHAKUCHA_CACHE_DIR", None)
        else:
            os.environ["PECHAKUCHA_CACHE_DIR"] = previous
        for run in range(CONVERSION_RUNS):
            shutil.rmtree(folder / f"cache-{run}", ignore_errors=True)
    return {
        "pptx_conversion_s": round(statistics.median(converting), 2),
        "pptx_cached_open_ms": round(statistics.median(reopening) * 1000, 1),
    }


def preflight_figures(folder: Path, photo_deck: Path) -> dict:
    """Every figure of this part of the bench."""
    decks = {"photo": photo_deck, "font": make_font_deck(folder / "fonts.pdf")}
    return bench_preflight(decks) | bench_conversion(folder)
