"""App: the undo commands of actions and comments; each only calls JourneyDocument methods.

Editing an action's fields, deleting it, adding or resolving a comment and setting a
card's evidence use the generic commands of ``app.commands`` (UpdateCommand,
DeleteCommand, AddCommand); what needs more than one row in one step is here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.commands import AddCommand, Command
from app.document import JourneyDocument
from storage.workshop import Snapshot


class CreateActionCommand(Command):
    """Create an action about some cards, in one step; undo removes it with its links."""

    def __init__(
        self,
        document: JourneyDocument,
        map_id: str,
        card_ids: list[str],
        fields: dict[str, Any],
        text: str | None = None,
    ) -> None:
        super().__init__(document, text or QCoreApplication.translate("commands", "New action"))
        self.map_id, self.card_ids, self.fields = map_id, list(card_ids), fields
        self.action_id: str | None = None
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        if self._snapshot is not None:  # a redo: the same id, links and place
            self.document.restore(self._snapshot)
            return
        # Both rows in the step's one transaction: never an action without its cards.
        with self.document.workshop.batch():
            self.action_id = self.document.add("action", map_id=self.map_id, **self.fields)
            self.document.set_action_cards(self.action_id, self.card_ids)

    def revert(self) -> None:
        assert self.action_id is not None
        self._snapshot = self.document.delete("action", self.action_id)


class SetActionCardsCommand(Command):
    """Set the cards an action is about."""

    def __init__(self, document: JourneyDocument, action_id: str, card_ids: list[str]) -> None:
        super().__init__(document, QCoreApplication.translate("commands", "Edit action cards"))
        self.action_id, self.card_ids = action_id, list(card_ids)
        self._old: list[str] = []

    def apply(self) -> None:
        self._old = self.document.set_action_cards(self.action_id, self.card_ids)

    def revert(self) -> None:
        self.document.set_action_cards(self.action_id, self._old)


def add_comment(
    document: JourneyDocument, card_id: str, author: str, text: str, now: dt.datetime | None = None
) -> AddCommand:
    """The command that adds a comment by ``author`` now (UTC, to the second)."""
    created = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0).isoformat()
    return AddCommand(
        document,
        "comment",
        {"card_id": card_id, "author": author, "created": created, "text": text},
        text=QCoreApplication.translate("commands", "Add comment"),
    )
