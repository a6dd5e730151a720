"""Preflight: is a deck ready for its talk? Facts in (facts.py), findings out (judge.py with
the rules of files.py and exports.py). Qt-free and PyMuPDF-free."""

from pechakucha.core.preflight.facts import (
    ERROR,
    FAILED,
    INFO,
    PROBLEMS,
    READY,
    WARNING,
    DeckFacts,
    DeckReport,
    Finding,
    FontSwap,
    PlacedPicture,
    SlideFacts,
    aspect_name,
    failed_report,
    slide_list,
)
from pechakucha.core.preflight.judge import assess_deck

__all__ = [
    "ERROR",
    "FAILED",
    "INFO",
    "PROBLEMS",
    "READY",
    "WARNING",
    "DeckFacts",
    "DeckReport",
    "Finding",
    "FontSwap",
    "PlacedPicture",
    "SlideFacts",
    "aspect_name",
    "assess_deck",
    "failed_report",
    "slide_list",
]
