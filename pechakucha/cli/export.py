"""`pechakucha export`: the whole session as one PDF that runs itself in any PDF viewer.

A fallback for when the app cannot run (a borrowed laptop, a kiosk PC): every segment gets a
title card page, and every talk slide becomes a page. Pages carry `/Dur` (seconds before a viewer
in presentation mode advances) and a `/Trans` cut, so slides advance every 20 s by themselves.
The cut has `/D 0.01`: without `/D` a transition lasts 1 s by default and Evince and MuPDF wait
it out before each `/Dur` (a 20 × 20 talk would run 20 s long); `/D 0` freezes MuPDF.
An "Up next" card has no `/Dur`: like F5 in the app, the operator starts each talk, and the
synthesis, with a click (the synthesis's countdown never starts by itself when a Q&A ends).
Q&A and timed cards advance after their planned length (budget.planned_durations).

The synthesis counts down as in the app, as far as a PDF viewer can: a viewer only shows pages
and advances each after its `/Dur`, so the clock is one page per 10 s ("5:00", "4:50", … "0:10",
rounded up like the app's countdown, amber and red at warn_at and alert_at), then a red "0:00"
that waits for a click: the commentator's time is protected, the PDF never cuts them off.
Ten seconds, not one: each page change costs the viewer a render (20–40 ms), so a page per second
would drift 6–12 s over five minutes and flicker; a page per minute is too coarse for the last
minute. Thirty pages drift about a second.

Slides are placed as vector PDF pages (`show_pdf_page`) or as the original image files,
letterboxed on black pages of the projector's aspect (16:9 by default).

Card texts speak the session's audience languages (`[session] audience`, default: the --lang
one), one above the other, the first largest — as in the app; messages speak --lang.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import math
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from pechakucha.core.atomic import write_atomic
from pechakucha.core.durations import format_duration
from pechakucha.core.geometry import DEFAULT_PROJECTOR
from pechakucha.core.i18n import QT_TRANSLATE_NOOP
from pechakucha.core.session.budget import planned_durations
from pechakucha.core.session.model import Segment, Session

PAGE_WIDTH = 960.0  # points; the height follows the projector's aspect
CUT = "<</Type/Trans/S/R/D 0.01>>"  # "replace": a plain cut, no animation, no 1-s wait
COUNTDOWN_STEP = 10.0  # seconds per page of the synthesis countdown (see above why)

CARDS = {  # the same texts as the app's cards ("cards" context), in every audience language
    "up_next": QT_TRANSLATE_NOOP("cards", "Up next"),
    "qa": QT_TRANSLATE_NOOP("cards", "Questions & answers"),
    "commentary": QT_TRANSLATE_NOOP("cards", "Closing synthesis"),
}
TEXTS = {
    "written": QT_TRANSLATE_NOOP("export", "{path}: %n pages, {minutes} planned."),
    "short_deck": QT_TRANSLATE_NOOP(
        "export", "warning: {path} has %n slides; its last slide stays up to fill {total}."
    ),
    "cannot_write": QT_TRANSLATE_NOOP("export", "cannot write {path} ({reason})."),
    "cannot_draw": QT_TRANSLATE_NOOP(
        "export", "{path}: slide {slide} cannot be placed ({reason})."
    ),
}

Translate = Callable[..., str]  # (context, text, n=-1) -> text in one language


def english(context: str, text: str, n: int = -1) -> str:
    """The untranslated text ("%n" filled in)."""
    return text.replace("%n", str(n)) if n >= 0 else text


class ExportError(Exception):
    """The export cannot be made; str() is one sentence for the user."""


def run_export(args: argparse.Namespace) -> int:
    """`pechakucha export`: 0 when the PDF is written; 2 (one sentence on stderr) if not."""
    from pechakucha.core.session.read import SessionError, load_session
    from pechakucha.decks.errors import DeckError
    from pechakucha.qt.app.i18n import command_language, error_text, translator_for

    language = command_language(args.lang)
    say = translator_for(language)
    try:
        session = load_session(args.session).session
        voices = [translator_for(code) for code in session.audience or (language,)]
        pages = export_session(
            session, Path(args.output), args.projector, say, args.up_next_seconds, voices
        )
    except (SessionError, DeckError, ExportError) as error:
        print(f"pechakucha export: {error_text(error, say)}", file=sys.stderr)
        return 2
    total = format_duration(sum(planned_durations(session)))
    print(say("export", TEXTS["written"], pages).format(path=args.output, minutes=total))
    return 0


def export_session(
    session: Session,
    output: Path,
    projector: tuple[int, int] = DEFAULT_PROJECTOR,
    say: Translate = english,
    up_next: float | None = None,
    voices: Sequence[Translate] = (english,),
) -> int:
    """Write `session` as a self-advancing PDF at `output` atomically; return the page count.

    "Up next" cards wait for a click unless `up_next` gives them seconds. Messages are in
    `say`'s language, cards in every language of `voices` (the audience's).

    Raises DeckError for a deck that cannot be used, ExportError if the file cannot be written;
    either way nothing is left at `output` (an old file there stays as it was).
    """
    import pymupdf

    size = (PAGE_WIDTH, PAGE_WIDTH * projector[1] / projector[0])
    planned = planned_durations(session)
    document = pymupdf.open()
    outline = []
    try:
        for index, segment in enumerate(session.segments):
            outline.append([1, segment.label, document.page_count + 1])
            if segment.kind == "commentary":
                add_card(document, size, card_html(session, index, voices, up_next=True), up_next)
                _add_countdown(document, size, session, index, voices)
                continue
            card_seconds = up_next if segment.kind == "talk" else planned[index]
            add_card(document, size, card_html(session, index, voices), card_seconds)
            if segment.kind == "talk":
                _add_talk(document, size, session, segment, say)
        document.set_toc(outline)
        document.set_metadata({"title": session.title, "creator": "pechakucha"})
        document.xref_set_key(document.pdf_catalog(), "PageMode", "/FullScreen")
        _save_atomic(document, output, say)
        return document.page_count
    finally:
        document.close()


def set_timing(document, page, seconds: float | None) -> None:
    """Give `page` a cut transition and, if `seconds` is positive, its auto-advance time."""
    document.xref_set_key(page.xref, "Trans", CUT)
    if seconds is not None and seconds > 0:
        document.xref_set_key(page.xref, "Dur", _number(seconds))


def add_card(document, size: tuple[float, float], body: str, seconds: float | None) -> None:
    """A black title card page with centred HTML text."""
    import pymupdf

    page = _black_page(document, size)
    width, height = size
    box = pymupdf.Rect(width * 0.08, height * 0.1, width * 0.92, height * 0.9)
    css = card_css(height)
    with pymupdf.open() as scratch:  # measure first, to centre the text vertically
        spare, scale = scratch.new_page(width=width, height=height).insert_htmlbox(
            box, body, css=css
        )
    if scale >= 1 and spare > 0:
        box.y0 += spare / 2
    page.insert_htmlbox(box, body, css=css)
    set_timing(document, page, seconds)


def countdown_pages(duration: float, step: float = COUNTDOWN_STEP) -> list[tuple[float, float]]:
    """(seconds the clock shows, seconds the page stays) for each page of a countdown from
    `duration`: the clock shows the time left rounded up to the step, as the app rounds up to
    the second ("4:45" for 5 s, then "4:40", … "0:10"); the last page, "0:00", stays (0)."""
    marks = [duration]
    mark = math.ceil(duration / step - 1e-9) * step - step
    while mark > 0:
        marks.append(mark)
        mark -= step
    pages = [(shown, shown - after) for shown, after in zip(marks, [*marks[1:], 0.0], strict=True)]
    return [page for page in pages if page[1] > 0] + [(0.0, 0.0)]


def _add_countdown(
    document, size, session: Session, index: int, voices: Sequence[Translate]
) -> None:
    """The synthesis card, one page per step of its countdown (see the module's docstring)."""
    segment = session.segments[index]
    for shown, seconds in countdown_pages(segment.duration or 0.0):
        level = "alert" if shown <= segment.alert_at else "warn" if shown <= segment.warn_at else ""
        clock = (format_duration(shown), level)
        add_card(document, size, card_html(session, index, voices, clock), seconds or None)


def card_css(height: float) -> str:
    """Card styles, with font sizes in proportion to the page height (designed for 540 pt)."""
    unit = height / 540
    return (
        "* { font-family: sans-serif; color: #f0f0f0; text-align: center; }"
        f" .kicker {{ color: #f0a020; font-size: {26 * unit:.1f}px; }}"
        f" .kicker-also {{ color: #c08828; font-size: {19 * unit:.1f}px; }}"
        f" .big {{ font-size: {48 * unit:.1f}px; font-weight: bold; }}"
        f" .big-also {{ font-size: {30 * unit:.1f}px; color: #c8c8c8; }}"
        f" .mid {{ font-size: {28 * unit:.1f}px; }}"
        f" .small {{ font-size: {22 * unit:.1f}px; font-style: italic; color: #c8c8c8; }}"
        f" .clock {{ font-size: {110 * unit:.1f}px; font-weight: bold; }}"
        " .warn { color: #f0a020; } .alert { color: #f04040; }"
    )


def card_html(
    session: Session,
    index: int,
    voices: Sequence[Translate] = (english,),
    clock: tuple[str, str] = ("", ""),
    up_next: bool = False,
) -> str:
    """The HTML of segment `index`'s title card (escaped; empty lines left out), its fixed
    texts in every audience language of `voices`, the first largest; `clock` is the
    commentary's (time shown, level: "", "warn" or "alert"); `up_next` makes a commentary's
    card the "Up next" card before its countdown, as a talk's is."""
    segment = session.segments[index]
    if segment.kind == "talk" or up_next:
        default = CARDS["commentary"] if segment.kind == "commentary" else ""
        lines = [
            *_in_languages("kicker", CARDS["up_next"], voices),
            ("big", segment.speaker),
            ("mid", segment.organisation),
            ("small", segment.title or (voices[0]("cards", default) if default else "")),
        ]
    elif segment.kind == "qa":
        lines = [
            *_in_languages("big", CARDS["qa"], voices),
            ("small", session.speaker_for(index)),
        ]
    elif segment.kind == "commentary":
        title = [("kicker", segment.title)] if segment.title else []
        lines = [
            *(title or _in_languages("kicker", CARDS["commentary"], voices)),
            ("big", segment.speaker),
            ("mid", segment.organisation),
            (f"clock {clock[1]}".strip(), clock[0]),
        ]
    else:
        lines = [("big", segment.title), ("mid", segment.text)]
    return "".join(_paragraph(kind, text) for kind, text in lines if text)


def _in_languages(kind: str, text: str, voices: Sequence[Translate]) -> list[tuple[str, str]]:
    """`text` in each language (repeats left out): the first as `kind`, the others smaller."""
    said = list(dict.fromkeys(say("cards", text) for say in voices))
    return [(kind if i == 0 else f"{kind}-also", line) for i, line in enumerate(said)]


def _paragraph(kind: str, text: str) -> str:
    """One escaped paragraph; line breaks in the text are kept."""
    escaped = "<br/>".join(html.escape(line) for line in text.splitlines())
    return f'<p class="{kind}">{escaped}</p>'


def _add_talk(document, size, session: Session, segment: Segment, say: Translate) -> None:
    """One page per slide of the talk, each shown for the format's seconds per slide.

    A deck with fewer slides than the format keeps its last slide up for the time left, as the
    app does; a longer deck is cut at the format's slide count."""
    fmt = session.talk_format(segment)
    with _slide_source(Path(str(segment.deck))) as (available, place):
        count = min(available, fmt.slides)
        if count < fmt.slides:
            total = format_duration(fmt.duration)
            warning = say("export", TEXTS["short_deck"], count).format(
                path=segment.deck, total=total
            )
            print(f"pechakucha export: {warning}", file=sys.stderr)
        for index in range(count):
            page = _black_page(document, size)
            try:
                place(page, index)
            except Exception as error:  # MuPDF and Pillow raise many kinds on broken content
                reason = str(error) or type(error).__name__
                text = say("export", TEXTS["cannot_draw"])
                raise ExportError(
                    text.format(path=segment.deck, slide=index + 1, reason=reason)
                ) from error
            last = index == count - 1
            set_timing(
                document, page, fmt.seconds_per_slide * (fmt.slides - count + 1 if last else 1)
            )


@contextlib.contextmanager
def _slide_source(path: Path) -> Iterator[tuple[int, Callable[[Any, int], None]]]:
    """Open a deck (DeckError if it cannot be used) and yield (slides, place(page, index)).

    PDF pages are placed as vector pages, image slides as the image files, fitted and centred.
    """
    import pymupdf

    from pechakucha.decks import open_deck
    from pechakucha.decks.images import ImageDeck

    deck = open_deck(path)
    source = None
    try:
        if isinstance(deck, ImageDeck):
            yield len(deck), lambda page, index: _place_image(page, deck.slide_path(index))
            return
        source = pymupdf.open(str(path), filetype="pdf")
        if source.needs_pass:
            source.authenticate("")  # owner-password PDFs open; open_deck refused the others
        yield len(deck), lambda page, index: _place_pdf_page(page, source, index)
    finally:
        if source is not None:
            source.close()
        deck.close()


def _white_sheet(page, width: float, height: float) -> None:
    """Paint white where a slide of `width`×`height` will sit on `page` (fitted, centred).

    A slide is a sheet of paper: what is transparent on it shows white, as in the show and the
    preview (decks/paint.py), never the black of the letterbox around it."""
    import pymupdf

    area = page.rect
    scale = min(area.width / width, area.height / height)
    sheet_width, sheet_height = width * scale, height * scale
    left = area.x0 + (area.width - sheet_width) / 2
    top = area.y0 + (area.height - sheet_height) / 2
    sheet = pymupdf.Rect(left, top, left + sheet_width, top + sheet_height)
    page.draw_rect(sheet, color=None, fill=(1, 1, 1), width=0)


def _place_pdf_page(page, source, index: int) -> None:
    """Put page `index` of `source` on `page` as a vector page, fitted and centred, on white."""
    slide = source[index].rect
    _white_sheet(page, slide.width, slide.height)
    page.show_pdf_page(page.rect, source, index)


def _place_image(page, path: Path) -> None:
    """Put an image slide on `page`, fitted and centred, on white: the file itself when it needs
    no turn, else (EXIF orientation, a format MuPDF cannot embed) a PNG/JPEG re-encoded by
    Pillow."""
    from pechakucha.decks.images import read_image_slide

    slide = read_image_slide(path)
    _white_sheet(page, slide.width, slide.height)
    if slide.orientation == 1:
        try:
            page.insert_image(page.rect, filename=str(path), keep_proportion=True)
            return
        except Exception:  # e.g. WebP: fall through to Pillow
            pass
    page.insert_image(page.rect, stream=_upright_image_bytes(path), keep_proportion=True)


def _upright_image_bytes(path: Path) -> bytes:
    """The image turned upright by its EXIF orientation, as JPEG (photos) or PNG bytes."""
    import io

    from PIL import Image, ImageOps

    with Image.open(path) as img:
        jpeg = img.format in ("JPEG", "MPO")
        upright = ImageOps.exif_transpose(img)
        if upright.mode not in ("RGB", "RGBA", "L", "LA"):
            upright = upright.convert("RGBA" if "transparency" in img.info else "RGB")
        buffer = io.BytesIO()
        if jpeg and upright.mode in ("RGB", "L"):
            upright.save(buffer, "JPEG", quality=92)
        else:
            upright.save(buffer, "PNG")
    return buffer.getvalue()


def _black_page(document, size: tuple[float, float]):
    """A new page painted black."""
    page = document.new_page(width=size[0], height=size[1])
    page.draw_rect(page.rect, color=None, fill=(0, 0, 0), width=0)
    return page


def _save_atomic(document, output: Path, say: Translate) -> None:
    """Save via a temporary file in the same folder and a rename: all or nothing."""
    try:
        write_atomic(output, lambda temp: document.save(temp, garbage=3, deflate=True))
    except Exception as error:
        reason = getattr(error, "strerror", None) or str(error)
        text = say("export", TEXTS["cannot_write"])
        raise ExportError(text.format(path=output, reason=reason)) from None


def _number(seconds: float) -> str:
    """A PDF number: "20", or "12.5"."""
    return str(int(seconds)) if float(seconds).is_integer() else f"{seconds:.3f}".rstrip("0")
