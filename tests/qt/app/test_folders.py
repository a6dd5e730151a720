"""The data and settings folders from QStandardPaths, and file dialogs that ignore letter case."""

from __future__ import annotations

import fnmatch
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QRegularExpression, QSettings, QStandardPaths

from pechakucha.qt.app import folders, settings
from pechakucha.qt.app.folders import config_folder, data_folder, deck_file_filters, name_filter

LINUX_ONLY = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders")


def test_data_folder_is_the_standard_app_data_folder_named_pechakucha(qapp, monkeypatch):
    """Whatever the QApplication is called (here pytest-qt's), and it keeps its name."""
    monkeypatch.delenv(folders.DATA_DIR_VARIABLE, raising=False)
    name = QCoreApplication.applicationName()
    QCoreApplication.setApplicationName("pechakucha")
    expected = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)
    QCoreApplication.setApplicationName("someone-else")
    try:
        assert str(data_folder()) == expected and data_folder().name == "pechakucha"
        assert QCoreApplication.applicationName() == "someone-else"
    finally:
        QCoreApplication.setApplicationName(name)


@LINUX_ONLY
def test_config_folder_follows_xdg_on_linux(qapp, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert config_folder() == tmp_path / "pechakucha"


@LINUX_ONLY
def test_settings_live_in_the_standard_config_folder(qapp, monkeypatch, tmp_path):
    """Without $PECHAKUCHA_CONFIG_DIR: pechakucha.ini in AppConfigLocation."""
    monkeypatch.delenv(settings.CONFIG_DIR_VARIABLE)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    settings.remember(settings.LANGUAGE, "fr")
    assert settings.settings_file() == tmp_path / "pechakucha" / "pechakucha.ini"
    assert "language=fr" in settings.settings_file().read_text(encoding="utf-8")


def test_settings_an_earlier_version_kept_elsewhere_are_carried_over(qapp, monkeypatch, tmp_path):
    """Where QSettings put the file by itself (macOS ~/.config, Windows roaming) → the new
    place, once; the old file is left alone."""
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "old"))
    earlier = QSettings(QSettings.IniFormat, QSettings.UserScope, "pechakucha", "pechakucha")
    earlier.setValue(settings.LANGUAGE, "pt_BR")
    earlier.sync()
    monkeypatch.setenv(settings.CONFIG_DIR_VARIABLE, str(tmp_path / "new"))
    assert settings.remembered(settings.LANGUAGE) == "pt_BR"
    assert (tmp_path / "new" / "pechakucha.ini").is_file()
    settings.remember(settings.LANGUAGE, "es")
    assert "pt_BR" in (tmp_path / "old" / "pechakucha" / "pechakucha.ini").read_text()


@pytest.mark.parametrize("name", ["talk.pdf", "TALK.PDF", "Talk.Pdf", "deck.PPTX", "s.Png"])
def test_linux_filters_match_any_letter_case_as_gtk_and_qt_read_them(name):
    """GTK and the portal match patterns case-sensitively (fnmatchcase); Qt by its wildcard."""
    line = name_filter("Slides", [".pdf", "pptx", ".png"], platform="linux")
    patterns = line[line.index("(") + 1 : -1].split()
    assert any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns)
    qt = [QRegularExpression(QRegularExpression.wildcardToRegularExpression(p)) for p in patterns]
    assert any(expression.match(name).hasMatch() for expression in qt)
    assert not any(fnmatch.fnmatchcase("talk.txt", pattern) for pattern in patterns)


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_filters_stay_plain_their_dialogs_ignore_case(platform):
    assert name_filter("PDF", [".PDF", "pptx"], platform=platform) == "PDF (*.pdf *.pptx)"


def test_deck_file_filters_offer_pdfs_then_every_deck_kind_then_all_files():
    pdf, every, everything = deck_file_filters().split(";;")
    assert pdf.startswith("PDF (") and everything.endswith("(*)")
    for extension in ("pdf", "pptx", "odp", "key", "jpg", "png"):
        assert any(
            fnmatch.fnmatchcase(f"x.{extension.upper()}", p) for p in every.split("(")[1].split()
        ) or sys.platform.startswith(("win", "darwin"))
