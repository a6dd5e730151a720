"""Every command-line parser of `pechakucha`, in one place (no Qt, no PyMuPDF imported here)."""

from __future__ import annotations

import argparse
import math

from pechakucha import __version__
from pechakucha.core.formats import FORMATS
from pechakucha.core.geometry import DEFAULT_PROJECTOR

SUBCOMMANDS = (
    "check",
    "plan",
    "proof",
    "preview",
    "rehearse",
    "edit",
    "export",
    "bench",
    "install-desktop",
)
DATA_DIR_VARIABLE = "PECHAKUCHA_DATA_DIR"
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


MAX_SIMULATED_RUNS = 100_000
MAX_UP_NEXT_SECONDS = 3600.0


def bounded_number(kind, low: float, high: float, what: str):
    """An argparse type: a number of `kind` (int or float) from `low` to `high`, else a usage
    error that gives the allowed range."""

    def parse_value(text: str):
        try:
            value = kind(text)
        except ValueError:
            value = None
        if value is None or not math.isfinite(value) or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"expected {what} from {low:g} to {high:g}, not {text!r}"
            )
        return value

    return parse_value


def add_format_options(parser: argparse.ArgumentParser) -> None:
    """Options that choose the talk format (--format, --slides, --seconds-per-slide) and the
    interface language (--lang)."""
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


def add_projector_option(parser: argparse.ArgumentParser, purpose: str) -> None:
    """--projector WxH (default 1920x1080)."""
    parser.add_argument(
        "--projector",
        type=projector_size,
        default=DEFAULT_PROJECTOR,
        help=f"projector resolution{purpose}, default 1920x1080",
    )


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
    parser.add_argument("--quit-at-end", action="store_true", help="quit when the show ends")
    parser.add_argument("--manual", action="store_true", help="allow manual slide changes")
    parser.add_argument("--log", help="also write the journal to FILE as JSON lines")
    parser.add_argument(
        "--resume",
        choices=("ask", "yes", "slide", "no"),
        default="ask",
        help="after a crash mid-session: ask (default), resume at once where the clock is "
        "(yes) or at the slide where it stopped (slide), or start afresh",
    )
    parser.add_argument(
        "--reset-settings",
        action="store_true",
        help="forget the remembered projector, language, recent sessions and window places, "
        "then quit",
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
        "--strict",
        action="store_true",
        help="a picture stretched a little (under 1.5×, slightly soft) makes a deck not ready",
    )
    add_projector_option(parser, "")
    add_format_options(parser)
    return parser


def preview_parser() -> argparse.ArgumentParser:
    """Parser for `pechakucha preview`."""
    parser = argparse.ArgumentParser(
        prog="pechakucha preview",
        description="Contact sheet of a deck or of every talk deck of a session file, "
        "with the preflight findings on the slides they concern.",
    )
    parser.add_argument("path", help="deck (PDF, image folder) or session file (.toml)")
    add_format_options(parser)
    add_projector_option(parser, " for the checks")
    parser.add_argument("--screen", type=int, help="screen number for the full-screen look")
    parser.add_argument(
        "--export", metavar="OUT", help="write the contact sheet to OUT (.png or .pdf) and quit"
    )
    parser.add_argument(
        "--paper",
        choices=("a4", "letter"),
        default="a4",
        help="landscape page size of a .pdf export (default: a4)",
    )
    return parser


def rehearse_parser() -> argparse.ArgumentParser:
    """Parser for `pechakucha rehearse`."""
    parser = argparse.ArgumentParser(
        prog="pechakucha rehearse",
        description="Rehearse a talk at the real pace; tap Space when done with each slide.",
    )
    parser.add_argument("deck", help="the deck (PDF, image folder)")
    add_format_options(parser)
    parser.add_argument("--from", dest="first", type=int, metavar="N", help="first slide")
    parser.add_argument("--to", dest="last", type=int, metavar="M", help="last slide")
    parser.add_argument("--loop", type=int, metavar="N", help="repeat slide N until stopped")
    parser.add_argument("--start", action="store_true", help="start at once")
    parser.add_argument(
        "--data-dir", help=f"where runs are kept (default: ${DATA_DIR_VARIABLE} or the user's)"
    )
    return parser


def editor_parser() -> argparse.ArgumentParser:
    """Parser for `pechakucha edit [SESSION.toml]`."""
    parser = argparse.ArgumentParser(
        prog="pechakucha edit", description="Create or edit a session file in a window."
    )
    parser.add_argument("session", nargs="?", help="session file (.toml); a new one if missing")
    parser.add_argument("--lang", help="language of the interface, e.g. es or en")
    return parser


def export_parser() -> argparse.ArgumentParser:
    """Parser for `pechakucha export SESSION.toml -o OUT.pdf [--projector WxH]`."""
    parser = argparse.ArgumentParser(
        prog="pechakucha export",
        description="Write the whole session as a PDF that advances by itself in any PDF "
        "viewer's presentation mode (a fallback when the app cannot run).",
    )
    parser.add_argument("session", help="session file (.toml)")
    parser.add_argument("-o", "--output", required=True, help="the PDF to write")
    add_projector_option(parser, " (gives the page aspect)")
    parser.add_argument(
        "--up-next-seconds",
        type=bounded_number(float, 0, MAX_UP_NEXT_SECONDS, "seconds"),
        metavar="S",
        help='seconds each "Up next" card stays before its talk starts by itself '
        "(default: wait for a click, as F5 in the app)",
    )
    parser.add_argument("--lang", help="language of the card texts, e.g. es or en")
    return parser


def proof_parser() -> argparse.ArgumentParser:
    """Parser for `pechakucha proof SESSION.toml -o DIR`."""
    parser = argparse.ArgumentParser(
        prog="pechakucha proof",
        description="Write one PDF proof per speaker: their slides as the projector will show "
        "them, what to fix on each, their place in the running order and the rules "
        "(exit 0 all ready, 1 problems or decks not arrived, 2 cannot read or write).",
    )
    parser.add_argument("session", help="session file (.toml)")
    parser.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the PDFs")
    add_projector_option(parser, " the slides are shown on")
    parser.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help="page size (default a4)"
    )
    parser.add_argument("--lang", help="language of the proofs, e.g. es or en")
    return parser


def desktop_parser() -> argparse.ArgumentParser:
    """Parser for `pechakucha install-desktop [--remove]`."""
    parser = argparse.ArgumentParser(
        prog="pechakucha install-desktop",
        description="Put Pecha Kucha, with its icon, in this user's applications menu "
        "(a freedesktop entry: Linux desktops).",
    )
    parser.add_argument("--remove", action="store_true", help="take it out of the menu again")
    parser.add_argument("--lang", help="language of the messages, e.g. es or en")
    return parser


def bench_parser() -> argparse.ArgumentParser:
    """Parser for `pechakucha bench`."""
    parser = argparse.ArgumentParser(
        prog="pechakucha bench",
        description="Measure lateness, launch, render and memory on this machine.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def seconds_range(text: str) -> tuple[float, float]:
    """Parse "20-90" (seconds) into (20.0, 90.0)."""
    try:
        low, high = (float(part) for part in text.replace("–", "-").split("-"))
    except ValueError:
        message = f"expected LOW-HIGH in seconds, e.g. 20-90, not {text!r}"
        raise argparse.ArgumentTypeError(message) from None
    if not 0 <= low <= high:
        raise argparse.ArgumentTypeError(f"expected 0 <= LOW <= HIGH, not {text!r}")
    return low, high


def plan_parser() -> argparse.ArgumentParser:
    """Parser for `pechakucha plan SESSION [--simulate N] [--seed S]` and the operator model."""
    parser = argparse.ArgumentParser(
        prog="pechakucha plan",
        description="The running order as planned and its problems; with --simulate, where the "
        "session ends when run N times by a simulated room (exit 0 ok, 1 problems, 2 unreadable).",
    )
    parser.add_argument("session", help="session file (.toml)")
    parser.add_argument(
        "--simulate",
        type=bounded_number(int, 0, MAX_SIMULATED_RUNS, "a whole number of runs"),
        default=0,
        metavar="N",
        help=f"simulated runs (0 to {MAX_SIMULATED_RUNS})",
    )
    parser.add_argument("--seed", type=int, default=0, help="random seed (same seed, same runs)")
    parser.add_argument(
        "--pdf", metavar="OUT", help="also print the running order on one page to OUT (.pdf)"
    )
    parser.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help="page size of --pdf (default a4)"
    )
    room = parser.add_argument_group("operator model (seconds)")
    CHANCE = bounded_number(float, 0, 1, "a chance")  # noqa: N806 (reads as a type)
    SPREAD = bounded_number(float, 0, 3600, "seconds")  # noqa: N806
    room.add_argument(
        "--changeover",
        type=seconds_range,
        default=(20.0, 90.0),
        metavar="LOW-HIGH",
        help="from the Up next card to F5 (default 20-90)",
    )
    room.add_argument(
        "--hold-chance",
        type=CHANCE,
        default=0.15,
        metavar="P",
        help="chance that a talk has a technical hold (default 0.15)",
    )
    room.add_argument(
        "--hold",
        type=seconds_range,
        default=(30.0, 180.0),
        metavar="LOW-HIGH",
        help="length of a hold (default 30-180)",
    )
    room.add_argument(
        "--qa-spread",
        type=SPREAD,
        default=30.0,
        metavar="S",
        help="Q&As end at their countdown's zero ± S (default 30)",
    )
    room.add_argument(
        "--qa-overrun",
        type=SPREAD,
        default=0.0,
        metavar="S",
        help="… plus S on average: moderators who run over (default 0)",
    )
    room.add_argument(
        "--commentary-spread",
        type=SPREAD,
        default=15.0,
        metavar="S",
        help="the commentator ends at zero ± S (default 15)",
    )
    parser.add_argument("--lang", help="language of the output, e.g. es or en")
    return parser
