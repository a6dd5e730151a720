"""CI's second test run uses the oldest versions pyproject.toml allows (.ci/oldest.txt): every
lower bound there is pinned, and each pin is that bound (or the first release of it)."""

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent


def pins() -> dict[str, Version]:
    """The versions pinned in .ci/oldest.txt, by canonical name."""
    lines = (ROOT / ".ci" / "oldest.txt").read_text(encoding="utf-8").splitlines()
    pairs = [line.split("==") for line in lines if line.strip() and not line.startswith("#")]
    return {canonicalize_name(name): Version(version) for name, version in pairs}


def lower_bounds() -> dict[str, Version]:
    """Each runtime, test and build requirement's `>=` bound, by canonical name."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    texts = [
        *config["project"]["dependencies"],
        *config["project"]["optional-dependencies"]["test"],
        *config["build-system"]["requires"],
    ]
    bounds = {}
    for requirement in map(Requirement, texts):
        for spec in requirement.specifier:
            if spec.operator == ">=":
                bounds[canonicalize_name(requirement.name)] = Version(spec.version)
    return bounds


def test_every_lower_bound_is_pinned_to_itself_or_its_first_release():
    pinned = pins()
    for name, bound in lower_bounds().items():
        assert name in pinned, f"{name} is missing from .ci/oldest.txt"
        release = pinned[name].release
        assert release[: len(bound.release)] == bound.release, (name, bound, pinned[name])
