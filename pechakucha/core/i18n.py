"""Marking user-facing core strings for translation without importing Qt, and the languages.

Qt's `lupdate` collects every `QT_TRANSLATE_NOOP(context, text)` call by name, so the core can
mark its English templates here and the Qt layer translates them with
`QCoreApplication.translate(context, text)` when it shows them.
"""

from __future__ import annotations

# The languages the app speaks: English (the source) and one translation file each for the rest
# (resources/translations/pechakucha_<code>.ts). Brazilian Portuguese is the Portuguese we have.
LANGUAGES = ("en", "es", "fr", "pt_BR")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # named as lupdate expects
    """Return `text` unchanged; its only purpose is to be found by lupdate under `context`."""
    return text


def language_code(value: str) -> str | None:
    """The supported language a locale or language tag means, or None.

    "pt-BR", "pt_PT.UTF-8" and "pt" give "pt_BR" (the only Portuguese); "fr_CA" gives "fr";
    "es-419" gives "es"; "C", "" and languages without a translation give None.
    """
    tag = value.split(".")[0].split("@")[0].replace("-", "_").strip()
    language, _, territory = tag.partition("_")
    language = language.lower()
    exact = f"{language}_{territory.upper()}" if territory else language
    if exact in LANGUAGES:
        return exact
    if language in LANGUAGES:
        return language
    return next((code for code in LANGUAGES if code.split("_")[0] == language), None)


def english_plural(text: str, n: int) -> str:
    """`text` with the English plural marks "(s)" resolved for `n` ("1 segment", "2 segments").

    Plural texts are marked with %n and "(s)" in the English source, as Qt expects; a Spanish
    translation has its own forms (no "(s)" left), but English has no translation file, so the
    source is shown and its "(s)" is resolved here."""
    return text.replace("(s)", "" if n == 1 else "s")
