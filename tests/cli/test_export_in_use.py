"""Exporting onto a PDF another program holds open (Windows refuses to replace it): retried,
then one sentence naming the file; the earlier export stays as it was."""

from __future__ import annotations

import pechakucha.core.atomic as atomic
from pechakucha.cli.main import run_export
from tests.cli.test_export import write_session
from tests.conftest import write_numbered_pdf


def test_run_export_onto_a_pdf_held_open_elsewhere_is_one_sentence_and_keeps_it(
    tmp_path, capsys, monkeypatch
):
    write_numbered_pdf(tmp_path / "talk.pdf")
    session = write_session(tmp_path, "talk.pdf")
    output = tmp_path / "out.pdf"
    output.write_bytes(b"old export, open in a PDF viewer")
    attempts: list[str] = []

    def refuse(source, target):
        attempts.append(str(target))
        raise PermissionError(13, "The process cannot access the file", str(target))

    monkeypatch.setattr(atomic.os, "replace", refuse)
    monkeypatch.setattr(atomic.time, "sleep", lambda _seconds: None)
    assert run_export([str(session), "-o", str(output), "--lang", "en"]) == 2
    error = capsys.readouterr().err
    assert "out.pdf" in error and "another program has it open" in error
    assert error.count("\n") == 1 and "Traceback" not in error
    assert len(attempts) == len(atomic.RETRY_DELAYS) + 1
    assert output.read_bytes() == b"old export, open in a PDF viewer"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf", "session.toml", "talk.pdf"]
