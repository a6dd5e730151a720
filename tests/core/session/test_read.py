"""Session files: reading with errors that point at file, line and key; warnings; the sample."""

import contextlib
import datetime as dt
import os
import tomllib

import pytest
import tomlkit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pechakucha.core.formats import IGNITE, PECHAKUCHA
from pechakucha.core.session.read import (
    SEGMENT_KEYS,
    SESSION_KEYS,
    SessionError,
    load_session,
    parse_session,
)
from tests.core.sessions import SESSION_TWO, make_decks, session_two_file

HEAD = '[session]\nbudget = "90:00"\n'
TALK = '[[segment]]\nkind = "talk"\ndeck = "barcelona.pdf"\n'


@pytest.fixture
def folder(tmp_path):
    """A folder with the sample decks in it."""
    make_decks(tmp_path)
    return tmp_path


def parse(folder, text):
    """Parse `text` as the file s.toml in `folder`."""
    return parse_session(text, folder / "s.toml")


def test_sample_session_two_is_valid_toml_with_the_real_programme():
    """decks/session-two.toml: the title, 90:00, and the running order of the workshop."""
    data = tomllib.loads(SESSION_TWO.read_text(encoding="utf-8"))
    assert data["session"]["title"].startswith("Sesión Dos: ejemplos de otros planes")
    assert data["session"]["budget"] == "90:00"
    kinds = [s["kind"] for s in data["segment"]]
    assert kinds == ["card", "talk", "qa", "talk", "qa", "talk", "qa", "commentary", "card"]
    decks = [s["deck"] for s in data["segment"] if s["kind"] == "talk"]
    assert decks == ["barcelona.pdf", "famsi", "cites-unies-france.pdf"]
    assert all(s["duration"] == "auto" and s["minimum"] == "5:00" for s in data["segment"][2:7:2])


def test_load_session_two_resolves_decks_and_reads_every_field(tmp_path):
    """Loaded with its decks present: absolute deck paths, auto Q&As, the commentary's 5:00."""
    loaded = load_session(session_two_file(tmp_path))
    session = loaded.session
    assert loaded.warnings == []
    assert session.budget == 5400.0 and session.format == PECHAKUCHA
    assert session.path == tmp_path / "session-two.toml"
    talks = [s for s in session.segments if s.kind == "talk"]
    assert [t.deck for t in talks] == [
        tmp_path / "barcelona.pdf",
        tmp_path / "famsi",
        tmp_path / "cites-unies-france.pdf",
    ]
    assert talks[1].organisation.startswith("FAMSI — Fondo Andaluz de Municipios")
    qas = [s for s in session.segments if s.kind == "qa"]
    assert all(q.auto and q.duration is None and q.minimum == 300.0 for q in qas)
    commentary = session.segments[7]
    assert (commentary.duration, commentary.warn_at, commentary.alert_at) == (300.0, 60.0, 30.0)
    assert session.segments[-1].duration is None
    assert session.speaker_for(2) == talks[0].speaker


def test_planned_start_text_or_toml_time_and_planned_end(folder):
    """planned_start accepts "18:30" or a TOML time; the planned end adds the budget."""
    for spelling in ('"18:30"', "18:30:00"):
        session = parse(folder, HEAD + f"planned_start = {spelling}\n" + TALK).session
        assert session.planned_start == dt.time(18, 30)
        assert session.planned_end() == dt.time(20, 0)


def test_talk_format_override_and_custom_slide_time(folder):
    """A talk can run Ignite; the session can set a custom slide time (a very short format)."""
    text = HEAD + "seconds_per_slide = 1\n" + TALK + TALK + 'format = "ignite"\n'
    session = parse(folder, text).session
    assert (session.format.slides, session.format.seconds_per_slide) == (20, 1.0)
    assert session.segments[0].format is None
    assert session.segments[1].format == IGNITE
    assert session.talk_format(session.segments[0]).duration == 20.0


ERRORS = [
    # (what, text, line, words the message must contain)
    ("toml syntax", HEAD + "title = \n" + TALK, 3, ["not valid TOML", "column"]),
    ("unknown session key", HEAD + "colour = 1\n" + TALK, 3, ['"colour"', "[session]"]),
    ("unknown segment key", HEAD + TALK + "colour = 1\n", 6, ['"colour"', "segment 1 (talk)"]),
    ("key of another kind", HEAD + TALK + 'minimum = "5:00"\n', 6, ['"minimum"', "talk"]),
    ("unknown kind", HEAD + TALK + '[[segment]]\nkind = "dance"\n', 7, ['"dance"', "kind"]),
    ("missing kind", HEAD + '[[segment]]\ntitle = "x"\n', 3, ['"kind"', "segment 1"]),
    ("bad duration", HEAD + '[[segment]]\nkind = "card"\nduration = "5"\n', 5, ['"duration"']),
    ("negative", HEAD + '[[segment]]\nkind = "qa"\nduration = "-1:00"\n', 5, ["more than zero"]),
    ("zero", HEAD + '[[segment]]\nkind = "commentary"\nduration = 0\n', 5, ["more than zero"]),
    ("minimum < 0", HEAD + '[[segment]]\nkind = "qa"\nminimum = -5\n', 5, ["not be negative"]),
    ("too long", HEAD + '[[segment]]\nkind = "card"\nduration = "25:00:00"\n', 5, ["a day"]),
    ("talk without deck", HEAD + '[[segment]]\nkind = "talk"\n', 3, ['no "deck"']),
    ("missing deck", HEAD + '[[segment]]\nkind = "talk"\ndeck = "gone.pdf"\n', 5, ["gone.pdf"]),
    ("wrong type", HEAD + 'title = 3\n' + TALK, 3, ['"title"', "must be text"]),
    ("time as duration", '[session]\nbudget = 01:30:00\n' + TALK, 2, ['"budget"', "quotes"]),
    ("auto commentary", HEAD + '[[segment]]\nkind = "commentary"\nduration = "auto"\n', 5,
     ['"auto"', "only for a Q&A"]),
    ("commentary no duration", HEAD + '[[segment]]\nkind = "commentary"\n', 3, ['"duration"']),
    ("bad start", HEAD + 'planned_start = "25:00"\n' + TALK, 3, ['"planned_start"']),
    ("bad format", HEAD + 'format = "lightning"\n' + TALK, 3, ['"format"', "lightning"]),
    ("no slides", HEAD + "slides = 0\n" + TALK, 3, ['"slides"', "from 1 to 999"]),
    ("flag type", HEAD + '[[segment]]\nkind = "qa"\nshow_countdown = "yes"\n', 5,
     ['"show_countdown"', "true or false"]),
    ("top-level key", "speed = 1\n" + HEAD + TALK, 1, ['"speed"', "top level"]),
    ("no budget", '[session]\ntitle = "x"\n' + TALK, 1, ['"budget"']),
    ("bad changeover", HEAD + 'changeover = "half a minute"\n' + TALK, 3, ['"changeover"']),
    ("negative changeover", HEAD + TALK + 'changeover = "-0:30"\n', 6,
     ['"changeover"', "not be negative", "segment 1"]),
    ("changeover on a card", HEAD + '[[segment]]\nkind = "card"\nchangeover = 30\n', 5,
     ['unknown key "changeover"', "card"]),
]  # fmt: skip


@pytest.mark.parametrize(("what", "text", "line", "words"), ERRORS, ids=[e[0] for e in ERRORS])
def test_errors_are_one_sentence_naming_file_line_and_key(folder, what, text, line, words):
    """Every error says which file, which line and which key, in one sentence."""
    with pytest.raises(SessionError) as caught:
        parse(folder, text)
    message = str(caught.value)
    assert message.startswith(f"{folder / 's.toml'}, line {line}: "), message
    assert message.endswith(".") and "\n" not in message
    for word in words:
        assert word in message, message
    assert caught.value.line == line


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (HEAD, ["no [[segment]]"]),
        ("segment = []\n" + HEAD, ["no [[segment]]"]),
        (TALK, ["no [session]"]),
    ],
)
def test_errors_without_a_line_still_name_the_file(folder, text, words):
    """No segments, no [session]: the message names the file and the missing part."""
    with pytest.raises(SessionError) as caught:
        parse(folder, text)
    assert str(caught.value).startswith(f"{folder / 's.toml'}")
    assert all(word in str(caught.value) for word in words)


def test_segments_not_tables_is_an_error_at_its_line(folder):
    """`segment = 3` is not a list of tables."""
    with pytest.raises(SessionError, match=r"line 1: each \"segment\" must be"):
        parse(folder, "segment = 3\n" + HEAD)


def test_error_lines_count_segments_in_order(folder):
    """A problem in the third segment points at the third [[segment]]'s key."""
    text = HEAD + TALK + TALK + '[[segment]]\nkind = "qa"\nminimum = "x"\n'
    with pytest.raises(SessionError, match=r"line 11: .*segment 3 \(qa\)") as caught:
        parse(folder, text)
    assert caught.value.key == "minimum" and caught.value.code == "bad_duration"


def test_load_session_missing_file_and_not_utf8(tmp_path):
    """A file that cannot be read, or is not text, is a SessionError naming it."""
    with pytest.raises(SessionError, match=r"gone\.toml: cannot read the file"):
        load_session(tmp_path / "gone.toml")
    binary = tmp_path / "b.toml"
    binary.write_bytes(b"\xff\xfe\x00junk")
    with pytest.raises(SessionError, match=r"b\.toml: the file is not UTF-8 text"):
        load_session(binary)


def test_a_byte_order_mark_is_accepted(folder):
    """Files saved by some Windows editors start with a BOM."""
    assert parse(folder, "\ufeff" + HEAD + TALK).session.budget == 5400.0


def test_warnings_name_the_file_fixed_over_budget_and_qa_below_minimum(folder):
    """A 10-minute budget for a talk and a Q&A of at least 5:00 loads, with two warnings."""
    text = (
        '[session]\nbudget = "10:00"\n' + TALK + TALK + '[[segment]]\nkind = "qa"\nminimum = 300\n'
    )
    loaded = parse(folder, text)
    assert len(loaded.warnings) == 2
    assert all(w.startswith(f"{folder / 's.toml'}: ") for w in loaded.warnings)
    assert "exceed the budget" in loaded.warnings[0]
    assert "less than its minimum" in loaded.warnings[1]


# -- hypothesis: nothing but SessionError ---------------------------------------------------
@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200))
def test_arbitrary_text_raises_nothing_but_session_error(folder, text):
    """Any text at all either loads or raises a SessionError."""
    with contextlib.suppress(SessionError):
        parse(folder, text)


_KEYS = sorted(SESSION_KEYS | set().union(*SEGMENT_KEYS.values()) | {"bogus"})
_SCALARS = st.one_of(
    st.sampled_from(["talk", "qa", "commentary", "card", "auto", "5:00", "90:00", "barcelona.pdf",
                     "famsi", "ignite", "pechakucha", "18:30", "-1:00", "", "0:20"]),
    st.text(max_size=10),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.times(),
    st.dates(),
)  # fmt: skip
_VALUES = st.one_of(
    _SCALARS,
    st.lists(_SCALARS, max_size=2),
    st.dictionaries(st.text(max_size=3), _SCALARS, max_size=2),
)
_TABLES = st.dictionaries(st.sampled_from(_KEYS), _VALUES, max_size=6)
_DOCS = st.fixed_dictionaries(
    {},
    optional={
        "session": st.one_of(_TABLES, _SCALARS),
        "segment": st.one_of(st.lists(_TABLES, max_size=4), _SCALARS),
        "other": _SCALARS,
    },
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_DOCS)
def test_arbitrary_toml_documents_raise_nothing_but_session_error(folder, data):
    """Well-formed TOML with any keys, types and values loads or raises a SessionError."""
    text = tomlkit.dumps(data)
    try:
        loaded = parse(folder, text)
    except SessionError as error:
        assert str(error).startswith(str(folder / "s.toml"))
    else:
        assert loaded.session.segments


def test_changeover_in_the_session_and_per_segment(folder):
    """`changeover` in [session] is the default gap; a talk, Q&A or commentary may set its own
    (0 included); a segment without one says None (it uses the session's)."""
    text = (
        '[session]\nbudget = "90:00"\nchangeover = "0:30"\n'
        + TALK
        + 'changeover = "1:15"\n[[segment]]\nkind = "qa"\n'
        + '[[segment]]\nkind = "commentary"\nduration = "5:00"\nchangeover = 0\n'
    )
    session = parse(folder, text).session
    assert session.changeover == 30.0
    assert [s.changeover for s in session.segments] == [75.0, None, 0.0]
    assert parse(folder, HEAD + TALK).session.changeover == 0.0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_session_file_that_is_a_pipe_is_refused_at_once_without_reading(tmp_path):
    """Reading a FIFO would wait forever for a writer: it is refused before any read."""
    pipe = tmp_path / "session.toml"
    os.mkfifo(pipe)
    with pytest.raises(SessionError) as caught:
        load_session(pipe)
    assert caught.value.code == "not_a_file"
    assert str(pipe) in str(caught.value)
