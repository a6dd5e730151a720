"""Remembered between runs: the last sessions opened (newest first), a window's place."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pechakucha.qt.app.screens import keep_geometry
from pechakucha.qt.app.settings import RecentMenu, recent_sessions, remember_session


def test_recent_sessions_newest_first_without_repeats_or_missing_files(tmp_path):
    files = [tmp_path / f"s{n}.toml" for n in range(3)]
    for path in files:
        path.write_text("", encoding="utf-8")
        remember_session(path)
    remember_session(files[0])
    files[1].unlink()
    assert recent_sessions() == [files[0], files[2]]


def test_the_recent_menu_opens_the_chosen_session(qtbot, tmp_path):
    session = tmp_path / "session-two.toml"
    session.write_text("", encoding="utf-8")
    remember_session(session)
    opened = []
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = RecentMenu(parent, opened.append)
    menu.fill()
    assert [action.text() for action in menu.actions()] == ["session-two.toml"]
    menu.actions()[0].trigger()
    assert opened == [session]


def test_a_closed_window_reopens_with_its_size(qtbot):
    first = QWidget()
    qtbot.addWidget(first)
    keep_geometry(first, "test")
    first.resize(640, 480)
    first.show()
    first.close()
    second = QWidget()
    qtbot.addWidget(second)
    keep_geometry(second, "test")
    assert (second.width(), second.height()) == (640, 480)
