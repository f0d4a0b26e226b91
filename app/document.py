"""App: JourneyDocument, the open workshop as seen by the GUI.

It wraps a storage ``Workshop`` (every edit one committed transaction) and turns each
committed change into the ``changed`` signal, so views update only what an edit touched.
It owns the undo stack; the commands of ``app.commands`` are the only writers.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from app.mapdata import MapData, read_map
from storage import paths
from storage.errors import EditNotSaved
from storage.rows import Card, Channel, JourneyMap, Lane, Participant, Persona, Phase, Rating
from storage.snapshots import SnapshotInfo, State
from storage.workshop import Change, Snapshot, Workshop


class JourneyDocument(QObject):
    """An open workshop file with its undo stack; emits ``changed(Change)`` after each edit."""

    changed = Signal(object)
    closed = Signal()
    writeFailed = Signal(object)  # an EditNotSaved: the file refused an edit (full, moved)
    # An undo or redo that the stack ran directly and that could not be written: the
    # message. (Undo and redo normally go through app.commands.undo/redo, which raise.)
    editFailed = Signal(str)  # noqa: N815 - Qt signal naming
    snapshotsChanged = Signal()  # noqa: N815 - a snapshot was taken or deleted

    def __init__(self, workshop: Workshop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.undo_stack = QUndoStack(self)
        self.snapshot_name: str | None = None  # set when it shows a snapshot, read-only
        workshop.listeners.append(self.changed.emit)
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

    def get(self, kind: str, row_id: str) -> Any:
        return self.workshop.get(kind, row_id)

    def rating(self, card_id: str, participant_id: str) -> tuple[int, int] | None:
        return self.workshop.rating(card_id, participant_id)

    def ratings(self, map_id: str) -> dict[str, list[Rating]]:
        return self.workshop.ratings(map_id)

    def index_of(self, kind: str, row_id: str) -> int:
        return self.workshop.index_of(kind, row_id)

    def map_data(self, map_id: str) -> MapData:
        return read_map(self.workshop, map_id)

    @contextmanager
    def reading(self) -> Iterator[None]:
        with self.workshop.reading():
            yield

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
