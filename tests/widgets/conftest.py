"""Fixtures for the board: a main window on the demo workshop, and synthesised gestures.

Gestures (tests/widgets/board_helpers.py) are real events sent to the view's viewport,
so the tests go through the same code paths as a user.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.widgets.board_helpers import Gestures


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every MainWindow() and Settings() of a test reads and writes a fresh temp folder."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def board_window(qtbot: Any, workshop_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The main window with the demo workshop open and shown (1400 x 900)."""
    from widgets import dialogs
    from widgets.window.main_window import MainWindow

    def unexpected(*args: object) -> None:
        raise AssertionError(f"unexpected dialog: {args}")

    monkeypatch.setattr(dialogs, "warn", unexpected)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    assert window.open_file(workshop_path)
    window.show()
    qtbot.waitExposed(window)
    window.board_view.zoom_reset()
    window.board_view.horizontalScrollBar().setValue(0)
    window.board_view.verticalScrollBar().setValue(0)
    yield window
    window.close_file()


@pytest.fixture
def gestures(board_window: Any) -> Gestures:
    return Gestures(board_window.board_view)


class Dialogs:
    """Every modal question of the application, answered by the test; nothing blocks."""

    def __init__(self) -> None:
        self.save_names: list[str] = []  # answers of QFileDialog.getSaveFileName, in order
        self.open_names: list[str] = []  # answers of QFileDialog.getOpenFileName, in order
        self.texts: list[str | None] = []  # answers of dialogs.ask_text
        self.confirm = True
        self.errors: list[tuple[str, str, str]] = []  # (title, message, hint) shown
        self.warnings: list[tuple[str, str]] = []
        self.asked: list[str] = []  # titles of the questions asked
        self.done: list[Path] = []  # exports reported as finished


@pytest.fixture
def app_dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from widgets import dialogs, export_dialog

    answers = Dialogs()

    def save_name(*args: object, **kwargs: object) -> tuple[str, str]:
        answers.asked.append(str(args[1]) if len(args) > 1 else "")
        name = answers.save_names.pop(0) if answers.save_names else ""
        return name, ""

    def open_name(*args: object, **kwargs: object) -> tuple[str, str]:
        answers.asked.append(str(args[1]) if len(args) > 1 else "")
        return (answers.open_names.pop(0) if answers.open_names else ""), ""

    def ask_text(parent: object, title: str, label: str, text: str = "") -> str | None:
        answers.asked.append(title)
        return answers.texts.pop(0) if answers.texts else None

    def confirm(parent: object, title: str, text: str) -> bool:
        answers.asked.append(text)
        return answers.confirm

    def show_error(parent: object, title: str, message: str, hint: str = "") -> None:
        answers.errors.append((title, message, hint))

    def unexpected(*args: object, **kwargs: object) -> object:
        raise AssertionError(f"unexpected modal dialog: {args}")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(unexpected))
    monkeypatch.setattr(QMessageBox, "exec", unexpected)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(unexpected))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(unexpected))
    monkeypatch.setattr(dialogs, "ask_text", ask_text)
    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr(
        dialogs, "warn", lambda parent, title, text: answers.warnings.append((title, text))
    )
    monkeypatch.setattr(dialogs, "show_error", show_error)
    monkeypatch.setattr(
        export_dialog, "show_done", lambda parent, path: answers.done.append(Path(path))
    )
    return answers


@pytest.fixture
def app_settings(tmp_path: Path) -> Any:
    """The settings of one "installation", on an ini file in tmp_path."""
    from PySide6.QtCore import QSettings

    from widgets.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "journeyboard.ini"), QSettings.Format.IniFormat))
    settings.set_language("en")
    return settings


@pytest.fixture
def app_window(
    qtbot: Any, app_settings: Any, app_dialogs: Dialogs, workshop_path: Path
) -> Iterator[Any]:
    """The full main window (menus, panels, timer) on the demo workshop, shown."""
    from widgets.window.main_window import MainWindow

    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    assert window.open_file(workshop_path)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.presentation.exit()
    window.close_file()
