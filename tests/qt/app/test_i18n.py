"""Translations: every string in Spanish, French and Brazilian Portuguese, placeholders and
plural forms intact, the shipped files up to date; languages chosen and numbers written the
way each language writes them.

After new strings: `python resources/translations/update.py` refreshes the files and lists what
is left to translate (`--todo` lists only).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from pechakucha.core.i18n import LANGUAGES, language_code
from pechakucha.qt.app.i18n import (
    audience_translators,
    install_translator,
    interface_language,
    number,
    preferred_language,
    time_of_day,
)

ROOT = Path(__file__).resolve().parents[3]
FOLDER = ROOT / "resources" / "translations"
TRANSLATED = ("es", "fr", "pt_BR")
FIELD = re.compile(r"\{[a-z_]*\}")
LUPDATE = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
LRELEASE = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
needs_tools = pytest.mark.skipif(
    not (Path(LUPDATE).exists() and Path(LRELEASE).exists()), reason="Linguist tools missing"
)


def messages(path: Path) -> list[tuple[str, str, ElementTree.Element]]:
    """(context, source, message element) for every message of a .ts file."""
    root = ElementTree.parse(path).getroot()
    return [
        (c.findtext("name"), m.findtext("source"), m)
        for c in root.iter("context")
        for m in c.iter("message")
    ]


def forms(message: ElementTree.Element) -> list[str]:
    """The translation of a message: one text, or one per plural form."""
    translation = message.find("translation")
    plural = translation.findall("numerusform")
    return [f.text or "" for f in plural] if plural else [translation.text or ""]


def ts(language: str) -> Path:
    return FOLDER / f"pechakucha_{language}.ts"


def test_the_languages_the_app_offers_are_the_translation_files_shipped():
    shipped = sorted(p.stem.removeprefix("pechakucha_") for p in FOLDER.glob("*.ts"))
    assert shipped == sorted(LANGUAGES)
    assert all((FOLDER / f"pechakucha_{code}.qm").is_file() for code in LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    unfinished = [
        (c, s)
        for c, s, m in messages(ts(language))
        if m.find("translation").get("type") == "unfinished" or not all(f.strip() for f in forms(m))
    ]
    assert unfinished == [], "translate them, then run python resources/translations/update.py"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder_and_plurals_have_their_forms(language):
    broken = []
    for context, source, message in messages(ts(language)):
        texts = forms(message)
        if "%n" in source and (message.get("numerus") != "yes" or len(texts) != 2):
            broken.append((context, source, "not plural"))
        for text in texts:
            if sorted(set(FIELD.findall(source))) != sorted(set(FIELD.findall(text))):
                broken.append((context, source, text))
        if "%n" in source and "%n" not in texts[-1]:
            broken.append((context, source, "no %n in the plural form"))
    assert broken == []


def test_english_file_holds_only_plural_forms():
    assert {m.get("numerus") for _, _, m in messages(ts("en"))} == {"yes"}


@needs_tools
def test_the_ts_files_hold_every_string_marked_in_the_code(tmp_path):
    sources = sorted(str(p) for p in (ROOT / "pechakucha").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([LUPDATE, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {(c, s) for c, s, _ in messages(fresh)}
    for language in TRANSLATED:
        in_file = {(c, s) for c, s, _ in messages(ts(language))}
        assert in_code - in_file == set(), (
            f"{language}: run python resources/translations/update.py"
        )
    plurals = {(c, s) for c, s in in_code if "%n" in s}
    assert plurals <= {(c, s) for c, s, _ in messages(ts("en"))}


@needs_tools
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_qm_file_is_compiled_from_its_ts(language, tmp_path):
    compiled = tmp_path / "fresh.qm"
    subprocess.run(
        [LRELEASE, str(ts(language)), "-qm", str(compiled)], check=True, capture_output=True
    )
    assert compiled.read_bytes() == (FOLDER / f"pechakucha_{language}.qm").read_bytes()


@pytest.mark.parametrize(
    ("language", "up_next", "one_slide", "decimal"),
    [
        ("en", "Up next", "1 slide", "12.5"),
        ("es", "A continuación", "1 diapositiva", "12,5"),
        ("fr", "À suivre", "1 diapositive", "12,5"),
        ("pt_BR", "A seguir", "1 slide", "12,5"),
    ],
)
def test_each_language_loads_with_its_plurals_and_decimal_comma(
    qapp, language, up_next, one_slide, decimal
):
    assert install_translator(language) == language
    try:
        assert QCoreApplication.translate("cards", "Up next") == up_next
        assert QCoreApplication.translate("DeckChecker", "%n slides", None, 1) == one_slide
        assert QCoreApplication.translate("DeckChecker", "%n slides", None, 3).startswith("3 ")
        assert number(12.5) == decimal and number(20.0) == "20"
        assert number(1.5, places=1, sign=True) == f"+1{decimal[2]}5"
    finally:
        install_translator("en")


def test_times_of_day_use_a_24_hour_clock_in_every_language(qapp):
    import datetime as dt

    for language in LANGUAGES:
        install_translator(language)
        assert time_of_day(dt.time(19, 58)) == "19:58"
    install_translator("en")


def test_audience_languages_translate_apart_from_the_interface(qapp):
    install_translator("fr")
    try:
        said = [say("cards", "Up next") for say in audience_translators(["es", "pt_BR", "en"])]
        assert said == ["A continuación", "A seguir", "Up next"]
        assert QCoreApplication.translate("cards", "Up next") == "À suivre"  # untouched
        assert [say("cards", "Up next") for say in audience_translators([])] == ["À suivre"]
    finally:
        install_translator("en")


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("pt", "pt_BR"),
        ("pt_PT.UTF-8", "pt_BR"),
        ("pt-BR", "pt_BR"),
        ("fr_CA", "fr"),
        ("es-419", "es"),
        ("ES", "es"),
        ("en_US.UTF-8", "en"),
        ("de_DE", None),
        ("C", None),
    ],
)
def test_a_locale_falls_back_to_the_language_we_have(tag, code):
    assert language_code(tag) == code


def test_preferred_language_reads_the_environment(monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANGUAGE", "de_DE:pt_PT:en")
    assert preferred_language() == "pt_BR"
    monkeypatch.setenv("LANGUAGE", "es_ES:en")
    assert preferred_language() == "es"
    assert preferred_language("fr") == "fr"
    monkeypatch.setenv("LC_ALL", "C")
    assert preferred_language() == "en"


def test_lang_is_remembered_until_another_is_chosen(monkeypatch):
    monkeypatch.setenv("LC_ALL", "C")
    assert interface_language() == "en"
    assert interface_language("pt") == "pt_BR"
    assert interface_language() == "pt_BR"
    assert interface_language("fr") == "fr"
    assert interface_language() == "fr"
