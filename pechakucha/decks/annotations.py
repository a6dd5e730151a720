"""Speaker notes kept inside a PDF as text annotations ("sticky notes").

PyMuPDF is not thread-safe: call this on the thread that owns the decks (the render worker).
"""

from __future__ import annotations

from pathlib import Path


def text_annotations(path: str | Path) -> dict[int, list[str]]:
    """Slide number (1-based) → the contents of its "Text" annotations, in page order.

    Anything that is not a readable PDF has none (notes are never essential)."""
    path = Path(path)
    try:
        if not path.is_file():
            return {}
        with path.open("rb") as handle:
            if b"%PDF" not in handle.read(1024):
                return {}
    except OSError:
        return {}

    from pechakucha.decks.pdf import _forget_mupdf_messages, open_document

    try:
        document = open_document(path)
    except Exception:  # damaged or encrypted: preflight says so, notes just stay empty
        return {}
    try:
        return _collect(document)
    except Exception:
        return {}
    finally:
        document.close()
        _forget_mupdf_messages()


def _collect(document) -> dict[int, list[str]]:
    import pymupdf

    if document.needs_pass:
        return {}
    notes: dict[int, list[str]] = {}
    for index in range(document.page_count):
        page = document.load_page(index)
        for annotation in page.annots(types=[pymupdf.PDF_ANNOT_TEXT]):
            content = (annotation.info.get("content") or "").strip()
            if content:
                notes.setdefault(index + 1, []).append(content)
    return notes
