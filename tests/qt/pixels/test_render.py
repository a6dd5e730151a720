"""The render process: real decks drawn in another process, pixels back through shared memory,
and every way it can fail survived (kill -9, a slide that kills it, a deck changed on disk)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from pechakucha.cli.bench import HEAVY_SLIDE, make_heavy_deck
from pechakucha.decks.errors import DamagedFile, DeckNotFound, RenderFailed
from pechakucha.qt.pixels import transport
from pechakucha.qt.pixels.protocol import dumps, loads
from pechakucha.qt.pixels.render import QUIET_AFTER, QUIET_BEFORE, SlideKey, SlideRenderer
from tests.conftest import write_numbered_pdf

SMALL = (320, 180)
CRASH = getattr(signal, "SIGSEGV", signal.SIGTERM)  # how a MuPDF crash ends the process
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")


@pytest.fixture
def renderer():
    """A renderer with its own render process, stopped after the test."""
    made = SlideRenderer()
    yield made
    made.close()


@pytest.fixture
def heavy_pdf(tmp_path: Path) -> Path:
    """Numbered slides; slide HEAVY_SLIDE + 1 takes about a second (more here) to draw at 1080p."""
    return make_heavy_deck(tmp_path / "heavy.pdf", leaf_paths=10, slides=HEAVY_SLIDE + 2)


def key(deck: Path, index: int, size: tuple[int, int] = SMALL) -> SlideKey:
    return SlideKey(str(deck), index, *size)


def test_SlideRenderer_draws_in_another_process_the_right_pixels(renderer, numbered_pdf, qtbot):
    info = renderer.open(str(numbered_pdf))
    with qtbot.waitSignal(renderer.rendered, timeout=30000) as arrived:
        renderer.request(key(numbered_pdf, 2))
    drawn_key, image = arrived.args
    colour = image.pixelColor(5, 5)  # slide 3's background: (3·37, 3·91 mod 255, 128)
    assert (len(info), drawn_key, image.width(), image.height()) == (
        20,
        key(numbered_pdf, 2),
        *SMALL,
    )
    assert abs(colour.red() - 111) <= 2 and abs(colour.green() - 18) <= 2
    assert renderer.pid not in (None, os.getpid())


def test_the_GUI_process_never_imports_PyMuPDF(numbered_pdf):
    script = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication([])\n"
        "from pechakucha.qt.pixels.render import SlideKey, SlideRenderer\n"
        "renderer = SlideRenderer()\n"
        f"renderer.open({str(numbered_pdf)!r})\n"
        f"image = renderer.render_now(SlideKey({str(numbered_pdf)!r}, 0, 640, 360))\n"
        "renderer.close()\n"
        "print(image.width(), 'pymupdf' in sys.modules, 'fitz' in sys.modules)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    assert done.stdout.split() == ["640", "False", "False"], done.stderr


def test_deck_errors_keep_their_kind_and_fields_across_the_process_boundary(renderer, tmp_path):
    missing = tmp_path / "missing.pdf"
    with pytest.raises(DeckNotFound) as raised:
        renderer.open(str(missing))
    travelled = loads(dumps(RenderFailed(missing, 3)))  # needs (path, slide) to be rebuilt
    assert raised.value.path == missing and str(raised.value).startswith(str(missing))
    assert (type(travelled), travelled.slide, str(travelled)) == (
        RenderFailed,
        3,
        str(RenderFailed(missing, 3)),
    )


def test_submit_runs_deck_work_in_the_render_process(renderer):
    assert renderer.submit(os.getpid).result(timeout=30) == renderer.pid


def test_killed_render_process_restarts_and_pending_requests_still_arrive(
    renderer, heavy_pdf, qtbot
):
    renderer.open(str(heavy_pdf))
    arrived: list[SlideKey] = []
    renderer.rendered.connect(lambda drawn, _image: arrived.append(drawn))
    heavy = key(heavy_pdf, HEAVY_SLIDE, (1920, 1080))
    wanted = [heavy] + [key(heavy_pdf, i) for i in range(3)]
    for slide in wanted:  # the heavy one is being drawn, the others wait behind it
        renderer.request(slide)
    with qtbot.waitSignal(renderer.warning, timeout=30000) as warned:
        os.kill(renderer.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: sorted(arrived, key=str) == sorted(wanted, key=str), timeout=60000)
    assert "restarted" in warned.args[0]


def test_a_slide_that_stops_the_renderer_twice_fails_alone_and_is_named(renderer, heavy_pdf, qtbot):
    renderer.open(str(heavy_pdf))
    failures: list[tuple[SlideKey, str]] = []
    renderer.failed.connect(lambda failed, message: failures.append((failed, message)))
    heavy = key(heavy_pdf, HEAVY_SLIDE, (1920, 1080))
    renderer.request(heavy)
    first = renderer.pid
    os.kill(first, CRASH)  # as a MuPDF crash on this slide would
    qtbot.waitUntil(lambda: renderer.pid not in (None, first), timeout=30000)
    os.kill(renderer.pid, CRASH)  # the slide is drawn again, and crashes again
    qtbot.waitUntil(lambda: bool(failures), timeout=30000)
    with qtbot.waitSignal(renderer.rendered, timeout=30000):
        renderer.request(key(heavy_pdf, 0))  # the next slide is drawn as usual
    assert failures == [
        (
            heavy,
            f"Slide {HEAVY_SLIDE + 1} of {heavy_pdf} failed to render: "
            "drawing it stopped the renderer.",
        )
    ]


@pytest.mark.parametrize("change", ["overwritten", "removed"])
def test_a_deck_changed_on_disk_is_not_drawn_again_and_says_why(
    renderer, numbered_pdf, qtbot, change
):
    renderer.open(str(numbered_pdf))
    renderer.render_now(key(numbered_pdf, 0))
    if change == "overwritten":
        write_numbered_pdf(numbered_pdf, slides=5)
    else:
        numbered_pdf.unlink()
    with qtbot.waitSignal(renderer.failed, timeout=30000) as failed:
        renderer.request(key(numbered_pdf, 1))
    assert failed.args[0] == key(numbered_pdf, 1)
    assert "changed or was removed during the show" in failed.args[1]


def test_a_deck_whose_opening_stops_the_renderer_twice_is_reported_damaged(
    renderer, tmp_path, qtbot
):
    deck = write_numbered_pdf(tmp_path / "long.pdf", slides=2000)  # opens in a while
    opening = renderer.open_async(str(deck))
    first = renderer.pid
    os.kill(first, CRASH)  # as a MuPDF crash while reading this file would
    qtbot.waitUntil(lambda: renderer.pid not in (None, first), timeout=30000)
    os.kill(renderer.pid, CRASH)
    with pytest.raises(DamagedFile) as raised:
        opening.result(timeout=30)
    assert raised.value.path == deck


def test_a_file_saved_into_an_image_folder_deck_does_not_stop_it(renderer, tmp_path, qtbot):
    from PIL import Image

    folder = tmp_path / "photos"
    folder.mkdir()
    for number in range(3):
        Image.new("RGB", (160, 90), (80 * number, 40, 200)).save(folder / f"{number}.png")
    renderer.open(str(folder))
    renderer.render_now(key(folder, 0))
    (folder / "Thumbs.db").write_bytes(b"a file manager was here")
    with qtbot.waitSignal(renderer.rendered, timeout=30000) as arrived:
        renderer.request(key(folder, 1))
    assert arrived.args[0] == key(folder, 1)


def test_no_background_render_starts_close_to_a_slide_deadline(renderer, numbered_pdf, qtbot):
    renderer.open(str(numbered_pdf))
    deadline = time.monotonic() + QUIET_BEFORE / 2  # the quiet time has begun
    renderer.keep_quiet_around(deadline)
    drawn: list[tuple[SlideKey, float]] = []
    renderer.rendered.connect(lambda done, _image: drawn.append((done, time.monotonic())))
    renderer.request(key(numbered_pdf, 3))  # asked for ahead: waits for the quiet time to end
    renderer.request(key(numbered_pdf, 4), urgent=True)  # a view needs it now: at once
    qtbot.waitUntil(lambda: len(drawn) == 2, timeout=30000)
    assert [done for done, _ in drawn] == [key(numbered_pdf, 4), key(numbered_pdf, 3)]
    assert drawn[1][1] >= deadline + QUIET_AFTER


def test_a_slide_that_cannot_be_drawn_fails_alone(renderer, numbered_pdf, qtbot):
    renderer.open(str(numbered_pdf))
    with qtbot.waitSignal(renderer.failed, timeout=30000) as failed:
        renderer.request(key(numbered_pdf, 25))  # the deck has 20
    with qtbot.waitSignal(renderer.rendered, timeout=30000):
        renderer.request(key(numbered_pdf, 19))
    assert failed.args[0] == key(numbered_pdf, 25) and "25" in failed.args[1]


def test_a_job_whose_process_is_killed_twice_from_outside_is_still_answered(
    renderer, heavy_pdf, qtbot
):
    renderer.open(str(heavy_pdf))
    heavy = key(heavy_pdf, HEAVY_SLIDE, (1920, 1080))
    with qtbot.waitSignal(renderer.rendered, timeout=90000) as arrived:
        renderer.request(heavy)
        first = renderer.pid
        os.kill(first, signal.SIGKILL)  # not the slide's fault: someone killed the process
        qtbot.waitUntil(lambda: renderer.pid not in (None, first), timeout=30000)
        os.kill(renderer.pid, signal.SIGKILL)  # and again, while it draws the same slide
    assert arrived.args[0] == heavy


def test_a_stopped_render_process_is_restarted_by_the_watchdog_and_the_slide_arrives(
    renderer, numbered_pdf, qtbot
):
    renderer.set_deadlines({"render": 3.0})
    renderer.open(str(numbered_pdf))
    troubles: list[tuple[SlideKey, str]] = []
    renderer.troubled.connect(lambda slide, why: troubles.append((slide, why)))
    stopped = renderer.pid
    os.kill(stopped, signal.SIGSTOP)  # hung: it will never answer
    try:
        with qtbot.waitSignal(renderer.rendered, timeout=60000) as arrived:
            renderer.request(key(numbered_pdf, 8))
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(stopped, signal.SIGCONT)
    assert arrived.args[0] == key(numbered_pdf, 8) and renderer.pid != stopped
    assert troubles == [
        (
            key(numbered_pdf, 8),
            "Slide 9 of talk.pdf took more than 3 s to draw: the slide renderer was restarted "
            "and is drawing it again.",
        )
    ]


def test_no_shared_memory_is_left_behind_by_a_closed_renderer(
    numbered_pdf, qtbot, tmp_path, monkeypatch
):
    folders = [tmp_path / "shm", tmp_path / "tmp"]
    for folder in folders:
        folder.mkdir()
    monkeypatch.setattr(transport, "SHM_FOLDER", str(folders[0]))
    monkeypatch.setattr(tempfile, "tempdir", str(folders[1]))
    made = SlideRenderer()
    made.open(str(numbered_pdf))
    made.render_now(key(numbered_pdf, 0))
    made.prerender(key(numbered_pdf, 1))  # drawn fast: its memory is freed at once
    with qtbot.waitSignal(made.timed, timeout=30000):
        made.prerender(key(numbered_pdf, 2))
    made.close()
    assert [list(folder.iterdir()) for folder in folders] == [[], []]
