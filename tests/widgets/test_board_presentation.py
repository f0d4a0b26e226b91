"""Presentation mode on a 1,280 x 720 screen: the whole journey, readable, keys only."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import Any

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from render.paint import phase_name_font, title_font

MIN_PX = 14.0


def _on_view(view: Any, rect: QRectF) -> QRectF:
    return QRectF(view.mapFromScene(rect).boundingRect())


def _present(qtbot: Any, window: Any) -> Any:
    """F5 as the facilitator presses it, on a 1,280 x 720 screen."""
    window.board_view.setFocus()
    qtbot.keyClick(window.board_view, Qt.Key.Key_F5)
    assert window.presentation.is_active()
    window.resize(1280, 720)  # the offscreen screen is smaller: give it a projector's size
    qtbot.waitUntil(lambda: window.board_view.viewport().width() >= 1270)
    return window.board_view


def _assert_whole_journey_readable(window: Any) -> None:
    view, scene = window.board_view, window.board_scene
    zoom = view.transform().m11()
    for qfont in (title_font(scene.metrics), phase_name_font()):
        metrics = QFontMetricsF(qfont)
        # The text's size and its line's height, as the screen shows them.
        assert qfont.pixelSize() * zoom >= MIN_PX, qfont
        assert metrics.height() * zoom >= MIN_PX
    area = QRectF(view.viewport().rect())
    for phase in scene.frame.phases:
        header = _on_view(view, scene.phase_item(phase.phase_id).sceneBoundingRect())
        assert area.left() <= header.left() and header.right() <= area.right() + 0.5, phase
    assert not view.horizontalScrollBar().isVisible()
    assert not view.verticalScrollBar().isVisible()
    assert not scene.add_phase_button.isVisible() and not scene.add_lane_button.isVisible()
    lane_column = scene.metrics.lane_header_width * zoom
    overlay = window.presentation.overlay.geometry()
    for item in scene.card_items().values():
        card = _on_view(view, item.sceneBoundingRect())
        if not card.intersects(area):
            continue
        assert card.left() >= lane_column  # never under the frozen lane headers
        shown = (
            (card & area)
            .toAlignedRect()
            .translated(view.viewport().mapTo(window, QRect().topLeft()))
        )
        assert not shown.intersects(overlay)  # nor under the phase and timer bar


def test_presentation_shows_every_phase_readable_and_keys_walk_the_phases(
    qtbot: Any, board_window: Any
) -> None:
    window = board_window
    view = _present(qtbot, window)
    scene, controller = window.board_scene, window.presentation
    _assert_whole_journey_readable(window)
    zoom = view.zoom

    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert controller.current_phase_id() == "ph2"
    assert scene.phase_item("ph2").look.highlighted
    assert not scene.phase_item("ph1").look.highlighted
    assert controller.overlay.phase_label.text() == "Interest"
    assert view.zoom == zoom  # the whole stays in view: the phase is highlighted, not zoomed
    _assert_whole_journey_readable(window)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert controller.current_phase_id() == "ph1"

    top = view.verticalScrollBar().value()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the next lane comes up under the phase names
    assert view.verticalScrollBar().value() > top
    lane = scene.frame.lane("l2")
    assert (
        abs(view.mapFromScene(0, lane.row.y).y() - scene.metrics.phase_header_height * view.zoom)
        <= 1
    )
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.verticalScrollBar().value() == top

    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not controller.is_active()
    assert scene.add_phase_button.isVisible()
    assert scene.metrics.phase_width == 210 and view.zoom == 1.0
    assert view.legend.isVisible()


def test_german_titles_and_phase_names_keep_their_words_whole_when_presenting(
    qtbot: Any, tmp_path: Any
) -> None:
    """No word of the German demo breaks inside itself on the presentation's narrow cards."""
    from app.demo import demo_workshop
    from export.interchange import load
    from widgets.window.main_window import MainWindow

    path = tmp_path / "demo-de.journey"
    load(demo_workshop("de"), path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    assert window.open_file(path)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _present(qtbot, window)
    scene = window.board_scene
    title = QFontMetricsF(title_font(scene.metrics))
    for card_id, item in scene.card_items().items():
        width = item.title_rect().width()
        # Lines break at spaces and after hyphens ("Drei-Sterne-" / "Bewertung").
        for word in re.split(r"\s+|(?<=-)", scene.state.cards[card_id].title):
            assert title.horizontalAdvance(word) <= width, (word, width)
    name = QFontMetricsF(phase_name_font())
    for phase in scene.state.phases:
        width = scene.phase_item(phase.id).boundingRect().width() - 16
        assert all(name.horizontalAdvance(word) <= width for word in phase.name.split())
    window.presentation.exit()
    window.close_file()
