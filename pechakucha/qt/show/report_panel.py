"""The session report on the console when the session ends: planned vs actual per speaker."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from pechakucha.core.durations import format_duration
from pechakucha.core.runner.report import SessionReport


def _time(seconds: float | None) -> str:
    return "" if seconds is None else format_duration(seconds)


class ReportPanel(QTableWidget):
    """One row per speaker: talk planned/actual, Q&A allotted/actual, changeover, overrun."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("report", "Speaker"),
                QCoreApplication.translate("report", "Talk"),
                QCoreApplication.translate("report", "Q&A"),
                QCoreApplication.translate("report", "Changeover"),
                QCoreApplication.translate("report", "Overrun"),
                QCoreApplication.translate("report", "Role"),
            ]
        )
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.setEditTriggers(QTableWidget.NoEditTriggers)

    def show_report(self, report: SessionReport) -> None:
        """Fill the table from `report`."""
        self.setRowCount(len(report.speakers))
        for row, speaker in enumerate(report.speakers):
            qa = (
                f"{_time(speaker.qa_actual)} / {_time(speaker.qa_allotted)}"
                if speaker.qa_allotted is not None
                else ""
            )
            values = [
                speaker.speaker or speaker.organisation,
                f"{_time(speaker.actual)} / {_time(speaker.planned)}",
                qa,
                _time(speaker.changeover),
                "+" + format_duration(speaker.overrun) if speaker.overrun > 0 else "",
                speaker.role,
            ]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == 4 and text:
                    item.setForeground(QColor("#f04040"))
                self.setItem(row, column, item)
        self.setToolTip(
            QCoreApplication.translate(
                "report", "Session: {elapsed} of {budget}; holds {holds}"
            ).format(
                elapsed=format_duration(report.elapsed),
                budget=format_duration(report.budget),
                holds=format_duration(report.hold_total),
            )
        )
