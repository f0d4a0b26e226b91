"""App: the undoable edits of connections between cards (arrows: next step, branch, loop).

Each is one command on the document's undo stack built from the generic commands of
``app.commands``; deleting a card deletes its connections in the same step (storage's
snapshot holds both), so one undo brings both back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.commands import AddCommand, Command, DeleteCommand, UpdateCommand, execute
from app.document import JourneyDocument
from storage.errors import InvalidEdit
from storage.vocabulary import CONNECTION_KINDS


def kind_name(kind: str) -> str:
    """The translated name of a connection kind, for menus and the legend."""
    names = {
        "flow": QCoreApplication.translate("connections", "Next step"),
        "alternative": QCoreApplication.translate("connections", "Branch"),
        "return": QCoreApplication.translate("connections", "Loop back"),
    }
    return names[kind]


def connect(
    document: JourneyDocument, from_card: str, to_card: str, kind: str = "flow", label: str = ""
) -> str:
    """Draw a connection from one card to another of the same map; returns its id.

    Refused (InvalidEdit, nothing pushed) for a card and itself, cards of two maps, or
    an arrow that is already there.
    """
    card = document.get("card", from_card)
    for end in (from_card, to_card):
        if document.get("card", end) is None:
            raise InvalidEdit(f"no card with id {end!r}")
    if kind not in CONNECTION_KINDS:
        raise InvalidEdit(f"connection.kind: must be {', '.join(CONNECTION_KINDS)}")
    for existing in document.connections(card.map_id):
        if (existing.from_card, existing.to_card) == (from_card, to_card):
            raise InvalidEdit(
                QCoreApplication.translate("connections", "These cards are already connected")
            )
    command = AddCommand(
        document,
        "connection",
        {
            "map_id": card.map_id,
            "from_card": from_card,
            "to_card": to_card,
            "kind": kind,
            "label": label,
        },
        text=QCoreApplication.translate("connections", "Connect cards"),
    )
    execute(document, command)
    assert command.row_id is not None
    return command.row_id


def relabel(document: JourneyDocument, connection_id: str, label: str) -> Command:
    """Change the short text shown on a connection."""
    return execute(
        document,
        UpdateCommand(
            document,
            "connection",
            connection_id,
            {"label": label},
            text=QCoreApplication.translate("connections", "Relabel connection"),
        ),
    )


def set_kind(document: JourneyDocument, connection_id: str, kind: str) -> Command:
    """Make a connection the next step, a branch or a loop back."""
    return execute(
        document,
        UpdateCommand(
            document,
            "connection",
            connection_id,
            {"kind": kind},
            text=QCoreApplication.translate("connections", "Change connection to %s")
            % kind_name(kind),
        ),
    )


def disconnect(document: JourneyDocument, connection_id: str) -> Command:
    """Delete a connection (the cards stay)."""
    return execute(
        document,
        DeleteCommand(
            document,
            "connection",
            connection_id,
            text=QCoreApplication.translate("connections", "Delete connection"),
        ),
    )
