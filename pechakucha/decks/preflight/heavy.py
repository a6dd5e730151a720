"""A slide too heavy to draw in time: so many drawing instructions (a chart of a million
points, a map exported as vectors) that MuPDF takes many seconds for it. Measured before
drawing, from the size of the page's instructions, so `check` stays quick whatever the deck;
the show would wait for such a slide, so preflight names it."""

from __future__ import annotations

import pymupdf

HEAVY_BYTES = 4 * 2**20
"""Bytes of drawing instructions (page and forms, unpacked) past which a slide is too heavy:
here ~10 s at 1080p (a dense chart slide has well under 1 MB)."""


def drawing_bytes(document: pymupdf.Document, page: pymupdf.Page, limit: int = HEAVY_BYTES) -> int:
    """Bytes of the page's drawing instructions: its content streams and the forms it uses,
    counted until `limit` is passed. 0 if they cannot be read (drawing will say why)."""
    try:
        total = len(page.read_contents())
        for xref, *_rest in page.get_xobjects():
            if total > limit:
                break
            total += len(document.xref_stream(xref) or b"")
    except Exception:
        return 0
    finally:
        pymupdf.TOOLS.reset_mupdf_warnings()
    return total
