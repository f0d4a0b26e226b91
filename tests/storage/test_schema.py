"""The schema check: only the exact schema the app creates opens; the message names why."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from storage import db, schema
from storage.errors import DamagedFile
from storage.workshop import Workshop

FIXTURE = Path(__file__).resolve().parents[1] / "_files" / "workshop-v1.journey"


def _edit_schema(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def test_frozen_ddl_is_what_the_models_create(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'models.db'}")
    SQLModel.metadata.create_all(engine)
    engine.dispose()
    connection = sqlite3.connect(tmp_path / "models.db")
    try:  # byte for byte: genuine files pass the check without normalising
        assert schema.read(connection, raw=True) == schema.expected_raw(db.SCHEMA_VERSION)
    finally:
        connection.close()


@pytest.mark.parametrize("version", sorted(schema.VERSIONS))
def test_the_frozen_ddl_creates_exactly_the_expected_objects(version: int) -> None:
    connection = sqlite3.connect(":memory:")
    try:
        connection.executescript(schema.DDL[version])
        assert schema.read(connection, raw=True) == schema.expected_raw(version)
    finally:
        connection.close()


def test_the_released_fixture_has_the_version_1_schema() -> None:
    connection = sqlite3.connect(f"{FIXTURE.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert schema.read(connection, raw=True) == schema.expected_raw(1)
    finally:
        connection.close()


def test_whitespace_alone_does_not_refuse_a_file(workshop_path: Path) -> None:
    _edit_schema(
        workshop_path,
        "PRAGMA writable_schema=ON",
        "UPDATE sqlite_master SET sql = replace(replace(sql, char(10), '  '), "
        "'(id)', '( id )') WHERE type = 'table'",
    )
    with Workshop.open(workshop_path) as workshop:
        assert workshop.maps()


def test_a_trigger_named_like_an_automatic_index_is_refused_and_never_runs(
    workshop_path: Path,
) -> None:
    _edit_schema(
        workshop_path,
        "CREATE TRIGGER sqlitexautoindexxcard AFTER UPDATE ON card BEGIN DELETE FROM rating; END",
    )
    with pytest.raises(DamagedFile, match=r"unexpected trigger 'sqlitexautoindexxcard'"):
        Workshop.open(workshop_path)
    connection = sqlite3.connect(workshop_path)
    try:
        assert connection.execute("SELECT count(*) FROM rating").fetchone()[0] > 0
    finally:
        connection.close()


def test_an_altered_table_is_named(workshop_path: Path) -> None:
    _edit_schema(
        workshop_path,
        "PRAGMA writable_schema=ON",
        "UPDATE sqlite_master SET sql = replace(sql, 'BETWEEN 1 AND 5', "
        "'BETWEEN 1 AND 9') WHERE name = 'rating'",
    )
    with pytest.raises(DamagedFile, match=r"the table 'rating' is not as Journeyboard creates"):
        Workshop.open(workshop_path)


@pytest.mark.parametrize(
    ("sql", "normal"),
    [
        ("CREATE TABLE t (\n\ta INT ,\n\tb  TEXT\n)", "CREATE TABLE t(a INT,b TEXT)"),
        ("CHECK (x = 'a  b')", "CHECK(x = 'a  b')"),  # whitespace inside quotes is kept
        ('"a  b" ( c )', '"a  b"(c)'),
    ],
)
def test_normalise(sql: str, normal: str) -> None:
    assert schema.normalise(sql) == normal
