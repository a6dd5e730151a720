"""`pechakucha check` through the real command line: exit codes, words, JSON, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from tests.conftest import write_numbered_pdf
from tests.decks import makers

ROOT = Path(__file__).resolve().parents[2]


def check(*args: str) -> subprocess.CompletedProcess:
    """Run `python -m pechakucha check ARGS` in English."""
    return subprocess.run(
        [sys.executable, "-m", "pechakucha", "check", *map(str, args), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_no_traceback(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stderr + result.stdout


def test_check_sample_decks_are_all_ready_exit_0():
    result = check(
        ROOT / "decks" / "barcelona.pdf",
        ROOT / "decks" / "famsi",
        ROOT / "decks" / "cites-unies-france.pdf",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("ready, 20 slides") == 3


def test_check_sample_session_file_checks_its_three_decks_exit_0():
    result = check(ROOT / "decks" / "session-two.toml", "--json")
    assert result.returncode == 0
    decks = json.loads(result.stdout)["decks"]
    assert [Path(d["path"]).name for d in decks] == [
        "barcelona.pdf",
        "famsi",
        "cites-unies-france.pdf",
    ]


def test_check_nineteen_slides_is_loadable_but_not_ready_exit_1(tmp_path):
    deck = write_numbered_pdf(tmp_path / "short.pdf", slides=19)
    result = check(deck)
    assert result.returncode == 1
    assert "NOT ready, 19 slides" in result.stdout
    assert "needs exactly 20" in result.stdout


def test_check_ignite_format_expects_twenty_slides_too(tmp_path):
    deck = write_numbered_pdf(tmp_path / "talk.pdf", slides=20)
    assert check(deck, "--format", "ignite").returncode == 0
    assert check(deck, "--slides", "15").returncode == 1


def test_check_json_has_the_promised_shape(tmp_path):
    deck = write_numbered_pdf(tmp_path / "short.pdf", slides=19)
    result = check(deck, "--json")
    report = json.loads(result.stdout)["decks"][0]
    assert set(report) == {"path", "status", "slides", "findings"}
    assert report["status"] == "problems"
    finding = report["findings"][0]
    assert set(finding) == {"severity", "slide", "code", "message"}
    assert finding["code"] == "slide-count"


def test_check_four_by_three_deck_is_ready_exit_0_with_the_letterbox_as_information(tmp_path):
    """Letterboxing is normal: a deck whose only findings are information is ready."""
    deck = write_numbered_pdf(tmp_path / "four-three.pdf", slides=20, size=(800, 600))
    result = check(deck, "--json")
    report = json.loads(result.stdout)["decks"][0]
    assert result.returncode == 0
    assert report["status"] == "ready"
    assert [(f["severity"], f["code"]) for f in report["findings"]] == [("info", "aspect-mismatch")]


def test_check_repeated_finding_is_one_line_listing_the_slides(tmp_path):
    """15 slides that will blur are one line naming them, not 15 lines."""
    folder = tmp_path / "photos"
    for number in range(1, 21):
        makers.transparent_slide(folder / f"{number:02}.png", number, size=(640, 360))
    result = check(folder)
    blur = [line for line in result.stdout.splitlines() if "will blur" in line]
    assert blur == [
        "  warning slides 1–20: image is 640×360, small for a 1920×1080 projector: it will blur"
    ]


def test_check_folder_with_one_empty_image_is_exit_1_naming_the_slide(tmp_path):
    folder = makers.transparent_deck(tmp_path / "slides")
    (folder / "slide12.png").write_bytes(b"")
    result = check(folder)
    assert result.returncode == 1, result.stdout
    assert "error   slide 12:" in result.stdout and "slide12.png" in result.stdout


@pytest.mark.parametrize(
    "option",
    [
        ("--slides", "0"),
        ("--slides", "-5"),
        ("--slides", "many"),
        ("--seconds-per-slide", "nan"),
        ("--seconds-per-slide", "-1"),
        ("--seconds-per-slide", "inf"),
        ("--seconds-per-slide", "1e300"),
        ("--seconds-per-slide", "0"),
    ],
)
def test_check_bad_format_values_are_a_usage_error_exit_2(option):
    result = check(ROOT / "decks" / "barcelona.pdf", *option)
    assert result.returncode == 2
    assert option[0] in result.stderr and option[1] in result.stderr
    assert_no_traceback(result)


def test_check_piped_into_head_ends_quietly(tmp_path):
    """`check … | head -1`: the reader leaving early is not a BrokenPipeError."""
    decks = [write_numbered_pdf(tmp_path / f"d{n}.pdf", slides=3) for n in range(3)]
    command = [sys.executable, "-m", "pechakucha", "check", "--lang", "en", *map(str, decks)]
    result = subprocess.run(
        f"{' '.join(command)} | head -c 10", shell=True, capture_output=True, text=True, timeout=120
    )
    assert len(result.stdout) == 10
    assert "Error" not in result.stderr and "Traceback" not in result.stderr


def test_check_named_pipe_as_deck_or_session_is_one_sentence_not_a_hang(tmp_path):
    """Reading a FIFO waits for a writer forever: it is refused without being opened."""
    deck, session = tmp_path / "deck.pdf", tmp_path / "session.toml"
    os.mkfifo(deck)
    os.mkfifo(session)
    result = check(deck, session)
    assert result.returncode == 2
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and all("named pipe" in line for line in lines)
    assert_no_traceback(result)


def test_check_session_with_no_talks_says_so_exit_1(tmp_path):
    session = tmp_path / "empty.toml"
    session.write_text('[session]\ntitle = "x"\nbudget = "10:00"\n\n[[segment]]\nkind = "card"\n')
    result = check(session)
    assert result.returncode == 1
    assert "the session has no talk with a deck" in result.stdout


def test_check_session_using_one_deck_twice_checks_it_once(tmp_path):
    write_numbered_pdf(tmp_path / "talk.pdf")
    talk = '[[segment]]\nkind = "talk"\ndeck = "talk.pdf"\n\n'
    session = tmp_path / "twice.toml"
    session.write_text('[session]\ntitle = "x"\nbudget = "60:00"\n\n' + talk * 3)
    result = check(session, "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(json.loads(result.stdout)["decks"]) == 1


def test_check_latin1_file_name_is_checked_and_printed_faithfully(tmp_path):
    """A good PDF named in Latin-1 bytes is ready; words print its bytes, JSON escapes them
    and stays valid UTF-8."""
    deck = write_numbered_pdf(tmp_path / "ascii.pdf").rename(tmp_path / os.fsdecode(b"caf\xe9.pdf"))
    words = subprocess.run(
        [sys.executable, "-m", "pechakucha", "check", "--lang", "en", os.fsencode(deck)],
        capture_output=True,
        timeout=120,
    )
    assert words.returncode == 0
    assert b"caf\xe9.pdf: ready, 20 slides" in words.stdout
    as_json = subprocess.run(
        [sys.executable, "-m", "pechakucha", "check", "--json", os.fsencode(deck)],
        capture_output=True,
        timeout=120,
    )
    text = as_json.stdout.decode("utf-8")  # strict: raises on invalid UTF-8
    assert "caf\\udce9.pdf" in text
    path = json.loads(text)["decks"][0]["path"]
    assert os.fsencode(path).endswith(b"caf\xe9.pdf")


def test_check_postscript_named_pdf_is_called_postscript(tmp_path):
    deck = tmp_path / "talk.pdf"
    deck.write_text("%!PS-Adobe-3.0\n%%Pages: 20\nshowpage\n")
    result = check(deck)
    assert result.returncode == 2
    assert "PostScript" in result.stdout


def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    """One of every kind of file that cannot be a deck."""
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    html = tmp_path / "page.pdf"
    html.write_text("<!DOCTYPE html><html><body>Slides</body></html>")
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    locked = tmp_path / "locked.pdf"
    document = pymupdf.open()
    document.new_page()
    document.save(locked, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u", owner_pw="o")
    folder = tmp_path / "no-images"
    folder.mkdir()
    (folder / "notes.txt").write_text("hello")
    broken_session = tmp_path / "broken.toml"
    broken_session.write_text("[session\ntitle = 'x'\n")
    return {
        "missing": tmp_path / "missing.pdf",
        "empty": empty,
        "html": html,
        "garbage": garbage,
        "locked": locked,
        "folder": folder,
        "session": broken_session,
    }


@pytest.mark.parametrize(
    "case", ["missing", "empty", "html", "garbage", "locked", "folder", "session"]
)
def test_check_unloadable_input_names_the_file_in_one_line_exit_2(tmp_path, case):
    path = bad_inputs(tmp_path)[case]
    result = check(path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert_no_traceback(result)
    first = result.stdout.splitlines()[0]
    assert path.name in first and "cannot be loaded" in first


def test_check_one_bad_deck_among_good_ones_is_exit_2(tmp_path):
    good = write_numbered_pdf(tmp_path / "good.pdf")
    result = check(good, tmp_path / "missing.pdf", "--json")
    statuses = [d["status"] for d in json.loads(result.stdout)["decks"]]
    assert (result.returncode, statuses) == (2, ["ready", "error"])


def test_check_bad_projector_option_is_a_usage_error_not_a_traceback():
    result = check(ROOT / "decks" / "barcelona.pdf", "--projector", "big")
    assert result.returncode == 2
    assert "WIDTHxHEIGHT" in result.stderr
    assert_no_traceback(result)


def test_python_dash_m_pechakucha_version_runs():
    result = subprocess.run(
        [sys.executable, "-m", "pechakucha", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and "pechakucha" in result.stdout


def test_check_strict_makes_a_slightly_soft_picture_a_problem(tmp_path):
    """A photo stretched 1.4× is information (exit 0); with --strict it is a warning (exit 1)."""
    from tests.decks import corpus

    deck = corpus.stretched_photo_deck(tmp_path / "ignite.pdf", 1.4)
    relaxed, strict = check(deck), check(deck, "--strict")
    assert (relaxed.returncode, strict.returncode) == (0, 1), relaxed.stdout + strict.stdout
    assert "slightly soft" in relaxed.stdout and "it will blur" in strict.stdout
    assert_no_traceback(strict)
