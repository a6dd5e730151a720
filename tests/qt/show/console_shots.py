"""Screenshots of the console and projector in every session state, to look at by eye.

Needs an X server with a laptop screen and a projector side by side (docs: DESIGN §7), e.g.:

    Xvfb :142 -screen 0 3200x1080x24 -nolisten tcp -noreset &
    DISPLAY=:142 xrandr --setmonitor PRESENTER 1280/339x800/212+0+0 screen
    DISPLAY=:142 xrandr --setmonitor PROJECTOR 1920/508x1080/286+1280+0 none
    DISPLAY=:142 QT_QPA_PLATFORM=xcb python -m tests.qt.show.console_shots OUT --lang es

writes OUT/<lang>-<state>.png (the whole desktop: console left, projector right).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from PIL import ImageGrab
from PySide6.QtWidgets import QApplication

from pechakucha.qt.app.i18n import install_translator
from pechakucha.qt.app.screens import ScreenPlacer
from tests.qt.show.console_states import make_console_show, walk_states


def settle(show) -> None:
    """Render every slide a view is waiting for, then paint."""
    views = (show.audience.slide_view, show.console.current_view, show.console.next_view)
    show.controller.cache.fill_now([key for view in views if (key := view.key()) is not None])
    for _ in range(5):
        QApplication.processEvents()
        time.sleep(0.05)


def main() -> None:
    """Walk Session Two and save one screenshot per state."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    _app = QApplication([])  # kept alive for the whole run
    install_translator(args.lang)
    with tempfile.TemporaryDirectory() as scratch:
        show = make_console_show(Path(scratch))
        placer = ScreenPlacer(show.audience, show.console)
        placer.place()
        for state in walk_states(show):
            settle(show)
            image = ImageGrab.grab(xdisplay=os.environ["DISPLAY"])
            image.save(args.folder / f"{args.lang}-{state}.png")
        show.close()


if __name__ == "__main__":
    main()
