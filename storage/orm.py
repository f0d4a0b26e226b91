"""Storage: the SQLModel side of a workshop file: creating its schema and bulk writes.

Imported only when a file is created or imported (SQLAlchemy and SQLModel take a few
hundred milliseconds to import); opening, reading and editing use the DBAPI connection.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from storage import db, schema
from storage.models import NoteType, WorkshopInfo
from storage.vocabulary import DEFAULT_NOTE_TYPES


def make_engine(path: Path) -> Engine:
    """An engine on ``path`` whose every connection has the workshop pragmas.

    The connection is made from the path itself, never from a URL: in
    ``sqlite:///a?b.journey`` SQLAlchemy would take ``?b.journey`` for URL options.
    """
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(path))
    event.listen(engine, "connect", lambda connection, _record: db.apply_pragmas(connection))
    return engine


def create_file(
    path: Path, *, title: str = "", language: str = "en", rows: Iterable[Any] = ()
) -> None:
    """Write a new workshop file at ``path`` (a fresh temporary path) with ``rows``."""
    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            # The frozen DDL of this version, which the opening checks compare with.
            raw = connection.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            raw.executescript(schema.DDL[db.SCHEMA_VERSION])
            db.create_schema(raw)
        created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        with Session(engine) as session:
            # Rows may reference each other in any order (lineage); checked at commit.
            session.connection().execute(text("PRAGMA defer_foreign_keys=ON"))
            session.add(WorkshopInfo(title=title, language=language, created=created))
            rows = list(rows)
            if not any(isinstance(row, NoteType) for row in rows):
                # Every workshop has note types to choose from: the built-in five.
                rows[:0] = [
                    NoteType(id=ident, name="", color=color, icon=icon, position=position)
                    for position, (ident, color, icon) in enumerate(DEFAULT_NOTE_TYPES)
                ]
            session.add_all(rows)
            session.commit()
    finally:
        engine.dispose()
