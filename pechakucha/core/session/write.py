"""Writing session files: atomically, and keeping the user's comments and spelling.

Saving over an existing file edits its tomlkit document in place: a value that did not change
keeps its spelling ("90:00" stays "90:00", not "1:30:00") and its comment; a changed value keeps
its trailing comment; each segment keeps its table (found by `Segment.origin`), with its comments,
even when segments were reordered. A new file gets a fresh document with a short header.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import AoT, Comment, Table, Whitespace
from tomlkit.toml_document import TOMLDocument

from pechakucha.core.atomic import write_text_atomic
from pechakucha.core.durations import format_duration, parse_duration
from pechakucha.core.formats import FORMATS, PECHAKUCHA, TalkFormat, make_format
from pechakucha.core.session.model import DEFAULT_ALERT_AT, DEFAULT_WARN_AT, Segment, Session
from pechakucha.core.session.schema import SEGMENT_KEYS, SessionError

_HEADER = (
    'Pecha Kucha session. Durations are "m:ss" or "h:mm:ss" in quotes, or seconds.',
    "Deck paths are relative to this file. Segments run in the order they are written.",
)
_FORMAT_KEYS = ("format", "slides", "seconds_per_slide")
_DURATION_KEYS = ("duration", "minimum", "warn_at", "alert_at", "budget", "changeover")
_DEFAULTS: dict[str, Any] = {
    "title": "",
    "speaker": "",
    "organisation": "",
    "text": "",
    "minimum": 0.0,
    "show_countdown": True,
    "warn_at": DEFAULT_WARN_AT,
    "alert_at": DEFAULT_ALERT_AT,
    "duration": None,
    "planned_start": None,
    "changeover": 0.0,
    "audience": [],
}
_SEGMENT_DEFAULTS = {**_DEFAULTS, "changeover": None}  # a segment's own: absent means the session's


def save_session(session: Session, path: str | Path) -> None:
    """Write `session` to `path` atomically and set `session.path`; SessionError if it fails.

    On failure the old file is left exactly as it was.
    """
    path = Path(path)
    existing = None
    with contextlib.suppress(OSError, UnicodeDecodeError):
        existing = path.read_text(encoding="utf-8")
    text = dump_session(session, path, existing)
    try:
        write_text_atomic(path, text)
    except OSError as error:
        reason = error.strerror or str(error)
        raise SessionError("save_failed", str(path), reason=reason) from None
    session.path = path


def dump_session(session: Session, path: str | Path, existing: str | None = None) -> str:
    """The TOML text of `session` saved at `path`, editing `existing` text if it is given."""
    base = Path(os.path.abspath(path)).parent
    doc = _existing_document(existing)
    implicit = PECHAKUCHA if doc is not None else None
    doc = doc or _new_document()
    for key in [k for k in doc if k not in ("session", "segment")]:
        del doc[key]
    values = _session_values(session)
    start = {key: values.pop(key) for key in ("planned_start", "audience")}
    _apply(doc["session"], values, base)
    _apply_format(doc["session"], session.format, implicit)
    _apply(doc["session"], start, base)
    _update_segments(doc, session, base)
    return tomlkit.dumps(doc)


def _existing_document(text: str | None) -> TOMLDocument | None:
    """The tomlkit document of `text` if it has the expected shape, else None (start afresh)."""
    if text is None:
        return None
    try:
        doc = tomlkit.parse(text)
    except Exception:
        return None
    segments = doc.get("segment")
    if not isinstance(doc.get("session"), Table) or not isinstance(segments, AoT | None):
        return None
    return doc


def _new_document() -> TOMLDocument:
    """An empty document with a header comment and a [session] table."""
    doc = tomlkit.document()
    for line in _HEADER:
        doc.add(tomlkit.comment(line))
    doc.add(tomlkit.nl())
    doc["session"] = tomlkit.table()
    return doc


# -- values ---------------------------------------------------------------------------------------
def _duration_value(seconds: float) -> str | float:
    """How a duration is written: "m:ss" for whole seconds, else a number of seconds."""
    if float(seconds).is_integer():
        return format_duration(seconds, hours=False)
    return float(seconds)


def _session_values(session: Session) -> dict[str, Any]:
    """Key → value to write in [session] (format keys apart)."""
    start = session.planned_start
    return {
        "title": session.title,
        "budget": _duration_value(session.budget),
        "planned_start": None if start is None else _time_value(start),
        "changeover": _duration_value(session.changeover),
        "audience": list(session.audience),
    }


def _time_value(moment: dt.time) -> str:
    """A time of day as written in the file: "18:30", or "18:30:15" if it has seconds."""
    return moment.strftime("%H:%M:%S" if moment.second else "%H:%M")


def _segment_values(segment: Segment, base: Path) -> dict[str, Any]:
    """Key → value to write in a [[segment]] (format keys apart); defaults may be left out."""
    values: dict[str, Any] = {"kind": segment.kind}
    for name in ("title", "speaker", "organisation", "text"):
        values[name] = getattr(segment, name)
    if segment.kind == "talk":
        values["deck"] = None if segment.deck is None else _relative(segment.deck, base)
        return _only_allowed(_with_changeover(values, segment), segment.kind)
    values["duration"] = None
    if segment.is_auto_qa:
        values["duration"] = "auto"
    elif segment.duration is not None:
        values["duration"] = _duration_value(segment.duration)
    values["minimum"] = _duration_value(segment.minimum) if segment.minimum else 0.0
    values["show_countdown"] = segment.show_countdown
    values["warn_at"] = _duration_value(segment.warn_at)
    values["alert_at"] = _duration_value(segment.alert_at)
    return _only_allowed(_with_changeover(values, segment), segment.kind)


def _with_changeover(values: dict[str, Any], segment: Segment) -> dict[str, Any]:
    """`values` with the segment's own changeover last (None: it uses the session's)."""
    own = segment.changeover
    return {**values, "changeover": None if own is None else _duration_value(own)}


def _only_allowed(values: dict[str, Any], kind: str) -> dict[str, Any]:
    """`values` without keys this kind of segment may not have (e.g. `text` in a talk)."""
    return {k: v for k, v in values.items() if k in SEGMENT_KEYS[kind]}


def _relative(deck: Path, base: Path) -> str:
    """A deck path as written in the file: relative to it, with forward slashes."""
    try:
        return Path(os.path.relpath(deck, base)).as_posix()
    except ValueError:  # another drive on Windows
        return Path(deck).as_posix()


def _semantic(key: str, value: Any, base: Path, defaults: dict[str, Any]) -> Any:
    """What a written value means, so "5:00" and 300 compare equal and unchanged text is kept."""
    if value is None:
        return defaults.get(key)
    with contextlib.suppress(ValueError, TypeError, OverflowError):
        if key in _DURATION_KEYS and value != "auto":
            return parse_duration(value)
        if key == "deck":
            return os.path.normpath(os.path.join(base, value))
        if key == "planned_start":
            return value if isinstance(value, dt.time) else dt.time.fromisoformat(value)
    return value


# -- tables -----------------------------------------------------------------------------------
def _apply(
    table: Table, values: dict[str, Any], base: Path, defaults: dict[str, Any] = _DEFAULTS
) -> None:
    """Make `table` say `values`: unchanged entries keep their text; defaults may be left out."""
    for key, value in values.items():
        wanted = _semantic(key, value, base, defaults)
        if key in table and _semantic(key, table[key].unwrap(), base, defaults) == wanted:
            continue
        if wanted == defaults.get(key, object()) or value is None:
            if key in table:
                del table[key]
            continue
        _set(table, key, value)


def _set(table: Table, key: str, value: Any) -> None:
    """Set `key`: replace in place, or insert after the table's last key (before comments)."""
    if key in table:
        table[key] = value
        return
    trailing = _detach_trailing(table)
    table[key] = value
    _append_trivia(table, trailing)


def _detach_trailing(table: Table) -> list[Any]:
    """Remove and return the comments and blank lines after the table's last key.

    Only public tomlkit names: the body is a list whose trailing non-key items no key's
    index points into, so cutting them off and appending them again keeps the table whole.
    """
    body = table.value.body
    start = len(body)
    while start > 0 and body[start - 1][0] is None:
        start -= 1
    if not any(key is not None for key, _ in body[:start]):
        return []  # no key yet: a new key goes after the table's own comments
    trailing = [item for _, item in body[start:]]
    del body[start:]
    return trailing


def _table_format(table: Table) -> TalkFormat | None:
    """The format a table's format keys describe (None if none, or unreadable)."""
    if not any(key in table for key in _FORMAT_KEYS):
        return None
    try:
        name = table.get("format", PECHAKUCHA.name)
        seconds = table.get("seconds_per_slide")
        seconds = None if seconds is None else parse_duration(seconds)
        return make_format(str(name), table.get("slides"), seconds)
    except (ValueError, TypeError):
        return None


def _apply_format(table: Table, fmt: TalkFormat | None, implicit: TalkFormat | None) -> None:
    """Write a format as a name (standard ones) or as pechakucha with slides and seconds.

    `implicit` is what the table means with no format keys (the session: pechakucha).
    """
    if (_table_format(table) or implicit) == fmt:
        return
    for key in _FORMAT_KEYS:
        if key in table:
            del table[key]
    if fmt is None:
        return
    if FORMATS.get(fmt.name) == fmt:
        _set(table, "format", fmt.name)
        return
    _set(table, "format", PECHAKUCHA.name)
    _set(table, "slides", fmt.slides)
    _set(table, "seconds_per_slide", _duration_or_number(fmt.seconds_per_slide))


def _duration_or_number(seconds: float) -> int | float:
    """Seconds per slide as a plain number (20, not "0:20")."""
    return int(seconds) if float(seconds).is_integer() else float(seconds)


def _update_segments(doc: TOMLDocument, session: Session, base: Path) -> None:
    """Rebuild the [[segment]] list in the session's order, reusing the old tables.

    The comments before a table move with it: they sit at the end of whatever precedes it
    (the [session] table for the first), so they are detached and re-attached in the new order.
    """
    old = list(doc.get("segment") or [])
    keys = list(doc)
    owner = doc["session"] if old and keys.index("session") + 1 == keys.index("segment") else None
    leads = [_detach_lead(owner) if owner is not None else []]
    leads += [_detach_lead(table) for table in old]
    tail = leads.pop()
    used: set[int] = set()
    chosen: list[tuple[Table, list[Any]]] = []
    for segment in session.segments:
        k = segment.origin
        if k is not None and 0 <= k < len(old) and k not in used:
            used.add(k)
            table, lead = old[k], leads[k] or [tomlkit.nl()]
        else:
            table, lead = tomlkit.table(), [tomlkit.nl()]
        _fill_segment(table, segment, base)
        chosen.append((table, lead))
    if owner is not None and chosen:
        _append_trivia(owner, chosen[0][1])
    aot = AoT([], name="segment", parsed=True)  # parsed: no blank lines of its own
    for position, (table, _) in enumerate(chosen):
        following = chosen[position + 1][1] if position + 1 < len(chosen) else tail
        _append_trivia(table, following)
        aot.append(table)
    if chosen and "segment" not in doc:
        doc.add(tomlkit.nl())
    doc["segment"] = aot


def _append_trivia(table: Table, items: list[Any]) -> None:
    """Put comments and blank lines back at the end of `table`."""
    for item in items:
        table.value.append(None, item)


def _fill_segment(table: Table, segment: Segment, base: Path) -> None:
    """Make one [[segment]] table describe `segment`, dropping keys its kind may not have."""
    allowed = SEGMENT_KEYS[segment.kind]
    for key in [k for k in table if k not in allowed]:
        del table[key]
    values = _segment_values(segment, base)
    if segment.is_auto_qa and "kind" in table and "duration" not in table:
        del values["duration"]  # a Q&A with no duration is automatic: no need to add one
    _apply(table, values, base, _SEGMENT_DEFAULTS)
    if segment.kind == "talk":
        _apply_format(table, segment.format, None)


def _detach_lead(table: Table) -> list[Any]:
    """Remove and return the comments at the end of `table` that introduce the next table:
    everything from the first blank line of its trailing comments/blank lines on."""
    body = table.value.body
    start = len(body)
    while (
        start > 0
        and body[start - 1][0] is None
        and isinstance(body[start - 1][1], Comment | Whitespace)
    ):
        start -= 1
    trailing = body[start:]
    blank = next((i for i, (_, item) in enumerate(trailing) if isinstance(item, Whitespace)), None)
    if blank is None:
        return []
    lead = [item for _, item in trailing[blank:]]
    del body[start + blank :]
    return lead
