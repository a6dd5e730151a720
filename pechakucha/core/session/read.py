"""Reading session files (TOML, edited by people): data from `tomllib`, line numbers from the text.

Every problem becomes a `SessionError` (schema.py) whose message is one sentence naming the file,
the line (when known) and the key. Plan problems that do not stop a session are warnings.
Saving is write.py's job alone; this module never imports it.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pechakucha.core.durations import parse_duration
from pechakucha.core.formats import PECHAKUCHA, TalkFormat, make_format
from pechakucha.core.i18n import LANGUAGES, language_code
from pechakucha.core.session.budget import plan_warnings
from pechakucha.core.session.messages import type_name
from pechakucha.core.session.model import DEFAULT_ALERT_AT, DEFAULT_WARN_AT, KINDS, Segment, Session
from pechakucha.core.session.paths import deck_path
from pechakucha.core.session.schema import (
    MAX_DURATION,
    MAX_SLIDES,
    SEGMENT_KEYS,
    SESSION_KEYS,
    SessionError,
    Where,
)
from pechakucha.core.session.text import TextLocator, syntax_error_place


@dataclass(frozen=True)
class LoadedSession:
    """A session read from a file, with warnings about its plan (each naming the file)."""

    session: Session
    warnings: list[str] = field(default_factory=list)


def load_session(path: str | Path, *, require_decks: bool = True) -> LoadedSession:
    """Read and check the session file at `path`; raise SessionError if it cannot be used.

    `require_decks=False` (check, plan, the editor) reads a talk with no `deck` yet (deck None)
    or whose deck is not there (its path kept): see plan.deck_state."""
    path = Path(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a FIFO or a device would block the read
            raise SessionError("not_a_file", str(path))
        data = path.read_bytes()
    except OSError as error:
        raise SessionError("unreadable", str(path), reason=error.strerror or error) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise SessionError("not_utf8", str(path)) from None
    return parse_session(text, path, require_decks=require_decks)


def parse_session(text: str, path: str | Path, *, require_decks: bool = True) -> LoadedSession:
    """Check TOML `text` as if read from `path` (names the file, resolves the decks)."""
    path = Path(path)
    text = text.removeprefix("\ufeff")
    reader = _Reader(str(path), TextLocator(text), Path(os.path.abspath(path)).parent)
    reader.require_decks = require_decks
    try:
        data = tomllib.loads(text)
    except (ValueError, RecursionError) as error:
        line, reason = syntax_error_place(error, text)
        raise SessionError("syntax", str(path), line=line, reason=reason) from None
    session = reader.session(data)
    session.path = path
    return LoadedSession(session, plan_warnings(session, str(path)))


class _Reader:
    """Turns parsed TOML into a Session, raising SessionErrors that point at the right line."""

    def __init__(self, file: str, locator: TextLocator, base: Path) -> None:
        self.file, self.locator, self.base = file, locator, base
        self.require_decks = True

    def error(self, code: str, where: Where, key: str | None = None, **params: Any) -> SessionError:
        """A SessionError about `key` in `where` (the [session] table or a segment)."""
        line = self.locator.line_of(where.number, key)
        return SessionError(code, self.file, line=line, key=key, where=where, **params)

    def session(self, data: dict[str, Any]) -> Session:
        """The whole file: [session] then the [[segment]]s."""
        for key in data:
            if key not in ("session", "segment"):
                line = self.locator.top_level_line(key)
                raise SessionError("top_level_key", self.file, line=line, key=key)
        head = data.get("session")
        if head is None:
            raise SessionError("no_session", self.file)
        if not isinstance(head, dict):
            raise SessionError(
                "not_table", self.file, line=self.locator.top_level_line("session"), key="session"
            )
        session = self.session_table(head)
        session.segments = self.segments(data.get("segment"), session.format)
        return session

    def session_table(self, table: dict[str, Any]) -> Session:
        """The [session] table."""
        where = Where()
        self.check_keys(table, SESSION_KEYS, where)
        if "budget" not in table:
            raise self.error("missing_key", where, "budget")
        return Session(
            title=self.text(table, "title", where),
            budget=self.duration(table, "budget", where, positive=True),
            format=self.talk_format(table, where) or PECHAKUCHA,
            planned_start=self.time_of_day(table, "planned_start", where),
            changeover=self.duration(table, "changeover", where),
            audience=self.languages(table, "audience", where),
        )

    def segments(self, raw: Any, session_format: TalkFormat) -> list[Segment]:
        """The [[segment]] tables, in order."""
        if raw is None or raw == []:
            raise SessionError("no_segments", self.file)
        if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
            line = self.locator.top_level_line("segment")
            raise SessionError("segments_not_tables", self.file, line=line, key="segment")
        return [self.segment(number, table) for number, table in enumerate(raw, start=1)]

    def segment(self, number: int, table: dict[str, Any]) -> Segment:
        """One [[segment]] table (`number` counts from 1, as people do)."""
        where = Where(number)
        if "kind" not in table:
            raise self.error("missing_key", where, "kind")
        kind = table["kind"]
        if not isinstance(kind, str):
            raise self.error("wrong_type", where, "kind", expected="text", actual=type_name(kind))
        if kind not in KINDS:
            raise self.error("unknown_kind", where, "kind", value=_show(kind))
        where = Where(number, kind)
        self.check_keys(table, SEGMENT_KEYS[kind], where)
        segment = Segment(kind=kind, origin=number - 1)  # type: ignore[arg-type]
        for name in ("title", "speaker", "organisation", "text"):
            setattr(segment, name, self.text(table, name, where))
        if "changeover" in table:
            segment.changeover = self.duration(table, "changeover", where)
        if kind == "talk":
            self.talk_fields(segment, table, where)
        else:
            self.timer_fields(segment, table, where)
        return segment

    def talk_fields(self, segment: Segment, table: dict[str, Any], where: Where) -> None:
        """A talk's deck (must exist, unless decks are not required) and optional format."""
        segment.format = self.talk_format(table, where)
        deck = self.text(table, "deck", where)
        if not deck and self.require_decks:
            raise self.error("no_deck", where, "deck")
        if not deck:
            return
        segment.deck = Path(deck_path(self.base, deck))  # C:\…, UNC, decks\famsi too
        if self.require_decks and not _exists(segment.deck):
            raise self.error("missing_deck", where, "deck", value=_show(deck))

    def timer_fields(self, segment: Segment, table: dict[str, Any], where: Where) -> None:
        """Duration (or "auto" for a Q&A), minimum, countdown display and thresholds."""
        raw = table.get("duration", "auto" if segment.kind == "qa" else None)
        if raw == "auto":
            if segment.kind != "qa":
                raise self.error("auto_not_qa", where, "duration")
            segment.auto = True
        elif raw is None and segment.kind == "commentary":
            raise self.error("missing_key", where, "duration")
        elif raw is not None:
            segment.duration = self.duration(table, "duration", where, positive=True)
        segment.minimum = self.duration(table, "minimum", where, default=0.0)
        segment.warn_at = self.duration(table, "warn_at", where, default=DEFAULT_WARN_AT)
        segment.alert_at = self.duration(table, "alert_at", where, default=DEFAULT_ALERT_AT)
        segment.show_countdown = self.flag(table, "show_countdown", where, default=True)

    # -- fields -------------------------------------------------------------------------------
    def check_keys(self, table: dict[str, Any], allowed: frozenset[str], where: Where) -> None:
        """Raise on the first key that is not allowed here."""
        for key in table:
            if key not in allowed:
                raise self.error("unknown_key", where, key)

    def text(self, table: dict[str, Any], key: str, where: Where) -> str:
        """A text value ("" when absent)."""
        value = table.get(key, "")
        if not isinstance(value, str):
            raise self.error("wrong_type", where, key, expected="text", actual=type_name(value))
        return value

    def flag(self, table: dict[str, Any], key: str, where: Where, *, default: bool) -> bool:
        """A true/false value."""
        value = table.get(key, default)
        if not isinstance(value, bool):
            expected = "true or false"
            raise self.error("wrong_type", where, key, expected=expected, actual=type_name(value))
        return value

    def duration(
        self,
        table: dict[str, Any],
        key: str,
        where: Where,
        *,
        positive: bool = False,
        default: float = 0.0,
    ) -> float:
        """A duration in seconds: "m:ss", "h:mm:ss" or a number; > 0 if `positive`, else ≥ 0."""
        if key not in table:
            return default
        value = table[key]
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            expected = 'a duration in quotes like "5:00", or seconds'
            raise self.error("wrong_type", where, key, expected=expected, actual=type_name(value))
        try:
            seconds = parse_duration(value)
        except ValueError:
            raise self.error("bad_duration", where, key, value=_show(repr(value))) from None
        if positive and seconds <= 0:
            raise self.error("not_positive", where, key, value=_show(value))
        if seconds < 0:
            raise self.error("negative", where, key, value=_show(value))
        if seconds > MAX_DURATION:
            raise self.error("too_long", where, key, value=_show(value))
        return seconds

    def talk_format(self, table: dict[str, Any], where: Where) -> TalkFormat | None:
        """`format` (a name) with optional `slides` / `seconds_per_slide`; None if none given."""
        if not {"format", "slides", "seconds_per_slide"} & table.keys():
            return None
        name = self.text(table, "format", where) or PECHAKUCHA.name
        slides = table.get("slides")
        if slides is not None and (not isinstance(slides, int) or isinstance(slides, bool)):
            expected, actual = "a whole number", type_name(slides)
            raise self.error("wrong_type", where, "slides", expected=expected, actual=actual)
        if slides is not None and not 1 <= slides <= MAX_SLIDES:
            low, high, value = 1, MAX_SLIDES, _show(slides)
            raise self.error("out_of_range", where, "slides", low=low, high=high, value=value)
        seconds = None
        if "seconds_per_slide" in table:
            seconds = self.duration(table, "seconds_per_slide", where, positive=True)
        try:
            return make_format(name, slides, seconds)
        except ValueError as error:
            raise self.error("bad_format", where, "format", reason=error) from None

    def languages(self, table: dict[str, Any], key: str, where: Where) -> tuple[str, ...]:
        """A list of languages the app has, like ["es", "fr"] ("pt-BR" is read as "pt_BR")."""
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            expected, actual = 'a list of languages like ["es", "fr"]', type_name(value)
            raise self.error("wrong_type", where, key, expected=expected, actual=actual)
        codes = []
        for item in value:
            code = language_code(item)
            if code is None:
                known = ", ".join(LANGUAGES)
                raise self.error("unknown_language", where, key, value=_show(item), known=known)
            codes.append(code)
        return tuple(dict.fromkeys(codes))

    def time_of_day(self, table: dict[str, Any], key: str, where: Where) -> dt.time | None:
        """A planned time of day: "18:30", "18:30:00" or a TOML local time (18:30:00)."""
        value = table.get(key)
        if value is None or (isinstance(value, dt.time) and value.tzinfo is None):
            return value
        if not isinstance(value, str):
            expected = 'a time in quotes like "18:30"'
            raise self.error("wrong_type", where, key, expected=expected, actual=type_name(value))
        try:
            parsed = dt.time.fromisoformat(value.strip())
        except ValueError as error:
            raise self.error("bad_time", where, key, reason=error) from None
        if parsed.tzinfo is not None:
            raise self.error("bad_time", where, key, reason="no time zone, please")
        return parsed


def _exists(path: Path) -> bool:
    """True if `path` exists; False for paths the system cannot even look up."""
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


def _show(value: object, limit: int = 60) -> str:
    """A value for a message, cut short if long; control characters (a NUL) escaped."""
    text = str(value)
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return "".join(repr(c)[1:-1] if unicodedata.category(c) == "Cc" else c for c in text)
