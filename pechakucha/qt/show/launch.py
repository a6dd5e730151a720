"""Open the show: a session file, or a single deck as a one-talk session, on the same path.

Loading (session or deck), the journal with crash recovery, the windows on their screens, the
operator's keys, and the report at the end: one way to play, whatever was opened.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from dataclasses import replace
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pechakucha.core.clock import MonotonicClock
from pechakucha.core.formats import make_format
from pechakucha.core.journal import Journal, read_journal
from pechakucha.core.runner.recovery import RecoveryError, can_recover, recover
from pechakucha.core.runner.report import session_report
from pechakucha.core.runner.runner import SessionRunner
from pechakucha.core.session.model import Session, one_talk_session
from pechakucha.core.session.read import SessionError, load_session
from pechakucha.qt.app.i18n import error_text
from pechakucha.qt.app.screens import ScreenPlacer
from pechakucha.qt.app.startup import application, data_folder, fail, limit_heap_growth
from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.pixels.render import DeckInfo, SlideRenderer
from pechakucha.qt.show.audience import AudienceWindow
from pechakucha.qt.show.console import PresenterConsole
from pechakucha.qt.show.controller import SessionController
from pechakucha.qt.show.operator import SessionOperator
from pechakucha.qt.show.recall_panel import RecallPanel
from pechakucha.qt.show.report_panel import ReportPanel


def sample_session() -> Path:
    """The bundled sample Session Two."""
    return Path(str(resources.files("pechakucha.samples") / "session-two.toml"))


def journal_path(show_path: Path) -> Path:
    """The show's own journal in the data folder (one per session file or deck)."""
    digest = hashlib.sha1(str(show_path.resolve()).encode()).hexdigest()[:10]
    return data_folder() / "journals" / f"{show_path.stem}-{digest}.jsonl"


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


def make_runner(
    session: Session,
    log: Path,
    clock: MonotonicClock,
    resume: str = "ask",
    copy: str | None = None,
) -> SessionRunner:
    """A fresh runner, or — if the journal shows the show was cut short and the operator
    agrees (`resume`: "ask", "yes" or "no") — one resumed where it stopped, counting the
    downtime as elapsed."""
    entries = read_journal(log) if log.exists() else []
    if entries and can_recover(entries) and resume != "no":
        answer = (
            QMessageBox.Yes
            if resume == "yes"
            else QMessageBox.question(
                None,
                QApplication.translate("app", "Resume the session?"),
                QApplication.translate(
                    "app",
                    "This session stopped before its end. Resume where it was, as if the "
                    "app had never stopped?",
                ),
            )
        )
        if answer == QMessageBox.Yes:
            try:
                return recover(session, entries, time.time(), clock, Journal(log, copy=copy))
            except RecoveryError as error:
                print(f"pechakucha: cannot resume: {error}", file=sys.stderr)
    return SessionRunner(session, clock, Journal(log, copy=copy))


def run_app(args: argparse.Namespace) -> int:
    """Open the app on a session or a deck (default: the sample) and run until the operator
    quits; returns the exit code."""
    from pechakucha.decks.errors import DeckError

    limit_heap_growth()
    app = application(args.lang)
    path = args.path or str(sample_session())
    try:
        session = load_show(path, args)
    except (SessionError, ValueError) as error:
        return fail(error_text(error))
    renderer = SlideRenderer(app)
    try:
        decks = open_decks(renderer, session)
    except DeckError as error:
        renderer.close()
        return fail(error_text(error))
    log = journal_path(Path(path))  # always kept in the data folder, for crash recovery
    clock = MonotonicClock()
    runner = make_runner(session, log, clock, args.resume, copy=args.log)
    cache = PixmapCache(renderer)
    views = (AudienceWindow(cache), PresenterConsole(cache))
    controller = SessionController(runner, decks, clock, runner.journal, views, cache)
    operator = wire_windows(app, controller, args)
    code = run_until_quit(app, controller, operator, args, log)
    renderer.close()
    runner.journal.close()
    return code


def run_until_quit(
    app: QApplication,
    controller: SessionController,
    operator: SessionOperator,
    args: argparse.Namespace,
    log: Path,
) -> int:
    """Connect the end of the show and the command-line switches, run the event loop."""
    controller.finished.connect(lambda: save_report(controller, log))
    if args.quit_at_end:
        controller.finished.connect(lambda: QTimer.singleShot(0, app.quit))
    if args.bench_launch:  # `pechakucha bench`: report when the console has painted, then quit

        def report_paint() -> None:
            print(f"painted {time.monotonic()}", flush=True)
            QTimer.singleShot(0, app.quit)  # painting may come before exec(): quit from the loop

        controller.console.painted_once.connect(report_paint)
    operator.quit_requested.connect(app.quit)
    controller.refresh()
    if args.start:
        QTimer.singleShot(0, lambda: controller.command("start"))  # once windows are exposed
    code = app.exec()
    controller.stop()
    return code


def wire_windows(
    app: QApplication, controller: SessionController, args: argparse.Namespace
) -> SessionOperator:
    """Screens, keys and the slide grid for a running show."""
    audience, console = controller.audience, controller.console
    operator = SessionOperator(controller, app, manual=args.manual)
    audience.key_pressed.connect(operator.handle_key)
    console.key_pressed.connect(operator.handle_key)
    placer = ScreenPlacer(audience, console, args.screen)
    operator.toggle_console.connect(placer.toggle_console)
    operator.swap_screens.connect(placer.swap)
    panel = RecallPanel(controller.cache)
    panel.recall.connect(lambda talk, slide: controller.command("recall", talk, slide))

    def toggle_panel() -> None:
        if console.side_stack.currentWidget() is panel:
            console.show_side_panel(None)
            return
        snapshot = controller.runner.snapshot()
        panel.populate(controller.session, controller.decks, snapshot.marks)
        console.show_side_panel(panel)
        panel.setFocus()

    operator.toggle_recall.connect(toggle_panel)
    placer.place()
    controller.cache.fit_to_screen(placer.projector)
    app.processEvents()  # windows take their final sizes before slides are rendered for them
    return operator


def save_report(controller: SessionController, log: Path) -> None:
    """Show the planned-vs-actual report on the console; save it (CSV, JSON) by the journal."""
    if controller.session.one_talk:
        return  # a single deck has no running order to report on
    report = session_report(controller.runner)
    panel = ReportPanel()
    panel.show_report(report)
    controller.console.show_report(panel)
    stem = log.with_suffix("")
    try:
        report.to_json(stem.with_name(stem.name + "-report.json"))
        report.to_csv(stem.with_name(stem.name + "-report.csv"))
        report.to_csv(stem.with_name(stem.name + "-speakers.csv"), table="speakers")
    except OSError as error:
        controller.console.flash_keypress(f"Report not saved: {error}")
        return
    controller.console.flash_keypress(
        QApplication.translate("app", "Report saved in {folder}").format(folder=log.parent)
    )
