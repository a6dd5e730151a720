"""The running order on one printed page, for the moderator and the technician: each segment's
planned time of day (from the planned start), the changeovers, the Q&A targets, the
commentator's slot, and the operator's keys. `pechakucha plan SESSION --pdf OUT.pdf` and the
editor's "Print the running order…" write it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from pechakucha.core.durations import format_duration
from pechakucha.core.i18n import QT_TRANSLATE_NOOP
from pechakucha.core.session.messages import KIND_LABELS
from pechakucha.core.session.model import Session
from pechakucha.core.session.plan import PlanRow, plan_rows
from pechakucha.qt.app.i18n import time_of_day
from pechakucha.qt.paper.page import GREY, Sheet, write_pdf

TEXTS = {
    "heading": QT_TRANSLATE_NOOP("RunningOrder", "Running order"),
    "budget": QT_TRANSLATE_NOOP("RunningOrder", "Budget {budget}"),
    "starts": QT_TRANSLATE_NOOP("RunningOrder", "starts {start}, ends {end}"),
    "no_start": QT_TRANSLATE_NOOP(
        "RunningOrder", "No planned start in the session file: times are from the start."
    ),
    "time": QT_TRANSLATE_NOOP("RunningOrder", "Time"),
    "segment": QT_TRANSLATE_NOOP("RunningOrder", "Segment"),
    "length": QT_TRANSLATE_NOOP("RunningOrder", "Length"),
    "changeover": QT_TRANSLATE_NOOP("RunningOrder", "changeover {gap}"),
    "qa_target": QT_TRANSLATE_NOOP("RunningOrder", "target {target}, at least {minimum}"),
    "qa_fixed": QT_TRANSLATE_NOOP("RunningOrder", "fixed length"),
    "commentator": QT_TRANSLATE_NOOP(
        "RunningOrder", "the commentator's slot: protected, never cut short"
    ),
    "talk": QT_TRANSLATE_NOOP("RunningOrder", "{slides} slides × {seconds} s, advance by itself"),
    "end": QT_TRANSLATE_NOOP("RunningOrder", "End of the budget"),
    "keys": QT_TRANSLATE_NOOP("RunningOrder", "Operator's keys"),
}
KEYS = (  # (key, what it does), as in the README's table
    ("F5", QT_TRANSLATE_NOOP("RunningOrder", "start the segment that is up next")),
    ("Shift+F5", QT_TRANSLATE_NOOP("RunningOrder", "resume after a pause or a hold")),
    ("Space, PageDown, →", QT_TRANSLATE_NOOP("RunningOrder", "end this Q&A, card or commentary")),
    ("PageUp, ←", QT_TRANSLATE_NOOP("RunningOrder", "back to the previous segment")),
    ("P", QT_TRANSLATE_NOOP("RunningOrder", "pause / resume")),
    ("H", QT_TRANSLATE_NOOP("RunningOrder", "technical hold (the budget stops too)")),
    ("+ / −", QT_TRANSLATE_NOOP("RunningOrder", "one minute more / less for this Q&A or card")),
    ("B / W", QT_TRANSLATE_NOOP("RunningOrder", "black / white screen; again to uncover")),
    ("M, G", QT_TRANSLATE_NOOP("RunningOrder", "mark a slide; grid of slides for the synthesis")),
    ("Esc", QT_TRANSLATE_NOOP("RunningOrder", "stop (twice while something runs)")),
)
TIME_X, LENGTH_X, SEGMENT_X = 0.0, 60.0, 115.0


def tr(text: str) -> str:
    """`text` in the interface language (marked above in the "RunningOrder" context)."""
    return QCoreApplication.translate("RunningOrder", text)


def write_running_order(session: Session, path: str | Path, paper: str = "a4") -> int:
    """Write the running order of `session` to `path` (PDF); return its page count."""
    return write_pdf(path, lambda sheet: draw_running_order(sheet, session), paper, session.title)


def draw_running_order(sheet: Sheet, session: Session) -> None:
    """Title, budget and times, the table, then the keys."""
    sheet.text(session.title or tr(TEXTS["heading"]), 16, bold=True)
    line = [tr(TEXTS["heading"]), tr(TEXTS["budget"]).format(budget=_mss(session.budget))]
    if session.planned_start is not None:
        end = session.planned_end() or session.planned_start
        start = time_of_day(session.planned_start)
        line.append(tr(TEXTS["starts"]).format(start=start, end=time_of_day(end)))
    sheet.text(" · ".join(line), 10, colour=GREY)
    if session.planned_start is None:
        sheet.text(tr(TEXTS["no_start"]), 9, colour=GREY)
    sheet.space(8)
    for x, key in ((TIME_X, "time"), (LENGTH_X, "length"), (SEGMENT_X, "segment")):
        sheet.text(tr(TEXTS[key]), 9, bold=True, colour=GREY, left=x, advance=x == SEGMENT_X)
    sheet.rule(2)
    rows = plan_rows(session)
    for row in rows:
        _row(sheet, session, row)
    end = rows[-1].start + rows[-1].planned if rows else 0.0
    sheet.text(f"{_clock(session, end)}", 10, bold=True, left=TIME_X, advance=False)
    sheet.text(tr(TEXTS["end"]), 10, bold=True, left=SEGMENT_X)
    sheet.space(14)
    _keys(sheet)


def _row(sheet: Sheet, session: Session, row: PlanRow) -> None:
    """One segment: its changeover (grey), then time · length · what it is and its notes."""
    if row.changeover:
        gap = tr(TEXTS["changeover"]).format(gap=_mss(row.changeover))
        sheet.text(gap, 8, colour=GREY, left=SEGMENT_X)
    kind = QCoreApplication.translate("session", KIND_LABELS[row.kind])
    label = row.label if row.label != KIND_LABELS[row.kind] else ""
    name = f"{row.index + 1}. {kind}: {label}" if label else f"{row.index + 1}. {kind}"
    if row.speaker and row.speaker != label:
        name += f" — {row.speaker}"
    if row.kind == "commentary":
        sheet.tint(_height(sheet, name) + 12)
    sheet.text(_clock(session, row.start), 10, left=TIME_X, advance=False)
    sheet.text(_mss(row.planned), 10, left=LENGTH_X, advance=False)
    sheet.text(name, 10, bold=row.kind in ("talk", "commentary"), left=SEGMENT_X)
    note = _note(session, row)
    if note:
        sheet.text(note, 8, colour=GREY, left=SEGMENT_X)
    sheet.rule(3)


def _note(session: Session, row: PlanRow) -> str:
    """What the moderator needs under the segment's name."""
    segment = session.segments[row.index]
    if row.kind == "talk":
        fmt = session.talk_format(segment)
        return tr(TEXTS["talk"]).format(slides=fmt.slides, seconds=f"{fmt.seconds_per_slide:g}")
    if row.kind == "qa" and segment.is_auto_qa:
        minimum = _mss(segment.minimum)
        return tr(TEXTS["qa_target"]).format(target=_mss(row.planned), minimum=minimum)
    if row.kind == "qa":
        return tr(TEXTS["qa_fixed"])
    if row.kind == "commentary":
        return tr(TEXTS["commentator"])
    return ""


def _keys(sheet: Sheet) -> None:
    """The operator's keys in two columns."""
    sheet.text(tr(TEXTS["keys"]), 11, bold=True)
    sheet.rule(2)
    for key, does in KEYS:
        sheet.text(key, 9, bold=True, left=0, width=SEGMENT_X - 5, advance=False)
        sheet.text(tr(does), 9, left=SEGMENT_X)


def _height(sheet: Sheet, text: str) -> float:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFontMetricsF

    metrics = QFontMetricsF(sheet.font(10, True))
    width = sheet.width - SEGMENT_X
    return metrics.boundingRect(QRectF(0, 0, width, 10_000), Qt.TextWordWrap, text).height()


def _clock(session: Session, offset: float) -> str:
    """The time of day `offset` seconds after the planned start, else "+m:ss"."""
    if session.planned_start is None:
        return "+" + _mss(offset)
    start = dt.datetime.combine(dt.date(2000, 1, 1), session.planned_start)
    return time_of_day(start + dt.timedelta(seconds=round(offset)))


def _mss(seconds: float) -> str:
    return format_duration(seconds, hours=False)
