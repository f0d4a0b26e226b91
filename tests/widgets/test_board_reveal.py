"""Board: a new card is scrolled into view, clear of the headers kept along the edges."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt

from widgets.board.clipboard import palette_mime


def _clear_of_the_headers(window: Any, card_id: str) -> None:
    """The card lies wholly in the viewport, right of the lane headers, below the phases."""
    view, scene = window.board_view, window.board_scene
    m, zoom = scene.metrics, view.zoom
    card = QRectF(view.mapFromScene(scene.card_item(card_id).sceneBoundingRect()).boundingRect())
    area = QRectF(view.viewport().rect())
    assert card.left() >= m.lane_header_width * zoom, card
    assert card.top() >= m.phase_header_height * zoom, card
    assert card.right() <= area.right() and card.bottom() <= area.bottom(), (card, area)


def _new_cards(window: Any, before: set[str]) -> list[str]:
    return [c.id for c in window.document.cards(window.current_map_id) if c.id not in before]


def test_a_card_added_by_keyboard_is_scrolled_clear_of_the_lane_headers(
    qtbot: Any, board_window: Any
) -> None:
    window, view = board_window, board_window.board_view
    window.resize(1280, 720)
    before = {c.id for c in window.document.cards(window.current_map_id)}
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the first card of the board: Awareness, Lena
    assert window.board_scene.selected_card_ids() == ["c1"]
    # The facilitator scrolls to the end of the journey, then adds a card from the palette.
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    palette = window.palette_widget.list
    palette.setFocus()
    palette.setCurrentRow(1)  # "Website", under the "Touchpoints" heading
    qtbot.keyClick(palette, Qt.Key.Key_Return)
    (card_id,) = _new_cards(window, before)
    assert window.document.get("card", card_id).phase_id == "ph1"
    _clear_of_the_headers(window, card_id)
    editor = view.inline_editor  # the title editor opens over the card, readable
    assert (
        editor is not None
        and editor.geometry().left() >= window.board_scene.metrics.lane_header_width * view.zoom
    )


def test_a_card_dropped_beside_the_lane_headers_is_scrolled_clear_of_them(
    board_window: Any, gestures: Any
) -> None:
    window, view, scene = board_window, board_window.board_view, board_window.board_scene
    window.resize(1280, 720)
    before = {c.id for c in window.document.cards(window.current_map_id)}
    # Scroll so that the Interest column starts under the lane headers.
    interest = scene.frame.phase("ph2").column
    m = scene.metrics
    view.horizontalScrollBar().setValue(
        round((interest.x + interest.w / 2 - m.lane_header_width) * view.zoom)
    )
    header_right = scene.sticky_offset[0] + m.lane_header_width
    rect = scene.frame.cell_rect("l2", "ph2")
    drop = QPointF(header_right + 12, rect.bottom - 8)
    assert interest.x < header_right < interest.right  # half the column is under them
    assert gestures.drop(palette_mime({"kind": "touchpoint", "channel_id": "web"}), drop)
    (card_id,) = _new_cards(window, before)
    _clear_of_the_headers(window, card_id)
