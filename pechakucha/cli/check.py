"""`pechakucha check`: preflight decks (or a session's decks) and report in words or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass

from pechakucha.core.formats import TalkFormat, make_format
from pechakucha.core.i18n import QT_TRANSLATE_NOOP
from pechakucha.core.preflight import FAILED, READY, DeckReport, failed_report

EXIT_READY, EXIT_PROBLEMS, EXIT_UNLOADABLE = 0, 1, 2
READY_SLIDES = QT_TRANSLATE_NOOP("check", "ready, %n slides")
NOT_READY_SLIDES = QT_TRANSLATE_NOOP("check", "NOT ready, %n slides")


@dataclass(frozen=True)
class CheckTarget:
    """One deck to check, with the format its talk uses."""

    path: str
    format: TalkFormat


def exit_code(reports: list[DeckReport]) -> int:
    """0 when every deck is ready, 2 when any cannot be loaded, else 1."""
    if any(report.status == FAILED for report in reports):
        return EXIT_UNLOADABLE
    if all(report.status == READY for report in reports):
        return EXIT_READY
    return EXIT_PROBLEMS


def expand_targets(paths: list[str], fmt: TalkFormat) -> tuple[list[CheckTarget], list[DeckReport]]:
    """Decks to check: each path is a deck, or a session file standing for its talks' decks.

    A session file that cannot be read becomes an "error" report of its own."""
    targets: list[CheckTarget] = []
    failures: list[DeckReport] = []
    for path in paths:
        if not path.lower().endswith(".toml"):
            targets.append(CheckTarget(path, fmt))
            continue
        from pechakucha.core.session.read import SessionError, load_session

        try:
            session = load_session(path).session
        except SessionError as error:
            failures.append(failed_report(path, str(error), error))
            continue
        for segment in session.segments:
            if segment.kind == "talk" and segment.deck is not None:
                targets.append(CheckTarget(str(segment.deck), segment.format or session.format))
    return targets, failures


def human_lines(report: DeckReport, translate_finding, translate_status) -> list[str]:
    """One line for the deck (status and slide count), then one per finding."""
    lines = [f"{report.path}: {translate_status(report)}"]
    for finding in report.findings:
        if finding.code == "load-failed":
            continue  # the status line already says it
        where = f"slide {finding.slide}" if finding.slide else "deck"
        lines.append(f"  {finding.severity:7} {where}: {translate_finding(finding)}")
    return lines


def check_command(args: argparse.Namespace) -> int:
    """Run the check and print it; returns the exit code."""
    from pechakucha.decks.inspect import check_path

    fmt = make_format(args.format, args.slides, args.seconds_per_slide)
    targets, reports = expand_targets(args.paths, fmt)
    for target in targets:
        reports.append(
            check_path(target.path, target.format.slides, args.projector, target.format.name)
        )
    plans = session_plans(args.paths)
    if args.json:
        result = {"decks": [r.as_dict() for r in reports], **plans.as_json()}
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        _print_human(reports, args.lang)
        plans.print_text()
    return max(exit_code(reports), plans.exit_code)


def session_plans(paths: list[str]):
    """The plan check of every session file among `paths` (see cli/plan.py)."""
    from pechakucha.cli.plan import PlanCheck

    return PlanCheck.of(paths)


def _print_human(reports: list[DeckReport], language: str | None) -> None:
    from PySide6.QtCore import QCoreApplication

    from pechakucha.qt.app.i18n import error_text, finding_text, install_translator, plural

    _app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    install_translator(language)

    def status(report: DeckReport) -> str:
        if report.status == FAILED:
            cause = report.findings[0].params.get("cause")
            reason = error_text(cause) if cause else report.findings[0].params["reason"]
            return QCoreApplication.translate("check", "cannot be loaded — {reason}").format(
                reason=reason
            )
        if report.status == READY:
            return plural("check", READY_SLIDES, report.slides)
        return plural("check", NOT_READY_SLIDES, report.slides)

    for report in reports:
        print("\n".join(human_lines(report, finding_text, status)))
