"""An edit waits for a file another program holds, tells how long, and can be given up."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from storage.errors import EditNotSaved
from storage.waiting import EditCancelled
from storage.workshop import Workshop


def _holder(path: Path) -> sqlite3.Connection:
    """Another program's connection holding the file's write lock."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def _title(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT title FROM workshop").fetchone()[0]
    finally:
        connection.close()


def test_an_edit_waits_for_the_lock_and_lands_when_it_is_released(workshop_path: Path) -> None:
    with Workshop.open(workshop_path) as workshop:
        other = _holder(workshop_path)
        heard: list[float | None] = []

        def waiting(seconds: float | None) -> bool:
            heard.append(seconds)
            if seconds is not None and len(heard) == 3:
                other.execute("COMMIT")  # the other program is done
            return True

        workshop.on_busy = waiting
        workshop.set_info(title="After the wait")
        other.close()
        assert _title(workshop_path) == "After the wait"
        assert heard[-1] is None and len(heard) == 4
        waits = [s for s in heard if s is not None]
        assert len(waits) == 3 and waits == sorted(waits)
        workshop.set_info(title="No wait")  # a free file: no word of a wait
        assert len(heard) == 4


def test_a_cancelled_wait_makes_no_edit(workshop_path: Path) -> None:
    with Workshop.open(workshop_path) as workshop:
        other = _holder(workshop_path)
        workshop.on_busy = lambda seconds: False
        before = hashlib.sha256(workshop_path.read_bytes()).hexdigest()
        with pytest.raises(EditCancelled, match="the edit was not made"):
            workshop.set_info(title="Never")
        other.execute("ROLLBACK")
        other.close()
        assert hashlib.sha256(workshop_path.read_bytes()).hexdigest() == before
        workshop.set_info(title="Later")  # nothing was left half done
        assert _title(workshop_path) == "Later"


def test_a_reader_at_commit_time_is_waited_for_too(workshop_path: Path) -> None:
    """COMMIT needs every reader gone; the wait and its cancel work there as well."""
    with Workshop.open(workshop_path) as workshop:
        reader = sqlite3.connect(workshop_path, isolation_level=None)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM card").fetchone()  # a SHARED lock
        workshop.on_busy = lambda seconds: False
        with pytest.raises(EditCancelled):
            workshop.set_info(title="Never")
        reader.execute("COMMIT")
        reader.close()
        assert _title(workshop_path) != "Never"


def test_without_a_handler_the_wait_ends_after_the_busy_time(workshop_path: Path) -> None:
    with Workshop.open(workshop_path) as workshop:
        other = _holder(workshop_path)
        workshop.waiter.seconds = 0.05
        with pytest.raises(EditNotSaved, match="database is locked"):
            workshop.set_info(title="Never")
        other.close()
        assert _title(workshop_path) != "Never"
