"""Storage: writing a new workshop file with many rows at once (the interchange import).

Rows go in with one prepared ``INSERT`` per table (``executemany``) on a plain DBAPI
connection, in one transaction: building an ORM object per row took about 0.5 ms, or
50 s for a workshop of 100,000 cards and their ratings. Columns a table has but the
rows do not name take the default of the frozen DDL.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from storage import db, schema
from storage.tables import TABLES

CACHE_KB = 512 * 1024  # an upper bound: SQLite takes the memory only as pages fill it
# One table's rows: (table, column names, rows as tuples in that column order).
TableRows = tuple[str, Sequence[str], Iterable[Sequence[Any]]]


def create_file(
    path: Path,
    *,
    title: str = "",
    language: str = "en",
    tables: Iterable[TableRows] = (),
    cancelled: Any = None,
) -> None:
    """Write a new workshop file at ``path`` (a fresh temporary path) with ``tables``.

    Tables are written in the order given; rows may refer to rows written later (lineage
    between cards), so references are checked when the transaction commits.
    ``cancelled`` (a callable, optional) is asked between tables and after each 10,000
    rows; when it answers True the transaction is rolled back and ``Cancelled`` raised.
    """
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        db.apply_pragmas(connection)
        # Index pages of a large import stay in memory until the commit writes them once
        # (SQLite's default cache of 2 MB spilled them to the file again and again).
        connection.execute(f"PRAGMA cache_size=-{CACHE_KB}")
        # The frozen DDL of this version, which the opening checks compare with (as a
        # set: the order of the statements does not matter). The indexes are made after
        # the rows are in, in the same transaction: SQLite then sorts each index once
        # instead of inserting into it row by row.
        statements = schema.VERSIONS[db.SCHEMA_VERSION][0]
        indexes = [sql for sql in statements if sql.startswith("CREATE INDEX")]
        connection.executescript("".join(f"{sql};\n" for sql in statements if sql not in indexes))
        db.create_schema(connection)
        created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        connection.execute("BEGIN")
        connection.execute("PRAGMA defer_foreign_keys=ON")
        connection.execute(
            "INSERT INTO workshop (id, title, language, created) VALUES (1, ?, ?, ?)",
            (title, language, created),
        )
        for table, columns, rows in tables:
            if table not in TABLES:  # names come from our code, never from input
                raise ValueError(f"no table {table!r}")
            statement = (
                f'INSERT INTO "{table}" ({", ".join(columns)}) '
                f"VALUES ({', '.join('?' * len(columns))})"
            )
            connection.executemany(statement, _checked(rows, cancelled))
        for sql in indexes:
            connection.execute(sql)
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    finally:
        connection.close()


class Cancelled(Exception):
    """The caller asked to stop a bulk write; nothing was committed."""


def _checked(rows: Iterable[Sequence[Any]], cancelled: Any) -> Iterable[Sequence[Any]]:
    if cancelled is None:
        yield from rows
        return
    for n, row in enumerate(rows):
        if n % 10_000 == 0 and cancelled():
            raise Cancelled
        yield row
