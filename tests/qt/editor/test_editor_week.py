"""The organiser's week in the editor: a session with one deck missing and one not given yet
opens, says which decks have not arrived, relinks the moved one, and saves changeovers and
audience languages typed with real keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pechakucha.core.session.read import SessionError, load_session
from pechakucha.qt.editor.window import SessionEditor
from tests.conftest import write_numbered_pdf

WEEK = """\
[session]
title = "Week"
budget = "60:00"

[[segment]]
kind = "talk"
speaker = "Ana"
organisation = "Barcelona"
deck = "ana.pdf"

[[segment]]
kind = "talk"
speaker = "Luc"
organisation = "Cités Unies"
deck = "moved/luc.pdf"

[[segment]]
kind = "talk"
speaker = "Rosa"
organisation = "FAMSI"

[[segment]]
kind = "commentary"
duration = "5:00"
"""


@pytest.fixture
def week(tmp_path) -> Path:
    """A session file a week before the day: Ana's deck here, Luc's moved, Rosa's not sent."""
    write_numbered_pdf(tmp_path / "ana.pdf")
    path = tmp_path / "week.toml"
    path.write_text(WEEK, encoding="utf-8")
    return path


@pytest.fixture
def editor(qtbot, week) -> SessionEditor:
    """The editor open on the week's session, shown and focused."""
    window = SessionEditor(week)
    qtbot.addWidget(window, before_close_func=lambda widget: widget.setWindowModified(False))
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return window


def type_keys(qtbot, field, text: str) -> None:
    """Focus `field`, select what it holds and type `text` with real key presses."""
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    QTest.keyClick(field, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(field, text)


def test_the_strict_reader_still_refuses_a_missing_deck_for_the_show(week):
    """The show needs every deck: without require_decks=False the file is refused."""
    with pytest.raises(SessionError, match="does not exist"):
        load_session(week)


def test_SessionEditor_opens_a_session_with_a_missing_and_a_pending_deck(editor):
    """The file opens; the rows say missing and no deck; the warnings name both talks."""
    texts = [editor.segments_view.topLevelItem(row).text(3) for row in range(3)]
    assert texts[1] == "missing" and texts[2] == "no deck"
    warnings = editor.warnings_label.text()
    assert "segment 2 (Cités Unies) is not there" in warnings
    assert "segment 3 (FAMSI) has no deck yet" in warnings


def test_SessionEditor_relinks_a_moved_deck_dropped_on_the_deck_field(editor, qtbot, tmp_path):
    """Dropping the moved file on the talk's deck field points the talk to it again."""
    (tmp_path / "elsewhere").mkdir()
    moved = write_numbered_pdf(tmp_path / "elsewhere" / "luc.pdf")
    editor.select_segment(1)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(moved))])
    field = editor.form.deck
    point = field.rect().center()
    for event in (
        QDragEnterEvent(point, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier),
        QDragMoveEvent(point, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier),
        QDropEvent(QPointF(point), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier),
    ):
        QApplication.sendEvent(field, event)
    assert editor.session.segments[1].deck == moved
    assert "is not there" not in editor.warnings_label.text()


def test_SessionEditor_saves_changeovers_and_audience_typed_with_keys(editor, qtbot, week):
    """Session changeover 1:00, segment 2's own 2:00, audience "es, fr", start 18:30, then
    Ctrl+S: the file holds them and the other talks' decks stay pending/missing."""
    type_keys(qtbot, editor.fields.changeover, "1:00")
    type_keys(qtbot, editor.fields.audience, "es, fr")
    type_keys(qtbot, editor.fields.start, "18:30")
    editor.select_segment(1)
    type_keys(qtbot, editor.form.changeover, "2:00")
    assert "4:00 of changeovers" in editor.plan_label.text()  # 1:00 + 2:00 + 1:00
    QTest.keyClick(editor.fields.title, Qt.Key_S, Qt.ControlModifier)
    qtbot.waitUntil(lambda: not editor.isWindowModified())
    session = load_session(week, require_decks=False).session
    assert session.changeover == 60 and session.audience == ("es", "fr")
    assert session.planned_start.hour == 18 and session.segments[1].changeover == 120
    assert session.segments[2].deck is None
    assert session.segments[1].deck == week.parent / "moved" / "luc.pdf"


def test_SessionEditor_marks_an_unknown_audience_language_and_refuses_to_save(editor, qtbot):
    """ "klingon" is not a language the app has: the field turns red, saving says why."""
    messages: list[str] = []
    editor.show_error = messages.append
    type_keys(qtbot, editor.fields.audience, "es, klingon")
    assert not editor.fields.audience.is_valid()
    assert not editor.save()
    assert "red" in messages[0]
