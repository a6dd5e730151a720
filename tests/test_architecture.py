"""Architecture rules that must not erode: Qt-free core and decks; lint-clean code."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_core_and_decks_import_neither_qt_nor_pymupdf_at_import_time():
    code = (
        "import sys, pkgutil, importlib, pechakucha.core, pechakucha.decks\n"
        "for pkg in (pechakucha.core, pechakucha.decks):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "core_mupdf = 'pymupdf' in sys.modules\n"
        "print(bad)\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_core_never_imports_pymupdf():
    code = (
        "import sys, pkgutil, importlib, pechakucha.core\n"
        "for m in pkgutil.walk_packages(pechakucha.core.__path__, 'pechakucha.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "assert 'pymupdf' not in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(
    shutil.which("ruff") is None and not (Path(sys.executable).parent / "ruff").exists(),
    reason="ruff not installed",
)
def test_ruff_finds_nothing_to_fix():
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    lint = subprocess.run([ruff, "check", "--quiet", str(ROOT)], capture_output=True, text=True)
    assert lint.returncode == 0, lint.stdout
    fmt = subprocess.run(
        [ruff, "format", "--check", "--quiet", str(ROOT)], capture_output=True, text=True
    )
    assert fmt.returncode == 0, fmt.stdout
