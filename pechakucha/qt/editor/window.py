"""The session editor: build or change a session file without touching TOML.

`pechakucha edit [SESSION.toml]` (see `launch.run_editor`). The window edits a `Session` in memory:
session fields on top, the running order on the left (drag to reorder, drop decks on talks),
the selected segment's form on the right, the plan against the budget below. Each talk shows its
deck's preflight status, computed on the render worker so the window never freezes.

Saving goes through the core's saver: atomic (the old file stays intact if it fails) and
keeping the file's comments; deck paths are written relative to the session file.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QPushButton, QWidget

from pechakucha.core.geometry import DEFAULT_PROJECTOR
from pechakucha.core.session.budget import planned_durations
from pechakucha.core.session.model import Segment, Session
from pechakucha.core.session.read import SessionError, load_session
from pechakucha.qt.app.error_views import warn
from pechakucha.qt.app.folders import name_filter
from pechakucha.qt.app.screens import keep_geometry
from pechakucha.qt.app.settings import RecentMenu, remember_session
from pechakucha.qt.app.theme import apply_dark_style, style_sheet
from pechakucha.qt.editor.parts import (
    SessionFields,
    editor_body,
    missing_status,
    new_segment,
    plan_messages,
    planned_text,
    row_label,
    save_failure,
    save_problem,
    slug,
    write_session,
)
from pechakucha.qt.editor.plan_view import plan_summary, print_running_order
from pechakucha.qt.editor.segment_form import DurationEdit, SegmentForm, kind_name
from pechakucha.qt.editor.segment_list import Row, SegmentList
from pechakucha.qt.pixels.checking import DeckChecker
from pechakucha.qt.pixels.render import SlideRenderer

DEFAULT_BUDGET = 90 * 60.0


class SessionEditor(QMainWindow):
    """Create and edit a session file: segments, decks, durations, budget; save and save as."""

    def __init__(
        self,
        path: str | Path | None = None,
        renderer: SlideRenderer | None = None,
        projector: tuple[int, int] = DEFAULT_PROJECTOR,
        parent: QWidget | None = None,
    ) -> None:
        """Open `path` (SessionError if it cannot be read); a path that does not exist yet
        starts a new session that will be saved there; None starts an untitled session."""
        super().__init__(parent)
        self.setObjectName("editorWindow")  # styled through its content (see _build)
        self._owns_renderer = renderer is None
        self.renderer = renderer or SlideRenderer(self)
        self.checker = DeckChecker(self.renderer, projector, self)
        self.session = Session(budget=DEFAULT_BUDGET)
        self.path: Path | None = None
        self._build()
        self._connect()
        self.resize(1180, 720)
        keep_geometry(self, "editor")
        if path is not None and Path(path).exists():
            self._load(Path(path))
        else:
            self._start(Path(path) if path is not None else None)

    # -- editing ----------------------------------------------------------------------------
    def add_segment(self, kind: str) -> Segment:
        """Insert a new segment of `kind` after the selected one (or at the end); select it."""
        segment = new_segment(kind)
        row = self.segments_view.current_row()
        position = len(self.session.segments) if row < 0 else row + 1
        self.session.segments.insert(position, segment)
        self._changed(select=position)
        return segment

    def remove_segment(self, row: int | None = None) -> None:
        """Remove the segment at `row` (default: the selected one)."""
        row = self.segments_view.current_row() if row is None else row
        if not 0 <= row < len(self.session.segments):
            return
        del self.session.segments[row]
        self._changed(select=min(row, len(self.session.segments) - 1))

    def move_segment(self, source: int, target: int) -> None:
        """Move the segment at `source` so that it ends up at `target`."""
        count = len(self.session.segments)
        if not (0 <= source < count and 0 <= target < count) or source == target:
            return
        segment = self.session.segments.pop(source)
        self.session.segments.insert(target, segment)
        self._changed(select=target)

    def set_deck(self, row: int, path: str | Path) -> None:
        """Give the talk at `row` the deck at `path`; elsewhere, add a new talk with it."""
        segments = self.session.segments
        if not (0 <= row < len(segments) and segments[row].kind == "talk"):
            self.segments_view.select_row(row)
            self.add_segment("talk")
            row = self.segments_view.current_row()
        segments[row].deck = Path(os.path.abspath(path))
        self._changed(select=row)

    def select_segment(self, row: int) -> None:
        """Select the segment at `row` and show its form."""
        self.segments_view.select_row(row)
        self._show_form()

    def is_modified(self) -> bool:
        """True when there are changes not saved yet."""
        return self.isWindowModified()

    # -- files ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save to the session's file (asking for a name the first time); True if saved."""
        if self.path is None:
            return self.save_as()
        return self._save_to(self.path)

    def save_as(self, path: str | Path | None = None) -> bool:
        """Save under a new name (a dialog asks when `path` is None); True if saved."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the session as"),
                str(self.suggested_path()),
                name_filter(self.tr("Session files"), [".toml"]),
            )
            if not name:
                return False
            path = name if name.lower().endswith(".toml") else name + ".toml"
        return self._save_to(Path(path))

    def print_running_order(self, path: str | Path | None = None, paper: str = "a4") -> bool:
        """Write the running order on one page as a PDF (a dialog asks when `path` is None);
        True if written."""
        return print_running_order(self, path, paper)

    def open_session(self, path: str | Path | None = None) -> bool:
        """Open another session file (a dialog asks when `path` is None); True if opened."""
        if not self._may_discard():
            return False
        if path is None:
            folder = str(self.path.parent) if self.path else ""
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Open a session"),
                folder,
                name_filter(self.tr("Session files"), [".toml"]),
            )
            if not path:
                return False
        try:
            self._load(Path(path))
        except SessionError as error:
            self.show_error(str(error))
            return False
        return True

    def new_session(self) -> bool:
        """Start an empty, untitled session; True unless the user kept the current one."""
        if not self._may_discard():
            return False
        self._start(None)
        return True

    # -- dialogs (tests replace these) ------------------------------------------------------
    def show_error(self, text: str) -> QMessageBox:
        """Tell the user what went wrong, in one sentence (a box that blocks no code)."""
        return warn(self, self.tr("Session editor"), text)

    def ask_to_save(self) -> str:
        """Ask what to do with unsaved changes: "save", "discard" or "cancel"."""
        buttons = QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to {name}?").format(name=self._display_name()),
            buttons,
            QMessageBox.Save,
        )
        return {QMessageBox.Save: "save", QMessageBox.Discard: "discard"}.get(answer, "cancel")

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_discard():
            event.ignore()
            return
        event.accept()
        if self._owns_renderer:
            self.renderer.close()
            self._owns_renderer = False

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.fields = SessionFields()
        self.segments_view = SegmentList()
        self.form = SegmentForm()
        self.plan_label = QLabel()
        self.plan_label.setObjectName("plan")
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("warnings")
        self.warnings_label.setWordWrap(True)
        self.add_buttons = {
            kind: QPushButton("+ " + kind_name(kind).replace("&", "&&")) for kind in _KINDS
        }
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button, self.down_button = QPushButton(self.tr("Up")), QPushButton(self.tr("Down"))
        self._build_actions()
        buttons = [*self.add_buttons.values(), self.remove_button, None]
        buttons += [self.up_button, self.down_button]
        self.setCentralWidget(
            editor_body(self.fields, self.segments_view, buttons, self.form, self.plan_label)
        )
        self.centralWidget().layout().addWidget(self.warnings_label)
        # The dark style on the content and the toolbar, not on the window: dialogs opened
        # on the window (unsaved changes, open, save as) keep the system's own readable look.
        apply_dark_style(self.centralWidget(), "editor")
        self.toolbar.setStyleSheet(style_sheet("editor"))

    def _build_actions(self) -> None:
        toolbar = self.toolbar = self.addToolBar(self.tr("File"))
        toolbar.setMovable(False)
        for text, key, slot in (
            (self.tr("New"), QKeySequence.New, self.new_session),
            (self.tr("Open…"), QKeySequence.Open, self.open_session),
            (self.tr("Save"), QKeySequence.Save, self.save),
            (self.tr("Save as…"), QKeySequence.SaveAs, self.save_as),
            (self.tr("Print the running order…"), QKeySequence.Print, self.print_running_order),
        ):
            action = QAction(text, self)
            action.setShortcut(key)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            toolbar.addAction(action)
            if slot == self.open_session:  # its drop-down: the last sessions opened
                action.setMenu(RecentMenu(self, self.open_session))
        remove = QAction(self, shortcut=QKeySequence.Delete)
        remove.setShortcutContext(Qt.WidgetShortcut)  # in the list only, not in text fields
        remove.triggered.connect(lambda: self.remove_segment())
        self.segments_view.addAction(remove)

    def _connect(self) -> None:
        for kind, button in self.add_buttons.items():
            button.clicked.connect(lambda _checked=False, kind=kind: self.add_segment(kind))
        self.remove_button.clicked.connect(lambda: self.remove_segment())
        self.up_button.clicked.connect(lambda: self._shift(-1))
        self.down_button.clicked.connect(lambda: self._shift(+1))
        self.segments_view.currentItemChanged.connect(lambda *_: self._show_form())
        self.segments_view.move_requested.connect(self.move_segment)
        self.segments_view.deck_dropped.connect(self.set_deck)
        self.form.changed.connect(lambda: self._changed())
        self.fields.changed.connect(lambda: self._changed())
        self.checker.checked.connect(lambda _path: self._refresh())

    # -- state ------------------------------------------------------------------------------
    def _start(self, path: Path | None) -> None:
        """An empty session, to be saved at `path` if given."""
        self.session = Session(budget=DEFAULT_BUDGET, path=path)
        self.path = path
        self._source: Path | None = None
        self._reset()

    def _load(self, path: Path) -> None:
        """Read `path` (SessionError if it cannot be used) and show it."""
        self.session = load_session(path, require_decks=False).session
        self.path = self._source = path
        remember_session(path)
        self._reset()

    def _reset(self) -> None:
        self.form.set_segment(None)
        self.fields.set_session(self.session)
        self._refresh()
        self.select_segment(0)
        self.setWindowModified(False)
        self._update_title()

    def _changed(self, select: int | None = None) -> None:
        """The session changed: show it, mark it unsaved."""
        self._refresh()
        if select is not None:
            self.select_segment(select)
        self.setWindowModified(True)

    def _refresh(self) -> None:
        """Rows, plan, warnings and the form's deck status, from the session."""
        session = self.session
        planned = planned_durations(session) if session.segments else []
        rows = [self._row(index, planned[index]) for index in range(len(session.segments))]
        self.segments_view.show_rows(rows)
        self._show_plan(planned)
        segment = self.form.segment
        if segment is not None and segment.kind == "talk":
            self.form.set_deck_status(*self._deck_status(segment))

    def _row(self, index: int, planned: float) -> Row:
        segment = self.session.segments[index]
        label, text = row_label(self.session, index), planned_text(segment, planned)
        if segment.kind != "talk":
            return Row(label, text)
        state, status, detail = self._deck_status(segment)
        return Row(label, text, status, state, detail)

    def _deck_status(self, segment: Segment) -> tuple[str, str, str]:
        """What to show for a talk's deck: missing (the file is gone) or the checker's view."""
        missing = missing_status(segment)
        if missing is not None:
            return missing
        status = self.checker.status(segment.deck, self.session.talk_format(segment))
        return status.state, status.text, status.detail

    def _show_plan(self, planned: list[float]) -> None:
        text, over = plan_summary(self.session, planned)
        self.plan_label.setText(text)
        self.plan_label.setProperty("over", over)
        self.plan_label.style().polish(self.plan_label)
        warnings = plan_messages(self.session, self._display_name()) if planned else []
        self.warnings_label.setText("\n".join(warnings))
        self.warnings_label.setVisible(bool(warnings))

    def _show_form(self) -> None:
        row = self.segments_view.current_row()
        segments = self.session.segments
        segment = segments[row] if 0 <= row < len(segments) else None
        self.form.set_segment(segment, self.path.parent if self.path else None)
        self.remove_button.setEnabled(segment is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(segments) - 1)
        self._refresh()

    def _shift(self, step: int) -> None:
        row = self.segments_view.current_row()
        self.move_segment(row, row + step)

    def _update_title(self) -> None:
        self.setWindowTitle(
            self.tr("{name}[*] — Pecha Kucha session editor").format(name=self._display_name())
        )

    def _display_name(self) -> str:
        return self.path.name if self.path else self.tr("New session")

    def suggested_path(self) -> Path:
        """Where a save dialog starts: the session's file, else a name from its title."""
        if self.path is not None:
            return self.path
        return Path.cwd() / f"{slug(self.session.title) or 'session'}.toml"

    def _may_discard(self) -> bool:
        """True if there is nothing unsaved, or the user saved or chose to discard it."""
        if not self.is_modified():
            return True
        answer = self.ask_to_save()
        return answer == "discard" or (answer == "save" and self.save())

    # -- saving -----------------------------------------------------------------------------
    def _save_to(self, path: Path) -> bool:
        problem = self._unsaveable()
        if problem is not None:
            self.show_error(problem)
            return False
        try:
            write_session(self.session, path, self._source)
        except Exception as error:  # whatever it is: say it, keep the edits and the `*`
            self.show_error(save_failure(path, error))
            return False
        for position, segment in enumerate(self.session.segments):
            segment.origin = position  # the file now holds the segments in this order
        self.path = self._source = self.session.path = path
        remember_session(path)
        self.form.set_segment(self.form.segment, path.parent)
        self.setWindowModified(False)
        self._update_title()
        return True

    def _unsaveable(self) -> str | None:
        """Why the session cannot be saved as it is (one sentence), or None."""
        fields = [*self.findChildren(DurationEdit), self.fields.start, self.fields.audience]
        if any(field.isVisible() and not field.is_valid() for field in fields):
            return self.tr("A field marked in red is not valid yet: correct it first.")
        return save_problem(self.session)


_KINDS = ("talk", "qa", "commentary", "card")
