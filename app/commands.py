"""App: one QUndoCommand per user edit; each only calls JourneyDocument methods.

Run commands with ``execute(document, command)``: the edit is applied in Python first, so
a refused edit raises (and nothing is pushed); on success the command goes on the stack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.document import JourneyDocument
from storage.errors import InvalidEdit
from storage.workshop import Snapshot


def kind_label(kind: str) -> str:
    """The translated name of an entity kind, for command texts."""
    labels = {
        "participant": QCoreApplication.translate("commands", "participant"),
        "persona": QCoreApplication.translate("commands", "persona"),
        "channel": QCoreApplication.translate("commands", "channel"),
        "map": QCoreApplication.translate("commands", "map"),
        "phase": QCoreApplication.translate("commands", "phase"),
        "lane": QCoreApplication.translate("commands", "lane"),
        "card": QCoreApplication.translate("commands", "card"),
        "note_type": QCoreApplication.translate("commands", "note type"),
        "connection": QCoreApplication.translate("commands", "connection"),
        "action": QCoreApplication.translate("commands", "action"),
        "comment": QCoreApplication.translate("commands", "comment"),
    }
    return labels[kind]


class Command(QUndoCommand):
    """Base: ``apply`` does the edit, ``revert`` undoes it; both call the document only.

    Undo and redo go through ``undo(document)`` / ``redo(document)``: they write first and
    move the stack only when the write succeeded. ``undo()`` and ``redo()`` here, which
    the stack calls, then have nothing left to do. Should anything call them directly and
    the write fail, the error is reported through ``document.editFailed``: an exception
    must never reach Qt's C++ (PySide would lose it, or crash inside a macro).
    """

    def __init__(self, document: JourneyDocument, text: str) -> None:
        super().__init__(text)
        self.document = document
        self._already_done = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, work: Callable[[], None]) -> None:
        if self._already_done:
            self._already_done = False
            return
        try:
            work()
        except Exception as error:  # reported, never raised into Qt
            self.document.editFailed.emit(str(error))


C = TypeVar("C", bound="Command")


def execute(document: JourneyDocument, command: C) -> C:
    """Apply ``command`` now (raising if refused) and push it on the document's undo stack."""
    command.apply()
    command._already_done = True
    document.undo_stack.push(command)
    return command


def undo(document: JourneyDocument) -> bool:
    """Undo the last step (a whole gesture) in one transaction, then move the stack.

    Raises EditNotSaved (an InvalidEdit) when the file cannot be written (a full disk,
    another program reading it for longer than the busy timeout): then the file, the
    stack and the board stay as they were. Returns False when there is nothing to undo.
    """
    stack = document.undo_stack
    if not stack.canUndo():
        return False
    commands = _commands_of(stack.command(stack.index() - 1))
    if document.undo_check is not None:
        document.undo_check(commands)
    if commands:  # an empty step (a gesture refused at its start) needs no transaction
        with document.workshop.batch():
            for command in reversed(commands):
                command.revert()
    for command in commands:
        command._already_done = True
    stack.undo()
    return True


def redo(document: JourneyDocument) -> bool:
    """Redo the next step in one transaction, then move the stack (see ``undo``)."""
    stack = document.undo_stack
    if not stack.canRedo():
        return False
    commands = _commands_of(stack.command(stack.index()))
    with document.workshop.batch():
        for command in commands:
            command.apply()
    for command in commands:
        command._already_done = True
    stack.redo()
    return True


def _commands_of(step: QUndoCommand) -> list[Command]:
    """The commands of one stack entry in the order they were done (a macro's children)."""
    if isinstance(step, Command):
        return [step]
    found: list[Command] = []
    for index in range(step.childCount()):
        found += _commands_of(step.child(index))
    return found


@contextmanager
def macro(document: JourneyDocument, text: str) -> Iterator[None]:
    """Group several executed commands into one undo step; a failure undoes the partial group.

    Should that undo fail too (the disk is full), the part already done stays on the
    stack as an undoable step, as it stays in the file.
    """
    stack = document.undo_stack
    stack.beginMacro(text)
    try:
        yield
    except BaseException:
        stack.endMacro()
        try:
            undo(document)
        except InvalidEdit:
            pass  # the part already done stays undoable, as it stays in the file
        else:
            stack.push(_Noop())  # an obsolete command: clears the half-done macro from redo
        raise
    stack.endMacro()


class _Noop(QUndoCommand):
    def __init__(self) -> None:
        super().__init__("")
        self.setObsolete(True)


class AddCommand(Command):
    """Create a row; undo deletes it (with what was added to it since), redo restores it."""

    def __init__(
        self,
        document: JourneyDocument,
        kind: str,
        fields: dict[str, Any],
        index: int | None = None,
        text: str | None = None,
    ) -> None:
        super().__init__(
            document, text or QCoreApplication.translate("commands", "Add %s") % kind_label(kind)
        )
        self.kind, self.fields, self.index = kind, fields, index
        self.row_id = ""  # the new row's id, once applied
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        if self._snapshot is None:
            self.row_id = self.document.add(self.kind, self.index, **self.fields)
        else:
            self.document.restore(self._snapshot)

    def revert(self) -> None:
        assert self.row_id
        self._snapshot = self.document.delete(self.kind, self.row_id)


class DeleteCommand(Command):
    """Delete a row and what depends on it; undo puts all of it back in place."""

    def __init__(
        self, document: JourneyDocument, kind: str, row_id: str, text: str | None = None
    ) -> None:
        text = text or QCoreApplication.translate("commands", "Delete %s") % kind_label(kind)
        super().__init__(document, text)
        self.kind, self.row_id = kind, row_id
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        self._snapshot = self.document.delete(self.kind, self.row_id)

    def revert(self) -> None:
        assert self._snapshot is not None
        self.document.restore(self._snapshot)


class UpdateCommand(Command):
    """Set fields of a row (rename, edit a card field, recolour a persona...)."""

    def __init__(
        self,
        document: JourneyDocument,
        kind: str,
        row_id: str,
        fields: dict[str, Any],
        text: str | None = None,
    ) -> None:
        super().__init__(
            document, text or QCoreApplication.translate("commands", "Edit %s") % kind_label(kind)
        )
        self.kind, self.row_id, self.fields = kind, row_id, fields
        self._old: dict[str, Any] = {}

    def apply(self) -> None:
        self._old = self.document.update(self.kind, self.row_id, **self.fields)

    def revert(self) -> None:
        self.document.update(self.kind, self.row_id, **self._old)


class MoveCommand(Command):
    """Move a row to another index (a card also to another cell)."""

    def __init__(
        self,
        document: JourneyDocument,
        kind: str,
        row_id: str,
        index: int,
        parent: dict[str, str] | None = None,
        text: str | None = None,
    ) -> None:
        super().__init__(
            document, text or QCoreApplication.translate("commands", "Move %s") % kind_label(kind)
        )
        self.kind, self.row_id, self.index = kind, row_id, index
        self.parent = parent or {}
        self._old: dict[str, Any] = {}

    def apply(self) -> None:
        self._old = self.document.move(self.kind, self.row_id, self.index, **self.parent)

    def revert(self) -> None:
        old = dict(self._old)
        index = old.pop("index")
        self.document.move(self.kind, self.row_id, index, **old)


class RateCommand(Command):
    """Set or clear one participant's rating of a touchpoint."""

    def __init__(
        self,
        document: JourneyDocument,
        card_id: str,
        participant_id: str,
        value: tuple[int, int] | None,
        text: str | None = None,
    ) -> None:
        if text is None:
            text = (
                QCoreApplication.translate("commands", "Rate card")
                if value
                else QCoreApplication.translate("commands", "Clear rating")
            )
        super().__init__(document, text)
        self.card_id, self.participant_id, self.value = card_id, participant_id, value
        self._old: tuple[int, int] | None = None

    def apply(self) -> None:
        self._old = self.document.set_rating(self.card_id, self.participant_id, self.value)

    def revert(self) -> None:
        self.document.set_rating(self.card_id, self.participant_id, self._old)


class DuplicateMapCommand(Command):
    """Make a to-be map from a map (phases, lanes, cards with lineage, ratings)."""

    def __init__(
        self,
        document: JourneyDocument,
        map_id: str,
        name: str,
        kind: str = "to-be",
        text: str | None = None,
        *,
        copy_ratings: bool = True,
    ) -> None:
        super().__init__(document, text or QCoreApplication.translate("commands", "New to-be map"))
        self.map_id, self.name, self.kind = map_id, name, kind
        self.copy_ratings = copy_ratings
        self.new_map_id = ""  # the new map's id, once applied
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        if self._snapshot is None:
            self.new_map_id = self.document.duplicate_map(
                self.map_id, self.name, self.kind, self.copy_ratings
            )
        else:
            self.document.restore(self._snapshot)

    def revert(self) -> None:
        assert self.new_map_id
        self._snapshot = self.document.delete("map", self.new_map_id)


class SetInfoCommand(Command):
    """Change the workshop's title or language."""

    def __init__(
        self, document: JourneyDocument, fields: dict[str, Any], text: str | None = None
    ) -> None:
        super().__init__(document, text or QCoreApplication.translate("commands", "Edit workshop"))
        self.fields = fields
        self._old: dict[str, Any] = {}

    def apply(self) -> None:
        self._old = self.document.set_info(**self.fields)

    def revert(self) -> None:
        self.document.set_info(**self._old)
