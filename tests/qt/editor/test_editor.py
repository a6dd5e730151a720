"""The session editor: build, reorder, remove, assign decks, preflight, save safely."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

import pechakucha.core.atomic
from pechakucha.cli.main import run_editor
from pechakucha.core.session.read import load_session
from pechakucha.qt.editor.window import SessionEditor
from tests.conftest import write_numbered_pdf

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def make_editor(qtbot):
    """Factory for a shown editor; closed at the end without asking about unsaved changes."""

    def make(path=None) -> SessionEditor:
        editor = SessionEditor(path)
        qtbot.addWidget(editor, before_close_func=lambda widget: widget.setWindowModified(False))
        editor.show()
        return editor

    return make


@pytest.fixture
def session_two(tmp_path) -> Path:
    """A copy of the sample Session Two (file and decks) in a temporary folder."""
    folder = tmp_path / "session"
    shutil.copytree(ROOT / "decks", folder, ignore=shutil.ignore_patterns("*.py"))
    return folder / "session-two.toml"


def type_into(qtbot, field, text: str) -> None:
    """Replace a line edit's text as a user pasting over it would (QTest cannot type "ó")."""
    qtbot.mouseClick(field, Qt.LeftButton)
    field.selectAll()
    field.insert(text)


def deck_column(editor: SessionEditor, row: int) -> str:
    return editor.segments_view.topLevelItem(row).text(3)


def drop(view, mime: QMimeData, row: int | None) -> None:
    """Drag `mime` into the list and drop it on the top edge of `row` (None: below the rows)."""
    if row is None:
        point = QPoint(20, view.viewport().height() - 5)
    else:
        rect = view.visualRect(view.model().index(row, 1))
        point = QPoint(rect.center().x(), rect.top() + 2)
    actions = Qt.MoveAction | Qt.CopyAction
    buttons, keys = Qt.LeftButton, Qt.NoModifier
    for event in (
        QDragEnterEvent(point, actions, mime, buttons, keys),
        QDragMoveEvent(point, actions, mime, buttons, keys),
        QDropEvent(QPointF(point), actions, mime, buttons, keys),
    ):
        QApplication.sendEvent(view.viewport(), event)


def test_SessionEditor_builds_a_session_from_scratch_and_saves_it(make_editor, qtbot, tmp_path):
    """Talk with a generated PDF, automatic Q&A, commentary 5:00: saved, reloaded, equal."""
    deck = write_numbered_pdf((tmp_path / "decks").mkdir() or tmp_path / "decks" / "ana.pdf")
    editor = make_editor()
    type_into(qtbot, editor.fields.title, "Sesión de prueba")
    type_into(qtbot, editor.fields.budget, "45:00")
    editor.add_segment("talk")
    type_into(qtbot, editor.form.speaker, "Ana Pérez")
    type_into(qtbot, editor.form.organisation, "FAMSI")
    editor.form.set_deck(deck)
    editor.add_segment("qa")
    editor.add_segment("commentary")
    type_into(qtbot, editor.form.speaker, "Comentarista")
    type_into(qtbot, editor.form.duration, "5:00")
    assert editor.is_modified()
    assert editor.save_as(tmp_path / "new.toml")
    assert not editor.is_modified()
    loaded = load_session(tmp_path / "new.toml").session
    assert (loaded.title, loaded.budget) == ("Sesión de prueba", 2700.0)
    assert [s.kind for s in loaded.segments] == ["talk", "qa", "commentary"]
    assert loaded.segments == editor.session.segments
    talk, qa, commentary = loaded.segments
    assert (talk.speaker, talk.organisation, talk.deck) == ("Ana Pérez", "FAMSI", deck)
    assert qa.is_auto_qa and qa.minimum == 300
    assert (commentary.speaker, commentary.duration) == ("Comentarista", 300)
    assert 'deck = "decks/ana.pdf"' in (tmp_path / "new.toml").read_text(encoding="utf-8")


def test_SessionEditor_shows_the_plan_against_the_budget(make_editor, session_two):
    """Session Two: 90:00 planned of 90:00, each automatic Q&A gets 21:00."""
    editor = make_editor(session_two)
    assert "90:00 of a 90:00 budget (9 segments, 0:00 of changeovers)" in editor.plan_label.text()
    assert editor.segments_view.topLevelItem(2).text(2) == "auto 21:00"
    editor.remove_segment(0)  # the welcome card's 2:00 goes to the Q&As
    assert editor.segments_view.topLevelItem(1).text(2) == "auto 21:40"
    assert not editor.warnings_label.isVisible()


def test_SessionEditor_warns_when_fixed_parts_exceed_the_budget(make_editor, qtbot, session_two):
    """A 15:00 budget cannot hold three talks: the plan warning appears, the total turns red."""
    editor = make_editor(session_two)
    type_into(qtbot, editor.fields.budget, "15:00")
    assert "exceed the budget" in editor.warnings_label.text()
    assert editor.plan_label.property("over")


def test_SessionEditor_reorders_with_buttons_and_by_dragging(make_editor, qtbot, session_two):
    """Down, then a drag of the commentary to the top; the file keeps its comments."""
    editor = make_editor(session_two)
    editor.select_segment(1)
    qtbot.mouseClick(editor.down_button, Qt.LeftButton)
    assert [s.kind for s in editor.session.segments[:3]] == ["card", "qa", "talk"]
    view = editor.segments_view
    editor.select_segment(7)  # the commentary
    drop(view, view.mimeData([view.topLevelItem(7)]), row=0)
    kinds = [s.kind for s in editor.session.segments]
    assert kinds[:4] == ["commentary", "card", "qa", "talk"]
    assert view.current_row() == 0 and view.topLevelItem(0).text(1).startswith("Commentary")
    assert editor.save()
    text = session_two.read_text(encoding="utf-8")
    assert text.index("# The commentator's synthesis") < text.index('\nkind = "commentary"')
    assert text.index('\nkind = "commentary"') < text.index('title = "Sesión Dos"\n')
    assert [s.kind for s in load_session(session_two).session.segments] == kinds


def test_SessionEditor_saves_twice_after_reordering_without_mixing_tables(make_editor, session_two):
    """After a save the segments' origins follow the new file, so a second save is right."""
    editor = make_editor(session_two)
    editor.move_segment(1, 3)
    assert editor.save()
    editor.move_segment(0, 8)
    assert editor.save()
    editor.session.segments[0].speaker = "Otra ponente"
    assert editor.save()
    reloaded = load_session(session_two).session.segments
    assert reloaded == editor.session.segments
    assert reloaded[0].speaker == "Otra ponente"


def test_SessionEditor_removes_a_segment(make_editor, qtbot, session_two):
    """Remove the second Q&A; the saved file has eight segments."""
    editor = make_editor(session_two)
    editor.select_segment(4)
    qtbot.mouseClick(editor.remove_button, Qt.LeftButton)
    assert editor.segments_view.topLevelItemCount() == 8
    assert editor.save()
    kinds = [s.kind for s in load_session(session_two).session.segments]
    assert kinds == ["card", "talk", "qa", "talk", "talk", "qa", "commentary", "card"]


def test_SessionEditor_shows_preflight_status_of_each_talk(make_editor, qtbot, session_two):
    """Ready decks say "ready"; a 5-slide deck says "problems" with the finding as tooltip."""
    editor = make_editor(session_two)
    qtbot.waitUntil(lambda: deck_column(editor, 1) == "ready", timeout=20000)
    short = write_numbered_pdf(session_two.parent / "short.pdf", slides=5)
    editor.set_deck(3, short)
    qtbot.waitUntil(lambda: deck_column(editor, 3) == "problems", timeout=20000)
    tooltip = editor.segments_view.topLevelItem(3).toolTip(3)
    assert "5 slides" in tooltip and "20" in tooltip
    editor.select_segment(3)
    assert "5 slides" in editor.form.status.text()


def test_SessionEditor_preflight_runs_in_the_background(make_editor, qtbot, session_two):
    """Opening a session returns at once: the decks are still "checking…" afterwards."""
    editor = make_editor(session_two)
    assert deck_column(editor, 5) in ("checking…", "ready")
    assert editor.checker.is_busy() or deck_column(editor, 5) == "ready"
    qtbot.waitUntil(lambda: not editor.checker.is_busy(), timeout=30000)
    assert {deck_column(editor, row) for row in (1, 3, 5)} == {"ready"}


def test_SessionEditor_unloadable_deck_shows_error(make_editor, qtbot, tmp_path):
    """A file that is not a PDF: status "error", its reason in the tooltip."""
    fake = tmp_path / "fake.pdf"
    fake.write_text("<html></html>", encoding="utf-8")
    editor = make_editor()
    editor.add_segment("talk")
    editor.form.set_deck(fake)
    qtbot.waitUntil(lambda: deck_column(editor, 0) == "error", timeout=10000)
    assert "web page" in editor.segments_view.topLevelItem(0).toolTip(3)


def test_SessionEditor_takes_decks_dropped_on_talks_or_on_empty_space(make_editor, qtbot, tmp_path):
    """A PDF dropped on a talk becomes its deck; a folder dropped below adds a talk."""
    pdf = write_numbered_pdf(tmp_path / "talk.pdf")
    folder = tmp_path / "images"
    folder.mkdir()
    editor = make_editor()
    editor.add_segment("talk")
    editor.add_segment("qa")
    view = editor.segments_view
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    drop(view, mime, row=0)
    assert editor.session.segments[0].deck == pdf
    folder_mime = QMimeData()
    folder_mime.setUrls([QUrl.fromLocalFile(str(folder))])
    drop(view, folder_mime, row=None)
    assert [s.kind for s in editor.session.segments] == ["talk", "qa", "talk"]
    assert editor.session.segments[2].deck == folder


def test_SegmentForm_deck_field_takes_a_dropped_folder(make_editor, tmp_path):
    """Dropping an image folder on the talk form's deck field assigns it."""
    folder = tmp_path / "slides"
    folder.mkdir()
    editor = make_editor()
    editor.add_segment("talk")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    field, point = editor.form.deck, QPoint(10, 10)
    actions, buttons, keys = Qt.CopyAction, Qt.LeftButton, Qt.NoModifier
    QApplication.sendEvent(field, QDragEnterEvent(point, actions, mime, buttons, keys))
    QApplication.sendEvent(field, QDropEvent(QPointF(point), actions, mime, buttons, keys))
    assert editor.session.segments[0].deck == folder
    assert field.text() == str(folder) and editor.is_modified()


def test_SessionEditor_save_failure_says_why_and_keeps_the_old_file(
    make_editor, monkeypatch, session_two
):
    """A folder that refuses new files: one sentence, the file on disk unchanged."""
    before = session_two.read_bytes()
    editor = make_editor(session_two)
    editor.remove_segment(0)
    messages: list[str] = []
    monkeypatch.setattr(editor, "show_error", messages.append)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(session_two.parent))

    monkeypatch.setattr(pechakucha.core.atomic.tempfile, "mkstemp", refuse)
    assert not editor.save()
    (message,) = messages
    assert "session-two.toml" in message and "Permission denied" in message
    assert message.count(".") <= 2 and "\n" not in message
    assert session_two.read_bytes() == before
    assert editor.is_modified()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
def test_SessionEditor_save_into_a_read_only_folder_fails(make_editor, session_two):
    """The real thing, where permissions apply: chmod 555 on the folder."""
    before = session_two.read_bytes()
    editor = make_editor(session_two)
    editor.remove_segment(0)
    messages: list[str] = []
    editor.show_error = messages.append
    os.chmod(session_two.parent, 0o555)
    try:
        assert not editor.save()
    finally:
        os.chmod(session_two.parent, 0o755)
    assert len(messages) == 1 and session_two.read_bytes() == before


def test_SessionEditor_invalid_duration_is_marked_and_blocks_saving(
    make_editor, qtbot, session_two
):
    """ "5 min" is not a duration: red field, the old value kept, saving refused."""
    editor = make_editor(session_two)
    editor.select_segment(7)
    type_into(qtbot, editor.form.duration, "5 min")
    assert not editor.form.duration.is_valid()
    assert editor.session.segments[7].duration == 300
    messages: list[str] = []
    editor.show_error = messages.append
    assert not editor.save() and "red" in messages[0]


def test_SessionEditor_title_shows_unsaved_changes(make_editor, qtbot, session_two):
    """The title names the file with Qt's modified marker; editing sets it, saving clears it."""
    editor = make_editor(session_two)
    assert editor.windowTitle().startswith("session-two.toml[*]")
    assert not editor.isWindowModified()
    type_into(qtbot, editor.fields.title, "Otra")
    assert editor.isWindowModified()
    assert editor.save()
    assert not editor.isWindowModified()


@pytest.mark.parametrize(
    ("answer", "closed", "saved"),
    [
        ("cancel", False, False),
        ("discard", True, False),
        ("save", True, True),
    ],
)
def test_SessionEditor_close_with_unsaved_changes_asks_first(
    make_editor, session_two, answer, closed, saved
):
    """Cancel keeps the window; discard closes without saving; save saves, then closes."""
    editor = make_editor(session_two)
    editor.remove_segment(0)
    asked: list[bool] = []
    editor.ask_to_save = lambda: asked.append(True) or answer
    editor.close()
    assert asked == [True]
    assert editor.isVisible() is not closed
    assert (len(load_session(session_two).session.segments) == 8) is saved


def test_SessionEditor_save_as_elsewhere_keeps_comments_and_fixes_deck_paths(
    make_editor, session_two, tmp_path
):
    """Saved into another folder: comments come along, decks are found from there."""
    editor = make_editor(session_two)
    target = tmp_path / "elsewhere" / "copy.toml"
    target.parent.mkdir()
    assert editor.save_as(target)
    text = target.read_text(encoding="utf-8")
    assert "# Welcome: the moderator opens the session." in text
    assert 'deck = "../session/barcelona.pdf"' in text
    assert load_session(target).session.segments == editor.session.segments
    assert editor.windowTitle().startswith("copy.toml")


def test_SessionEditor_new_path_starts_an_empty_session_saved_there(make_editor, tmp_path):
    """`pechakucha edit new.toml` for a file that does not exist yet."""
    pdf = write_numbered_pdf(tmp_path / "a.pdf")
    editor = make_editor(tmp_path / "new.toml")
    assert editor.session.segments == [] and editor.windowTitle().startswith("new.toml")
    editor.set_deck(-1, pdf)  # a deck dropped on the empty list adds a talk
    assert editor.save()
    assert load_session(tmp_path / "new.toml").session.segments[0].deck == pdf


def test_run_editor_reports_a_broken_file_and_exits_2_without_a_dialog_headless(
    qapp, tmp_path, capsys
):
    """A session file with an error: one sentence on stderr, exit 2; headless, no dialog that
    nobody could answer."""
    broken = tmp_path / "broken.toml"
    broken.write_text("[session]\nbudget = 'x'\n", encoding="utf-8")
    assert run_editor([str(broken), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "broken.toml" in err and "budget" in err and len(err.strip().splitlines()) == 1
    assert not [w for w in qapp.topLevelWidgets() if w.isVisible()]


def test_SessionEditor_keeps_origin_so_comments_stay_with_their_segment(make_editor, session_two):
    """Editing a field keeps the segment's table, and so its comment, in the file."""
    editor = make_editor(session_two)
    editor.select_segment(7)
    assert editor.session.segments[7].origin == 7
    editor.form.speaker.setText("Nueva comentarista")
    editor.form.speaker.textEdited.emit("Nueva comentarista")
    assert editor.save()
    text = session_two.read_text(encoding="utf-8")
    comment = text.index("# The commentator's synthesis")
    assert comment < text.index('speaker = "Nueva comentarista"')
    assert 'duration = "5:00"' in text


def test_run_editor_opens_the_window_and_returns_when_it_closes(session_two):
    """`pechakucha edit SESSION.toml` in its own process (an event loop run here would leave
    the shared QApplication quitting): the editor shows the file; closing it ends the app."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from pechakucha.cli.main import run_editor\n"
        "from pechakucha.qt.editor.window import SessionEditor\n"
        "app = QApplication(sys.argv[:1])\n"
        "def close():\n"
        "    for widget in app.topLevelWidgets():\n"
        "        if isinstance(widget, SessionEditor) and widget.isVisible():\n"
        "            print(widget.windowTitle()); widget.close()\n"
        "QTimer.singleShot(500, close)\n"
        f"sys.exit(run_editor([{str(session_two)!r}]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "session-two.toml[*] — Pecha Kucha session editor"


def test_DeckChecker_a_report_that_is_ready_at_once_still_arrives_later(qtbot, tmp_path):
    """A check finished before its callback is attached must not land inside status()."""
    from concurrent.futures import Future

    from pechakucha.core.formats import PECHAKUCHA
    from pechakucha.core.preflight import failed_report
    from pechakucha.qt.pixels.checking import CHECKING, DeckChecker

    class DoneAtOnce:
        def submit(self, fn, *args):
            future = Future()
            future.set_result(failed_report(args[0].path, "broken"))
            return future

    checker = DeckChecker(DoneAtOnce())
    deck = tmp_path / "deck.pdf"
    assert checker.status(deck, PECHAKUCHA).state == CHECKING
    with qtbot.waitSignal(checker.checked, timeout=2000):
        pass
    assert checker.status(deck, PECHAKUCHA).state == "error"
