"""GUI: the board's context menus (cards, phase and lane headers, empty cells).

Menus are built by functions that return the QMenu, so tests can trigger its actions
without opening it; every action calls the scene's edits (one undo step each).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMimeData, QPointF
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from app.rows import NOTE_TYPES
from render.paint import icon_pixmap, note_label
from widgets.board import clipboard
from widgets.board.card_item import CardItem
from widgets.board.header_items import LaneHeaderItem, PhaseHeaderItem

if TYPE_CHECKING:
    from widgets.board.scene import BoardScene


def tr(text: str) -> str:
    # lupdate files the texts of a module-level tr() under the empty context.
    return QCoreApplication.translate("", text)


def icon(name: str) -> QIcon:
    return QIcon(icon_pixmap(name, 32))


def context_menu(scene: BoardScene, pos: QPointF, parent: QWidget | None) -> QMenu | None:
    """The context menu for what lies at ``pos`` (None outside the board)."""
    if scene.state is None:
        return None
    arrow = scene.interactions.connection_at(pos)
    if arrow is not None:
        scene.connections.select(arrow.connection_id)
        return scene.connection_edits.menu(arrow.connection_id, parent)
    item = scene.interactions.item_at(pos)
    if isinstance(item, CardItem):
        return card_menu(scene, parent)
    if isinstance(item, PhaseHeaderItem):
        return phase_menu(scene, item.row_id, parent)
    if isinstance(item, LaneHeaderItem):
        return lane_menu(scene, item.row_id, parent)
    cell = scene.cell_at(pos)
    if cell is not None:
        return cell_menu(scene, cell, parent)
    return None


def card_menu(scene: BoardScene, parent: QWidget | None) -> QMenu:
    ids = scene.selected_card_ids()
    menu = QMenu(parent)
    if len(ids) == 1:
        action = menu.addAction(tr("Edit title"), lambda: scene.editRequested.emit("card", ids[0]))
        action.setShortcut(QKeySequence("F2"))
        menu.addSeparator()
    menu.addAction(tr("Cut"), lambda: clipboard.cut_cards(scene)).setShortcut(
        QKeySequence.StandardKey.Cut
    )
    menu.addAction(tr("Copy"), lambda: clipboard.copy_cards(scene)).setShortcut(
        QKeySequence.StandardKey.Copy
    )
    menu.addAction(tr("Paste"), lambda: clipboard.paste_cards(scene)).setShortcut(
        QKeySequence.StandardKey.Paste
    )
    menu.addAction(tr("Duplicate"), lambda: scene.edits.duplicate_cards(ids)).setShortcut(
        QKeySequence("Ctrl+D")
    )
    menu.addSeparator()
    menu.addAction(tr("New action"), lambda: scene.actionRequested.emit(ids)).setShortcut(
        QKeySequence("Ctrl+Shift+A")
    )
    menu.addSeparator()
    menu.addAction(tr("Delete"), lambda: scene.edits.delete_cards(ids)).setShortcut(
        QKeySequence.StandardKey.Delete
    )
    return menu


def phase_menu(scene: BoardScene, phase_id: str, parent: QWidget | None) -> QMenu:
    assert scene.state is not None
    menu, place = _row_menu(
        scene, "phase", phase_id, scene.state.phases, tr("Rename phase"), parent
    )
    index = place[0]
    menu.addAction(tr("Add phase before"), lambda: _add_phase(scene, index))
    menu.addAction(tr("Add phase after"), lambda: _add_phase(scene, index + 1))
    menu.addSeparator()
    _finish_row_menu(
        menu,
        scene,
        "phase",
        phase_id,
        place,
        (tr("Move left"), tr("Move right"), tr("Delete phase…")),
    )
    return menu


def lane_menu(scene: BoardScene, lane_id: str, parent: QWidget | None) -> QMenu:
    assert scene.state is not None
    menu, place = _row_menu(scene, "lane", lane_id, scene.state.lanes, tr("Rename lane"), parent)
    index = place[0]
    above = add_lane_menu(scene, index, menu)
    above.setTitle(tr("Add lane above"))
    menu.addMenu(above)
    below = add_lane_menu(scene, index + 1, menu)
    below.setTitle(tr("Add lane below"))
    menu.addMenu(below)
    menu.addSeparator()
    _finish_row_menu(
        menu, scene, "lane", lane_id, place, (tr("Move up"), tr("Move down"), tr("Delete lane…"))
    )
    return menu


def _row_menu(
    scene: BoardScene,
    kind: str,
    row_id: str,
    rows: Sequence[Any],
    rename_text: str,
    parent: QWidget | None,
) -> tuple[QMenu, tuple[int, int]]:
    """A phase or lane menu begun with its rename action; and the row's (index, count)."""
    index = next(i for i, row in enumerate(rows) if row.id == row_id)
    menu = QMenu(parent)
    menu.addAction(rename_text, lambda: scene.editRequested.emit(kind, row_id))
    menu.addSeparator()
    return menu, (index, len(rows))


def _finish_row_menu(
    menu: QMenu,
    scene: BoardScene,
    kind: str,
    row_id: str,
    place: tuple[int, int],
    texts: tuple[str, str, str],
) -> None:
    """The move back / move forward actions (off at the ends) and the delete action of a
    phase or lane at ``place`` (its index, the number of rows)."""
    index, count = place
    back_text, forward_text, delete_text = texts
    back = menu.addAction(back_text, lambda: scene.edits.move_row(kind, row_id, index - 1))
    back.setEnabled(index > 0)
    forward = menu.addAction(forward_text, lambda: scene.edits.move_row(kind, row_id, index + 1))
    forward.setEnabled(index < count - 1)
    menu.addSeparator()
    menu.addAction(delete_text, lambda: scene.edits.delete_row(kind, row_id))


def add_lane_menu(scene: BoardScene, index: int | None, parent: QWidget | None) -> QMenu:
    """Persona, channel and notes lanes to add at ``index`` (None: at the end)."""
    menu = QMenu(tr("Add lane"), parent)
    if scene.state is None:
        return menu
    personas = menu.addMenu(tr("Persona lane"))
    for persona in scene.state.personas.values():
        personas.addAction(
            persona.name, lambda p=persona.id: _add_lane(scene, index, "persona", persona_id=p)
        )
    personas.addSeparator()
    personas.addAction(tr("New persona…"), lambda: _new_persona_lane(scene, index))
    channels = menu.addMenu(tr("Channel lane"))
    for channel in scene.state.channels.values():
        channels.addAction(
            icon(channel.icon),
            channel.name,
            lambda c=channel.id: _add_lane(scene, index, "channel", channel_id=c),
        )
    menu.addAction(tr("Notes lane"), lambda: _add_lane(scene, index, "notes"))
    return menu


def cell_menu(scene: BoardScene, cell: tuple[str, str], parent: QWidget | None) -> QMenu:
    assert scene.state is not None
    lane_id, phase_id = cell
    menu = QMenu(parent)
    touchpoints = menu.addMenu(tr("Add touchpoint"))
    touchpoints.setEnabled(scene.edits.refusal(lane_id, ["touchpoint"]) is None)
    for channel in scene.state.channels.values():
        touchpoints.addAction(
            icon(channel.icon),
            channel.name,
            lambda c=channel.id: _add_card(scene, lane_id, phase_id, "touchpoint", channel_id=c),
        )
    notes = menu.addMenu(tr("Add note"))
    for note_type in NOTE_TYPES:
        notes.addAction(
            icon(f"note-{note_type}"),
            note_label(note_type),
            lambda t=note_type: _add_card(scene, lane_id, phase_id, "note", note_type=t),
        )
    menu.addSeparator()
    paste = menu.addAction(tr("Paste here"), lambda: _paste_into(scene, cell))
    paste.setEnabled(bool(clipboard.cards_from_mime(_clipboard_mime())))
    return menu


def _clipboard_mime() -> QMimeData | None:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.clipboard().mimeData()


def _paste_into(scene: BoardScene, cell: tuple[str, str]) -> None:
    scene.clearSelection()
    scene.set_current_cell(cell)
    clipboard.paste_cards(scene)


def _add_card(scene: BoardScene, lane_id: str, phase_id: str, kind: str, **fields: str) -> None:
    card_id = scene.edits.add_card(lane_id, phase_id, None, kind=kind, **fields)
    if card_id is not None:
        scene.editRequested.emit("card", card_id)


def _add_phase(scene: BoardScene, index: int) -> None:
    phase_id = scene.edits.add_phase(index)
    if phase_id is not None:
        scene.editRequested.emit("phase", phase_id)


def _add_lane(scene: BoardScene, index: int | None, kind: str, **refs: str) -> None:
    lane_id = scene.edits.add_lane(index, kind, **refs)
    if lane_id is not None and kind == "notes":
        scene.editRequested.emit("lane", lane_id)


def _new_persona_lane(scene: BoardScene, index: int | None) -> None:
    name = scene.edits.ask_text(tr("New persona"), tr("Name of the persona:"), "")
    if name:
        scene.edits.add_persona_lane(name, index)
