"""Opening a workshop that is open already brings its window to the front (double-click
in the file manager); the app closes cleanly on SIGTERM."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QProcess, Qt

from storage.lock import FileLock

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def _env(home: Path) -> dict[str, str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
    )
    env.pop("JOURNEYBOARD_DEBUG", None)
    return env


def test_a_second_start_with_the_open_file_shows_the_window(
    qtbot: Any, board_window: Any, workshop_path: Path, tmp_path: Path
) -> None:
    from widgets.handover import HandoverServer

    HandoverServer(board_window)  # what run_gui gives the window
    board_window.showMinimized()
    assert board_window.windowState() & Qt.WindowState.WindowMinimized
    second = QProcess()
    second.setProgram(sys.executable)
    second.setArguments([str(MAIN), str(workshop_path)])
    second.setProcessEnvironment(_process_environment(_env(tmp_path)))
    second.start()
    # This process must keep its event loop running to answer: wait with qtbot.
    qtbot.waitUntil(lambda: second.state() == QProcess.ProcessState.NotRunning, timeout=60000)
    assert (second.exitStatus(), second.exitCode()) == (QProcess.ExitStatus.NormalExit, 0), bytes(
        second.readAllStandardError().data()
    ).decode()
    assert not board_window.windowState() & Qt.WindowState.WindowMinimized
    assert board_window.isVisible() and board_window.document.path == workshop_path


def test_a_file_the_system_sends_as_an_event_opens(
    qtbot: Any, qapp: Any, tmp_path: Path, workshop_path: Path
) -> None:
    """macOS: a workshop double-clicked in the Finder arrives as a QFileOpenEvent."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from widgets.application import FileOpenHandler
    from widgets.window.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    FileOpenHandler(qapp, window)
    window.show()
    assert window.document is None
    QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(workshop_path)))
    assert window.document is not None and window.document.path == workshop_path
    assert window.board_scene.items()  # the board shows it
    window.close_file()


def _process_environment(env: dict[str, str]) -> Any:
    from PySide6.QtCore import QProcessEnvironment

    result = QProcessEnvironment()
    for key, value in env.items():
        result.insert(key, value)
    return result


def test_a_stale_socket_left_by_a_crash_does_not_stop_the_hand_over(
    qtbot: Any, board_window: Any, workshop_path: Path
) -> None:
    from PySide6.QtNetwork import QLocalServer

    from widgets import handover

    name = handover.server_name(workshop_path)
    stale = QLocalServer()
    assert stale.listen(name)  # another server holds the name (on Unix: a socket file)
    listener = handover.HandoverServer(board_window)
    assert listener.server.isListening() and listener.server.serverName() == name
    stale.close()
    board_window.close_file()
    assert not listener.server.isListening()  # nothing is open: nothing to hand over


@pytest.mark.skipif(os.name != "posix", reason="Windows has no SIGTERM")
def test_hand_over_between_processes_and_sigterm_closes_cleanly(
    workshop_path: Path, tmp_path: Path
) -> None:
    env = _env(tmp_path)
    gui = subprocess.Popen(
        [sys.executable, str(MAIN), str(workshop_path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        lock = FileLock(workshop_path)
        deadline = time.monotonic() + 60
        while lock.acquire():  # free until the window has opened the workshop
            lock.release()
            assert gui.poll() is None and time.monotonic() < deadline, "the GUI did not open it"
            time.sleep(0.1)
        second = subprocess.run(
            [sys.executable, str(MAIN), str(workshop_path)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert (second.returncode, second.stderr) == (0, "")
        assert gui.poll() is None  # the first window is still there
        gui.send_signal(signal.SIGTERM)
        assert gui.wait(timeout=60) == 0
    finally:
        if gui.poll() is None:
            gui.kill()
            gui.wait()
    assert lock.acquire()  # the lock went with the window
    lock.release()
