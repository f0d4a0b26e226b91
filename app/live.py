"""App: a window's workshop kept in step with its workshop in a team library.

The window edits a working copy (a pulled ``.journey`` file), as it edits any file: every
edit is saved at once, and undo works as ever. After each edit the copy is synchronised
with the library (``storage.sync.synchronise``): the edit goes up as a new revision, and
what others pushed since comes down. Others' pushes are heard through PostgreSQL's
LISTEN/NOTIFY on a thread that only hands the revision over to the GUI thread; the
synchronisation itself, the only writer, runs on the GUI thread. Changes that come in
are told to the views as the document's ``changed`` signal, as an edit would be, but
never enter the undo stack.

Where another person changed a field one had changed too, theirs (pushed first) stays
and ``conflicted`` names them. While the library cannot be reached the copy keeps every
edit and the link retries; ``connection_changed`` tells the window.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from app.commands import kind_label
from app.document import JourneyDocument
from storage.errors import InvalidEdit, JourneyError
from storage.library import Library
from storage.library_names import split_target
from storage.sync import synchronise

RETRY_MS = 2000  # a lost library is tried again this often


class ChangedByOthers(InvalidEdit):
    """An undo refused: someone else changed the row since one's own edit of it."""

    def __init__(self, who: str, kind: str) -> None:
        text = QCoreApplication.translate("live", "%1 changed this %2 a moment ago")
        super().__init__(text.replace("%1", who).replace("%2", kind_label(kind)))
        self.hint = QCoreApplication.translate(
            "live",
            "Their change stays, and Undo/Redo are as they were. Change it again by hand "
            "if yours should win.",
        )


def _rows_of(command: object) -> list[tuple[str, str]]:
    """The rows an undo command touches, as (kind, id) the Change of an edit names."""
    if hasattr(command, "card_id"):  # a rating
        return [("rating", command.card_id)]  # type: ignore[attr-defined]
    kind, row_id = getattr(command, "kind", None), getattr(command, "row_id", None)
    return [(kind, row_id)] if isinstance(kind, str) and isinstance(row_id, str) else []


@dataclass(frozen=True)
class Overruled:
    """An edit of ours that the library refused: someone else changed it first."""

    who: str
    when: datetime
    kind: str  # the table: card, lane, ...
    name: str  # how the row is named: kind, id and title


class LiveLink(QObject):
    """Keeps ``document`` (a pulled copy) and the library workshop ``target`` in step."""

    conflicted = Signal(list)  # [Overruled]: our edits that others had changed first
    connection_changed = Signal(bool, str)  # online?, and why not
    synced = Signal(int)  # the library's revision the copy now holds
    _heard = Signal(int)  # from the listening thread: a revision was pushed

    def __init__(self, document: JourneyDocument, target: str, parent: QObject | None = None):
        super().__init__(parent)
        url, self.name = split_target(target)
        self.library = Library(url)
        self.target = f"{self.library.where}#{self.name}"
        self.document = document
        self.online = True
        self.revision = -1
        self._scheduled = False
        self._applying = False  # others' changes being told to the views
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.sync)
        self._heard.connect(self._on_heard, Qt.ConnectionType.QueuedConnection)
        # Rows others changed: (kind, id) -> (who, the undo stack's index when it came).
        self._foreign: dict[tuple[str, str], tuple[str, int]] = {}
        document.undo_check = self.check_undo
        document.changed.connect(self._local_change)
        document.closed.connect(self.close)
        with self.library.transaction() as connection:
            key, _revision = self.library.require(connection, self.name)
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self.library.listen,
            args=(key, self._stop, self._heard.emit),
            name="journeyboard-library",
            daemon=True,
        )
        self._thread.start()

    def close(self) -> None:
        """Stop listening (the copy keeps what it has; the next open syncs again)."""
        self._stop.set()
        self._retry.stop()
        if self._thread.is_alive():
            self._thread.join(timeout=5)
        self.library.close()

    # -- when to synchronise --------------------------------------------------------------

    def _local_change(self, _change: object) -> None:
        if self._applying:  # others' changes, told to the views: nothing to send
            return
        self.schedule()

    def _on_heard(self, revision: int) -> None:
        if revision == 0 or revision > self.revision:  # 0: (re)connected, catch up
            self.schedule()

    def schedule(self) -> None:
        """Synchronise once the event loop is free (several edits at once: one sync)."""
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self.sync)

    # -- synchronising ---------------------------------------------------------------------

    def sync(self) -> None:
        """Send our edits and fetch others' now; on failure go offline and retry."""
        self._scheduled = False
        if self._stop.is_set():
            return
        workshop = self.document.workshop
        try:
            done = synchronise(workshop, self.library, self.name, prefer="b")
        except JourneyError as error:
            self._set_online(False, str(error))
            self._retry.start()
            return
        self._set_online(True, "")
        self.revision = done.revision
        if done.incoming:
            index = self.document.undo_stack.index()
            for row in done.incoming.added | done.incoming.updated | done.incoming.removed:
                self._foreign[row] = (done.others, index)
            self._applying = True
            try:
                for listener in list(workshop.listeners):
                    listener(done.incoming)
            finally:
                self._applying = False
        if done.conflicts:
            self.conflicted.emit(
                [
                    Overruled(who, when, c.table, c.name)
                    for c, (who, when) in zip(done.conflicts, done.who, strict=True)
                ]
            )
        self.synced.emit(done.revision)

    def check_undo(self, commands: list[object]) -> None:
        """Refuse to undo a step whose rows someone else changed after it was done."""
        done_at = self.document.undo_stack.index()  # the step was done at index - 1
        for command in commands:
            for row in _rows_of(command):
                who, index = self._foreign.get(row, ("", -1))
                if index >= done_at:
                    raise ChangedByOthers(who, row[0])

    def _set_online(self, online: bool, reason: str) -> None:
        if online != self.online:
            self.online = online
            self.connection_changed.emit(online, reason)
