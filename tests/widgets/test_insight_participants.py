"""Participants: the dock panel (add, rename in place, remove) and the toolbar selector."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QMessageBox

from storage.workshop import Workshop
from widgets.participants import (
    ParticipantPanel,
    ParticipantSelector,
    rating_count,
)


def file_participants(path: Path) -> list[str]:
    with Workshop.open(path, readonly=True) as workshop:
        return [p.name for p in workshop.participants()]


def file_ratings_of(path: Path, participant_id: str) -> int:
    with Workshop.open(path, readonly=True) as workshop:
        return sum(
            1
            for m in workshop.maps()
            for rs in workshop.ratings(m.id).values()
            for r in rs
            if r.participant_id == participant_id
        )


@pytest.fixture
def questions(monkeypatch):
    """Every question asked; answered with ``questions.answer`` (No by default)."""

    class Questions(list):
        answer = QMessageBox.StandardButton.No

    asked = Questions()

    def question(_parent, title, text, *args, **kwargs):
        asked.append(text)
        return asked.answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda *a, **k: pytest.fail(f"unexpected warning {a[1:]}")),
    )
    return asked


def names(panel: ParticipantPanel) -> list[str]:
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def test_add_participant_is_saved_and_undone(qtbot, doc, workshop_path) -> None:
    panel = ParticipantPanel(doc)
    qtbot.addWidget(panel)
    assert names(panel) == ["Anna", "Ben", "Clara"]
    new_id = panel.add_participant(edit=False)
    assert file_participants(workshop_path) == ["Anna", "Ben", "Clara", "Participant 4"]
    assert panel.selected_participant_id() == new_id
    assert names(panel)[-1] == "Participant 4"
    doc.undo_stack.undo()
    assert file_participants(workshop_path) == ["Anna", "Ben", "Clara"]
    assert names(panel) == ["Anna", "Ben", "Clara"]


def test_rename_in_place(qtbot, doc, workshop_path) -> None:
    panel = ParticipantPanel(doc)
    qtbot.addWidget(panel)
    item = panel.list.item(1)
    item.setText("Benedikt")  # what the in-place editor does when editing ends
    assert file_participants(workshop_path) == ["Anna", "Benedikt", "Clara"]
    assert doc.undo_stack.undoText() == "Rename participant"
    doc.undo_stack.undo()
    assert file_participants(workshop_path) == ["Anna", "Ben", "Clara"]
    assert names(panel) == ["Anna", "Ben", "Clara"]


def test_empty_name_is_refused_and_shown_back(qtbot, doc, workshop_path) -> None:
    panel = ParticipantPanel(doc)
    qtbot.addWidget(panel)
    panel.list.item(0).setText("   ")
    assert names(panel) == ["Anna", "Ben", "Clara"]
    assert doc.undo_stack.count() == 0
    assert file_participants(workshop_path) == ["Anna", "Ben", "Clara"]


def test_remove_with_ratings_asks_and_undo_restores_them(
    qtbot, doc, workshop_path, questions
) -> None:
    panel = ParticipantPanel(doc)
    qtbot.addWidget(panel)
    panel.list.setCurrentRow(0)
    count = rating_count(doc, "p1")
    assert count == file_ratings_of(workshop_path, "p1") and count > 20
    assert panel.remove_selected() is False
    assert questions == [f"Remove participant “Anna”? Their {count} ratings will be deleted too."]
    assert file_participants(workshop_path) == ["Anna", "Ben", "Clara"]
    questions.answer = QMessageBox.StandardButton.Yes
    assert panel.remove_selected() is True
    assert file_participants(workshop_path) == ["Ben", "Clara"]
    assert file_ratings_of(workshop_path, "p1") == 0
    doc.undo_stack.undo()
    assert file_participants(workshop_path) == ["Anna", "Ben", "Clara"]
    assert file_ratings_of(workshop_path, "p1") == count


def test_remove_without_ratings_does_not_ask(qtbot, doc, workshop_path, questions) -> None:
    panel = ParticipantPanel(doc)
    qtbot.addWidget(panel)
    panel.add_participant("Dana", edit=False)
    assert panel.remove_selected() is True
    assert questions == []
    assert file_participants(workshop_path) == ["Anna", "Ben", "Clara"]


# -- the selector --------------------------------------------------------------------------


def test_selector_starts_with_the_first_and_emits_changes(qtbot, doc) -> None:
    selector = ParticipantSelector(doc)
    qtbot.addWidget(selector)
    assert selector.current_participant_id() == "p1"
    with qtbot.waitSignal(selector.currentParticipantChanged) as signal:
        selector.setCurrentIndex(2)
    assert signal.args == ["p3"]
    assert selector.current_participant_id() == "p3"


def test_selector_keeps_the_choice_when_the_list_changes(qtbot, doc) -> None:
    selector = ParticipantSelector(doc)
    qtbot.addWidget(selector)
    selector.set_current_participant("p2")
    emitted: list[str] = []
    selector.currentParticipantChanged.connect(emitted.append)
    panel = ParticipantPanel(doc)
    qtbot.addWidget(panel)
    panel.add_participant("Dana", edit=False)
    panel.list.item(1).setText("Benedikt")
    assert selector.current_participant_id() == "p2"
    assert selector.currentText() == "Benedikt"
    assert [selector.itemText(i) for i in range(selector.count())] == [
        "Anna",
        "Benedikt",
        "Clara",
        "Dana",
    ]
    assert emitted == []


def test_selector_takes_the_first_when_the_current_is_removed(qtbot, doc, questions) -> None:
    selector = ParticipantSelector(doc)
    qtbot.addWidget(selector)
    selector.set_current_participant("p2")
    panel = ParticipantPanel(doc)
    qtbot.addWidget(panel)
    questions.answer = QMessageBox.StandardButton.Yes
    panel.list.setCurrentRow(1)
    with qtbot.waitSignal(selector.currentParticipantChanged) as signal:
        panel.remove_selected()
    assert signal.args == ["p1"]
    assert selector.currentText() == "Anna"
    for _ in range(2):
        panel.list.setCurrentRow(0)
        panel.remove_selected()
    assert selector.current_participant_id() is None
    assert not selector.isEnabled()
    doc.undo_stack.undo()  # Clara is back: she becomes current
    assert selector.current_participant_id() == "p3"


def test_rename_with_the_real_in_place_editor(qtbot, doc, workshop_path) -> None:
    panel = ParticipantPanel(doc)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.list.setCurrentRow(2)
    panel.list.editItem(panel.list.item(2))
    editor = panel.list.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    QTest.keyClicks(editor, "Clara K.")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: file_participants(workshop_path) == ["Anna", "Ben", "Clara K."])
    assert names(panel) == ["Anna", "Ben", "Clara K."]
    assert doc.undo_stack.count() == 1
