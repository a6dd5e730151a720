"""Deck sources (PDF, image folder, image files) rendered to plain RGB pixels. Qt-free."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pechakucha.decks.base import Deck, Pixels, SlideSize
from pechakucha.decks.errors import DeckError

if TYPE_CHECKING:
    from pechakucha.decks.opener import open_deck

__all__ = ["Deck", "DeckError", "Pixels", "SlideSize", "open_deck"]


def __getattr__(name: str) -> Any:
    """Import open_deck (and with it PyMuPDF, ~150 ms) only when it is first asked for, so
    `pechakucha.decks.base` and `.errors` stay cheap to import."""
    if name == "open_deck":
        from pechakucha.decks.opener import open_deck

        globals()["open_deck"] = open_deck
        return open_deck
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
