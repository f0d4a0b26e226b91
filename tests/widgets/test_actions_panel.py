"""The actions panel: made from a card in one gesture, listed, filtered, edited, undone."""

from __future__ import annotations

from typing import Any

import pytest
from board_helpers import Gestures, card_center
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app import commands
from widgets.board import menus


def _menu_action(menu: Any, text: str) -> Any:
    return next(a for a in menu.actions() if a.text() == text)


def _rows(panel: Any) -> list[list[str]]:
    table = panel.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _select_card(window: Any, card_id: str) -> None:
    Gestures(window.board_view).click(card_center(window, card_id))
    assert window.board_view.selected_card_ids() == [card_id]


def test_the_demo_lists_its_actions_numbered_as_the_action_plan(app_window: Any) -> None:
    app_window.panels.actions_dock.show()
    panel = app_window.panels.actions
    assert panel is not None
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    rows = _rows(panel)
    # Open quick wins first; done and dropped at the end.
    assert [r[1] for r in rows][:2] == [
        "Guest checkout and payment by invoice",
        "Allergen sheet for every platter; phone rota before 10 a.m.",
    ]
    assert rows[-1][1:4] == ["Stop ads for products already bought", "Anna (marketing)", "dropped"]
    assert [r[0] for r in rows] == ["1", "2", "3", "4", "5", "6"]


def test_a_card_menu_makes_an_action_in_one_step_that_undo_removes(
    app_window: Any, workshop_path: Any
) -> None:
    document = app_window.document
    before = len(document.actions("m1"))
    _select_card(app_window, "c12")  # "Choosing a delivery slot", owner Ben (delivery)
    menu = menus.card_menu(app_window.board_scene, app_window)
    _menu_action(menu, "New action").trigger()
    actions = document.actions("m1")
    assert len(actions) == before + 1
    new = next(a for a in actions if a.title == "Fix: Choosing a delivery slot")
    assert (new.owner, new.status, new.value, new.effort) == ("Ben (delivery)", "open", 3, 3)
    assert document.action_cards("m1")[new.id] == ["c12"]
    panel = app_window.panels.actions
    assert app_window.panels.actions_dock.isVisible() and panel is not None
    assert panel.title_edit.text() == "Fix: Choosing a delivery slot"
    # The cursor waits in the title: typing names the action.
    QTest.keyClicks(panel.title_edit, "Offer delivery slots that are really free")
    QTest.keyClick(panel.title_edit, Qt.Key.Key_Return)
    assert document.get("action", new.id).title == "Offer delivery slots that are really free"
    commands.undo(document)
    assert document.get("action", new.id).title == "Fix: Choosing a delivery slot"
    commands.undo(document)
    assert document.get("action", new.id) is None
    assert len(document.actions("m1")) == before
    commands.redo(document)
    assert document.action_cards("m1")[new.id] == ["c12"]


def test_the_shortcut_makes_an_action_of_the_selected_cards(app_window: Any) -> None:
    document = app_window.document
    gestures = Gestures(app_window.board_view)
    gestures.click(card_center(app_window, "c26"))
    gestures.click(card_center(app_window, "c29"), Qt.KeyboardModifier.ControlModifier)
    app_window.board_view.setFocus()
    QTest.keyClick(
        app_window.board_view,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    new = next(a for a in document.actions("m1") if a.title.startswith("Fix: Complaint"))
    assert sorted(document.action_cards("m1")[new.id]) == ["c26", "c29"]


def test_a_moment_of_truth_row_menu_makes_an_action(app_window: Any) -> None:
    document = app_window.document
    app_window.panels.moments_dock.show()
    moments = app_window.panels.moments
    assert moments is not None
    first = moments.card_ids()[0]
    _menu_action(moments.row_menu(0), "New action").trigger()
    title = f"Fix: {document.get('card', first).title}"
    new = next(a for a in document.actions("m1") if a.title == title)
    assert document.action_cards("m1")[new.id] == [first]


def test_the_form_edits_status_value_effort_and_due_and_refuses_a_bad_date(
    app_window: Any, qtbot: Any
) -> None:
    document = app_window.document
    app_window.panels.actions_dock.show()
    panel = app_window.panels.actions
    assert panel is not None
    panel.select_action("a5")
    panel.status_combo.setFocus()
    QTest.keyClick(panel.status_combo, Qt.Key.Key_Down)  # open -> in progress
    assert document.get("action", "a5").status == "in-progress"
    panel.effort_spin.setFocus()
    QTest.keyClick(panel.effort_spin, Qt.Key.Key_Down)
    assert document.get("action", "a5").effort == 4
    panel.due_edit.setFocus()
    QTest.keyClicks(panel.due_edit, "30.06.2026")
    QTest.keyClick(panel.due_edit, Qt.Key.Key_Return)
    assert document.get("action", "a5").due == "2026-06-30"
    panel.due_edit.selectAll()
    QTest.keyClicks(panel.due_edit, "next week")
    QTest.keyClick(panel.due_edit, Qt.Key.Key_Return)
    assert document.get("action", "a5").due == "2026-06-30"
    assert panel.message.text() == (
        "Due date: “next week” is not a date; use 2026-03-31 or 31.03.2026"
    )
    assert panel.due_edit.text() == "2026-06-30"


def test_filters_by_owner_and_status(app_window: Any) -> None:
    app_window.panels.actions_dock.show()
    panel = app_window.panels.actions
    assert panel is not None
    panel.owner_filter.setCurrentIndex(panel.owner_filter.findText("Web agency"))
    assert sorted(r[1] for r in _rows(panel)) == [
        "Guest checkout and payment by invoice",
        "Rebuild the online shop for phones",
    ]
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("done"))
    assert _rows(panel) == []
    panel.owner_filter.setCurrentIndex(0)
    assert [r[1] for r in _rows(panel)] == [
        "Publish catering prices and answer quotes within 24 hours"
    ]


def test_linking_selected_cards_and_deleting_with_undo(app_window: Any) -> None:
    document = app_window.document
    app_window.panels.actions_dock.show()
    panel = app_window.panels.actions
    assert panel is not None
    _select_card(app_window, "c20")
    panel.select_action("a1")
    QTest.mouseClick(panel.link_button, Qt.MouseButton.LeftButton)
    assert document.action_cards("m1")["a1"] == ["c23", "c29", "c30", "c20"]
    panel.select_action("a1")
    QTest.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert document.get("action", "a1") is None
    assert "a1" not in panel.action_ids()
    commands.undo(document)
    assert document.action_cards("m1")["a1"] == ["c23", "c29", "c30", "c20"]


def test_a_click_on_a_grid_dot_selects_its_action(app_window: Any, qtbot: Any) -> None:
    app_window.panels.actions_dock.show()
    panel = app_window.panels.actions
    assert panel is not None
    panel.tabs.setCurrentIndex(1)
    qtbot.waitExposed(panel.grid)
    point = panel.grid.dot_position("a3")
    assert point is not None
    QTest.mouseClick(panel.grid, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert panel.tabs.currentIndex() == 0
    assert panel.title_edit.text() == ("Publish catering prices and answer quotes within 24 hours")


@pytest.mark.parametrize("text", ["2026-03-31", "31.03.2026", "31.03.26"])
def test_due_dates_in_iso_and_german_forms(text: str) -> None:
    from widgets.actions_panel import parse_due

    assert parse_due(text) == "2026-03-31"


def test_a_renamed_card_is_renamed_in_its_actions(app_window: Any) -> None:
    document = app_window.document
    app_window.panels.actions_dock.show()
    panel = app_window.panels.actions
    assert panel is not None
    panel.select_action("a6")
    commands.execute(
        document, commands.UpdateCommand(document, "card", "c33", {"title": "Retargeting ads"})
    )
    assert panel.cards_label.text() == "Retargeting ads"
    commands.undo(document)
    assert panel.cards_label.text() == "Ads for products already bought"
