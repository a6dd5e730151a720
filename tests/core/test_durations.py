"""Durations as people write them and as countdowns show them."""

import contextlib
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pechakucha.core.durations import format_duration, parse_duration


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("0:20", 20.0),
        ("5:00", 300.0),
        ("90:00", 5400.0),
        ("1:30:00", 5400.0),
        ("0:00:05", 5.0),
        (" 6:40 ", 400.0),
        ("0:20.5", 20.5),
        ("-1:00", -60.0),
        (300, 300.0),
        (12.5, 12.5),
        (0, 0.0),
    ],
)
def test_parse_duration_reads_m_ss_h_mm_ss_and_seconds(text, seconds):
    """Every accepted spelling gives seconds as a float."""
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    "bad",
    ["5", "1:5", "1:60", "1:60:00", "", "auto", "5 min", "1:00:00:00", "+1:00", "1.5:00"],
)
def test_parse_duration_rejects_malformed_text_with_a_short_hint(bad):
    """Malformed text is a ValueError that says what to write instead."""
    with pytest.raises(ValueError, match='"m:ss"'):
        parse_duration(bad)


@pytest.mark.parametrize("bad", [True, None, [1], math.nan, math.inf, -math.inf, 10**400])
def test_parse_duration_rejects_values_that_are_not_finite_seconds(bad):
    """Booleans, None, lists, NaN, infinities and huge integers are not durations."""
    with pytest.raises(ValueError):
        parse_duration(bad)


@pytest.mark.parametrize(
    ("seconds", "kwargs", "shown"),
    [
        (0, {}, "0:00"),
        (59.4, {}, "0:59"),
        (59.6, {}, "1:00"),
        (400, {}, "6:40"),
        (3600, {}, "1:00:00"),
        (5400, {}, "1:30:00"),
        (5400, {"hours": False}, "90:00"),
        (-1, {}, "-0:01"),
        (-3725, {}, "-1:02:05"),
        (299.01, {"rounding": "up"}, "5:00"),
        (0.2, {"rounding": "up"}, "0:01"),
        (-0.5, {"rounding": "up"}, "0:00"),
        (-1.0, {"rounding": "up"}, "-0:01"),
        (59.99, {"rounding": "down"}, "0:59"),
    ],
)
def test_format_duration_shows_m_ss_signed_and_hours(seconds, kwargs, shown):
    """Minutes and seconds, a minus sign for overruns, hours from one hour up (if wanted)."""
    assert format_duration(seconds, **kwargs) == shown


def test_format_duration_refuses_nan():
    """NaN cannot be shown as a time."""
    with pytest.raises(ValueError):
        format_duration(math.nan)


@given(st.integers(min_value=-(10**6), max_value=10**6), st.booleans())
def test_format_then_parse_gives_back_whole_seconds(seconds, hours):
    """What the app writes, it reads back unchanged."""
    assert parse_duration(format_duration(seconds, hours=hours)) == seconds


@given(st.one_of(st.text(max_size=12), st.floats(), st.integers(), st.none(), st.booleans()))
def test_parse_duration_raises_only_value_error(value):
    """Whatever it is given, parse_duration returns a float or raises ValueError."""
    with contextlib.suppress(ValueError):
        assert isinstance(parse_duration(value), float)


@pytest.mark.parametrize(
    ("remaining", "shown"),
    [
        (300, "5:00"),
        (299.01, "5:00"),
        (0.4, "0:01"),
        (0, "0:00"),
        (-0.6, "0:00"),
        (-1.0, "+0:01"),
        (-20.2, "+0:20"),
        (-20.9, "+0:20"),
        (-4840.4, "+1:20:40"),
    ],
)
def test_format_countdown_is_one_rule_for_countdowns_and_overtime(remaining, shown):
    """Rounded up: "0:00" exactly at the end, "+0:20" from 20.0 s over until 21.0 s over
    (the console showed "+0:21" where the projector showed "+0:20")."""
    from pechakucha.core.durations import format_countdown

    assert format_countdown(remaining) == shown


@given(
    allotted=st.floats(min_value=0, max_value=20000, allow_nan=False),
    used=st.floats(min_value=0, max_value=30000, allow_nan=False),
)
def test_used_and_left_always_add_up_to_the_allotment(allotted, used):
    """A running segment's Actual + Left = Planned to the second, whatever the fractions."""
    from pechakucha.core.durations import used_and_left

    whole, shown_used, left = used_and_left(allotted, allotted - used)
    assert shown_used + left == whole
    assert abs(shown_used - used) < 1.0 + 1e-6
