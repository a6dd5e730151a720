"""Fault injection on the real show: the one-deck show of tests/qt is shared here."""

from tests.qt.conftest import make_show  # noqa: F401  used by test_render_faults
