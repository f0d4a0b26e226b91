"""Long work behind a progress dialog: off the GUI thread, cancelled with the dialog's
button (leaving no file), and its errors reported on the GUI thread."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QPushButton

from app.demo import demo_workshop
from export.interchange import InterchangeError, load
from widgets.background import CANCELLED, run_in_background


def _press_cancel_when_shown(qtbot: Any, parent: QMainWindow, pressed: list[str]) -> QTimer:
    """Press the progress dialog's Cancel button with the mouse once the dialog shows."""

    def look() -> None:
        for dialog in parent.findChildren(QProgressDialog):
            if dialog.isVisible() and not pressed:
                pressed.append(dialog.labelText())
                button = dialog.findChild(QPushButton)
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    timer = QTimer(parent)
    timer.timeout.connect(look)
    timer.start(20)
    return timer


def test_cancel_in_the_dialog_stops_the_import_and_leaves_no_file(
    qtbot: Any, tmp_path: Path
) -> None:
    parent = QMainWindow()
    qtbot.addWidget(parent)
    parent.show()
    target = tmp_path / "big.journey"
    pressed: list[str] = []
    timer = _press_cancel_when_shown(qtbot, parent, pressed)

    def work(cancelled: Callable[[], bool]) -> None:
        while not cancelled():  # a long import, until the user gives up
            threading.Event().wait(0.01)
        load(demo_workshop("en"), target, cancelled)

    result = run_in_background(parent, "Import", "Writing big.journey\u2026", work)
    timer.stop()
    assert pressed == ["Writing big.journey\u2026"]
    assert result is CANCELLED
    assert list(tmp_path.iterdir()) == []


def test_the_work_runs_off_the_gui_thread_and_returns_its_result(
    qtbot: Any, tmp_path: Path
) -> None:
    parent = QMainWindow()
    qtbot.addWidget(parent)
    target = tmp_path / "w.journey"
    threads: list[int] = []

    def work(cancelled: Callable[[], bool]) -> str:
        threads.append(threading.get_ident())
        load(demo_workshop("en"), target, cancelled)
        return "written"

    assert run_in_background(parent, "Import", "Writing\u2026", work) == "written"
    assert threads and threads[0] != threading.get_ident()
    assert target.is_file()


def test_a_refused_input_is_raised_on_the_gui_thread(qtbot: Any, tmp_path: Path) -> None:
    parent = QMainWindow()
    qtbot.addWidget(parent)
    with pytest.raises(InterchangeError, match="title: is required"):
        run_in_background(
            parent,
            "Import",
            "Reading\u2026",
            lambda cancelled: load({"format": "journeyboard", "version": 1}, tmp_path / "x"),
        )
    assert list(tmp_path.iterdir()) == []
