"""Storage: what an edit reports (Change) and what a delete keeps for its undo (Snapshot)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Change:
    """What one committed edit touched: sets of (kind, id); ratings use the card id."""

    added: set[tuple[str, str]] = field(default_factory=set)
    updated: set[tuple[str, str]] = field(default_factory=set)
    removed: set[tuple[str, str]] = field(default_factory=set)

    def ids(self, kind: str) -> set[str]:
        """Every id of ``kind`` touched in any way."""
        return {i for k, i in self.added | self.updated | self.removed if k == kind}

    def kinds(self) -> set[str]:
        return {k for k, _ in self.added | self.updated | self.removed}

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.removed)


@dataclass
class Snapshot:
    """Rows removed by a delete (row objects, parent first), with the board index of the
    rows that go back among siblings that stayed, and the references set to NULL."""

    rows: list[tuple[str, Any, int | None]] = field(default_factory=list)
    updates: list[tuple[str, str, str, Any]] = field(default_factory=list)

    @property
    def root(self) -> tuple[str, str]:
        kind, row, _ = self.rows[0]
        return kind, row.id
