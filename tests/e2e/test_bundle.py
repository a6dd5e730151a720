"""The double-click app (`pyinstaller --noconfirm pechakucha.spec`) on a machine without Python.

Run by `.ci/run` after it builds the bundle: `PECHAKUCHA_BUNDLE=dist/pechakucha/pechakucha`;
skipped without that variable. The bundle starts with an environment as bare as a desktop
launcher's (no venv, no PYTHONPATH, PATH=/usr/bin:/bin) and must not load any Python from
outside its own folder: the checks, then a talk on two virtual monitors, judged by the journal
and by a screenshot of the projector.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import LAPTOP_WIDTH, NEEDS_X, journal, wait_for

BUNDLE = os.environ.get("PECHAKUCHA_BUNDLE", "")
pytestmark = pytest.mark.skipif(not BUNDLE, reason="set PECHAKUCHA_BUNDLE to the built app")
SECONDS_PER_SLIDE = 4  # room to take the screenshot while slide 2 is up


def executable() -> Path:
    """The bundle's executable, made absolute."""
    return Path(BUNDLE).resolve()


def samples() -> Path:
    """The sample Session Two inside the bundle (pechakucha.samples)."""
    return executable().parent / "_internal" / "pechakucha" / "samples"


def bare_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """What a double-click gives the app: a home, a minimal PATH, a UTF-8 locale."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "PECHAKUCHA_DATA_DIR": str(tmp_path / "data"),
        **extra,
    }


def process_tree(pid: int) -> list[int]:
    """A process and its descendants (the render process), from /proc."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    found = children.read_text().split() if children.exists() else []
    return [pid, *(tree for child in found for tree in process_tree(int(child)))]


def python_outside(pid: int, folder: Path) -> list[str]:
    """Python files (libpython, extension modules, site-packages) that a running process or
    its children have mapped from outside `folder`."""
    maps = [line for each in process_tree(pid) for line in mapped(each)]
    paths = {line.split(maxsplit=5)[-1] for line in maps if "/" in line}
    pythonish = ("libpython", "site-packages", "/lib/python3", ".cpython-")
    return sorted(
        path
        for path in paths
        if any(mark in path for mark in pythonish) and not path.startswith(str(folder))
    )


def mapped(pid: int) -> list[str]:
    """Lines of /proc/PID/maps (none once the process has gone)."""
    try:
        return Path(f"/proc/{pid}/maps").read_text().splitlines()
    except OSError:
        return []


def page_thumbnails(deck: Path) -> list:
    """Each page of a PDF as the projector shows it (1920×1080), shrunk to 64×36."""
    import pymupdf
    from PIL import Image

    thumbnails = []
    with pymupdf.open(deck) as document:
        for page in document:
            zoom = 1920 / page.rect.width
            pixmap = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
            image = Image.frombytes("RGB", (pixmap.width, pixmap.height), pixmap.samples)
            thumbnails.append(image.resize((64, 36), Image.Resampling.BOX))
    return thumbnails


def distance(first, second) -> float:
    """Mean absolute difference of two same-sized RGB images, 0–255."""
    from PIL import ImageChops, ImageStat

    return sum(ImageStat.Stat(ImageChops.difference(first, second)).mean) / 3


def test_bundle_checks_its_own_sample_session_without_python(tmp_path):
    session = samples() / "session-two.toml"
    result = subprocess.run(
        [str(executable()), "check", str(session)],
        env=bare_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("ready, 20 slides") == 3


@NEEDS_X
def test_bundle_shows_slides_1_and_2_on_the_projector_through_its_render_process(display, tmp_path):
    from PIL import ImageGrab

    deck = samples() / "barcelona.pdf"
    log = tmp_path / "talk.jsonl"
    args = ["--start", "--slides", "3", "--seconds-per-slide", str(SECONDS_PER_SLIDE)]
    app = subprocess.Popen(
        [str(executable()), str(deck), *args, "--quit-at-end", "--log", str(log), "--lang", "en"],
        env=bare_env(tmp_path, DISPLAY=display, QT_QPA_PLATFORM="xcb"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        shown = lambda: [e["slide"] for e in journal(log) if e["event"] == "advance"]  # noqa: E731
        wait_for(lambda: 2 in shown(), timeout=60)
        projector = ImageGrab.grab(xdisplay=display).crop((LAPTOP_WIDTH, 0, 3200, 1080))
        outside = python_outside(app.pid, executable().parent)
        processes = len(process_tree(app.pid))
        assert app.wait(timeout=60) == 0, app.stderr.read()
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    advances = [e for e in journal(log) if e["event"] == "advance"]
    assert [a["slide"] for a in advances][:2] == [1, 2]
    assert all(a["screen"] == "projector" for a in advances)
    assert outside == [] and processes >= 2  # app + render process, on the bundle's Python
    thumbnail = projector.convert("RGB").resize((64, 36), resample=4)  # BOX
    distances = [distance(thumbnail, page) for page in page_thumbnails(deck)]
    best = min(range(len(distances)), key=distances.__getitem__)
    assert best + 1 in (2, 3), distances  # slide 2, or 3 if it came while we looked
    assert distances[best] < 6, distances  # the slide itself: not black, not the desktop
