"""An exception in a slot is logged and shown; the application goes on."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from widgets import crash


class Emitter(QObject):
    clicked = Signal()


def broken_slot() -> None:
    raise ValueError("the card has no lane")


@pytest.fixture
def dialogs(monkeypatch):
    """Every dialog the hook would show, as (details, log_path); nothing blocks."""
    shown = []
    monkeypatch.setattr(crash, "show_dialog", lambda details, path: shown.append((details, path)))
    return shown


@pytest.fixture
def hook(qapp, tmp_path):
    """The crash hook installed with its log in tmp_path; the previous hook restored after."""
    previous = sys.excepthook
    crash.install_excepthook(tmp_path / "logs")
    yield tmp_path / "logs" / crash.LOG_NAME
    crash.uninstall_excepthook()
    assert sys.excepthook is previous


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_logged_and_shown(hook, dialogs, capsys):
    emitter = Emitter()
    emitter.clicked.connect(broken_slot)
    emitter.clicked.emit()
    reached = True  # the process did not exit: we are still here

    assert reached
    assert len(dialogs) == 1
    details, log_path = dialogs[0]
    assert "ValueError: the card has no lane" in details
    assert "broken_slot" in details
    assert log_path == hook
    log = hook.read_text(encoding="utf-8")
    assert log.startswith("=== 20")  # a timestamp line
    assert "ValueError: the card has no lane" in log
    assert "Traceback" in capsys.readouterr().err


@pytest.mark.qt_no_exception_capture
def test_an_exception_while_the_dialog_is_open_is_only_logged(hook, monkeypatch):
    emitter = Emitter()
    emitter.clicked.connect(broken_slot)
    shown = []

    def dialog_that_runs_more_slots(details: str, path: Path | None) -> None:
        shown.append(details)
        emitter.clicked.emit()  # the dialog's event loop runs a slot that fails again

    monkeypatch.setattr(crash, "show_dialog", dialog_that_runs_more_slots)
    emitter.clicked.emit()
    assert len(shown) == 1
    assert hook.read_text(encoding="utf-8").count("ValueError: the card has no lane") == 2

    emitter.clicked.emit()  # once it is closed, the next error gets a dialog again
    assert len(shown) == 2


@pytest.mark.qt_no_exception_capture
def test_a_failing_dialog_is_logged_too(hook, monkeypatch):
    def broken_dialog(details: str, path: Path | None) -> None:
        raise RuntimeError("no screen")

    monkeypatch.setattr(crash, "show_dialog", broken_dialog)
    emitter = Emitter()
    emitter.clicked.connect(broken_slot)
    emitter.clicked.emit()
    log = hook.read_text(encoding="utf-8")
    assert "while showing the error dialog" in log
    assert "RuntimeError: no screen" in log


def test_log_goes_to_the_app_data_folder_by_default(qapp):
    assert crash.default_log_dir().name == "logs"


def test_an_unwritable_log_folder_is_not_fatal(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert crash.write_log("text", blocker) is None


def test_error_dialog(qtbot):
    details = 'Traceback (most recent call last):\n  File "x.py"\nValueError: boom\n'
    dialog = crash.ErrorDialog(details, Path("/tmp/journeyboard.log"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Your workshop is saved" in dialog.message.text()
    assert "/tmp/journeyboard.log" in dialog.message.text()
    assert not dialog.details_view.isVisible()  # collapsed
    qtbot.mouseClick(dialog.toggle, Qt.MouseButton.LeftButton)
    assert dialog.details_view.isVisible()
    assert dialog.details_view.toPlainText() == details
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == details
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_show_error_says_what_and_what_to_do(qapp, monkeypatch):
    shown = []

    def warning(parent, title, text, *rest):
        shown.append((title, text))

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    from widgets.dialogs import show_error

    show_error(None, "Cannot open", "/x.journey: damaged", "Open a backup instead.")
    assert shown == [("Cannot open", "/x.journey: damaged\n\nOpen a backup instead.")]
