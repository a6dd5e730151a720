"""The organiser's week from the command line: check and plan go on with one deck missing
and one pending, name each speaker, and print the running order."""

from __future__ import annotations

import json
import sys

import pymupdf
import pytest

from tests.cli.week import run, write_week


@pytest.fixture
def week(tmp_path):
    """The week's session file (one deck missing, one pending)."""
    return write_week(tmp_path)


def test_check_lists_each_speaker_with_pending_and_missing_decks_and_exits_1(week):
    """Exit 1, not 2; each speaker and organisation named; the decks that arrived checked."""
    result = run("check", week, lang="en")
    assert result.returncode == 1, result.stderr
    out = result.stdout
    assert "Ana Pérez — Diputación de Barcelona: ready · received" in out
    assert "Luc Martin — Cités Unies France: missing: the file is not there · luc.pdf" in out
    assert "Rosa Gil — FAMSI: pending: no deck yet" in out
    assert "João Silva — Lisboa: problems · received" in out
    assert "joao.pdf: NOT ready, 21 slides" in out
    assert "plan has 2 problems" in out and "Traceback" not in result.stderr


def test_check_json_has_the_speakers_with_status_and_received_date(week):
    """--json: a "speakers" list per session with status and received (ISO) per talk."""
    result = run("check", "--json", week)
    assert result.returncode == 1
    talks = json.loads(result.stdout)["speakers"][0]["talks"]
    assert [talk["status"] for talk in talks] == ["ready", "missing", "pending", "problems"]
    assert [talk["segment"] for talk in talks] == [1, 3, 4, 5]
    assert talks[0]["organisation"] == "Diputación de Barcelona"
    assert talks[0]["received"][:4].isdigit() and talks[2]["received"] is None


def test_plan_is_computed_without_the_decks_that_have_not_arrived(week):
    """Exit 1 with the plan: 4 talks × 6:40 + commentary 5:00 + 4 changeovers of 1:00 leave
    the Q&A 24:20; the missing and the pending deck named."""
    result = run("plan", week, lang="en")
    assert result.returncode == 1, result.stderr
    assert "Q&A: Ana Pérez" in result.stdout and "24:20" in result.stdout
    assert "segment 3 (Cités Unies France) is not there" in result.stdout
    assert "segment 4 (FAMSI) has no deck yet" in result.stdout


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_plan_pdf_prints_times_changeovers_qa_target_commentator_and_keys(week, tmp_path, paper):
    """One page: 18:30 start, a changeover line, the Q&A target, the commentator's slot, F5."""
    out = tmp_path / "running-order.pdf"
    result = run("plan", week, "--pdf", out, "--paper", paper, lang="en")
    assert result.returncode == 1 and f"written to {out}" in result.stdout
    with pymupdf.open(out) as document:
        assert document.page_count == 1
        text = document[0].get_text()
        width = document[0].rect.width
    assert round(width) == (595 if paper == "a4" else 612)
    for expected in ("18:30", "19:30", "changeover 1:00", "target 24:20, at least 3:00"):
        assert expected in text
    assert "commentator's slot" in text and "Marta" in text and "F5" in text


def test_plan_pdf_refuses_a_folder_as_output_in_one_sentence(week, tmp_path):
    """Exit 2, one line on stderr, no traceback, the folder untouched."""
    result = run("plan", week, "--pdf", tmp_path, lang="en")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "cannot write" in result.stderr
    assert tmp_path.is_dir()


def test_proof_writes_one_pdf_per_arrived_deck_with_fixes_next_to_the_slides(week, tmp_path):
    """Ana's and João's proofs; Luc and Rosa named as missing and pending; João's 21st slide
    and its fix read back from the PDF, with his place in the running order and the rules."""
    out = tmp_path / "proofs"
    result = run("proof", week, "-o", out, lang="en")
    assert result.returncode == 1, result.stderr
    assert "Luc Martin: no proof, the deck is missing" in result.stdout
    assert "Rosa Gil: no proof, the deck is pending" in result.stdout
    assert sorted(p.name for p in out.iterdir()) == ["01-ana-perez.pdf", "05-joao-silva.pdf"]
    with pymupdf.open(out / "05-joao-silva.pdf") as document:
        text = " ".join(page.get_text() for page in document).replace("\n", " ")
        assert round(document[0].rect.width) == 595
    assert "Proof of the slides of João Silva — Lisboa" in text
    assert "Talk 4 of 4" in text and "Planned start of your talk: 19:" in text
    assert "exactly 20 slides, each shown 20 seconds" in text
    assert "has 21 slides; the talk needs exactly 20" in text
    assert "To do: Make the deck exactly 20 slides" in text
    assert "Slide 20" in text and "Slide 21" not in text


def test_proof_of_a_session_that_cannot_be_read_is_one_sentence_and_exit_2(tmp_path):
    """A broken session file: exit 2, one line, no traceback, no folder made."""
    broken = tmp_path / "broken.toml"
    broken.write_text("[session\n", encoding="utf-8")
    result = run("proof", broken, "-o", tmp_path / "proofs", lang="en")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert not (tmp_path / "proofs").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="QSettings there ignores $HOME")
def test_commands_use_the_remembered_language_and_never_remember_one(week, tmp_path):
    """The windows remembered French: check speaks it without --lang; `install-desktop
    --lang es --remove` and `export --lang es` speak Spanish but leave French remembered."""
    home = tmp_path / "home"
    config = home / ".config" / "pechakucha" / "pechakucha.ini"
    config.parent.mkdir(parents=True)
    config.write_text("[interface]\nlanguage=fr\n", encoding="utf-8")
    result = run("check", week, home=home)
    assert "prête, 20 diapositives" in result.stdout
    run("install-desktop", "--remove", lang="es", home=home)
    run("export", week, "-o", tmp_path / "x.pdf", lang="es", home=home)
    run("plan", week, lang="es", home=home)
    assert "language=fr" in config.read_text(encoding="utf-8")
