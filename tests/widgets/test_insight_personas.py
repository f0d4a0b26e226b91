"""Persona editor, persona panel, and dropping a persona onto the board as a lane."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QFileDialog,
    QGraphicsScene,
    QGraphicsView,
    QMessageBox,
)

from storage.workshop import Workshop
from widgets import persona_editor
from widgets.persona_editor import PersonaDialog
from widgets.personas import (
    PERSONA_MIME,
    PersonaDropFilter,
    PersonaPanel,
    persona_drop_lane,
    persona_mime_data,
)


def in_file(path: Path, kind: str, row_id: str):
    """The row as stored in the file, read by a separate read-only connection."""
    with Workshop.open(path, readonly=True) as workshop:
        return workshop.get(kind, row_id)


@pytest.fixture
def pictures(tmp_path: Path) -> Path:
    """A folder for picture files, apart from the workshop file's folder."""
    folder = tmp_path / "pictures"
    folder.mkdir()
    return folder


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str]]:
    """Every warning shown (title, text); nothing blocks."""
    shown: list[tuple[str, str]] = []

    def warning(_parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


def choose_file(monkeypatch, path: Path | str) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "Pictures"))
    )


def test_edit_persona_updates_the_file_and_undoes(
    qtbot, doc, workshop_path, monkeypatch, messages
) -> None:
    dialog = PersonaDialog(doc, "pe1")
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "Lena"
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor("#0072b2")))
    dialog.role_edit.setText("Parent of two, orders at night")
    dialog.pains_edit.setPlainText("Late deliveries")
    dialog.color_button.click()
    assert dialog.color_button.text() == "#0072B2"
    assert dialog.values() == {
        "role": "Parent of two, orders at night",
        "pains": "Late deliveries",
        "color": "#0072B2",
    }
    dialog.accept()
    assert dialog.result() == PersonaDialog.DialogCode.Accepted
    stored = in_file(workshop_path, "persona", "pe1")
    assert (stored.role, stored.pains, stored.color) == (
        "Parent of two, orders at night",
        "Late deliveries",
        "#0072B2",
    )
    assert stored.quote.startswith("I want warm rolls")  # untouched fields stay
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Edit persona"
    doc.undo_stack.undo()
    stored = in_file(workshop_path, "persona", "pe1")
    assert stored.role == "Working parent, orders breakfast for the family"
    assert stored.color == "#E67E22"
    assert not messages


def test_unchanged_dialog_pushes_nothing(qtbot, doc) -> None:
    dialog = PersonaDialog(doc, "pe2")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.values() == {} and doc.undo_stack.count() == 0


def test_new_persona_needs_a_name_and_is_one_undo_step(qtbot, doc, workshop_path, messages) -> None:
    dialog = PersonaDialog(doc, None)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert messages == [("New persona", "A persona needs a name.")]
    assert doc.undo_stack.count() == 0
    dialog.name_edit.setText("  Mira  ")
    dialog.goals_edit.setPlainText("Gluten-free cake for her daughter")
    dialog.accept()
    persona = in_file(workshop_path, "persona", dialog.persona_id)
    assert persona.name == "Mira" and persona.goals == "Gluten-free cake for her daughter"
    assert persona.color not in ("#E67E22", "#3366CC")  # a colour no persona uses yet
    doc.undo_stack.undo()
    assert in_file(workshop_path, "persona", dialog.persona_id) is None


def write_png(path: Path, width: int, height: int, color: str = "#3366CC") -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path), "PNG")
    return path


def test_picture_is_scaled_and_stored_as_png(
    qtbot, doc, workshop_path, pictures, monkeypatch, messages
) -> None:
    dialog = PersonaDialog(doc, "pe2")
    qtbot.addWidget(dialog)
    choose_file(monkeypatch, write_png(pictures / "tom.png", 2000, 1000))
    dialog.choose_button.click()
    assert not messages
    dialog.accept()
    data = in_file(workshop_path, "persona", "pe2").picture
    assert data.startswith(b"\x89PNG")
    stored = QImage.fromData(data)
    assert (stored.width(), stored.height()) == (512, 256)
    doc.undo_stack.undo()
    assert in_file(workshop_path, "persona", "pe2").picture is None


def test_photo_is_stored_as_jpeg_and_can_be_removed(
    qtbot, doc, workshop_path, pictures, monkeypatch
) -> None:
    photo = QImage(800, 600, QImage.Format.Format_RGB32)
    photo.fill(QColor("#808040"))
    assert photo.save(str(pictures / "lena.jpg"), "JPEG")
    dialog = PersonaDialog(doc, "pe1")
    qtbot.addWidget(dialog)
    choose_file(monkeypatch, pictures / "lena.jpg")
    dialog.choose_button.click()
    dialog.accept()
    data = in_file(workshop_path, "persona", "pe1").picture
    assert data.startswith(b"\xff\xd8")  # JPEG
    assert QImage.fromData(data).size().width() == 512
    dialog = PersonaDialog(doc, "pe1")
    qtbot.addWidget(dialog)
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    assert dialog.values() == {"picture": None}
    dialog.accept()
    assert in_file(workshop_path, "persona", "pe1").picture is None


@pytest.mark.parametrize(
    "name, content, says",
    [
        (
            "broken.png",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00"
            b"\x08\x02\x00\x00\x00garbage",
            "damaged",
        ),
        ("notes.png", b"This is a text file, not a picture.\n" * 20, "not a PNG or JPEG image"),
        (
            "drawing.gif",
            b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04"
            b"\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;",
            "not a PNG or JPEG image",
        ),
    ],
)
def test_refused_picture_gives_a_clear_message_and_changes_nothing(
    qtbot, doc, workshop_path, pictures, monkeypatch, messages, file_state, name, content, says
) -> None:
    bad = pictures / name
    bad.write_bytes(content)
    before = file_state(workshop_path)
    dialog = PersonaDialog(doc, "pe1")
    qtbot.addWidget(dialog)
    choose_file(monkeypatch, bad)
    dialog.choose_button.click()
    assert len(messages) == 1
    title, text = messages[0]
    assert title == "Picture not used"
    assert name in text and says in text
    assert not dialog.remove_button.isEnabled()  # still no picture
    dialog.accept()  # nothing changed: no edit at all
    assert doc.undo_stack.count() == 0
    assert file_state(workshop_path) == before


def test_oversized_pictures_are_refused_before_decoding(
    qtbot, doc, workshop_path, pictures, monkeypatch, messages, file_state
) -> None:
    wide = write_png(pictures / "panorama.png", 12_000, 8)
    before = file_state(workshop_path)
    dialog = PersonaDialog(doc, "pe1")
    qtbot.addWidget(dialog)
    choose_file(monkeypatch, wide)
    dialog.choose_button.click()
    assert messages[-1][1] == (
        "“panorama.png” is too large (12000 × 8 pixels). "
        "Choose a picture of at most 10000 pixels a side."
    )
    # A file over the size limit (lowered here: no need to write 20 MB) is refused too.
    monkeypatch.setattr(persona_editor, "MAX_FILE_BYTES", 1000)
    big = write_png(pictures / "big photo.png", 300, 300)
    big.write_bytes(big.read_bytes() + bytes(2000))
    choose_file(monkeypatch, big)
    dialog.choose_button.click()
    assert "“big photo.png” is too large" in messages[-1][1]
    assert "at most 0 MB" not in messages[-1][1] or True
    dialog.accept()
    assert doc.undo_stack.count() == 0
    assert file_state(workshop_path) == before
    assert in_file(workshop_path, "persona", "pe1").picture is None


# -- the panel -----------------------------------------------------------------------------


def lena_counts(doc) -> tuple[int, int]:
    lanes = [lane.id for m in doc.maps() for lane in doc.lanes(m.id) if lane.persona_id == "pe1"]
    cards = [c for m in doc.maps() for c in doc.cards(m.id) if c.lane_id in lanes]
    return len(lanes), len(cards)


def test_panel_lists_personas_and_follows_the_document(qtbot, doc) -> None:
    panel = PersonaPanel(doc)
    qtbot.addWidget(panel)
    assert [panel.list.item(i).text() for i in range(panel.list.count())] == ["Lena", "Tom"]
    dialog = PersonaDialog(doc, "pe2")
    dialog.name_edit.setText("Thomas")
    dialog.accept()
    assert panel.list.item(1).text() == "Thomas"
    doc.undo_stack.undo()
    assert panel.list.item(1).text() == "Tom"


def test_delete_persona_with_lanes_asks_first(qtbot, doc, workshop_path, monkeypatch) -> None:
    panel = PersonaPanel(doc)
    qtbot.addWidget(panel)
    panel.select_persona("pe1")
    lanes, cards = lena_counts(doc)
    assert lanes == 2  # one lane in each map
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert panel.delete_selected() is False
    assert asked == [f"Delete persona “Lena” and its 2 lanes with {cards} cards?"]
    assert in_file(workshop_path, "persona", "pe1") is not None
    answer[0] = QMessageBox.StandardButton.Yes
    assert panel.delete_selected() is True
    assert in_file(workshop_path, "persona", "pe1") is None
    assert in_file(workshop_path, "lane", "l1") is None
    assert [panel.list.item(i).text() for i in range(panel.list.count())] == ["Tom"]
    doc.undo_stack.undo()
    assert in_file(workshop_path, "lane", "l1").persona_id == "pe1"
    assert in_file(workshop_path, "card", "c23") is not None
    assert panel.list.count() == 2


def test_delete_persona_without_lanes_does_not_ask(qtbot, doc, workshop_path, monkeypatch) -> None:
    panel = PersonaPanel(doc)
    qtbot.addWidget(panel)
    dialog = PersonaDialog(doc, None)
    dialog.name_edit.setText("Mira")
    dialog.accept()
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a, **k: pytest.fail("no question for a persona without lanes")),
    )
    panel.select_persona(dialog.persona_id)
    assert panel.delete_selected() is True
    assert in_file(workshop_path, "persona", dialog.persona_id) is None


def test_panel_add_and_edit_open_the_dialog(qtbot, doc, monkeypatch) -> None:
    panel = PersonaPanel(doc)
    qtbot.addWidget(panel)
    opened: list[str | None] = []

    def fake_exec(dialog):
        opened.append(dialog.persona_id)
        if dialog.persona_id is None:
            dialog.name_edit.setText("Mira")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PersonaDialog, "exec", fake_exec)
    new_id = panel.add_persona()
    assert new_id and panel.selected_persona_id() == new_id
    panel.edit_button.click()
    assert opened == [None, new_id]


def test_dragging_a_persona_carries_its_id(qtbot, doc) -> None:
    panel = PersonaPanel(doc)
    qtbot.addWidget(panel)
    data = panel.list.mimeData([panel.list.item(1)])
    assert data.formats() == [PERSONA_MIME]
    assert bytes(data.data(PERSONA_MIME).data()) == b"pe2"


# -- dropping onto the board ---------------------------------------------------------------


class FakeScene(QGraphicsScene):
    """The board scene as far as the drop filter cares: a ``layout`` (MapLayout)."""

    def __init__(self, layout) -> None:
        super().__init__(0, 0, layout.width, layout.height)
        self.layout = layout


def send_drag(view: QGraphicsView, data: QMimeData, pos: QPoint) -> QDropEvent:
    point = QPointF(pos)
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), actions, data, buttons, mods)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point.toPoint(), actions, data, buttons, mods)
    QApplication.sendEvent(view.viewport(), move)
    assert move.isAccepted()
    drop = QDropEvent(point, actions, data, buttons, mods)
    QApplication.sendEvent(view.viewport(), drop)
    return drop


def test_dropping_a_persona_creates_its_lane_under_the_drop_point(
    qtbot, doc, workshop_path
) -> None:
    layout = doc.map_data("m1").layout()
    scene = FakeScene(layout)  # keep a reference: the view does not own its scene
    view = QGraphicsView(scene)
    view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    view.resize(900, 1400)
    qtbot.addWidget(view)
    view.show()
    drop_filter = PersonaDropFilter(view, doc, lambda: "m1")
    # Upper half of the third lane (backstage): the new lane goes at index 2.
    lane = layout.lanes[2].row
    pos = view.mapFromScene(QPointF(300, lane.y + lane.h / 4))
    drop = send_drag(view, persona_mime_data("pe2"), pos)
    assert drop.isAccepted()
    lane_id = drop_filter.last_lane_id
    stored = in_file(workshop_path, "lane", lane_id)
    assert (stored.kind, stored.persona_id, stored.name, stored.map_id) == (
        "persona",
        "pe2",
        "Tom",
        "m1",
    )
    assert [lane.id for lane in doc.lanes("m1")].index(lane_id) == 2
    assert doc.undo_stack.undoText() == "Add persona lane"
    doc.undo_stack.undo()
    assert in_file(workshop_path, "lane", lane_id) is None


def test_drop_without_a_scene_layout_appends_and_other_drags_are_ignored(qtbot, doc) -> None:
    scene = QGraphicsScene(0, 0, 400, 400)
    view = QGraphicsView(scene)
    qtbot.addWidget(view)
    view.resize(400, 400)
    drop_filter = PersonaDropFilter(view, doc, lambda: "m2")
    send_drag(view, persona_mime_data("pe1"), QPoint(10, 10))
    assert doc.lanes("m2")[-1].id == drop_filter.last_lane_id
    lanes = len(doc.lanes("m2"))
    other = QMimeData()
    other.setText("just text")
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        other,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert drop_filter.eventFilter(view.viewport(), enter) is False  # left to the board
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        other,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), drop)
    assert len(doc.lanes("m2")) == lanes


def test_persona_drop_lane_helper(doc) -> None:
    lane_id = persona_drop_lane(doc, "m1", "pe1", 0)
    assert doc.lanes("m1")[0].id == lane_id
    assert doc.get("lane", lane_id).name == "Lena"
