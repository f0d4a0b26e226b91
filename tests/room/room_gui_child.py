"""Child process of the kill test: the window's silent room without the window.

Runs the same hub (silent round, journal) and server as the Room panel on a QtGui
application, prints the room's URL, and serves until it is killed.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from app.document import JourneyDocument
from room.headless import first_map
from room.hub import RoomHub, new_token
from room.server import RoomServer


def main(path: str) -> int:
    application = QGuiApplication(sys.argv[:1])
    document = JourneyDocument.open(path)
    hub = RoomHub(document, first_map(document), silent=True)
    server = RoomServer(hub, "127.0.0.1", 0, token=new_token())
    print(f"Room open: {server.start()}", flush=True)
    return application.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
