"""Storage: everything storage needs to know of the tables, derived from the SQLModel classes.

``storage.models`` states the schema once. This module reads ``SQLModel.metadata`` and
derives from it, as plain data, what the rest of storage uses: each table's columns
(type, nullability, default), key, references with their delete behaviour, the messages
of its CHECKs, its sibling groups, and the SQL of every statement storage runs, built
with SQLAlchemy Core on those tables and compiled once for SQLite.

Importing SQLAlchemy and SQLModel costs several hundred milliseconds, more than the rest
of the program's start. So the derived data of the common statements is written once
into ``storage/catalog_data.py`` (``python -m storage.catalog``; a test fails when it is
out of date) and ``storage.tables`` loads that; it derives afresh from the models when
their source has changed since, and compiles a statement of a rarer shape (an update of
several fields at once) the first time it is run.
"""

from __future__ import annotations

import itertools
import sys
import zlib
from pathlib import Path
from typing import Any

# The sources the derived data depends on: a change in any of them makes it stale.
SOURCES = ("models.py", "vocabulary.py", "catalog.py")
# The statement texts use named parameters (":id"), passed as dicts.
Key = tuple[Any, ...]


def fingerprint(folder: Path | None = None) -> int | None:
    """A checksum of the sources the data is derived from (None when they are not there,
    as in an installed bundle, which ships only compiled modules)."""
    folder = folder or Path(__file__).resolve().parent
    checksum = 0
    for name in SOURCES:
        try:
            checksum = zlib.crc32((folder / name).read_bytes(), checksum)
        except OSError:
            return None
    return checksum


def _metadata() -> Any:
    from sqlmodel import SQLModel

    import storage.models  # noqa: F401  (registers the tables on SQLModel.metadata)

    return SQLModel.metadata


def _type(column: Any) -> str:
    from sqlalchemy import Boolean, Float, Integer, LargeBinary, String, TypeDecorator

    declared = column.type
    if isinstance(declared, TypeDecorator):  # SQLModel's AutoString is a String
        declared = declared.impl_instance
    for sql_type, name in (
        (Boolean, "bool"),
        (Integer, "int"),
        (Float, "float"),
        (LargeBinary, "bytes"),
    ):
        if isinstance(declared, sql_type):
            return name
    if isinstance(declared, String):
        return "str"
    raise TypeError(f"{column}: no Python type for {column.type!r}")


def _default(column: Any) -> tuple[bool, Any]:
    """(has a default, its value) as the model declares it."""
    if column.default is not None and column.default.is_scalar:
        return True, column.default.arg
    if column.nullable and not column.primary_key:
        return True, None
    return False, None


def _table(table: Any) -> dict[str, Any]:
    info = table.info
    references = []
    for column in table.columns:
        for foreign in column.foreign_keys:
            references.append(
                (
                    column.name,
                    foreign.column.table.name,
                    foreign.column.name,
                    foreign.ondelete or "NO ACTION",
                    column.info.get("within"),
                )
            )
    checks = {
        constraint.name: constraint.info["message"]
        for constraint in table.constraints
        if constraint.__class__.__name__ == "CheckConstraint"
    }
    patterns = {
        column.name: (column.info["pattern"], column.info["message"])
        for column in table.columns
        if "pattern" in column.info
    }
    return {
        "columns": tuple(
            (column.name, _type(column), bool(column.nullable), *_default(column))
            for column in table.columns
        ),
        "key": tuple(column.name for column in table.primary_key.columns),
        "references": tuple(references),
        "checks": checks,
        "patterns": patterns,
        "siblings": info.get("siblings"),
        "id_prefix": info.get("id_prefix"),
    }


# -- the statements ---------------------------------------------------------------------


def _compile(statement: Any, **options: Any) -> str:
    from sqlalchemy.dialects import sqlite

    dialect = sqlite.dialect(paramstyle="named")
    return " ".join(str(statement.compile(dialect=dialect, **options)).split())


def _ordered(table: Any, statement: Any) -> Any:
    if "position" in table.c:
        return statement.order_by(table.c.position, *table.primary_key.columns)
    return statement


def build(key: Key, metadata: Any = None) -> str:
    """The SQL text of one statement shape, built with SQLAlchemy Core and compiled.

    ``key`` names the shape: ``("all", table)``, ``("by", table, columns)``,
    ``("insert", table)``, ``("delete", table)``, ``("update", table, columns)`` (by
    key), ``("siblings", table, groups)``, ``("within", table, columns)``, ``("upsert",
    table)``, or one of the named reads: ``("board", )``, ``("ratings",)``, ``("pairs",)``,
    ``("owner",)``, ``("values",)``.
    """
    from sqlalchemy import (
        and_,
        bindparam,
        delete,
        insert,
        literal_column,
        or_,
        select,
        union_all,
        update,
    )
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    metadata = metadata if metadata is not None else _metadata()
    tables = metadata.tables
    verb = key[0]
    if verb == "all":
        table = tables[key[1]]
        return _compile(_ordered(table, select(table)))
    if verb == "by":
        table = tables[key[1]]
        where = [table.c[name] == bindparam(name) for name in key[2]]
        return _compile(_ordered(table, select(table).where(*where)))
    if verb == "insert":
        table = tables[key[1]]
        return _compile(insert(table).values({c.name: bindparam(c.name) for c in table.c}))
    if verb == "delete":
        table = tables[key[1]]
        where = [c == bindparam(f"key_{c.name}") for c in table.primary_key.columns]
        return _compile(delete(table).where(*where))
    if verb == "update":
        table = tables[key[1]]
        where = [c == bindparam(f"key_{c.name}") for c in table.primary_key.columns]
        values = {name: bindparam(name) for name in key[2]}
        return _compile(update(table).where(*where).values(values))
    if verb == "siblings":
        table = tables[key[1]]
        names = table.info["siblings"]
        statement = select(table.c.id, table.c.position, *(table.c[n] for n in names))
        if names:
            groups = [[table.c[n] == bindparam(f"g{i}_{n}") for n in names] for i in range(key[2])]
            statement = statement.where(or_(*(and_(*group) for group in groups)))
        return _compile(_ordered(table, statement))
    if verb == "within":
        table = tables[key[1]]
        found = []
        for name in key[2]:
            (foreign,) = table.c[name].foreign_keys
            target = foreign.column.table
            within = table.c[name].info["within"]
            found.append(
                select(target.c[within]).where(foreign.column == bindparam(name)).scalar_subquery()
            )
        return _compile(select(*found))
    if verb == "upsert":
        table = tables[key[1]]
        keys = list(table.primary_key.columns)
        statement = sqlite_insert(table).values({c.name: bindparam(c.name) for c in table.c})
        statement = statement.on_conflict_do_update(
            index_elements=keys,
            set_={c.name: statement.excluded[c.name] for c in table.c if c not in keys},
        )
        return _compile(statement)
    if verb == "board":  # a map's cards in board order: by phase, lane, then in the cell
        card, phase, lane = tables["card"], tables["phase"], tables["lane"]
        statement = (
            select(card)
            .join(phase, phase.c.id == card.c.phase_id)
            .join(lane, lane.c.id == card.c.lane_id)
            .where(card.c.map_id == bindparam("map_id"))
            .order_by(phase.c.position, lane.c.position, card.c.position)
        )
        return _compile(statement)
    if verb == "ratings":  # a map's ratings in participant order
        rating, card, participant = tables["rating"], tables["card"], tables["participant"]
        statement = (
            select(rating)
            .join(card, card.c.id == rating.c.card_id)
            .join(participant, participant.c.id == rating.c.participant_id)
            .where(card.c.map_id == bindparam("map_id"))
            .order_by(participant.c.position)
        )
        return _compile(statement)
    if verb == "pairs":  # (card, experience, importance) of a map, in no order
        rating, card = tables["rating"], tables["card"]
        statement = (
            select(rating.c.card_id, rating.c.experience, rating.c.importance)
            .join(card, card.c.id == rating.c.card_id)
            .where(card.c.map_id == bindparam("map_id"))
        )
        return _compile(statement)
    if verb == "owner":  # the kinds that already have a row with this id
        parts = [
            select(literal_column(f"'{table.name}'")).where(table.c.id == bindparam("id"))
            for table in metadata.sorted_tables
            if table.info.get("id_prefix")
        ]
        return _compile(union_all(*parts))
    if verb == "values":
        return _values(metadata)
    raise KeyError(f"no statement shape {key!r}")


_STORED = {"str": "text", "int": "integer", "float": "real", "bool": "integer", "bytes": "blob"}


def _values(metadata: Any) -> str:
    """The opening's check of every value: per table, whether a value has the wrong type,
    and all its text (cut at every value by a newline) as one blob to decode as UTF-8.

    The schema check fixes each column's declared type, but SQLite stores any value in any
    column, and integrity_check does not decode text. One statement for all the tables.
    """
    from sqlalchemy import LargeBinary, cast, exists, func, literal_column, or_, select

    scans = []
    for table in metadata.sorted_tables:
        references = {c.name for c in table.columns if c.foreign_keys}
        wrong, texts = [], []
        for column in table.columns:
            kind = _type(column)
            stored = [_STORED[kind], *(["null"] if column.nullable else [])]
            wrong.append(func.typeof(column).not_in([literal_column(f"'{s}'") for s in stored]))
            # A reference is compared byte for byte with the id it names
            # (foreign_key_check), so its text is valid when that id's is.
            if kind == "str" and column.name not in references:
                texts.append(func.coalesce(column, literal_column("''")))
        scans.append(exists(select(literal_column("1")).select_from(table).where(or_(*wrong))))
        if texts:
            joined = texts[0]
            for text in texts[1:]:
                joined = joined.op("||")(func.char(literal_column("10"))).op("||")(text)
            scans.append(
                select(
                    cast(func.group_concat(joined, func.char(literal_column("10"))), LargeBinary)
                )
                .select_from(table)
                .scalar_subquery()
            )
        else:
            scans.append(literal_column("NULL"))
    return _compile(select(*scans))


# -- the whole derived data -------------------------------------------------------------


def _shapes(tables: dict[str, dict[str, Any]]) -> list[Key]:
    """The statement shapes compiled ahead: every one a read, an edit or an undo runs."""
    keys: list[Key] = [("board",), ("ratings",), ("pairs",), ("owner",), ("values",)]
    for name, table in tables.items():
        columns = [c[0] for c in table["columns"]]
        key = table["key"]
        keys += [("all", name), ("insert", name), ("delete", name)]
        lookups = [(c,) for c in key] + [(r[0],) for r in table["references"]]
        if len(key) > 1:
            lookups.append(tuple(key))
        keys += [("by", name, cols) for cols in dict.fromkeys(lookups)]
        keys += [("update", name, (c,)) for c in columns if c not in key]
        siblings = table["siblings"]
        if siblings is not None:
            keys += [("siblings", name, n) for n in (1, 2)]
            # A move sets the changed columns of the group and the position.
            for size in range(1, len(siblings) + 1):
                for subset in itertools.combinations(siblings, size):
                    keys.append(("update", name, (*subset, "position")))
        within = [r[0] for r in table["references"] if r[4]]
        for size in range(1, len(within) + 1):
            keys += [("within", name, cols) for cols in itertools.combinations(within, size)]
        if len(key) > 1:
            keys.append(("upsert", name))
    return keys


def _update_parts(table: Any, metadata: Any) -> tuple[str, dict[str, str], str]:
    """An UPDATE by key of any set of columns, in parts: (start, each column's assignment,
    end), so that a set no statement was compiled for needs no SQLAlchemy at run time.

    Taken from the compiled single-column statements, and checked against SQLAlchemy's
    own statement for all the columns at once.
    """
    from sqlalchemy.dialects import sqlite

    preparer = sqlite.dialect(paramstyle="named").identifier_preparer
    columns = [c for c in table.columns if not c.primary_key]
    parts: dict[str, str] = {}
    start = end = ""
    for column in columns:
        part = f"{preparer.format_column(column)}=:{column.name}"
        text = build(("update", table.name, (column.name,)), metadata)
        if text.count(part) != 1:
            raise ValueError(f"cannot find {part!r} in {text!r}")
        start, end = text.split(part)
        parts[column.name] = part
    whole = build(("update", table.name, tuple(c.name for c in columns)), metadata)
    if whole != start + ", ".join(parts.values()) + end:
        raise ValueError(f"{table.name}: an UPDATE of several columns is not laid out as expected")
    return start, parts, end


def derive() -> dict[str, Any]:
    """The derived data: the tables (parent first), the compiled common statements and
    the parts of an UPDATE of any set of columns."""
    metadata = _metadata()
    tables = {table.name: _table(table) for table in metadata.sorted_tables}
    sql = {key: build(key, metadata) for key in _shapes(tables)}
    updates = {
        table.name: _update_parts(table, metadata)
        for table in metadata.sorted_tables
        if len(table.columns) > len(table.primary_key.columns)
    }
    return {"tables": tables, "sql": sql, "updates": updates}


def render(data: dict[str, Any], checksum: int | None) -> str:
    """The text of ``storage/catalog_data.py`` for ``data``."""
    from pprint import pformat

    return (
        '"""Storage: the data ``storage.catalog`` derives from the SQLModel classes.\n\n'
        "Written by ``python -m storage.catalog``; do not edit.\n"
        '"""\n\n'
        "from typing import Any\n\n"
        f"FINGERPRINT = {checksum!r}\n"
        f"DATA: dict[str, Any] = {pformat(data, width=88, sort_dicts=False)}\n"
    )


def write(path: Path | None = None) -> Path:
    """Write the derived data into ``storage/catalog_data.py`` (formatted with ruff)."""
    import subprocess

    path = path or Path(__file__).resolve().with_name("catalog_data.py")
    path.write_text(render(derive(), fingerprint()), encoding="utf-8")
    ruff = Path(sys.executable).with_name("ruff")
    if ruff.exists():
        subprocess.run([str(ruff), "format", "-q", str(path)], check=False)
    return path


if __name__ == "__main__":
    print(write())
