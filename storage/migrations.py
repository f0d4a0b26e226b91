"""Storage: upgrades of older workshop files to the current schema version.

Each step takes a connection of a file at version N and leaves it at N + 1, in one
transaction. Version 1 is the first released format, so there is no step yet; the
fixture of every released version lives in tests/_files/ and is upgraded by the tests.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from storage.db import SCHEMA_VERSION

STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {}


def migrate(connection: sqlite3.Connection) -> int:
    """Bring the file behind ``connection`` to SCHEMA_VERSION; returns the version it had."""
    found = connection.execute("PRAGMA user_version").fetchone()[0]
    for version in range(found, SCHEMA_VERSION):
        connection.execute("BEGIN IMMEDIATE")
        try:
            STEPS[version](connection)
            connection.execute(f"PRAGMA user_version={version + 1}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return found
