"""The editor's view of the plan: the line "Planned 59:00 of a 60:00 budget", changeovers
included, and printing the running order on one page (qt/paper)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow

from pechakucha.core.durations import format_duration
from pechakucha.core.i18n import QT_TRANSLATE_NOOP, english_plural
from pechakucha.core.session.budget import planned_changeovers
from pechakucha.core.session.model import Session

PLANNED = QT_TRANSLATE_NOOP(
    "SessionEditor", "Planned {total} of a {budget} budget (%n segments, {gaps} of changeovers)"
)


def plan_summary(session: Session, planned: list[float]) -> tuple[str, bool]:
    """The plan in one line (segments and changeovers against the budget) and whether it is
    over the budget."""
    gaps = sum(planned_changeovers(session)) if planned else 0.0
    total = sum(max(p, 0.0) for p in planned) + gaps
    text = QCoreApplication.translate("SessionEditor", PLANNED, None, len(planned))
    text = english_plural(text, len(planned)).format(
        total=format_duration(total, hours=False),
        budget=format_duration(session.budget, hours=False),
        gaps=format_duration(gaps, hours=False),
    )
    return text, total > session.budget + 0.5


def print_running_order(window: QMainWindow, path: str | Path | None, paper: str) -> bool:
    """Write `window`'s session's running order to `path` (a dialog asks when None); say so
    in the status bar, or why not with `window.show_error`. True if written."""
    from pechakucha.qt.paper.running_order import write_running_order

    translate = QCoreApplication.translate
    if path is None:
        suggested = window.suggested_path().with_suffix(".running-order.pdf")
        path, _ = QFileDialog.getSaveFileName(
            window,
            translate("SessionEditor", "Print the running order to"),
            str(suggested),
            translate("SessionEditor", "PDF (*.pdf)"),
        )
        if not path:
            return False
    try:
        write_running_order(window.session, path, paper)
    except OSError as error:
        reason = error.strerror or str(error)
        name = Path(path).name
        message = translate("SessionEditor", "Could not write {name} ({reason}).")
        window.show_error(message.format(name=name, reason=reason))
        return False
    written = translate("SessionEditor", "Running order written to {path}")
    window.statusBar().showMessage(written.format(path=path))
    return True
