"""Converted decks of the corpus: fonts that really matter, animations lost, a Keynote
conversion gone wrong, a zip bomb, and a converter that must not outlive `check`."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from pechakucha.core.preflight import FAILED, PROBLEMS
from pechakucha.decks.inspect import check_path
from tests.decks import corpus, corpus_office

HD = (1920, 1080)
needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)


def _family(font: str) -> str:
    if shutil.which("fc-match") is None:
        return ""
    result = subprocess.run(["fc-match", "-f", "%{family}", font], capture_output=True, text=True)
    return result.stdout.split(",")[0]


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    """Each test converts into its own cache folder, with the real LibreOffice if any."""
    monkeypatch.setenv("PECHAKUCHA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("PECHAKUCHA_SOFFICE", raising=False)


def check(path):
    return check_path(str(path), 20, HD, "pechakucha")


def findings(report):
    return [(f.severity, f.code, f.slide) for f in report.findings]


@needs_libreoffice
@pytest.mark.skipif(
    _family("Arial") != "Liberation Sans" or _family("DejaVu Sans") != "DejaVu Sans",
    reason="needs fontconfig with Liberation Sans and DejaVu Sans installed",
)
def test_check_converted_deck_names_only_the_font_that_draws_text_with_other_metrics(tmp_path):
    """DejaVu Sans is installed, Arial is drawn with its metric twin Liberation Sans,
    Montserrat is declared but draws nothing: only Comic Sans MS (slides 7, 8) is named;
    the animated GIF on slide 3 becomes a still picture."""
    fonts = {1: "DejaVu Sans", 2: "DejaVu Sans", 5: "Arial", 6: "Arial"}
    fonts |= {7: "Comic Sans MS", 8: "Comic Sans MS"}
    deck = corpus_office.fonts_presentation(tmp_path / "talk.odp", fonts, gif_on=(3,))
    report = check(deck)
    assert report.status == PROBLEMS
    assert findings(report) == [
        ("info", "converted", None),
        ("warning", "font-substituted", None),
        ("warning", "animation-lost", None),
    ]
    swap = report.findings[1].params
    assert (swap["font"], swap["slides"]) == ("Comic Sans MS", "7, 8")
    assert swap["substitute"] == _family("Comic Sans MS")
    assert report.findings[2].params == {"slides": "3"}


@needs_libreoffice
def test_check_converted_deck_with_installed_fonts_is_only_information(tmp_path):
    deck = corpus_office.fonts_presentation(tmp_path / "talk.odp", {})
    report = check(deck)
    assert findings(report) == [("info", "converted", None)]


def test_check_keynote_conversion_with_overprinted_text_asks_for_a_pdf_from_keynote(tmp_path):
    """LibreOffice printed a template's hidden text over slides 3, 8 and 12."""
    pdf = corpus.overprinted_pdf(tmp_path / "converted.pdf", overprinted=(3, 8, 12))
    report = check(corpus_office.keynote_file(tmp_path / "talk.key", pdf))
    assert report.status == PROBLEMS
    assert findings(report) == [
        ("warning", "lossy-conversion", None),
        ("warning", "overprinted-text", 3),
        ("warning", "overprinted-text", 8),
        ("warning", "overprinted-text", 12),
    ]
    assert report.findings[0].params == {"kind": "a Keynote file", "app": "Keynote"}
    assert "export a PDF from Keynote" in report.findings[0].message


def test_check_keynote_conversion_is_a_warning_even_when_it_looks_clean(tmp_path):
    pdf = corpus.overprinted_pdf(tmp_path / "converted.pdf", overprinted=())
    report = check(corpus_office.keynote_file(tmp_path / "talk.key", pdf))
    assert findings(report) == [("warning", "lossy-conversion", None)]


_MEASURED = (
    "import resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
    "print(done.returncode, round(peak), done.stdout, sep='\\n')\n"
)


def _check_measured(path, env) -> tuple[int, float, str]:
    """Run `pechakucha check PATH` from a fresh process whose only child it is: its exit
    code, its peak memory (MB) and its output."""
    command = [sys.executable, "-c", _MEASURED, sys.executable, "-m", "pechakucha", "check"]
    result = subprocess.run(
        [*command, str(path)], capture_output=True, text=True, env=env, timeout=120
    )
    code, peak, output = result.stdout.split("\n", 2)
    return int(code), float(peak), output


@pytest.mark.skipif(os.name == "nt", reason="resource is Unix only")
def test_check_zip_bomb_is_refused_in_little_memory_and_time(tmp_path):
    """A 100 KB .odp whose mimetype unpacks to 100 MB: refused before LibreOffice, never
    unpacked (the fault suite's 4.27 GB came from reading that member whole)."""
    bomb = corpus_office.zip_bomb(tmp_path / "bomb.odp")
    env = {**os.environ, "PECHAKUCHA_CACHE_DIR": str(tmp_path / "cache")}
    code, peak, output = _check_measured(bomb, env)
    assert code == 2
    assert "unpacks to far more than it holds" in output
    assert peak < 300
    assert check(bomb).status == FAILED


def _hanging_converter(tmp_path):
    marker = tmp_path / "child.pid"
    program = tmp_path / "soffice"
    program.write_text(f"#!/bin/sh\nsleep 600 & echo $! > {marker}\nwait\n")
    program.chmod(0o755)
    return program, marker


def _gone(pid: int) -> bool:
    """Wait (up to 20 s, polling) until process `pid` no longer exists."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_converter_does_not_outlive_check_stopped_by_ctrl_c_term_or_kill(tmp_path, how):
    """However `check` ends, LibreOffice and what it started end too, its scratch folder is
    removed, and Ctrl+C prints no traceback."""
    program, marker = _hanging_converter(tmp_path)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    deck = corpus_office.fonts_presentation(tmp_path / "talk.odp", {}, slides=2)
    env = {
        **os.environ,
        "PECHAKUCHA_SOFFICE": str(program),
        "PECHAKUCHA_CACHE_DIR": str(tmp_path / "cache"),
        "TMPDIR": str(scratch),
    }
    check_process = subprocess.Popen(
        [sys.executable, "-m", "pechakucha", "check", str(deck)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    deadline = time.monotonic() + 60
    while not (marker.is_file() and marker.read_text().strip()):
        assert time.monotonic() < deadline, "the converter never started"
        time.sleep(0.05)
    child = int(marker.read_text())
    check_process.send_signal(how)
    _out, err = check_process.communicate(timeout=60)
    assert _gone(child)
    if how == signal.SIGINT:
        assert check_process.returncode == 130
        assert "Traceback" not in err
    deadline = time.monotonic() + 20
    while list(scratch.glob("pechakucha-convert-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert list(scratch.glob("pechakucha-convert-*")) == []
