"""Storage: a workshop file opened for reading and editing.

Every edit runs in ONE transaction that is committed before the method returns, then
listeners are told what changed. Deletes return a ``Snapshot`` from which ``restore``
puts back exactly what was removed (children, ratings, board order, references).
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete as sa_delete
from sqlalchemy import exc as sa_exc
from sqlalchemy import text, tuple_
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, col, select

from storage import db, orm
from storage.errors import AlreadyOpen, InterruptedEdit, InvalidEdit
from storage.lock import FileLock
from storage.models import (
    TABLES,
    Card,
    Channel,
    JourneyMap,
    Lane,
    Participant,
    Persona,
    Phase,
    Rating,
    WorkshopInfo,
)

ID_PREFIX = {
    "participant": "p-",
    "persona": "pe-",
    "channel": "ch-",
    "map": "m-",
    "phase": "ph-",
    "lane": "l-",
    "card": "c-",
}
# Sibling groups: rows ordered by ``position`` within the same values of these columns.
GROUP = {
    "participant": (),
    "persona": (),
    "channel": (),
    "map": (),
    "phase": ("map_id",),
    "lane": ("map_id",),
    "card": ("lane_id", "phase_id"),
}
FIXED_FIELDS = {"id", "position"}
LANGUAGES = ("en", "de")  # the workshop languages the interchange format accepts
COLOR = re.compile(r"#[0-9A-Fa-f]{6}")  # a persona colour, as the interchange format has it


def new_id(kind: str) -> str:
    """A fresh id for a new row of ``kind``: short, and unique within any workshop file."""
    return ID_PREFIX[kind] + secrets.token_hex(6)


@dataclass
class Change:
    """What one committed edit touched: sets of (kind, id); ratings use the card id."""

    added: set[tuple[str, str]] = field(default_factory=set)
    updated: set[tuple[str, str]] = field(default_factory=set)
    removed: set[tuple[str, str]] = field(default_factory=set)

    def ids(self, kind: str) -> set[str]:
        """Every id of ``kind`` touched in any way."""
        return {i for k, i in self.added | self.updated | self.removed if k == kind}

    def kinds(self) -> set[str]:
        return {k for k, _ in self.added | self.updated | self.removed}

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.removed)


@dataclass
class Snapshot:
    """Rows removed by a delete, parent first, with the board index of re-placed rows."""

    rows: list[tuple[str, dict[str, Any], int | None]] = field(default_factory=list)
    updates: list[tuple[str, str, str, Any]] = field(default_factory=list)

    @property
    def root(self) -> tuple[str, str]:
        kind, row, _ = self.rows[0]
        return kind, row["id"]


def _row_dict(row: SQLModel) -> dict[str, Any]:
    return {name: getattr(row, name) for name in type(row).model_fields}


def _check_fields(kind: str, fields: dict[str, Any], *, creating: bool = False) -> None:
    model = TABLES[kind]
    for name, value in fields.items():
        info = model.model_fields.get(name)
        if info is None or (name in FIXED_FIELDS and not creating):
            raise InvalidEdit(f"{kind}.{name}: no such field")
        annotation = info.annotation
        allowed: tuple[type, ...]
        if annotation in (str, str | None):
            allowed = (str,)
        elif annotation is bool:
            allowed = (bool,)
        elif annotation in (int, int | None):
            allowed = (int,)
        elif annotation == bytes | None:
            allowed = (bytes,)
        else:  # pragma: no cover - every column type is listed above
            allowed = (object,)
        optional = not info.is_required() and info.default is None
        if value is None and optional:
            continue
        if not isinstance(value, allowed) or (allowed == (int,) and isinstance(value, bool)):
            raise InvalidEdit(f"{kind}.{name}: expected {allowed[0].__name__}, got {value!r:.40}")


class Workshop:
    """An open workshop file. ``Workshop.open`` runs every opening check first."""

    def __init__(self, path: Path, engine: Engine, lock: FileLock | None) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self.listeners: list[Callable[[Change], None]] = []
        self.readonly = lock is None
        self._local = threading.local()

    # -- opening and closing ------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, readonly: bool = False) -> Workshop:
        """Open an existing workshop; refused files raise a FileProblem and stay unchanged.

        A writable open takes the file's lock, so a second window or process is refused.
        ``readonly`` opens (CLI info and export) take no lock and write nothing.
        """
        path = Path(path)
        try:
            db.check_file(path)
            interrupted = False
        except InterruptedEdit:
            if readonly:  # a read-only open writes nothing, so it cannot roll the edit back
                raise
            interrupted = True
        if readonly:
            return cls(path, orm.make_engine(path, readonly=True), None)
        lock = FileLock(path)
        if not lock.acquire():
            raise AlreadyOpen(path)
        try:
            if interrupted:  # recover from a crash as SQLite does, then check the result
                db.roll_back_interrupted_edit(path)
                db.check_file(path)
            engine = orm.make_engine(path)
            from storage.migrations import migrate

            raw = engine.raw_connection()
            try:
                migrate(raw.driver_connection)
                db.remove_stale_journal(raw.driver_connection, path)
            finally:
                raw.close()
        except BaseException:
            lock.release()
            raise
        return cls(path, engine, lock)

    @classmethod
    def create_empty(cls, path: Path, *, title: str = "", language: str = "en") -> None:
        """Write a new, empty workshop file at ``path`` (which must not exist yet)."""
        path = Path(path)
        db.refuse_existing(path)
        with db.atomic_target(path) as temp:
            engine = orm.make_engine(temp)
            SQLModel.metadata.create_all(engine)
            with engine.begin() as connection:
                db.create_schema(connection.connection.driver_connection)
            created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
            with Session(engine) as session:
                session.add(WorkshopInfo(title=title, language=language, created=created))
                session.commit()
            engine.dispose()

    def close(self) -> None:
        """Release the file; every edit is already committed."""
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workshop:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def save_copy(self, target: Path | str) -> None:
        """Write a consistent copy of the workshop to ``target`` (atomically, via backup)."""
        raw = self.engine.raw_connection()
        try:
            db.backup_to(raw.driver_connection, Path(target))
        finally:
            raw.close()

    # -- reading ------------------------------------------------------------------------

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read transaction: every read inside it (in this thread) sees one state."""
        current = getattr(self._local, "session", None)
        if current is not None:
            yield current
            return
        with Session(self.engine, expire_on_commit=False) as session:
            session.connection().exec_driver_sql("BEGIN")  # a snapshot until the block ends
            self._local.session = session
            try:
                yield session
            finally:
                self._local.session = None
                session.expunge_all()  # keep loaded rows usable; closing ends the snapshot

    def info(self) -> WorkshopInfo:
        with self.reading() as s:
            return s.get(WorkshopInfo, 1)

    def _ordered(self, model: type[SQLModel], **where: Any) -> list[Any]:
        with self.reading() as s:
            query = select(model)
            for name, value in where.items():
                query = query.where(getattr(model, name) == value)
            if "position" in model.model_fields:
                query = query.order_by(model.position)
            return list(s.exec(query))

    def maps(self) -> list[JourneyMap]:
        return self._ordered(JourneyMap)

    def personas(self) -> list[Persona]:
        return self._ordered(Persona)

    def participants(self) -> list[Participant]:
        return self._ordered(Participant)

    def channels(self) -> list[Channel]:
        return self._ordered(Channel)

    def phases(self, map_id: str) -> list[Phase]:
        return self._ordered(Phase, map_id=map_id)

    def lanes(self, map_id: str) -> list[Lane]:
        return self._ordered(Lane, map_id=map_id)

    def cards(self, map_id: str) -> list[Card]:
        """The map's cards in board order: by phase, then lane, then top to bottom."""
        with self.reading() as s:
            return _cards_in_board_order(s, map_id)

    def ratings(self, map_id: str) -> dict[str, list[Rating]]:
        """Ratings of the map's cards by card id, in participant order."""
        with self.reading() as s:
            return _ratings_of_map(s, map_id)

    def get(self, kind: str, row_id: str) -> Any:
        """The row of ``kind`` with ``row_id``, or None."""
        with self.reading() as s:
            return s.get(TABLES[kind], row_id)

    def card(self, card_id: str) -> Card | None:
        return self.get("card", card_id)

    def rating(self, card_id: str, participant_id: str) -> tuple[int, int] | None:
        with self.reading() as s:
            row = s.get(Rating, (card_id, participant_id))
            return None if row is None else (row.experience, row.importance)

    def index_of(self, kind: str, row_id: str) -> int:
        """The board index of a row among its siblings."""
        with self.reading() as s:
            return _index_of(s, kind, _existing(s, kind, row_id))

    # -- editing ------------------------------------------------------------------------

    @contextmanager
    def _edit(self) -> Iterator[tuple[Session, Change]]:
        if self.readonly:
            raise InvalidEdit(f"{self.path}: opened read-only")
        change = Change()
        reader: Session | None = getattr(self._local, "session", None)
        if reader is not None:
            # An edit inside this thread's own reading() block: end its read transaction
            # first, or the commit would wait for that reader ("database is locked"). The
            # rows read so far stay usable (detached); later reads see the edit.
            reader.expunge_all()
            reader.rollback()
        try:
            with Session(self.engine, expire_on_commit=False) as session:
                try:
                    # References are checked at commit, so rows can be restored in any order.
                    session.exec(text("PRAGMA defer_foreign_keys=ON"))
                    yield session, change
                    session.commit()
                except sa_exc.IntegrityError as error:
                    session.rollback()
                    raise InvalidEdit(_integrity_message(error)) from None
                except BaseException:
                    session.rollback()
                    raise
        finally:
            if reader is not None:
                reader.connection().exec_driver_sql("BEGIN")
        if change:
            for listener in list(self.listeners):
                listener(change)

    def set_info(self, **fields: Any) -> dict[str, Any]:
        """Change the workshop's title or language; returns the old values."""
        for name, value in fields.items():
            if name not in ("title", "language") or not isinstance(value, str):
                raise InvalidEdit(f"workshop.{name}: not an editable text field")
            if name == "language" and value not in LANGUAGES:
                raise InvalidEdit(f"workshop.language: must be one of {', '.join(LANGUAGES)}")
        with self._edit() as (s, change):
            row = s.get(WorkshopInfo, 1)
            old = {name: getattr(row, name) for name in fields}
            for name, value in fields.items():
                setattr(row, name, value)
            change.updated.add(("workshop", "1"))
        return old

    def add(self, kind: str, /, index: int | None = None, **fields: Any) -> str:
        """Create a row of ``kind`` at board ``index`` (default: last); returns its id."""
        _require_kind(kind)
        fields.setdefault("id", new_id(kind))
        _check_fields(kind, fields, creating=True)
        fields.pop("position", None)
        with self._edit() as (s, change):
            if not fields["id"]:
                raise InvalidEdit(f"{kind}.id: must not be empty")
            for other in GROUP:  # ids are unique within the file (the interchange needs it)
                if s.get(TABLES[other], fields["id"]) is not None:
                    raise InvalidEdit(f"{other} {fields['id']!r} already exists")
            row = TABLES[kind](**fields)
            _check_parents(s, kind, row)
            s.add(row)
            s.flush()
            _place(s, kind, row, index, change)
            change.added.add((kind, row.id))
        return fields["id"]

    def update(self, kind: str, row_id: str, /, **fields: Any) -> dict[str, Any]:
        """Set fields of one row; returns their old values (for undo)."""
        _require_kind(kind)
        _check_fields(kind, fields)
        if any(name in GROUP[kind] or name == "map_id" for name in fields):
            raise InvalidEdit(f"{kind}: use move() to change its place")
        with self._edit() as (s, change):
            row = _existing(s, kind, row_id)
            old = {name: getattr(row, name) for name in fields}
            for name, value in fields.items():
                setattr(row, name, value)
            _check_parents(s, kind, row)
            if kind == "card" and "kind" in fields:
                _check_card_kind(row)
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
        with self._edit() as (s, change):
            row = _existing(s, kind, row_id)
            if parent.get("map_id", getattr(row, "map_id", None)) != getattr(row, "map_id", None):
                # Its cards would stay behind in the old map.
                raise InvalidEdit(f"{kind}: cannot move to another map")
            old: dict[str, Any] = {"index": _index_of(s, kind, row)}
            old.update({name: getattr(row, name) for name in parent})
            old_group = {name: getattr(row, name) for name in GROUP[kind]}
            for name, value in parent.items():
                setattr(row, name, value)
            _check_parents(s, kind, row)
            s.flush()
            if old_group != {name: getattr(row, name) for name in GROUP[kind]}:
                _renumber(s, kind, old_group, change)
            _place(s, kind, row, index, change)
            change.updated.add((kind, row_id))
        return old

    def delete(self, kind: str, row_id: str) -> Snapshot:
        """Delete a row with everything that depends on it; returns what ``restore`` needs."""
        _require_kind(kind)
        with self._edit() as (s, change):
            root = _existing(s, kind, row_id)
            snapshot = Snapshot()
            _plan_delete(s, kind, root, snapshot, index=_index_of(s, kind, root))
            for ref_kind, ref_id, name, _old in snapshot.updates:
                setattr(_existing(s, ref_kind, ref_id), name, None)
                change.updated.add((ref_kind, ref_id))
            s.flush()
            _delete_rows(s, snapshot.rows)
            for row_kind, row, index in snapshot.rows:
                key = row["card_id"] if row_kind == "rating" else row["id"]
                change.removed.add((row_kind, key))
                if index is not None:
                    _renumber(s, row_kind, {n: row[n] for n in GROUP[row_kind]}, change)
        return snapshot

    def restore(self, snapshot: Snapshot) -> None:
        """Put back what a delete removed, at the same board places."""
        with self._edit() as (s, change):
            placed = []
            for kind, row, index in snapshot.rows:
                obj = TABLES[kind](**row)
                s.add(obj)
                change.added.add((kind, row["card_id"] if kind == "rating" else row["id"]))
                if index is not None:
                    placed.append((kind, obj, index))
            s.flush()
            for kind, obj, index in placed:
                _place(s, kind, obj, index, change)
            for kind, row_id, name, old in snapshot.updates:
                setattr(_existing(s, kind, row_id), name, old)
                change.updated.add((kind, row_id))

    def set_rating(
        self, card_id: str, participant_id: str, value: tuple[int, int] | None
    ) -> tuple[int, int] | None:
        """Set (experience, importance) of a participant for a touchpoint, or clear it.

        Returns the previous value (None when there was none).
        """
        if value is not None:
            experience, importance = value
            for name, number, low, high in (
                ("experience", experience, -2, 2),
                ("importance", importance, 1, 5),
            ):
                if isinstance(number, bool) or not isinstance(number, int):
                    raise InvalidEdit(f"rating.{name}: expected a whole number")
                if not low <= number <= high:
                    raise InvalidEdit(f"rating.{name}: must be between {low} and {high}")
        with self._edit() as (s, change):
            card = _existing(s, "card", card_id)
            _existing(s, "participant", participant_id)
            if card.kind != "touchpoint":
                raise InvalidEdit(f"card {card_id!r}: only touchpoints can be rated")
            row = s.get(Rating, (card_id, participant_id))
            old = None if row is None else (row.experience, row.importance)
            if value is None:
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(Rating(card_id=card_id, participant_id=participant_id,
                             experience=value[0], importance=value[1]))
            else:
                row.experience, row.importance = value
            if old != value:
                change.updated.add(("rating", card_id))
        return old

    def duplicate_map(self, map_id: str, name: str, kind: str = "to-be") -> str:
        """Copy a map (phases, lanes, cards, ratings) as a new map based on it; returns its id.

        Every copied card keeps its lineage in ``based_on`` so the two maps can be compared.
        """
        with self._edit() as (s, change):
            source = _existing(s, "map", map_id)
            new_map = JourneyMap(id=new_id("map"), name=name, kind=kind, based_on=source.id)
            s.add(new_map)
            s.flush()
            _place(s, "map", new_map, None, change)
            ids: dict[str, str] = {}
            for model in (Phase, Lane):
                for row in s.exec(select(model).where(model.map_id == map_id)):
                    kind_name = "phase" if model is Phase else "lane"
                    copy = _row_dict(row) | {"id": new_id(kind_name), "map_id": new_map.id}
                    ids[row.id] = copy["id"]
                    s.add(model(**copy))
            s.flush()
            ratings = _ratings_of_map(s, map_id)
            for card in _cards_in_board_order(s, map_id):
                copy = _row_dict(card) | {
                    "id": new_id("card"), "map_id": new_map.id, "based_on": card.id,
                    "lane_id": ids[card.lane_id], "phase_id": ids[card.phase_id],
                }
                s.add(Card(**copy))
                for rating in ratings.get(card.id, []):
                    s.add(Rating(**(_row_dict(rating) | {"card_id": copy["id"]})))
            change.added.add(("map", new_map.id))
        return new_map.id


# -- helpers working inside one session ------------------------------------------------


def _integrity_message(error: sa_exc.IntegrityError) -> str:
    text = str(error.orig)
    known = {
        "experience_range": "rating.experience: must be between -2 and 2",
        "importance_range": "rating.importance: must be between 1 and 5",
        "lane_kind": "lane.kind: must be persona, channel or notes",
        "persona_lane": "lane.persona: a persona lane needs a persona",
        "card_kind": "card.kind: must be touchpoint or note",
        "note_type": "card.note_type: a note needs a type (pain, idea, thought, question, "
        "quote) and a touchpoint has none",
        "map_kind": "map.kind: must be as-is or to-be",
        "FOREIGN KEY": "refers to something that does not exist",
    }
    for key, message in known.items():
        if key in text:
            return message
    return text


def _require_kind(kind: str) -> None:
    if kind not in GROUP:
        raise InvalidEdit(f"no such kind of row: {kind!r}")


def _existing(s: Session, kind: str, row_id: str) -> Any:
    row = s.get(TABLES[kind], row_id)
    if row is None:
        raise InvalidEdit(f"no {kind} with id {row_id!r}")
    return row


def _existing_row(s: Session, kind: str, row: dict[str, Any]) -> Any:
    if kind == "rating":
        return s.get(Rating, (row["card_id"], row["participant_id"]))
    return s.get(TABLES[kind], row["id"])


def _check_parents(s: Session, kind: str, row: Any) -> None:
    """Refuse references to missing rows or to rows of another map, with a clear message."""
    refs = {
        "phase": [("map_id", "map")],
        "lane": [("map_id", "map"), ("persona_id", "persona"), ("channel_id", "channel")],
        "card": [("map_id", "map"), ("lane_id", "lane"), ("phase_id", "phase"),
                 ("channel_id", "channel"), ("based_on", "card")],
        "map": [("based_on", "map")],
    }.get(kind, [])
    for name, ref_kind in refs:
        value = getattr(row, name)
        if value is None:
            continue
        if name == "based_on" and value == row.id:
            raise InvalidEdit(f"{kind}.based_on: cannot be based on itself")
        target = s.get(TABLES[ref_kind], value)
        if target is None:
            raise InvalidEdit(f"{kind}.{name}: no {ref_kind} with id {value!r}")
        if name in ("lane_id", "phase_id") and target.map_id != row.map_id:
            raise InvalidEdit(f"{kind}.{name}: {value!r} belongs to another map")
    if kind == "lane" and row.kind == "persona" and row.persona_id is None:
        raise InvalidEdit("lane.persona: a persona lane needs a persona")
    if kind == "persona" and not COLOR.fullmatch(row.color):
        raise InvalidEdit("persona.color: must be a colour like #3366CC")
    if kind == "card":
        _check_card_kind(row)


def _check_card_kind(card: Card) -> None:
    if card.kind == "note" and card.note_type is None:
        raise InvalidEdit("card.note_type: a note needs a type")
    if card.kind == "touchpoint" and card.note_type is not None:
        raise InvalidEdit("card.note_type: a touchpoint has no note type")


def _siblings(s: Session, kind: str, group: dict[str, Any], exclude: str | None) -> list[Any]:
    model = TABLES[kind]
    query = select(model)
    for name, value in group.items():
        query = query.where(getattr(model, name) == value)
    if exclude is not None:
        query = query.where(model.id != exclude)
    return list(s.exec(query.order_by(model.position, model.id)))


def _group_of(kind: str, row: Any) -> dict[str, Any]:
    return {name: getattr(row, name) for name in GROUP[kind]}


def _index_of(s: Session, kind: str, row: Any) -> int:
    siblings = _siblings(s, kind, _group_of(kind, row), None)
    return [r.id for r in siblings].index(row.id)


def _place(s: Session, kind: str, row: Any, index: int | None, change: Change) -> None:
    """Put ``row`` at ``index`` among its siblings and renumber them 0..n-1."""
    others = _siblings(s, kind, _group_of(kind, row), row.id)
    index = len(others) if index is None else max(0, min(index, len(others)))
    others.insert(index, row)
    for position, item in enumerate(others):
        if item.position != position or item is row:
            item.position = position
            if item is not row:
                change.updated.add((kind, item.id))


def _renumber(s: Session, kind: str, group: dict[str, Any], change: Change) -> None:
    for position, item in enumerate(_siblings(s, kind, group, None)):
        if item.position != position:
            item.position = position
            change.updated.add((kind, item.id))


def _cards_in_board_order(s: Session, map_id: str) -> list[Card]:
    query = (
        select(Card)
        .join(Phase, col(Card.phase_id) == col(Phase.id))
        .join(Lane, col(Card.lane_id) == col(Lane.id))
        .where(Card.map_id == map_id)
        .order_by(Phase.position, Lane.position, Card.position)
    )
    return list(s.exec(query))


def _ratings_of_map(s: Session, map_id: str) -> dict[str, list[Rating]]:
    query = (
        select(Rating)
        .join(Card, col(Rating.card_id) == col(Card.id))
        .join(Participant, col(Rating.participant_id) == col(Participant.id))
        .where(Card.map_id == map_id)
        .order_by(Participant.position)
    )
    result: dict[str, list[Rating]] = {}
    for rating in s.exec(query):
        result.setdefault(rating.card_id, []).append(rating)
    return result


def _delete_rows(s: Session, rows: list[tuple[str, dict[str, Any], int | None]]) -> None:
    """Delete the rows of a snapshot, children first, in one statement per table."""
    for kind in reversed(TABLES):
        model = TABLES[kind]
        if kind == "rating":
            keys: list[Any] = [(r["card_id"], r["participant_id"]) for k, r, _ in rows if k == kind]
        else:
            keys = [r["id"] for k, r, _ in rows if k == kind]
        for start in range(0, len(keys), 500):  # stay below SQLite's variable limit
            chunk = keys[start : start + 500]
            if kind == "rating":
                condition = tuple_(Rating.card_id, Rating.participant_id).in_(chunk)
            else:
                condition = col(model.id).in_(chunk)
            s.exec(sa_delete(model).where(condition))
    s.expire_all()


def _plan_delete(s: Session, kind: str, row: Any, snapshot: Snapshot, index: int | None) -> None:
    """Record ``row`` and everything that goes with it, parent first, into ``snapshot``."""
    snapshot.rows.append((kind, _row_dict(row), index))
    if kind == "card":
        for rating in s.exec(select(Rating).where(Rating.card_id == row.id)):
            snapshot.rows.append(("rating", _row_dict(rating), None))
        for child in s.exec(select(Card).where(Card.based_on == row.id)):
            snapshot.updates.append(("card", child.id, "based_on", row.id))
    elif kind in ("phase", "lane"):
        column = Card.phase_id if kind == "phase" else Card.lane_id
        for card in s.exec(select(Card).where(column == row.id)):
            _plan_delete(s, "card", card, snapshot, None)
    elif kind == "map":
        for phase in s.exec(select(Phase).where(Phase.map_id == row.id)):
            snapshot.rows.append(("phase", _row_dict(phase), None))
        for lane in s.exec(select(Lane).where(Lane.map_id == row.id)):
            snapshot.rows.append(("lane", _row_dict(lane), None))
        for card in _cards_in_board_order(s, row.id):
            _plan_delete(s, "card", card, snapshot, None)
        for other in s.exec(select(JourneyMap).where(JourneyMap.based_on == row.id)):
            snapshot.updates.append(("map", other.id, "based_on", row.id))
    elif kind == "persona":
        for lane in s.exec(select(Lane).where(Lane.persona_id == row.id)):
            _plan_delete(s, "lane", lane, snapshot, _index_of(s, "lane", lane))
    elif kind == "participant":
        for rating in s.exec(select(Rating).where(Rating.participant_id == row.id)):
            snapshot.rows.append(("rating", _row_dict(rating), None))
    elif kind == "channel":
        for card in s.exec(select(Card).where(Card.channel_id == row.id)):
            snapshot.updates.append(("card", card.id, "channel_id", row.id))
        for lane in s.exec(select(Lane).where(Lane.channel_id == row.id)):
            snapshot.updates.append(("lane", lane.id, "channel_id", row.id))
    # Lineage references to cards that are deleted too need no update of their own.
    deleted_cards = {r["id"] for k, r, _ in snapshot.rows if k == "card"}
    snapshot.updates = [
        u for u in snapshot.updates if not (u[0] == "card" and u[1] in deleted_cards)
    ]
