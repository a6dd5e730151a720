"""After a rehearsal: the verdict, the per-slide chart, where time ran out, and past runs.

Whole runs are compared with whole runs, a range with runs of the same range; a run stopped
with Esc is shown on its own, above the history of the whole runs (see core.rehearsal.history).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pechakucha.core.rehearsal.history import RehearsalRun
from pechakucha.core.rehearsal.pacing import PacingSummary, name_slides
from pechakucha.core.rehearsal.trends import MAX_TRENDS, TRENDS, comparable_runs, slide_trends
from pechakucha.qt.app.i18n import number, translate
from pechakucha.qt.widgets.pacing_chart import EARLY, ON_PACE, RAN_OUT, HistoryChart, PacingChart

RAN_OUT_CODES = ("ran-out", "ran-out-one", "late", "late-one")


def verdict_text(summary: PacingSummary) -> str:
    """The one-line verdict in the user's language."""
    verdict = summary.verdict()
    return translate("rehearsal", verdict.template, **verdict.params)


def verdict_colour(summary: PacingSummary) -> str:
    """Green when well paced, red when time ran out, amber otherwise."""
    code = summary.verdict().code
    colour = ON_PACE if code == "well-paced" else RAN_OUT if code in RAN_OUT_CODES else EARLY
    return colour.name()


def trends_text(runs: list[RehearsalRun]) -> str:
    """ "Across these 3 runs:" and the slides that ran out, worst first, one a
    line; empty below two runs (one run is the verdict's business)."""
    if len(runs) < 2:
        return ""
    trends = slide_trends(runs)
    if not trends:
        return translate("rehearsal", TRENDS["none"], runs=len(runs))
    lines = [translate("rehearsal", TRENDS["header"], runs=len(runs))]
    lines += [translate("rehearsal", TRENDS[t.code], **t.params) for t in trends[:MAX_TRENDS]]
    return "\n".join(lines)


class ResultsPanel(QWidget):
    """What the speaker sees when a run is over (or stopped)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = QLabel(objectName="verdict", wordWrap=True)
        self.details = QLabel(objectName="dim", wordWrap=True)
        self.chart = PacingChart()
        self.history = HistoryChart()
        self.trends = QLabel(wordWrap=True)
        self.saved = QLabel(objectName="dim", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.history, 2)
        layout.addWidget(self.trends)
        layout.addWidget(self.saved)

    def show_run(self, run: RehearsalRun) -> None:
        """Verdict, details and the per-slide chart of the run just over."""
        summary = run.summary()
        self.verdict.setText(verdict_text(summary))
        self.verdict.setStyleSheet(f"color: {verdict_colour(summary)};")
        details = self.details_text(summary)
        if not run.finished:
            stopped = self.tr("Stopped after slide {number}, kept apart from whole runs")
            details = stopped.format(number=run.last) + " · " + details
        self.details.setText(details)
        title = self.tr("This run: bars down = finished early, red = ran out of time")
        self.chart.set_run(summary.offsets, summary.first, run.seconds_per_slide, title)

    def details_text(self, summary: PacingSummary) -> str:
        """On pace / early / ran out counts, naming the slides where time ran out."""
        parts = [
            self.tr("On pace (last {tolerance} s): {count}").format(
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

    def show_history(self, run: RehearsalRun, kept: list[RehearsalRun], note: str = "") -> None:
        """The kept runs like `run` (whole, or the same range), the slides that keep running
        out across them, and a line about where this run was kept. A stopped run is shown
        with the whole runs' history."""
        if run.finished:
            runs = comparable_runs(kept, run)
        else:
            runs = [r for r in kept if r.whole and r.seconds_per_slide == run.seconds_per_slide]
        self.history.set_runs(runs, self._history_title(run, runs))
        self.trends.setText(trends_text(runs[-HistoryChart.MAX_RUNS :]))
        self.trends.setVisible(bool(self.trends.text()))
        self.saved.setText(note)

    def _history_title(self, run: RehearsalRun, runs: list[RehearsalRun]) -> str:
        count = min(len(runs), HistoryChart.MAX_RUNS)
        if not run.finished:
            if not runs:
                return self.tr("Your whole runs of this deck: none kept yet")
            return self.tr("Your whole runs of this deck ({count})").format(count=count)
        if run.whole:
            if len(runs) <= 1:
                return self.tr("Your runs of this deck: this is the first one kept")
            return self.tr("Your last %n runs (brightest: this one)", "", count)
        span = {"first": run.first, "last": run.last, "count": count}
        if len(runs) <= 1:
            text = self.tr("Your runs of slides {first}–{last}: this is the first one kept")
        else:
            text = self.tr("Your last {count} runs of slides {first}–{last} (brightest: this one)")
        return text.format(**span)
