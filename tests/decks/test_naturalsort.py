"""Natural order of slide file names."""

from __future__ import annotations

from pathlib import Path

from pechakucha.decks.naturalsort import natural_key, natural_sorted


def test_natural_sorted_puts_slide2_before_slide10():
    """Numbers compare by value, not digit by digit."""
    names = ["slide10.png", "slide2.png", "slide1.png", "slide20.png", "slide3.png"]
    assert natural_sorted(names) == [
        "slide1.png",
        "slide2.png",
        "slide3.png",
        "slide10.png",
        "slide20.png",
    ]


def test_natural_sorted_ignores_case():
    """`Slide2` and `slide10` interleave as if both were lower case."""
    assert natural_sorted(["slide10", "Slide2", "SLIDE1"]) == ["SLIDE1", "Slide2", "slide10"]


def test_natural_sorted_handles_several_numbers_and_leading_zeros():
    """`part 1 slide 10` after `part 1 slide 9`; `007` is 7."""
    names = ["p2 s1", "p1 s10", "p1 s9", "p1 s007"]
    assert natural_sorted(names) == ["p1 s007", "p1 s9", "p1 s10", "p2 s1"]


def test_natural_sorted_is_deterministic_for_names_equal_but_for_case():
    """Ties are broken by the original spelling, so the order never depends on the input."""
    assert natural_sorted(["a.png", "A.png"]) == natural_sorted(["A.png", "a.png"])


def test_natural_key_treats_decomposed_accents_like_composed_ones():
    """macOS writes `é` as e + combining accent; it must sort with the composed spelling."""
    composed = "diapositiva \u00e9 2"
    decomposed = "diapositiva e\u0301 2"
    assert natural_key(composed)[0] == natural_key(decomposed)[0]


def test_natural_key_never_compares_numbers_with_text():
    """A name starting with a digit and one starting with a letter can be sorted together."""
    assert natural_sorted(["b", "10", "a2", "2"]) == ["2", "10", "a2", "b"]


def test_natural_sorted_with_key_sorts_paths_by_file_name():
    """Paths sort on the name the key picks, wherever their folder is."""
    paths = [Path("z/slide10.png"), Path("a/slide9.png")]
    assert natural_sorted(paths, key=lambda path: path.name) == [
        Path("a/slide9.png"),
        Path("z/slide10.png"),
    ]
