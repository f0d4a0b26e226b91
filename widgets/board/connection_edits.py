"""GUI: the board's edits of connections: connect two cards (mouse or keyboard), change
an arrow's kind or label, delete arrows; and the context menu of an arrow.

Every edit is one undo step through app.commands_connections; a refused one (a card
and itself, the same arrow twice) is reported in the status bar and changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from app import commands_connections as arrows
from app.commands import macro
from app.errors import JourneyError
from app.rows import CONNECTION_KINDS
from widgets.messages import error_text

if TYPE_CHECKING:
    from widgets.board.scene import BoardScene

CONNECT_SHORTCUT = "Ctrl+L"


def tr(text: str) -> str:
    # lupdate files the texts of a module-level tr() under the empty context.
    return QCoreApplication.translate("", text)


class ConnectionEdits:
    """Connection edits of the board shown by ``scene``."""

    def __init__(self, scene: BoardScene) -> None:
        self.scene = scene
        # The order in which cards were selected: Ctrl+L connects the first to the second.
        self._picked: list[str] = []
        scene.selectionChangedIds.connect(self._remember_order)
        # The label question; tests replace it.
        self.ask_label = lambda text: scene.edits.ask_text(
            tr("Connection label"), tr("Text on the arrow (may be empty):"), text
        )

    def _remember_order(self, ids: list[str]) -> None:
        kept = [card_id for card_id in self._picked if card_id in ids]
        self._picked = kept + [card_id for card_id in ids if card_id not in kept]

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except JourneyError as error:
            self.scene.message.emit(tr("Not possible: %s") % error_text(error))

    def connect(self, from_card: str, to_card: str, kind: str = "flow") -> str | None:
        """Draw an arrow from one card to another; its id, or None when refused."""
        document = self.scene.document
        if document is None:
            return None
        with self._guard():
            return arrows.connect(document, from_card, to_card, kind)
        return None

    def connect_selected(self) -> str | None:
        """Connect the two selected cards, from the one selected first (Ctrl+L)."""
        ids = self.scene.selected_card_ids()
        if len(ids) != 2:
            self.scene.message.emit(tr("Select two cards to connect them (Ctrl+L)"))
            return None
        first = [card_id for card_id in self._picked if card_id in ids]
        order = first if len(first) == 2 else ids
        return self.connect(order[0], order[1])

    def set_kind(self, connection_id: str, kind: str) -> None:
        document = self.scene.document
        if document is not None:
            with self._guard():
                arrows.set_kind(document, connection_id, kind)

    def relabel(self, connection_id: str) -> None:
        """Ask for the arrow's text and set it."""
        state, document = self.scene.state, self.scene.document
        row = state.connections.get(connection_id) if state is not None else None
        if row is None or document is None:
            return
        text = self.ask_label(row.label)
        if text is not None and text != row.label:
            with self._guard():
                arrows.relabel(document, connection_id, text)

    def delete(self, connection_ids: list[str]) -> bool:
        """Delete arrows (the cards stay) as one undo step."""
        document = self.scene.document
        if document is None or not connection_ids:
            return False
        text = (
            tr("Delete connection")
            if len(connection_ids) == 1
            else tr("Delete %d connections") % len(connection_ids)
        )
        with self._guard():
            with macro(document, text):
                for connection_id in connection_ids:
                    arrows.disconnect(document, connection_id)
            return True
        return False

    def menu(self, connection_id: str, parent: QWidget | None) -> QMenu:
        """The context menu of an arrow: its kind, its label, delete."""
        state = self.scene.state
        row = state.connections.get(connection_id) if state is not None else None
        menu = QMenu(parent)
        group = QActionGroup(menu)
        for kind in CONNECTION_KINDS:
            action = menu.addAction(
                arrows.kind_name(kind), lambda kind=kind: self.set_kind(connection_id, kind)
            )
            action.setCheckable(True)
            action.setChecked(row is not None and row.kind == kind)
            action.setObjectName(f"kind-{kind}")
            group.addAction(action)
        menu.addSeparator()
        menu.addAction(tr("Edit label…"), lambda: self.relabel(connection_id)).setObjectName(
            "label"
        )
        menu.addSeparator()
        delete = menu.addAction(tr("Delete connection"), lambda: self.delete([connection_id]))
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setObjectName("delete")
        return menu
