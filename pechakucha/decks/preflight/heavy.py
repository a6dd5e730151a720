"""A slide too heavy to draw in time: so many shapes painted one by one (a scatter plot of a
hundred thousand points, a map exported as vectors) that MuPDF takes many seconds for it.
Counted before drawing, from the page's painting instructions, so `check` stays quick
whatever the deck; the show would wait for such a slide, so preflight names it."""

from __future__ import annotations

import re

import pymupdf

HEAVY_SHAPES = 50_000
"""Shapes painted one by one past which a slide is too heavy: each costs MuPDF ~0.1 ms and
more at 1080p (a dense chart has a few thousand); one fill of many rectangles is one."""

CONTENT_LIMIT = 64 * 2**20
"""Bytes of instructions read at most (past them the slide is heavy anyway)."""

# Painting operators (stroke, fill, both, close-and-…) standing alone between whitespace.
_PAINT = re.compile(rb"(?<=\s)(?:S|s|f\*?|F|B\*?|b\*?)(?=\s|$)")


def painted_shapes(document: pymupdf.Document, page: pymupdf.Page) -> int:
    """How many shapes the page's content streams and forms paint one by one; 0 if they
    cannot be read (drawing will say why)."""
    try:
        streams = [page.read_contents()]
        streams += [document.xref_stream(xref) or b"" for xref, *_ in page.get_xobjects()]
    except Exception:
        return 0
    finally:
        pymupdf.TOOLS.reset_mupdf_warnings()
    read = count = 0
    for stream in streams:
        stream = stream[: max(CONTENT_LIMIT - read, 0)]
        read += len(stream)
        count += sum(1 for _ in _PAINT.finditer(stream))
    return count
