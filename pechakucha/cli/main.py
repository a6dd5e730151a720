"""Command line: `pechakucha [SESSION|DECK]` opens the app; subcommands check, preview, …

Heavy imports (Qt, PyMuPDF) happen inside the command that needs them, so `--help` and
`check` start fast and the app reaches its first paint quickly.
"""

from __future__ import annotations

import argparse
import importlib
import math
import sys
from collections.abc import Callable, Sequence

from pechakucha import __version__
from pechakucha.core.formats import FORMATS

SUBCOMMANDS = ("check", "preview", "rehearse", "edit", "export", "bench")
MAX_SLIDES = 1000
MAX_SECONDS_PER_SLIDE = 3600.0


def slide_count(text: str) -> int:
    """Parse --slides: a whole number of slides from 1 to MAX_SLIDES."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of slides, not {text!r}"
        ) from None
    if not 1 <= value <= MAX_SLIDES:
        raise argparse.ArgumentTypeError(f"a talk has 1 to {MAX_SLIDES} slides, not {text!r}")
    return value


def seconds_per_slide(text: str) -> float:
    """Parse --seconds-per-slide: a number of seconds above 0, at most an hour."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, not {text!r}") from None
    if not (math.isfinite(value) and 0 < value <= MAX_SECONDS_PER_SLIDE):
        raise argparse.ArgumentTypeError(
            f"seconds per slide must be above 0 and at most {MAX_SECONDS_PER_SLIDE:g}, not {text!r}"
        )
    return value


def add_format_options(parser: argparse.ArgumentParser) -> None:
    """Options that choose the talk format: --format, --slides, --seconds-per-slide."""
    parser.add_argument(
        "--format",
        choices=sorted(FORMATS),
        default="pechakucha",
        help="pechakucha = 20 slides × 20 s (default); ignite = 20 × 15 s",
    )
    parser.add_argument("--slides", type=slide_count, help="slides per talk (custom format)")
    parser.add_argument(
        "--seconds-per-slide",
        type=seconds_per_slide,
        help="seconds each slide is shown (custom format)",
    )
    parser.add_argument("--lang", help="language of the interface, e.g. es or en")


def projector_size(text: str) -> tuple[int, int]:
    """Parse "1920x1080" (or "1920×1080") into a size."""
    try:
        width, height = (int(part) for part in text.lower().replace("×", "x").split("x"))
    except ValueError:
        message = f"expected WIDTHxHEIGHT, e.g. 1920x1080, not {text!r}"
        raise argparse.ArgumentTypeError(message) from None
    if width < 1 or height < 1:
        raise argparse.ArgumentTypeError(f"the projector size must be positive, not {text!r}")
    return width, height


def app_parser() -> argparse.ArgumentParser:
    """Parser for opening the app on a session or a deck."""
    parser = argparse.ArgumentParser(
        prog="pechakucha",
        description="Run Pecha Kucha sessions. Subcommands: "
        + ", ".join(SUBCOMMANDS)
        + " (see `pechakucha COMMAND --help`).",
    )
    parser.add_argument("path", nargs="?", help="session file (.toml) or deck; default: sample")
    add_format_options(parser)
    parser.add_argument("--screen", type=int, help="screen number for the audience window")
    parser.add_argument("--start", action="store_true", help="start at once, without F5")
    parser.add_argument("--quit-at-end", action="store_true", help="quit when the talk ends")
    parser.add_argument("--manual", action="store_true", help="allow manual slide changes")
    parser.add_argument("--log", help="write the journal to FILE as JSON lines")
    parser.add_argument(
        "--resume",
        choices=("ask", "yes", "no"),
        default="ask",
        help="after a crash mid-session: ask (default), resume at once, or start afresh",
    )
    parser.add_argument("--bench-launch", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"pechakucha {__version__}")
    return parser


def check_parser() -> argparse.ArgumentParser:
    """Parser for `pechakucha check`."""
    parser = argparse.ArgumentParser(
        prog="pechakucha check",
        description="Preflight decks: exit 0 all ready, 1 problems, 2 some cannot be loaded.",
    )
    parser.add_argument("paths", nargs="+", help="PDF, image folder, image files, session file")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--projector",
        type=projector_size,
        default=(1920, 1080),
        help="projector resolution, default 1920x1080",
    )
    add_format_options(parser)
    return parser


def run_check(argv: Sequence[str]) -> int:
    """`pechakucha check`: preflight every path and print the verdict."""
    from pechakucha.cli.check import check_command

    return check_command(check_parser().parse_args(argv))


def run_bench(argv: Sequence[str]) -> int:
    """`pechakucha bench`: measure lateness, launch, render and memory on this machine."""
    parser = argparse.ArgumentParser(prog="pechakucha bench", description=run_bench.__doc__)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    from pechakucha.cli.bench import run_bench as bench

    return bench(parser.parse_args(argv).json)


def lazy(module: str, function: str) -> Callable[[Sequence[str]], int]:
    """A subcommand whose module (and its Qt or PyMuPDF imports) loads only when it runs."""

    def run(argv: Sequence[str]) -> int:
        return getattr(importlib.import_module(module), function)(list(argv))

    return run


COMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "check": run_check,
    "bench": run_bench,
    "preview": lazy("pechakucha.qt.preview.launch", "run_preview"),
    "rehearse": lazy("pechakucha.qt.preview.launch", "run_rehearse"),
    "edit": lazy("pechakucha.qt.editor.window", "run_editor"),
    "export": lazy("pechakucha.cli.export", "run_export"),
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `pechakucha` command; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        return COMMANDS[argv[0]](argv[1:])
    from pechakucha.qt.show.launch import run_app

    return run_app(app_parser().parse_args(argv))
