"""Issue 17's blocker: ←/PageUp during the Q&A after a talk never throws the talk away.

Session Two on the real windows (its real decks, a fake clock), every key pressed on the
focused window. In each Q&A, ← shows the talk's slides as a recall, → walks back to the Q&A's
card, the next → ends the Q&A and the session goes on; the report keeps every talk.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pechakucha.core.runner.report import session_report
from pechakucha.core.session.read import load_session
from tests.qt.show.console_states import SESSION_TWO
from tests.show_builder import build_show

SIZES = ((480, 270), (1000, 620))


@pytest.fixture
def show(qtbot, tmp_path):
    """Session Two on real windows, keys wired as in the app, a fake clock."""
    session = load_session(SESSION_TWO).session
    made = build_show(session, journal=tmp_path / "j.jsonl", qtbot=qtbot, sizes=SIZES)
    made.controller.ticker.stop()  # the test moves the fake clock and refreshes by hand
    made.console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not None)
    yield made
    made.close()


def press(key: Qt.Key) -> None:
    """A real key press on whatever has the focus."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    QTest.keyClick(target, key)


def finish_talk(show) -> None:
    """Let the running talk's time run out."""
    show.clock.advance(show.runner.schedule.format.duration + 0.01)
    show.controller.refresh()


def test_pageup_in_every_qa_recalls_the_talk_and_the_session_goes_on(show):
    runner, talks = show.runner, []
    press(Qt.Key_F5)  # the welcome card
    while runner.phase != "done":
        if runner.phase == "up_next":
            assert "Space" not in show.console.keys_label.text()  # it does nothing here
            press(Qt.Key_F5)
        segment = runner.current
        if segment.kind == "talk":
            talks.append(runner.index)
            finish_talk(show)
            assert runner.current.kind == "qa" and runner.phase == "running"
            qa = runner.index
            footer = show.console.keys_label.text()  # generated from what acts now
            assert "PageUp" in footer and "Space" in footer and "M " not in footer
            press(Qt.Key_PageUp)
            assert runner.index == qa and runner.records[talks[-1]].end is not None
            assert runner.recalled is not None and runner.recalled[0] == talks[-1]
            assert show.audience.slide_view.isVisible()  # the talk's slide, not a card
            press(Qt.Key_Left)  # one slide further back
            press(Qt.Key_Space)
            press(Qt.Key_PageDown)  # past the last slide: the Q&A's card again
            assert runner.index == qa and runner.recalled is None
        press(Qt.Key_PageDown)
        show.clock.advance(1)
    rows = {row.index: row for row in session_report(runner).rows}
    assert talks and all(rows[t].status == "done" for t in talks)
    entries = [e["event"] for e in show.journal.entries]
    assert "segment_discard" not in entries and entries.count("recall") == 2 * len(talks) + len(
        talks
    )


def test_going_back_over_a_card_that_ran_takes_a_second_press_and_stays_in_the_report(show):
    runner = show.runner
    press(Qt.Key_F5)  # the welcome card runs
    show.clock.advance(30)
    press(Qt.Key_PageUp)
    assert runner.records[0] is not None and runner.phase == "running"  # only asked
    assert show.journal.entries[-1]["event"] == "back_asked"
    press(Qt.Key_PageUp)  # the second press goes back
    assert runner.phase == "up_next" and runner.index == 0
    press(Qt.Key_F5)
    assert session_report(runner).rows[0].restarted == pytest.approx(30.0)
