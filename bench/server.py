"""Bench: the team library on PostgreSQL (``python -m bench --server``).

A throw-away cluster is started as the tests start theirs (tests/server/pg_support.py:
Debian's PostgreSQL, loopback only, data in a temporary folder) and L is pushed to it.

- edit L to the library: one card edit in a pulled copy, committed to the file and sent
  as a new revision (``storage.sync.synchronise``, what the window does after each
  edit), against a floor of one raw psycopg UPDATE + COMMIT of the same card's row on
  the same server;
- open L from the library: the workshop read from the server into memory
  (``info``/``export`` with URL#NAME), against the same open of the file;
- live update: another copy, listening as a window does (LISTEN/NOTIFY on its own
  thread, then a sync), has the edit in its file; p95 of the time from the edit's
  start.
"""

from __future__ import annotations

import statistics
import threading
import time
from pathlib import Path
from typing import Any

ROUNDS = 30


def server_lines(report: Any, quick: bool, folder: Path, large: Path) -> None:
    from tests.server.pg_support import start_cluster, stop_cluster

    cluster = start_cluster()
    try:
        cluster.admin("CREATE DATABASE bench")
        measure(report, quick, folder, large, cluster.url("bench"))
    finally:
        stop_cluster(cluster)


def measure(report: Any, quick: bool, folder: Path, large: Path, url: str) -> None:
    import psycopg

    from storage.library import Library
    from storage.sync import open_library_snapshot, pull, push
    from storage.workshop import Workshop

    rounds = 5 if quick else ROUNDS
    with Library(url) as library:
        library.init()
    target = f"{url}#L"
    push(large, target)
    mine, theirs = folder / "mine.journey", folder / "theirs.journey"
    pull(target, mine)
    pull(target, theirs)

    # Open: from the server vs from the file (the same read-only Workshop in memory).
    served, filed = [], []
    for _ in range(1 if quick else 7):
        start = time.perf_counter()
        open_library_snapshot(target).close()
        served.append(time.perf_counter() - start)
        start = time.perf_counter()
        Workshop.open_snapshot(large).close()
        filed.append(time.perf_counter() - start)
    app, floor = statistics.median(served), statistics.median(filed)
    report.add("open L from the library", app, floor, "<= 3x the file", app <= 3 * floor)

    # Edit and live update.
    with Library(url) as library, library.transaction() as connection:
        key, _revision = library.require(connection, "L")
    table = _card_table()
    edits, raws, seen = [], [], []
    workshop, other = Workshop.open(mine), Workshop.open(theirs)
    raw = psycopg.connect(_plain(url))
    listener = _Listener(url, key, other)
    library = Library(url)  # one connection kept, as a window keeps it
    try:
        cards = workshop.cards(workshop.maps()[0].id)
        for n in range(rounds):
            card = cards[(n * 7) % len(cards)]
            start = time.perf_counter()
            raw.execute(
                f"UPDATE {table} SET description = %s, row_version = row_version + 1 "  # type: ignore[arg-type]
                "WHERE workshop_key = %s AND id = %s",
                (f"floor {n}", key, card.id),
            )
            raw.commit()
            raws.append(time.perf_counter() - start)
            title = f"edit {n}"
            listener.expect(card.id, title)
            start = time.perf_counter()
            workshop.update("card", card.id, title=title)
            _sync(workshop, library)
            edits.append(time.perf_counter() - start)
            seen.append(listener.wait() - start)
    finally:
        library.close()
        listener.stop()
        raw.close()
        workshop.close()
        other.close()
    app, floor = statistics.median(edits), statistics.median(raws)
    report.add("edit L to the library", app, floor, "<= 1.5x raw UPDATE", app <= 1.5 * floor)
    p95 = statistics.quantiles(seen, n=20)[-1] if len(seen) > 1 else seen[0]
    report.add("live update seen, p95", p95, None, "< 1 s", p95 < 1.0)


def _sync(workshop: Any, library: Any) -> None:
    from storage.sync import synchronise

    synchronise(workshop, library, "L", prefer="b")


def _plain(url: str) -> str:
    """The libpq form of a SQLAlchemy URL (no driver part)."""
    return url.replace("postgresql+psycopg://", "postgresql://")


def _card_table() -> str:
    """The library's table of cards, schema-qualified (the same name the library uses)."""
    from storage.library import TABLES

    card = TABLES["card"]
    return f"{card.schema}.{card.name}" if card.schema else card.name


class _Listener:
    """A second copy kept in step as a window keeps it: notified on its own thread,
    synchronised when told; ``wait`` returns when the expected title is in its file."""

    def __init__(self, url: str, key: int, workshop: Any) -> None:
        from storage.library import Library

        self.library = Library(url)
        self.workshop = workshop
        self._stop = threading.Event()
        self._heard = threading.Event()
        self._done = threading.Event()
        self._want: tuple[str, str] = ("", "")
        self._at = 0.0
        self._thread = threading.Thread(
            target=self.library.listen, args=(key, self._stop, self._on_heard), daemon=True
        )
        self._thread.start()

    def _on_heard(self, revision: int) -> None:
        self._heard.set()

    def expect(self, card_id: str, title: str) -> None:
        self._want = (card_id, title)
        self._heard.clear()

    def wait(self) -> float:
        """Sync on each notification until the edit is in; the moment it was."""
        deadline = time.perf_counter() + 10
        while time.perf_counter() < deadline:
            if self._heard.wait(0.01):
                self._heard.clear()
                _sync(self.workshop, self.library)
                if self.workshop.card(self._want[0]).title == self._want[1]:
                    return time.perf_counter()
        raise RuntimeError("the second copy never saw the edit")

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.library.close()
