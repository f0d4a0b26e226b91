"""The layout's look-ups: what is under a point, which lanes a painted band reaches."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.layout import compute_layout

LANES = st.lists(st.tuples(st.booleans(), st.integers(0, 4)), min_size=1, max_size=12)


def _layout(lanes: list[tuple[bool, int]]):
    phases = ["p0", "p1", "p2"]
    spec = [(f"l{i}", curve) for i, (curve, _) in enumerate(lanes)]
    cells = {
        (f"l{i}", "p1"): [f"c{i}-{k}" for k in range(cards)] for i, (_, cards) in enumerate(lanes)
    }
    return compute_layout(phases, spec, cells)


@settings(max_examples=60, deadline=None)
@given(LANES, st.floats(-50, 4000))
def test_lane_at_finds_the_lane_whose_row_holds_the_point(lanes, y) -> None:
    layout = _layout(lanes)
    expected = [lane for lane in layout.lanes if lane.row.y <= y < lane.row.bottom]
    found = layout.lane_at(y)
    assert (found,) == tuple(expected) if expected else found is None


@settings(max_examples=60, deadline=None)
@given(LANES, st.floats(-50, 4000), st.floats(0, 1500))
def test_lanes_between_are_the_rows_a_band_reaches(lanes, top, height) -> None:
    layout = _layout(lanes)
    bottom = top + height
    expected = [lane for lane in layout.lanes if lane.row.bottom > top and lane.row.y <= bottom]
    assert layout.lanes_between(top, bottom) == expected
