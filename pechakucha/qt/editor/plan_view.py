"""The editor's view of the plan: the line "Planned 59:00 of a 60:00 budget", changeovers
included, and printing the running order on one page (qt/paper)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow

from pechakucha.core.durations import format_duration
from pechakucha.core.i18n import english_plural
from pechakucha.core.session.budget import planned_changeovers
from pechakucha.core.session.model import Session


def plan_summary(session: Session, planned: list[float]) -> tuple[str, bool]:
    """The plan in one line (segments and changeovers against the budget) and whether it is
    over the budget."""
    gaps = sum(planned_changeovers(session)) if planned else 0.0
    total = sum(max(p, 0.0) for p in planned) + gaps
    text = QCoreApplication.translate(
        "SessionEditor",
        "Planned {total} of a {budget} budget (%n segments, {gaps} of changeovers)",
        None,
        len(planned),
    )
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

    def tr(text: str) -> str:
        return QCoreApplication.translate("SessionEditor", text)

    if path is None:
        suggested = window.suggested_path().with_suffix(".running-order.pdf")
        path, _ = QFileDialog.getSaveFileName(
            window, tr("Print the running order to"), str(suggested), tr("PDF (*.pdf)")
        )
        if not path:
            return False
    try:
        write_running_order(window.session, path, paper)
    except OSError as error:
        reason = error.strerror or str(error)
        name = Path(path).name
        window.show_error(tr("Could not write {name} ({reason}).").format(name=name, reason=reason))
        return False
    window.statusBar().showMessage(tr("Running order written to {path}").format(path=path))
    return True
