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
    """The append-only journal of one workshop file's silent round."""

    def __init__(self, workshop: Path) -> None:
        self.path = journal_path(workshop)
        self._file = None

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

    def append(self, entries: list[tuple[tuple[str, str], Pending | None]]) -> None:
        """Add ratings (None: dropped) and flush them to the disk before returning."""
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
                entry = {"p": participant, "c": card, "e": value.experience,
                         "i": value.importance,
                         "b": list(value.base) if value.base is not None else None}
            lines.append(json.dumps(entry, separators=(",", ":")) + "\n")
        self._file.write("".join(lines).encode("utf-8"))
        self._file.flush()
        os.fsync(self._file.fileno())

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def remove(self) -> None:
        """The round is revealed or discarded: the journal goes."""
        self.close()
        self.path.unlink(missing_ok=True)
