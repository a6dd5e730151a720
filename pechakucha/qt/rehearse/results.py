"""After a rehearsal: the verdict, the per-slide chart, where time ran out, and past runs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pechakucha.core.rehearsal.history import RehearsalRun
from pechakucha.core.rehearsal.pacing import PacingSummary, name_slides
from pechakucha.qt.app.i18n import number, translate
from pechakucha.qt.widgets.pacing_chart import EARLY, ON_PACE, RAN_OUT, HistoryChart, PacingChart


def verdict_text(summary: PacingSummary) -> str:
    """The one-line verdict in the user's language."""
    verdict = summary.verdict()
    return translate("rehearsal", verdict.template, **verdict.params)


def verdict_colour(summary: PacingSummary) -> str:
    """Green when well paced, red when time ran out, amber otherwise."""
    code = summary.verdict().code
    colour = {"well-paced": ON_PACE, "ran-out": RAN_OUT, "ran-out-one": RAN_OUT}.get(code, EARLY)
    return colour.name()


class ResultsPanel(QWidget):
    """What the speaker sees when a run is over."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = QLabel(objectName="verdict", wordWrap=True)
        self.details = QLabel(objectName="dim", wordWrap=True)
        self.chart = PacingChart()
        self.history = HistoryChart()
        self.saved = QLabel(objectName="dim", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.history, 2)
        layout.addWidget(self.saved)

    def show_run(self, summary: PacingSummary, seconds_per_slide: float) -> None:
        """Verdict, details and the per-slide chart of the run just finished."""
        self.verdict.setText(verdict_text(summary))
        self.verdict.setStyleSheet(f"color: {verdict_colour(summary)};")
        self.details.setText(self.details_text(summary))
        title = self.tr("This run: bars down = finished early, red = ran out of time")
        self.chart.set_run(summary.offsets, summary.first, seconds_per_slide, title)

    def details_text(self, summary: PacingSummary) -> str:
        """On pace / early / ran out counts, naming the slides where time ran out."""
        parts = [
            self.tr("On pace (±{tolerance} s): {count}").format(
                tolerance=number(summary.tolerance), count=len(summary.within)
            ),
            self.tr("early: {count}").format(count=len(summary.early)),
        ]
        if summary.ran_out:
            parts.append(
                self.tr("ran out of time on slides {slides}").format(
                    slides=name_slides(summary.ran_out, limit=20)
                )
            )
        else:
            parts.append(self.tr("never ran out of time"))
        return " · ".join(parts)

    def show_history(self, runs: list[RehearsalRun], note: str = "") -> None:
        """The kept runs of this deck, and a line about where this run was kept."""
        if len(runs) <= 1:
            title = self.tr("Your runs of this deck: this is the first one kept")
        else:
            count = min(len(runs), HistoryChart.MAX_RUNS)
            title = self.tr("Your last %n runs (brightest: this one)", "", count)
        self.history.set_runs(runs, title)
        self.saved.setText(note)
