"""Translations: load the user's language and translate core templates at the edge."""

from __future__ import annotations

import os
from collections.abc import Callable
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pechakucha.core.preflight import Finding

_installed: list[QTranslator] = []  # keep translators alive as long as the app


def preferred_language(explicit: str | None = None) -> str:
    """Two-letter language: the explicit choice, else $LANGUAGE/$LC_ALL/$LANG, else the locale."""
    for value in (
        explicit,
        os.environ.get("LANGUAGE"),
        os.environ.get("LC_ALL"),
        os.environ.get("LANG"),
    ):
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value.split(":")[0][:2].lower()
    return QLocale.system().name()[:2].lower()


def install_translator(language: str | None = None) -> str:
    """Install the translation for `language` into the running QCoreApplication, with Qt's
    own (the Yes / No / Cancel of standard dialogs) from the folder PySide6 ships them in.

    Returns the language in use ("en" when no translation file exists for the choice)."""
    language = preferred_language(language)
    while _installed:  # a new choice replaces the previous one
        QCoreApplication.removeTranslator(_installed.pop())
    folder = resources.files("pechakucha.resources") / "translations"
    qm_file = folder / f"pechakucha_{language}.qm"
    if not qm_file.is_file() or not _install(str(qm_file)):
        return "en"
    _install(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath))
    return language


def _install(name: str, folder: str = "") -> bool:
    """Load a .qm file (`name` in `folder`) and install it; False if it cannot be loaded."""
    translator = QTranslator()
    if translator.load(name, folder) and QCoreApplication.installTranslator(translator):
        _installed.append(translator)
        return True
    return False


def translate(context: str, text: str, **params: object) -> str:
    """Translate a marked template and fill in its fields."""
    return QCoreApplication.translate(context, text).format(**params)


def finding_text(finding: Finding) -> str:
    """A preflight finding in the user's language."""
    cause = finding.params.get("cause")
    if cause is not None:  # a deck that could not load: its own error, translated
        return error_text(cause)
    return translate("preflight", finding.template, **finding.params)


def error_text(error: Exception, translator: Callable[[str, str], str] | None = None) -> str:
    """A DeckError (or any error with `template` and `params`) in the user's language.

    `translator(text, context)` replaces the installed translation (the PDF export translates
    without a QCoreApplication)."""
    template = getattr(error, "template", None)
    params = getattr(error, "template_params", None) or getattr(error, "params", None)
    if template is None or params is None:
        return str(error)
    context = getattr(error, "context", "error")
    if translator is None:
        text = translate(context, template, **params)
    else:
        text = translator(template, context).format(**params)
    return getattr(error, "prefix", "") + text + getattr(error, "suffix", "")
