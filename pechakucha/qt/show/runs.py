"""One journal per run of a show, named by the date and time it opened, in the data folder.

`journals/<file stem>-<id>-<YYYY-MM-DD_HH-MM-SS>.jsonl`, where the id tells apart session
files of the same name; the run's report files take the same name. A run is never appended to
an earlier one, except to resume it: after a crash the last run of this show that started, if it
did not end, may go on in its own file (runs opened and never started, such as one where the
operator declined to resume, do not hide it). A journal of the older single-file kind
(`<stem>-<id>.jsonl`) counts as the oldest run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pechakucha.core.clock import Clock
from pechakucha.core.journal import Journal, load_journal
from pechakucha.core.runner.recovery import RecoveryError, can_recover, recover
from pechakucha.core.runner.runner import SessionRunner
from pechakucha.core.session.model import Session
from pechakucha.qt.app.startup import data_folder

RUN_TIME = "%Y-%m-%d_%H-%M-%S"
READABLE = "QLabel { color: palette(window-text); }"
_RUN_NAME = re.compile(r"-(\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d)(?:_(\d+))?$")


def show_prefix(show_path: Path) -> str:
    """`<stem>-<id>`: what every run of the show at `show_path` is named after."""
    digest = hashlib.sha1(str(show_path.resolve()).encode()).hexdigest()[:10]
    return f"{show_path.stem}-{digest}"


def journal_folder() -> Path:
    """Where runs are journaled (in the app's data folder)."""
    return data_folder() / "journals"


def run_journals(show_path: Path) -> list[Path]:
    """The journals of this show's runs, oldest first."""
    folder, prefix = journal_folder(), show_prefix(show_path)
    legacy = folder / f"{prefix}.jsonl"
    runs = [p for p in folder.glob(f"{prefix}-*.jsonl") if _RUN_NAME.search(p.stem)]
    runs.sort(key=lambda p: _order(_RUN_NAME.search(p.stem)))
    return ([legacy] if legacy.is_file() else []) + runs


def _order(match: re.Match) -> tuple[str, int]:
    return match.group(1), int(match.group(2) or 1)


def new_run_journal(show_path: Path, opened: dt.datetime) -> Path:
    """A journal path no earlier run has used, named by the time the run `opened`."""
    base = f"{show_prefix(show_path)}-{opened.strftime(RUN_TIME)}"
    path, number = journal_folder() / f"{base}.jsonl", 1
    while path.exists():  # two runs in the same second
        number += 1
        path = journal_folder() / f"{base}_{number}.jsonl"
    return path


def report_paths(journal: Path) -> dict[str, Path]:
    """Where a run's report files go: named after its journal, next to it."""
    stem = journal.with_suffix("")
    return {
        kind: stem.with_name(f"{stem.name}-{kind}")
        for kind in ("report.json", "report.csv", "speakers.csv", "report.pdf")
    }


def last_started_run(show_path: Path) -> tuple[Path | None, list[dict]]:
    """The journal of this show's last run that started (and its entries), if any."""
    for path in reversed(run_journals(show_path)):
        entries = past_entries(path)
        if any(entry.get("event") == "session_start" for entry in entries):
            return path, entries
    return None, []


def past_entries(log: Path) -> list[dict]:
    """The readable entries of an earlier run's journal (for crash recovery). Lines it cannot
    read are skipped and said on stderr; a journal it cannot read at all is left aside."""
    try:
        read = load_journal(log)
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as error:
        text = QApplication.translate("app", "{file}: the journal cannot be read ({problem})")
        print(f"pechakucha: {text.format(file=log, problem=error.strerror)}", file=sys.stderr)
        return []
    if read.skipped:
        text = QApplication.translate(
            "app", "{file}: {count} unreadable journal line(s) skipped, the first at line {line}"
        ).format(file=log, count=len(read.skipped), line=read.skipped[0])
        print(f"pechakucha: {text}", file=sys.stderr)
    return read.entries


def warn_if_not_saved(journal: Journal) -> None:
    """A data folder that is full or read-only does not stop the show: say so and go on (the
    console says it too, and the journal keeps retrying)."""
    if not journal.saved:
        text = QApplication.translate(
            "app", "the journal cannot be saved in {folder} ({problem}); the show goes on"
        )
        folder = journal.path.parent if journal.path else ""
        print(f"pechakucha: {text.format(folder=folder, problem=journal.problem)}", file=sys.stderr)


def ask_to_resume(parent: QWidget | None) -> bool:
    """Ask the operator, over `parent` (the console on the laptop screen), whether to resume."""
    box = QMessageBox(
        QMessageBox.Question,
        QApplication.translate("app", "Resume the session?"),
        QApplication.translate(
            "app",
            "This session stopped before its end. Resume where it was, as if the "
            "app had never stopped?",
        ),
        QMessageBox.Yes | QMessageBox.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.Yes)
    box.setStyleSheet(READABLE)  # the console's light-on-dark labels must not leak into it
    return box.exec() == QMessageBox.Yes


def open_run(
    session: Session,
    show_path: Path,
    clock: Clock,
    resume: str = "ask",
    copy: str | None = None,
    parent: QWidget | None = None,
) -> SessionRunner:
    """A runner on a new run's journal, or — if this show's last run did not end and the
    operator agrees (`resume`: "ask", "yes" or "no") — that run resumed where it stopped,
    counting the downtime as elapsed."""
    last, entries = last_started_run(show_path) if resume != "no" else (None, [])
    unfinished = last is not None and can_recover(entries)
    if unfinished and (resume == "yes" or ask_to_resume(parent)):
        journal = Journal(last, copy=copy)  # the resumed run goes on in its own file
        try:
            return recover(session, entries, time.time(), clock, journal)
        except RecoveryError as error:
            journal.close()
            print(f"pechakucha: cannot resume: {error}", file=sys.stderr)
    journal = Journal(new_run_journal(show_path, dt.datetime.now()), copy=copy)
    return SessionRunner(session, clock, journal)
