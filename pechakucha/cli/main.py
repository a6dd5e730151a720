"""Command line: `pechakucha [SESSION|DECK]` opens the app; subcommands check, preview, …

Each command is parsed here (parsers in cli/parsers.py) and handed, parsed, to the module that
runs it. Heavy imports (Qt, PyMuPDF) happen inside the command that needs them, so `--help`
and `check` start fast and the app reaches its first paint quickly.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from pechakucha.cli import parsers

EXIT_USAGE = 2


def parse(parser: argparse.ArgumentParser, argv: Sequence[str]) -> argparse.Namespace | int:
    """Parsed arguments, or argparse's exit code (2 for a usage error, 0 for --help)."""
    try:
        return parser.parse_args(list(argv))
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE


def command(
    make_parser: Callable[[], argparse.ArgumentParser], module: str, function: str
) -> Callable[[Sequence[str]], int]:
    """A subcommand: parse its arguments, then load its module and run `function(args)`."""

    def run(argv: Sequence[str]) -> int:
        args = parse(make_parser(), argv)
        if isinstance(args, int):
            return args
        try:
            return getattr(importlib.import_module(module), function)(args)
        except KeyboardInterrupt:  # Ctrl+C: stop quietly (a conversion's LibreOffice too)
            return 130

    return run


run_check = command(parsers.check_parser, "pechakucha.cli.check", "check_command")
run_plan = command(parsers.plan_parser, "pechakucha.cli.plan", "plan_command")
run_preview = command(parsers.preview_parser, "pechakucha.qt.preview.launch", "run_preview")
run_rehearse = command(parsers.rehearse_parser, "pechakucha.qt.rehearse.launch", "run_rehearse")
run_editor = command(parsers.editor_parser, "pechakucha.qt.editor.launch", "run_editor")
run_proof = command(parsers.proof_parser, "pechakucha.cli.proof", "proof_command")
run_export = command(parsers.export_parser, "pechakucha.cli.export", "run_export")
run_bench = command(parsers.bench_parser, "pechakucha.cli.bench", "bench_command")
run_desktop = command(parsers.desktop_parser, "pechakucha.cli.desktop", "install_desktop")
run_app = command(parsers.app_parser, "pechakucha.qt.show.launch", "run_app")

COMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "check": run_check,
    "plan": run_plan,
    "bench": run_bench,
    "preview": run_preview,
    "rehearse": run_rehearse,
    "edit": run_editor,
    "proof": run_proof,
    "export": run_export,
    "install-desktop": run_desktop,
}


def lift_language(argv: list[str]) -> list[str]:
    """`pechakucha --lang fr check …` as `pechakucha check … --lang fr`: the language may come
    before or after the subcommand."""
    for position, word in enumerate(argv):
        if word in COMMANDS:
            break
        if word.startswith("--lang="):
            option, rest = [word], argv[position + 1 :]
        elif word == "--lang":
            option, rest = argv[position : position + 2], argv[position + 2 :]
        else:
            continue
        if rest and rest[0] in COMMANDS:
            return [*argv[:position], *rest, *option]
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `pechakucha` command; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "--render-process":  # hidden: a bundle starts its render process so
        from pechakucha.qt.pixels.server import main as render_process  # Qt-free

        return render_process(argv[1:])
    argv = lift_language(argv)
    if argv and argv[0] in COMMANDS:
        return COMMANDS[argv[0]](argv[1:])
    from pechakucha.qt.pixels.process import prestart  # Qt-free

    prestart()  # the render process loads PyMuPDF on the other core while this one loads Qt
    return run_app(argv)
