"""The render process starts from a venv and from a bundled (PyInstaller) executable alike."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from pechakucha.qt.pixels import transport
from pechakucha.qt.pixels.render import SlideKey, SlideRenderer

OUT = {"capture_output": True, "text": True, "check": True}


def test_render_command_from_a_venv_runs_the_server_module(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert transport.render_command("x") == [
        sys.executable,
        "-m",
        "pechakucha.qt.pixels.server",
        "x",
    ]


def test_render_command_from_a_bundle_runs_the_executable_with_the_hidden_flag(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/pechakucha/pechakucha")
    assert transport.render_command() == ["/opt/pechakucha/pechakucha", "--render-process"]


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in bundle is a shell script")
def test_a_bundle_draws_slides_through_its_own_executable(
    numbered_pdf, tmp_path: Path, monkeypatch, qtbot
):
    bundle = tmp_path / "pechakucha"  # runs the `pechakucha` entry point, as the bundle does
    called = tmp_path / "called"
    bundle.write_text(
        "#!/bin/sh\n"
        f'echo "$@" >> "{called}"\n'
        f'exec "{sys.executable}" -c "import sys; from pechakucha.cli.main import main; '
        'sys.exit(main(sys.argv[1:]))" "$@"\n',
        encoding="utf-8",
    )
    bundle.chmod(bundle.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle))
    renderer = SlideRenderer()
    try:
        renderer.open(str(numbered_pdf))
        image = renderer.render_now(SlideKey(str(numbered_pdf), 2, 320, 180))
        pid = renderer.pid
    finally:
        renderer.close()
    assert (image.width(), image.height()) == (320, 180)
    assert called.read_text().split() == ["--render-process"]
    assert pid != os.getpid()


def test_the_portable_path_is_named_and_forced_by_the_variable(monkeypatch):
    monkeypatch.setenv(transport.PORTABLE_VARIABLE, "1")
    assert (transport.portable_forced(), transport.path_name()) == (True, "portable")
    monkeypatch.setenv(transport.PORTABLE_VARIABLE, "0")
    assert transport.portable_forced() is False


@pytest.mark.skipif(sys.platform == "win32", reason="Windows frees named mappings itself")
def test_slide_files_left_by_an_app_that_was_killed_are_swept(tmp_path: Path):
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], **OUT)
    dead = tmp_path / f"{transport.SLOT_PREFIX}{ended.stdout.strip()}-abc"
    alive = tmp_path / f"{transport.SLOT_PREFIX}{os.getpid()}-abc"
    other = tmp_path / "notes.txt"
    for path in (dead, alive, other):
        path.write_bytes(b"x")
    transport.sweep(str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([alive.name, other.name])
