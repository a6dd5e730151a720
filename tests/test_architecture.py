"""Architecture rules that must not erode: Qt-free core and decks; lint-clean code."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_core_and_decks_import_no_qt_even_when_every_module_is_loaded():
    code = (
        "import sys, pkgutil, importlib, pechakucha.core, pechakucha.decks\n"
        "for pkg in (pechakucha.core, pechakucha.decks):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
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


def test_layer_contracts_hold():
    """cli above qt above decks above core; qt features independent (pyproject's import-linter)."""
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run([lint], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-3000:]


def test_no_folder_holds_more_than_12_modules_and_no_module_passes_400_lines():
    """The house keeps its shape: small folders, small files."""
    big_folders = {
        str(folder.relative_to(ROOT)): count
        for folder in (ROOT / "pechakucha").rglob("*")
        if folder.is_dir() and (count := len(list(folder.glob("*.py")))) > 13  # + __init__
    }
    long_files = {
        str(path.relative_to(ROOT)): lines
        for path in (ROOT / "pechakucha").rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert big_folders == {} and long_files == {}


def test_every_package_folder_is_listed_for_the_wheel_and_the_bundle():
    """A package missing from pyproject's list is missing from a real install and the app."""
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "pechakucha").rglob("__init__.py")
    }
    assert found - listed == set()
