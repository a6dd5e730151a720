"""Every render test runs twice: on the Linux path (where there is one) and on the portable one
that Windows and macOS take (`PECHAKUCHA_RENDER_PORTABLE=1`), so CI exercises both."""

from __future__ import annotations

import pytest

from pechakucha.qt.pixels.transport import PORTABLE_VARIABLE


@pytest.fixture(autouse=True, params=["native", "portable"])
def render_path(request, monkeypatch) -> str:
    """The way to a slide this test takes (the render process inherits the variable)."""
    if request.param == "portable":
        monkeypatch.setenv(PORTABLE_VARIABLE, "1")
    else:
        monkeypatch.delenv(PORTABLE_VARIABLE, raising=False)
    return request.param
