"""Open a session file and run it: decks, journal (with crash recovery), windows, keys."""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pechakucha.core.clock import MonotonicClock
from pechakucha.core.formats import make_format
from pechakucha.core.journal import Journal, read_journal
from pechakucha.core.runner.recovery import RecoveryError, can_recover, recover
from pechakucha.core.runner.report import session_report
from pechakucha.core.runner.runner import SessionRunner
from pechakucha.core.session.model import Session
from pechakucha.core.session.read import SessionError, load_session
from pechakucha.qt.app.i18n import error_text
from pechakucha.qt.app.screens import ScreenPlacer
from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.pixels.render import DeckInfo, SlideRenderer
from pechakucha.qt.show.audience import AudienceWindow
from pechakucha.qt.show.console import PresenterConsole
from pechakucha.qt.show.controller import SessionController
from pechakucha.qt.show.launch import fail
from pechakucha.qt.show.operator import SessionOperator
from pechakucha.qt.show.recall_panel import RecallPanel
from pechakucha.qt.show.report_panel import ReportPanel


def data_folder() -> Path:
    """Where journals and reports live: $PECHAKUCHA_DATA_DIR or the user's app-data folder."""
    override = os.environ.get("PECHAKUCHA_DATA_DIR")
    if override:
        return Path(override)
    return Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation))


def journal_path(session_path: Path) -> Path:
    """The session's own journal in the data folder (one per session file)."""
    digest = hashlib.sha1(str(session_path.resolve()).encode()).hexdigest()[:10]
    return data_folder() / "journals" / f"{session_path.stem}-{digest}.jsonl"


def apply_format_options(session: Session, args: argparse.Namespace) -> Session:
    """`--format/--slides/--seconds-per-slide` on the command line override the file's."""
    if args.slides is None and args.seconds_per_slide is None and args.format == "pechakucha":
        return session
    fmt = make_format(args.format, args.slides, args.seconds_per_slide)
    segments = [replace(s, format=None) if s.kind == "talk" else s for s in session.segments]
    return replace(session, format=fmt, segments=segments)


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
    """A fresh runner, or — if the journal shows the session was cut short and the operator
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


def run_session(app: QApplication, path: str, args: argparse.Namespace) -> int:
    """Run the session in `path` until the operator quits."""
    from pechakucha.decks.errors import DeckError

    try:
        loaded = load_session(path)
        session = apply_format_options(loaded.session, args)
    except (SessionError, ValueError) as error:
        return fail(error_text(error))
    for warning in loaded.warnings:
        print(f"pechakucha: {warning}", file=sys.stderr)
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
    audience, console = AudienceWindow(cache), PresenterConsole(cache)
    controller = SessionController(runner, decks, clock, runner.journal, (audience, console), cache)
    operator = wire_windows(app, controller, args)
    controller.finished.connect(lambda: save_report(controller, log))
    if args.quit_at_end:
        controller.finished.connect(lambda: QTimer.singleShot(0, app.quit))
    operator.quit_requested.connect(app.quit)
    controller.refresh()
    code = app.exec()
    controller.stop()
    renderer.close()
    runner.journal.close()
    return code


def wire_windows(
    app: QApplication, controller: SessionController, args: argparse.Namespace
) -> SessionOperator:
    """Screens, keys and the slide grid for a running session."""
    audience, console = controller.audience, controller.console
    operator = SessionOperator(controller, app)
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
    return operator


def save_report(controller: SessionController, log: Path) -> None:
    """Show the planned-vs-actual report on the console; save it (CSV, JSON) by the journal."""
    report = session_report(controller.runner)
    panel = ReportPanel()
    panel.show_report(report)
    controller.console.show_side_panel(panel)
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
