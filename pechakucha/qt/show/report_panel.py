"""The session report on the console when the session ends: planned vs actual per speaker.

It takes the whole console (PresenterConsole.show_report): the show is over, and names must be
read whole, not as "P…" in a side panel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pechakucha.core.durations import format_duration
from pechakucha.core.runner.report import SessionReport, SpeakerRow
from pechakucha.core.session.messages import KIND_LABELS
from pechakucha.qt.widgets.fit_label import FitLabel

OVERRUN = QColor("#f04040")
OVERRUN_COLUMN = 7


def _time(seconds: float | None) -> str:
    return "–" if seconds is None else format_duration(seconds)


def role_text(role: str) -> str:
    """The speaker's role ("talk", "commentary") in the user's language."""
    return QCoreApplication.translate("session", KIND_LABELS.get(role, role))


def speaker_cells(speaker: SpeakerRow) -> list[str]:
    """The table's cells for one speaker, in column order: actual / the allotment in force
    (the plan in brackets when a cut or an extension changed it), the Q&A's actual / allotted,
    the changeover, paused and held apart, the overrun over the allotments in force."""
    qa = ""
    if speaker.qa_allotted is not None:
        qa = f"{_time(speaker.qa_actual)} / {_time(speaker.qa_allotted)}"
    allotted = speaker.planned if speaker.allotted is None else speaker.allotted
    own = f"{_time(speaker.actual)} / {_time(allotted)}"
    if abs(allotted - speaker.planned) >= 1:
        own += f" ({_time(speaker.planned)})"
    return [
        speaker.speaker or speaker.organisation,
        role_text(speaker.role),
        own,
        qa,
        "" if speaker.changeover is None else _time(speaker.changeover),
        _time(speaker.paused) if speaker.paused >= 1 else "",
        _time(speaker.held) if speaker.held >= 1 else "",
        "+" + format_duration(speaker.overrun) if speaker.overrun >= 1 else "",
    ]


class ReportPanel(QWidget):
    """A heading, the session's totals, and one row per speaker: talk actual/planned, Q&A
    actual/allotted, changeover before it, overrun."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = FitLabel(22)
        self.summary = FitLabel(18, bold=False, min_pixels=14)
        self.summary.setObjectName("dim")
        self.table = self._build_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def show_report(self, report: SessionReport) -> None:
        """Fill the panel from `report`."""
        self.heading.setText(
            QCoreApplication.translate("report", "Report: {title}").format(title=report.title)
        )
        self.summary.setText(
            QCoreApplication.translate(
                "report", "Session: {elapsed} of {budget}; holds {holds}"
            ).format(
                elapsed=format_duration(report.elapsed),
                budget=format_duration(report.budget),
                holds=format_duration(report.hold_total),
            )
        )
        self.table.setRowCount(len(report.speakers))
        for row, speaker in enumerate(report.speakers):
            for column, text in enumerate(speaker_cells(speaker)):
                item = QTableWidgetItem(text)
                item.setToolTip(text if column else f"{text}\n{speaker.organisation}".strip())
                if column == OVERRUN_COLUMN and text:
                    item.setForeground(OVERRUN)
                self.table.setItem(row, column, item)

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, 8)
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("report", "Speaker"),
                QCoreApplication.translate("report", "Role"),
                QCoreApplication.translate("report", "Talk"),
                QCoreApplication.translate("report", "Q&A"),
                QCoreApplication.translate("report", "Changeover"),
                QCoreApplication.translate("report", "Paused"),
                QCoreApplication.translate("report", "Held"),
                QCoreApplication.translate("report", "Overrun"),
            ]
        )
        font = table.font()
        font.setPixelSize(16)  # read at the desk, and shown to the organisers
        table.setFont(font)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.ElideRight)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.NoSelection)
        table.setFocusPolicy(Qt.NoFocus)
        return table
