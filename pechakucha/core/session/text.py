"""Finding things in the raw text of a TOML file: the line of a table or of a key in it.

`tomllib` gives data without positions, so messages about a key find its line here. This is a
line scanner, not a TOML parser: good for files people write; when unsure it answers None.
"""

from __future__ import annotations

import re

_ANY_HEADER = re.compile(r"""^\s*\[\[?\s*[^\[\]=]+?\s*\]\]?\s*(?:#.*)?$""")
_SESSION_HEADER = re.compile(r"""^\s*\[\s*(?:session|"session"|'session')\s*\]\s*(?:#.*)?$""")
_SEGMENT_HEADER = re.compile(r"""^\s*\[\[\s*(?:segment|"segment"|'segment')\s*\]\]\s*(?:#.*)?$""")
_SYNTAX_PLACE = re.compile(r"^(?P<what>.*?)\s*\(at line (?P<line>\d+), column (?P<col>\d+)\)$")


class TextLocator:
    """Line numbers (1-based) of the [session] table, each [[segment]] and keys inside them."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        self.headers = [i for i, line in enumerate(self.lines) if _ANY_HEADER.match(line)]
        self.session_header = next(
            (i for i in self.headers if _SESSION_HEADER.match(self.lines[i])), None
        )
        self.segment_headers = [i for i in self.headers if _SEGMENT_HEADER.match(self.lines[i])]

    def line_of(self, segment_number: int | None, key: str | None) -> int | None:
        """Line of `key` in [session] (segment_number None) or in segment `segment_number`
        (counting from 1); the table's header line if the key is not found; else None."""
        if segment_number is None:
            header = self.session_header
        elif 1 <= segment_number <= len(self.segment_headers):
            header = self.segment_headers[segment_number - 1]
        else:
            header = None
        if header is None:
            return None
        if key is not None:
            found = self._key_line(key, header + 1, self._section_end(header))
            if found is not None:
                return found + 1
        return header + 1

    def top_level_line(self, key: str) -> int | None:
        """Line where a top-level `key` appears: `key = …` before any table, or `[key…]`."""
        first_header = self.headers[0] if self.headers else len(self.lines)
        found = self._key_line(key, 0, first_header, dotted=True)
        if found is not None:
            return found + 1
        pattern = re.compile(rf"""^\s*\[\[?\s*(?:{_quoted(key)})\s*[\].]""")
        for index in self.headers:
            if pattern.match(self.lines[index]):
                return index + 1
        return None

    def _section_end(self, header: int) -> int:
        """Index of the line after the last line of the table that starts at `header`."""
        later = [i for i in self.headers if i > header]
        return later[0] if later else len(self.lines)

    def _key_line(self, key: str, start: int, end: int, *, dotted: bool = False) -> int | None:
        """Index of the first line in [start, end) that assigns `key`."""
        after = r"\s*[=.]" if dotted else r"\s*="
        pattern = re.compile(rf"^\s*(?:{_quoted(key)}){after}")
        for index in range(start, end):
            if pattern.match(self.lines[index]):
                return index
        return None


def _quoted(key: str) -> str:
    """Regex alternatives for a key written bare, in double or in single quotes."""
    escaped = re.escape(key)
    return rf"""{escaped}|"{escaped}"|'{escaped}'"""


def syntax_error_place(error: BaseException, text: str) -> tuple[int | None, str]:
    """(line, reason) of a tomllib error, reason without the position, starting lower-case."""
    if isinstance(error, RecursionError):
        return None, "it is nested too deeply"
    message = str(error)
    line = None
    match = _SYNTAX_PLACE.match(message)
    if match:
        line = int(match["line"])
        message = f"{match['what']} at column {match['col']}"
    elif message.endswith("(at end of document)"):
        line = max(1, text.count("\n") + (0 if text.endswith("\n") else 1))
        message = message.removesuffix("(at end of document)").strip() + " at the end"
    return line, message[:1].lower() + message[1:]
