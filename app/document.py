"""App: JourneyDocument, the open workshop as seen by the GUI.

It wraps a storage ``Workshop`` (every edit one committed transaction) and turns each
committed change into the ``changed`` signal, so views update only what an edit touched.
It owns the undo stack; the commands of ``app.commands`` are the only writers.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal
from PySide6.QtGui import QUndoStack

from app.mapdata import MapData, read_map
from storage import paths
from storage.errors import EditNotSaved
from storage.rows import (
    Card,
    Channel,
    Connection,
    JourneyMap,
    Lane,
    NoteType,
    Participant,
    Persona,
    Phase,
    Rating,
)
from storage.snapshots import SnapshotInfo, State
from storage.workshop import Change, Snapshot, Workshop

# How long an edit waits for a file another program holds before the window says so.
BUSY_NOTICE_SECONDS = 0.3


class JourneyDocument(QObject):
    """An open workshop file with its undo stack; emits ``changed(Change)`` after each edit."""

    changed = Signal(Change)
    closed = Signal()
    writeFailed = Signal(EditNotSaved)  # the file refused an edit (full, moved)
    # An undo or redo that the stack ran directly and that could not be written: the
    # message. (Undo and redo normally go through app.commands.undo/redo, which raise.)
    editFailed = Signal(str)  # camelCase, as Qt names signals
    # An edit has waited BUSY_NOTICE_SECONDS for a file another program holds; the wait
    # goes on (the window shows it, and may call ``cancel_wait``) until ``busyEnded``.
    busyStarted = Signal()  # camelCase, as Qt names signals
    busyEnded = Signal()  # camelCase, as Qt names signals
    snapshotsChanged = Signal()  # camelCase, as Qt names signals: taken or deleted

    def __init__(self, workshop: Workshop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.undo_stack = QUndoStack(self)
        # One read of each map is shared until the next committed edit: the board, the
        # filter bar and the panels each asked for their own (4 s at 100,000 cards).
        self._maps: dict[str, MapData] = {}
        workshop.listeners.append(self._forget_maps)  # before anyone hears the change
        # "URL#NAME" when this is the working copy of a workshop in a team library.
        self.source: str | None = None
        # Asked before an undo (with the step's commands); raises InvalidEdit to refuse it
        # (a team library's link: a row someone else changed since).
        self.undo_check: Callable[[list[Any]], None] | None = None
        self.snapshot_name: str | None = None  # set when it shows a snapshot, read-only
        workshop.listeners.append(self.changed.emit)
        workshop.on_busy = self._waiting
        self._busy_shown = False
        self._cancel_wait = False
        stat = os.stat(workshop.path)
        self._identity = (stat.st_dev, stat.st_ino)

    @classmethod
    def open(cls, path: Path | str, parent: QObject | None = None) -> JourneyDocument:
        """Open a workshop file for editing (raises a FileProblem when refused).

        A file whose edits could not be saved (marked read-only, or in a read-only
        folder) opens read-only instead: it can be looked at, exported and copied.
        """
        path = Path(path)
        return cls(Workshop.open(path, readonly=not paths.is_writable(path)), parent)

    @property
    def readonly(self) -> bool:
        return self.workshop.readonly

    @property
    def path(self) -> Path:
        return self.workshop.path

    def close(self) -> None:
        """Close the file; every edit is already saved."""
        self._maps.clear()
        self.workshop.listeners.clear()
        self.workshop.close()
        self.undo_stack.clear()
        self.closed.emit()

    # -- reading ------------------------------------------------------------------------

    def title(self) -> str:
        return self.workshop.info().title

    def language(self) -> str:
        return self.workshop.info().language

    def maps(self) -> list[JourneyMap]:
        return self.workshop.maps()

    def phases(self, map_id: str) -> list[Phase]:
        return self.workshop.phases(map_id)

    def lanes(self, map_id: str) -> list[Lane]:
        return self.workshop.lanes(map_id)

    def cards(self, map_id: str) -> list[Card]:
        return self.workshop.cards(map_id)

    def personas(self) -> list[Persona]:
        return self.workshop.personas()

    def participants(self) -> list[Participant]:
        return self.workshop.participants()

    def channels(self) -> list[Channel]:
        return self.workshop.channels()

    def note_types(self) -> list[NoteType]:
        return self.workshop.note_types()

    def connections(self, map_id: str) -> list[Connection]:
        return self.workshop.connections(map_id)

    def get(self, kind: str, row_id: str) -> Any:
        return self.workshop.get(kind, row_id)

    def rating(self, card_id: str, participant_id: str) -> tuple[int, int] | None:
        return self.workshop.rating(card_id, participant_id)

    def ratings(self, map_id: str) -> dict[str, list[Rating]]:
        return self.workshop.ratings(map_id)

    def index_of(self, kind: str, row_id: str) -> int:
        return self.workshop.index_of(kind, row_id)

    def actions(self, map_id: str) -> list[Any]:
        return self.workshop.actions(map_id)

    def action_cards(self, map_id: str) -> dict[str, list[str]]:
        return self.workshop.action_cards(map_id)

    def comments(self, card_id: str) -> list[Any]:
        return self.workshop.comments(card_id)

    def comments_of_map(self, map_id: str) -> dict[str, list[Any]]:
        return self.workshop.comments_of_map(map_id)

    def map_data(self, map_id: str) -> MapData:
        """The rows and scores of ``map_id`` as committed now; shared by every reader
        until the next edit, so nobody changes what it holds."""
        data = self._maps.get(map_id)
        if data is None:
            data = self._maps[map_id] = read_map(self.workshop, map_id)
        return data

    def _forget_maps(self, _change: object) -> None:
        self._maps.clear()

    @contextmanager
    def reading(self) -> Iterator[None]:
        with self.workshop.reading():
            yield

    # -- waiting for a busy file ---------------------------------------------------------

    def _waiting(self, seconds: float | None) -> bool:
        """Storage's word on a wait for the file (None: it ended); False stops waiting."""
        if seconds is None:
            shown, self._busy_shown, self._cancel_wait = self._busy_shown, False, False
            if shown:
                self.busyEnded.emit()
            return True
        if seconds >= BUSY_NOTICE_SECONDS:
            if not self._busy_shown:
                self._busy_shown = True
                self.busyStarted.emit()
            # The indication paints and its Cancel button can be pressed; the window's
            # other input waits (the indication is modal, and storage refuses an edit
            # asked for during the wait).
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return not self._cancel_wait

    def cancel_wait(self) -> None:
        """Stop waiting for the busy file: the edit under way is not made."""
        self._cancel_wait = True

    # -- editing: called by app.commands only ------------------------------------------

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Tell ``writeFailed`` about an edit the file refused, then let it propagate."""
        try:
            yield
        except EditNotSaved as error:
            self.writeFailed.emit(error)
            raise

    def file_moved(self) -> bool:
        """True when the open file was renamed, moved or deleted behind our back."""
        try:
            now = os.stat(self.path)
        except OSError:
            return True
        return (now.st_dev, now.st_ino) != self._identity

    def add(self, kind: str, /, index: int | None = None, **fields: Any) -> str:
        with self._writing():
            return self.workshop.add(kind, index, **fields)

    def update(self, kind: str, row_id: str, /, **fields: Any) -> dict[str, Any]:
        with self._writing():
            return self.workshop.update(kind, row_id, **fields)

    def move(self, kind: str, row_id: str, index: int, /, **parent: str) -> dict[str, Any]:
        with self._writing():
            return self.workshop.move(kind, row_id, index, **parent)

    def delete(self, kind: str, row_id: str) -> Snapshot:
        with self._writing():
            return self.workshop.delete(kind, row_id)

    def restore(self, snapshot: Snapshot) -> None:
        with self._writing():
            self.workshop.restore(snapshot)

    def set_rating(
        self, card_id: str, participant_id: str, value: tuple[int, int] | None
    ) -> tuple[int, int] | None:
        with self._writing():
            return self.workshop.set_rating(card_id, participant_id, value)

    def set_ratings(
        self, items: list[tuple[str, str, tuple[int, int] | None]]
    ) -> list[tuple[int, int] | None]:
        """Several ratings in one transaction (the room's arrivals); the previous values."""
        with self._writing():
            return self.workshop.set_ratings(items)

    def duplicate_map(
        self, map_id: str, name: str, kind: str = "to-be", copy_ratings: bool = True
    ) -> str:
        with self._writing():
            return self.workshop.duplicate_map(map_id, name, kind, copy_ratings)

    def set_info(self, **fields: Any) -> dict[str, Any]:
        with self._writing():
            return self.workshop.set_info(**fields)

    def set_action_cards(self, action_id: str, card_ids: list[str]) -> list[str]:
        with self._writing():
            return self.workshop.set_action_cards(action_id, card_ids)

    # -- snapshots (app.snapshots): named states of the whole workshop -------------------

    def snapshots(self) -> list[SnapshotInfo]:
        return self.workshop.snapshots()

    def take_snapshot(self, name: str, reason: str = "") -> str:
        with self._writing():
            snapshot_id = self.workshop.take_snapshot(name, reason)
        self.snapshotsChanged.emit()
        return snapshot_id

    def delete_snapshot(self, snapshot_id: str) -> None:
        with self._writing():
            self.workshop.delete_snapshot(snapshot_id)
        self.snapshotsChanged.emit()

    def snapshot_state(self, snapshot_id: str) -> State:
        return self.workshop.snapshot_state(snapshot_id)

    def current_state(self) -> State:
        return self.workshop.current_state()

    def replace_state(self, state: State) -> None:
        with self._writing():
            self.workshop.replace_state(state)

    # -- measurements of touchpoints (app.measurements) -----------------------------------

    def measurements(self, map_id: str) -> dict[str, list[Any]]:
        return self.workshop.measurements(map_id)

    def card_measurements(self, card_id: str) -> list[Any]:
        return self.workshop.card_measurements(card_id)

    def import_measurements(
        self, rows: list[dict[str, Any]]
    ) -> tuple[list[str], list[dict[str, Any]]]:
        with self._writing():
            return self.workshop.import_measurements(rows)

    def add_measurements(self, rows: list[dict[str, Any]]) -> list[str]:
        with self._writing():
            return self.workshop.add_measurements(rows)

    def remove_measurements(self, ids: list[str]) -> list[dict[str, Any]]:
        with self._writing():
            return self.workshop.remove_measurements(ids)


__all__ = ["Change", "JourneyDocument", "MapData", "read_map"]
