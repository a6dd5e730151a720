"""Saving session files: atomic, comments kept, values spelt as the user spelt them."""

import dataclasses
import datetime as dt
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pechakucha.core import atomic
from pechakucha.core.formats import IGNITE, make_format
from pechakucha.core.session.model import Segment, Session
from pechakucha.core.session.read import SessionError, load_session
from pechakucha.core.session.write import save_session
from tests.core.sessions import make_decks, session_two_file


@pytest.fixture
def two(tmp_path):
    """(path, text) of a copy of Session Two with its decks."""
    path = session_two_file(tmp_path)
    return path, path.read_text(encoding="utf-8")


def test_saving_an_unchanged_session_rewrites_the_same_bytes(two):
    """Load then save: the file is byte for byte what the user wrote, comments and all."""
    path, text = two
    save_session(load_session(path).session, path)
    assert path.read_text(encoding="utf-8") == text


def test_changed_values_keep_their_comments_and_spelling_elsewhere(two):
    """A new Q&A minimum keeps the comment on that line; "90:00" stays "90:00"."""
    path, text = two
    session = load_session(path).session
    session.segments[2].minimum = 240.0
    session.segments[1].speaker = "Ponente invitada"
    save_session(session, path)
    saved = path.read_text(encoding="utf-8")
    assert 'minimum = "4:00"               # never less than this' in saved
    assert 'speaker = "Ponente invitada"' in saved
    assert 'budget = "90:00"               # the whole session' in saved
    assert saved.count("#") == text.count("#")
    assert load_session(path).session == session


def test_removing_adding_and_reordering_segments_keeps_each_tables_comments(two):
    """Swap the commentary and the last Q&A, drop the welcome, add a break card."""
    path, _ = two
    session = load_session(path).session
    segments = session.segments
    segments[6], segments[7] = segments[7], segments[6]
    segments.insert(4, Segment("card", title="Pausa", duration=120.0))
    del segments[0]
    save_session(session, path)
    saved = path.read_text(encoding="utf-8")
    reloaded = load_session(path).session
    assert [s.kind for s in reloaded.segments] == [s.kind for s in segments]
    assert reloaded == session
    comment = "# The commentator's synthesis: 5 minutes, amber at 1:00, red at 0:30."
    commentary = saved.index('[[segment]]\nkind = "commentary"')
    assert saved.index(comment) < commentary < saved.index('"Gracias"')
    assert 'deck = "famsi"                 # a folder of images' in saved
    assert "# Welcome: the moderator" not in saved  # it went with the welcome card
    assert '# planned_start = "18:30"' in saved and '\n\n[[segment]]\nkind = "talk"' in saved
    assert '"Sesión Dos"' not in saved


def test_a_new_file_round_trips_every_field(tmp_path):
    """A session built in the editor saves to a fresh file that loads back equal."""
    make_decks(tmp_path)
    session = Session(
        title="Prueba",
        budget=3600.0,
        format=IGNITE,
        planned_start=dt.time(9, 15),
        segments=[
            Segment("card", title="Hola", text="Bienvenida"),
            Segment("talk", speaker="A", organisation="B", deck=tmp_path / "famsi",
                    format=make_format("pechakucha", seconds_per_slide=10.5)),
            Segment("qa", auto=True, minimum=90.0, show_countdown=False),
            Segment("qa", duration=330.0, warn_at=120.0, alert_at=10.0),
            Segment("commentary", speaker="C", duration=300.5),
        ],
    )  # fmt: skip
    path = tmp_path / "new.toml"
    save_session(session, path)
    assert session.path == path
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Pecha Kucha session.")
    assert 'format = "ignite"' in text and 'planned_start = "09:15"' in text
    assert 'deck = "famsi"' in text and 'duration = "auto"' in text
    loaded = load_session(path)
    assert loaded.session == session
    assert oct(path.stat().st_mode & 0o777) == oct(0o644)


def test_deck_paths_are_written_relative_to_the_new_location(two, tmp_path):
    """Save as into a subfolder: decks are written as ../barcelona.pdf and still resolve."""
    path, _ = two
    session = load_session(path).session
    (tmp_path / "sub").mkdir()
    target = tmp_path / "sub" / "copy.toml"
    save_session(session, target)
    assert 'deck = "../barcelona.pdf"' in target.read_text(encoding="utf-8")
    assert load_session(target).session.segments[1].deck == tmp_path / "barcelona.pdf"


def test_a_failed_save_leaves_the_old_file_intact_and_says_why(two, monkeypatch):
    """If the final rename fails, the old file is untouched and no temporary file is left."""
    path, text = two
    session = load_session(path).session
    session.title = "Changed"

    def refuse(*args):
        """os.replace failing as on a read-only file, or one Windows sees open elsewhere."""
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    monkeypatch.setattr(atomic.time, "sleep", lambda _seconds: None)  # its retries: no waiting
    reason = r"\(session-two.toml was not replaced because another program has it open"
    with pytest.raises(SessionError, match=r"session-two.toml: cannot save the file " + reason):
        save_session(session, path)
    assert path.read_text(encoding="utf-8") == text
    assert sorted(p.name for p in path.parent.iterdir()) == sorted(
        ["barcelona.pdf", "cites-unies-france.pdf", "famsi", "session-two.toml"]
    )


def test_a_failed_write_midway_leaves_the_old_file_intact(two, monkeypatch):
    """A disk full during fsync: same guarantee."""
    path, text = two

    def disk_full(descriptor):
        """os.fsync failing as on a full disk."""
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    with pytest.raises(SessionError, match="No space left on device"):
        save_session(load_session(path).session, path)
    assert path.read_text(encoding="utf-8") == text
    assert [p for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_saving_into_a_missing_folder_is_a_session_error(tmp_path):
    """No such folder: a clear SessionError, not an OSError."""
    session = Session(budget=60.0, segments=[Segment("card")])
    with pytest.raises(SessionError, match="cannot save the file"):
        save_session(session, tmp_path / "nowhere" / "s.toml")


def test_saving_over_a_broken_file_writes_a_fresh_one(tmp_path):
    """An old file that is not TOML any more is replaced by a clean document."""
    path = tmp_path / "s.toml"
    path.write_text("[[[ broken", encoding="utf-8")
    session = Session(budget=60.0, segments=[Segment("card", title="x")])
    save_session(session, path)
    assert load_session(path).session == session


_NAMES = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
_SECONDS = st.integers(min_value=1, max_value=7200).map(float)
_SEGMENTS = st.one_of(
    st.builds(Segment, kind=st.just("card"), title=_NAMES, text=_NAMES,
              duration=st.none() | _SECONDS),
    st.builds(Segment, kind=st.just("qa"), speaker=_NAMES, auto=st.just(True),
              minimum=st.integers(0, 600).map(float), show_countdown=st.booleans(),
              changeover=st.none() | st.integers(0, 300).map(float)),
    st.builds(Segment, kind=st.just("qa"), duration=_SECONDS,
              warn_at=st.integers(0, 300).map(float), alert_at=st.integers(0, 60).map(float)),
    st.builds(Segment, kind=st.just("commentary"), speaker=_NAMES, organisation=_NAMES,
              duration=_SECONDS, changeover=st.none() | st.integers(0, 300).map(float)),
)  # fmt: skip


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    title=_NAMES,
    budget=_SECONDS,
    changeover=st.integers(0, 120).map(float),
    segments=st.lists(_SEGMENTS, min_size=1, max_size=5),
)
def test_any_session_saves_and_loads_back_equal(tmp_path, title, budget, changeover, segments):
    """Whatever the editor builds, saving and loading gives the same session."""
    path = tmp_path / "any.toml"
    if path.exists():
        os.remove(path)
    session = Session(title=title, budget=budget, changeover=changeover, segments=segments)
    save_session(session, path)
    assert load_session(path).session == session
    again = dataclasses.replace(session, title=title + "!")
    save_session(again, path)
    assert load_session(path).session == again


def test_reading_never_imports_writing():
    """One save path (write.py), and no import cycle: read.py does not import write.py."""
    import ast
    import inspect

    from pechakucha.core.session import read

    tree = ast.parse(inspect.getsource(read))
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    assert "pechakucha.core.session.write" not in imported
    assert not hasattr(read, "save_session")


def test_changeovers_are_saved_and_a_removed_override_leaves_the_file(two):
    """A session changeover and a talk's own are written as "m:ss"; a zero override stays
    (it differs from the session's); removing the override removes the key."""
    path, _ = two
    session = load_session(path).session
    session.changeover = 45.0
    session.segments[1].changeover = 90.0
    session.segments[7].changeover = 0.0
    save_session(session, path)
    saved = path.read_text(encoding="utf-8")
    assert 'changeover = "0:45"' in saved and 'changeover = "1:30"' in saved
    assert load_session(path).session == session
    session.segments[1].changeover = None
    session.changeover = 0.0
    save_session(session, path)
    reloaded = load_session(path).session
    assert reloaded.changeover == 0.0 and reloaded.segments[1].changeover is None
    assert reloaded.segments[7].changeover == 0.0
    assert path.read_text(encoding="utf-8").count("changeover") == 1
