"""Board: the legend never covers a card, whatever the window size and scroll position."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import Any

import pytest
from PySide6.QtCore import QRect


def _visible_card_rects(view: Any) -> list[QRect]:
    """The visible part of every card, in the view's own coordinates."""
    viewport = view.viewport()
    shown = viewport.rect()
    rects = []
    for item in view.board_scene.card_items().values():
        rect = view.mapFromScene(item.sceneBoundingRect()).boundingRect() & shown
        if not rect.isEmpty():
            rects.append(rect.translated(viewport.pos()))
    return rects


@pytest.mark.parametrize("size", [(1280, 720), (1000, 640), (1600, 1000)])
def test_the_legend_never_covers_a_card(
    qtbot: Any, board_window: Any, size: tuple[int, int]
) -> None:
    board_window.resize(*size)
    view = board_window.board_view
    qtbot.waitUntil(lambda: view.legend.isVisible())
    bars = (view.horizontalScrollBar(), view.verticalScrollBar())
    checked = 0
    for fx in (0.0, 0.33, 0.66, 1.0):
        for fy in (0.0, 0.5, 1.0):
            for bar, fraction in zip(bars, (fx, fy), strict=True):
                bar.setValue(round(bar.maximum() * fraction))
            legend = view.legend.geometry()
            assert legend.height() >= 16 and legend.width() >= 100
            for card in _visible_card_rects(view):
                assert not card.intersects(legend), (size, fx, fy, card, legend)
                checked += 1
    assert checked > 20  # cards were in view to be covered


def test_hiding_the_legend_gives_its_strip_back_to_the_board(board_window: Any) -> None:
    view = board_window.board_view
    before = view.viewport().height()
    view.set_legend_visible(False)
    assert not view.legend.isVisible()
    assert view.viewport().height() > before  # the board gets the strip back
    view.set_legend_visible(True)
    assert view.legend.isVisible() and view.viewport().height() == before
