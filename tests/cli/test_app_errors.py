"""Opening the app on bad input: one sentence naming the file, exit 2, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def open_app(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "pechakucha", *args, "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


@pytest.mark.parametrize(
    "name, content",
    [
        ("missing.pdf", None),
        ("empty.pdf", b""),
        ("page.pdf", b"<html><body>not slides</body></html>"),
        ("broken.toml", b"[session\ntitle = 1"),
        ("unknown-key.toml", b'[session]\ntitle = "x"\ncolour = "red"\n'),
    ],
)
def test_app_on_bad_input_says_one_sentence_naming_the_file(tmp_path, name, content):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = open_app(str(path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("pechakucha:")]
    assert len(lines) == 1 and name in lines[0]
