"""One journal per run, named by date and time; the last unfinished run resumes in its own
file; reports take the run's name; the resume question is asked in the operator's language."""

from __future__ import annotations

import datetime as dt
import os
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from pechakucha.core.clock import FakeClock
from pechakucha.core.journal import read_journal
from pechakucha.core.session.model import Segment, Session
from pechakucha.core.show.opening import Resume
from pechakucha.qt.app.i18n import install_translator
from pechakucha.qt.app.theme import style_sheet
from pechakucha.qt.show import runs
from pechakucha.qt.show.runs import (
    ask_to_resume,
    new_run_journal,
    open_run,
    report_paths,
    run_journals,
)

OPENED = dt.datetime(2025, 5, 14, 18, 30, 2)


@pytest.fixture
def show_file(tmp_path, monkeypatch):
    """A session file path, with the data folder in tmp_path/data."""
    monkeypatch.setenv("PECHAKUCHA_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "session-two.toml"


@pytest.fixture
def session():
    """Two cards: enough for a run to start and to end."""
    return Session(budget=600.0, segments=[Segment("card", title="A"), Segment("card")])


def test_a_run_journal_is_named_by_the_session_and_the_time_it_opened(show_file):
    path = new_run_journal(show_file, OPENED)
    assert path.parent == runs.journal_folder()
    assert path.name.startswith("session-two-") and path.name.endswith("-2025-05-14_18-30-02.jsonl")
    assert report_paths(path)["report.csv"].name == path.stem + "-report.csv"
    assert report_paths(path)["speakers.csv"].parent == path.parent


def test_two_runs_in_the_same_second_get_two_files_in_the_order_they_opened(show_file):
    names = []
    for _ in range(3):
        path = new_run_journal(show_file, OPENED)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("")
        names.append(path)
    assert len(set(names)) == 3
    assert run_journals(show_file) == names


def test_an_older_single_journal_counts_as_the_oldest_run(show_file):
    legacy = runs.journal_folder() / f"{runs.show_prefix(show_file)}.jsonl"
    legacy.parent.mkdir(parents=True)
    legacy.write_text("")
    later = new_run_journal(show_file, OPENED)
    later.write_text("")
    assert run_journals(show_file) == [legacy, later]


def test_every_run_gets_its_own_journal_nothing_appended_to_an_earlier_one(show_file, session):
    first = open_run(session, show_file, FakeClock(), resume="ask")
    first.runner.start()
    first.runner.next_segment()
    first.runner.next_segment()  # the session ended
    first.journal.close()
    second = open_run(session, show_file, FakeClock(), resume="ask")  # nothing to ask
    second.journal.close()
    assert second.journal.path != first.journal.path
    assert run_journals(show_file)[-1] == second.journal.path
    events = [e["event"] for e in read_journal(first.journal.path)]
    assert events.count("session_open") == 1 and events[-1] == "session_end"


def test_the_last_unfinished_run_resumes_in_its_own_file(show_file, session):
    crashed = open_run(session, show_file, FakeClock(), resume="ask")
    crashed.runner.start()
    crashed.journal.close()  # the app dies
    declined = open_run(session, show_file, FakeClock(), resume="no")
    declined.journal.close()
    assert declined.journal.path != crashed.journal.path  # "no": a fresh run (never started)
    resumed = open_run(session, show_file, FakeClock(), resume="yes")
    resumed.journal.close()
    assert resumed.journal.path == crashed.journal.path
    assert "recovered" in [e["event"] for e in read_journal(crashed.journal.path)]
    assert resumed.snapshot().phase == "running"


def test_a_later_run_that_started_leaves_the_older_unfinished_one_alone(show_file, session):
    crashed = open_run(session, show_file, FakeClock(), resume="ask")
    crashed.runner.start()
    crashed.journal.close()
    again = open_run(session, show_file, FakeClock(), resume="no")
    again.runner.start()
    again.runner.next_segment()
    again.runner.next_segment()
    again.journal.close()
    fresh = open_run(session, show_file, FakeClock(), resume="yes")
    fresh.journal.close()
    assert fresh.journal.path not in (crashed.journal.path, again.journal.path)
    assert fresh.snapshot().phase == "ready"


def answer_when_asked(button: QMessageBox.StandardButton, seen: list[QMessageBox]) -> None:
    """Press `button` on the question box as soon as it is on screen."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, press)
            return
        seen.append(box)
        box.button(button).click()

    QTimer.singleShot(0, press)


def test_the_resume_question_opens_over_the_console_and_is_answered(qtbot, show_file, session):
    crashed = open_run(session, show_file, FakeClock(), resume="ask")
    crashed.runner.start()
    crashed.journal.close()
    console = QWidget()  # a window styled like the console on the laptop screen
    console.setObjectName("console")
    console.setStyleSheet(style_sheet("console"))
    qtbot.addWidget(console)
    console.show()
    seen: list[QMessageBox] = []
    answer_when_asked(QMessageBox.Yes, seen)
    resumed = open_run(session, show_file, FakeClock(), resume="ask", parent=console)
    resumed.journal.close()
    assert seen[0].parentWidget() is console
    assert resumed.journal.path == crashed.journal.path


def test_the_resume_question_stays_readable_over_the_dark_console(qtbot):
    console = QWidget()
    console.setObjectName("console")
    console.setStyleSheet(style_sheet("console"))
    qtbot.addWidget(console)
    console.show()
    seen: list[QMessageBox] = []
    answer_when_asked(QMessageBox.No, seen)
    assert ask_to_resume(console) is Resume.NO
    box = seen[0]
    text = next(label for label in box.findChildren(QLabel) if "stopped" in label.text())
    ink = text.palette().color(text.foregroundRole()).lightness()
    paper = box.palette().color(box.backgroundRole()).lightness()
    assert abs(ink - paper) > 100


def test_the_resume_question_and_its_buttons_are_in_spanish_under_lang_es(
    qtbot, show_file, session
):
    crashed = open_run(session, show_file, FakeClock(), resume="ask")
    crashed.runner.start()
    crashed.journal.close()
    assert install_translator("es") == "es"
    try:
        seen: list[QMessageBox] = []
        answer_when_asked(QMessageBox.No, seen)
        fresh = open_run(session, show_file, FakeClock(), resume="ask")
        fresh.journal.close()
        texts = [
            seen[0].button(b).text().replace("&", "") for b in (QMessageBox.Yes, QMessageBox.No)
        ]
    finally:
        install_translator("en")
    assert texts == ["Sí", "No"]
    assert seen[0].windowTitle() != "Resume the session?"
    assert fresh.journal.path != crashed.journal.path


@pytest.mark.skipif(sys.platform == "win32", reason="file names are Unicode on Windows")
def test_a_session_file_name_with_latin1_bytes_names_its_journal(tmp_path, monkeypatch):
    """Issue 17: "sesi\\xf3n.toml" (Latin-1, not UTF-8) stopped the app at launch."""
    monkeypatch.setenv("PECHAKUCHA_DATA_DIR", str(tmp_path / "data"))
    show_file = tmp_path / os.fsdecode(b"sesi\xf3n.toml")
    prefix = runs.show_prefix(show_file)
    assert prefix.startswith("sesi") and prefix.encode("utf-8")
    path = runs.new_run_journal(show_file, OPENED)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{}\n", encoding="utf-8")
    assert runs.run_journals(show_file) == [path]
