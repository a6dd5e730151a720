"""No clipping on the presenter console: at laptop sizes, in English and Spanish, in every state
of Session Two, every visible label's text fits its rectangle or is elided on purpose with the
whole text in its tooltip; every running-order and report cell likewise; the ring's number fits
inside the ring. Also at a device pixel ratio of 1.5 (QT_SCALE_FACTOR, in a subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QWidget

from pechakucha.core.session.model import one_talk_session
from pechakucha.qt.app.i18n import install_translator
from pechakucha.qt.widgets.countdown import CountdownRing
from pechakucha.qt.widgets.fit_label import FitLabel
from tests.qt.show.console_states import (
    SESSION_TWO,
    make_console_show,
    walk_single_deck,
    walk_states,
)

SIZES = [(1280, 800), (1366, 768), (1920, 1080)]
CELL_PADDING = 8  # a table cell's text margins (both sides) in the default style
ROOT = Path(__file__).resolve().parents[3]


def label_problem(label: QLabel) -> str | None:
    """Why `label` shows less than its text without saying so, or None if all is well."""
    text = label.text()
    metrics = QFontMetrics(label.font())
    rect = label.contentsRect()
    width = rect.width() - 2 * label.margin()
    if label.wordWrap():
        if label.heightForWidth(label.width()) > label.height():
            return f"wrapped text taller than {label.height()} px"
    elif max(metrics.horizontalAdvance(line) for line in text.split("\n")) > width:
        return f"{metrics.horizontalAdvance(text)} px of text in {width} px"
    lines = 1 if label.wordWrap() else text.count("\n") + 1
    if metrics.height() * lines > rect.height():  # every line of the text fits its height
        return f"{lines} line(s) of {metrics.height()} px in {rect.height()} px"
    if isinstance(label, FitLabel) and label.is_elided() and label.toolTip() != label.full_text():
        return "elided without the whole text in its tooltip"
    return None


def cell_problems(table: QTableWidget) -> list[str]:
    """Cells whose text is wider than their column and whose tooltip does not hold it."""
    problems = []
    metrics = QFontMetrics(table.font())
    if table.horizontalScrollBar().isVisible():
        problems.append("a horizontal scroll bar")
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None or not item.text():
                continue
            needed = metrics.horizontalAdvance(item.text()) + CELL_PADDING
            if needed > table.columnWidth(column) and item.toolTip() != item.text():
                problems.append(f"cell {row},{column} {item.text()!r} cut, no tooltip")
    return problems


def ring_problems(ring: CountdownRing) -> list[str]:
    """The ring's number must fit inside the ring; its caption fits or has a tooltip."""
    problems = []
    font = ring.number_font()
    if QFontMetrics(font).horizontalAdvance(ring.text()) > ring.number_rect(font).width():
        problems.append(f"ring number {ring.text()!r} wider than the ring")
    if not ring.caption_fits() and ring.toolTip() != ring.caption():
        problems.append(f"ring caption {ring.caption()!r} cut, no tooltip")
    return problems


def clipping(window: QWidget) -> list[str]:
    """Every clipped text visible in `window`."""
    problems = []
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and label.text():
            problem = label_problem(label)
            if problem:
                problems.append(
                    f"{label.objectName() or type(label).__name__} {label.text()!r}: {problem}"
                )
    for table in window.findChildren(QTableWidget):
        if table.isVisibleTo(window):
            problems += cell_problems(table)
    for ring in window.findChildren(CountdownRing):
        if ring.isVisibleTo(window):
            problems += ring_problems(ring)
    return problems


@pytest.fixture(params=["en", "es"])
def language(request, qapp):
    assert install_translator(request.param) == request.param
    yield request.param
    install_translator("en")


def test_no_console_text_is_clipped_in_any_state_at_laptop_sizes(language, qtbot, tmp_path):
    show = make_console_show(tmp_path)
    qtbot.addWidget(show.console)
    qtbot.addWidget(show.audience)
    show.console.show()
    found = []
    try:
        for state in walk_states(show):
            for width, height in SIZES:
                show.console.resize(width, height)
                QApplication.processEvents()
                found += [
                    f"{language} {width}×{height} {state}: {p}" for p in clipping(show.console)
                ]
    finally:
        show.close()
    assert found == []


def test_no_text_is_clipped_on_a_single_deck_console(language, qtbot, tmp_path):
    deck = one_talk_session(SESSION_TWO.parent / "barcelona.pdf")
    show = make_console_show(tmp_path, deck)
    qtbot.addWidget(show.console)
    qtbot.addWidget(show.audience)
    show.console.show()
    found = []
    try:
        for state in walk_single_deck(show):
            for width, height in SIZES:
                show.console.resize(width, height)
                QApplication.processEvents()
                found += [
                    f"{language} {width}×{height} {state}: {p}" for p in clipping(show.console)
                ]
    finally:
        show.close()
    assert found == []


def test_the_walk_meets_every_state_the_issue_names(qapp, tmp_path):
    show = make_console_show(tmp_path)
    try:
        seen = {state: show.console.ring.text() for state in walk_states(show)}
    finally:
        show.close()
    assert set(seen) >= {
        "ready",
        "up_next",
        "talk",
        "paused",
        "hold",
        "qa",
        "commentary",
        "closing",
    }
    assert seen["commentary_long_overtime"] == "+1:20:40"
    assert seen["commentary_overtime"] == "+0:20"
    assert seen["closing"] != ""  # the ring shows how long the closing card has been up


@pytest.mark.skipif(os.environ.get("QT_SCALE_FACTOR") == "1.5", reason="already scaled")
def test_no_console_text_is_clipped_at_device_pixel_ratio_one_and_a_half():
    environment = dict(os.environ, QT_SCALE_FACTOR="1.5", QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "pytest", __file__, "-q", "-p", "no:cacheprovider"]
    command += ["-k", "laptop_sizes or single_deck"]
    result = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]
