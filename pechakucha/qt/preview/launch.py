"""`pechakucha preview PATH` and `pechakucha rehearse DECK`: parse, check the input, run.

Bad input (a missing deck, a broken session file, a slide range outside the deck) is one
sentence on stderr and in a dialog, exit code 2 — never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pechakucha.cli.main import add_format_options, projector_size
from pechakucha.core.formats import TalkFormat, make_format
from pechakucha.core.i18n import QT_TRANSLATE_NOOP
from pechakucha.qt.app.i18n import error_text, install_translator

DATA_DIR_VARIABLE = "PECHAKUCHA_DATA_DIR"
EXIT_BAD_INPUT = 2
NO_TALKS = QT_TRANSLATE_NOOP("preview_app", "{path}: the session has no talk with a deck.")
LOOP_ALONE = QT_TRANSLATE_NOOP("preview_app", "use --loop N on its own, without --from or --to.")
BAD_RANGE = QT_TRANSLATE_NOOP(
    "preview_app", "{deck}: slides {first}–{last} are not a range within this deck's 1–{count}."
)
CANNOT_WRITE = QT_TRANSLATE_NOOP("preview_app", "{path}: cannot write the file ({reason}).")


def preview_parser() -> argparse.ArgumentParser:
    """Parser for `pechakucha preview`."""
    parser = argparse.ArgumentParser(
        prog="pechakucha preview",
        description="Contact sheet of a deck or of every talk deck of a session file, "
        "with the preflight findings on the slides they concern.",
    )
    parser.add_argument("path", help="deck (PDF, image folder) or session file (.toml)")
    add_format_options(parser)
    parser.add_argument(
        "--projector",
        type=projector_size,
        default=(1920, 1080),
        help="projector resolution for the checks, default 1920x1080",
    )
    parser.add_argument("--screen", type=int, help="screen number for the full-screen look")
    parser.add_argument(
        "--export", metavar="OUT", help="write the contact sheet to OUT (.png or .pdf) and quit"
    )
    return parser


def rehearse_parser() -> argparse.ArgumentParser:
    """Parser for `pechakucha rehearse`."""
    parser = argparse.ArgumentParser(
        prog="pechakucha rehearse",
        description="Rehearse a talk at the real pace; tap Space when done with each slide.",
    )
    parser.add_argument("deck", help="the deck (PDF, image folder)")
    add_format_options(parser)
    parser.add_argument("--from", dest="first", type=int, metavar="N", help="first slide")
    parser.add_argument("--to", dest="last", type=int, metavar="M", help="last slide")
    parser.add_argument("--loop", type=int, metavar="N", help="repeat slide N until stopped")
    parser.add_argument("--start", action="store_true", help="start at once")
    parser.add_argument(
        "--data-dir", help=f"where runs are kept (default: ${DATA_DIR_VARIABLE} or the user's)"
    )
    return parser


def run_preview(argv: Sequence[str]) -> int:
    """`pechakucha preview PATH`: open the contact-sheet window; returns the exit code."""
    args, code = _parse(preview_parser(), argv)
    if args is None:
        return code
    app = _application(args.lang)
    from pechakucha.core.session.read import SessionError
    from pechakucha.decks.errors import DeckError
    from pechakucha.qt.pixels.render import SlideRenderer
    from pechakucha.qt.preview.loader import preview_entries
    from pechakucha.qt.preview.window import PreviewWindow

    try:
        fmt = make_format(args.format, args.slides, args.seconds_per_slide)
        title, entries = preview_entries(args.path, fmt)
    except (ValueError, SessionError) as error:
        return fail("preview", str(error))
    if not entries:
        return fail("preview", _tr(NO_TALKS, args.path))
    renderer = SlideRenderer()
    if not args.path.lower().endswith(".toml"):
        try:
            renderer.open(args.path)  # a lone deck that cannot load: say so, no empty window
        except DeckError as error:
            renderer.close()
            return fail("preview", error_text(error))
    window = PreviewWindow(entries, title, renderer, args.projector, args.screen)
    if args.export:
        code = _export_and_quit(app, window, args.export)
    else:
        window.show()
        window.start()
        code = app.exec()
    window.close()  # after exec: closing inside it would queue an automatic quit for later
    renderer.close()
    return code


def run_rehearse(argv: Sequence[str]) -> int:
    """`pechakucha rehearse DECK`: open the rehearsal window; returns the exit code."""
    args, code = _parse(rehearse_parser(), argv)
    if args is None:
        return code
    app = _application(args.lang)
    from pechakucha.decks.errors import DeckError
    from pechakucha.qt.pixels.cache import PixmapCache
    from pechakucha.qt.pixels.render import SlideRenderer
    from pechakucha.qt.rehearse.window import RehearsalWindow

    try:
        fmt = make_format(args.format, args.slides, args.seconds_per_slide)
    except ValueError as error:
        return fail("rehearse", str(error))
    renderer = SlideRenderer()
    try:
        deck = renderer.open(args.deck)
    except DeckError as error:
        renderer.close()
        return fail("rehearse", error_text(error))
    problem, first, last = slide_range(args, len(deck), fmt)
    if problem:
        renderer.close()
        return fail("rehearse", problem)
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


def data_folder(explicit: str | None = None) -> Path:
    """Where rehearsal runs are kept: --data-dir, else $PECHAKUCHA_DATA_DIR, else the user's
    application data folder."""
    chosen = explicit or os.environ.get(DATA_DIR_VARIABLE)
    if chosen:
        return Path(chosen)
    location = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)
    return Path(location or Path.home() / ".local" / "share" / "pechakucha")


def fail(command: str, message: str) -> int:
    """Say why nothing can start (stderr and a dialog); return exit code 2."""
    print(f"pechakucha {command}: {message}", file=sys.stderr)
    QMessageBox.critical(None, QApplication.translate("preview_app", "Cannot open"), message)
    return EXIT_BAD_INPUT


def _parse(
    parser: argparse.ArgumentParser, argv: Sequence[str]
) -> tuple[argparse.Namespace | None, int]:
    """Parsed arguments, or None and argparse's exit code (2 for a usage error, 0 for --help)."""
    try:
        return parser.parse_args(list(argv)), 0
    except SystemExit as exit_:
        return None, exit_.code if isinstance(exit_.code, int) else EXIT_BAD_INPUT


def _application(language: str | None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "pechakucha"])
    app.setApplicationName("pechakucha")
    install_translator(language)
    return app


def _export_and_quit(app: QApplication, window, path: str) -> int:
    """Build the sheet without showing it, wait for every deck, export, return the exit code."""
    window.setAttribute(Qt.WA_DontShowOnScreen)
    window.show()
    outcome: list[int] = []

    def export() -> None:
        try:
            window.export(path)
            outcome.append(0)
        except OSError as error:
            reason = error.strerror or str(error)
            outcome.append(fail("preview", _tr(CANNOT_WRITE, path, reason=reason)))
        app.quit()  # the window is closed after exec returns (see run_preview)

    window.loaded.connect(export)
    window.start()
    if not outcome:
        app.exec()
    return outcome[0] if outcome else EXIT_BAD_INPUT


def _tr(text: str, path: str = "", **params: object) -> str:
    return QApplication.translate("preview_app", text).format(path=path, deck=path, **params)
