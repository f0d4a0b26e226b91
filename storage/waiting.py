"""Storage: waiting for a file that another program holds, with word of the wait.

SQLite's busy timeout waits inside the C library: the window would freeze for up to its
5 s with no sign of why, and no way to give up. Python's sqlite3 has no busy-handler
hook, so an edit's two statements that need the file's write lock (``BEGIN IMMEDIATE``
and ``COMMIT``) run with a busy timeout of 0 and are retried here, with short sleeps,
for as long as the busy timeout allowed. Before each sleep a caller's function hears how
long the edit has waited and may stop the wait; it hears once more when the wait ends.
Storage knows no Qt: the document turns this into the window's indication.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from storage.errors import EditNotSaved, shown

BUSY_SECONDS = 5.0  # how long an edit waits for the file (SQLite's busy timeout so far)
READ_BUSY_MS = 5000  # reads keep SQLite's own busy timeout: a writer's commit is short
# Seconds waited so far (None: the wait is over) -> whether to go on waiting.
BusyHandler = Callable[[float | None], bool]


class EditCancelled(EditNotSaved):
    """The user stopped waiting for a busy file: the edit was not made, nothing changed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"{shown(path)}: the edit was not made: another program kept the file busy "
            "and the wait was cancelled"
        )


def busy(error: sqlite3.OperationalError) -> bool:
    """Whether ``error`` says another connection holds a lock the statement needs."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF == sqlite3.SQLITE_BUSY


class Waiter:
    """Runs the statements that need the write lock, retrying while the file is busy."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.seconds = BUSY_SECONDS
        self.handler: BusyHandler | None = None
        self.waiting = False  # a wait is under way (other edits must not start then)

    def run(self, connection: sqlite3.Connection, statement: str) -> None:
        """Execute ``statement``; while the file is busy, retry for up to ``seconds``.

        Raises the last SQLITE_BUSY error when the time is up, and EditCancelled when
        the handler stops the wait.
        """
        start: float | None = None
        pause = 0.002
        try:
            while True:
                try:
                    connection.execute(statement)
                    return
                except sqlite3.OperationalError as error:
                    if not busy(error):
                        raise
                    now = time.monotonic()
                    if start is None:
                        start = now
                        self.waiting = True
                    waited = now - start
                    if waited >= self.seconds:
                        raise
                    if self.handler is not None and not self.handler(waited):
                        raise EditCancelled(self.path) from None
                    time.sleep(pause)
                    pause = min(pause * 2, 0.05)  # soon after a short lock, then calmly
        finally:
            if start is not None:
                self.waiting = False
                if self.handler is not None:
                    self.handler(None)
