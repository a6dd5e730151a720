"""What a session file may contain (keys per table, limits) and the error that names a problem.

Shared by read.py (which raises SessionError) and write.py (which writes only allowed keys).
"""

from __future__ import annotations

from typing import NamedTuple

from pechakucha.core.session.messages import SESSION_ERRORS

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
        if self.number is None:
            return "[session]"
        return f"segment {self.number}" + (f" ({self.kind})" if self.kind else "")


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
        place = f"{file}, line {line}" if line else file
        self.prefix, self.suffix = f"{place}: ", "."
        super().__init__(f"{place}: {self.template.format(**self.template_params)}.")
