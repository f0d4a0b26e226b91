"""Rating touchpoints: the rating panel's buttons, and the keyboard shortcuts on the board."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QLineEdit

from app.commands import AddCommand, DeleteCommand, RateCommand, execute
from storage.workshop import Workshop
from widgets.rating import RatingPanel, RatingShortcuts, shortcut_help

KEYS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]


def file_rating(path: Path, card_id: str, participant_id: str) -> tuple[int, int] | None:
    """The rating as stored in the file, read by a separate read-only connection."""
    with Workshop.open(path, readonly=True) as workshop:
        return workshop.rating(card_id, participant_id)


def add_participant(doc, name: str) -> str:
    command = AddCommand(doc, "participant", {"name": name})
    execute(doc, command)
    doc.undo_stack.clear()
    return command.row_id


# -- the panel -----------------------------------------------------------------------------


@pytest.fixture
def panel(qtbot, doc) -> RatingPanel:
    widget = RatingPanel(doc)
    qtbot.addWidget(widget)
    widget.set_participant("p2")
    widget.set_card("c39")  # "Radio ad for Christmas stollen": nobody rated it
    return widget


def test_panel_buttons_write_my_rating_and_undo_removes_it(panel, doc, workshop_path) -> None:
    assert panel.mine_box.title() == "My rating (Ben)"
    assert not any(b.isChecked() for b in panel.experience_buttons.values())
    panel.experience_buttons[-1].click()
    assert file_rating(workshop_path, "c39", "p2") == (-1, 3)  # importance defaults to 3
    assert panel.experience_buttons[-1].isChecked()
    assert panel.importance_buttons[3].isChecked()
    panel.importance_buttons[5].click()
    assert file_rating(workshop_path, "c39", "p2") == (-1, 5)
    assert [b.isChecked() for b in panel.importance_buttons.values()] == [
        False,
        False,
        False,
        False,
        True,
    ]
    doc.undo_stack.undo()
    assert file_rating(workshop_path, "c39", "p2") == (-1, 3)
    doc.undo_stack.undo()
    assert file_rating(workshop_path, "c39", "p2") is None
    assert not any(b.isChecked() for b in panel.experience_buttons.values())


def test_importance_first_defaults_experience_to_neutral(panel, workshop_path) -> None:
    panel.importance_buttons[4].click()
    assert file_rating(workshop_path, "c39", "p2") == (0, 4)
    assert panel.experience_buttons[0].isChecked()


def test_clicking_the_chosen_value_again_changes_nothing(panel, doc) -> None:
    panel.experience_buttons[2].click()
    panel.experience_buttons[2].click()
    assert doc.undo_stack.count() == 1
    assert panel.experience_buttons[2].isChecked()  # the toggle did not switch itself off


def test_clear_my_rating(panel, doc, workshop_path) -> None:
    panel.set_card("c7")
    assert file_rating(workshop_path, "c7", "p2") == (1, 4)
    assert panel.experience_buttons[1].isChecked() and panel.importance_buttons[4].isChecked()
    panel.clear_button.click()
    assert file_rating(workshop_path, "c7", "p2") is None
    assert not panel.clear_button.isEnabled()
    doc.undo_stack.undo()
    assert file_rating(workshop_path, "c7", "p2") == (1, 4)


def cell(panel: RatingPanel, row: int, column: int) -> str:
    return panel.table.item(row, column).text()


def test_table_and_aggregates(panel) -> None:
    panel.set_card("c7")  # "Reading Google reviews": (-2,4) (1,4) (2,3)
    rows = [[cell(panel, r, c) for c in range(3)] for r in range(panel.table.rowCount())]
    assert rows == [
        ["Anna", "−2 very negative", "4"],
        ["Ben", "+1 positive", "4"],
        ["Clara", "+2 very positive", "3"],
    ]
    assert panel.table.item(1, 0).font().bold()  # Ben is the current participant
    assert panel.mean_experience_label.text() == "+0.33"
    assert panel.mean_importance_label.text() == "3.67"
    assert panel.votes_label.text() == "3 of 3"
    assert panel.spread_label.text() == "1.70"  # population sd of -2, 1, 2
    assert panel.disagreement_label.text() == "yes: the ratings differ widely"


def test_unrated_touchpoint_says_unrated(panel) -> None:
    assert [cell(panel, r, 1) for r in range(3)] == ["not rated"] * 3
    assert panel.mean_experience_label.text() == "unrated"
    assert panel.mean_importance_label.text() == "unrated"
    assert panel.votes_label.text() == "0 of 3"
    assert panel.disagreement_label.text() == "no"


def test_panel_follows_edits_made_elsewhere(panel, doc) -> None:
    execute(doc, RateCommand(doc, "c39", "p1", (-2, 5)))
    assert cell(panel, 0, 1) == "−2 very negative"
    assert panel.votes_label.text() == "1 of 3"
    assert panel.mean_experience_label.text() == "−2.00"


def test_notes_and_no_selection_are_not_rated(panel) -> None:
    panel.set_card("c5")  # a note
    assert panel.title_label.text() == "Notes are not rated."
    assert panel.details.isHidden()
    panel.set_selection(["c1", "c2"])
    assert panel.title_label.text() == "Select one touchpoint to rate it."
    panel.set_selection(["c1"])
    assert panel.title_label.text() == "Flyer in the letterbox"


def test_deleted_card_empties_the_panel(panel, doc) -> None:
    execute(doc, DeleteCommand(doc, "card", "c39"))
    assert panel.card_id is None
    assert panel.title_label.text() == "Select one touchpoint to rate it."


def test_without_participant_the_buttons_are_off(panel) -> None:
    panel.set_participant(None)
    assert not any(b.isEnabled() for b in panel.experience_buttons.values())
    assert panel.set_experience(1) is False


# -- the shortcuts -------------------------------------------------------------------------


class FakeBoard(QGraphicsView):
    """The board view as the shortcuts see it: a selection of card ids."""

    def __init__(self) -> None:
        self._scene = QGraphicsScene()
        super().__init__(self._scene)
        self.selected: list[str] = []
        self.shown: list[str] = []

    def select_cards(self, ids: list[str]) -> None:
        self.selected = list(ids)

    def selected_card_ids(self) -> list[str]:
        return list(self.selected)

    def ensure_visible(self, card_id: str) -> None:
        self.shown.append(card_id)


@pytest.fixture
def board(qtbot, doc):
    """A focused fake board with the rating shortcuts of participant ``board.participant``."""
    view = FakeBoard()
    qtbot.addWidget(view)
    view.participant = "p2"
    view.messages = []

    def go_to(card_id: str) -> None:
        view.select_cards([card_id])
        view.ensure_visible(card_id)

    view.shortcuts = RatingShortcuts(
        view,
        doc,
        current_map=lambda: "m1",
        current_participant=lambda: view.participant,
        selected_cards=view.selected_card_ids,
        go_to_card=go_to,
    )
    view.shortcuts.message.connect(view.messages.append)
    view.show()
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return view


def test_keys_rate_the_selected_touchpoint(board, doc, workshop_path) -> None:
    board.select_cards(["c39"])
    QTest.keyClick(board, Qt.Key.Key_2)  # 2 = negative
    assert file_rating(workshop_path, "c39", "p2") == (-1, 3)
    assert board.messages[-1] == (
        "Ben rated “Radio ad for Christmas stollen”: experience −1, importance 3."
    )
    QTest.keyClick(board, Qt.Key.Key_5, Qt.KeyboardModifier.ShiftModifier)
    assert file_rating(workshop_path, "c39", "p2") == (-1, 5)
    QTest.keyClick(board, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert file_rating(workshop_path, "c39", "p2") == (-1, 2)
    QTest.keyClick(board, Qt.Key.Key_5)
    assert file_rating(workshop_path, "c39", "p2") == (2, 2)
    QTest.keyClick(board, Qt.Key.Key_0)
    assert file_rating(workshop_path, "c39", "p2") is None
    for _ in range(5):
        doc.undo_stack.undo()
    assert doc.undo_stack.index() == 0
    assert file_rating(workshop_path, "c39", "p2") is None
    doc.undo_stack.redo()
    assert file_rating(workshop_path, "c39", "p2") == (-1, 3)


def test_importance_key_first_sets_neutral_experience(board, workshop_path) -> None:
    board.select_cards(["c40"])
    QTest.keyClick(board, Qt.Key.Key_4, Qt.KeyboardModifier.ShiftModifier)
    assert file_rating(workshop_path, "c40", "p2") == (0, 4)


def test_backspace_and_keypad(board, workshop_path) -> None:
    board.select_cards(["c1"])
    QTest.keyClick(board, Qt.Key.Key_1, Qt.KeyboardModifier.KeypadModifier)
    assert file_rating(workshop_path, "c1", "p2") == (-2, 2)
    QTest.keyClick(board, Qt.Key.Key_Backspace)
    assert file_rating(workshop_path, "c1", "p2") is None


def test_several_selected_touchpoints_are_one_undo_step(board, doc, workshop_path) -> None:
    board.select_cards(["c39", "c40", "c5"])  # c5 is a note: skipped
    QTest.keyClick(board, Qt.Key.Key_1)
    assert file_rating(workshop_path, "c39", "p2") == (-2, 3)
    assert file_rating(workshop_path, "c40", "p2") == (-2, 3)
    assert board.messages[-1] == "Ben rated 2 touchpoints."
    doc.undo_stack.undo()
    assert file_rating(workshop_path, "c39", "p2") is None
    assert file_rating(workshop_path, "c40", "p2") is None


def test_no_touchpoint_or_no_participant_is_a_no_op_with_a_message(
    board, doc, file_state, workshop_path
) -> None:
    before = file_state(workshop_path)
    QTest.keyClick(board, Qt.Key.Key_3)
    assert board.messages[-1] == "Select a touchpoint to rate it."
    board.select_cards(["c5"])  # a note
    QTest.keyClick(board, Qt.Key.Key_3)
    assert board.messages[-1] == "Select a touchpoint to rate it."
    board.select_cards(["c39"])
    board.participant = None
    QTest.keyClick(board, Qt.Key.Key_3)
    assert board.messages[-1] == "Add a participant before rating touchpoints."
    assert doc.undo_stack.count() == 0
    assert file_state(workshop_path) == before


def _lane_by_lane(doc, map_id: str) -> list:
    """The cards as a room reads them: each lane from left to right, then the next lane."""
    cards = doc.cards(map_id)
    return [
        card
        for lane in doc.lanes(map_id)
        for phase in doc.phases(map_id)
        for card in cards
        if card.lane_id == lane.id and card.phase_id == phase.id
    ]


def test_next_and_previous_follow_the_lane_then_the_next_lane(board, doc) -> None:
    order = _lane_by_lane(doc, "m1")
    touchpoints = [c.id for c in order if c.kind == "touchpoint"]
    # Not the phase-by-phase order of the file: a lane is finished before the next begins.
    assert touchpoints != [c.id for c in doc.cards("m1") if c.kind == "touchpoint"]
    lanes = [lane.id for lane in doc.lanes("m1")]
    visited = [lanes.index(doc.get("card", c).lane_id) for c in touchpoints]
    assert visited == sorted(visited)
    QTest.keyClick(board, Qt.Key.Key_N)
    assert board.selected == [touchpoints[0]] and board.shown == [touchpoints[0]]
    QTest.keyClick(board, Qt.Key.Key_N)
    assert board.selected == [touchpoints[1]]
    QTest.keyClick(board, Qt.Key.Key_P)
    QTest.keyClick(board, Qt.Key.Key_P)
    assert board.selected == [touchpoints[0]]
    assert board.messages[-1] == "First touchpoint."
    note = next(i for i, c in enumerate(order) if c.kind == "note")
    before = [c.id for c in order[:note] if c.kind == "touchpoint"][-1]
    board.select_cards([order[note].id])  # a note: the touchpoint before it
    QTest.keyClick(board, Qt.Key.Key_P)
    assert board.selected == [before]
    board.select_cards([touchpoints[0]])
    for _ in range(len(touchpoints)):  # to the end: every touchpoint once, in that order
        QTest.keyClick(board, Qt.Key.Key_N)
    assert board.selected == [touchpoints[-1]]
    assert board.messages[-1] == "Last touchpoint."
    assert doc.undo_stack.count() == 0  # moving the selection is never an edit


def test_rating_thirty_touchpoints_with_the_keyboard(board, doc, workshop_path) -> None:
    board.participant = add_participant(doc, "Dana")
    touchpoints = [c.id for c in _lane_by_lane(doc, "m1") if c.kind == "touchpoint"]
    assert len(touchpoints) == 30
    expected = {}
    started = time.perf_counter()
    QTest.keyClick(board, Qt.Key.Key_N)
    for i, card_id in enumerate(touchpoints):
        assert board.selected == [card_id]
        experience_key, importance_key = KEYS[i % 5], KEYS[(i * 2 + 1) % 5]
        QTest.keyClick(board, experience_key)
        QTest.keyClick(board, importance_key, Qt.KeyboardModifier.ShiftModifier)
        QTest.keyClick(board, Qt.Key.Key_N)
        expected[card_id] = (i % 5 - 2, (i * 2 + 1) % 5 + 1)
    elapsed = time.perf_counter() - started
    assert elapsed < 30, f"30 touchpoints took {elapsed:.1f} s of key handling"
    assert board.messages[-1] == "Last touchpoint."
    with Workshop.open(workshop_path, readonly=True) as workshop:
        stored = {c: workshop.rating(c, board.participant) for c in touchpoints}
    assert stored == expected
    # One step per key that changed something: Shift+3 after a digit keeps importance 3.
    assert doc.undo_stack.count() == 30 + sum(1 for _e, i in expected.values() if i != 3)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert all(file_rating(workshop_path, c, board.participant) is None for c in touchpoints)


def test_typing_in_an_inline_editor_on_the_board_is_not_rating(board, qtbot, doc) -> None:
    """The board's in-place title editor is a QLineEdit child of the view: its text wins."""
    board.select_cards(["c39"])
    editor = QLineEdit(board.viewport())
    editor.show()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    QTest.keyClicks(editor, "Top 5 ")
    QTest.keyClick(editor, Qt.Key.Key_1, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(editor, Qt.Key.Key_0)
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    QTest.keyClick(editor, Qt.Key.Key_N)
    assert editor.text() == "Top 5 1n"  # offscreen QTest: Shift+1 types "1"
    assert doc.undo_stack.count() == 0 and board.selected == ["c39"]


def test_shortcut_help_documents_every_key() -> None:
    rows = dict(shortcut_help())
    assert rows["1 … 5"].startswith("Set my experience: 1 very negative")
    assert rows["Shift+1 … Shift+5 or Alt+1 … Alt+5"] == "Set my importance: 1 minor … 5 critical"
    assert rows["0, Backspace"] == "Clear my rating"
    assert rows["N"].startswith("Select the next touchpoint")
    assert rows["P"].startswith("Select the previous touchpoint")
