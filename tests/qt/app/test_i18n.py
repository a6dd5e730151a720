"""Translations: every user-facing string is in Spanish, with its placeholders intact."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from pechakucha.qt.app.i18n import install_translator, preferred_language

ROOT = Path(__file__).resolve().parents[3]
TS_FILE = ROOT / "resources" / "translations" / "pechakucha_es.ts"
FIELD = re.compile(r"\{[a-z_]*\}")


def messages(path: Path) -> list[tuple[str, str, ElementTree.Element]]:
    """(context, source, translation element) for every message of a .ts file."""
    found = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found.append((name, message.findtext("source"), message.find("translation")))
    return found


def test_every_message_has_a_spanish_translation():
    unfinished = [
        (c, s)
        for c, s, t in messages(TS_FILE)
        if t is None or t.get("type") == "unfinished" or not (t.text or "").strip()
    ]
    assert unfinished == []


def test_translations_keep_every_placeholder():
    broken = [
        (c, s)
        for c, s, t in messages(TS_FILE)
        if sorted(FIELD.findall(s)) != sorted(FIELD.findall(t.text or ""))
    ]
    assert broken == []


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate") is None
    and not (Path(sys.executable).parent / "pyside6-lupdate").exists(),
    reason="pyside6-lupdate not installed",
)
def test_the_ts_file_holds_every_string_marked_in_the_code(tmp_path):
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    sources = sorted(str(p) for p in (ROOT / "pechakucha").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {(c, s) for c, s, _ in messages(fresh)}
    in_file = {(c, s) for c, s, _ in messages(TS_FILE)}
    assert in_code - in_file == set(), "run python resources/translations/update.py"


def test_spanish_translator_translates_cards_and_preflight(qapp):
    assert install_translator("es") == "es"
    try:
        assert QCoreApplication.translate("cards", "Up next") != "Up next"
        assert QCoreApplication.translate("console", "on time") != "on time"
    finally:
        install_translator("en")


def test_preferred_language_reads_the_environment(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "es_ES:en")
    assert preferred_language() == "es"
    assert preferred_language("en") == "en"
