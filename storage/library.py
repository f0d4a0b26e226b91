"""Storage: a team library of workshops on a PostgreSQL server.

The library's tables live in the server schema ``journeyboard``: ``library`` (one row per
workshop: its name, revision, last change and by whom), ``library_schema`` (the version
and the library's id), and every workshop table of ``SQLModel.metadata`` derived here
with two columns more: ``workshop_key`` (which workshop a row belongs to, first column of
the key) and ``row_version`` (the revision that last wrote the row). The workshop
tables are copied from the metadata, never restated: a table added to the file schema
is a table of the library too (with a new schema version).

A workshop is named ``URL#NAME``: an ordinary libpq URL (``postgresql://user@host/db``;
the password comes from libpq's ``~/.pgpass`` or ``PGPASSWORD`` rather than the URL),
then the workshop's name. The driver is psycopg 3, an optional extra.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Column,
    Connection,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    UniqueConstraint,
    bindparam,
    delete,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, Engine

from storage.db import SCHEMA_VERSION
from storage.errors import shown
from storage.library_names import LibraryError, parse_url, shown_url
from storage.rowset import Key, Row, RowSet, key_of, workshop_tables

SCHEMA = "journeyboard"
# The library's schema version follows the workshop file's: the same tables.
VERSION = SCHEMA_VERSION
INSTALL_HINT = "pip install 'journeyboard[server]'"
CONNECT_TIMEOUT = 10  # seconds: an unreachable host is reported, not waited on for ever


SERVER = MetaData(schema=SCHEMA)

LIBRARY = Table(
    "library",
    SERVER,
    Column("key", Integer, Identity(), primary_key=True),
    Column("name", String, nullable=False, unique=True),
    Column("revision", Integer, nullable=False),
    Column("changed_at", DateTime(timezone=True), nullable=False),
    Column("changed_by", String, nullable=False),
)

# Who made each revision of a workshop, and when: what a refused stale edit names.
REVISIONS = Table(
    "library_revision",
    SERVER,
    Column(
        "workshop_key", Integer, ForeignKey(LIBRARY.c.key, ondelete="CASCADE"), primary_key=True
    ),
    Column("revision", Integer, primary_key=True, autoincrement=False),
    Column("changed_at", DateTime(timezone=True), nullable=False),
    Column("changed_by", String, nullable=False),
)

SETTINGS = Table(
    "library_schema",
    SERVER,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("version", Integer, nullable=False),
    Column("library", String, nullable=False),
    CheckConstraint("id = 1", name="single_row"),
)


def _derived(table: Table) -> Table:
    """The library's copy of a workshop table: the workshop key first, the row version
    last; its checks, unique constraints and indexes with the workshop key in front.

    References between workshop rows are not repeated on the server (each would need the
    workshop key too): a workshop arrives whole from a file, where SQLite checked them.
    Column defaults stay in the file too: the library is written with whole rows.
    """
    columns = [
        Column(
            "workshop_key",
            Integer,
            ForeignKey(LIBRARY.c.key, ondelete="CASCADE"),
            primary_key=True,
            autoincrement=False,
        ),
        *(
            Column(
                c.name, c.type, nullable=c.nullable, primary_key=c.primary_key, autoincrement=False
            )
            for c in table.columns
        ),
        Column("row_version", Integer, nullable=False),
    ]
    extras: list[Any] = []
    for constraint in table.constraints:
        if isinstance(constraint, CheckConstraint):
            extras.append(CheckConstraint(text(str(constraint.sqltext)), name=constraint.name))
        elif isinstance(constraint, UniqueConstraint):
            extras.append(UniqueConstraint("workshop_key", *constraint.columns.keys()))
    extras += [
        Index(f"ix_{table.name}_{c.name}", "workshop_key", c.name) for c in table.columns if c.index
    ]
    return Table(table.name, SERVER, *columns, *extras)


TABLES: dict[str, Table] = {table.name: _derived(table) for table in workshop_tables()}


# -- the connection ---------------------------------------------------------------------


@dataclass
class Entry:
    """One workshop of the library as ``server list`` shows it."""

    name: str
    title: str
    language: str
    revision: int
    changed_at: datetime
    changed_by: str


class Library:
    """A connection to the library at ``url`` (opened lazily, one per operation)."""

    def __init__(self, url_text: str) -> None:
        self.url = parse_url(url_text)
        self.where = shown_url(self.url)
        try:
            import psycopg  # noqa: F401
        except ImportError:
            raise LibraryError(
                f"{self.where}: a team library needs the PostgreSQL driver: {INSTALL_HINT}"
            ) from None
        from sqlalchemy import create_engine

        # One connection kept for the next operation (a window syncs after every edit);
        # the ping before use replaces one the server dropped (a restart) unnoticed.
        self.engine: Engine = create_engine(
            self.url.set(drivername="postgresql+psycopg"),
            pool_size=1,
            max_overflow=2,
            pool_pre_ping=True,
            connect_args={"connect_timeout": CONNECT_TIMEOUT, "application_name": "journeyboard"},
        )
        self._checked = False  # the schema version was found right once: not asked again

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self, *, checked: bool = True) -> Iterator[Connection]:
        """One transaction; a server error or refusal becomes a LibraryError naming it."""
        try:
            with self.engine.begin() as connection:
                if checked and not self._checked:
                    self._check_version(connection)
                    self._checked = True
                yield connection
        except sa_exc.DBAPIError as error:
            raise LibraryError(f"{self.where}: {_reason(error)}") from None

    # -- the schema --------------------------------------------------------------------

    def _found_version(self, connection: Connection) -> int | None:
        if not inspect(connection).has_table(SETTINGS.name, schema=SCHEMA):
            return None
        return connection.execute(select(SETTINGS.c.version)).scalar()

    def _check_version(self, connection: Connection) -> None:
        found = self._found_version(connection)
        if found is None:
            raise LibraryError(
                f"{self.where}: holds no Journeyboard library; "
                f"create one with: journeyboard server init {self.where}"
            )
        _refuse_other_version(self.where, found)

    def init(self) -> bool:
        """Create the library's tables; False when they were there already."""
        with self.transaction(checked=False) as connection:
            found = self._found_version(connection)
            if found is not None:
                _refuse_other_version(self.where, found)
                return False
            connection.execute(text(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}"))
            SERVER.create_all(connection)
            connection.execute(
                insert(SETTINGS), {"id": 1, "version": VERSION, "library": os.urandom(16).hex()}
            )
        return True

    def listen(self, key: int, stop: threading.Event, heard: Callable[[int], None]) -> None:
        """Until ``stop`` is set, call ``heard(revision)`` for each new revision of the
        workshop ``key`` (from this thread: ``heard`` hands it over, never writes).

        A lost connection is retried every second; each (re)connection calls
        ``heard(0)``, so what was pushed meanwhile is fetched.
        """
        import psycopg

        plain = URL.create(
            "postgresql",
            self.url.username,
            self.url.password,
            self.url.host,
            self.url.port,
            self.url.database,
            self.url.query,
        )
        conninfo = plain.render_as_string(hide_password=False)
        while not stop.is_set():
            try:
                with psycopg.connect(
                    conninfo, autocommit=True, connect_timeout=CONNECT_TIMEOUT
                ) as connection:
                    connection.execute(f"LISTEN {channel(key)}")  # type: ignore[arg-type]
                    heard(0)
                    while not stop.is_set():
                        for note in connection.notifies(timeout=0.5):
                            heard(int(note.payload))
            except psycopg.Error:
                stop.wait(1.0)

    def library_id(self, connection: Connection) -> str:
        return connection.execute(select(SETTINGS.c.library)).scalar_one()

    # -- workshops ---------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        """Every workshop of the library, by name."""
        info = TABLES["workshop"]
        statement = (
            select(
                LIBRARY.c.name,
                info.c.title,
                info.c.language,
                LIBRARY.c.revision,
                LIBRARY.c.changed_at,
                LIBRARY.c.changed_by,
            )
            .join(info, info.c.workshop_key == LIBRARY.c.key)
            .order_by(LIBRARY.c.name)
        )
        with self.transaction() as connection:
            return [Entry(*record) for record in connection.execute(statement)]

    def find(
        self, connection: Connection, name: str, *, lock: bool = False, share: bool = False
    ) -> tuple[int, int] | None:
        """(key, revision) of the workshop ``name``, or None. ``lock`` holds its row until
        the transaction ends, so two pushes of one workshop take turns; ``share`` lets
        readers in but keeps a push out, so a read of many tables sees one revision."""
        statement = select(LIBRARY.c.key, LIBRARY.c.revision).where(LIBRARY.c.name == name)
        if lock or share:
            statement = statement.with_for_update(read=share and not lock)
        record = connection.execute(statement).first()
        return None if record is None else (record[0], record[1])

    def require(self, connection: Connection, name: str, *, share: bool = False) -> tuple[int, int]:
        """``find``, refusing a name the library does not have."""
        found = self.find(connection, name, share=share)
        if found is None:
            raise LibraryError(
                f"{self.where}#{shown(name)}: no workshop of that name in this library "
                f"(journeyboard server list {self.where} shows them)"
            )
        return found

    def read(self, connection: Connection, key: int) -> RowSet:
        """Every row of the workshop ``key``, without the library's own columns."""
        rows: RowSet = {}
        for source in workshop_tables():
            server = TABLES[source.name]
            statement = select(*(server.c[c.name] for c in source.columns)).where(
                server.c.workshop_key == key
            )
            found: dict[Key, Row] = {}
            for record in connection.execute(statement).mappings():
                row = dict(record)
                found[key_of(source, row)] = row
            rows[source.name] = found
        return rows

    def last_author(self, connection: Connection, key: int) -> str:
        """Who made the workshop's latest revision."""
        statement = select(LIBRARY.c.changed_by).where(LIBRARY.c.key == key)
        return connection.execute(statement).scalar_one()

    def create(self, connection: Connection, name: str) -> int:
        """A new, empty workshop entry ``name`` at revision 0; its key."""
        return connection.execute(
            insert(LIBRARY)
            .values(name=name, revision=0, changed_at=func.now(), changed_by=func.current_user())
            .returning(LIBRARY.c.key)
        ).scalar_one()

    def write(
        self,
        connection: Connection,
        key: int,
        rows: RowSet,
        current: Mapping[str, Mapping[Key, Any]] | None = None,
        prints: Mapping[str, Mapping[Key, Any]] | None = None,
    ) -> int:
        """Make the workshop ``key`` hold exactly ``rows``: a new revision, in which only
        the rows that differ are written (and carry that revision). Returns it.

        ``current`` and ``prints``: what the library holds now and what ``rows`` are, as
        comparable per-row prints (the digests of a base): then the library is not read.
        """
        revision = connection.execute(
            update(LIBRARY)
            .where(LIBRARY.c.key == key)
            .values(
                revision=LIBRARY.c.revision + 1,
                changed_at=func.now(),
                changed_by=func.current_user(),
            )
            .returning(LIBRARY.c.revision)
        ).scalar_one()
        connection.execute(
            insert(REVISIONS).from_select(
                ["workshop_key", "revision", "changed_at", "changed_by"],
                select(
                    LIBRARY.c.key, LIBRARY.c.revision, LIBRARY.c.changed_at, LIBRARY.c.changed_by
                ).where(LIBRARY.c.key == key),
            )
        )
        if current is None or prints is None:
            current, prints = self.read(connection, key), rows
        # Children go first when deleting, parents first when inserting.
        for source in reversed(workshop_tables()):
            server = TABLES[source.name]
            gone = [k for k in current.get(source.name, {}) if k not in rows.get(source.name, {})]
            if gone:
                connection.execute(
                    delete(server).where(*_key_match(server, source)),
                    [_key_params(source, k, key) for k in gone],
                )
        for source in workshop_tables():
            server = TABLES[source.name]
            old = current.get(source.name, {})
            new = rows.get(source.name, {})
            new_prints = prints.get(source.name, {})
            added = [
                {**row, "workshop_key": key, "row_version": revision}
                for k, row in new.items()
                if k not in old
            ]
            if added:
                connection.execute(insert(server), added)
            changed = [(k, row) for k, row in new.items() if k in old and old[k] != new_prints[k]]
            for k, row in changed:
                connection.execute(
                    update(server)
                    .where(*_key_match(server, source))
                    .values({**row, "row_version": revision}),
                    _key_params(source, k, key),
                )
        # Windows that have the workshop open hear of the new revision at the commit.
        connection.execute(select(func.pg_notify(channel(key), str(revision))))
        return revision


def who_changed(connection: Connection, key: int, table: str, row: Key) -> tuple[str, datetime]:
    """Who last wrote one row of the workshop ``key``, and when (a deleted row: who made
    the workshop's latest revision)."""
    server = TABLES[table]
    source = next(t for t in workshop_tables() if t.name == table)
    version = select(server.c.row_version).where(*_key_match(server, source)).scalar_subquery()
    latest = select(LIBRARY.c.revision).where(LIBRARY.c.key == key).scalar_subquery()
    record = connection.execute(
        select(REVISIONS.c.changed_by, REVISIONS.c.changed_at).where(
            REVISIONS.c.workshop_key == key,
            REVISIONS.c.revision == func.coalesce(version, latest),
        ),
        _key_params(source, row, key),
    ).one()
    return record[0], record[1]


def channel(key: int) -> str:
    """The LISTEN/NOTIFY channel of one workshop: its payload is each new revision."""
    return f"journeyboard_{key}"


def _key_match(server: Table, source: Table) -> list[Any]:
    return [server.c.workshop_key == bindparam("k_workshop_key")] + [
        server.c[c.name] == bindparam(f"k_{c.name}") for c in source.primary_key.columns
    ]


def _key_params(source: Table, key: Key, workshop_key: int) -> dict[str, Any]:
    names = [f"k_{c.name}" for c in source.primary_key.columns]
    return {"k_workshop_key": workshop_key, **dict(zip(names, key, strict=True))}


def _refuse_other_version(where: str, found: int) -> None:
    if found > VERSION:
        raise LibraryError(
            f"{where}: the library has schema version {found}, newer than this "
            f"Journeyboard uses ({VERSION}); please update Journeyboard"
        )
    if found < VERSION:
        raise LibraryError(
            f"{where}: the library has schema version {found}, older than this "
            f"Journeyboard uses ({VERSION}); it cannot be upgraded by this version"
        )


def _reason(error: sa_exc.DBAPIError) -> str:
    """The server's own words for a failure, on one line, without the driver's framing."""
    text = " ".join(str(error.orig).split())
    fatal = re.search(r"FATAL: (.*)", text)
    if fatal:
        text = fatal.group(1)
    elif "connection failed:" in text or "Connection refused" in text:
        text = "cannot reach the server (" + text.rsplit("failed:", 1)[-1].strip() + ")"
    return shown(text, 300)
