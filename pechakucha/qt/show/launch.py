"""Open the show: a session file, or a single deck as a one-talk session, on the same path.

Loading (session or deck), the journal with crash recovery, the windows on their screens, the
operator's keys, and the report at the end: one way to play, whatever was opened.
"""

from __future__ import annotations

import argparse
import datetime as dt
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
from pechakucha.core.journal import Journal, load_journal
from pechakucha.core.runner.recovery import RecoveryError, can_recover, recover
from pechakucha.core.runner.report import report_files, session_report
from pechakucha.core.runner.runner import SessionRunner
from pechakucha.core.session.model import Session, one_talk_session
from pechakucha.core.session.read import SessionError, load_session
from pechakucha.qt.app.i18n import error_text, interface_language, translator_for
from pechakucha.qt.app.screens import ScreenPlacer
from pechakucha.qt.app.settings import forget_settings, remember_session
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
    entries = past_entries(log)
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


def past_entries(log: Path) -> list[dict]:
    """The journal of earlier runs of this show (for crash recovery). Lines it cannot read are
    skipped and said on stderr; a journal it cannot read at all is left aside: the show starts."""
    try:
        read = load_journal(log)
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as error:
        text = QApplication.translate("app", "{file}: the journal cannot be read ({problem})")
        print(f"pechakucha: {text.format(file=log, problem=error.strerror)}", file=sys.stderr)
        return []
    if read.skipped:
        text = QApplication.translate(
            "app", "{file}: {count} unreadable journal line(s) skipped, the first at line {line}"
        ).format(file=log, count=len(read.skipped), line=read.skipped[0])
        print(f"pechakucha: {text}", file=sys.stderr)
    return read.entries


def warn_if_not_saved(journal: Journal) -> None:
    """A data folder that is full or read-only does not stop the show: say so and go on (the
    console says it too, and the journal keeps retrying)."""
    if not journal.saved:
        text = QApplication.translate(
            "app", "the journal cannot be saved in {folder} ({problem}); the show goes on"
        )
        folder = journal.path.parent if journal.path else ""
        print(f"pechakucha: {text.format(folder=folder, problem=journal.problem)}", file=sys.stderr)


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
    log = journal_path(Path(path))  # always kept in the data folder, for crash recovery
    clock = MonotonicClock()
    runner = make_runner(session, log, clock, args.resume, copy=args.log)
    warn_if_not_saved(runner.journal)
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
    if args.bench_launch:  # `pechakucha bench`: report when slide 1 is on the console, quit

        def report_paint(*_slide: object) -> None:
            print(f"painted {time.monotonic()}", flush=True)
            QTimer.singleShot(0, app.quit)  # painting may come before exec(): quit from the loop

        controller.console.current_view.painted.connect(report_paint)
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
    """Show the planned-vs-actual report on the console; save it (JSON, CSV, a one-page PDF)
    by the journal, under this run's date and time."""
    from pechakucha.decks.report_pdf import REPORT_LABELS, write_report_pdf  # PyMuPDF: only now

    if controller.session.one_talk:
        return  # a single deck has no running order to report on
    report = session_report(controller.runner)
    panel = ReportPanel()
    panel.show_report(report)
    controller.console.show_report(panel)
    files = report_files(log.parent, log.stem, dt.datetime.now())
    labels = {key: QApplication.translate("report", text) for key, text in REPORT_LABELS.items()}
    try:
        report.save(files)
        write_report_pdf(report, files.pdf, labels)
    except OSError as error:
        text = QApplication.translate("app", "Report not saved: {error}")
        controller.console.flash_keypress(text.format(error=error))
        return
    controller.console.flash_keypress(
        QApplication.translate("app", "Report saved in {folder}").format(folder=log.parent)
    )
