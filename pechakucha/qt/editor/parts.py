"""Pieces of the session editor: the [session] fields, new segments, row labels, the look."""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pechakucha.core.atomic import FileInUse, write_text_atomic
from pechakucha.core.durations import format_duration
from pechakucha.core.formats import FORMATS, TalkFormat
from pechakucha.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, language_code
from pechakucha.core.session.messages import SESSION_WARNINGS
from pechakucha.core.session.model import Segment, Session
from pechakucha.core.session.plan import MISSING, deck_state, plan_problems
from pechakucha.core.session.schema import SessionError
from pechakucha.core.session.write import dump_session, save_session
from pechakucha.qt.app.errors import describe, log_exception
from pechakucha.qt.editor.segment_form import DurationEdit, format_label, kind_name

UNEXPECTED_SAVE_FAILURE = QT_TRANSLATE_NOOP(
    "SessionEditor",
    "Could not save {name} ({reason}); the file on disk is unchanged, your changes are still "
    "here and the details are in {log}.",
)
_TIME = re.compile(r"^(\d{1,2}):([0-5]\d)(?::([0-5]\d))?$")


def editor_body(
    fields: QWidget,
    segments: QWidget,
    buttons: list[QWidget | None],
    form: QWidget,
    plan: QWidget,
) -> QWidget:
    """The editor's central widget: session fields on top; the running order with its buttons
    (None: a stretch) beside the segment form; the plan below."""
    row = QHBoxLayout()
    for button in buttons:
        if button is None:
            row.addStretch(1)
        else:
            row.addWidget(button)
    left = QWidget()
    column = QVBoxLayout(left)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(segments, 1)
    column.addLayout(row)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(form)
    splitter = QSplitter(Qt.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(scroll)
    splitter.setSizes([620, 560])
    body = QWidget()
    root = QVBoxLayout(body)
    root.addWidget(fields)
    root.addWidget(splitter, 1)
    root.addWidget(plan)
    return body


def new_segment(kind: str) -> Segment:
    """A fresh segment with sensible defaults: Q&A automatic (5:00 minimum), commentary 5:00."""
    if kind == "qa":
        return Segment("qa", auto=True, minimum=300.0)
    if kind == "commentary":
        return Segment("commentary", duration=300.0)
    return Segment(kind)  # type: ignore[arg-type]


def row_label(session: Session, index: int) -> str:
    """ "Talk · Diputación de Barcelona", "Q&A · Ponente …", "Card · Gracias"."""
    segment = session.segments[index]
    if segment.kind == "talk":
        name = segment.organisation or segment.speaker or segment.title
    elif segment.kind == "qa":
        name = segment.title or session.speaker_for(index)
    elif segment.kind == "commentary":
        name = segment.speaker or segment.title
    else:
        name = segment.title or (segment.text.splitlines() or [""])[0]
    kind = kind_name(segment.kind)
    return f"{kind} · {name}" if name else kind


def planned_text(segment: Segment, planned: float) -> str:
    """ "6:40", "auto 21:00" for an automatic Q&A, "—" for a card shown for no fixed time."""
    text = format_duration(max(planned, 0.0), hours=False)  # as the fields show it: "90:00"
    if segment.is_auto_qa:
        return QCoreApplication.translate("SessionEditor", "auto {time}").format(time=text)
    if segment.kind == "card" and not segment.duration:
        return "—"
    return text


def save_problem(session: Session) -> str | None:
    """Why `session` cannot be saved (one sentence), or None. A talk whose deck is pending or
    missing can: a week before the day some decks have not arrived."""
    if not session.segments:
        return QCoreApplication.translate(
            "SessionEditor", "Add at least one segment before saving."
        )
    return None


def missing_status(segment: Segment) -> tuple[str, str, str] | None:
    """The status (state, text, detail) of a talk whose deck file is not there, else None."""
    if segment.kind != "talk" or deck_state(segment) != MISSING:
        return None
    text = QCoreApplication.translate("SessionEditor", "missing")
    detail = QCoreApplication.translate(
        "SessionEditor", "{path} is not there: choose the deck again with PDF… or Image folder…"
    ).format(path=segment.deck)
    return "error", text, detail


def plan_messages(session: Session, file_label: str) -> list[str]:
    """The plan's problems in the interface language, each naming `file_label`."""
    return [
        QCoreApplication.translate("session", SESSION_WARNINGS[problem.code]).format(
            file=file_label, **problem.params
        )
        for problem in plan_problems(session)
    ]


def write_session(session: Session, path: Path, source: Path | None) -> None:
    """Save in place through save_session; to another file, carry the comments over."""
    if source is not None and same_file(source, path):
        save_session(session, path)
    else:
        write_copy(session, path, source)


def save_failure(path: Path, error: Exception) -> str:
    """The one sentence saying why `path` was not saved. An expected failure (the folder or the
    file refused) names its reason; anything else is unexpected: it is logged and the sentence
    says where the details are. Either way the edits stay in the window."""
    translate = QCoreApplication.translate
    in_use = error if isinstance(error, FileInUse) else error.__context__  # save_session wraps
    if isinstance(in_use, FileInUse):  # held open elsewhere (Windows): its own sentence says so
        return describe(in_use) + "."
    if isinstance(error, SessionError):
        reason = error.params.get("reason") or error
    elif isinstance(error, OSError):
        reason = error.strerror or error
    else:
        log = log_exception(error, f"saving {path}")
        if log is not None:
            return translate("SessionEditor", UNEXPECTED_SAVE_FAILURE).format(
                name=path.name, reason=describe(error), log=log
            )
        reason = describe(error)
    return translate(
        "SessionEditor", "Could not save {name} ({reason}); the file on disk is unchanged."
    ).format(name=path.name, reason=reason)


def write_copy(session: Session, path: Path, source: Path | None) -> None:
    """Save `session` to a new `path`, carrying over the comments of the `source` file it came
    from; the same two atomic steps as save_session (OSError if the write fails)."""
    source_text = None
    if source is not None:
        try:
            source_text = source.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            source_text = None
    if source_text is None:
        for segment in session.segments:
            segment.origin = None  # a fresh file: no old tables to reuse
    write_text_atomic(path, dump_session(session, path, source_text))
    session.path = path


def slug(text: str) -> str:
    """A file-name friendly form of a title: "Sesión Dos" → "sesion-dos"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60]


def same_file(a: Path, b: Path) -> bool:
    """True if `a` and `b` name the same file (resolving links; either may not exist yet)."""
    return os.path.realpath(a) == os.path.realpath(b)


def parse_time_of_day(text: str) -> dt.time | None:
    """ "18:30" or "18:30:15" as a time; ValueError otherwise; None for an empty text."""
    if not text.strip():
        return None
    match = _TIME.match(text.strip())
    if match is None:
        raise ValueError(text)
    return dt.time(int(match[1]), int(match[2]), int(match[3] or 0))


class StartEdit(QLineEdit):
    """An optional time of day ("18:30"); red while the text is not one."""

    def is_valid(self) -> bool:
        """False while the text is not a time of day."""
        return not self.property("invalid")

    def mark(self, valid: bool) -> None:
        """Show the text as valid or not."""
        self.setProperty("invalid", not valid)
        self.setToolTip(
            "" if valid else QCoreApplication.translate("SessionFields", "Write a time like 18:30.")
        )
        self.style().unpolish(self)
        self.style().polish(self)


def parse_languages(text: str) -> tuple[str, ...]:
    """ "es, en" as the languages the app has, in order; ValueError naming an unknown one."""
    codes = []
    for item in re.split(r"[,;\s]+", text.strip()):
        if not item:
            continue
        code = language_code(item)
        if code is None:
            raise ValueError(item)
        codes.append(code)
    return tuple(dict.fromkeys(codes))


class LanguagesEdit(StartEdit):
    """The audience's languages ("es, en"); red while one is not a language the app has."""

    def mark(self, valid: bool) -> None:
        """Show the text as valid or not."""
        super().mark(valid)
        known = ", ".join(LANGUAGES)
        tip = QCoreApplication.translate(
            "SessionFields", "Languages of the projector cards, first one largest; known: {known}."
        )
        self.setToolTip(tip.format(known=known))


class SessionFields(QWidget):
    """The [session] table: title, budget, default talk format, planned start, changeover
    between segments and the audience's languages."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self._loading = False
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Session title"))
        self.budget = DurationEdit()
        self.format = QComboBox()
        self._formats: list[TalkFormat] = list(FORMATS.values())
        self.format.addItems([format_label(fmt) for fmt in self._formats])
        self.start = StartEdit()
        self.start.setPlaceholderText(self.tr("hh:mm"))
        self.start.setMaximumWidth(90)
        self.changeover = DurationEdit(positive=False)
        self.changeover.setMaximumWidth(70)
        self.audience = LanguagesEdit()
        self.audience.setPlaceholderText(self.tr("as the interface"))
        self.audience.setMaximumWidth(130)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for label, field, stretch in (
            (self.tr("Session"), self.title, 1),
            (self.tr("Budget"), self.budget, 0),
            (self.tr("Format"), self.format, 0),
            (self.tr("Starts at"), self.start, 0),
            (self.tr("Changeover"), self.changeover, 0),
            (self.tr("Audience"), self.audience, 0),
        ):
            row.addWidget(QLabel(label))
            row.addWidget(field, stretch)
            row.addSpacing(8)
        self.title.textEdited.connect(self._on_title)
        self.budget.edited.connect(self._on_budget)
        self.format.currentIndexChanged.connect(self._on_format)
        self.start.textEdited.connect(self._on_start)
        self.changeover.edited.connect(self._on_changeover)
        self.audience.textEdited.connect(self._on_audience)

    def set_session(self, session: Session) -> None:
        """Show `session`'s fields (no `changed`)."""
        self.session = session
        self._loading = True
        try:
            self.title.setText(session.title)
            self.budget.set_seconds(session.budget)
            if session.format not in self._formats:  # a custom format from the file
                self._formats.append(session.format)
                self.format.addItem(format_label(session.format))
            self.format.setCurrentIndex(self._formats.index(session.format))
            start = session.planned_start
            self.start.setText("" if start is None else start.strftime("%H:%M"))
            self.start.mark(True)
            self.changeover.set_seconds(session.changeover)
            self.audience.setText(", ".join(session.audience))
            self.audience.mark(True)
        finally:
            self._loading = False

    def _on_title(self, text: str) -> None:
        if self.session is not None:
            self.session.title = text
            self.changed.emit()

    def _on_budget(self) -> None:
        if self.session is not None and self.budget.seconds():
            self.session.budget = self.budget.seconds()
            self.changed.emit()

    def _on_format(self, index: int) -> None:
        if self.session is not None and not self._loading:
            self.session.format = self._formats[index]
            self.changed.emit()

    def _on_start(self, text: str) -> None:
        try:
            start = parse_time_of_day(text)
        except ValueError:
            self.start.mark(False)
            return
        self.start.mark(True)
        if self.session is not None:
            self.session.planned_start = start
            self.changed.emit()

    def _on_changeover(self) -> None:
        seconds = self.changeover.seconds()
        if self.session is not None and seconds is not None:
            self.session.changeover = seconds
            self.changed.emit()

    def _on_audience(self, text: str) -> None:
        try:
            languages = parse_languages(text)
        except ValueError:
            self.audience.mark(False)
            return
        self.audience.mark(True)
        if self.session is not None:
            self.session.audience = languages
            self.changed.emit()
