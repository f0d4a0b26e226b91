"""Tests for app.colors: the experience colour scale, legend and contrast helpers."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.colors import (
    BLACK,
    DISAGREEMENT_COLOR,
    MOMENT_COLOR,
    NEUTRAL_COLOR,
    UNRATED_COLOR,
    WHITE,
    contrast_ratio,
    experience_color,
    legend_stops,
    relative_luminance,
    text_color_for,
)

HEX = re.compile(r"^#[0-9A-F]{6}$")


def _rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def _blue_minus_red(color: str) -> int:
    """Position on the blue-yellow axis, which protan/deutan vision keeps."""
    r, _, b = _rgb(color)
    return b - r


def test_legend_stops_values_and_labels() -> None:
    stops = legend_stops()
    assert [v for v, _, _ in stops] == [-2.0, -1.0, 0.0, 1.0, 2.0]
    assert [label for _, _, label in stops] == [
        "very negative",
        "negative",
        "neutral",
        "positive",
        "very positive",
    ]
    for value, color, _ in stops:
        assert HEX.match(color)
        assert experience_color(value) == color
    assert experience_color(0) == NEUTRAL_COLOR


def test_legend_colours_have_legible_text() -> None:
    for _, color, _ in legend_stops():
        text = text_color_for(color)
        assert contrast_ratio(color, text) >= 4.5
        # the scale is light: card text stays black everywhere
        assert text == BLACK
    assert contrast_ratio(UNRATED_COLOR, text_color_for(UNRATED_COLOR)) >= 4.5


@given(st.floats(-2, 2))
def test_black_text_legible_on_whole_scale(mean: float) -> None:
    color = experience_color(mean)
    assert HEX.match(color)
    assert contrast_ratio(color, BLACK) >= 4.5


def test_unrated_is_distinct_from_neutral_and_scale() -> None:
    assert experience_color(None) == UNRATED_COLOR
    assert experience_color(0) != UNRATED_COLOR
    # visibly different: darker than the near-white neutral by a clear margin
    assert contrast_ratio(UNRATED_COLOR, experience_color(0)) >= 1.5
    # and grey (r == g == b), unlike every coloured stop except possibly neutral
    r, g, b = _rgb(UNRATED_COLOR)
    assert r == g == b
    for _, color, _ in legend_stops():
        assert color != UNRATED_COLOR


def test_scale_stops_distinct_and_monotonic() -> None:
    colors = [experience_color(v) for v in (-2, -1, 0, 1, 2)]
    assert len(set(colors)) == 5
    # -2: F1A340 -> 0x40-0xF1 = -177; -1: FEE0B6 -> -72; 0: F7F7F7 -> 0;
    # +1: D8DAEB -> +19; +2: 998EC3 -> +42  (strictly increasing)
    axis = [_blue_minus_red(c) for c in colors]
    assert axis == sorted(axis) and len(set(axis)) == 5
    assert axis[0] < 0 < axis[-1]


def test_scale_monotonic_on_fine_grid() -> None:
    # Each channel is rounded separately, so b - r may wobble by 1 unit, never more.
    values = [-2 + i / 100 for i in range(401)]
    axis = [_blue_minus_red(experience_color(v)) for v in values]
    assert all(a <= b + 1 for a, b in pairwise(axis))


def test_each_channel_monotonic_between_stops() -> None:
    # Linear interpolation then rounding keeps every channel monotonic on each segment.
    stops = [v for v, _, _ in legend_stops()]
    for lo, hi in pairwise(stops):
        values = [lo + (hi - lo) * i / 50 for i in range(51)]
        channels = list(zip(*(_rgb(experience_color(v)) for v in values), strict=True))
        for channel in channels:
            steps = [b - a for a, b in pairwise(channel)]
            assert all(d >= 0 for d in steps) or all(d <= 0 for d in steps)


@given(st.floats(-2, 2), st.floats(-2, 2))
def test_scale_monotonic_property(a: float, b: float) -> None:
    lo, hi = min(a, b), max(a, b)
    assert _blue_minus_red(experience_color(lo)) <= _blue_minus_red(experience_color(hi)) + 1


def test_interpolation_midpoint() -> None:
    # halfway between -2 (F1 A3 40) and -1 (FE E0 B6):
    # (241+254)/2 = 247.5 -> 248 (F8); (163+224)/2 = 193.5 -> 194 (C2); (64+182)/2 = 123 (7B)
    assert experience_color(-1.5) == "#F8C27B"


@pytest.mark.parametrize(
    "value, clamped",
    [(-5, -2), (-2.0001, -2), (3, 2), (float("inf"), 2), (float("-inf"), -2)],
)
def test_clamped(value: float, clamped: float) -> None:
    assert experience_color(value) == experience_color(clamped)


def test_nan_rejected() -> None:
    with pytest.raises(ValueError):
        experience_color(float("nan"))


def test_contrast_ratio_basics() -> None:
    assert contrast_ratio(BLACK, WHITE) == pytest.approx(21.0)
    assert contrast_ratio(WHITE, BLACK) == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == 1.0
    assert contrast_ratio("#123456", "#ABCDEF") == contrast_ratio("#ABCDEF", "#123456")
    assert contrast_ratio("#abcdef", "#ABCDEF") == 1.0
    assert relative_luminance(BLACK) == 0.0
    assert relative_luminance(WHITE) == pytest.approx(1.0)
    # WCAG reference: #767676 on white is just above 4.5:1
    assert 4.5 <= contrast_ratio("#767676", WHITE) < 4.6


def test_text_color_for() -> None:
    assert text_color_for(BLACK) == WHITE
    assert text_color_for("#08306B") == WHITE
    assert text_color_for(WHITE) == BLACK
    assert text_color_for("#FFFF00") == BLACK


@given(st.integers(0, 0xFFFFFF))
def test_text_color_always_readable(value: int) -> None:
    background = f"#{value:06X}"
    text = text_color_for(background)
    assert text in (BLACK, WHITE)
    # the better of black/white always reaches at least ~4.58:1
    assert contrast_ratio(background, text) >= 4.5


@pytest.mark.parametrize("bad", ["", "#FFF", "FFFFFF", "#GGGGGG", "#1234567", None])
def test_invalid_hex_rejected(bad: object) -> None:
    with pytest.raises(ValueError):
        contrast_ratio(bad, BLACK)  # type: ignore[arg-type]


def test_marker_colours_stand_out_on_every_card() -> None:
    backgrounds = [c for _, c, _ in legend_stops()] + [UNRATED_COLOR]
    for marker in (DISAGREEMENT_COLOR, MOMENT_COLOR):
        assert HEX.match(marker)
        for background in backgrounds:
            # WCAG 1.4.11 non-text contrast
            assert contrast_ratio(marker, background) >= 3.0
    assert DISAGREEMENT_COLOR != MOMENT_COLOR
    # distinguishable by colour-blind users too: one is blue-dominant, the other red-dominant
    assert _blue_minus_red(DISAGREEMENT_COLOR) > 0 > _blue_minus_red(MOMENT_COLOR)
