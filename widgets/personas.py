"""GUI: the personas dock: list, add/edit/delete, and dragging a persona onto the board.

A persona dragged from the list carries ``PERSONA_MIME`` (the persona id as UTF-8).
The board scene does not know that type: ``PersonaDropFilter``, installed on the board
view's viewport, accepts it and creates a persona lane where it is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QMimeData,
    QObject,
    QPoint,
    QSize,
    Qt,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGraphicsView,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.commands import AddCommand, DeleteCommand, execute
from app.document import Change, JourneyDocument
from app.errors import InvalidEdit
from widgets import dialogs
from widgets.insight_common import fill, picture_icon, plural
from widgets.messages import error_text

PERSONA_MIME = "application/x-journeyboard-persona"
ICON_SIZE = 32


def persona_mime_data(persona_id: str) -> QMimeData:
    """The drag payload of one persona."""
    data = QMimeData()
    data.setData(PERSONA_MIME, QByteArray(persona_id.encode("utf-8")))
    return data


def persona_from_mime(data: QMimeData | None) -> str | None:
    """The persona id a drag carries, or None when it carries no persona."""
    if data is None or not data.hasFormat(PERSONA_MIME):
        return None
    text = bytes(data.data(PERSONA_MIME).data()).decode("utf-8", "replace").strip()
    return text or None


def persona_drop_lane(
    document: JourneyDocument, map_id: str, persona_id: str, index: int | None
) -> str:
    """Create a persona lane for ``persona_id`` at lane ``index`` (None: last); its id.

    One undo step; raises InvalidEdit when refused (unknown map or persona).
    """
    persona = document.get("persona", persona_id)
    if persona is None:
        raise InvalidEdit(f"persona {persona_id!r} does not exist")
    command = AddCommand(
        document,
        "lane",
        {"map_id": map_id, "name": persona.name, "kind": "persona", "persona_id": persona_id},
        index=index,
        text=QCoreApplication.translate("PersonaDropFilter", "Add persona lane"),
    )
    execute(document, command)
    assert command.row_id
    return command.row_id


def lane_index_at(layout: object, y: float) -> int | None:
    """The lane index a drop at scene height ``y`` inserts at (None: append).

    ``layout`` is an ``app.layout.MapLayout`` (anything with ``lanes`` of LaneBox): a
    drop on the upper half of a lane goes above it, on the lower half below it.
    """
    lanes: Sequence = getattr(layout, "lanes", None) or []
    for index, lane in enumerate(lanes):
        row = lane.row
        if y < row.y + row.h / 2:
            return index
    return None


class PersonaDropFilter(QObject):
    """Event filter for a board view's viewport: dropping a persona creates its lane.

    Installs itself on ``view.viewport()``. ``map_id`` returns the map shown in the view.
    The lane goes at the lane under the drop point when the view's scene has a
    ``layout`` (a MapLayout, or a method returning one); otherwise it is appended.
    """

    def __init__(
        self,
        view: QGraphicsView,
        document: JourneyDocument,
        map_id: Callable[[], str | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or view)
        self.view = view
        self.document = document
        self.map_id = map_id
        self.last_lane_id: str | None = None
        view.viewport().setAcceptDrops(True)
        view.setAcceptDrops(True)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if persona_from_mime(event.mimeData()) and self.map_id():
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            persona_id = persona_from_mime(event.mimeData())
            if persona_id:
                self.drop(persona_id, event.position().toPoint())
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def drop(self, persona_id: str, pos: QPoint) -> str | None:
        """Create the lane for a drop at viewport point ``pos``; its id, or None if refused."""
        map_id = self.map_id()
        if not map_id:
            return None
        scene_pos = self.view.mapToScene(pos)
        layout = getattr(self.view.scene(), "layout", None)
        if callable(layout):
            layout = layout()
        index = lane_index_at(layout, scene_pos.y()) if layout is not None else None
        try:
            self.last_lane_id = persona_drop_lane(self.document, map_id, persona_id, index)
        except InvalidEdit as error:
            dialogs.warn(
                self.view,
                QCoreApplication.translate("PersonaDropFilter", "Persona lane not added"),
                error_text(error),
            )
            return None
        return self.last_lane_id


class PersonaList(QListWidget):
    """The list of personas; dragging an entry carries the persona id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSpacing(2)

    def mimeTypes(self) -> list[str]:
        return [PERSONA_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        persona_id = items[0].data(Qt.ItemDataRole.UserRole) if items else ""
        return persona_mime_data(persona_id or "")

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class PersonaPanel(QWidget):
    """Dock content: the personas with swatch or picture; add, edit, delete; drag to board."""

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.list = PersonaList()
        self.list.setToolTip(self.tr("Drag a persona onto the board to give it a lane"))
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add_persona)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        # Two rows: the dock stays narrow enough for the board on a 1280 x 720 projector.
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.edit_button, 0, 1)
        buttons.addWidget(self.delete_button, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        document.changed.connect(self._on_changed)
        self.refresh()

    # -- reading ------------------------------------------------------------------------

    def selected_persona_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_persona(self, persona_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == persona_id:
                self.list.setCurrentRow(row)
                return

    def refresh(self) -> None:
        """Rebuild the list from the document, keeping the selection."""
        selected = self.selected_persona_id()
        self.list.clear()
        for persona in self.document.personas():
            item = QListWidgetItem(
                picture_icon(persona.picture, persona.color, ICON_SIZE), persona.name
            )
            item.setData(Qt.ItemDataRole.UserRole, persona.id)
            item.setToolTip(persona.role or persona.name)
            self.list.addItem(item)
        if selected:
            self.select_persona(selected)
        self._update_buttons()

    def _on_changed(self, change: Change) -> None:
        if change.ids("persona"):
            self.refresh()

    def _update_buttons(self) -> None:
        has = self.selected_persona_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # -- gestures -----------------------------------------------------------------------

    def add_persona(self) -> str | None:
        """Open the editor for a new persona; its id when created."""
        from widgets.persona_editor import PersonaDialog

        dialog = PersonaDialog(self.document, None, self)
        if dialog.exec() and dialog.persona_id:
            self.select_persona(dialog.persona_id)
            return dialog.persona_id
        return None

    def edit_selected(self) -> None:
        from widgets.persona_editor import PersonaDialog

        persona_id = self.selected_persona_id()
        if persona_id:
            PersonaDialog(self.document, persona_id, self).exec()

    def lane_counts(self, persona_id: str) -> tuple[int, int]:
        """(lanes, cards) of ``persona_id`` over every map: what a delete takes with it."""
        lanes = cards = 0
        for journey_map in self.document.maps():
            lane_ids = {
                lane.id
                for lane in self.document.lanes(journey_map.id)
                if lane.persona_id == persona_id
            }
            lanes += len(lane_ids)
            if lane_ids:
                cards += sum(
                    1 for card in self.document.cards(journey_map.id) if card.lane_id in lane_ids
                )
        return lanes, cards

    def delete_selected(self) -> bool:
        """Delete the selected persona (asking first when it has lanes); one undo step."""
        persona_id = self.selected_persona_id()
        persona = self.document.get("persona", persona_id) if persona_id else None
        if persona is None:
            return False
        lanes, cards = self.lane_counts(persona.id)
        if lanes:
            question = fill(
                self.tr("Delete persona “%1” and its %2 with %3?"),
                persona.name,
                plural(lanes, self.tr("%1 lane"), self.tr("%1 lanes")),
                plural(cards, self.tr("%1 card"), self.tr("%1 cards")),
            )
            if not dialogs.ask_yes_no(
                self,
                self.tr("Delete persona"),
                question,
            ):
                return False
        try:
            execute(
                self.document,
                DeleteCommand(self.document, "persona", persona.id, text=self.tr("Delete persona")),
            )
        except InvalidEdit as error:
            dialogs.warn(self, self.tr("Delete persona"), error_text(error))
            return False
        return True
