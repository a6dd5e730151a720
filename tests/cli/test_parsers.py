"""The command-line parsers: projector sizes, format options, usage errors as exit codes."""

from __future__ import annotations

import argparse

import pytest

from pechakucha.cli.main import main, parse
from pechakucha.cli.parsers import app_parser, check_parser, projector_size


@pytest.mark.parametrize(("text", "size"), [("1920x1080", (1920, 1080)), ("1024×768", (1024, 768))])
def test_projector_size_reads_both_spellings(text, size):
    """WIDTHxHEIGHT with an x or a ×."""
    assert projector_size(text) == size


@pytest.mark.parametrize("text", ["huge", "0x1080", "1920", "-5x3"])
def test_projector_size_refuses_what_is_not_a_positive_size(text):
    """A usage error argparse can report."""
    with pytest.raises(argparse.ArgumentTypeError):
        projector_size(text)


def test_parse_returns_2_for_a_usage_error_instead_of_exiting(capsys):
    """A bad value is argparse's own message and exit code 2, not SystemExit."""
    assert parse(check_parser(), ["--projector", "huge", "x.pdf"]) == 2
    assert "projector" in capsys.readouterr().err


def test_app_parser_defaults_open_the_sample_and_ask_before_resuming():
    """No path: the sample; --resume asks by default."""
    args = app_parser().parse_args([])
    assert args.path is None and args.resume == "ask" and args.format == "pechakucha"


def test_main_version_and_help_exit_0(capsys):
    """--version and --help print and return 0."""
    assert main(["--version"]) == 0
    assert "pechakucha" in capsys.readouterr().out
    assert main(["check", "--help"]) == 0


@pytest.mark.parametrize(
    ("argv", "allowed"),
    [
        (["plan", "s.toml", "--simulate", "-5"], "from 0 to 100000"),
        (["plan", "s.toml", "--simulate", "100000000"], "from 0 to 100000"),
        (["plan", "s.toml", "--hold-chance", "nan"], "from 0 to 1"),
        (["export", "s.toml", "-o", "x.pdf", "--up-next-seconds", "1e308"], "from 0 to 3600"),
    ],
)
def test_out_of_range_numbers_are_usage_errors_that_give_the_allowed_range(argv, allowed, capsys):
    """No traceback, no unbounded run: exit 2 and the range in argparse's message."""
    assert main(argv) == 2
    assert allowed in capsys.readouterr().err


def test_lang_is_accepted_before_the_subcommand(capsys):
    """`pechakucha --lang en check --help` reaches check (with --lang moved after it)."""
    from pechakucha.cli.main import lift_language

    assert lift_language(["--lang", "en", "check", "a.pdf"]) == ["check", "a.pdf", "--lang", "en"]
    assert lift_language(["--lang=fr", "plan", "s.toml"]) == ["plan", "s.toml", "--lang=fr"]
    assert lift_language(["s.toml", "--lang", "fr"]) == ["s.toml", "--lang", "fr"]
    assert main(["--lang", "en", "check", "--help"]) == 0
