"""Storage: the SQLModel side of a workshop file: creating its schema and bulk writes.

Imported only when a file is created or imported (SQLAlchemy and SQLModel take a few
hundred milliseconds to import); opening, reading and editing use the DBAPI connection.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, create_engine

from storage import db
from storage.models import WorkshopInfo


def make_engine(path: Path) -> Engine:
    """An engine on ``path`` whose every connection has the workshop pragmas."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", lambda connection, _record: db.apply_pragmas(connection))
    return engine


def create_file(path: Path, *, title: str = "", language: str = "en",
                rows: Iterable[Any] = ()) -> None:
    """Write a new workshop file at ``path`` (a fresh temporary path) with ``rows``."""
    engine = make_engine(path)
    try:
        SQLModel.metadata.create_all(engine)
        with engine.begin() as connection:
            db.create_schema(connection.connection.driver_connection)
        created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        with Session(engine) as session:
            # Rows may reference each other in any order (lineage); checked at commit.
            session.exec(text("PRAGMA defer_foreign_keys=ON"))
            session.add(WorkshopInfo(title=title, language=language, created=created))
            session.add_all(list(rows))
            session.commit()
    finally:
        engine.dispose()
