"""What a session file may contain (keys per table, limits) and the error that names a problem.

Shared by read.py (which raises SessionError) and write.py (which writes only allowed keys).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from pechakucha.core.i18n import QT_TRANSLATE_NOOP
from pechakucha.core.session.messages import KIND_LABELS, SESSION_ERRORS

Translate = Callable[[str, str], str]  # (context, text) -> text in one language
PLACES = {
    "segment": QT_TRANSLATE_NOOP("session", "segment {number}"),
    "segment_kind": QT_TRANSLATE_NOOP("session", "segment {number} ({kind})"),
    "line": QT_TRANSLATE_NOOP("session", "{file}, line {line}"),
}


def english(_context: str, text: str) -> str:
    """No translation: the English source."""
    return text


MAX_SLIDES = 999
MAX_DURATION = 24 * 3600.0
SESSION_KEYS = frozenset(
    {
        "title",
        "budget",
        "format",
        "slides",
        "seconds_per_slide",
        "planned_start",
        "changeover",
        "audience",
    }
)
_TIMER_KEYS = {"duration", "show_countdown", "warn_at", "alert_at"}
SEGMENT_KEYS: dict[str, frozenset[str]] = {
    "talk": frozenset(
        {
            "kind",
            "title",
            "speaker",
            "organisation",
            "deck",
            "format",
            "slides",
            "seconds_per_slide",
            "changeover",
        }
    ),
    "qa": frozenset({"kind", "title", "speaker", "minimum", "changeover", *_TIMER_KEYS}),
    "commentary": frozenset(
        {"kind", "title", "speaker", "organisation", "changeover", *_TIMER_KEYS}
    ),
    "card": frozenset({"kind", "title", "text", *_TIMER_KEYS}),
}


class Where(NamedTuple):
    """Where in the file a key is: the [session] table (number None) or segment `number`."""

    number: int | None = None
    kind: str | None = None

    def __str__(self) -> str:
        return self.text()

    def text(self, translate: Translate = english) -> str:
        """ "[session]", "segment 5" or "segment 5 (talk)", in `translate`'s language."""
        if self.number is None:
            return "[session]"
        if not self.kind:
            return translate("session", PLACES["segment"]).format(number=self.number)
        kind = self.kind
        if kind in KIND_LABELS and translate("session", KIND_LABELS[kind]) != KIND_LABELS[kind]:
            kind = translate("session", KIND_LABELS[kind])  # English keeps the file's word
        return translate("session", PLACES["segment_kind"]).format(number=self.number, kind=kind)


class SessionError(ValueError):
    """A session file that cannot be used. str() is one sentence: file, line, key, problem.

    `code` and `params` (see messages.SESSION_ERRORS) let the Qt layer translate it.
    """

    def __init__(
        self, code: str, file: str, *, line: int | None = None, key: str | None = None, **params
    ) -> None:
        self.code, self.file, self.line, self.key, self.params = code, file, line, key, params
        self.context, self.template = "session", SESSION_ERRORS[code]  # for translation
        self.template_params = {"key": key, **params}
        self.suffix = "."
        super().__init__(self.translated(english))
        self.prefix = self.str_prefix(english)

    def str_prefix(self, translate: Translate) -> str:
        """ "FILE, line N: " (or "FILE: ") in `translate`'s language."""
        if not self.line:
            return f"{self.file}: "
        return translate("session", PLACES["line"]).format(file=self.file, line=self.line) + ": "

    def translated(self, translate: Translate) -> str:
        """The whole sentence in `translate`'s language (the place in the file too)."""
        params = dict(self.template_params)
        if isinstance(params.get("where"), Where):
            params["where"] = params["where"].text(translate)
        text = translate("session", self.template).format(**params)
        return f"{self.str_prefix(translate)}{text}{self.suffix}"
