"""Property-based fuzz of session files, as files on disk, through load_session and through
`pechakucha check --json` (the real command, in this process): whatever the bytes, the answer is
a session or one sentence naming the file — never a traceback, never past a time bound.

Two sources of bad files: byte-level damage to the real sample (cut, flipped, spliced,
repeated, as a disk or an editor damages files) and well-formed TOML with extreme values.
The time bounds are generous ceilings against pathological inputs (a parse that explodes, a
check that never ends), not speed targets: a healthy example takes milliseconds.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import timedelta

import pytest
import tomlkit
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PIL import Image

from pechakucha.cli.check import exit_code
from pechakucha.cli.main import main
from pechakucha.core.preflight import FAILED, PROBLEMS, READY
from pechakucha.core.session.read import SessionError, load_session
from tests.conftest import write_numbered_pdf
from tests.core.sessions import SESSION_TWO

SAMPLE = SESSION_TWO.read_bytes()
LOAD_BOUND = timedelta(seconds=5)
CHECK_BOUND = timedelta(seconds=30)
FUZZ = settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,  # the same examples on every run: a failure is reproducible
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """A folder with real, small versions of the sample's decks (PDFs and an image folder)."""
    folder = tmp_path_factory.mktemp("fuzz")
    write_numbered_pdf(folder / "barcelona.pdf", slides=3, size=(320, 180))
    write_numbered_pdf(folder / "cites-unies-france.pdf", slides=2, size=(320, 180))
    (folder / "famsi").mkdir()
    for k in range(3):
        Image.new("RGB", (64, 36), (40 * k, 90, 160)).save(folder / "famsi" / f"{k + 1}.png")
    return folder


# -- byte-level damage to the sample ---------------------------------------------------------
_SPLICES = st.one_of(
    st.sampled_from([
        b"\x00", b"\xc3", b"\xff\xfe", b"\r", b"\n", b"\n[[segment]]\n", b'kind = "talk"\n',
        b'"', b"'''", b"=", b"[", b"]]", b"#", b"inf", b"nan", b"1e300", b"-", b"99999:00",
        b'duration = "auto"\n', b"slides = 0\n", b"seconds_per_slide = 1e-300\n", b"\\u0000",
        b'deck = "nowhere/\\u0000.pdf"\n', b"\xef\xbb\xbf", b"{", b"}",
    ]),
    st.binary(min_size=1, max_size=8),
)  # fmt: skip


@st.composite
def damaged_samples(draw) -> bytes:
    """The sample session file after 1 to 4 random cuts, splices, deletions or repeats."""
    data = bytearray(SAMPLE)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        operation = draw(st.sampled_from(["cut", "insert", "replace", "delete", "repeat"]))
        if operation == "cut":
            del data[at:]
        elif operation in ("insert", "replace"):
            data[at : at + (operation == "replace")] = draw(_SPLICES)
        elif operation == "delete":
            del data[at : at + draw(st.integers(1, 300))]
        else:
            block = data[at : at + draw(st.integers(1, 400))]
            data[at:at] = block * draw(st.integers(1, 3))
    return bytes(data)


# -- well-formed TOML with extreme values -----------------------------------------------------
_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
_NUMBERS = st.one_of(
    st.integers(-(10**30), 10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, 1, -1, 999, 1000, 10**18, 1e-300, 1e300]),
)
_DURATIONS = st.one_of(
    _NUMBERS,
    st.sampled_from(["auto", "0:00", "5:00", "-1:00", "99999:00", "1e300", "nan", "inf",
                     "24:00:00", "0:60", "1:2:3:4", "", " 5:00 ", "٥:٠٠"]),
    _TEXT,
)  # fmt: skip
_DECKS = st.one_of(
    st.sampled_from(["barcelona.pdf", "famsi", "cites-unies-france.pdf", "missing.pdf", ".",
                     "..", "famsi/1.png", "a\x00b.pdf", "x" * 300, "/", ""]),
    _TEXT,
)  # fmt: skip
_ANY = st.one_of(_TEXT, _NUMBERS, st.booleans(), st.lists(_NUMBERS, max_size=2))


def _sometimes(draw, usual, extreme, one_in: int = 8):
    """Usually a usual value (so the file gets further), now and then an extreme one."""
    return draw(extreme if draw(st.integers(1, one_in)) == 1 else usual)


_USUAL_DURATIONS = st.sampled_from(["5:00", "0:30", "1:00:00", 60, 1.5])
_USUAL_DECKS = st.sampled_from(["barcelona.pdf", "famsi", "cites-unies-france.pdf"])


@st.composite
def extreme_sessions(draw) -> bytes:
    """A TOML session whose values are drawn from the edges of what each key accepts."""
    budget = _sometimes(draw, st.sampled_from(["90:00", "2:00", 600]), _DURATIONS)
    session = {"title": draw(_TEXT), "budget": budget}
    for key, usual, extreme in (
        ("format", st.sampled_from(["pechakucha", "ignite"]), st.sampled_from(["lightning", ""])),
        ("slides", st.sampled_from([20, 3]), _NUMBERS),
        ("seconds_per_slide", st.sampled_from([20, 0.5]), _NUMBERS),
        ("planned_start", st.just("18:30"), _TEXT),
    ):
        if draw(st.integers(0, 2)) == 0:
            session[key] = _sometimes(draw, usual, extreme)
    segments = []
    for _ in range(draw(st.integers(0, 8))):
        usual_kind = st.sampled_from(["talk", "qa", "commentary", "card"])
        kind = _sometimes(draw, usual_kind, st.sampled_from(["dance", "", "TALK"]), one_in=30)
        segment = {"kind": kind}
        if kind != "card":
            segment["speaker"] = draw(_TEXT)
        if kind == "talk":
            segment["deck"] = _sometimes(draw, _USUAL_DECKS, _DECKS)
            extras = {"slides": _NUMBERS, "seconds_per_slide": _NUMBERS}
        else:
            segment["duration"] = _sometimes(draw, _USUAL_DURATIONS, _DURATIONS)
            extras = {"warn_at": _DURATIONS, "show_countdown": _ANY}
            if kind == "qa":
                extras["minimum"] = _DURATIONS
        for key, values in extras.items():
            if draw(st.integers(0, 5)) == 0:
                segment[key] = draw(values)
        segments.append(segment)
    return tomlkit.dumps({"session": session, "segment": segments}).encode("utf-8")


SESSION_FILES = st.one_of(damaged_samples(), extreme_sessions())
NUL_DECK = b'[session]\nbudget = "9:00"\n[[segment]]\nkind = "talk"\ndeck = "a\\u0000b.pdf"\n'


class _status_only:  # noqa: N801 - stands in for a DeckReport in exit_code
    """A deck's status as read back from the JSON."""

    def __init__(self, deck: dict) -> None:
        self.status = deck["status"]


# -- the properties ---------------------------------------------------------------------------
def assert_one_clean_line(text: str) -> None:
    """One line, with no control character (a NUL or an escape sequence) printed raw."""
    assert text and not any(unicodedata.category(c) == "Cc" for c in text), repr(text)


@settings(FUZZ, max_examples=400, deadline=LOAD_BOUND)
@given(SESSION_FILES)
@example(NUL_DECK)  # the "deck path containing NUL printed raw"
@example(SAMPLE[:300] + b"\xc3")  # cut mid-character
def test_any_session_file_loads_or_is_refused_in_one_sentence(folder, data):
    path = folder / "s.toml"
    path.write_bytes(data)
    try:
        loaded = load_session(path)
    except SessionError as error:
        assert str(error).startswith(str(path))
        assert_one_clean_line(str(error))
        return
    assert loaded.session.segments
    for warning in loaded.warnings:
        assert_one_clean_line(warning)


@settings(FUZZ, max_examples=40, deadline=CHECK_BOUND)
@given(SESSION_FILES)
@example(NUL_DECK)
def test_check_on_any_session_file_answers_in_json_with_an_exit_code(folder, capsys, data):
    path = folder / "s.toml"
    path.write_bytes(data)
    capsys.readouterr()
    code = main(["check", "--json", str(path)])
    out = capsys.readouterr().out
    assert code in (0, 1, 2)
    document = json.loads(out)
    decks = document["decks"]
    talks = [talk for session in document.get("speakers", []) for talk in session["talks"]]
    assert decks or talks, "check must say something about every file it was given"
    not_arrived = any(talk["status"] in ("pending", "missing") for talk in talks)
    plan_problems = document.get("plan", {}).get("status") == "problems"
    assert code == max(
        exit_code([_status_only(d) for d in decks]), int(not_arrived or plan_problems)
    )
    for deck in decks:
        assert deck["status"] in (READY, PROBLEMS, FAILED)
        for finding in deck["findings"]:
            assert_one_clean_line(finding["message"])
