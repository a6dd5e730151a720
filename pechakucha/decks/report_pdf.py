"""The session report as a one-page PDF for the organisers' minutes: a timeline chart (planned
vs actual bars per segment, holds shaded) above a table of the figures.

Drawn with PyMuPDF (core may not import it); Qt-free. Texts come in `labels` so the caller can
translate them (REPORT_LABELS are the English defaults, marked for the "report" context).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from pechakucha.core.atomic import write_atomic
from pechakucha.core.durations import format_duration
from pechakucha.core.i18n import QT_TRANSLATE_NOOP
from pechakucha.core.runner.report import ReportRow, SessionReport

REPORT_LABELS = {  # the caller translates them in the "report" context
    "budget": QT_TRANSLATE_NOOP("report", "Budget"),
    "elapsed": QT_TRANSLATE_NOOP("report", "Took"),
    "holds": QT_TRANSLATE_NOOP("report", "holds"),
    "planned": QT_TRANSLATE_NOOP("report", "Planned"),
    "actual": QT_TRANSLATE_NOOP("report", "Actual"),
    "hold": QT_TRANSLATE_NOOP("report", "Technical hold"),
    "minutes": QT_TRANSLATE_NOOP("report", "minutes from the start"),
    "end": QT_TRANSLATE_NOOP("report", "on-time end"),
    "segment": QT_TRANSLATE_NOOP("report", "Segment"),
    "allotted": QT_TRANSLATE_NOOP("report", "Allotted"),
    "changeover": QT_TRANSLATE_NOOP("report", "Changeover"),
    "held": QT_TRANSLATE_NOOP("report", "Held"),
    "paused": QT_TRANSLATE_NOOP("report", "Paused"),
    "qa_for": QT_TRANSLATE_NOOP("report", "{label}: {speaker}"),
    "overrun": QT_TRANSLATE_NOOP("report", "Over"),
}

PAGE = pymupdf.Rect(0, 0, 842, 595)  # A4 landscape, points
MARGIN, LABEL_WIDTH, COLUMN = 36.0, 190.0, 80.0
GREY, LIGHT, DARK = (0.6, 0.6, 0.6), (0.85, 0.88, 0.92), (0.1, 0.1, 0.1)
ON_TIME, OVER, HOLD = (0.25, 0.6, 0.35), (0.85, 0.35, 0.2), (0.55, 0.55, 0.55)


def write_report_pdf(
    report: SessionReport, path: str | Path, labels: Mapping[str, str] = REPORT_LABELS
) -> None:
    """Draw `report` on one page and save it at `path` atomically (OSError if it fails)."""
    labels = {**REPORT_LABELS, **labels}
    document = pymupdf.open()
    page = document.new_page(width=PAGE.width, height=PAGE.height)
    _heading(page, report, labels)
    rows = [row for row in report.rows if row.planned > 0 or row.actual]
    chart = pymupdf.Rect(MARGIN, 90, PAGE.width - MARGIN, 90 + min(300, 22 * len(rows) + 40))
    _chart(page, chart, report, rows, labels)
    _table(page, chart.y1 + 24, rows, labels)
    write_atomic(path, lambda temp: document.save(temp, garbage=3, deflate=True))
    document.close()


def timeline(rows: list[ReportRow]) -> tuple[list[float], list[float]]:
    """Where each row's planned and actual bars start (seconds from the session's start): each
    segment after the changeover before it; a hold takes room after the bar it interrupted."""
    planned, actual = [], []
    plan_at = run_at = 0.0
    for row in rows:
        plan_at += row.planned_changeover
        planned.append(plan_at)
        plan_at += row.planned
        run_at += row.changeover or 0.0
        actual.append(run_at)
        run_at += (row.actual or 0.0) + row.held
    return planned, actual


def _heading(page: pymupdf.Page, report: SessionReport, labels: Mapping[str, str]) -> None:
    """Title, then date · format · budget · what it took (holds apart)."""
    page.insert_text((MARGIN, 48), _fit(report.title, 20, PAGE.width - 2 * MARGIN), fontsize=20)
    took = f"{labels['elapsed']} {_mss(report.elapsed)}"
    if report.hold_total:
        took += f" (+ {_mss(report.hold_total)} {labels['holds']})"
    parts = [report.date, report.format, f"{labels['budget']} {_mss(report.budget)}", took]
    page.insert_text((MARGIN, 70), " · ".join(p for p in parts if p), fontsize=11, color=DARK)


@dataclass(frozen=True)
class Scale:
    """Seconds from the session's start → x on the page."""

    left: float
    width: float
    span: float

    def x(self, seconds: float) -> float:
        """The x of `seconds`."""
        return self.left + self.width * seconds / self.span


def _chart(
    page: pymupdf.Page,
    box: pymupdf.Rect,
    report: SessionReport,
    rows: list[ReportRow],
    labels: Mapping[str, str],
) -> None:
    """One band per segment: its label, its planned bar, its actual bar and hold; the axis."""
    planned, actual = timeline(rows)
    ends = [p + r.planned for p, r in zip(planned, rows, strict=True)]
    ends += [a + (r.actual or 0.0) + r.held for a, r in zip(actual, rows, strict=True)]
    on_time = report.budget + report.hold_total
    scale = Scale(box.x0 + LABEL_WIDTH, box.width - LABEL_WIDTH, max([on_time, *ends, 60.0]) * 1.02)
    step = (box.height - 40) / max(1, len(rows))
    for number, row in enumerate(rows):
        band = pymupdf.Rect(box.x0, box.y0 + number * step, box.x1, box.y0 + (number + 1) * step)
        label = _fit(_name(row), 9, LABEL_WIDTH - 8)
        page.insert_text((band.x0, band.y0 + step * 0.6), label, fontsize=9)
        _bars(page, scale, band, row, planned[number], actual[number])
    _axis(page, box, scale, on_time, labels)


def _bars(
    page: pymupdf.Page, scale: Scale, band: pymupdf.Rect, row: ReportRow, plan_at: float, at: float
) -> None:
    """Planned (light, upper half); actual (green on time, red over) and its hold (grey)."""
    middle = (band.y0 + band.y1) / 2
    planned = pymupdf.Rect(scale.x(plan_at), band.y0 + 2, scale.x(plan_at + row.planned), middle)
    page.draw_rect(planned, color=GREY, fill=LIGHT, width=0.5)
    if row.actual is None:
        return
    end = at + row.actual
    colour = OVER if (row.overrun or 0.0) > 0.5 else ON_TIME
    page.draw_rect(
        pymupdf.Rect(scale.x(at), middle, scale.x(end), band.y1 - 2), fill=colour, width=0
    )
    if row.held:
        held = pymupdf.Rect(scale.x(end), middle, scale.x(end + row.held), band.y1 - 2)
        page.draw_rect(held, color=HOLD, fill=HOLD, width=0.5, fill_opacity=0.5)


def _axis(
    page: pymupdf.Page,
    box: pymupdf.Rect,
    scale: Scale,
    on_time: float,
    labels: Mapping[str, str],
) -> None:
    """Minute ticks, the on-time end (budget plus holds) and the legend."""
    base, x = box.y1 - 30, scale.x
    page.draw_line((x(0), base), (x(scale.span), base), color=DARK, width=0.5)
    tick = 600 if scale.span > 3600 else 300 if scale.span > 1200 else 60
    for seconds in range(0, int(scale.span) + 1, tick):
        page.draw_line((x(seconds), base), (x(seconds), base + 4), color=DARK, width=0.5)
        page.insert_text((x(seconds) - 6, base + 14), str(seconds // 60), fontsize=8)
    page.insert_text((x(0), base + 26), labels["minutes"], fontsize=8, color=GREY)
    page.draw_line((x(on_time), box.y0), (x(on_time), base), color=OVER, width=1, dashes="[3] 0")
    end = _fit(labels["end"], 8, 150)
    width = pymupdf.get_text_length(end, fontname="helv", fontsize=8)
    page.insert_text((x(on_time) - width - 3, box.y0 + 8), end, fontsize=8, color=OVER)
    legend = ((LIGHT, labels["planned"]), (ON_TIME, labels["actual"]), (HOLD, labels["hold"]))
    at = box.x1 - 300
    for colour, text in legend:
        page.draw_rect(pymupdf.Rect(at, base + 18, at + 10, base + 26), fill=colour, width=0)
        page.insert_text((at + 14, base + 26), text, fontsize=8)
        at += 100


def _table(page: pymupdf.Page, top: float, rows: list[ReportRow], labels) -> None:
    """Per segment, as far as it fits: planned, the allotment in force (cuts and extensions
    included), actual, paused and held apart, changeover, and the time over the allotment
    (blank for a card with no duration)."""
    columns = ("planned", "allotted", "actual", "paused", "held", "changeover", "overrun")
    size = 8 if len(rows) <= 20 else 6
    line = size + 3
    page.insert_text((MARGIN, top), labels["segment"], fontsize=size, color=GREY)
    for number, key in enumerate(columns):
        at = (MARGIN + LABEL_WIDTH + COLUMN * number, top)
        page.insert_text(at, labels[key], fontsize=size, color=GREY)
    for position, row in enumerate(rows):
        y = top + line * (position + 1)
        if y > PAGE.height - MARGIN:
            break
        values = (
            row.planned,
            row.allotted,
            row.actual,
            row.paused,
            row.held,
            row.changeover,
            row.overrun,
        )
        name = _fit(_name(row, labels["qa_for"]), size, LABEL_WIDTH - 8)
        page.insert_text((MARGIN, y), name, fontsize=size)
        for number, value in enumerate(values):
            text = "" if value is None or (number >= 3 and not value) else _mss(value)
            at = (MARGIN + LABEL_WIDTH + COLUMN * number, y)
            page.insert_text(at, text, fontsize=size)


def _name(row: ReportRow, qa_for: str = "{label}: {speaker}") -> str:
    """A row's name: a Q&A with the speaker it is for (`qa_for`, in the report's language)."""
    if row.kind == "qa" and row.speaker:
        return qa_for.format(label=row.label, speaker=row.speaker)
    return row.label


def _fit(text: str, size: float, width: float) -> str:
    """`text` cut (with "...") to fit `width` points in Helvetica at `size` (dashes the
    built-in font lacks become hyphens)."""
    text = text.replace("—", "-").replace("–", "-")
    if pymupdf.get_text_length(text, fontname="helv", fontsize=size) <= width:
        return text
    while text and pymupdf.get_text_length(text + "...", fontname="helv", fontsize=size) > width:
        text = text[:-1]
    return text.rstrip() + "..."


def _mss(seconds: float) -> str:
    return format_duration(seconds, hours=False)
