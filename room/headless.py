"""Room: ``journeyboard room FILE``: a room without the window, for a terminal or a script.

The main thread runs a QtCore event loop and owns the document (the only writer); the
server runs in its own thread. Ratings go straight into the file as they arrive. Ctrl-C
and SIGTERM stop the server, then close the file.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from app.document import JourneyDocument
from room.hub import RoomHub, new_token
from room.network import lan_address
from room.server import RoomServer
from storage.errors import JourneyError


class RoomError(JourneyError):
    """The room cannot be opened (no map, no touchpoint, the address is taken)."""


def first_map(document: JourneyDocument) -> str:
    """The map a room rates by default: the first one with a touchpoint."""
    maps = document.maps()
    for journey_map in maps:
        if any(c.kind == "touchpoint" for c in document.cards(journey_map.id)):
            return journey_map.id
    raise RoomError(f"{document.path}: has no touchpoint to rate; add touchpoints first")


def run(path: Path, host: str | None, port: int) -> int:
    """Serve the room until SIGINT/SIGTERM; returns the exit code."""
    application = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    document = JourneyDocument.open(path)  # refuses a file that is open elsewhere
    try:
        hub = RoomHub(document, first_map(document), silent=False)
        server = RoomServer(hub, host or lan_address(), port, token=new_token())
        try:
            url = server.start()
        except OSError as error:
            raise RoomError(
                f"{host}:{port}: cannot listen there ({error.strerror or error})"
            ) from None
        # A stop asked for before the event loop runs (the signal can arrive right after
        # the line below) must not be lost: quit() outside exec() does nothing, so the
        # wake-up timer, which runs inside exec(), quits once a stop was asked for.
        stopping: list[int] = []

        def stop(signum: int, _frame: object) -> None:
            stopping.append(signum)
            application.quit()

        def wake_up() -> None:
            if stopping:
                application.quit()

        old = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
        # Python runs signal handlers only when it gets control: wake it now and then.
        wake = QTimer(interval=200)
        wake.timeout.connect(wake_up)
        wake.start()
        try:
            sys.stdout.write(f"Room open: {url}\n")
            sys.stdout.flush()
            application.exec()
        finally:
            wake.stop()
            for number, handler in old.items():
                signal.signal(number, handler)
            hub.bridge.drain()  # ratings already received are stored before closing
            hub.close()
            server.stop()
    finally:
        document.close()
    return 0
