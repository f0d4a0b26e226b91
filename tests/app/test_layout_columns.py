"""A crowded cell wraps its cards into columns: the phase widens, the lane stays low."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.layout import Metrics, compute_layout


def _crowded(count: int, others: int = 2):
    """Three phases, two lanes; ``count`` cards in the middle cell of the first lane."""
    cells = {
        ("l0", "p1"): [f"c{k}" for k in range(count)],
        ("l1", "p1"): [f"o{k}" for k in range(others)],
        ("l1", "p2"): ["z0"],
    }
    return compute_layout(["p0", "p1", "p2"], [("l0", True), ("l1", False)], cells)


def test_forty_cards_in_one_cell_make_a_wide_phase_not_a_tall_lane() -> None:
    m = Metrics()
    layout = _crowded(40)
    lane = layout.lane("l0")
    four_rows = 2 * m.cell_padding + m.cell_rows * (m.card_height + m.card_gap) - m.card_gap
    assert lane.cells.h == four_rows  # was 40 cards high: about 3,300 points
    assert layout.phase("p1").column.w == m.phase_width + 9 * m.column_stride  # 10 columns
    assert layout.phase("p0").column.w == layout.phase("p2").column.w == m.phase_width
    # The next phase starts where the wide one ends; its card sits there.
    assert layout.phase("p2").column.x == layout.phase("p1").column.right
    assert layout.cards["z0"].rect.x == layout.phase("p2").column.x + m.cell_padding


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 60), st.integers(0, 12))
def test_cards_of_a_cell_never_overlap_and_stay_in_their_cell(count: int, others: int) -> None:
    layout = _crowded(count, others)
    rects = [box.rect for box in layout.cards.values()]
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not (a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom)
    for box in layout.cards.values():
        cell = layout.cell_rect(box.lane_id, box.phase_id)
        r = box.rect
        assert cell.x <= r.x and r.right <= cell.right and cell.y <= r.y and r.bottom <= cell.bottom


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 30))
def test_board_order_runs_down_a_column_then_on_to_the_next(count: int) -> None:
    m = Metrics()
    layout = _crowded(count)
    boxes = [layout.cards[f"c{k}"].rect for k in range(count)]
    for k in range(1, count):
        before, after = boxes[k - 1], boxes[k]
        if k % m.cell_rows:
            assert (after.x, after.y) == (before.x, before.bottom + m.card_gap)
        else:
            assert (after.x, after.y) == (before.right + m.card_gap, boxes[0].y)


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 30), st.data())
def test_a_drop_just_above_a_card_goes_to_its_index(count: int, data: st.DataObject) -> None:
    layout = _crowded(count)
    k = data.draw(st.integers(0, count - 1))
    rect = layout.cards[f"c{k}"].rect
    assert layout.insertion_index("l0", "p1", rect.y + 2, x=rect.center[0]) == k
    left, right, y = layout.insertion_line("l0", "p1", k)
    assert (left, right) == (rect.x, rect.right) and rect.y - 8 < y < rect.y
    below = layout.insertion_index("l0", "p1", rect.bottom + 1, x=rect.center[0])
    assert below == k + 1
