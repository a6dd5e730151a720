"""User-facing English text of the core, in one place (the Qt layer translates).

Errors and warnings carry a `code` and their parameters, so a translator can work from the code
and the parameters rather than from the English sentence.
"""

from __future__ import annotations

KIND_LABELS = {
    "talk": "Talk",
    "qa": "Q&A",
    "commentary": "Commentary",
    "card": "Card",
}

SESSION_ERRORS = {
    "unreadable": "cannot read the file ({reason})",
    "not_utf8": "the file is not UTF-8 text",
    "syntax": "this is not valid TOML ({reason})",
    "top_level_key": 'unknown key "{key}" at the top level (expected [session] and [[segment]])',
    "no_session": "there is no [session] table",
    "not_table": '"{key}" must be a table like [{key}]',
    "no_segments": "there is no [[segment]] table",
    "segments_not_tables": 'each "segment" must be a [[segment]] table',
    "unknown_key": 'unknown key "{key}" in {where}',
    "missing_key": '{where} has no "{key}"',
    "unknown_kind": 'unknown kind "{value}" in {where} (known: talk, qa, commentary, card)',
    "wrong_type": '"{key}" in {where} must be {expected}, not {actual}',
    "bad_duration": '"{key}" in {where} must be "m:ss", "h:mm:ss" or seconds, not {value}',
    "not_positive": '"{key}" in {where} must be more than zero, not {value}',
    "negative": '"{key}" in {where} must not be negative, not {value}',
    "too_long": '"{key}" in {where} is longer than a day ({value})',
    "out_of_range": '"{key}" in {where} must be from {low} to {high}, not {value}',
    "auto_not_qa": '"{key}" = "auto" in {where} is only for a Q&A',
    "bad_format": '"{key}" in {where} is not a valid format ({reason})',
    "bad_time": '"{key}" in {where} is not a time of day like "18:30" ({reason})',
    "no_deck": 'the talk in {where} has no "deck"',
    "missing_deck": 'the deck "{value}" in {where} does not exist',
    "save_failed": "cannot save the file ({reason})",
}

SESSION_WARNINGS = {
    "fixed_over_budget": "{file}: the fixed parts alone ({fixed}) exceed the budget ({budget}).",
    "auto_below_minimum": (
        "{file}: an automatic Q&A would get less than its minimum: {left} is left for"
        " {count} automatic Q&A that need at least {needed}."
    ),
}

TYPE_NAMES = {
    "str": "text",
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "dict": "a table",
    "list": "a list",
    "time": "a time",
    "datetime": "a date and time",
    "date": "a date",
}


def type_name(value: object) -> str:
    """How to name the type of a TOML value in a message."""
    name = type(value).__name__
    return TYPE_NAMES.get(name, name)
