"""What the app remembers between runs: the projector's monitor, the windows' places — and that
nothing remembered puts a window or a dialog on the projector.

Each run is the real app (`pechakucha.cli.main.main`) in its own process on a two-screen
offscreen layout (`QT_QPA_PLATFORM=offscreen:configfile=…`), with this test's own settings
folder ($XDG_CONFIG_HOME, set for every test by tests/conftest.py). A probe, run once the
app's event loop runs (the windows are placed by then), prints where the windows are.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import write_numbered_pdf

# The offscreen platform lists screens by name and makes the first one primary: here the
# projector, as when a venue laptop's system makes the projector its main display.
LAPTOP = {"name": "eDP-1", "x": 0, "y": 0, "width": 1280, "height": 800}
PROJECTOR = {"name": "HDMI-1", "x": 1280, "y": 0, "width": 1920, "height": 1080}
SCREENS = [LAPTOP, PROJECTOR]
DRIVER = """
import sys
from PySide6.QtCore import QThread, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pechakucha.cli.main import main

def where(widget):
    return QGuiApplication.screenAt(widget.geometry().center()).name()

def windows():
    return {type(w).__name__: w for w in QApplication.topLevelWidgets() if w.isVisible()}

def probe():
    if QThread.currentThread().loopLevel() == 0:  # not yet in app.exec(): look again there
        QTimer.singleShot(0, probe)
        return
PROBE

app = QApplication(sys.argv[:1])
QTimer.singleShot(0, probe)
sys.exit(main(ARGV))
"""


def run(tmp_path: Path, screens: list[dict], argv: list[str], probe: str) -> list[str]:
    """Run the app with `argv` on `screens`; the words its probe printed."""
    layout = tmp_path / f"screens-{len(list(tmp_path.glob('screens-*')))}.json"
    full = [dict(s, logicalDpi=96, logicalBaseDpi=96, dpr=1) for s in screens]
    layout.write_text(json.dumps({"screens": full}), encoding="utf-8")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={layout}",
        PECHAKUCHA_DATA_DIR=str(tmp_path / "data"),
    )
    probe = textwrap.indent(textwrap.dedent(probe).strip(), "    ")
    code = DRIVER.replace("PROBE", probe).replace("ARGV", repr(argv))
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=90
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


SHOW_PROBE = """
shown = windows()
print(where(shown["AudienceWindow"]), where(shown["PresenterConsole"]))
QApplication.quit()
"""


def test_the_second_start_puts_the_audience_on_the_remembered_projector(tmp_path):
    deck = str(write_numbered_pdf(tmp_path / "talk.pdf", slides=3))
    # The first time the operator says which screen is the projector (it is the primary one).
    first = run(tmp_path, SCREENS, [deck, "--screen", "0", "--lang", "en"], SHOW_PROBE)
    assert first == ["HDMI-1", "eDP-1"]  # audience, console
    # The next start on the same set-up needs no --screen.
    assert run(tmp_path, SCREENS, [deck, "--lang", "en"], SHOW_PROBE) == ["HDMI-1", "eDP-1"]


def test_without_memory_the_usual_rule_applies_and_reset_settings_forgets(tmp_path):
    deck = str(write_numbered_pdf(tmp_path / "talk.pdf", slides=3))
    run(tmp_path, SCREENS, [deck, "--screen", "0"], SHOW_PROBE)
    reset = subprocess.run(
        [sys.executable, "-m", "pechakucha", "--reset-settings", "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert reset.returncode == 0 and "forgot" in reset.stdout
    # the first screen that is not the primary: here, wrongly, the laptop
    assert run(tmp_path, SCREENS, [deck], SHOW_PROBE) == ["eDP-1", "HDMI-1"]


def test_a_window_left_on_the_projector_comes_back_on_the_laptop_with_its_dialogs(tmp_path):
    deck = str(write_numbered_pdf(tmp_path / "talk.pdf", slides=3))
    run(tmp_path, SCREENS, [deck, "--screen", "0"], SHOW_PROBE)  # the projector is remembered
    leave_on_projector = """
    editor = windows()["SessionEditor"]
    projector = next(s for s in QGuiApplication.screens() if s.name() == "HDMI-1")
    editor.windowHandle().setScreen(projector)  # as a window manager does on a drag across
    editor.move(1600, 200)
    print(where(editor))
    editor.close()
    """
    assert run(tmp_path, SCREENS, ["edit"], leave_on_projector) == ["HDMI-1"]
    come_back = """
    editor = windows()["SessionEditor"]
    print(where(editor))
    def look_at_the_dialog():
        dialog = QApplication.activeModalWidget()
        print(where(dialog))
        dialog.done(0)
        QApplication.quit()
    QTimer.singleShot(0, look_at_the_dialog)
    editor.show_error("probe")
    """
    assert run(tmp_path, SCREENS, ["edit"], come_back) == ["eDP-1", "eDP-1"]


def test_a_window_comes_back_where_it_was_left(tmp_path):
    move = """
    editor = windows()["SessionEditor"]
    editor.setGeometry(150, 120, 900, 600)
    editor.close()
    """
    run(tmp_path, SCREENS, ["edit"], move)
    look = """
    geometry = windows()["SessionEditor"].geometry()
    print(geometry.x(), geometry.y(), geometry.width(), geometry.height())
    QApplication.quit()
    """
    assert run(tmp_path, SCREENS, ["edit"], look) == ["150", "120", "900", "600"]


def test_the_cannot_open_box_opens_on_the_laptop_when_the_projector_is_the_main_screen(tmp_path):
    """Qt opens a parentless box under the mouse pointer; `fail`'s box goes to the laptop."""
    deck = str(write_numbered_pdf(tmp_path / "talk.pdf", slides=3))
    screens = [PROJECTOR, LAPTOP]  # the system made the projector its main display
    run(tmp_path, screens, [deck, "--screen", "0"], SHOW_PROBE)  # the projector is remembered
    place_box = """
    from PySide6.QtWidgets import QMessageBox
    from pechakucha.qt.app.startup import on_operator_screen
    box = QMessageBox(QMessageBox.Critical, "Cannot open", "probe: a deck is missing")
    on_operator_screen(box)
    print(where(box))
    QApplication.quit()
    """
    assert run(tmp_path, screens, ["edit"], place_box) == ["eDP-1"]
