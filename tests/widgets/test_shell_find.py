"""Find: which cards match, in board order, and the bar that walks through them."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from widgets.find import FindBar, find_cards


def card(card_id: str, title: str, description: str = "") -> SimpleNamespace:
    return SimpleNamespace(id=card_id, title=title, description=description)


@pytest.fixture
def demo_cards(doc):
    return doc.cards(doc.maps()[0].id)


def test_find_cards_in_the_demo(demo_cards):
    ids = [c.id for c in demo_cards]
    found = find_cards(demo_cards, "PHONE")
    expected = [
        c.id for c in demo_cards if "phone" in c.title.lower() or "phone" in c.description.lower()
    ]
    assert found == expected
    assert len(found) >= 4
    assert found == sorted(found, key=ids.index)  # board order kept
    by_id = {c.id: c for c in demo_cards}
    assert any("phone" not in by_id[i].title.lower() for i in found)  # description matches
    assert find_cards(demo_cards, "sourdough") == [
        c.id for c in demo_cards if "sourdough" in c.description
    ]


def test_find_cards_nothing(demo_cards):
    assert find_cards(demo_cards, "") == []
    assert find_cards(demo_cards, "   ") == []
    assert find_cards(demo_cards, "xylophone orchestra") == []


def test_find_cards_german_spelling():
    cards = [
        card("c1", "Bäckerei am Markt"),
        card("c2", "Grüße", "Straße"),
        card("c3", "Brötchen", ""),
        card("c4", "Baeckerei Mueller"),
    ]
    assert find_cards(cards, "bäckerei") == ["c1", "c4"]
    assert find_cards(cards, "BACKEREI") == ["c1"]
    assert find_cards(cards, "baeckerei") == ["c1", "c4"]
    assert find_cards(cards, "strasse") == ["c2"]
    assert find_cards(cards, "GRÜSSE") == ["c2"]
    assert find_cards(cards, "broetchen") == ["c3"]
    assert find_cards(cards, "müller") == ["c4"]


def test_find_cards_accepts_dicts():
    assert find_cards([{"id": "a", "title": "Flyer", "description": None}], "fly") == ["a"]


@pytest.fixture
def bar(qtbot, demo_cards):
    bar = FindBar(lambda: demo_cards)
    qtbot.addWidget(bar)
    bar.show()
    return bar


def test_typing_finds_the_first_match(qtbot, bar, demo_cards):
    expected = find_cards(demo_cards, "phone")
    found = []
    bar.found.connect(found.append)
    qtbot.keyClicks(bar.edit, "phone")  # found as you type: each letter narrows it
    assert found[-1] == expected[0]
    assert bar.matches() == expected
    assert bar.count_label.text() == f"1 of {len(expected)}"


def test_enter_and_shift_enter_cycle(qtbot, bar, demo_cards):
    expected = find_cards(demo_cards, "phone")
    bar.edit.setText("phone")
    found = []
    bar.found.connect(found.append)
    for _ in range(len(expected)):
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert found == expected[1:] + expected[:1]  # wrapped around to the first
    assert bar.count_label.text() == f"1 of {len(expected)}"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert found[-1] == expected[-1]  # previous from the first is the last
    assert bar.count_label.text() == f"{len(expected)} of {len(expected)}"
    qtbot.mouseClick(bar.previous_button, Qt.MouseButton.LeftButton)
    assert found[-1] == expected[-2]
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    assert found[-1] == expected[-1]
    assert bar.current_index() == len(expected) - 1


def test_no_match_is_shown(qtbot, bar):
    found = []
    bar.found.connect(found.append)
    qtbot.keyClicks(bar.edit, "zebra crossing")
    assert bar.count_label.text() == "No match"
    assert bar.count_label.font().bold()
    assert bar.edit.property("noMatch") is True
    assert bar.edit.palette().base().color() != bar.palette().base().color()
    assert not bar.next_button.isEnabled()
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert found == []
    bar.edit.clear()
    assert bar.count_label.text() == ""
    assert bar.edit.property("noMatch") is False


def test_cards_changed_while_searching():
    cards = [card("c1", "Flyer"), card("c2", "Radio ad")]
    bar = FindBar(lambda: cards)
    bar.edit.setText("flyer")
    assert bar.matches() == ["c1"]
    cards.append(card("c3", "Second flyer"))
    found = []
    bar.found.connect(found.append)
    bar.find_next()
    assert found == ["c3"]
    assert bar.count_label.text() == "2 of 2"
    bar.deleteLater()


def test_ctrl_f_shows_and_escape_hides(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    bar = FindBar(lambda: [card("c1", "Flyer")], window)
    window.addAction(bar.find_action)
    window.show()
    qtbot.waitExposed(window)
    assert bar.isHidden()  # until asked for
    assert bar.find_action.shortcut().toString() == "Ctrl+F"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible()
    assert bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "fly")
    assert bar.count_label.text() == "1 of 1"
    with qtbot.waitSignal(bar.closed):
        qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert bar.isHidden()

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible()
    assert bar.edit.selectedText() == "fly"  # ready to type over
