"""After the session: planned vs actual per segment and per speaker, as CSV or JSON.

A report comes from a live SessionRunner or from journal entries alone (the runner journals the
plan when it opens and every segment's figures when it ends). Seconds throughout. Overruns are
measured against the allotment in force (extensions and cuts included), never below the time a
segment had already run when the operator cut it with −; the operator's pauses and technical
holds never count as a speaker's overrun, and a card with no duration has none. Each run's
report is saved under its own date and time (report_files), so nothing is ever overwritten.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, NamedTuple

from pechakucha.core.atomic import write_text_atomic
from pechakucha.core.runner.runner import SessionRunner
from pechakucha.core.session.budget import planned_changeovers

RowStatus = Literal["done", "running", "skipped", "not_run"]


@dataclass(frozen=True)
class ReportRow:
    """One segment. `actual` runs from its start to its end with holds excluded (pauses in);
    `difference` is actual − paused − allotted (None for a card with no duration); `overrun`
    its time beyond the allotment in force (see the module's docstring); `changeover` is the gap
    before it started (`planned_changeover` what the plan gave it); `held` the technical holds
    during it; `paused` its pauses; `restarted` the seconds of earlier runs of it that the
    operator went back over (they ran, the audience saw them, the segment then ran again)."""

    index: int
    kind: str
    label: str
    speaker: str
    organisation: str
    planned: float
    allotted: float | None
    actual: float | None
    difference: float | None
    changeover: float | None
    held: float
    paused: float
    status: RowStatus
    planned_changeover: float = 0.0
    restarted: float = 0.0
    overrun: float | None = None


@dataclass(frozen=True)
class SpeakerRow:
    """One speaker: their talk (or commentary) — planned, the allotment in force (`allotted`),
    actual, paused and held apart — the Q&A after it, the changeover before it and the total
    overrun (over the allotments in force of the talk or commentary and of the Q&A; pauses,
    holds and the operator's cuts excluded)."""

    segment: int
    role: str
    speaker: str
    organisation: str
    planned: float
    actual: float | None
    qa_allotted: float | None
    qa_actual: float | None
    changeover: float | None
    overrun: float
    allotted: float | None = None
    paused: float = 0.0
    held: float = 0.0


@dataclass(frozen=True)
class SessionReport:
    """The whole report. `elapsed` is the session's length with holds excluded; `date` when it
    started ("YYYY-MM-DD HH:MM", local time; "" if unknown); `format` its talk format."""

    title: str
    budget: float
    planned_total: float
    elapsed: float
    hold_total: float
    rows: tuple[ReportRow, ...]
    speakers: tuple[SpeakerRow, ...]
    date: str = ""
    format: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Plain data (for JSON), times rounded to milliseconds."""
        return _rounded(dataclasses.asdict(self))

    def to_json(self, path: str | Path) -> None:
        """Write the report as JSON, atomically."""
        text = json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"
        write_text_atomic(path, text)

    def to_csv(self, path: str | Path, table: Literal["segments", "speakers"] = "segments") -> None:
        """Write one table (one row per segment, or per speaker) as CSV, atomically."""
        rows = self.to_dict()["rows" if table == "segments" else "speakers"]
        kind = ReportRow if table == "segments" else SpeakerRow
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=[f.name for f in dataclasses.fields(kind)])
        writer.writeheader()
        writer.writerows(rows)
        write_text_atomic(path, buffer.getvalue())

    def save(self, files: ReportFiles) -> None:
        """Write the JSON and both CSV tables (the PDF is drawn outside core)."""
        self.to_json(files.json)
        self.to_csv(files.segments)
        self.to_csv(files.speakers, table="speakers")


class ReportFiles(NamedTuple):
    """Where one run's report goes."""

    json: Path
    segments: Path
    speakers: Path
    pdf: Path


def report_files(folder: Path, name: str, when: dt.datetime) -> ReportFiles:
    """The files of a report of run `name` made at `when`: the date and time are in the names,
    and a number is added rather than overwrite any earlier report."""
    stamp = when.strftime("%Y-%m-%d_%H-%M-%S")
    for attempt in range(1, 1000):
        stem = f"{name}-{stamp}" + (f"-{attempt}" if attempt > 1 else "")
        files = ReportFiles(
            folder / f"{stem}-report.json",
            folder / f"{stem}-report.csv",
            folder / f"{stem}-speakers.csv",
            folder / f"{stem}-report.pdf",
        )
        if not any(path.exists() for path in files):
            return files
    raise FileExistsError(f"{folder}: too many reports named {name}-{stamp}")


def session_report(source: SessionRunner | Sequence[dict[str, Any]]) -> SessionReport:
    """The report of a runner (now, the current segment counted so far) or of journal entries."""
    if isinstance(source, SessionRunner):
        return _from_runner(source)
    return _from_journal(source)


def _from_runner(runner: SessionRunner) -> SessionReport:
    """Report from a runner's records."""
    now = runner.clock.now()
    gaps = planned_changeovers(runner.session)
    rows = [_runner_row(runner, index, now, gaps[index]) for index in range(len(gaps))]
    elapsed, holds = runner.session_elapsed(now), runner.hold_total(now)
    session = runner.session
    report = _report(session.title, session.budget, runner.plan, elapsed, holds, rows)
    entries = runner.journal.entries if runner.journal is not None else []
    fmt = dataclasses.asdict(session.format)
    return dataclasses.replace(report, date=_start_date(entries), format=_format_text(fmt))


def _runner_row(runner: SessionRunner, index: int, now: float, gap: float) -> ReportRow:
    """One segment's row from the runner's record of it."""
    segment, times = runner.session.segments[index], runner.times(index, now)
    base = {
        "index": index,
        "kind": segment.kind,
        "label": segment.label,
        "speaker": runner.session.speaker_for(index),
        "organisation": segment.organisation,
        "planned": runner.plan[index],
        "planned_changeover": gap,
    }
    base["restarted"] = sum(runner.restarted.get(index, []))
    if times is None:
        return _empty_row(base, "skipped" if runner.skipped(index) else "not_run")
    untimed = times.countdown is None
    return ReportRow(
        **base,
        allotted=None if untimed else times.allotted,
        actual=times.actual,
        difference=None if untimed else times.actual - times.paused - times.allotted,
        changeover=times.changeover,
        held=times.held,
        paused=times.paused,
        status="running" if times.end is None else "done",
        overrun=times.overrun,
    )


def _from_journal(entries: Sequence[dict[str, Any]]) -> SessionReport:
    """Report from journal entries: the last session opened in them."""
    opens = [i for i, e in enumerate(entries) if e.get("event") == "session_open"]
    if not opens:
        raise ValueError("the journal has no session in it")
    head, run = entries[opens[-1]], entries[opens[-1] :]
    plan = head.get("segments", [])
    rows: dict[int, ReportRow] = {}
    restarted: dict[int, float] = {}
    elapsed, hold_total, ended = None, 0.0, 0.0
    for entry in run[1:]:
        event, index = entry.get("event"), entry.get("segment")
        if event == "segment_end":
            rows[index] = _journal_row(index, plan[index], entry)
        elif event == "segment_skip":
            rows[index] = _empty_row(_base(index, plan[index]), "skipped")
        elif event in ("segment_discard", "segment_reopen"):
            rows.pop(index, None)
            restarted[index] = restarted.get(index, 0.0) + entry.get("ran", 0.0)
        elif event == "release":
            hold_total += entry.get("held", 0.0)
        elif event == "session_end":
            elapsed = entry.get("elapsed")
    for row in rows.values():
        ended += (row.actual or 0.0) + (row.changeover or 0.0)
    full = [rows.get(i) or _empty_row(_base(i, p), "not_run") for i, p in enumerate(plan)]
    full = [dataclasses.replace(row, restarted=restarted.get(row.index, 0.0)) for row in full]
    planned = [p["planned"] for p in plan]
    title, budget = head.get("title", ""), head.get("budget", 0.0)
    elapsed = ended if elapsed is None else elapsed
    report = _report(title, budget, planned, elapsed, hold_total, full)
    return dataclasses.replace(
        report, date=_start_date(run), format=_format_text(head.get("format"))
    )


def _base(index: int, plan: dict[str, Any]) -> dict[str, Any]:
    """The planned part of a row, from the journaled plan."""
    return dict(
        index=index,
        kind=plan["kind"],
        label=plan["label"],
        speaker=plan["speaker"],
        organisation=plan["organisation"],
        planned=plan["planned"],
        planned_changeover=plan.get("changeover", 0.0),
    )


def _journal_row(index: int, plan: dict[str, Any], end: dict[str, Any]) -> ReportRow:
    """A done row from a segment_end event (older journals have no "overrun": the difference;
    None: a card with no duration)."""
    difference = end["actual"] - end["paused"] - end["allotted"]
    overrun = end.get("overrun", max(0.0, difference))
    untimed = overrun is None
    return ReportRow(
        **_base(index, plan),
        allotted=None if untimed else end["allotted"],
        actual=end["actual"],
        difference=None if untimed else difference,
        changeover=end["changeover"],
        held=end["held"],
        paused=end["paused"],
        status="done",
        overrun=overrun,
    )


def _empty_row(base: dict[str, Any], status: RowStatus) -> ReportRow:
    """A row for a segment that did not run."""
    return ReportRow(
        **base,
        allotted=None,
        actual=None,
        difference=None,
        changeover=None,
        held=0.0,
        paused=0.0,
        status=status,
    )


def _report(
    title: str,
    budget: float,
    plan: Sequence[float],
    elapsed: float,
    hold_total: float,
    rows: list[ReportRow],
) -> SessionReport:
    """Assemble the report and its per-speaker table."""
    return SessionReport(
        title=title,
        budget=budget,
        planned_total=sum(plan),
        elapsed=elapsed,
        hold_total=hold_total,
        rows=tuple(rows),
        speakers=tuple(_speakers(rows)),
    )


def _speakers(rows: list[ReportRow]) -> list[SpeakerRow]:
    """Each talk with the Q&A right after it, and each commentary."""
    speakers = []
    for position, row in enumerate(rows):
        if row.kind not in ("talk", "commentary"):
            continue
        qa = rows[position + 1] if position + 1 < len(rows) else None
        qa = qa if qa is not None and qa.kind == "qa" and row.kind == "talk" else None
        overrun = (row.overrun or 0.0) + ((qa.overrun or 0.0) if qa is not None else 0.0)
        speakers.append(
            SpeakerRow(
                segment=row.index,
                role=row.kind,
                speaker=row.speaker,
                organisation=row.organisation,
                planned=row.planned,
                actual=row.actual,
                qa_allotted=None if qa is None else qa.allotted,
                qa_actual=None if qa is None else qa.actual,
                changeover=row.changeover,
                overrun=overrun,
                allotted=row.allotted,
                paused=row.paused,
                held=row.held,
            )
        )
    return speakers


def _start_date(entries: Sequence[dict[str, Any]]) -> str:
    """When the last session in `entries` started, as local "YYYY-MM-DD HH:MM" ("" if not)."""
    walls = [e["wall"] for e in entries if e.get("event") == "session_start" and "wall" in e]
    if not walls:
        return ""
    return dt.datetime.fromtimestamp(walls[-1]).strftime("%Y-%m-%d %H:%M")


def _format_text(fmt: dict[str, Any] | None) -> str:
    """ "pechakucha, 20 × 20 s" from a journaled format ("" if the journal has none)."""
    if not fmt:
        return ""
    return f"{fmt['name']}, {fmt['slides']} × {fmt['seconds_per_slide']:g} s"


def _rounded(value: Any) -> Any:
    """Floats rounded to milliseconds, recursively."""
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_rounded(v) for v in value]
    return value
