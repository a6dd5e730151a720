"""`pechakucha preview PATH`: check the input, open the contact sheet (or export it).

Bad input (a missing deck, a broken session file) is one sentence on stderr
(and in a dialog where someone can see it), exit code 2 — never a traceback.
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pechakucha.core.formats import make_format
from pechakucha.core.i18n import QT_TRANSLATE_NOOP
from pechakucha.qt.app.i18n import error_text
from pechakucha.qt.app.startup import EXIT_BAD_INPUT, application, fail

NO_TALKS = QT_TRANSLATE_NOOP("preview_app", "{path}: the session has no talk with a deck.")
CANNOT_WRITE = QT_TRANSLATE_NOOP("preview_app", "{path}: cannot write the file ({reason}).")
WRITTEN = QT_TRANSLATE_NOOP("preview_app", "Contact sheet written to {path}")


def run_preview(args: argparse.Namespace) -> int:
    """`pechakucha preview PATH`: open the contact-sheet window; returns the exit code."""
    app = application(args.lang)
    from pechakucha.core.session.read import SessionError
    from pechakucha.decks.errors import DeckError
    from pechakucha.qt.pixels.render import SlideRenderer
    from pechakucha.qt.preview.loader import preview_entries
    from pechakucha.qt.preview.window import PreviewWindow

    try:
        fmt = make_format(args.format, args.slides, args.seconds_per_slide)
        title, entries = preview_entries(args.path, fmt)
    except (ValueError, SessionError) as error:
        return fail(str(error), "preview")
    if not entries:
        return fail(_tr(NO_TALKS, args.path), "preview")
    renderer = SlideRenderer()
    if not args.path.lower().endswith(".toml"):
        try:
            renderer.open(args.path)  # a lone deck that cannot load: say so, no empty window
        except DeckError as error:
            renderer.close()
            return fail(error_text(error), "preview")
    window = PreviewWindow(entries, title, renderer, args.projector, args.screen)
    if args.export:
        code = _export_and_quit(app, window, args.export, args.paper)
    else:
        window.show()
        window.start()
        code = app.exec()
    window.close()  # after exec: closing inside it would queue an automatic quit for later
    renderer.close()
    return code


def _export_and_quit(app: QApplication, window, path: str, paper: str = "a4") -> int:
    """Build the sheet without showing it, wait for every deck, export, return the exit code."""
    window.setAttribute(Qt.WA_DontShowOnScreen)
    window.show()
    outcome: list[int] = []

    def export() -> None:
        try:
            window.export(path, paper)
            print(_tr(WRITTEN, path))
            outcome.append(0)
        except OSError as error:
            reason = error.strerror or str(error)
            outcome.append(fail(_tr(CANNOT_WRITE, path, reason=reason), "preview"))
        app.quit()  # the window is closed after exec returns (see run_preview)

    window.loaded.connect(export)
    window.start()
    if not outcome:
        app.exec()
    return outcome[0] if outcome else EXIT_BAD_INPUT


def _tr(text: str, path: str = "", **params: object) -> str:
    return QApplication.translate("preview_app", text).format(path=path, deck=path, **params)
