"""Every way a deck can fail to load, each as one clear sentence naming the file.

Messages are English templates marked for translation; `str(error)` is the English sentence and
the Qt layer shows `QCoreApplication.translate("deck", error.template).format(**error.params)`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pechakucha.core.i18n import QT_TRANSLATE_NOOP


class DeckError(Exception):
    """A deck (or one of its files) cannot be used. `str(error)` is one sentence for the user."""

    context = "deck"  # translation context of every template below
    template = QT_TRANSLATE_NOOP("deck", "{path}: {reason}.")

    def __init__(self, path: str | Path, reason: str = "", **params: Any) -> None:
        self.path = Path(path)
        self.params = {"path": str(path), "reason": reason, **params}
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The sentence in English."""
        return self.template.format(**self.params)

    def __str__(self) -> str:
        return self.message


class DeckNotFound(DeckError):
    """The path does not exist."""

    template = QT_TRANSLATE_NOOP("deck", "{path}: file not found — check the path.")


class EmptyFile(DeckError):
    """The file has zero bytes."""

    template = QT_TRANSLATE_NOOP(
        "deck", "{path}: the file is empty (0 bytes) — export the deck again."
    )


NOT_A_DECK = {  # what a file seems to be → the whole sentence to translate
    "": QT_TRANSLATE_NOOP("deck", "{path}: not a PDF or an image — export the slides as PDF."),
    "web": QT_TRANSLATE_NOOP(
        "deck", "{path}: not a PDF or an image (it is a web page) — export the slides as PDF."
    ),
    "postscript": QT_TRANSLATE_NOOP(
        "deck",
        "{path}: not a PDF or an image (it is a PostScript file) — export the slides as PDF.",
    ),
    "powerpoint": QT_TRANSLATE_NOOP(
        "deck",
        "{path}: not a PDF or an image (it is a PowerPoint file) — export the slides as PDF.",
    ),
    "keynote": QT_TRANSLATE_NOOP(
        "deck",
        "{path}: not a PDF or an image (it is a Keynote file) — export the slides as PDF.",
    ),
    "opendocument": QT_TRANSLATE_NOOP(
        "deck",
        "{path}: not a PDF or an image (it is an OpenDocument presentation) — "
        "export the slides as PDF.",
    ),
    "archive": QT_TRANSLATE_NOOP(
        "deck",
        "{path}: not a PDF or an image (it is an archive or office document) — "
        "export the slides as PDF.",
    ),
    "xml": QT_TRANSLATE_NOOP(
        "deck",
        "{path}: not a PDF or an image (it is an XML or web file) — export the slides as PDF.",
    ),
    "text": QT_TRANSLATE_NOOP(
        "deck", "{path}: not a PDF or an image (it is a text file) — export the slides as PDF."
    ),
}


class NotADeck(DeckError):
    """The file is neither a PDF nor an image (e.g. an HTML page saved as .pdf). `what` says
    what it seems to be (a key of NOT_A_DECK, "" if unknown); each is a whole sentence to
    translate, so that "(it is a PowerPoint file)" reads in the user's language too."""

    template = NOT_A_DECK[""]

    def __init__(self, path: str | Path, what: str = "") -> None:
        self.template = NOT_A_DECK.get(what, NOT_A_DECK[""])
        self.what = what
        super().__init__(path)


class DamagedFile(DeckError):
    """The file is damaged beyond what MuPDF can repair."""

    template = QT_TRANSLATE_NOOP(
        "deck", "{path}: the file is damaged beyond repair — export the deck again."
    )


class PasswordProtected(DeckError):
    """The PDF needs a password to open."""

    template = QT_TRANSLATE_NOOP(
        "deck", "{path}: the PDF needs a password — ask for an unprotected copy."
    )


class NoSlides(DeckError):
    """The deck opened but holds no slides (a PDF with no pages, a folder with no images)."""

    template = QT_TRANSLATE_NOOP("deck", "{path}: {reason}.")

    def __init__(self, path: str | Path, what: str = "the document has no pages") -> None:
        super().__init__(path, what)


class UnreadableImage(DeckError):
    """One image of a deck cannot be decoded."""

    template = QT_TRANSLATE_NOOP(
        "deck", "{path}{where}: the image cannot be read — it may be damaged."
    )

    def __init__(self, path: str | Path, slide: int | None = None) -> None:
        super().__init__(path, where=f" (slide {slide})" if slide is not None else "")


class ImageTooLarge(DeckError):
    """The image's pixel count is so large it could exhaust memory (decompression bomb)."""

    template = QT_TRANSLATE_NOOP(
        "deck", "{path}: the image is too large to open safely{size} — resize it."
    )

    def __init__(self, path: str | Path, pixels: int | None = None) -> None:
        super().__init__(path, size=f" ({pixels / 1e6:.0f} megapixels)" if pixels else "")


class FileUnreadable(DeckError):
    """The path exists but the system refuses to read it (permissions, name too long, …)."""

    template = QT_TRANSLATE_NOOP(
        "deck", "{path}: the file cannot be read{detail} — check its permissions."
    )

    def __init__(self, path: str | Path, reason: str = "") -> None:
        super().__init__(path, detail=f" ({reason})" if reason else "")


class RenderFailed(DeckError):
    """One slide of a deck that opened cannot be drawn. `slide` is 1-based, as people count."""

    template = QT_TRANSLATE_NOOP(
        "deck", "{path} (slide {slide}): the slide cannot be drawn — it may be damaged."
    )

    def __init__(self, path: str | Path, slide: int) -> None:
        super().__init__(path, slide=slide)
        self.slide = slide


class ImagesInSubfolder(DeckError):
    """A folder with no images of its own whose subfolder holds them (`Images/`)."""

    template = QT_TRANSLATE_NOOP(
        "deck",
        "{path}: the folder has no images, but its subfolder “{subfolder}” has {count} — "
        "choose that folder.",
    )

    def __init__(self, path: str | Path, subfolder: str, count: int) -> None:
        super().__init__(path, subfolder=subfolder, count=count)


class NotRegularFile(DeckError):
    """A named pipe, a device or a socket: reading it could wait forever."""

    template = QT_TRANSLATE_NOOP(
        "deck",
        "{path}: this is {kind}, not a file — choose a PDF, an image or a folder of images.",
    )

    def __init__(self, path: str | Path, kind: str) -> None:
        super().__init__(path, kind=kind)


class NeedsConverter(DeckError):
    """A PowerPoint, Impress or Keynote file, and no LibreOffice to convert it."""

    template = QT_TRANSLATE_NOOP(
        "deck",
        "{path}: {kind} — install LibreOffice (package libreoffice-impress) to show it, "
        "or export the slides as PDF.",
    )

    def __init__(self, path: str | Path, kind: str) -> None:
        super().__init__(path, kind=kind)


class ConversionFailed(DeckError):
    """LibreOffice ran but produced no PDF (a damaged file, a Keynote format it cannot read)."""

    template = QT_TRANSLATE_NOOP(
        "deck",
        "{path}: LibreOffice could not convert {kind}{detail} — export the slides as PDF.",
    )

    def __init__(self, path: str | Path, kind: str, detail: str = "") -> None:
        super().__init__(path, kind=kind, detail=f" ({detail})" if detail else "")


class ArchiveTooLarge(DeckError):
    """A presentation's zip archive unpacks to far more than it holds (damaged, or a zip
    bomb): it is refused before LibreOffice or anything else unpacks it."""

    template = QT_TRANSLATE_NOOP(
        "deck",
        "{path}: the file unpacks to far more than it holds (damaged, or made to exhaust "
        "memory) — export the slides as PDF.",
    )
