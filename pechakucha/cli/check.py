"""`pechakucha check`: preflight decks (or a session's decks) and report in words or JSON.

Each distinct deck is checked once, however many talks use it. Paths are printed as the system
gave them: a file name in Latin-1 bytes is written back as those bytes in words, and as JSON
escapes in `--json` (whose output is always valid UTF-8).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import dataclass

from pechakucha.core.formats import TalkFormat, make_format
from pechakucha.core.i18n import QT_TRANSLATE_NOOP
from pechakucha.core.preflight import (
    ERROR,
    FAILED,
    READY,
    DeckReport,
    Finding,
    failed_report,
    slide_list,
)

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

    A session file that cannot be read becomes an "error" report of its own; one with no talk
    a "problems" report saying so. A deck used by several talks of the same format is checked
    once."""
    targets: list[CheckTarget] = []
    failures: list[DeckReport] = []
    for path in paths:
        if not path.lower().endswith(".toml"):
            targets.append(CheckTarget(path, fmt))
            continue
        talks, failure = session_targets(path)
        targets += talks
        failures += [failure] if failure else []
    unique = list(dict.fromkeys(targets))
    return unique, failures


def session_targets(path: str) -> tuple[list[CheckTarget], DeckReport | None]:
    """The talk decks of the session file at `path`, or the report of why there are none."""
    from pechakucha.core.session.plan import RECEIVED, deck_state
    from pechakucha.core.session.read import SessionError, load_session
    from pechakucha.decks.errors import DeckError
    from pechakucha.decks.opener import regular_kind

    try:
        if regular_kind(os.path.abspath(path)) != "file":  # a pipe would wait forever
            raise SessionError("unreadable", path, reason="it is a folder")
        session = load_session(path, require_decks=False).session
    except (SessionError, DeckError) as error:
        return [], failed_report(path, str(error), error)
    if not any(segment.kind == "talk" for segment in session.segments):
        return [], DeckReport(path, 0, (Finding(ERROR, None, "no-talks"),))
    talks = [  # pending and missing decks are listed per speaker (speakers.py), not opened
        CheckTarget(str(segment.deck), segment.format or session.format)
        for segment in session.segments
        if segment.kind == "talk" and deck_state(segment) == RECEIVED
    ]
    return talks, None


SEVERITIES = {
    "error": QT_TRANSLATE_NOOP("check", "error"),
    "warning": QT_TRANSLATE_NOOP("check", "warning"),
    "info": QT_TRANSLATE_NOOP("check", "info"),
}
PLACES = {
    "session": QT_TRANSLATE_NOOP("check", "session"),
    "deck": QT_TRANSLATE_NOOP("check", "deck"),
    "slide": QT_TRANSLATE_NOOP("check", "slide {number}"),
    "slides": QT_TRANSLATE_NOOP("check", "slides {numbers}"),
}


def english(_context: str, text: str) -> str:
    """No translation: the English source."""
    return text


def human_lines(
    report: DeckReport, translate_finding, translate_status, translate=english
) -> list[str]:
    """One line for the deck (status and slide count), then one per finding; a finding that
    repeats on several slides is one line listing them ("slides 3–9, 12"). `translate`
    (context, text) gives the words "error", "deck", "slide 7" in the reader's language."""
    lines = [f"{report.path}: {translate_status(report)}"]
    groups: dict[tuple[str, str, str], list[int]] = {}
    for finding in report.findings:
        if finding.code == "load-failed":
            continue  # the status line already says it
        key = (finding.severity, finding.code, translate_finding(finding))
        groups.setdefault(key, []).append(finding.slide or 0)
    for (severity, code, text), slides in groups.items():
        numbered = sorted({slide for slide in slides if slide})
        if not numbered:
            where = translate("check", PLACES["session" if code == "no-talks" else "deck"])
        elif len(numbered) == 1:
            where = translate("check", PLACES["slide"]).format(number=numbered[0])
        else:
            where = translate("check", PLACES["slides"]).format(numbers=slide_list(numbered))
        lines.append(f"  {translate('check', SEVERITIES[severity]):7} {where}: {text}")
    return lines


def json_text(reports: list[DeckReport], extra: dict | None = None) -> str:
    """The `--json` document (`extra`: more top-level keys, e.g. the plan): non-ASCII text as
    is, bytes that are not UTF-8 (kept by Python as lone surrogates) as \\uDCxx escapes, so the
    output is always valid UTF-8."""
    document = {"decks": [r.as_dict() for r in reports], **(extra or {})}
    text = json.dumps(document, ensure_ascii=False, indent=2)
    return re.sub("[\ud800-\udfff]", lambda match: f"\\u{ord(match.group()):04x}", text)


def check_command(args: argparse.Namespace) -> int:
    """Run the check and print it; returns the exit code."""
    from pechakucha.cli.speakers import not_arrived, speaker_lines, speaker_statuses
    from pechakucha.decks.inspect import check_path

    fmt = make_format(args.format, args.slides, args.seconds_per_slide)
    targets, reports = expand_targets(args.paths, fmt)
    for target in targets:
        slides, name = target.format.slides, target.format.name
        reports.append(check_path(target.path, slides, args.projector, name, args.strict))
    plans = session_plans(args.paths)
    speakers = [(plan.path, speaker_statuses(plan.session, reports)) for plan in plans.plans]
    if args.json:
        extra = {**plans.as_json(), "speakers": _speakers_json(speakers)} if speakers else {}
        output = json_text(reports, extra)
    else:
        lines = _human(reports, args.lang)
        for path, statuses in speakers:
            lines = speaker_lines(path, statuses) + lines
        output = "\n".join(lines + plans.text_lines())
    write_stdout(output + "\n")
    arrived = not any(not_arrived(statuses) for _path, statuses in speakers)
    return max(exit_code(reports), plans.exit_code, EXIT_READY if arrived else EXIT_PROBLEMS)


def _speakers_json(speakers: list) -> list[dict]:
    """Each session's talks for `--json`: {"session", "talks": [...]}."""
    return [
        {"session": path, "talks": [status.as_dict() for status in statuses]}
        for path, statuses in speakers
    ]


def session_plans(paths: list[str]):
    """The plan check of every session file among `paths` (see cli/plan.py)."""
    from pechakucha.cli.plan import PlanCheck

    return PlanCheck.of(paths)


def write_stdout(text: str) -> None:
    """Write `text` to stdout with file names' own bytes; a reader that stops early
    (`check … | head`) is not an error."""
    try:
        sys.stdout.buffer.write(text.encode("utf-8", "surrogateescape"))
        sys.stdout.flush()
    except BrokenPipeError:
        # Python flushes stdout again at exit: point it at /dev/null so that cannot fail.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _human(reports: list[DeckReport], language: str | None) -> list[str]:
    from PySide6.QtCore import QCoreApplication

    from pechakucha.qt.app.i18n import (
        command_language,
        error_text,
        finding_text,
        install_translator,
        plural,
    )

    _app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    install_translator(command_language(language))

    def status(report: DeckReport) -> str:
        if report.status == FAILED:
            cause = report.findings[0].params.get("cause")
            reason = error_text(cause) if cause else report.findings[0].params["reason"]
            # Qt would turn a file name's undecodable bytes into "�": put the name back.
            reason = reason.replace(_qt_round_trip(report.path), report.path)
            return QCoreApplication.translate("check", "cannot be loaded — {reason}").replace(
                "{reason}", reason
            )
        if report.status == READY:
            return plural("check", READY_SLIDES, report.slides)
        return plural("check", NOT_READY_SLIDES, report.slides)

    translate = QCoreApplication.translate
    return [
        line for report in reports for line in human_lines(report, finding_text, status, translate)
    ]


def _qt_round_trip(text: str) -> str:
    """`text` as it comes back from a QString: lone surrogates become U+FFFD."""
    return re.sub("[\ud800-\udfff]", "\ufffd", text)
