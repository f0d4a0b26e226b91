"""GUI: start the application: `journeyboard [FILE]` with no command opens this."""

from __future__ import annotations

import os
import signal
import socket
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from app.rows import FileLock
from render.paint import ICONS, ensure_fonts

if TYPE_CHECKING:
    from widgets.window.main_window import MainWindow


def create_application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication (created once) with the app's name, icon and fonts."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "journeyboard", *argv])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName("Journeyboard")
    QCoreApplication.setApplicationName("Journeyboard")
    app.setApplicationDisplayName("Journeyboard")
    app.setWindowIcon(QIcon(str(ICONS / "journeyboard.svg")))
    ensure_fonts()
    return app


_keep_alive: list[object] = []  # the wake-up sockets and their notifier live as long as the app


def close_on_terminate(app: QApplication) -> None:
    """Close the windows and quit on SIGTERM or SIGINT (logout, ``kill``, Ctrl+C), as
    the close button would: the layout is saved and the workshop's lock released.

    Qt's event loop runs in C, where Python's handlers cannot run; the signal's byte
    on a wake-up socket wakes the loop instead (POSIX only; Windows has no SIGTERM).
    """
    if os.name != "posix":
        return
    receive, send = socket.socketpair()
    receive.setblocking(False)
    send.setblocking(False)
    signal.set_wakeup_fd(send.fileno())
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_args: None)  # the work is done by the notifier
    notifier = QSocketNotifier(receive.fileno(), QSocketNotifier.Type.Read, app)

    def terminate() -> None:
        try:
            numbers = receive.recv(64)  # one byte per signal received
        except BlockingIOError:
            return
        if {signal.SIGTERM, signal.SIGINT} & set(numbers):
            app.closeAllWindows()
            app.quit()

    notifier.activated.connect(terminate)
    _keep_alive.extend((receive, send, notifier))


class FileOpenHandler(QObject):
    """Opens the workshops the system sends as ``QFileOpenEvent`` in the window.

    macOS hands a file double-clicked in the Finder (or dropped on the Dock icon) to the
    running app as such an event instead of in its arguments.
    """

    def __init__(self, app: QCoreApplication, window: MainWindow) -> None:
        super().__init__(window)  # goes with the window
        self.window = window
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.FileOpen
            and isinstance(event, QFileOpenEvent)
            and event.file()
        ):
            self.window.open_file(event.file())
            return True
        return super().eventFilter(watched, event)


def run_gui(argv: Sequence[str]) -> int:
    """Open the main window (with the workshop named in ``argv``, if any); returns the exit code.

    When the workshop is open in another Journeyboard already, that window comes to the
    front instead and this process ends (exit 0). A file that cannot be opened is
    explained in a message box; the window then shows the start screen. The interface
    language is the one chosen last (else the system's).
    """
    from widgets.crash import install_excepthook
    from widgets.i18n import install_translator
    from widgets.settings import Settings
    from widgets.window.main_window import MainWindow

    files = [arg for arg in argv if not arg.startswith("-")]
    qt_args = [arg for arg in argv if arg.startswith("-")]
    app = create_application(qt_args)
    if files and _open_elsewhere(FileLock(Path(files[0]))):
        from widgets.handover import hand_over

        if hand_over(Path(files[0])):
            return 0
    install_excepthook()  # an exception in a slot shows a dialog; the workshop goes on
    close_on_terminate(app)
    settings = Settings()
    install_translator(app, settings.language())
    window = MainWindow(settings)
    FileOpenHandler(app, window)
    window.show()
    if files:
        window.open_file(files[0])
    # After the first paint: QtNetwork's import does not delay the window.
    QTimer.singleShot(0, window, lambda: _listen(window))
    return app.exec()


def _open_elsewhere(lock: FileLock) -> bool:
    """True when another window holds the file's lock (only then is a hand-over tried:
    QtNetwork is not imported at a plain start)."""
    try:
        if lock.acquire():
            lock.release()
            return False
    except OSError:  # missing or unreadable: the window explains it
        return False
    return True


def _listen(window: MainWindow) -> None:
    from widgets.handover import HandoverServer

    window.handover = HandoverServer(window)
