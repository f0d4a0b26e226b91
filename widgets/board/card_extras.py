"""GUI: the inspector's evidence and comments of a card.

Evidence: what the card rests on (assumption, reported, observed) and its source.
Comments: who wrote what and when (the current participant, as the "Rating as" badge
names them), each resolvable. Every change is one undo step; the box follows the
document, so an undo shows here at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import actions as words
from app.commands import Command, UpdateCommand, execute
from app.commands_actions import add_comment
from app.document import JourneyDocument
from app.errors import InvalidEdit

ID_ROLE = Qt.ItemDataRole.UserRole


def evidence_text(evidence: str) -> str:
    """The evidence kind in the interface language."""
    return QCoreApplication.translate(words.CONTEXT, words.EVIDENCE_LABELS[evidence])


def comment_time(created: str) -> str:
    """A comment's time in the user's locale and time zone (as stored when unreadable)."""
    moment = QDateTime.fromString(created, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return created
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class CardExtras(QWidget):
    """Evidence and comments of one card (``load(card)``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: JourneyDocument | None = None
        self.card_id = ""
        self._loading = False
        # Who writes a comment: the window sets it to the current participant's name.
        self.author: Callable[[], str] = lambda: ""

        self.evidence = QComboBox()
        for evidence in words.EVIDENCE:
            self.evidence.addItem(evidence_text(evidence), evidence)
        self.evidence.setToolTip(
            self.tr(
                "Assumption: nobody checked it yet. Reported: someone said so. "
                "Observed: seen in data or in research."
            )
        )
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. interview, call log, survey"))
        self.comments = QListWidget()
        self.comments.setWordWrap(True)
        self.comments.setMaximumHeight(140)
        self.comment_edit = QLineEdit()
        self.comment_edit.setPlaceholderText(self.tr("Write a comment, press Enter"))
        self.resolve_button = QPushButton(self.tr("Resolve"))
        self.count_label = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #B71C1C; }")

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Evidence:"), self.evidence)
        form.addRow(self.tr("Source:"), self.source)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.comments)
        layout.addWidget(self.comment_edit)
        layout.addWidget(self.message)

        self.evidence.activated.connect(lambda _i: self._set_evidence())
        self.source.editingFinished.connect(self._set_source)
        self.comment_edit.returnPressed.connect(self._add_comment)
        self.resolve_button.clicked.connect(self._toggle_resolved)
        self.comments.currentRowChanged.connect(lambda _r: self._show_resolve())

    # -- showing ----------------------------------------------------------------------

    def load(self, document: JourneyDocument, card: Any) -> None:
        """Show ``card``'s evidence and comments."""
        self.document = document
        if card.id != self.card_id:
            self.message.clear()
        self.card_id = card.id
        self._loading = True
        self.evidence.setCurrentIndex(words.EVIDENCE.index(card.evidence))
        if not (self.source.hasFocus() and self.source.isModified()):
            self.source.setText(card.source)
        chosen = self._chosen()
        self.comments.clear()
        found = document.comments(card.id)
        for comment in found:
            item = QListWidgetItem(self._comment_line(comment))
            item.setData(ID_ROLE, comment.id)
            if comment.resolved:
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(Qt.GlobalColor.gray)
            self.comments.addItem(item)
            if comment.id == chosen:
                self.comments.setCurrentItem(item)
        open_count = sum(not c.resolved for c in found)
        self.count_label.setText(
            self.tr("Comments: %d open of %d") % (open_count, len(found))
            if found
            else self.tr("No comments")
        )
        self._loading = False
        self._show_resolve()

    def _comment_line(self, comment: Any) -> str:
        author = comment.author or self.tr("(no name)")
        return f"{author} · {comment_time(comment.created)}\n{comment.text}"

    def _chosen(self) -> str | None:
        item = self.comments.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def _show_resolve(self) -> None:
        comment = self._comment(self._chosen())
        self.resolve_button.setEnabled(comment is not None)
        self.resolve_button.setText(
            self.tr("Reopen") if comment is not None and comment.resolved else self.tr("Resolve")
        )

    def _comment(self, comment_id: str | None) -> Any:
        if self.document is None or comment_id is None:
            return None
        return self.document.get("comment", comment_id)

    # -- editing --------------------------------------------------------------------------

    def _run(self, command: Command) -> None:
        assert self.document is not None
        try:
            execute(self.document, command)
        except InvalidEdit as error:
            self.message.setText(str(error))
        else:
            self.message.clear()

    def _set_evidence(self) -> None:
        if self._loading or self.document is None:
            return
        self._run(
            UpdateCommand(
                self.document,
                "card",
                self.card_id,
                {"evidence": self.evidence.currentData()},
                text=self.tr("Change evidence"),
            )
        )

    def _set_source(self) -> None:
        if self._loading or self.document is None or not self.source.isModified():
            return
        self.source.setModified(False)
        card = self.document.get("card", self.card_id)
        text = self.source.text().strip()
        if card is None or card.source == text:
            return
        self._run(
            UpdateCommand(
                self.document, "card", self.card_id, {"source": text}, text=self.tr("Edit source")
            )
        )

    def _add_comment(self) -> None:
        text = self.comment_edit.text().strip()
        if self.document is None or not text:
            return
        self._run(add_comment(self.document, self.card_id, self.author(), text))
        self.comment_edit.clear()

    def _toggle_resolved(self) -> None:
        comment = self._comment(self._chosen())
        if comment is None or self.document is None:
            return
        text = self.tr("Reopen comment") if comment.resolved else self.tr("Resolve comment")
        self._run(
            UpdateCommand(
                self.document, "comment", comment.id, {"resolved": not comment.resolved}, text=text
            )
        )
