"""Fixtures of the team-library tests: a PostgreSQL cluster for the session
(tests/server/pg_support.py), and a new database per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.server.pg_support import ANNA_PASSWORD, Cluster, start_cluster, stop_cluster


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    """A PostgreSQL cluster for the whole session."""
    server = start_cluster()
    try:
        yield server
    finally:
        stop_cluster(server)


_databases = iter(range(1, 1_000_000))


@pytest.fixture
def database(cluster: Cluster) -> str:
    """The name of a new, empty database (anna may create tables in it)."""
    name = f"test_{next(_databases)}"
    cluster.admin(f"CREATE DATABASE {name} OWNER anna")
    return name


@pytest.fixture
def library_url(cluster: Cluster, database: str) -> str:
    """The URL of an empty database, logged in as anna with her password."""
    return cluster.url(database, "anna", ANNA_PASSWORD)
