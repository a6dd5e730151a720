"""Fonts that really matter in a converted presentation: the ones that draw text, on which
slides, and what this machine draws them with.

A font only matters if it draws text (a theme declares fonts no slide uses) and if the font
that replaces it has other letter widths: Liberation Sans drawn for Arial fits exactly like
Arial, it was made to. fontconfig (`fc-match`) says what LibreOffice would really use; where
there is no fontconfig (Windows, macOS without it), the fonts the PDF embeds tell instead.
"""

from __future__ import annotations

import re
import shutil
import subprocess

from pechakucha.core.preflight import FontSwap

# Fonts made with the same letter widths as another (the first name of each group).
_METRIC_TWINS = (
    ("arial", "helvetica", "arialmt", "liberationsans", "arimo", "helveticaneue"),
    ("timesnewroman", "times", "timesnewromanpsmt", "liberationserif", "tinos"),
    ("couriernew", "courier", "liberationmono", "cousine"),
    ("calibri", "carlito"),
    ("cambria", "caladea"),
    ("arialnarrow", "liberationsansnarrow"),
    ("symbol", "opensymbol"),
)
FC_TIMEOUT = 10.0  # seconds fc-match may take (it answers in milliseconds)


def squash(name: str) -> str:
    """A font name reduced for comparison: "Liberation Sans" → "liberationsans"."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def same_metrics(wanted: str, used: str) -> bool:
    """True if text set in `wanted` keeps its line breaks in `used`: the same font, or a
    metric-compatible twin."""
    a, b = squash(wanted), squash(used)
    if not a or not b:
        return False
    if b.startswith(a) or a.startswith(b):
        return True
    return any(
        any(a.startswith(n) for n in group) and any(b.startswith(n) for n in group)
        for group in _METRIC_TWINS
    )


def font_swaps(usage: dict[str, tuple[int, ...]], embedded: set[str]) -> tuple[FontSwap, ...]:
    """The fonts of `usage` (font → slides where it draws text) that this machine replaces by
    a font of other metrics. `embedded`: the fonts the converted PDF holds (used without
    fontconfig)."""
    swaps = []
    for font in sorted(usage, key=str.lower):
        substitute = _fontconfig_choice(font)
        if substitute is None:  # no fontconfig: the PDF's fonts tell
            if any(same_metrics(font, used) for used in embedded):
                continue
            substitute = ""  # unknown: preflight says "another font"
        elif same_metrics(font, substitute):
            continue
        swaps.append(FontSwap(font, substitute, usage[font]))
    return tuple(swaps)


def _fontconfig_choice(font: str) -> str | None:
    """The family fontconfig would draw `font` with, or None without fontconfig."""
    program = shutil.which("fc-match")
    if program is None:
        return None
    try:
        result = subprocess.run(
            [program, "-f", "%{family}", font],
            capture_output=True,
            timeout=FC_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    families = result.stdout.decode("utf-8", "replace").split(",")
    return families[0].strip() or None if result.returncode == 0 else None


def embedded_fonts(pdf: bytes) -> set[str]:
    """The names of the fonts a PDF embeds (subset prefixes removed)."""
    import pymupdf

    try:
        with pymupdf.open(stream=pdf, filetype="pdf") as document:
            return {
                font[3].split("+", 1)[-1]
                for index in range(document.page_count)
                for font in document.get_page_fonts(index)
            }
    except Exception:
        return set()
    finally:
        pymupdf.TOOLS.reset_mupdf_warnings()
