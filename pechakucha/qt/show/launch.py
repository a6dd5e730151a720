"""Start the app: QApplication, translations, windows on the right screens, the show."""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import sys
import time
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pechakucha.core.clock import MonotonicClock
from pechakucha.core.formats import make_format
from pechakucha.core.journal import Journal
from pechakucha.core.schedule import TalkSchedule
from pechakucha.qt.app.i18n import error_text, install_translator
from pechakucha.qt.app.screens import ScreenPlacer
from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.pixels.render import SlideRenderer
from pechakucha.qt.show.audience import AudienceWindow
from pechakucha.qt.show.console import PresenterConsole
from pechakucha.qt.show.talk_controller import TalkController
from pechakucha.qt.show.talk_operator import TalkOperator


def sample_session() -> Path:
    """The bundled sample Session Two."""
    return Path(str(resources.files("pechakucha.samples") / "session-two.toml"))


def fail(message: str) -> int:
    """Tell the user why nothing can start (console and dialog), return exit code 2."""
    print(f"pechakucha: {message}", file=sys.stderr)
    if QApplication.platformName() not in ("offscreen", "minimal"):  # someone can see it
        QMessageBox.critical(None, QApplication.translate("app", "Cannot open"), message)
    return 2


def limit_heap_growth() -> None:
    """Return big freed buffers (rendered slides) to the system at once.

    glibc raises its mmap threshold after large frees, after which 30 MB slide buffers come
    from the heap and fragment it: measured 313 → 278 MB peak at 4K with a fixed 1 MB.
    """
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to tune
        ctypes.CDLL(None).mallopt(-3, 1 << 20)  # M_MMAP_THRESHOLD


def run_app(args: argparse.Namespace) -> int:
    """Open the app on a deck (or a session) and run until the operator quits."""
    limit_heap_growth()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("pechakucha")
    install_translator(args.lang)
    path = args.path or str(sample_session())
    if path.lower().endswith(".toml"):
        from pechakucha.qt.show.session_launch import run_session

        return run_session(app, path, args)
    return run_single_deck(app, path, args)


def run_single_deck(app: QApplication, path: str, args: argparse.Namespace) -> int:
    """One deck as a one-talk show, ready to start with F5."""
    from pechakucha.decks.errors import DeckError

    try:
        fmt = make_format(args.format, args.slides, args.seconds_per_slide)
    except ValueError as error:
        return fail(str(error))
    renderer = SlideRenderer(app)
    try:
        deck = renderer.open(path)
    except DeckError as error:
        renderer.close()
        return fail(error_text(error))
    cache = PixmapCache(renderer)
    audience, console = AudienceWindow(cache), PresenterConsole(cache)
    journal = Journal(args.log)
    talk = TalkController(
        deck, TalkSchedule(fmt), MonotonicClock(), journal, (audience, console), cache
    )
    operator = TalkOperator(talk, Path(path).name, args.manual, args.quit_at_end)
    audience.key_pressed.connect(operator.handle_key)
    console.key_pressed.connect(operator.handle_key)
    if args.bench_launch:  # `pechakucha bench`: report when the console has painted, then quit

        def report_paint() -> None:
            print(f"painted {time.monotonic()}", flush=True)
            QTimer.singleShot(0, app.quit)  # painting may come before exec(): quit from the loop

        console.painted_once.connect(report_paint)
    placer = ScreenPlacer(audience, console, args.screen)
    placer.place()
    cache.fit_to_screen(placer.projector)
    operator.quit_requested.connect(app.quit)
    app.processEvents()  # windows take their final sizes before slides are rendered for them
    talk.warm_up()
    talk.sync()
    if args.start:
        QTimer.singleShot(0, talk.start)  # once the event loop runs and windows are exposed
    code = app.exec()
    renderer.close()
    journal.close()
    return code
