"""The demo's to-be map on the board: a service blueprint whose lines keep their names in
view, with the arrows of the customers' journeys."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from render.paint_blueprint import LINE_COLOR, blueprint_label_boxes


def _purple_pixels(window: Any, left: float, top: float, right: float, bottom: float) -> int:
    """Pixels of the blueprint lines' colour in a rectangle of the board's viewport."""
    image = window.board_view.viewport().grab().toImage()
    line = QColor(LINE_COLOR)
    found = 0
    for x in range(max(0, int(left)), min(image.width(), int(right))):
        for y in range(max(0, int(top)), min(image.height(), int(bottom))):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - line.red()) < 40
                and abs(pixel.green() - line.green()) < 40
                and abs(pixel.blue() - line.blue()) < 40
            ):
                found += 1
    return found


def test_the_to_be_blueprint_shows_its_arrows_and_lines(board_window: Any, qtbot: Any) -> None:
    window, scene = board_window, board_window.board_scene
    window.set_current_map("m2")
    assert window.current_map_id == "m2"
    assert len(scene.connections.items) == 18
    kinds = [lane.kind for lane in window.document.map_data("m2").lanes]
    names = [label for _box, label in blueprint_label_boxes(scene.frame, kinds, "en")]
    assert names == ["Line of interaction", "Line of visibility", "Line of internal interaction"]


def test_line_names_stay_in_view_when_the_board_scrolls_sideways(
    board_window: Any, qtbot: Any
) -> None:
    window, view, scene = board_window, board_window.board_view, board_window.board_scene
    window.resize(1280, 720)
    window.set_current_map("m2")
    frame = scene.frame
    kinds = [lane.kind for lane in window.document.map_data("m2").lanes]
    visibility = frame.lane("l8").header.y  # the line of visibility, above the backstage
    view.verticalScrollBar().setValue(round((visibility - 200) * view.zoom))
    view.horizontalScrollBar().setValue(round(frame.phase("ph12").header.x * view.zoom))
    qtbot.wait(50)
    x, _y = scene.sticky_offset
    assert x > frame.phase("ph10").header.x  # the first phases are scrolled away
    (box,) = [b for b, label in blueprint_label_boxes(frame, kinds, "en", x) if "visib" in label]
    top_left = view.mapFromScene(box.topLeft())
    bottom_right = view.mapFromScene(box.bottomRight())
    assert top_left.x() >= 0 and bottom_right.y() < view.viewport().height()
    # The name's box is painted there, over the lane headers, in the lines' colour.
    assert (
        _purple_pixels(window, top_left.x(), top_left.y(), bottom_right.x(), bottom_right.y()) > 40
    )
