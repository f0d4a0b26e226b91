"""Undo and redo whose write fails (a full disk, a reader holding the file) never crash and
leave the stack, the file and the listeners consistent: the step stays where it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app import commands
from app.commands import DeleteCommand, MoveCommand, RateCommand, execute, macro
from export.interchange import dump
from storage.errors import EditNotSaved
from storage.workshop import Workshop


class FailingConnection:
    """The workshop's connection, failing on demand as a full disk does.

    ``fail_at``: the statement prefix that raises (``"COMMIT"``: the disk fills as the
    transaction is written) or ``"after:N"``: the N-th statement from now raises.
    """

    def __init__(self, real: sqlite3.Connection) -> None:
        self._real = real
        self.fail_at: str | None = None
        self.count = 0

    def execute(self, sql: str, *args: Any) -> Any:
        if self.fail_at is not None:
            self.count += 1
            due = (
                sql.startswith(self.fail_at)
                if not self.fail_at.startswith("after:")
                else self.count == int(self.fail_at[6:])
            )
            if due:
                raise sqlite3.OperationalError("database or disk is full")
        return self._real.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


@pytest.fixture
def failing(doc: Any) -> FailingConnection:
    wrapper = FailingConnection(doc.workshop.connection)
    doc.workshop.connection = wrapper
    return wrapper


def _file(path: Path) -> dict[str, Any]:
    with Workshop.open(path, readonly=True) as other:
        return dump(other)


def _three_card_gesture(doc: Any) -> list[str]:
    """Delete three cards as one undo step (a multi-selection's Delete)."""
    map_id = doc.maps()[0].id
    ids = [card.id for card in doc.cards(map_id)[:3]]
    with macro(doc, "Delete cards"):
        for card_id in ids:
            execute(doc, DeleteCommand(doc, "card", card_id))
    return ids


@pytest.mark.parametrize("fail_at", ["COMMIT", "after:3", "BEGIN"])
def test_failed_undo_of_a_three_command_gesture_changes_nothing(
    doc: Any, failing: FailingConnection, fail_at: str
) -> None:
    before_gesture = _file(doc.path)
    ids = _three_card_gesture(doc)
    after_gesture = _file(doc.path)
    heard: list[Any] = []
    doc.changed.connect(heard.append)
    stack = doc.undo_stack

    failing.fail_at = fail_at
    with pytest.raises(EditNotSaved, match="could not be saved.*disk is full"):
        commands.undo(doc)
    assert (stack.index(), stack.canUndo(), stack.canRedo()) == (1, True, False)
    assert _file(doc.path) == after_gesture
    assert heard == []  # the board is told nothing: nothing changed
    assert all(doc.get("card", card_id) is None for card_id in ids)

    failing.fail_at = None  # the disk has room again: the same undo works
    assert commands.undo(doc)
    assert (stack.index(), stack.canRedo()) == (0, True)
    assert _file(doc.path) == before_gesture
    assert {key for change in heard for key in change.added} >= {("card", i) for i in ids}

    failing.fail_at, failing.count = fail_at, 0
    with pytest.raises(EditNotSaved):
        commands.redo(doc)
    assert (stack.index(), stack.canRedo()) == (0, True)
    assert _file(doc.path) == before_gesture
    failing.fail_at = None
    assert commands.redo(doc)
    assert _file(doc.path) == after_gesture and stack.index() == 1


@pytest.mark.parametrize("make", ["move", "rate"])
def test_failed_undo_of_one_command_keeps_undo_not_redo(
    doc: Any, failing: FailingConnection, make: str
) -> None:
    map_id = doc.maps()[0].id
    card = next(c for c in doc.cards(map_id) if c.kind == "touchpoint")
    if make == "move":
        execute(doc, MoveCommand(doc, "card", card.id, 0))
    else:
        execute(doc, RateCommand(doc, card.id, doc.participants()[0].id, (2, 5)))
    done = _file(doc.path)
    failing.fail_at = "COMMIT"
    with pytest.raises(EditNotSaved):
        commands.undo(doc)
    stack = doc.undo_stack
    assert (stack.index(), stack.canUndo(), stack.canRedo()) == (1, True, False)
    assert _file(doc.path) == done


def test_a_reader_holding_the_file_makes_undo_fail_cleanly(doc: Any) -> None:
    """A real lock, no injection: another connection in a read transaction (as a long
    export is) keeps SQLite from writing; the undo waits its busy timeout and gives up."""
    _three_card_gesture(doc)
    after_gesture = _file(doc.path)
    doc.workshop.waiter.seconds = 0.05
    reader = sqlite3.connect(doc.path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM card").fetchone()  # holds a SHARED lock
        with pytest.raises(EditNotSaved, match="database is locked"):
            commands.undo(doc)
        assert (doc.undo_stack.index(), doc.undo_stack.canRedo()) == (1, False)
    finally:
        reader.close()
    assert _file(doc.path) == after_gesture
    assert commands.undo(doc)


def test_the_stack_calling_a_failing_undo_directly_reports_it_and_does_not_crash(
    doc: Any, failing: FailingConnection
) -> None:
    """Before: exit 139 (an exception inside a macro's children in C++)."""
    _three_card_gesture(doc)
    after_gesture = _file(doc.path)
    reported: list[str] = []
    doc.editFailed.connect(reported.append)
    failing.fail_at = "COMMIT"
    doc.undo_stack.undo()
    assert len(reported) == 3 and all("disk is full" in m for m in reported)
    assert _file(doc.path) == after_gesture
