"""Fault injection on the real show: the one-deck show of tests/qt, on a deck with one slide
(HEAVY_SLIDE + 1) that takes seconds to draw."""

from __future__ import annotations

from pathlib import Path

import pytest

from pechakucha.cli.bench import make_heavy_deck
from tests.qt.conftest import make_show  # noqa: F401  the show fixture, on the deck below


@pytest.fixture
def numbered_pdf(tmp_path: Path) -> Path:
    """20 numbered slides; the heavy one takes seconds to draw at 1080p (~3 s on a 2-core box)."""
    return make_heavy_deck(tmp_path / "talk.pdf", leaf_paths=25)
