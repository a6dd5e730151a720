"""`pechakucha rehearse DECK`: check the input, open the rehearsal window.

Bad input (a missing deck, a slide range outside the deck) is one sentence on stderr (and a
dialog where someone can see it), exit code 2 — never a traceback.
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from pechakucha.core.formats import TalkFormat, make_format
from pechakucha.core.i18n import QT_TRANSLATE_NOOP
from pechakucha.qt.app.i18n import error_text
from pechakucha.qt.app.startup import application, data_folder, fail

LOOP_ALONE = QT_TRANSLATE_NOOP("preview_app", "use --loop N on its own, without --from or --to.")
BAD_RANGE = QT_TRANSLATE_NOOP(
    "preview_app", "{deck}: slides {first}–{last} are not a range within this deck's 1–{count}."
)


def run_rehearse(args: argparse.Namespace) -> int:
    """`pechakucha rehearse DECK`: open the rehearsal window; returns the exit code."""
    app = application(args.lang)
    from pechakucha.decks.errors import DeckError
    from pechakucha.qt.pixels.cache import PixmapCache
    from pechakucha.qt.pixels.render import SlideRenderer
    from pechakucha.qt.rehearse.window import RehearsalWindow

    try:
        fmt = make_format(args.format, args.slides, args.seconds_per_slide)
    except ValueError as error:
        return fail(str(error), "rehearse")
    renderer = SlideRenderer()
    try:
        deck = renderer.open(args.deck)
    except DeckError as error:
        renderer.close()
        return fail(error_text(error), "rehearse")
    problem, first, last = slide_range(args, len(deck), fmt)
    if problem:
        renderer.close()
        return fail(problem, "rehearse")
    window = RehearsalWindow(renderer, PixmapCache(renderer), deck, fmt, data_folder(args.data_dir))
    window.set_range(first, last, loop=args.loop is not None)
    window.show()
    if args.start:
        QTimer.singleShot(0, window.start)
    code = app.exec()
    window.close()
    renderer.close()
    return code


def slide_range(args: argparse.Namespace, count: int, fmt: TalkFormat) -> tuple[str, int, int]:
    """(problem or "", first, last) from --from/--to/--loop, for a deck of `count` slides."""
    first, last = args.first, args.last
    if args.loop is not None:
        if first is not None or last is not None:
            return _tr(LOOP_ALONE), 0, 0
        first = last = args.loop
    playable = min(count, fmt.slides)  # the slides a talk in this format shows
    first = 1 if first is None else first
    if last is None:
        last = playable if first <= playable else count
    if not 1 <= first <= last <= count:
        return _tr(BAD_RANGE, args.deck, first=first, last=last, count=count), 0, 0
    return "", first, last


def _tr(text: str, path: str = "", **params: object) -> str:
    return QApplication.translate("preview_app", text).format(path=path, deck=path, **params)
