"""Storage: the tables as storage uses them, loaded from what ``storage.catalog`` derived.

One ``Table`` per table of ``storage.models``, parent tables first: its columns with
their Python types, key, references and their delete behaviour, CHECK messages, sibling
groups and a row class (a slotted dataclass with the table's columns as fields). Nothing
here names a table or a column: a table added to the models is picked up as it is.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass
from typing import Any, TypeVar

from storage import catalog_data
from storage.catalog import Key, fingerprint

TYPES: dict[str, type] = {"str": str, "int": int, "float": float, "bool": bool, "bytes": bytes}
MISSING = object()  # a column without a default: a new row must name it
R = TypeVar("R")


@dataclass(frozen=True)
class Column:
    name: str
    type: type
    nullable: bool
    default: Any  # MISSING when the column has none


@dataclass(frozen=True)
class Reference:
    """A column that names a row of ``table``; ``ondelete`` is what deleting it does here."""

    column: str
    table: str
    target: str
    ondelete: str  # CASCADE, SET NULL, NO ACTION
    within: str | None  # the column both rows must share (a card's lane is of its map)


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    references: tuple[Reference, ...]
    checks: dict[str, str]  # CHECK constraint name -> the message of a refusal
    patterns: dict[str, tuple[str, str]]  # column -> (regular expression, message)
    siblings: tuple[str, ...] | None  # the columns of an ordered group; None: unordered
    id_prefix: str | None  # set for the kinds the program adds rows of
    row: type  # a slotted dataclass with the table's columns as fields
    names: tuple[str, ...]  # the column names, in table order
    column: dict[str, Column]
    bools: tuple[int, ...]  # the places of the columns SQLite stores 0/1 for a bool

    def values(self, row: Any) -> dict[str, Any]:
        """A row's values by column name."""
        return {name: getattr(row, name) for name in self.names}


def _load() -> dict[str, Any]:
    stamp = fingerprint()
    if stamp is None or stamp == catalog_data.FINGERPRINT:
        return catalog_data.DATA
    # The models changed since catalog_data.py was written (a developer's tree): derive
    # afresh, slower but right. The test suite fails until the file is written again.
    from storage.catalog import derive

    return derive()


def _make(name: str, spec: dict[str, Any]) -> Table:
    columns = tuple(
        Column(column, TYPES[kind], nullable, default if has_default else MISSING)
        for column, kind, nullable, has_default, default in spec["columns"]
    )
    names = tuple(c.name for c in columns)
    row = dataclasses.make_dataclass(
        name.title().replace("_", ""),
        [(c.name, c.type if not c.nullable else c.type | None) for c in columns],
        slots=True,
        namespace={"__module__": __name__},
    )
    return Table(
        name=name,
        columns=columns,
        key=tuple(spec["key"]),
        references=tuple(Reference(*r) for r in spec["references"]),
        checks=dict(spec["checks"]),
        patterns=dict(spec["patterns"]),
        siblings=None if spec["siblings"] is None else tuple(spec["siblings"]),
        id_prefix=spec["id_prefix"],
        row=row,
        names=names,
        column={c.name: c for c in columns},
        bools=tuple(i for i, c in enumerate(columns) if c.type is bool),
    )


_DATA = _load()
# Every table, parent before child: the order in which rows go back in.
TABLES: dict[str, Table] = {name: _make(name, spec) for name, spec in _DATA["tables"].items()}
# The kinds of row the program adds, moves and deletes (they have ids and board order).
KINDS: tuple[str, ...] = tuple(name for name, t in TABLES.items() if t.id_prefix)
_SQL: dict[Key, str] = dict(_DATA["sql"])
_UPDATES: dict[str, tuple[str, dict[str, str], str]] = dict(_DATA["updates"])


def sql(*key: Any) -> str:
    """The SQL text of a statement shape (see ``storage.catalog.build``).

    The common shapes were compiled ahead. An update of several fields at once is put
    together from the compiled parts of its table's UPDATE (checked against SQLAlchemy's
    own statement when the catalog was derived); any other shape is built with
    SQLAlchemy the first time and kept.
    """
    text = _SQL.get(key)
    if text is None:
        if key[0] == "update" and key[1] in _UPDATES:
            start, parts, end = _UPDATES[key[1]]
            text = start + ", ".join(parts[name] for name in key[2]) + end
        else:
            from storage.catalog import build

            text = build(key)
        _SQL[key] = text
    return text


def replaced(row: R, **fields: Any) -> R:
    """A copy of ``row`` with some fields changed (a few times faster than
    ``dataclasses.replace``, which an edit would otherwise pay for every move)."""
    names: tuple[str, ...] = type(row).__match_args__  # type: ignore[attr-defined]
    unknown = set(fields).difference(names)
    if unknown:
        raise TypeError(f"{type(row).__name__} has no field {sorted(unknown)[0]!r}")
    return type(row)(*[fields[n] if n in fields else getattr(row, n) for n in names])


GENERIC_MESSAGES = {
    "FOREIGN KEY": "refers to something that does not exist",
    "UNIQUE": "already exists",
}


def integrity_message(error: sqlite3.IntegrityError) -> str:
    """The message of a constraint the database refused: the CHECK's own, or a generic one."""
    text = str(error)
    for table in TABLES.values():
        for name, message in table.checks.items():
            if f"constraint failed: {name}" in text:
                return message
    for key, message in GENERIC_MESSAGES.items():
        if key in text:
            return message
    return text
