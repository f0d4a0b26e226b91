"""GUI: workshop participants: the dock panel (add, rename, remove) and the toolbar selector.

The selector holds the "current participant": the person whose ratings the rating panel
and the rating shortcuts write. Selecting someone is not an edit and is never undone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.commands import AddCommand, DeleteCommand, UpdateCommand, execute
from app.document import Change, JourneyDocument
from app.errors import InvalidEdit
from widgets import dialogs
from widgets.insight_common import fill, plural
from widgets.messages import error_text


def rating_count(document: JourneyDocument, participant_id: str) -> int:
    """How many touchpoints ``participant_id`` has rated, over every map."""
    return sum(
        1
        for journey_map in document.maps()
        for ratings in document.ratings(journey_map.id).values()
        for rating in ratings
        if rating.participant_id == participant_id
    )


class ParticipantPanel(QWidget):
    """Dock content: the participants; add, rename in place (F2 / double-click), remove."""

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.list = QListWidget()
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_button = QPushButton(self.tr("&Add"))
        # clicked(bool) must not reach add_participant's name argument.
        self.add_button.clicked.connect(lambda _checked=False: self.add_participant())
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        hint = QLabel(self.tr("Double-click a name to rename it."))
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: #555555; }")
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self._refreshing = False
        document.changed.connect(self._on_changed)
        self.refresh()

    def selected_participant_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def item_of(self, participant_id: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == participant_id:
                return item
        return None

    def refresh(self) -> None:
        """Bring the list up to date with the document, keeping the selection.

        Names are updated in place when only names changed, so an edit that just
        finished in the list does not have its item deleted under it.
        """
        participants = [(p.id, p.name) for p in self.document.participants()]
        shown = [
            self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
        ]
        selected = self.selected_participant_id()
        self._refreshing = True
        try:
            if shown == [pid for pid, _name in participants]:
                for row, (_pid, name) in enumerate(participants):
                    if self.list.item(row).text() != name:
                        self.list.item(row).setText(name)
            else:
                self.list.clear()
                for pid, name in participants:
                    item = QListWidgetItem(name)
                    item.setData(Qt.ItemDataRole.UserRole, pid)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                    self.list.addItem(item)
                item = self.item_of(selected) if selected else None
                if item is not None:
                    self.list.setCurrentItem(item)
        finally:
            self._refreshing = False
        self._update_buttons()

    def _on_changed(self, change: Change) -> None:
        if change.ids("participant"):
            self.refresh()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected_participant_id() is not None)

    # -- gestures -----------------------------------------------------------------------

    def add_participant(self, name: str | None = None, edit: bool = True) -> str | None:
        """Add a participant (default name "Participant N"), then edit the name in place."""
        if name is None:
            name = fill(self.tr("Participant %1"), len(self.document.participants()) + 1)
        command = AddCommand(
            self.document, "participant", {"name": name}, text=self.tr("Add participant")
        )
        try:
            execute(self.document, command)
        except InvalidEdit as error:
            dialogs.warn(self, self.tr("Add participant"), error_text(error))
            return None
        item = self.item_of(command.row_id or "")
        if item is not None:
            self.list.setCurrentItem(item)
            if edit:
                self.list.editItem(item)
        return command.row_id

    def rename(self, participant_id: str, name: str) -> bool:
        """Rename a participant (one undo step); an empty name is refused."""
        name = name.strip()
        participant = self.document.get("participant", participant_id)
        if participant is None or not name or name == participant.name:
            self.refresh()  # put the shown name back
            return False
        try:
            execute(
                self.document,
                UpdateCommand(
                    self.document,
                    "participant",
                    participant_id,
                    {"name": name},
                    text=self.tr("Rename participant"),
                ),
            )
        except InvalidEdit as error:
            dialogs.warn(self, self.tr("Rename participant"), error_text(error))
            self.refresh()
            return False
        return True

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if not self._refreshing:
            self.rename(item.data(Qt.ItemDataRole.UserRole), item.text())

    def remove_selected(self) -> bool:
        """Remove the selected participant, asking first when it has ratings; one undo step."""
        participant_id = self.selected_participant_id()
        participant = self.document.get("participant", participant_id) if participant_id else None
        if participant is None:
            return False
        count = rating_count(self.document, participant.id)
        if count:
            question = fill(
                self.tr("Remove participant “%1”? Their %2 will be deleted too."),
                participant.name,
                plural(count, self.tr("%1 rating"), self.tr("%1 ratings")),
            )
            if not dialogs.ask_yes_no(
                self,
                self.tr("Remove participant"),
                question,
            ):
                return False
        try:
            execute(
                self.document,
                DeleteCommand(
                    self.document, "participant", participant.id, text=self.tr("Remove participant")
                ),
            )
        except InvalidEdit as error:
            dialogs.warn(self, self.tr("Remove participant"), error_text(error))
            return False
        return True


class ParticipantSelector(QComboBox):
    """Toolbar combo box of the current participant (whose ratings the shortcuts write).

    Emits ``currentParticipantChanged(id)`` when the current participant changes, with
    "" when there is none. Keeps the choice when the list changes; when the current
    participant is removed, the first one becomes current.
    """

    currentParticipantChanged = Signal(str)

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._current = ""
        self.setToolTip(self.tr("Current participant: whose rating the rating keys set"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.setMinimumContentsLength(10)
        # Never keeps the keyboard: a digit meant as a rating would pick a name instead.
        # R / Shift+R on the board switch the participant (widgets.rater_badge).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.currentIndexChanged.connect(self._on_index_changed)
        document.changed.connect(self._on_changed)
        self.refresh()

    def current_participant_id(self) -> str | None:
        return self._current or None

    def set_current_participant(self, participant_id: str) -> bool:
        """Make ``participant_id`` current; False when it is not in the list."""
        index = self.findData(participant_id)
        if index < 0:
            return False
        self.setCurrentIndex(index)
        return True

    def step(self, direction: int) -> None:
        """Make the next (+1) or previous (-1) participant current, round the list."""
        if self.count():
            self.setCurrentIndex((max(self.currentIndex(), 0) + direction) % self.count())

    def refresh(self) -> None:
        """Reload the names; keep the current participant, else take the first."""
        keep = self._current
        self.blockSignals(True)
        try:
            self.clear()
            for participant in self.document.participants():
                self.addItem(participant.name, participant.id)
            index = self.findData(keep) if keep else -1
            if index < 0 and self.count():
                index = 0
            self.setCurrentIndex(index)
            if not self.count():
                self.setPlaceholderText(self.tr("No participants"))
        finally:
            self.blockSignals(False)
        self.setEnabled(self.count() > 0)
        self._on_index_changed(self.currentIndex())

    def _on_index_changed(self, index: int) -> None:
        participant_id = self.itemData(index) if index >= 0 else None
        participant_id = participant_id or ""
        if participant_id != self._current:
            self._current = participant_id
            self.currentParticipantChanged.emit(participant_id)

    def _on_changed(self, change: Change) -> None:
        if change.ids("participant"):
            self.refresh()
