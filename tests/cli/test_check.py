"""`pechakucha check` through the real command line: exit codes, words, JSON, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from tests.conftest import write_numbered_pdf

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
    deck = write_numbered_pdf(tmp_path / "four-three.pdf", slides=20, size=(800, 600))
    result = check(deck, "--json")
    report = json.loads(result.stdout)["decks"][0]
    assert set(report) == {"path", "status", "slides", "findings"}
    assert report["status"] == "problems"
    finding = report["findings"][0]
    assert set(finding) == {"severity", "slide", "code", "message"}
    assert finding["code"] == "aspect-mismatch"


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
