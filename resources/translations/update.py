"""Refresh the translations: collect every marked string into the .ts files, compile the .qm.

Run from anywhere with the project's virtual environment: `python resources/translations/update.py`.
New strings appear in `pechakucha_es.ts` as unfinished; translate them (Qt Linguist, or by hand)
and run this again to compile `pechakucha_es.qm`, which ships inside the wheel.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("es",)


def tool(name: str) -> str:
    """Path of a PySide6 Linguist tool (pyside6-lupdate, pyside6-lrelease)."""
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install the project (it comes with PySide6)")
    return found


def main() -> None:
    """Update every .ts from the sources, then compile each to .qm."""
    sources = sorted(str(p) for p in (ROOT / "pechakucha").rglob("*.py"))
    for language in LANGUAGES:
        ts_file = HERE / f"pechakucha_{language}.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts_file)], check=True
        )
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
            check=True,
        )


if __name__ == "__main__":
    main()
