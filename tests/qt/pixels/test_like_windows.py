"""With the standard library made to look like Windows where it differs on the way to a slide
(no `os.memfd_create`, no `socket.send_fds`/`recv_fds`, `Popen(pass_fds=…)` raising, no
`mmap.MAP_*` flags), in the GUI and in the render process alike, the show still puts slides 1
and 2 on the projector through the render process, and `check` works."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

LIKE_WINDOWS = '''"""The standard library as Windows has it on the way to a slide."""
import mmap
import os
import socket
import subprocess

for module, names in (
    (os, ["memfd_create", "MFD_CLOEXEC"]),
    (socket, ["send_fds", "recv_fds"]),
    (mmap, [name for name in dir(mmap) if name.startswith("MAP_")]),
):
    for name in names:
        if hasattr(module, name):
            delattr(module, name)


class Popen(subprocess.Popen):
    """subprocess.Popen as on Windows: no descriptors to pass."""

    def __init__(self, *args, pass_fds=(), **kwargs):
        if pass_fds:
            raise ValueError("pass_fds is not supported on Windows")
        super().__init__(*args, **kwargs)


subprocess.Popen = Popen
'''


@pytest.fixture
def like_windows(tmp_path: Path, monkeypatch) -> dict[str, str]:
    """This process and every Python it starts (a sitecustomize on PYTHONPATH) look like
    Windows on the way to a slide; the environment for such a child."""
    folder = tmp_path / "like-windows"
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(LIKE_WINDOWS, encoding="utf-8")
    paths = [str(folder), *filter(None, [os.environ.get("PYTHONPATH")])]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(paths))
    namespace: dict = {}
    exec(compile(LIKE_WINDOWS, "like_windows", "exec"), namespace)  # undone by the fixture below
    for module, names in (("os", ["memfd_create"]), ("socket", ["send_fds", "recv_fds"])):
        assert not any(hasattr(sys.modules[module], name) for name in names)
    assert subprocess.Popen is namespace["Popen"]
    return dict(os.environ)


@pytest.fixture(autouse=True)
def _undo_like_windows():
    """The attributes the sitecustomize text deletes in this process, put back afterwards."""
    import mmap
    import socket

    saved = [
        (module, name, getattr(module, name))
        for module in (os, socket, mmap)
        for name in dir(module)
        if name in ("memfd_create", "MFD_CLOEXEC", "send_fds", "recv_fds") or name[:4] == "MAP_"
    ]
    popen = subprocess.Popen
    yield
    for module, name, value in saved:
        setattr(module, name, value)
    subprocess.Popen = popen


def test_a_show_on_a_Windows_like_standard_library_projects_slides_1_and_2(
    like_windows, make_show, qtbot
):
    show = make_show(seconds=0.5, slides=3)
    child_is_like_windows = show.renderer.submit(
        eval,
        "not hasattr(__import__('os'), 'memfd_create') and "
        "not hasattr(__import__('mmap'), 'MAP_SHARED') and "
        "not hasattr(__import__('socket'), 'send_fds')",
    )
    painted: list[int] = []
    show.audience.slide_view.painted.connect(lambda _deck, index: painted.append(index))
    qtbot.keyClick(show.console, Qt.Key_F5)
    qtbot.waitUntil(lambda: {0, 1} <= set(painted), timeout=30000)
    deck = show.controller.decks[0].path
    second = show.cache.get(show.audience.slide_view.key_for(deck, 1))
    colour = second.toImage().pixelColor(5, 5)  # slide 2: (2·37, 2·91 mod 255, 128)
    assert child_is_like_windows.result(timeout=30) is True
    assert abs(colour.red() - 74) <= 2 and abs(colour.green() - 182) <= 2
    assert show.renderer.pid not in (None, os.getpid())


def test_check_works_on_a_Windows_like_standard_library(like_windows, numbered_pdf):
    done = subprocess.run(
        [sys.executable, "-m", "pechakucha", "check", str(numbered_pdf), "--json"],
        capture_output=True,
        text=True,
        env=like_windows,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["decks"][0]["status"] == "ready"
