"""What every window of the app needs at start: the QApplication, the data folder, a way to fail."""

from __future__ import annotations

import contextlib
import ctypes
import sys
from importlib import resources

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pechakucha.qt.app import errors
from pechakucha.qt.app.folders import DATA_DIR_VARIABLE, data_folder
from pechakucha.qt.app.i18n import install_translator, interface_language
from pechakucha.qt.app.screens import operator_screen

__all__ = ["DATA_DIR_VARIABLE", "application", "data_folder", "fail", "limit_heap_growth"]

EXIT_BAD_INPUT = 2


ICON_SIZES = (16, 32, 48, 128, 256)


def application(language: str | None = None) -> QApplication:
    """The one QApplication, named, with its icon and the interface language installed
    (`language`: --lang, remembered for next time; None: the remembered or system one), and
    unexpected errors said in one sentence and logged (errors.install)."""
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "pechakucha"])
    app.setApplicationName("pechakucha")
    app.setDesktopFileName("pechakucha")  # Wayland docks match the window to the .desktop entry
    app.setWindowIcon(app_icon())
    install_translator(interface_language(language))
    errors.install()
    return app


def app_icon() -> QIcon:
    """The app's icon at every size it ships (set on every window through the application)."""
    folder = resources.files("pechakucha.resources") / "icons"
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"pechakucha-{size}.png"))
    icon.addFile(str(folder / "pechakucha.svg"))
    return icon


def fail(message: str, command: str = "") -> int:
    """Say why nothing can start (stderr, and a dialog where someone can see it); return 2."""
    print(f"pechakucha{' ' + command if command else ''}: {message}", file=sys.stderr)
    if QApplication.platformName() not in ("offscreen", "minimal"):
        box = QMessageBox(
            QMessageBox.Critical, QApplication.translate("app", "Cannot open"), message
        )
        on_operator_screen(box)
        box.exec()
    return EXIT_BAD_INPUT


def on_operator_screen(window: QWidget) -> None:
    """Centre a parentless window on the operator's screen, never on the projector (Qt would
    open it on the screen under the mouse pointer, which can be the projector)."""
    window.adjustSize()
    area = operator_screen().availableGeometry()
    frame = window.frameGeometry()
    frame.moveCenter(area.center())
    window.move(frame.topLeft())


def limit_heap_growth() -> None:
    """Return big freed buffers (rendered slides) to the system at once (glibc only).

    glibc raises its mmap threshold after large frees, after which 30 MB slide buffers come
    from the heap and fragment it: measured 313 → 278 MB peak at 4K with a fixed 1 MB.
    """
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError, TypeError):  # musl or no libc symbol
        ctypes.CDLL(None).mallopt(-3, 1 << 20)  # M_MMAP_THRESHOLD
