"""Deck paths as Windows users write them: backslashes, drive letters, UNC shares.

What only Windows can run is checked with `PureWindowsPath`; what runs here loads real session
files whose decks are written the Windows way.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from pechakucha.core.session.paths import deck_path, is_windows_absolute
from pechakucha.core.session.read import SessionError, load_session
from pechakucha.core.session.write import save_session
from tests.core.sessions import make_decks

WINDOWS_BASE = PureWindowsPath("D:\\Sesiones\\dos")
POSIX_ONLY = pytest.mark.skipif(os.name == "nt", reason="how a POSIX system reads these paths")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("barcelona.pdf", "D:\\Sesiones\\dos\\barcelona.pdf"),
        ("decks\\famsi", "D:\\Sesiones\\dos\\decks\\famsi"),
        ("decks/famsi", "D:\\Sesiones\\dos\\decks\\famsi"),
        ("..\\comun\\talk.PDF", "D:\\Sesiones\\comun\\talk.PDF"),
        ("C:\\Talks\\barcelona.pdf", "C:\\Talks\\barcelona.pdf"),
        ("c:/Talks/barcelona.pdf", "c:\\Talks\\barcelona.pdf"),
        ("\\\\server\\share\\x.pdf", "\\\\server\\share\\x.pdf"),
        ("//server/share/x.pdf", "\\\\server\\share\\x.pdf"),
        ("\\Talks\\x.pdf", "D:\\Talks\\x.pdf"),  # the root of the session's own drive
    ],
)
def test_deck_path_on_windows_reads_every_way_windows_users_write(text, expected):
    assert deck_path(WINDOWS_BASE, text) == PureWindowsPath(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("decks\\famsi", "/s/decks/famsi"),
        ("decks/famsi", "/s/decks/famsi"),
        ("..\\comun\\talk.pdf", "/comun/talk.pdf"),
        ("/home/ana/talk.pdf", "/home/ana/talk.pdf"),
    ],
)
def test_deck_path_on_posix_reads_backslashes_as_separators(text, expected):
    assert deck_path(PurePosixPath("/s"), text) == PurePosixPath(expected)


@pytest.mark.parametrize(
    "text", ["C:\\Talks\\barcelona.pdf", "c:/talks/x.pdf", "\\\\server\\share\\x.pdf", "C:x.pdf"]
)
def test_deck_path_on_posix_keeps_windows_absolute_paths_as_written(text):
    """They cannot exist here: kept whole, so the error (and a later save) shows them as is."""
    assert is_windows_absolute(text)
    assert deck_path(PurePosixPath("/s"), text) == PurePosixPath("/s") / text


@pytest.mark.parametrize("text", ["decks\\famsi", "talk.pdf", "../x.pdf", "/abs/x.pdf", ""])
def test_is_windows_absolute_is_false_for_what_every_system_reads(text):
    assert not is_windows_absolute(text)


def session_text(deck: str) -> str:
    """A one-talk session file whose deck is written `deck` (a TOML literal string)."""
    return f'[session]\nbudget = "10:00"\n\n[[segment]]\nkind = "talk"\ndeck = \'{deck}\'\n'


@POSIX_ONLY
@pytest.mark.parametrize("deck", ["decks\\famsi", "decks\\barcelona.pdf", ".\\decks\\famsi"])
def test_load_session_finds_decks_written_with_backslashes(tmp_path, deck):
    (tmp_path / "decks").mkdir()
    make_decks(tmp_path / "decks")
    path = tmp_path / "s.toml"
    path.write_text(session_text(deck), encoding="utf-8")
    (talk,) = load_session(path).session.segments
    assert talk.deck == tmp_path / "decks" / deck.split("\\")[-1]


@POSIX_ONLY
def test_load_session_prefers_a_file_whose_name_really_has_a_backslash(tmp_path):
    (tmp_path / "odd\\name.pdf").write_bytes(b"%PDF-1.7\n")
    path = tmp_path / "s.toml"
    path.write_text(session_text("odd\\name.pdf"), encoding="utf-8")
    assert load_session(path).session.segments[0].deck == tmp_path / "odd\\name.pdf"


@POSIX_ONLY
@pytest.mark.parametrize("deck", ["C:\\Talks\\barcelona.pdf", "\\\\server\\share\\x.pdf"])
def test_a_windows_absolute_deck_here_is_a_missing_deck_that_names_it(tmp_path, deck):
    """One sentence naming the file, the line and the path as written; no crash."""
    path = tmp_path / "s.toml"
    path.write_text(session_text(deck), encoding="utf-8")
    with pytest.raises(SessionError) as caught:
        load_session(path)
    message = str(caught.value)
    assert caught.value.code == "missing_deck"
    assert deck in message and "s.toml" in message and "line 6" in message
    assert "\n" not in message


def test_a_deck_read_with_backslashes_is_saved_with_forward_slashes(tmp_path):
    """Saved again, the path works on every system."""
    (tmp_path / "decks").mkdir()
    make_decks(tmp_path / "decks")
    path = tmp_path / "s.toml"
    path.write_text(session_text("decks\\famsi"), encoding="utf-8")
    session = load_session(path).session
    session.title = "Otra"
    save_session(session, tmp_path / "copy.toml")
    assert 'deck = "decks/famsi"' in (tmp_path / "copy.toml").read_text(encoding="utf-8")
    assert load_session(tmp_path / "copy.toml").session.segments[0].deck == Path(
        tmp_path / "decks" / "famsi"
    )
