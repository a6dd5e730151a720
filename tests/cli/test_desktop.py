"""`pechakucha install-desktop [--remove]`: a menu entry and icon for this user, and back."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from pechakucha.cli.desktop import ICON_SIZES, installed_files

pytestmark = pytest.mark.skipif(
    sys.platform.startswith(("win", "darwin")), reason="freedesktop entries are for Linux"
)


def pechakucha(*args: str, data_home: Path) -> subprocess.CompletedProcess:
    """Run `python -m pechakucha ARGS` with $XDG_DATA_HOME in a temporary folder."""
    env = dict(os.environ, XDG_DATA_HOME=str(data_home))
    command = [sys.executable, "-m", "pechakucha", *args, "--lang", "en"]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)


def test_install_writes_a_launchable_entry_and_every_icon_size(tmp_path):
    result = pechakucha("install-desktop", data_home=tmp_path)
    assert result.returncode == 0, result.stderr
    entry_path, svg, *pngs = installed_files(tmp_path)
    assert str(entry_path) in result.stdout
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(entry_path, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Icon"] == "pechakucha"
    command = desktop["Exec"].removesuffix(" %f")
    assert Path(command.strip('"')).exists() or command.startswith(sys.executable)
    assert desktop["Comment[fr]"].startswith("Animer des sessions Pecha Kucha")
    assert desktop["GenericName[pt_BR]"] == "Cronômetro de apresentações"
    assert "<svg" in svg.read_text(encoding="utf-8")
    for size, png in zip(ICON_SIZES, pngs, strict=True):
        assert f"{size}x{size}" in str(png)
        with Image.open(png) as image:
            assert image.size == (size, size)


def test_remove_takes_everything_out_and_says_so_when_there_was_nothing(tmp_path):
    pechakucha("install-desktop", data_home=tmp_path)
    removed = pechakucha("install-desktop", "--remove", data_home=tmp_path)
    assert removed.returncode == 0 and "no longer" in removed.stdout
    assert not any(path.exists() for path in installed_files(tmp_path))
    again = pechakucha("install-desktop", "--remove", data_home=tmp_path)
    assert again.returncode == 0 and "was not" in again.stdout


def test_an_unwritable_data_folder_is_one_sentence_and_exit_2(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    result = pechakucha("install-desktop", data_home=blocked)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert result.stderr.startswith("pechakucha install-desktop: ")
