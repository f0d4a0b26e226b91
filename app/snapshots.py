"""App: taking, restoring and naming snapshots of the open workshop (no QtWidgets).

A snapshot is taken by hand (File > Snapshot...), or automatically before an edit that
changes much at once: the reveal of a room's silent round, and a merge. Restoring one is
a single undo step that puts back the whole workshop as it was.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from app.commands import Command, execute
from app.document import JourneyDocument
from app.words import QT_TRANSLATE_NOOP
from storage.snapshots import SnapshotInfo, State

__all__ = ["SnapshotInfo", "State"]

# The name of an automatic snapshot starts with what was about to happen.
REASON_NAMES = {
    "reveal": QT_TRANSLATE_NOOP("snapshots", "Before the reveal"),
    "merge": QT_TRANSLATE_NOOP("snapshots", "Before the merge"),
}


def unique_name(document: JourneyDocument, name: str) -> str:
    """``name``, or ``name (2)``, ``name (3)``... when a snapshot has it already."""
    taken = {info.name for info in document.snapshots()}
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name} ({number})", number + 1
    return candidate


def automatic_name(document: JourneyDocument, reason: str, now: dt.datetime | None = None) -> str:
    """ "Before the reveal 2026-03-14 10:32", in the interface language, unique in the file."""
    label = QCoreApplication.translate("snapshots", REASON_NAMES[reason])
    moment = (now or dt.datetime.now()).strftime("%Y-%m-%d %H:%M")
    return unique_name(document, f"{label} {moment}")


def snapshot_before(document: JourneyDocument, reason: str) -> str:
    """Take the automatic snapshot before a reveal or a merge; returns its id.

    Call it on the GUI thread right before the edit, for ``reason`` "reveal" or "merge".
    """
    return document.take_snapshot(automatic_name(document, reason), reason)


class RestoreSnapshotCommand(Command):
    """Make the whole workshop what a snapshot froze; undo puts back what it was."""

    def __init__(self, document: JourneyDocument, snapshot_id: str, name: str) -> None:
        text = QCoreApplication.translate("snapshots", "Restore snapshot “%1”").replace("%1", name)
        super().__init__(document, text)
        self.snapshot_id = snapshot_id
        self._target: State | None = None
        self._before: State | None = None

    def apply(self) -> None:
        if self._target is None:  # read once: the snapshot may be deleted before a redo
            self._target = self.document.snapshot_state(self.snapshot_id)
        if self._before is None:
            self._before = self.document.current_state()
        self.document.replace_state(self._target)

    def revert(self) -> None:
        assert self._before is not None
        self.document.replace_state(self._before)


def restore_snapshot(document: JourneyDocument, snapshot_id: str) -> None:
    """Restore a snapshot as one undo step (raises InvalidEdit when it cannot be)."""
    name = next(info.name for info in document.snapshots() if info.id == snapshot_id)
    execute(document, RestoreSnapshotCommand(document, snapshot_id, name))
