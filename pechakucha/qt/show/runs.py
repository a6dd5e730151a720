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
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pechakucha.core.clock import Clock
from pechakucha.core.durations import format_duration
from pechakucha.core.journal import Journal, load_journal
from pechakucha.core.session.model import Session
from pechakucha.core.show.opening import Opening, Resume, ResumeQuestion, open_show
from pechakucha.core.show.show import Show
from pechakucha.qt.app.startup import data_folder

RUN_TIME = "%Y-%m-%d_%H-%M-%S"
READABLE = "QLabel { color: palette(window-text); }"
_RUN_NAME = re.compile(r"-(\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d)(?:_(\d+))?$")


def show_prefix(show_path: Path) -> str:
    """`<stem>-<id>`: what every run of the show at `show_path` is named after."""
    resolved = str(show_path.resolve()).encode("utf-8", "surrogateescape")
    digest = hashlib.sha1(resolved).hexdigest()[:10]
    # a name with undecodable (Latin-1) bytes: its journal takes a readable, writable name
    stem = show_path.stem.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return f"{stem}-{digest}"


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
    journal.drain(0.5)  # the writer thread opens the file: a refusing disk answers at once
    if journal.problem is not None:
        text = QApplication.translate(
            "app", "the journal cannot be saved in {folder} ({problem}); the show goes on"
        )
        folder = journal.path.parent if journal.path else ""
        print(f"pechakucha: {text.format(folder=folder, problem=journal.problem)}", file=sys.stderr)


def resume_text(question: ResumeQuestion | None) -> str:
    """The resume question in the operator's language: where the run stopped, how long ago,
    and the two ways to go on."""
    if question is None:
        return QApplication.translate(
            "app",
            "This session stopped before its end. Resume where it was, as if the "
            "app had never stopped?",
        )
    where = question.segment
    if question.slide is not None:
        where = QApplication.translate("app", "{segment}, slide {slide}").format(
            segment=question.segment, slide=question.slide
        )
    text = QApplication.translate(
        "app",
        "This session stopped before its end, during {where}, {downtime} ago.\n\n"
        "Yes: continue where the clock is now (the session keeps its end).\n"
        "Resume the slide: go on where it stopped (the session ends {downtime} later; "
        "the Q&As absorb it).",
    )
    return text.format(where=where, downtime=format_duration(question.downtime))


def ask_to_resume(parent: QWidget | None, question: ResumeQuestion | None = None) -> Resume:
    """Ask the operator, over `parent` (the console on the laptop screen), whether and how to
    resume: Yes continues where the clock is; "Resume the slide" where it stopped; No: a new
    run."""
    box = QMessageBox(
        QMessageBox.Question,
        QApplication.translate("app", "Resume the session?"),
        resume_text(question),
        QMessageBox.Yes | QMessageBox.No,
        parent,
    )
    slide = None
    if question is not None:
        slide = box.addButton(
            QApplication.translate("app", "Resume the slide"), QMessageBox.AcceptRole
        )
    box.setDefaultButton(QMessageBox.Yes)
    box.setStyleSheet(READABLE)  # the console's light-on-dark labels must not leak into it
    answer = box.exec()
    if slide is not None and box.clickedButton() is slide:
        return Resume.SLIDE
    return Resume.CLOCK if answer == QMessageBox.Yes else Resume.NO


def open_run(
    session: Session,
    show_path: Path,
    clock: Clock,
    resume: str = "ask",
    copy: str | None = None,
    parent: QWidget | None = None,
    decks: Mapping[int, int] | None = None,
    manual: bool = False,
) -> Show:
    """The show (core) on a new run's journal, or — if this show's last run did not end and
    the operator agrees (`resume`: "ask", "yes", "slide" or "no") — that run resumed."""
    last = last_started_run(show_path) if resume != "no" else (None, [])
    opening = Opening(
        session,
        clock,
        new_run_journal(show_path, dt.datetime.now()),
        last,
        copy,
        decks,
        manual,
    )
    answers = {"yes": Resume.CLOCK, "slide": Resume.SLIDE, "no": Resume.NO}

    def ask(question: ResumeQuestion) -> Resume:
        return answers.get(resume) or ask_to_resume(parent, question)

    return open_show(opening, ask, warn=lambda text: print(f"pechakucha: {text}", file=sys.stderr))
