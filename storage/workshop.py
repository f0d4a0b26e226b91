"""Storage: a workshop file opened for reading and editing.

Every edit runs in ONE transaction that is committed before the method returns, then
listeners are told what changed. Deletes return a ``Snapshot`` from which ``restore``
puts back exactly what was removed (children, ratings, board order, references).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from storage import db, opening, paths, rules
from storage.changes import Change, Snapshot
from storage.errors import EditNotSaved, InvalidEdit, shown
from storage.lock import FileLock
from storage.rows import GROUP, Rows, check_fields, check_text, group_of, key_of
from storage.tables import KINDS, TABLES, integrity_message, replaced, sql
from storage.vocabulary import EXPERIENCE_RANGE, IMPORTANCE_RANGE
from storage.waiting import READ_BUSY_MS, BusyHandler, Waiter
from storage.workshop_actions import ActionsMixin
from storage.workshop_history import HistoryMixin

# The start of a new row's id, by kind (declared with each table in storage.models).
ID_PREFIX = {kind: TABLES[kind].id_prefix or "" for kind in KINDS}
LANGUAGES = ("en", "de")  # the workshop languages the interchange format accepts


def new_id(kind: str) -> str:
    """A fresh id for a new row of ``kind``: short, and unique within any workshop file.

    ``os.urandom`` is what ``secrets.token_hex`` uses; importing ``secrets`` would add
    ``hmac`` and ``hashlib`` to every start.
    """
    return ID_PREFIX[kind] + os.urandom(6).hex()


class Workshop(ActionsMixin, HistoryMixin):
    """An open workshop file. ``Workshop.open`` runs every opening check first.

    Reads and edits use one DBAPI connection in autocommit mode with explicit
    transactions; a thread other than the opener's reads through its own connection.
    """

    def __init__(self, path: Path, connection: sqlite3.Connection, lock: FileLock | None) -> None:
        self.path = path
        self.connection = connection
        self._lock = lock
        self._owner = threading.get_ident()
        self._local = threading.local()
        self._connections = [connection]
        self.listeners: list[Callable[[Change], None]] = []
        self.readonly = lock is None
        self._batch: list[Change] | None = None  # the changes of a batch() under way
        self._snapshot = False  # an in-memory copy (open_snapshot): one state, any thread
        # Waits for a file another program holds; ``on_busy`` hears of each wait.
        self.waiter = Waiter(path)

    # -- opening and closing ------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, readonly: bool = False) -> Workshop:
        """Open an existing workshop; refused files raise a FileProblem and stay unchanged.

        A writable open takes the file's lock, so a second window or process is refused.
        ``readonly`` opens (CLI info and export) take no lock and write nothing.
        """
        path = Path(path)
        return cls(path, *opening.connect(path, readonly=readonly))

    @classmethod
    def open_snapshot(cls, path: Path | str) -> Workshop:
        """A read-only copy of the file in memory, taken in one short read.

        For the command line's info and export: a PDF of a large workshop takes seconds,
        and a read transaction on the file for that long would keep the window that has
        it open from saving its edits. The copy holds the file for milliseconds.
        """
        path = Path(path)
        workshop = cls(path, opening.snapshot(path), None)
        workshop._snapshot = True
        return workshop

    @classmethod
    def create_empty(cls, path: Path, *, title: str = "", language: str = "en") -> None:
        """Write a new, empty workshop file at ``path`` (which must not exist yet)."""
        from storage.orm import create_file

        path = Path(path)
        db.refuse_existing(path)
        paths.check_workshop_path(path)
        with paths.atomic_output(path, new=True) as temp:
            create_file(temp, title=title, language=language)

    def close(self) -> None:
        """Release the file; every edit is already committed."""
        for connection in self._connections:
            connection.close()
        self._connections.clear()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workshop:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def save_copy(self, target: Path | str) -> None:
        """Write a consistent copy of the workshop to ``target`` (atomically, via backup)."""
        paths.check_workshop_path(Path(target))
        db.backup_to(self._connection(), Path(target))

    @property
    def on_busy(self) -> BusyHandler | None:
        """Called while an edit waits for the file: with the seconds waited so far (return
        False to stop waiting: the edit is not made), then with None when the wait ends."""
        return self.waiter.handler

    @on_busy.setter
    def on_busy(self, handler: BusyHandler | None) -> None:
        self.waiter.handler = handler

    # -- reading ------------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        """This thread's connection: the opener's own, or a reader of its own."""
        if threading.get_ident() == self._owner or self._snapshot:
            return self.connection
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = db.connect(self.path, readonly=True)
            self._local.connection = connection
            self._connections.append(connection)
        return connection

    def _rows(self) -> Rows:
        return Rows(self._connection())

    @contextmanager
    def reading(self) -> Iterator[None]:
        """A read transaction: every read inside it (in this thread) sees one state."""
        owner = threading.get_ident() == self._owner
        if (
            self._snapshot
            or getattr(self._local, "reading", False)
            or (owner and (self._batch is not None or self.waiter.waiting))
        ):
            yield
            return
        connection = self._connection()
        connection.execute("BEGIN")
        self._local.reading = True
        try:
            yield
        finally:
            self._local.reading = False
            if connection.in_transaction:
                connection.execute("COMMIT")

    def info(self) -> Any:
        return self._rows().all("workshop")[0]

    def _ordered(self, kind: str, **where: Any) -> list[Any]:
        rows = self._rows()
        return rows.where(kind, **where) if where else rows.all(kind)

    def maps(self) -> list[Any]:
        return self._ordered("map")

    def personas(self) -> list[Any]:
        return self._ordered("persona")

    def participants(self) -> list[Any]:
        return self._ordered("participant")

    def channels(self) -> list[Any]:
        return self._ordered("channel")

    def note_types(self) -> list[Any]:
        return self._ordered("note_type")

    def connections(self, map_id: str) -> list[Any]:
        """The map's connections in the order they were drawn (their position)."""
        return self._ordered("connection", map_id=map_id)

    def phases(self, map_id: str) -> list[Any]:
        return self._ordered("phase", map_id=map_id)

    def lanes(self, map_id: str) -> list[Any]:
        return self._ordered("lane", map_id=map_id)

    def cards(self, map_id: str) -> list[Any]:
        """The map's cards in board order: by phase, then lane, then top to bottom."""
        return self._rows().cards_in_board_order(map_id)

    def ratings(self, map_id: str) -> dict[str, list[Any]]:
        """Ratings of the map's cards by card id, in participant order."""
        return self._rows().ratings_of_map(map_id)

    def rating_pairs(self, map_id: str) -> dict[str, list[tuple[int, int]]]:
        """(experience, importance) of the map's rated cards by card id, in no order."""
        return self._rows().rating_pairs_of_map(map_id)

    def get(self, kind: str, row_id: str) -> Any:
        """The row of ``kind`` with ``row_id``, or None."""
        _require_kind(kind)
        return self._rows().get(kind, row_id)

    def card(self, card_id: str) -> Any:
        return self.get("card", card_id)

    def rating(self, card_id: str, participant_id: str) -> tuple[int, int] | None:
        found = self._rows().where("rating", card_id=card_id, participant_id=participant_id)
        return (found[0].experience, found[0].importance) if found else None

    def index_of(self, kind: str, row_id: str) -> int:
        """The board index of a row among its siblings."""
        rows = self._rows()
        return rows.index_of(kind, rows.existing(kind, row_id))

    # -- editing ------------------------------------------------------------------------

    @contextmanager
    def _edit(self, *, deferred: bool = False) -> Iterator[tuple[Rows, Change]]:
        """One committed transaction; ``deferred`` checks references only at the commit.

        Deferring is for edits that write several rows referring to each other (a
        restored delete, a duplicated map). Other edits leave it off: the pragma expires
        every prepared statement of the connection, which then are prepared again.
        Inside ``batch()`` the edit is part of the batch's one transaction.
        """
        change = Change()
        if self._batch is not None:
            if deferred:
                self.connection.execute("PRAGMA defer_foreign_keys=ON")
            yield Rows(self.connection), change
            self._batch.append(change)
            return
        with self._transaction(deferred):
            yield Rows(self.connection), change
        if change:
            for listener in list(self.listeners):
                listener(change)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """The edits inside it in ONE transaction: all of them are saved, or none.

        For the undo or redo of a gesture of several commands: a full disk or a reader
        holding the file half-way through leaves the file as it was, never half undone.
        Listeners hear the edits' changes after the commit, in order.
        """
        if self._batch is not None:
            yield
            return
        changes: list[Change] = []
        with self._transaction(deferred=False):
            self._batch = changes
            try:
                yield
            finally:
                self._batch = None
        for change in changes:
            if change:
                for listener in list(self.listeners):
                    listener(change)

    @contextmanager
    def _transaction(self, deferred: bool) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT; any failure rolls back and raises an InvalidEdit."""
        if self.readonly:
            raise InvalidEdit(f"{shown(self.path)}: opened read-only; save a copy to edit it")
        if threading.get_ident() != self._owner:
            raise InvalidEdit(f"{shown(self.path)}: edits are made from the thread that opened it")
        if self.waiter.waiting:  # an edit asked for while the window waits for the file
            raise EditNotSaved(f"{shown(self.path)}: the edit could not be saved (file busy)")
        connection = self.connection
        reading = connection.in_transaction
        if reading:
            # An edit inside this thread's own reading() block: end the read transaction
            # first; the rows read so far stay usable and later reads see the edit.
            connection.execute("COMMIT")
        # The write lock is waited for here, not inside SQLite (see storage.waiting).
        connection.execute("PRAGMA busy_timeout=0")
        try:
            self.waiter.run(connection, "BEGIN IMMEDIATE")
            if deferred:  # rows can be written in any order
                connection.execute("PRAGMA defer_foreign_keys=ON")
            yield
            self.waiter.run(connection, "COMMIT")
        except sqlite3.IntegrityError as error:
            _roll_back(connection)
            raise InvalidEdit(integrity_message(error)) from None
        except sqlite3.OperationalError as error:  # disk full, file busy: a message, no crash
            _roll_back(connection)
            detail = shown(" ".join(str(error).split()))
            raise EditNotSaved(
                f"{shown(self.path)}: the edit could not be saved ({detail})"
            ) from None
        except BaseException:
            _roll_back(connection)
            raise
        finally:
            connection.execute(f"PRAGMA busy_timeout={READ_BUSY_MS}")
            if reading:
                connection.execute("BEGIN")

    def set_info(self, **fields: Any) -> dict[str, Any]:
        """Change the workshop's title or language; returns the old values."""
        for name, value in fields.items():
            if name not in ("title", "language") or not isinstance(value, str):
                raise InvalidEdit(f"workshop.{name}: not an editable text field")
            if name == "language" and value not in LANGUAGES:
                raise InvalidEdit(f"workshop.language: must be one of {', '.join(LANGUAGES)}")
            check_text(f"workshop.{name}", value)
        with self._edit() as (rows, change):
            row = rows.all("workshop")[0]
            old = {name: getattr(row, name) for name in fields}
            rows.set("workshop", {"id": row.id}, fields)
            change.updated.add(("workshop", "1"))
        return old

    def add(self, kind: str, /, index: int | None = None, **fields: Any) -> str:
        """Create a row of ``kind`` at board ``index`` (default: last); returns its id."""
        _require_kind(kind)
        fields.setdefault("id", new_id(kind))
        check_fields(kind, fields, creating=True)
        fields.pop("position", None)
        with self._edit() as (rows, change):
            if not fields["id"]:
                raise InvalidEdit(f"{kind}.id: must not be empty")
            owners = rows.owners(fields["id"])  # ids are unique within the file (interchange)
            if owners:
                raise InvalidEdit(f"{owners[0]} {fields['id']!r} already exists")
            rows.insert(kind, fields)
            row = rows.existing(kind, fields["id"])
            rules.check_parents(rows, kind, row)
            rows.place(kind, row.id, group_of(kind, row), index, change.updated)
            change.added.add((kind, row.id))
        return fields["id"]

    def update(self, kind: str, row_id: str, /, **fields: Any) -> dict[str, Any]:
        """Set fields of one row; returns their old values (for undo)."""
        _require_kind(kind)
        check_fields(kind, fields, creating=False)
        if any(name in GROUP[kind] or name == "map_id" for name in fields):
            raise InvalidEdit(f"{kind}: use move() to change its place")
        with self._edit() as (rows, change):
            row = rows.existing(kind, row_id)
            old = {name: getattr(row, name) for name in fields}
            # Checked first: a missing reference is named, not left to the foreign key.
            rules.check_parents(rows, kind, replaced(row, **fields))
            if fields:
                rows.set(kind, row_id, fields)
            change.updated.add((kind, row_id))
        return old

    def move(self, kind: str, row_id: str, index: int, /, **parent: str) -> dict[str, Any]:
        """Move a row to ``index`` among its siblings (a card may also change cell).

        Returns ``{"index": old_index, **old_parent}`` so the move can be undone.
        """
        _require_kind(kind)
        allowed = set(GROUP[kind])
        if not set(parent) <= allowed:
            raise InvalidEdit(f"{kind}: cannot change {sorted(set(parent) - allowed)}")
        with self._edit() as (rows, change):
            row = rows.existing(kind, row_id)
            if parent.get("map_id", getattr(row, "map_id", None)) != getattr(row, "map_id", None):
                # Its cards would stay behind in the old map.
                raise InvalidEdit(f"{kind}: cannot move to another map")
            old: dict[str, Any] = {name: getattr(row, name) for name in parent}
            moved = replaced(row, **parent)
            # Only a changed cell needs checking: the row's other references are unchanged
            # and were valid when they were written (foreign keys are on).
            changed = {n for n, v in parent.items() if getattr(row, n) != v}
            rules.check_cell(rows, kind, moved, changed)
            old_group, new_group = group_of(kind, row), group_of(kind, moved)
            siblings = rows.siblings(kind, old_group, new_group)
            old_ids = [i for i, _ in siblings[tuple(old_group.values())]]
            old = {"index": old_ids.index(row_id), **old}
            rows.move(kind, row_id, siblings, old_group, new_group, index, change.updated)
            change.updated.add((kind, row_id))
        return old

    def delete(self, kind: str, row_id: str) -> Snapshot:
        """Delete a row with everything that depends on it; returns what ``restore`` needs."""
        _require_kind(kind)
        with self._edit() as (rows, change):
            root = rows.existing(kind, row_id)
            snapshot = Snapshot()
            rows.plan_delete(kind, root, snapshot.rows, snapshot.updates, rows.index_of(kind, root))

            for ref_kind, ref_id, name, _old in snapshot.updates:
                rows.set(ref_kind, ref_id, {name: None})
                change.updated.add((ref_kind, ref_id))
            rows.delete_rows(snapshot.rows)
            for row_kind, row, index in snapshot.rows:
                change.removed.add((row_kind, key_of(row_kind, row)))
                if index is not None:
                    rows.renumber(row_kind, group_of(row_kind, row), change.updated)
        return snapshot

    def restore(self, snapshot: Snapshot) -> None:
        """Put back what a delete removed, at the same board places."""
        # A row that goes back among siblings is inserted and placed in the order of the
        # places it had: then every sibling before it is already where it was, whatever
        # order the delete collected the rows in (a card's arrows lie anywhere in the list).
        unplaced = [(kind, row) for kind, row, index in snapshot.rows if index is None]
        placed = sorted(
            ((kind, row, index) for kind, row, index in snapshot.rows if index is not None),
            key=lambda entry: entry[2],
        )
        with self._edit(deferred=True) as (rows, change):
            for kind, row in unplaced:
                rows.insert(kind, TABLES[kind].values(row))
                change.added.add((kind, key_of(kind, row)))
            for kind, row, index in placed:
                rows.insert(kind, TABLES[kind].values(row))
                change.added.add((kind, key_of(kind, row)))
                rows.place(kind, row.id, group_of(kind, row), index, change.updated)
            for kind, row_id, name, old in snapshot.updates:
                rows.set(kind, row_id, {name: old})
                change.updated.add((kind, row_id))

    def set_rating(
        self, card_id: str, participant_id: str, value: tuple[int, int] | None
    ) -> tuple[int, int] | None:
        """Set (experience, importance) of a participant for a touchpoint, or clear it.

        Returns the previous value (None when there was none).
        """
        return self.set_ratings([(card_id, participant_id, value)])[0]

    def set_ratings(
        self, items: list[tuple[str, str, tuple[int, int] | None]]
    ) -> list[tuple[int, int] | None]:
        """Several ``set_rating`` in ONE transaction (all or none); the previous values.

        The room stores the ratings that arrive together from phones in one commit, so a
        busy room waits for one disk flush, not one per rating.
        """
        for _card_id, _participant_id, value in items:
            if value is None:
                continue
            experience, importance = value
            for name, number, low, high in (
                ("experience", experience, *EXPERIENCE_RANGE),
                ("importance", importance, *IMPORTANCE_RANGE),
            ):
                if isinstance(number, bool) or not isinstance(number, int):
                    raise InvalidEdit(f"rating.{name}: expected a whole number")
                if not low <= number <= high:
                    raise InvalidEdit(f"rating.{name}: must be between {low} and {high}")
        olds: list[tuple[int, int] | None] = []
        with self._edit() as (rows, change):
            for card_id, participant_id, value in items:
                card = rows.existing("card", card_id)
                rows.existing("participant", participant_id)
                if card.kind != "touchpoint":
                    raise InvalidEdit(f"card {card_id!r}: only touchpoints can be rated")
                key = {"card_id": card_id, "participant_id": participant_id}
                found = rows.where("rating", **key)
                old = (found[0].experience, found[0].importance) if found else None
                if value is None:
                    rows.remove("rating", [key])
                else:
                    rating = {**key, "experience": value[0], "importance": value[1]}
                    rows.c.execute(sql("upsert", "rating"), rating)
                if old != (None if value is None else tuple(value)):
                    change.updated.add(("rating", card_id))
                olds.append(old)
        return olds

    def duplicate_map(
        self, map_id: str, name: str, kind: str = "to-be", copy_ratings: bool = True
    ) -> str:
        """Copy a map (phases, lanes, cards and, if asked, ratings) as a new map based on it;
        returns its id.

        Every copied card keeps its lineage in ``based_on`` so the two maps can be compared.
        """
        check_text("map.name", name)
        with self._edit(deferred=True) as (rows, change):
            source = rows.existing("map", map_id)
            new_map = new_id("map")
            rows.insert("map", {"id": new_map, "name": name, "kind": kind, "based_on": source.id})
            rows.place("map", new_map, {}, None, change.updated)
            ids: dict[str, str] = {}
            for part in ("phase", "lane"):
                for row in rows.where(part, map_id=map_id):
                    copy = TABLES[part].values(row) | {"id": new_id(part), "map_id": new_map}
                    ids[row.id] = copy["id"]
                    rows.insert(part, copy)
            ratings = rows.ratings_of_map(map_id) if copy_ratings else {}
            for card in rows.cards_in_board_order(map_id):
                copy = TABLES["card"].values(card) | {
                    "id": new_id("card"),
                    "map_id": new_map,
                    "based_on": card.id,
                    "lane_id": ids[card.lane_id],
                    "phase_id": ids[card.phase_id],
                }
                rows.insert("card", copy)
                ids[card.id] = copy["id"]
                for rating in ratings.get(card.id, []):
                    values = TABLES["rating"].values(rating)
                    rows.insert("rating", values | {"card_id": copy["id"]})
            for connection in rows.where("connection", map_id=map_id):
                rows.insert(
                    "connection",
                    TABLES["connection"].values(connection)
                    | {
                        "id": new_id("connection"),
                        "map_id": new_map,
                        "from_card": ids[connection.from_card],
                        "to_card": ids[connection.to_card],
                    },
                )
            change.added.add(("map", new_map))
        return new_map


def _roll_back(connection: sqlite3.Connection) -> None:
    """End a failed transaction. SQLite may have rolled it back already (a full disk at
    COMMIT), and a ROLLBACK on a failing disk may fail too: the file keeps its last
    committed state either way."""
    if connection.in_transaction:
        with suppress(sqlite3.Error):
            connection.execute("ROLLBACK")


def _require_kind(kind: str) -> None:
    if kind not in GROUP:
        raise InvalidEdit(f"no such kind of row: {kind!r}")
