"""User-facing English text of the core, in one place (the Qt layer translates).

Errors and warnings carry a `code` and their parameters, so a translator can work from the code
and the parameters rather than from the English sentence.
"""

from __future__ import annotations

from pechakucha.core.i18n import QT_TRANSLATE_NOOP

KIND_LABELS = {
    "talk": QT_TRANSLATE_NOOP("session", "Talk"),
    "qa": QT_TRANSLATE_NOOP("session", "Q&A"),
    "commentary": QT_TRANSLATE_NOOP("session", "Commentary"),
    "card": QT_TRANSLATE_NOOP("session", "Card"),
}

SESSION_ERRORS = {
    "unreadable": QT_TRANSLATE_NOOP("session", "cannot read the file ({reason})"),
    "not_utf8": QT_TRANSLATE_NOOP("session", "the file is not UTF-8 text"),
    "not_a_file": QT_TRANSLATE_NOOP(
        "session", "this is not a regular file (a folder, a pipe or a device): choose a .toml file"
    ),
    "syntax": QT_TRANSLATE_NOOP("session", "this is not valid TOML ({reason})"),
    "top_level_key": QT_TRANSLATE_NOOP(
        "session", 'unknown key "{key}" at the top level (expected [session] and [[segment]])'
    ),
    "no_session": QT_TRANSLATE_NOOP("session", "there is no [session] table"),
    "not_table": QT_TRANSLATE_NOOP("session", '"{key}" must be a table like [{key}]'),
    "no_segments": QT_TRANSLATE_NOOP("session", "there is no [[segment]] table"),
    "segments_not_tables": QT_TRANSLATE_NOOP(
        "session", 'each "segment" must be a [[segment]] table'
    ),
    "unknown_key": QT_TRANSLATE_NOOP("session", 'unknown key "{key}" in {where}'),
    "missing_key": QT_TRANSLATE_NOOP("session", '{where} has no "{key}"'),
    "unknown_kind": QT_TRANSLATE_NOOP(
        "session", 'unknown kind "{value}" in {where} (known: talk, qa, commentary, card)'
    ),
    "wrong_type": QT_TRANSLATE_NOOP(
        "session", '"{key}" in {where} must be {expected}, not {actual}'
    ),
    "bad_duration": QT_TRANSLATE_NOOP(
        "session", '"{key}" in {where} must be "m:ss", "h:mm:ss" or seconds, not {value}'
    ),
    "not_positive": QT_TRANSLATE_NOOP(
        "session", '"{key}" in {where} must be more than zero, not {value}'
    ),
    "negative": QT_TRANSLATE_NOOP(
        "session", '"{key}" in {where} must not be negative, not {value}'
    ),
    "too_long": QT_TRANSLATE_NOOP("session", '"{key}" in {where} is longer than a day ({value})'),
    "out_of_range": QT_TRANSLATE_NOOP(
        "session", '"{key}" in {where} must be from {low} to {high}, not {value}'
    ),
    "auto_not_qa": QT_TRANSLATE_NOOP("session", '"{key}" = "auto" in {where} is only for a Q&A'),
    "bad_format": QT_TRANSLATE_NOOP(
        "session", '"{key}" in {where} is not a valid format ({reason})'
    ),
    "bad_time": QT_TRANSLATE_NOOP(
        "session", '"{key}" in {where} is not a time of day like "18:30" ({reason})'
    ),
    "no_deck": QT_TRANSLATE_NOOP("session", 'the talk in {where} has no "deck"'),
    "missing_deck": QT_TRANSLATE_NOOP("session", 'the deck "{value}" in {where} does not exist'),
    "save_failed": QT_TRANSLATE_NOOP("session", "cannot save the file ({reason})"),
    "unknown_language": QT_TRANSLATE_NOOP(
        "session", '"{key}" in {where}: there is no "{value}" translation (known: {known})'
    ),
}

SESSION_WARNINGS = {
    "fixed_over_budget": QT_TRANSLATE_NOOP(
        "session", "{file}: the fixed parts alone ({fixed}) exceed the budget ({budget})."
    ),
    "fixed_and_changeovers_over_budget": QT_TRANSLATE_NOOP(
        "session",
        "{file}: the fixed parts ({fixed}) and the changeovers ({gaps}) exceed the budget "
        "({budget}).",
    ),
    "commentary_not_last": QT_TRANSLATE_NOOP(
        "session",
        "{file}: the commentary (segment {number}) is not the last part before the closing: "
        "segment {following} ({kind}) comes after it.",
    ),
    "talk_without_deck": QT_TRANSLATE_NOOP(
        "session", "{file}: the talk in segment {number} ({name}) has no deck yet."
    ),
    "deck_missing": QT_TRANSLATE_NOOP(
        "session",
        "{file}: the deck of the talk in segment {number} ({name}) is not there: {path} — "
        "point the talk to it again in the editor.",
    ),
    "auto_below_minimum": QT_TRANSLATE_NOOP(
        "session",
        "{file}: an automatic Q&A would get less than its minimum: {left} is left for "
        "{count} automatic Q&A that need at least {needed}.",
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
