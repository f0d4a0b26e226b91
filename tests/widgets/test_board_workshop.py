"""Board: a workshop from a blank 7-phase template, rebuilt with gestures, survives reopening.

This is the issue's "done" scenario in small: lanes for two personas, a channel lane,
cards dropped from the palette and titled inline, ratings from the strip, and after
closing and reopening the file the board is exactly the same.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.widgets.board_helpers import Gestures, card_center, cell_point
from widgets.board.clipboard import palette_mime


@pytest.fixture
def blank_window(qtbot: Any, tmp_path: Path) -> Any:
    from app.templates import workshop_from_template
    from export.interchange import load
    from widgets.window.main_window import MainWindow

    path = tmp_path / "x.journey"
    load(workshop_from_template("7-phases", "en"), path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    assert window.open_file(path)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close_file()


def _type_title(window: Any, text: str) -> None:
    editor = window.board_view.inline_editor
    assert editor is not None
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)


def _snapshot(window: Any) -> dict[str, Any]:
    doc, map_id = window.document, window.current_map_id
    scene = window.board_scene
    return {
        "lanes": [(lane.name, lane.kind) for lane in doc.lanes(map_id)],
        "cards": [
            (c.title, c.lane_id, c.phase_id, c.channel_id, c.note_type) for c in doc.cards(map_id)
        ],
        "items": sorted(
            (item.look.title, item.scenePos().x(), item.scenePos().y())
            for item in scene.card_items().values()
        ),
        "ratings": {
            c.id: doc.rating(c.id, p.id) for c in doc.cards(map_id) for p in doc.participants()
        },
    }


def test_rebuilding_a_board_from_the_template_survives_reopening(
    blank_window: Any, qtbot: Any
) -> None:
    window = blank_window
    doc, map_id = window.document, window.current_map_id
    scene, view = window.board_scene, window.board_view
    gestures = Gestures(view)
    lanes = {lane.name: lane.id for lane in doc.lanes(map_id)}
    phases = [p.id for p in doc.phases(map_id)]
    # Rename the template's persona lane by double-clicking its header.
    gestures.double_click(scene.lane_item(lanes["Customer"]).sceneBoundingRect().center())
    _type_title(window, "Lena")
    # A second persona and a channel lane, from the lane menus' edits.
    scene.edits.ask_text = lambda *args: "Tom"
    from widgets.board.menus import add_lane_menu

    menu = add_lane_menu(scene, 1, window)
    persona_menu = menu.actions()[0].menu()
    persona_menu.actions()[-1].trigger()  # "New persona..."
    menu = add_lane_menu(scene, 2, window)
    channel_menu = menu.actions()[1].menu()
    next(a for a in channel_menu.actions() if a.text() == "Customer service").trigger()
    assert [lane.name for lane in doc.lanes(map_id)] == [
        "Lena",
        "Tom",
        "Customer service",
        "Pain points",
        "Ideas",
    ]
    tom = doc.lanes(map_id)[1].id
    # Cards from the palette, titled inline.
    drops = [
        (
            {"kind": "touchpoint", "channel_id": "ads"},
            lanes["Customer"],
            phases[0],
            "Flyer in the letterbox",
        ),
        (
            {"kind": "touchpoint", "channel_id": "social"},
            lanes["Customer"],
            phases[0],
            "Neighbour's Instagram story",
        ),
        (
            {"kind": "touchpoint", "channel_id": "web"},
            tom,
            phases[1],
            "Looking for catering prices",
        ),
        (
            {"kind": "note", "note_type": "pain"},
            lanes["Pain points"],
            phases[1],
            "Shop is hard to use on a phone",
        ),
    ]
    for entry, lane_id, phase_id, title in drops:
        assert gestures.drop(palette_mime(entry), cell_point(window, lane_id, phase_id))
        _type_title(window, title)
    # Indirect touchpoint via the inspector; a move by drag.
    scene.select_cards([c.id for c in doc.cards(map_id) if c.title.startswith("Neighbour")])
    inspector = window.inspector
    index = inspector.card_direct.findData(False)
    inspector.card_direct.setCurrentIndex(index)
    inspector.card_direct.activated.emit(index)
    flyer = next(c.id for c in doc.cards(map_id) if c.title == "Flyer in the letterbox")
    gestures.drag(card_center(window, flyer), cell_point(window, lanes["Customer"], phases[0]))
    titles = [c.title for c in doc.cards(map_id) if c.lane_id == lanes["Customer"]]
    assert titles == ["Neighbour's Instagram story", "Flyer in the letterbox"]
    shown = _snapshot(window)
    path = doc.path
    window.close_file()
    assert window.open_file(path)
    assert _snapshot(window) == shown
    assert doc is not window.document


def test_palette_activation_adds_to_the_current_cell(blank_window: Any) -> None:
    window = blank_window
    doc, map_id = window.document, window.current_map_id
    scene = window.board_scene
    lane, phase = doc.lanes(map_id)[2].id, doc.phases(map_id)[3].id
    Gestures(window.board_view).click(cell_point(window, lane, phase))
    assert scene.current_cell == (lane, phase)
    entries = window.palette_widget.list
    item = next(
        entries.item(i) for i in range(entries.count()) if entries.item(i).text() == "Question"
    )
    entries.itemActivated.emit(item)
    cards = doc.cards(map_id)
    assert [(c.lane_id, c.phase_id, c.note_type) for c in cards] == [(lane, phase, "question")]
    assert window.board_view.inline_editor is not None


def test_ctrl_wheel_zooms_and_space_drag_pans(blank_window: Any) -> None:
    view = blank_window.board_view
    viewport = view.viewport()
    center = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        center,
        QPointF(viewport.mapToGlobal(center)),
        QPointF(0, 0).toPoint(),
        QPointF(0, 120).toPoint(),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert view.zoom == pytest.approx(1.15)
    view.set_zoom(3.0)
    bar = view.verticalScrollBar()
    bar.setValue(300)
    QTest.keyPress(view, Qt.Key.Key_Space)
    gestures = Gestures(view)
    start = view.mapToScene(viewport.rect().center())
    gestures.drag(start, QPointF(start.x(), start.y() + 30))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert bar.value() < 300
    assert blank_window.document.undo_stack.count() == 0  # panning is no edit


def test_run_gui_opens_the_file_from_the_command_line(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer

    from app.templates import workshop_from_template
    from export.interchange import load
    from widgets.application import run_gui
    from widgets.window.main_window import MainWindow

    path = tmp_path / "cli.journey"
    load(workshop_from_template("4-phases", "en"), path)
    seen: dict[str, Any] = {}

    def inspect_and_quit() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen["file"] = window.document.path if window.document else None
        seen["phases"] = len(window.board_scene.frame.phases)
        window.close()
        qapp.quit()

    QTimer.singleShot(0, inspect_and_quit)
    assert run_gui([str(path)]) == 0
    assert seen == {"file": path, "phases": 4}
