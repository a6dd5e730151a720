"""Translations: the operator's language, the audience's languages, numbers the local way.

The interface speaks one language (`--lang`, else the remembered one, else the system's); the
projector cards speak the session's audience languages, each through its own QTranslator, so
the two never mix. Numbers with decimals go through QLocale: "12,5 s" in es, fr and pt_BR.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTime, QTranslator

from pechakucha.core.i18n import LANGUAGES, language_code
from pechakucha.core.preflight import Finding
from pechakucha.qt.app.settings import LANGUAGE, remember, remembered

# The conventions each language's numbers and times follow. English: a 24-hour clock, as on
# the console's wall clock and in session files.
LOCALES = {"en": "en_GB", "es": "es_ES", "fr": "fr_FR", "pt_BR": "pt_BR"}

Translate = Callable[[str, str], str]  # (context, text) -> text in one language

_installed: list[QTranslator] = []  # keep translators alive as long as the app
_audience: dict[str, QTranslator | None] = {}  # one translator per audience language
_current = "en"


def preferred_language(explicit: str | None = None) -> str:
    """The supported language to use: `explicit` if it is one, else the environment's
    ($LANGUAGE list, then $LC_ALL / $LC_MESSAGES / $LANG), else the system's, else English."""
    candidates = [explicit or ""]
    locale = next(
        (os.environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(v)), ""
    )
    if locale not in ("C", "POSIX") and not locale.startswith("C."):  # C: untranslated
        candidates += [*os.environ.get("LANGUAGE", "").split(":"), locale]
    if not locale:  # Windows, macOS: the system's own setting
        candidates += QLocale.system().uiLanguages()
    return next((code for c in candidates if c and (code := language_code(c))), "en")


def interface_language(explicit: str | None = None) -> str:
    """The operator's language: `--lang` (then remembered), else the remembered choice, else
    the system's."""
    chosen = language_code(explicit or "")
    if chosen:
        remember(LANGUAGE, chosen)
        return chosen
    return language_code(remembered(LANGUAGE)) or preferred_language()


def command_language(explicit: str | None = None) -> str:
    """The language of a command's output (check, plan, export, …): `--lang`, else the one the
    app's windows remembered, else the system's. Never remembers: only windows do."""
    chosen = language_code(explicit or "") or language_code(remembered(LANGUAGE) or "")
    return chosen or preferred_language()


def current_language() -> str:
    """The interface language installed now."""
    return _current


def _load(language: str) -> QTranslator | None:
    """A translator for `language` from the shipped .qm file, or None if there is none."""
    folder = resources.files("pechakucha.resources") / "translations"
    qm_file = folder / f"pechakucha_{language}.qm"
    translator = QTranslator()
    if qm_file.is_file() and translator.load(str(qm_file)):
        return translator
    return None


def install_translator(language: str | None = None) -> str:
    """Install the translation for `language` (default: preferred_language) and its number
    conventions into the running QCoreApplication; return the language in use."""
    language = language_code(language or "") or preferred_language()
    while _installed:  # a new choice replaces the previous one
        QCoreApplication.removeTranslator(_installed.pop())
    translator = _load(language)  # English has one too: its plural forms ("1 slide")
    if translator is not None and QCoreApplication.installTranslator(translator):
        _installed.append(translator)
    elif language != "en":
        return install_translator("en")
    _install_qt_own(language)
    global _current
    QLocale.setDefault(QLocale(LOCALES[language]))
    _current = language
    return language


def _install_qt_own(language: str) -> None:
    """Qt's own strings (the Yes / No / Cancel of standard dialogs) in `language`, from the
    folder PySide6 ships them in (nothing to do where it has none)."""
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    if translator.load(f"qtbase_{language}", folder) and QCoreApplication.installTranslator(
        translator
    ):
        _installed.append(translator)


def translator_for(language: str) -> Translate:
    """Translate into `language` with its own QTranslator, not the installed one (the
    audience's languages are not the operator's)."""
    if language not in _audience:
        _audience[language] = _load(language)
    translator = _audience[language]

    def translate_to(context: str, text: str, n: int = -1) -> str:
        found = translator.translate(context, text, None, n) if translator is not None else ""
        return (found or text).replace("%n", str(n)) if n >= 0 else found or text

    return translate_to


def audience_translators(languages: Sequence[str]) -> list[Translate]:
    """One translate function per audience language, in order (default: the interface's)."""
    chosen = [code for code in languages if code in LANGUAGES] or [current_language()]
    return [translator_for(code) for code in chosen]


def translate(context: str, text: str, **params: object) -> str:
    """Translate a marked template and fill in its fields (fractional numbers the local way)."""
    return QCoreApplication.translate(context, text).format(**localised(params))


def plural(context: str, text: str, n: int, **params: object) -> str:
    """Translate a template with "%n" in the form for `n` ("1 slide", "2 slides")."""
    return QCoreApplication.translate(context, text, None, n).format(**localised(params))


def localised(params: dict[str, object]) -> dict[str, object]:
    """`params` with every float written as a number the local way."""
    return {k: number(v) if isinstance(v, float) else v for k, v in params.items()}


def number(value: float, places: int | None = None, sign: bool = False) -> str:
    """A number the interface language's way: "12,5" in es/fr/pt_BR; `places` decimals (else
    as few as needed, like "{:g}"); `sign` puts "+" before a positive one."""
    locale = QLocale()
    if places is None:
        text = locale.toString(float(value), "g", 6)
    else:
        text = locale.toString(float(value), "f", places)
    return "+" + text if sign and value > 0 else text


def time_of_day(moment: dt.datetime | dt.time) -> str:
    """Hours and minutes the interface language's way ("19:58")."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.ShortFormat)


def finding_text(finding: Finding) -> str:
    """A preflight finding in the user's language."""
    cause = finding.params.get("cause")
    if cause is not None:  # a deck that could not load: its own error, translated
        return error_text(cause)
    return translate("preflight", finding.template, **finding.params)


def error_text(error: Exception, translator: Translate | None = None) -> str:
    """A DeckError (or any error with `template` and `params`) in the user's language.

    `translator` (see translator_for) replaces the installed translation (the PDF export
    translates without a QCoreApplication)."""
    whole = getattr(error, "translated", None)
    if callable(whole):  # a SessionError: its place in the file is translated too
        return whole(translator or QCoreApplication.translate)
    template = getattr(error, "template", None)
    params = getattr(error, "template_params", None) or getattr(error, "params", None)
    if template is None or params is None:
        return str(error)
    context = getattr(error, "context", "error")
    if translator is None:
        text = translate(context, template, **params)
    else:
        text = translator(context, template).format(**params)
    return getattr(error, "prefix", "") + text + getattr(error, "suffix", "")
