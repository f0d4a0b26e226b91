"""GUI: what the user sees when something goes wrong.

``install_excepthook`` replaces ``sys.excepthook`` so that an exception in a slot does
not end the workshop: the traceback goes to a log file and an ``ErrorDialog`` says that
nothing was lost (every edit is already in the file). Refused files and failed imports
or exports are reported by ``widgets.dialogs.show_error``.
"""

from __future__ import annotations

import datetime
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

LOG_NAME = "journeyboard.log"
MAX_LOG_BYTES = 1_000_000  # then the log moves to journeyboard.log.1 and starts afresh

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def default_log_dir() -> Path:
    """<AppLocalDataLocation>/logs, or a folder in the temp folder when Qt knows none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    base = Path(location) if location else Path(tempfile.gettempdir()) / "journeyboard"
    return base / "logs"


def write_log(text: str, log_dir: Path | None = None) -> Path | None:
    """Append ``text`` under a timestamp to the log file; its path, or None if unwritable."""
    path = (log_dir or default_log_dir()) / LOG_NAME
    stamp = datetime.datetime.now().astimezone().isoformat(timespec="seconds")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_file() and path.stat().st_size > MAX_LOG_BYTES:
            path.replace(path.with_name(LOG_NAME + ".1"))
        with path.open("a", encoding="utf-8") as log:
            log.write(f"=== {stamp} ===\n{text.rstrip()}\n")
    except OSError:
        return None
    return path


class ErrorDialog(QDialog):
    """ "Something went wrong", the traceback folded away, Copy details and Close."""

    def __init__(
        self, details: str, log_path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("Journeyboard: something went wrong"))
        self.setMinimumWidth(520)

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = self.tr(
            "Something went wrong. Your workshop is saved: every change is "
            "written to the file as you make it."
        )
        if log_path is not None:
            text += "\n\n" + self.tr("The details were written to {path}.").format(
                path=str(log_path)
            )
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.toggle = QToolButton()
        self.toggle.setText(self.tr("Details"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setMinimumHeight(180)
        self.details_view.setVisible(False)
        self.toggle.toggled.connect(self._show_details)

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)

    def _show_details(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.details_view.setVisible(shown)
        self.adjustSize()

    def copy_details(self) -> None:
        """Put the traceback on the clipboard, for a bug report."""
        QGuiApplication.clipboard().setText(self.details)


def _show_error_dialog(details: str, log_path: Path | None) -> None:
    dialog = ErrorDialog(details, log_path, QApplication.activeWindow())
    dialog.exec()


# The hook's way to show the dialog: tests replace it, so nothing blocks.
show_dialog: Callable[[str, Path | None], None] = _show_error_dialog

_dialog_open = False
_log_dir: Path | None = None
_previous_hook: Callable[..., object] | None = None


def handle_exception(
    exc_type: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """Log an uncaught exception and tell the user; the application keeps running."""
    global _dialog_open
    if issubclass(exc_type, KeyboardInterrupt | SystemExit):
        sys.__excepthook__(exc_type, value, tb)
        return
    details = "".join(traceback.format_exception(exc_type, value, tb))
    if sys.stderr is not None:  # None under pythonw on Windows
        sys.stderr.write(details)  # for whoever started the app from a terminal
    log_path = write_log(details, _log_dir)
    # One dialog at a time: an exception raised while it is open (its own event loop
    # runs the app's slots) is only logged.
    if _dialog_open or QApplication.instance() is None:
        return
    _dialog_open = True
    try:
        show_dialog(details, log_path)
    except Exception:  # the dialog itself failed: the log still has the details
        write_log("while showing the error dialog:\n" + traceback.format_exc(), _log_dir)
    finally:
        _dialog_open = False


def install_excepthook(log_dir: Path | None = None) -> None:
    """Route uncaught exceptions to ``handle_exception``; logs go to ``log_dir`` if given."""
    global _log_dir, _previous_hook
    _log_dir = log_dir
    if sys.excepthook is not handle_exception:
        _previous_hook = sys.excepthook
    sys.excepthook = handle_exception


def uninstall_excepthook() -> None:
    """Put back the hook that ``install_excepthook`` replaced."""
    global _previous_hook
    if sys.excepthook is handle_exception:
        sys.excepthook = _previous_hook or sys.__excepthook__
    _previous_hook = None
