"""Storage: upgrades of older workshop files to the current schema version.

Each step takes a connection of a file at version N and leaves it at N + 1, in one
transaction. Version 1 is the first released format, so there is no step yet; the
fixture of every released version lives in tests/_files/ and is upgraded by the tests.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlalchemy.engine import Engine

from storage.db import SCHEMA_VERSION

STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {}


def migrate(engine: Engine) -> int:
    """Bring the file behind ``engine`` to SCHEMA_VERSION; returns the version it had."""
    raw = engine.raw_connection()
    try:
        connection: sqlite3.Connection = raw.driver_connection
        found = connection.execute("PRAGMA user_version").fetchone()[0]
        for version in range(found, SCHEMA_VERSION):
            with connection:
                STEPS[version](connection)
                connection.execute(f"PRAGMA user_version={version + 1}")
        return found
    finally:
        raw.close()
