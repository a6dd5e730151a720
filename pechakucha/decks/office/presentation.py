"""What a .pptx or .odp says about itself that its PDF conversion loses: hidden slides, the
fonts that draw text on each slide (set on the slide, or inherited from the master and the
theme), and animated GIFs (a PDF holds one frame). Slides are numbered as shown: hidden
slides are left out of the PDF, so they are left out of the count."""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree

from PIL import Image

from pechakucha.decks.office.archive import read_member, read_xml

Element = ElementTree.Element
MEDIA_LIMIT = 64 * 2**20  # bytes of a GIF read to count its frames


@dataclass
class Presentation:
    """Hidden slides (numbered in the original), fonts that draw text (font → shown slides)
    and shown slides with an animated GIF."""

    hidden: tuple[int, ...] = ()
    fonts: dict[str, tuple[int, ...]] = field(default_factory=dict)
    animated: tuple[int, ...] = ()


def local(tag: str) -> str:
    """An XML name without its namespace."""
    return tag.rsplit("}", 1)[-1]


def attribute(element: Element, name: str) -> str | None:
    """The value of the attribute whose local name is `name`, in any namespace."""
    return next((value for key, value in element.attrib.items() if local(key) == name), None)


def read_presentation(archive: zipfile.ZipFile) -> Presentation:
    """Read a .pptx or .odp archive (raises zipfile, XML, KeyError, ValueError errors)."""
    names = set(archive.namelist())
    if "ppt/presentation.xml" in names:
        from pechakucha.decks.office.pptx import read_pptx

        return read_pptx(archive, names)
    if "content.xml" in names:
        return _read_odp(archive, names)
    return Presentation()


def is_animated_gif(archive: zipfile.ZipFile, name: str) -> bool:
    """True if member `name` is a GIF (or PNG, WebP) with more than one frame."""
    if not name.lower().endswith((".gif", ".png", ".webp")):
        return False
    try:
        with Image.open(io.BytesIO(read_member(archive, name, MEDIA_LIMIT))) as image:
            return bool(getattr(image, "is_animated", False))
    except Exception:  # a broken picture is LibreOffice's problem, not an animation
        return False


def record(fonts: dict[str, set[int]], font: str | None, number: int) -> None:
    """Note that `font` draws text on slide `number`."""
    if font and not font.startswith("+"):  # an unresolved theme reference names no font
        fonts.setdefault(font.strip("'\" "), set()).add(number)


def _read_odp(archive: zipfile.ZipFile, names: set[str]) -> Presentation:
    content = read_xml(archive, "content.xml")
    styles = read_xml(archive, "styles.xml") if "styles.xml" in names else Element("none")
    hidden_styles = {
        attribute(style, "name")
        for style in content.iter()
        if local(style.tag) == "style"
        and any(attribute(p, "visibility") == "hidden" for p in style.iter())
    }
    pages = [e for e in content.iter() if local(e.tag) == "page"]
    hidden = tuple(
        number
        for number, page in enumerate(pages, 1)
        if attribute(page, "style-name") in hidden_styles
        or attribute(page, "visibility") == "hidden"
    )
    fonts = _OdpFonts(content, styles)
    used: dict[str, set[int]] = {}
    animated = []
    shown = [page for number, page in enumerate(pages, 1) if number not in hidden]
    for number, page in enumerate(shown, 1):
        fonts.read_page(page, number, used)
        pictures = {attribute(e, "href") or "" for e in page.iter() if local(e.tag) == "image"}
        if any(name in names and is_animated_gif(archive, name) for name in pictures):
            animated.append(number)
    return Presentation(hidden, {f: tuple(sorted(s)) for f, s in used.items()}, tuple(animated))


class _OdpFonts:
    """Font of each piece of text of an Impress file, following its styles' parents."""

    def __init__(self, content: Element, styles: Element) -> None:
        self.faces: dict[str, str] = {}
        self.styles: dict[str, tuple[str | None, str | None]] = {}
        self.default: str | None = None
        for root in (styles, content):  # content's automatic styles win
            for element in root.iter():
                tag = local(element.tag)
                if tag == "font-face":
                    family = attribute(element, "font-family") or ""
                    self.faces[attribute(element, "name") or ""] = family.strip("'\"")
                elif tag in ("style", "default-style"):
                    self._read_style(element, tag)

    def _read_style(self, element: Element, tag: str) -> None:
        font = None
        for child in element:
            if local(child.tag) == "text-properties":
                name = attribute(child, "font-name")
                font = self.faces.get(name or "", name) or attribute(child, "font-family")
        if tag == "default-style":
            if attribute(element, "family") == "graphic" and font:
                self.default = font
            return
        self.styles[attribute(element, "name") or ""] = (
            font,
            attribute(element, "parent-style-name"),
        )

    def font_of(self, style: str | None) -> str | None:
        """The font style `style` sets, itself or through its parents."""
        seen = set()
        while style and style not in seen:
            seen.add(style)
            font, style = self.styles.get(style, (None, None))
            if font:
                return font
        return None

    def read_page(self, page: Element, number: int, used: dict[str, set[int]]) -> None:
        """Record the font of every piece of text on `page` (slide `number`)."""
        self._walk(page, None, number, used)

    def _walk(self, element: Element, inherited: str | None, number: int, used: dict) -> None:
        font = inherited
        for name in ("style-name", "text-style-name"):
            value = attribute(element, name)
            if value and (found := self.font_of(value)):
                font = found
                break
        if local(element.tag) in ("p", "span", "h") and (element.text or "").strip():
            record(used, font or self.default, number)
        for child in element:
            if (child.tail or "").strip() and local(element.tag) in ("p", "span", "h"):
                record(used, font or self.default, number)
            self._walk(child, font, number, used)


def resolve(base: str, target: str) -> str:
    """A relationship's target resolved against the part `base` it belongs to."""
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), target))
