"""The Qt binding itself must be sound: a refcount bug here aborts the app mid-session."""

import sys

from PySide6.QtWidgets import QWidget


def test_qwidget_update_keeps_the_reference_count_of_None(qtbot):
    """PySide6 6.12.0 on Python 3.11 lost a reference to None per void call (fatal later)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.update()
    assert abs(sys.getrefcount(None) - before) < 50
