"""Room: the side journal that keeps a silent round's ratings crash-safe.

A silent round's ratings must not enter the workshop file before the reveal (the board
would show them) yet must survive a crash. They are appended to ``NAME.journey-room``
beside the file, one JSON line each, flushed to the disk before the phone hears "200".
The reveal writes them into the file as one undo step and removes the journal; opening
the file again after a crash finds the journal and offers the round. No Qt here.
"""

from __future__ import annotations

import json
import os
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from storage.vocabulary import EXPERIENCE_RANGE, IMPORTANCE_RANGE

SUFFIX = "-room"  # demo.journey -> demo.journey-room


@dataclass(frozen=True)
class Pending:
    """A rating of the silent round: the value, and the file's value when it was given.

    ``base`` tells a later keyboard rating apart: when the file no longer holds ``base``,
    the facilitator rated after the phone, and the keyboard's rating is the last one.
    """

    experience: int
    importance: int
    base: tuple[int, int] | None


def journal_path(workshop: Path) -> Path:
    return workshop.with_name(workshop.name + SUFFIX)


def _valid(entry: object) -> bool:
    if not isinstance(entry, dict):
        return False
    if not (isinstance(entry.get("p"), str) and isinstance(entry.get("c"), str)):
        return False
    if entry.get("drop") is True:
        return True
    values = [entry.get("e"), entry.get("i")]
    base = entry.get("b")
    if base is not None:
        if not isinstance(base, list) or len(base) != 2:
            return False
        values += base
    if any(isinstance(v, bool) or not isinstance(v, int) for v in values):
        return False
    ok = EXPERIENCE_RANGE[0] <= entry["e"] <= EXPERIENCE_RANGE[1]
    return ok and IMPORTANCE_RANGE[0] <= entry["i"] <= IMPORTANCE_RANGE[1]


class Journal:
    """The append-only journal of one workshop file's silent round.

    ``append_later`` writes and flushes on the journal's own thread, in the order given,
    and then calls back; the GUI thread never waits for the disk. ``remove`` (the round
    is revealed or discarded) makes every append still waiting a no-op.
    """

    def __init__(self, workshop: Path) -> None:
        self.path = journal_path(workshop)
        self._file = None
        self._lock = threading.Lock()  # one writer of the file at a time
        self._generation = 0  # bumped by remove(): older appends are void
        self._queue: queue.SimpleQueue | None = None

    def exists(self) -> bool:
        return self.path.is_file()

    def read(self) -> dict[tuple[str, str], Pending]:
        """The round's ratings by (participant, card), the last line of each winning.

        A line cut short by a crash, or anything else that is not a rating, is skipped.
        """
        pending: dict[tuple[str, str], Pending] = {}
        try:
            lines = self.path.read_bytes().splitlines()
        except FileNotFoundError:
            return pending
        for line in lines:
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if not _valid(entry):
                continue
            key = (entry["p"], entry["c"])
            if entry.get("drop") is True:
                pending.pop(key, None)
            else:
                base = tuple(entry["b"]) if entry.get("b") is not None else None
                pending[key] = Pending(entry["e"], entry["i"], base)
        return pending

    def append_later(
        self,
        entries: list[tuple[tuple[str, str], Pending | None]],
        done: Callable[[BaseException | None], None] | None = None,
    ) -> None:
        """Like ``append`` on the journal's thread; then ``done(None or the error)``."""
        if self._queue is None:
            self._queue = queue.SimpleQueue()
            threading.Thread(
                target=self._write_queued,
                args=(self._queue,),
                name="journeyboard-room-journal",
                daemon=True,
            ).start()
        self._queue.put((self._generation, entries, done))

    def _write_queued(self, waiting: queue.SimpleQueue) -> None:
        while True:
            item = waiting.get()
            if item is None:
                return
            generation, entries, done = item
            error: BaseException | None = None
            try:
                with self._lock:
                    if generation == self._generation:  # not revealed or discarded since
                        self._write(entries)
            except OSError as problem:
                error = problem
            if done is not None:
                done(error)

    def append(self, entries: list[tuple[tuple[str, str], Pending | None]]) -> None:
        """Add ratings (None: dropped) and flush them to the disk before returning."""
        with self._lock:
            self._write(entries)

    def _write(self, entries: list[tuple[tuple[str, str], Pending | None]]) -> None:
        if not entries:
            return
        if self._file is None:
            created = not self.path.exists()
            self._file = open(self.path, "ab")  # noqa: SIM115 (kept open for the round)
            if created and hasattr(os, "O_DIRECTORY"):  # the new name itself must survive
                folder = os.open(self.path.parent, os.O_RDONLY | os.O_DIRECTORY)
                try:
                    os.fsync(folder)
                finally:
                    os.close(folder)
        lines = []
        for (participant, card), value in entries:
            if value is None:
                entry: dict[str, object] = {"p": participant, "c": card, "drop": True}
            else:
                entry = {
                    "p": participant,
                    "c": card,
                    "e": value.experience,
                    "i": value.importance,
                    "b": list(value.base) if value.base is not None else None,
                }
            lines.append(json.dumps(entry, separators=(",", ":")) + "\n")
        self._file.write("".join(lines).encode("utf-8"))
        self._file.flush()
        os.fsync(self._file.fileno())

    def close(self) -> None:
        """Write what waits, then stop the journal's thread and close the file."""
        if self._queue is not None:
            finished = threading.Event()
            self._queue.put((self._generation, [], lambda _error: finished.set()))
            self._queue.put(None)
            finished.wait(timeout=30)
            self._queue = None
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None

    def remove(self) -> None:
        """The round is revealed or discarded: the journal goes, with what still waits."""
        with self._lock:
            self._generation += 1
            if self._file is not None:
                self._file.close()
                self._file = None
            self.path.unlink(missing_ok=True)
