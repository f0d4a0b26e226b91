"""GUI: one window per workshop: opening a file that is open in a running Journeyboard
brings that window to the front (e.g. a double-click on the file in the file manager).

The process that has a workshop open listens on a local socket (``QLocalServer``)
whose name is made from the file's resolved path and the user; ``journeyboard FILE``
first asks that name to show its window and exits when it answers. A file open
nowhere gets no answer, and the new process opens it as before. Only the current user
can connect (``UserAccessOption``), and the only request is "show your window".

Start-up pays nothing for this (``application.run_gui``): a new process asks only when
the file's lock shows that it is open somewhere, and a window starts listening after
its first paint; this module, and with it QtNetwork, is imported only then.
"""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCryptographicHash, QElapsedTimer, QObject, Qt, QThread
from PySide6.QtNetwork import QLocalServer, QLocalSocket

if TYPE_CHECKING:
    from widgets.window.main_window import MainWindow

REQUEST = b"show\n"
ANSWER = b"shown\n"
WAIT_MS = 3000  # for a running, responsive window the answer takes milliseconds
RETRY_MS = 100


def server_name(path: Path) -> str:
    """The local socket name of ``path`` (short: Unix socket paths are limited)."""
    try:
        resolved = str(Path(path).resolve())
    except OSError:
        resolved = str(Path(path).absolute())
    try:
        user = getpass.getuser()
    except (KeyError, OSError, ImportError):  # no name for this uid; Windows without USERNAME
        user = "user"
    # Qt's hash: QtCore is loaded already, hashlib would cost its import at start.
    digest = QCryptographicHash.hash(
        QByteArray(f"{user}\0{resolved}".encode()), QCryptographicHash.Algorithm.Sha256
    )
    return f"journeyboard-{bytes(digest.toHex().data()).decode()[:24]}"


def hand_over(path: Path) -> bool:
    """Ask the Journeyboard that has ``path`` open to show its window; True when it did."""
    socket = QLocalSocket()
    timer = QElapsedTimer()
    timer.start()
    while True:  # a window that has just opened the file may not listen yet
        socket.connectToServer(server_name(path))
        if socket.waitForConnected(RETRY_MS):
            break
        socket.abort()
        if timer.elapsed() > WAIT_MS:
            return False  # nobody answers for the file: open it here (and say it is open)
        QThread.msleep(RETRY_MS)
    socket.write(REQUEST)
    socket.waitForBytesWritten(WAIT_MS)
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(WAIT_MS):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer == ANSWER


class HandoverServer(QObject):
    """Listens for ``hand_over`` on the name of the window's open workshop."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        window.documentChanged.connect(self._document_changed)
        document = getattr(window, "document", None)
        if document is not None:
            self._document_changed(document)

    def _document_changed(self, document: object) -> None:
        self.server.close()
        path = getattr(document, "path", None)
        if path is None:
            return
        name = server_name(path)
        if not self.server.listen(name):
            # We hold the file's lock, so no live process listens on this name: it is a
            # socket left behind by a process that crashed. Remove it and listen again.
            QLocalServer.removeServer(name)
            self.server.listen(name)

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._answer(s))
            socket.disconnected.connect(socket.deleteLater)

    def _answer(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return  # the rest of the line is still on its way
        request = bytes(socket.readLine().data())
        if request != REQUEST:
            socket.disconnectFromServer()
            return
        self.show_window()
        socket.write(ANSWER)
        socket.flush()

    def show_window(self) -> None:
        """Bring the window to the front, also from the taskbar (minimised)."""
        window = self.window
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
