"""`pechakucha plan SESSION [--simulate N]`: the running order as planned, its problems, and a
forecast of where the session ends under a simulated room (core/runner/simulate.py).

`check` adds the same plan check to its report (PlanCheck).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from pechakucha.core.durations import format_duration
from pechakucha.core.i18n import english_plural
from pechakucha.core.runner.simulate import (
    Forecast,
    OperatorModel,
    simulate,
    summarise,
    without_changeovers,
)
from pechakucha.core.session.budget import PlanProblem
from pechakucha.core.session.model import Session
from pechakucha.core.session.plan import PlanRow, plan_problems, plan_rows

EXIT_OK, EXIT_PROBLEMS, EXIT_UNLOADABLE = 0, 1, 2


@dataclass(frozen=True)
class SessionPlan:
    """One session file's plan and its problems."""

    path: str
    session: Session
    rows: list[PlanRow]
    problems: list[PlanProblem]

    def as_dict(self) -> dict[str, Any]:
        """Plain data for `check --json`."""
        start = self.session.planned_start
        return {
            "path": self.path,
            "title": self.session.title,
            "budget": self.session.budget,
            "planned_start": None if start is None else start.isoformat(),
            "status": "problems" if self.problems else "ok",
            "problems": [{"code": p.code, "message": p.text(self.path)} for p in self.problems],
            "segments": [_row_dict(row) for row in self.rows],
        }


@dataclass(frozen=True)
class PlanCheck:
    """The plans of the session files given to `check`, and what they add to its report."""

    plans: list[SessionPlan]

    @classmethod
    def of(cls, paths: list[str]) -> PlanCheck:
        """The plan of each session file (.toml) among `paths` that loads (one that does not is
        reported by the deck check)."""
        from pechakucha.core.session.read import SessionError, load_session

        plans = []
        for path in paths:
            if not path.lower().endswith(".toml") or not Path(path).is_file():
                continue  # a FIFO or folder is refused by the deck check, never opened here
            try:
                session = load_session(path, require_decks=False).session
            except SessionError:
                continue
            plans.append(SessionPlan(path, session, plan_rows(session), plan_problems(session)))
        return cls(plans)

    @property
    def exit_code(self) -> int:
        """1 if any plan has problems, else 0."""
        return EXIT_PROBLEMS if any(plan.problems for plan in self.plans) else EXIT_OK

    def as_json(self) -> dict[str, Any]:
        """{"plan": {"status", "sessions": [...]}} when there are plans, else {}."""
        if not self.plans:
            return {}
        status = "problems" if self.exit_code else "ok"
        return {"plan": {"status": status, "sessions": [p.as_dict() for p in self.plans]}}

    def text_lines(self) -> list[str]:
        """Each plan in words (the translator is installed by `check`)."""
        return [line for plan in self.plans for line in plan_lines(plan)]


def plan_lines(plan: SessionPlan) -> list[str]:
    """The plan in words: a verdict, one sentence per problem, then the running order."""
    count = len(plan.problems)
    if count:
        verdict = QCoreApplication.translate("plan", "plan has %n problem(s)", None, count)
        verdict = english_plural(verdict, count)
    else:
        verdict = QCoreApplication.translate("plan", "plan fits its budget of {budget}")
    verdict = verdict.format(budget=_mss(plan.session.budget))
    lines = [f"{plan.path}: {verdict}"]
    lines += ["  " + _problem_text(p, plan.path) for p in plan.problems]
    return lines + running_order(plan.rows)


def running_order(rows: list[PlanRow]) -> list[str]:
    """A table: number, segment, planned length, changeover before it, start time (if the
    session has a planned start)."""
    clock = bool(rows) and rows[0].clock is not None
    head = (
        "#",
        QCoreApplication.translate("plan", "segment"),
        QCoreApplication.translate("plan", "planned"),
        QCoreApplication.translate("plan", "changeover"),
        QCoreApplication.translate("plan", "start") if clock else "",
    )
    lines = [_table_line(*head)]
    for row in rows:
        lines.append(
            _table_line(
                str(row.index + 1),
                _name(row),
                _mss(row.planned),
                _mss(row.changeover) if row.changeover else "",
                row.clock.strftime("%H:%M:%S") if row.clock is not None else "",
            )
        )
    return lines


def forecast_lines(session: Session, runs: int, seed: int, model: OperatorModel) -> list[str]:
    """Where the session ends over `runs` simulated runs, with this solver and without
    changeovers and learning (the solver before them), and what the protected parts got."""
    after = summarise(session, simulate(session, runs, model, seed))
    before = summarise(session, simulate(without_changeovers(session), runs, model, seed, False))
    title = QCoreApplication.translate("plan", "Forecast: {runs} runs, seed {seed}.")
    where = QCoreApplication.translate("plan", "Where it ends against its budget (holds excluded):")
    this_plan = QCoreApplication.translate("plan", "this plan")
    old_solver = QCoreApplication.translate("plan", "without changeovers or learning")
    lines = [
        title.format(runs=runs, seed=seed),
        "  " + model_text(model),
        "  " + where,
        _forecast_head(),
        _forecast_line(this_plan, after, session),
        _forecast_line(old_solver, before, session),
    ]
    squeezed = QCoreApplication.translate(
        "plan",
        "Commentary short of its time in {short} runs; auto Q&As held at their minimum "
        "{at_minimum} times, below it {below} times.",
    )
    short, at_minimum = after.commentary_short, after.qa_at_minimum
    below = after.qa_below_minimum
    return [*lines, "  " + squeezed.format(short=short, at_minimum=at_minimum, below=below)]


def model_text(model: OperatorModel) -> str:
    """The operator model in one sentence."""
    text = QCoreApplication.translate(
        "plan",
        "Room: changeovers {c0:g}–{c1:g} s; a hold of {h0:g}–{h1:g} s in {chance:.0%} of talks; "
        "Q&As ended at zero ± {qa:g} s (+{over:g} s on average); commentary ± {comm:g} s.",
    )
    return text.format(
        c0=model.changeover[0],
        c1=model.changeover[1],
        h0=model.hold[0],
        h1=model.hold[1],
        chance=model.hold_chance,
        qa=model.qa_spread,
        over=model.qa_overrun,
        comm=model.commentary_spread,
    )


def plan_command(args: argparse.Namespace) -> int:
    """`pechakucha plan`: print the plan (and a forecast); exit 0 ok, 1 problems, 2 unreadable."""
    from pechakucha.core.session.read import SessionError, load_session
    from pechakucha.qt.app.i18n import command_language, error_text, install_translator

    _app = _application(args)
    install_translator(command_language(args.lang))
    try:
        session = load_session(args.session, require_decks=False).session
    except SessionError as error:
        print(f"pechakucha: {error_text(error)}", file=sys.stderr)
        return EXIT_UNLOADABLE
    if args.pdf and not _print_running_order(session, args.pdf, args.paper):
        return EXIT_UNLOADABLE
    plan = SessionPlan(args.session, session, plan_rows(session), plan_problems(session))
    from pechakucha.cli.check import write_stdout

    lines = plan_lines(plan)
    if args.simulate:
        lines += ["", *forecast_lines(session, args.simulate, args.seed, operator_model(args))]
    write_stdout("\n".join(lines) + "\n")
    return EXIT_PROBLEMS if plan.problems else EXIT_OK


def _application(args: argparse.Namespace) -> QCoreApplication:
    """A QCoreApplication for words; for --pdf one that has fonts (qt/paper)."""
    if QCoreApplication.instance() is not None:
        return QCoreApplication.instance()
    if args.pdf:
        from pechakucha.qt.paper.page import paper_app

        return paper_app(sys.argv[0])
    return QCoreApplication([sys.argv[0]])


def _print_running_order(session: Session, path: str, paper: str) -> bool:
    """Write the one-page running order to `path`; say where (or why not, on stderr)."""
    from pechakucha.qt.paper.running_order import write_running_order

    try:
        pages = write_running_order(session, path, paper)
    except OSError as error:
        reason = error.strerror or str(error)
        message = QCoreApplication.translate("plan", "cannot write {path} ({reason}).")
        print("pechakucha plan: " + message.format(path=path, reason=reason), file=sys.stderr)
        return False
    written = QCoreApplication.translate(
        "plan", "Running order written to {path} (%n page(s)).", None, pages
    )
    print(english_plural(written, pages).format(path=path))
    return True


def operator_model(args: argparse.Namespace) -> OperatorModel:
    """The operator model from the command line."""
    return OperatorModel(
        changeover=args.changeover,
        hold_chance=args.hold_chance,
        hold=args.hold,
        qa_spread=args.qa_spread,
        qa_overrun=args.qa_overrun,
        commentary_spread=args.commentary_spread,
    )


def _forecast_head() -> str:
    median = QCoreApplication.translate("plan", "median")
    p95 = QCoreApplication.translate("plan", "p95")
    within = QCoreApplication.translate("plan", "within ±0:30")
    return f"    {'':<34} {median:>7} {p95:>7}  {within}"


def _forecast_line(name: str, forecast: Forecast, session: Session) -> str:
    """One solver's median and p95 (and as clock times, with a planned start)."""
    text = f"    {name:<34} {_signed(forecast.p50):>7} {_signed(forecast.p95):>7}"
    text += f"  {forecast.within_30:>12.0%}"
    end = session.planned_end()
    if end is not None:
        times = [_clock_plus(end, forecast.p50), _clock_plus(end, forecast.p95)]
        text += "  (" + " / ".join(times) + ")"
    return text


def _table_line(number: str, name: str, planned: str, gap: str, start: str) -> str:
    return f"  {number:>2}  {name[:44]:<44} {planned:>8} {gap:>10}  {start}".rstrip()


def _problem_text(problem: PlanProblem, path: str) -> str:
    from pechakucha.core.session.messages import SESSION_WARNINGS

    template = QCoreApplication.translate("session", SESSION_WARNINGS[problem.code])
    return template.format(file=path, **problem.params)


def _kind(kind: str) -> str:
    from pechakucha.core.session.messages import KIND_LABELS

    return QCoreApplication.translate("session", KIND_LABELS[kind])


def _name(row: PlanRow) -> str:
    """ "Talk: Barcelona", or just "Commentary" when the segment has no name of its own."""
    kind, label = _kind(row.kind), _label(row)
    return kind if label == kind else f"{kind}: {label}"


def _label(row: PlanRow) -> str:
    from pechakucha.core.session.messages import KIND_LABELS

    if row.kind in ("qa", "commentary") and row.speaker:
        return row.speaker
    if row.label in KIND_LABELS.values():  # no name of its own: the kind, translated
        return QCoreApplication.translate("session", row.label)
    return row.label


def _row_dict(row: PlanRow) -> dict[str, Any]:
    return {
        "index": row.index,
        "kind": row.kind,
        "label": row.label,
        "planned": row.planned,
        "changeover": row.changeover,
        "start": row.start,
        "clock": None if row.clock is None else row.clock.isoformat(),
    }


def _mss(seconds: float) -> str:
    return format_duration(seconds, hours=False)


def _signed(seconds: float) -> str:
    whole = round(seconds)
    return ("+" if whole >= 0 else "-") + format_duration(abs(whole))


def _clock_plus(moment: dt.time, seconds: float) -> str:
    base = dt.datetime.combine(dt.date(2000, 1, 1), moment)
    return (base + dt.timedelta(seconds=round(seconds))).strftime("%H:%M:%S")
