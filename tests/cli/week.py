"""The organiser's week as files: a 60-minute session of four talks a week before the day,
one deck received, one moved away (missing), one not sent yet (pending)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import write_numbered_pdf

WEEK = """\
[session]
title = "Semana de las ciudades"
budget = "60:00"
changeover = "1:00"
planned_start = "18:30"
audience = ["es", "en"]

[[segment]]
kind = "talk"
speaker = "Ana Pérez"
organisation = "Diputación de Barcelona"
deck = "ana.pdf"

[[segment]]
kind = "qa"
minimum = "3:00"

[[segment]]
kind = "talk"
speaker = "Luc Martin"
organisation = "Cités Unies France"
deck = "luc.pdf"

[[segment]]
kind = "talk"
speaker = "Rosa Gil"
organisation = "FAMSI"

[[segment]]
kind = "talk"
speaker = "João Silva"
organisation = "Lisboa"
deck = "joao.pdf"

[[segment]]
kind = "commentary"
speaker = "Marta"
duration = "5:00"
"""


def write_week(folder: Path) -> Path:
    """The session file and the decks that have arrived (Ana's, João's with 21 slides)."""
    write_numbered_pdf(folder / "ana.pdf")
    write_numbered_pdf(folder / "joao.pdf", slides=21)
    path = folder / "week.toml"
    path.write_text(WEEK, encoding="utf-8")
    return path


def run(*args: object, lang: str | None = None, home: Path | None = None):
    """`pechakucha ARGS…` in a subprocess (its own settings folder when `home` is given)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C", LC_ALL="", LANGUAGE="")
    if home is not None:
        env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), APPDATA=str(home))
    command = [sys.executable, "-m", "pechakucha", *map(str, args)]
    if lang:
        command += ["--lang", lang]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
