"""Room: hands work from the server's thread to the GUI thread and the answer back.

The server thread calls ``submit(function)`` and awaits the returned future; the GUI
thread runs every waiting function in one event-loop turn (``drain``), so the
ratings of many phones that arrive together can be stored in one transaction.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal


class RoomClosed(RuntimeError):
    """The room closed while a request waited for the GUI thread."""


class GuiBridge(QObject):
    """Lives on the GUI thread; any thread may ``submit`` to it."""

    _wake = Signal()

    def __init__(
        self,
        run_batch: Callable[[list[tuple[Callable[[], Any], Future]]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._run_batch = run_batch
        self._lock = threading.Lock()
        self._waiting: list[tuple[Callable[[], Any], Future]] = []
        self._closed = False
        # Queued: the slot runs on this object's (the GUI) thread, whoever emits.
        self._wake.connect(self.drain, Qt.ConnectionType.QueuedConnection)

    def submit(self, function: Callable[[], Any]) -> Future:
        """Run ``function`` on the GUI thread; its result or exception comes in the future."""
        future: Future = Future()
        with self._lock:
            if self._closed:
                future.set_exception(RoomClosed("the room is closed"))
                return future
            self._waiting.append((function, future))
            wake = len(self._waiting) == 1
        if wake:
            self._wake.emit()
        return future

    def drain(self) -> None:
        """Run everything waiting (on the GUI thread)."""
        with self._lock:
            batch, self._waiting = self._waiting, []
        if batch:
            self._run_batch(batch)

    def close(self) -> None:
        """Refuse new work; what waits is answered with an error."""
        with self._lock:
            self._closed = True
            batch, self._waiting = self._waiting, []
        for _function, future in batch:
            if not future.done():
                future.set_exception(RoomClosed("the room is closed"))
