"""The moments-of-truth panel: the ranking of MapData.moments, refreshes, clicks."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.commands import RateCommand, UpdateCommand, execute
from widgets.moments import MomentsPanel


@pytest.fixture
def panel(qtbot, doc) -> MomentsPanel:
    widget = MomentsPanel(doc)
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.set_map("m1")
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def row(panel: MomentsPanel, index: int) -> list[str]:
    return [panel.table.item(index, c).text() for c in range(panel.table.columnCount())]


def test_order_equals_map_data_moments(panel, doc) -> None:
    moments = doc.map_data("m1").moments
    assert panel.card_ids() == [m.card_id for m in moments]
    assert row(panel, 0) == [
        "1",
        "Delivery arrives",
        "Post-purchase",
        "−1.67",
        "5.00",
        "8.33",
        "3",
        "",
    ]
    assert row(panel, 1)[:2] == ["2", "Quote requested by e-mail"]
    assert row(panel, 2)[:2] == ["3", "Checkout and payment"]
    disagreeing = [panel.table.item(i, 7).text() for i in range(panel.table.rowCount())]
    assert [cid for cid, mark in zip(panel.card_ids(), disagreeing, strict=True) if mark] == [
        m.card_id for m in moments if m.disagreement
    ]
    assert panel.empty_label.text() == f"{len(moments)} of 30 touchpoints need attention."


def test_click_requests_the_card(panel, qtbot) -> None:
    target = panel.table.item(2, 1)
    rect = panel.table.visualItemRect(target)
    with qtbot.waitSignal(panel.cardRequested) as signal:
        QTest.mouseClick(
            panel.table.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            rect.center(),
        )
    assert signal.args == ["c17"]


def test_rating_change_reorders(panel, doc) -> None:
    # Anna now rates "Checkout and payment" neutral: (0,5) (-1,5) (-2,4) -> -1 x 14/3 = 4.67,
    # below c8 "Looking for catering prices" (6.22), c15 (6.00) and c38 (-4/3 x 11/3 = 4.89).
    execute(doc, RateCommand(doc, "c17", "p1", (0, 5)))
    assert panel.card_ids() == [m.card_id for m in doc.map_data("m1").moments]
    assert panel.card_ids()[:8] == ["c23", "c9", "c19", "c26", "c8", "c15", "c38", "c17"]
    assert row(panel, 7)[:6] == ["8", "Checkout and payment", "Purchase", "−1.00", "4.67", "4.67"]
    doc.undo_stack.undo()
    assert panel.card_ids()[:3] == ["c23", "c9", "c17"]


def test_title_edit_is_shown(panel, doc) -> None:
    execute(doc, UpdateCommand(doc, "card", "c23", {"title": "Late, cold delivery"}))
    assert row(panel, 0)[1] == "Late, cold delivery"


def test_only_changes_to_this_map_refresh(panel, doc, monkeypatch) -> None:
    refreshed: list[bool] = []
    original = panel.refresh
    monkeypatch.setattr(panel, "refresh", lambda: (refreshed.append(True), original()))
    execute(doc, RateCommand(doc, "c43", "p1", (-2, 5)))  # a card of the to-be map
    execute(doc, UpdateCommand(doc, "persona", "pe2", {"quote": "Hm."}))
    assert refreshed == []
    execute(doc, RateCommand(doc, "c1", "p1", (-2, 5)))
    assert refreshed == [True]
    assert "c1" in panel.card_ids()


def test_other_map_and_no_moments(panel, doc) -> None:
    panel.set_map("m2")
    assert panel.card_ids() == []
    assert panel.empty_label.text() == (
        "No moments of truth: no rated touchpoint has a negative mean experience."
    )
    execute(doc, RateCommand(doc, "c52", "p2", (-2, 2)))  # (1,2) (-2,2) (1,2): still 0
    assert panel.card_ids() == []
    execute(doc, RateCommand(doc, "c52", "p1", (-2, 2)))  # now -1
    assert panel.card_ids() == ["c52"]
    assert panel.empty_label.text() == "1 of 21 touchpoints needs attention."
    panel.set_map(None)
    assert panel.card_ids() == [] and panel.empty_label.text() == "No map is open."
