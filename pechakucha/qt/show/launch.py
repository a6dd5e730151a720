"""Open the show: a session file, or a single deck as a one-talk session, on the same path.

Loading (session or deck), the journal with crash recovery, the windows on their screens, the
operator's keys, and the report at the end: one way to play, whatever was opened.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from pechakucha.core.clock import MonotonicClock
from pechakucha.core.formats import make_format
from pechakucha.core.i18n import QT_TRANSLATE_NOOP
from pechakucha.core.runner.report import ReportFiles, SessionReport
from pechakucha.core.session.model import Session, one_talk_session
from pechakucha.core.session.read import SessionError, load_session
from pechakucha.core.show.lock import RunLock
from pechakucha.core.show.show import Show
from pechakucha.qt.app.i18n import error_text, interface_language, translator_for
from pechakucha.qt.app.screens import ScreenPlacer
from pechakucha.qt.app.settings import forget_settings, remember_session
from pechakucha.qt.app.startup import application, fail, limit_heap_growth
from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.pixels.render import DeckInfo, SlideRenderer
from pechakucha.qt.show.audience import AudienceWindow
from pechakucha.qt.show.console import PresenterConsole
from pechakucha.qt.show.controller import SessionController
from pechakucha.qt.show.operator import SessionOperator
from pechakucha.qt.show.report_panel import ReportPanel
from pechakucha.qt.show.runs import (
    journal_folder,
    open_run,
    report_paths,
    show_prefix,
    warn_if_not_saved,
)

ALREADY_RUNNING = QT_TRANSLATE_NOOP(
    "app",
    "This session is already running in another pechakucha window: bring that window "
    "forward (your task bar or Alt+Tab) or close it before starting again.",
)


def sample_session() -> Path:
    """The bundled sample Session Two."""
    return Path(str(resources.files("pechakucha.samples") / "session-two.toml"))


def apply_format_options(session: Session, args: argparse.Namespace) -> Session:
    """`--format/--slides/--seconds-per-slide` on the command line override the file's."""
    if args.slides is None and args.seconds_per_slide is None and args.format == "pechakucha":
        return session
    fmt = make_format(args.format, args.slides, args.seconds_per_slide)
    segments = [replace(s, format=None) if s.kind == "talk" else s for s in session.segments]
    return replace(session, format=fmt, segments=segments)


def load_show(path: str, args: argparse.Namespace) -> Session:
    """The session to run: the session file's, or a one-talk session of the deck in `path`.

    Raises SessionError or ValueError (bad options) with a one-sentence message."""
    if not path.lower().endswith(".toml"):
        fmt = make_format(args.format, args.slides, args.seconds_per_slide)
        return one_talk_session(Path(path), fmt)
    loaded = load_session(path)
    for warning in loaded.warnings:
        print(f"pechakucha: {warning}", file=sys.stderr)
    return apply_format_options(loaded.session, args)


def open_decks(renderer: SlideRenderer, session: Session) -> dict[int, DeckInfo]:
    """Open every talk's deck on the render worker (raises DeckError on the first bad one)."""
    return {
        i: renderer.open(str(s.deck))
        for i, s in enumerate(session.segments)
        if s.kind == "talk" and s.deck is not None
    }


def run_app(args: argparse.Namespace) -> int:
    """Open the app on a session or a deck (default: the sample) and run until the operator
    quits; returns the exit code."""
    from pechakucha.decks.errors import DeckError

    if args.reset_settings:
        return forget_settings(translator_for(interface_language(args.lang)))
    limit_heap_growth()
    app = application(args.lang)
    path = args.path or str(sample_session())
    try:
        session = load_show(path, args)
    except (SessionError, ValueError) as error:
        return fail(error_text(error))
    if session.path is not None and args.path:
        remember_session(session.path)
    renderer = SlideRenderer(app)
    try:
        decks = open_decks(renderer, session)
    except DeckError as error:
        renderer.close()
        return fail(error_text(error))
    lock = RunLock(journal_folder() / f"{show_prefix(Path(path))}.lock")
    if not lock.acquire():  # one show per session: a second start says where the first is
        renderer.close()
        return fail(QApplication.translate("app", ALREADY_RUNNING))
    cache = PixmapCache(renderer)
    views = (AudienceWindow(cache), PresenterConsole(cache))
    if args.bench_launch:  # `pechakucha bench`: from before the first paint
        report_first_paint(app, views[1])
    placer = place_windows(app, cache, views, args.screen)
    show = start_show(session, path, args, placer, decks)
    controller = SessionController(show, decks, views, cache)
    operator = operate(controller, placer)
    code = run_until_quit(app, controller, operator, args)
    renderer.close()
    show.journal.close()
    lock.release()
    return code


def start_show(
    session: Session,
    path: str,
    args: argparse.Namespace,
    placer: ScreenPlacer,
    decks: dict[int, DeckInfo],
) -> Show:
    """The core show on a new run, or the crashed one resumed (the question over the
    console); the screens swapped if the operator had swapped them before a crash."""
    clock = MonotonicClock()  # any question about resuming is asked over the console
    show = open_run(
        session,
        Path(path),
        clock,
        args.resume,
        args.log,
        placer.dialog_parent(),
        decks={i: len(deck) for i, deck in decks.items()},
        manual=args.manual,
    )
    warn_if_not_saved(show.journal)
    if show.swapped:
        placer.swap()  # the screens as the operator had them before a crash
    return show


def report_first_paint(app: QApplication, console: PresenterConsole) -> None:
    """`pechakucha bench`: print when slide 1 is painted on the console, then quit."""

    def report(*_slide: object) -> None:
        print(f"painted {time.monotonic()}", flush=True)
        QTimer.singleShot(0, app.quit)  # painting may come before exec(): quit from the loop

    console.current_view.painted.connect(report)


def place_windows(
    app: QApplication,
    cache: PixmapCache,
    views: tuple[AudienceWindow, PresenterConsole],
    screen: int | None,
) -> ScreenPlacer:
    """The projector window full screen on the projector, the console on the laptop screen,
    before anything else can open a window."""
    placer = ScreenPlacer(*views, screen)
    placer.place()
    cache.fit_to_screen(placer.projector)
    app.processEvents()  # windows take their final sizes before slides are rendered for them
    return placer


def operate(controller: SessionController, screens: ScreenPlacer | None) -> SessionOperator:
    """The operator's keys on both windows, the projector followed, the report at the end."""
    operator = SessionOperator(controller, controller, screens=screens)
    operator.watch(controller.audience, controller.console)
    if screens is not None:
        screens.projector_changed.connect(controller.set_projector)
    controller.finished.connect(lambda: save_report(controller))
    return operator


def run_until_quit(
    app: QApplication,
    controller: SessionController,
    operator: SessionOperator,
    args: argparse.Namespace,
) -> int:
    """Connect the end of the show and the command-line switches, run the event loop."""
    if args.quit_at_end:
        controller.finished.connect(lambda: QTimer.singleShot(0, app.quit))
    operator.quit_requested.connect(app.quit)
    controller.refresh()
    if args.start:
        QTimer.singleShot(0, lambda: controller.command("start"))  # once windows are exposed
    code = app.exec()
    controller.stop()
    return code


def in_operator_language(report: SessionReport) -> SessionReport:
    """The report with the default segment names ("Q&A", "Talk") in the operator's language,
    for the console, the CSV and the PDF alike."""
    rows = tuple(
        replace(row, label=QApplication.translate("session", row.label)) for row in report.rows
    )
    return replace(report, rows=rows)


def save_report(controller: SessionController) -> None:
    """Show the planned-vs-actual report on the console; save it (JSON, CSV, a one-page PDF)
    under the run's own name, next to the run's journal."""
    from pechakucha.decks.report_pdf import REPORT_LABELS, write_report_pdf  # PyMuPDF: only now

    if controller.session.one_talk:
        return  # a single deck has no running order to report on
    report = in_operator_language(controller.show.report())
    panel = ReportPanel()
    panel.show_report(report)
    controller.console.show_report(panel)
    journal = controller.show.journal.path
    if journal is None:
        return  # a run with no journal file keeps no report either
    paths = report_paths(journal)
    files = ReportFiles(
        paths["report.json"], paths["report.csv"], paths["speakers.csv"], paths["report.pdf"]
    )
    labels = {key: QApplication.translate("report", text) for key, text in REPORT_LABELS.items()}
    try:
        report.save(files)
        write_report_pdf(report, files.pdf, labels)
    except OSError as error:
        text = QApplication.translate("app", "Report not saved: {error}")
        controller.console.flash_keypress(text.format(error=error.strerror or error))
        return
    text = QApplication.translate("app", "Report saved in {folder}")
    controller.console.flash_keypress(text.format(folder=journal.parent))
