"""Importing interchange JSON in bulk: a cancelled import leaves nothing behind, and the
written file is a complete workshop of this version."""

import gc
import sqlite3
from pathlib import Path

import pytest

from app.demo import demo_workshop
from export.interchange import InterchangeError, dump, load
from storage import bulk, db, schema
from storage.workshop import Workshop


def test_an_import_cancelled_at_once_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "w.journey"
    with pytest.raises(bulk.Cancelled):
        load(demo_workshop("en"), target, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []  # neither the file nor a temporary one


def test_an_import_cancelled_while_writing_rows_leaves_no_file(tmp_path: Path) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3  # the first tables are written, then the user cancels

    with pytest.raises(bulk.Cancelled):
        load(demo_workshop("en"), tmp_path / "w.journey", cancelled=cancelled)
    assert len(asked) == 4
    assert list(tmp_path.iterdir()) == []


def test_an_import_that_is_not_cancelled_writes_the_whole_workshop(tmp_path: Path) -> None:
    demo = demo_workshop("de")
    target = tmp_path / "w.journey"
    load(demo, target, cancelled=lambda: False)
    with Workshop.open(target, readonly=True) as workshop:
        assert dump(workshop) == demo
    connection = sqlite3.connect(target)
    # Tables first, indexes after the rows: the same schema as a file made any other way.
    assert schema.difference(connection, db.SCHEMA_VERSION) is None
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.close()


def test_the_cycle_collector_runs_again_after_an_import(tmp_path: Path) -> None:
    load(demo_workshop("en"), tmp_path / "w.journey")
    assert gc.isenabled()
    with pytest.raises(InterchangeError):
        load({"format": "journeyboard", "version": 1}, tmp_path / "bad.journey")
    assert gc.isenabled()
    assert not (tmp_path / "bad.journey").exists()
