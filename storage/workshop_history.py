"""Storage: the snapshots and measurements of an open workshop (a part of ``Workshop``).

``storage.workshop.Workshop`` inherits these methods; they use its transaction and
reading helpers, so every write is one committed transaction that tells the listeners.
"""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storage import measurements, snapshots
from storage.rows import GROUP, Rows, check_text

if TYPE_CHECKING:
    from storage.changes import Change
    from storage.workshop import Workshop


class HistoryMixin:
    """Snapshots (named states of the whole workshop) and measurements of touchpoints."""

    path: Path
    _snapshot: bool

    if TYPE_CHECKING:

        def _connection(self) -> sqlite3.Connection: ...
        def _rows(self) -> Rows: ...
        def reading(self) -> AbstractContextManager[None]: ...
        def _edit(
            self, *, deferred: bool = False
        ) -> AbstractContextManager[tuple[Rows, Change]]: ...

    # -- snapshots: named states of the whole workshop (storage.snapshots) -----------------

    def snapshots(self) -> list[snapshots.SnapshotInfo]:
        """The file's snapshots, oldest first."""
        return snapshots.listing(self._connection())

    def find_snapshot(self, name: str) -> snapshots.SnapshotInfo:
        """The snapshot called ``name``; an InvalidEdit names the ones there are."""
        return snapshots.find(self._connection(), name)

    def take_snapshot(self, name: str, reason: str = "") -> str:
        """Freeze the whole workshop under ``name``; returns the snapshot's id."""
        check_text("snapshot.name", name)
        snapshot_id = _new_id("snapshot")
        with self._edit() as (rows, _change):
            snapshots.take(rows.c, snapshot_id, name, reason)
        return snapshot_id

    def delete_snapshot(self, snapshot_id: str) -> None:
        with self._edit() as (rows, _change):
            snapshots.delete(rows.c, snapshot_id)

    def snapshot_state(self, snapshot_id: str) -> snapshots.State:
        with self.reading():
            return snapshots.state_of(self._connection(), snapshot_id)

    def current_state(self) -> snapshots.State:
        with self.reading():
            return snapshots.capture(self._connection())

    def replace_state(self, state: snapshots.State) -> None:
        """Make the whole workshop ``state`` in one edit (restoring a snapshot, its undo).

        Listeners hear every board row as removed, added or updated.
        """
        with self._edit(deferred=True) as (rows, change):
            before = snapshots.capture(rows.c).keys()
            snapshots.replace_content(rows.c, state)
            after = snapshots.capture(rows.c).keys()
            shown_kinds = set(GROUP) | {"rating"}
            change.removed |= {key for key in before - after if key[0] in shown_kinds}
            change.added |= {key for key in after - before if key[0] in shown_kinds}
            change.updated |= {key for key in before & after if key[0] in shown_kinds}
            change.updated.add(("workshop", "1"))

    def snapshot_view(self, snapshot_id: str) -> Workshop:
        """A read-only workshop in memory holding what the snapshot froze."""
        from storage.workshop import Workshop

        view = Workshop(self.path, snapshots.in_memory(self.snapshot_state(snapshot_id)), None)
        view._snapshot = True
        return view

    # -- measurements of touchpoints (storage.measurements) ------------------------------

    def measurements(self, map_id: str) -> dict[str, list[Any]]:
        """The measurements of the map's touchpoints by card id, by metric, then date."""
        found: dict[str, list[Any]] = {}
        reader = self._rows()
        for row in reader._rows(
            "measurement",
            reader.c.execute(
                "SELECT * FROM measurement WHERE card_id IN (SELECT id FROM card WHERE "
                "map_id = ?) ORDER BY metric, date, id",
                (map_id,),
            ),
        ):
            found.setdefault(row.card_id, []).append(row)
        return found

    def card_measurements(self, card_id: str) -> list[Any]:
        """One touchpoint's measurements, by metric, then date."""
        reader = self._rows()
        return reader._rows(
            "measurement",
            reader.c.execute(
                "SELECT * FROM measurement WHERE card_id = ? ORDER BY metric, date, id",
                (card_id,),
            ),
        )

    def measurement_counts(self) -> dict[str, int]:
        """How many measurements each map's touchpoints have (maps with none left out)."""
        return measurements.counts_by_map(self._connection())

    def add_measurements(self, rows: list[dict[str, Any]]) -> list[str]:
        """Add measurements in ONE transaction (all or none); returns their ids."""
        return self.import_measurements(rows, replace=False)[0]

    def import_measurements(
        self, rows: list[dict[str, Any]], *, replace: bool = True
    ) -> tuple[list[str], list[dict[str, Any]]]:
        """Add measurements in ONE transaction; with ``replace``, a value the touchpoint
        already has for the same metric and date is replaced (importing a table twice
        does not count twice). Returns the new ids and the rows replaced (for undo)."""
        checked = [
            measurements.check({"id": _new_id("measurement")} | row, f"measurement {i + 1}")
            for i, row in enumerate(rows)
        ]
        for row in checked:
            for name in ("metric", "unit"):
                check_text(f"measurement.{name}", row[name])
        with self._edit() as (rows_, change):
            replaced: list[dict[str, Any]] = []
            if replace:
                keys = {(row["card_id"], row["metric"], row["date"]) for row in checked}
                old = [
                    found
                    for key in keys
                    for (found,) in rows_.c.execute(
                        "SELECT id FROM measurement WHERE card_id = ? AND metric = ? AND date = ?",
                        key,
                    )
                ]
                replaced = measurements.remove(rows_.c, old)
            measurements.insert(rows_.c, checked)
            change.updated |= {("card", row["card_id"]) for row in checked}
        return [row["id"] for row in checked], replaced

    def remove_measurements(self, ids: list[str]) -> list[dict[str, Any]]:
        """Delete measurements in one transaction; returns the rows (to add them back)."""
        with self._edit() as (rows_, change):
            removed = measurements.remove(rows_.c, ids)
            change.updated |= {("card", row["card_id"]) for row in removed}
        return removed


def _new_id(kind: str) -> str:
    from storage.workshop import new_id

    return new_id(kind)
