"""GUI: the inspector: every field of the selected card, phase or lane.

A field commits when editing finishes (Enter, or the focus leaves it; a choice as soon
as it is made), as one UpdateCommand through the board's edits. The fields follow the
document: an undo or another panel's edit shows here at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.commands import SetInfoCommand, execute
from app.document import JourneyDocument
from app.errors import JourneyError
from app.measurements import series
from app.rows import NOTE_TYPES, Change
from app.scoring import score as aggregate
from render.paint import icon_pixmap, note_label
from widgets.board.card_extras import CardExtras
from widgets.board.scene import BoardScene
from widgets.messages import error_text


class TextBox(QPlainTextEdit):
    """A multi-line field that reports ``editingFinished`` when it loses the focus."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(76)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)


def _combo_select(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


class Inspector(QWidget):
    """Shows and edits what the board's ``currentChanged`` names."""

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.kind = ""
        self.row_id = ""
        self._loading = False
        self._document: JourneyDocument | None = None
        self.pages = QStackedWidget(self)
        self.empty = QLabel(self.tr("Select a card, a phase or a lane to see its details."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setStyleSheet("color: #607D8B; padding: 8px;")
        self._build_workshop_page()
        self._build_card_page()
        self._build_phase_page()
        self._build_lane_page()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)
        scene.currentChanged.connect(self.show_target)
        scene.selectionChangedIds.connect(self._selection_count)

    # -- pages ---------------------------------------------------------------------------

    def _form(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(4, 4, 4, 4)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A narrow dock puts a field under its label instead of widening the window.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(form)
        outer.addStretch(1)
        self.pages.addWidget(page)
        return page, form

    def _line(self, form: QFormLayout, label: str, field: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.editingFinished.connect(lambda: self._commit_text(field, edit))
        form.addRow(label, edit)
        return edit

    def _box(self, form: QFormLayout, label: str, field: str) -> TextBox:
        box = TextBox(self)
        box.editingFinished.connect(lambda: self._commit_text(field, box))
        form.addRow(label, box)
        return box

    def _combo(self, form: QFormLayout, label: str, on_choice: Callable[[Any], None]) -> QComboBox:
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.activated.connect(lambda _i: on_choice(combo.currentData()))
        form.addRow(label, combo)
        return combo

    def _build_workshop_page(self) -> None:
        """With nothing selected: the workshop's own title and language, and the hint."""
        self.workshop_page, form = self._form()
        heading = QLabel(self.tr("Workshop"), self)
        heading.setStyleSheet("font-weight: bold;")
        form.addRow(heading)
        self.workshop_title = QLineEdit(self)
        self.workshop_title.editingFinished.connect(self._commit_workshop_title)
        form.addRow(self.tr("Title:"), self.workshop_title)
        self.workshop_language = QComboBox(self)
        self.workshop_language.addItem("English", "en")
        self.workshop_language.addItem("Deutsch", "de")
        self.workshop_language.setToolTip(
            self.tr("The language of the workshop's PDF and CSV exports")
        )
        self.workshop_language.activated.connect(
            lambda _i: self._set_workshop(
                {"language": self.workshop_language.currentData()},
                self.tr("Change workshop language"),
            )
        )
        form.addRow(self.tr("Language:"), self.workshop_language)
        form.addRow(self.empty)
        self.pages.setCurrentWidget(self.workshop_page)

    def _build_card_page(self) -> None:
        self.card_page, form = self._form()
        self.card_form = form
        self.card_kind = QLabel(self)
        self.card_kind.setStyleSheet("font-weight: bold;")
        form.addRow(self.tr("Card:"), self.card_kind)
        self.card_title = self._line(form, self.tr("Title:"), "title")
        self.card_description = self._box(form, self.tr("Description:"), "description")
        self.card_note_type = self._combo(
            form,
            self.tr("Note type:"),
            lambda v: self._set({"note_type": v}, self.tr("Change note type")),
        )
        for note_type in NOTE_TYPES:
            self.card_note_type.addItem(
                QIcon(icon_pixmap(f"note-{note_type}", 32)), note_label(note_type), note_type
            )
        self.card_channel = self._combo(
            form,
            self.tr("Channel:"),
            lambda v: self._set({"channel_id": v}, self.tr("Change channel")),
        )
        self.card_direct = self._combo(
            form,
            self.tr("Contact:"),
            lambda v: self._set({"direct": bool(v)}, self.tr("Change direct/indirect")),
        )
        self.card_direct.addItem(self.tr("Direct (the company controls it)"), True)
        self.card_direct.addItem(self.tr("Indirect (influenced, not controlled)"), False)
        self.card_expectation = self._line(form, self.tr("Expectation:"), "expectation")
        self.card_owner = self._line(form, self.tr("Owner:"), "owner")
        self.card_kpi = self._line(form, self.tr("KPI:"), "kpi")
        self.card_score = QLabel(self)
        self.card_score.setWordWrap(True)
        self.card_score.setStyleSheet("color: #455A64;")
        form.addRow(self.tr("Ratings:"), self.card_score)
        self.card_extras = CardExtras(self)  # evidence and comments
        form.addRow(self.card_extras)
        self.card_measured = QLabel(self)  # the series of each metric, with its target
        self.card_measured.setWordWrap(True)
        self.card_measured.setObjectName("inspector-measurements")
        form.addRow(self.tr("Measured:"), self.card_measured)

    def _build_phase_page(self) -> None:
        self.phase_page, form = self._form()
        self.phase_name = self._line(form, self.tr("Phase:"), "name")
        self.phase_description = self._box(form, self.tr("Description:"), "description")

    def _build_lane_page(self) -> None:
        self.lane_page, form = self._form()
        self.lane_form = form
        self.lane_name = self._line(form, self.tr("Lane:"), "name")
        self.lane_kind = self._combo(form, self.tr("Kind:"), self._set_lane_kind)
        self.lane_kind.addItem(self.tr("Persona"), "persona")
        self.lane_kind.addItem(self.tr("Channel"), "channel")
        self.lane_kind.addItem(self.tr("Notes"), "notes")
        self.lane_kind.addItem(self.tr("Blueprint: evidence"), "evidence")
        self.lane_kind.addItem(self.tr("Blueprint: frontstage"), "frontstage")
        self.lane_kind.addItem(self.tr("Blueprint: backstage"), "backstage")
        self.lane_kind.addItem(self.tr("Blueprint: support"), "support")
        self.lane_persona = self._combo(
            form,
            self.tr("Persona:"),
            lambda v: self._set({"persona_id": v}, self.tr("Change lane persona")),
        )
        self.lane_channel = self._combo(
            form,
            self.tr("Channel:"),
            lambda v: self._set({"channel_id": v}, self.tr("Change lane channel")),
        )

    # -- showing -------------------------------------------------------------------------

    def set_document(self, document: JourneyDocument | None) -> None:
        if self._document is not None:
            self._document.changed.disconnect(self._on_changed)
        self._document = document
        if document is not None:
            document.changed.connect(self._on_changed)
        self.show_target("", "")
        self._load_workshop()

    def show_target(self, kind: str, row_id: str) -> None:
        """Show the card, phase or lane ``row_id`` ("" shows the hint)."""
        self.commit_pending()
        self.kind, self.row_id = kind, row_id
        self.reload()

    def commit_pending(self) -> None:
        """Commit the field being edited (before the target changes or the file closes)."""
        focus = self.focusWidget()
        if isinstance(focus, QLineEdit | TextBox) and self.isAncestorOf(focus):
            focus.editingFinished.emit()

    def _row(self) -> Any:
        if not self.kind or self._document is None:
            return None
        return self._document.get(self.kind, self.row_id)

    def reload(self) -> None:
        row = self._row()
        if row is None:
            self.kind = self.row_id = ""
            self._load_workshop()
            self.pages.setCurrentWidget(self.workshop_page)
            return
        self._loading = True
        try:
            if self.kind == "card":
                self._load_card(row)
                self.pages.setCurrentWidget(self.card_page)
            elif self.kind == "phase":
                self._set_text(self.phase_name, row.name)
                self._set_text(self.phase_description, row.description)
                self.pages.setCurrentWidget(self.phase_page)
            else:
                self._load_lane(row)
                self.pages.setCurrentWidget(self.lane_page)
        finally:
            self._loading = False

    def _set_text(self, widget: QLineEdit | TextBox, text: str) -> None:
        if widget.hasFocus() and widget.text() != text and self.kind:
            return  # the user is typing here; their text wins until they finish
        if widget.text() != text:
            widget.setText(text)

    def _load_card(self, card: Any) -> None:
        note = card.kind == "note"
        self.card_kind.setText(
            self.tr("Note: %s") % note_label(card.note_type) if note else self.tr("Touchpoint")
        )
        self._set_text(self.card_title, card.title)
        self._set_text(self.card_description, card.description)
        self._set_text(self.card_expectation, card.expectation)
        self._set_text(self.card_owner, card.owner)
        self._set_text(self.card_kpi, card.kpi)
        _combo_select(self.card_note_type, card.note_type)
        self.card_channel.clear()
        self.card_channel.addItem(self.tr("(no channel)"), None)
        for channel in self._shown_document().channels():
            self.card_channel.addItem(
                QIcon(icon_pixmap(channel.icon, 32)), channel.name, channel.id
            )
        _combo_select(self.card_channel, card.channel_id)
        _combo_select(self.card_direct, bool(card.direct))
        for widget in (
            self.card_channel,
            self.card_direct,
            self.card_expectation,
            self.card_kpi,
            self.card_score,
        ):
            self.card_form.setRowVisible(widget, not note)
        self.card_form.setRowVisible(self.card_note_type, note)
        self.card_score.setText(self._score_text(card.id) if not note else "")
        measured = "" if note else self._measured_text(card.id)
        self.card_measured.setText(measured)
        self.card_form.setRowVisible(self.card_measured, bool(measured))
        if self._document is not None:
            self.card_extras.load(self._document, card)

    def _measured_text(self, card_id: str) -> str:
        """One line per metric: its values in date order, the unit, the target, the dates."""
        document = self._document
        if document is None:
            return ""
        lines = []
        for metric, rows in series(document.card_measurements(card_id)):
            unit = rows[-1].unit
            values = " \u2192 ".join(f"{row.value:g}" for row in rows)
            line = f"{metric}: {values} {unit}".rstrip()
            if rows[-1].target is not None:
                line += self.tr(" (target %1)").replace("%1", f"{rows[-1].target:g}")
            line += (
                f", {rows[0].date} \u2013 {rows[-1].date}" if len(rows) > 1 else f", {rows[0].date}"
            )
            lines.append(line)
        return "\n".join(lines)

    def _shown_document(self) -> JourneyDocument:
        """The open document: rows are shown only while one is open."""
        assert self._document is not None
        return self._document

    def _load_workshop(self) -> None:
        document = self._document
        self.workshop_title.setEnabled(document is not None)
        self.workshop_language.setEnabled(document is not None)
        if document is None:
            return
        title = self.workshop_title
        if not (title.hasFocus() and title.isModified()):  # never under the user's typing
            title.setText(document.title())
        _combo_select(self.workshop_language, document.language())

    def _score_text(self, card_id: str) -> str:
        # From the file, not from the board: the board catches up in the next turn, and
        # the inspector must never show the averages of before the last rating.
        document = self._shown_document()
        score = aggregate(
            [
                rating
                for p in document.participants()
                if (rating := document.rating(card_id, p.id)) is not None
            ]
        )
        if not score.rated:
            return self.tr("Not rated yet")
        parts = [
            self.tr("experience %+.1f") % score.experience,
            self.tr("importance %.1f") % score.importance,
            self.tr("1 vote") if score.votes == 1 else self.tr("%d votes") % score.votes,
        ]
        if score.disagreement:
            parts.append(self.tr("participants disagree"))
        return ", ".join(parts)

    def _load_lane(self, lane: Any) -> None:
        self._set_text(self.lane_name, lane.name)
        _combo_select(self.lane_kind, lane.kind)
        self.lane_persona.clear()
        for persona in self._shown_document().personas():
            self.lane_persona.addItem(persona.name, persona.id)
        _combo_select(self.lane_persona, lane.persona_id)
        self.lane_channel.clear()
        self.lane_channel.addItem(self.tr("(no channel)"), None)
        for channel in self._shown_document().channels():
            self.lane_channel.addItem(
                QIcon(icon_pixmap(channel.icon, 32)), channel.name, channel.id
            )
        _combo_select(self.lane_channel, lane.channel_id)
        self.lane_form.setRowVisible(self.lane_persona, lane.kind == "persona")
        self.lane_form.setRowVisible(self.lane_channel, lane.kind == "channel")

    def _selection_count(self, ids: list[str]) -> None:
        if len(ids) > 1:
            self.empty.setText(self.tr("%d cards selected.") % len(ids))
        else:
            self.empty.setText(self.tr("Select a card, a phase or a lane to see its details."))

    def _on_changed(self, change: Change) -> None:
        if not self.kind and "workshop" in change.kinds():
            self._load_workshop()
        if self.kind and (
            self.kind in change.kinds()
            or "rating" in change.kinds()
            or "channel" in change.kinds()
            or "persona" in change.kinds()
            or "comment" in change.kinds()
        ):
            touched = change.ids(self.kind) | (
                change.ids("rating") if self.kind == "card" else set()
            )
            if self.kind == "card" and change.ids("comment"):
                touched.add(self.row_id)  # a comment's card is not in the change
            if self.row_id in touched or change.kinds() & {"channel", "persona"}:
                self.reload()

    # -- committing --------------------------------------------------------------------------

    def _set(self, fields: dict[str, Any], text: str | None = None) -> None:
        if self._loading or not self.kind:
            return
        self.scene.edits.update(self.kind, self.row_id, fields, text)
        self.reload()  # a refused edit shows the stored value again

    def _set_workshop(self, fields: dict[str, Any], text: str) -> None:
        document = self._document
        if self._loading or document is None:
            return
        try:
            execute(document, SetInfoCommand(document, fields, text))
        except JourneyError as error:
            self.scene.message.emit(self.tr("Not possible: %s") % error_text(error))
        self._load_workshop()

    def _commit_workshop_title(self) -> None:
        document = self._document
        self.workshop_title.setModified(False)
        title = self.workshop_title.text().strip()
        if document is None or title == document.title():
            return
        if not title:
            self.workshop_title.setText(document.title())
            return
        self._set_workshop({"title": title}, self.tr("Rename workshop"))

    def _commit_text(self, field: str, widget: QLineEdit | TextBox) -> None:
        if self._loading or not self.kind:
            return
        row = self._row()
        if row is None or getattr(row, field, None) == widget.text():
            return
        if field in ("name",) and not widget.text().strip():
            widget.setText(row.name)
            return
        texts = {
            "title": self.tr("Edit title"),
            "description": self.tr("Edit description"),
            "name": self.tr("Rename phase") if self.kind == "phase" else self.tr("Rename lane"),
        }
        self._set({field: widget.text()}, texts.get(field))

    def _set_lane_kind(self, kind: str) -> None:
        if self._loading or self.kind != "lane":
            return
        fields: dict[str, Any] = {"kind": kind, "persona_id": None, "channel_id": None}
        if kind == "persona":
            personas = self._shown_document().personas() if self._document else []
            if not personas:
                self.scene.message.emit(self.tr("Add a persona first"))
                self.reload()
                return
            lane = self._row()
            fields["persona_id"] = lane.persona_id or personas[0].id
        elif kind == "channel":
            fields["channel_id"] = self._row().channel_id
        self._set(fields, self.tr("Change lane kind"))
