"""GUI: long work (reading and importing a large workshop) on a worker thread, while the
window stays responsive behind a progress dialog that can cancel it.

``run_in_background(parent, title, label, work)`` calls ``work(cancelled)`` on a
thread of its own; ``cancelled()`` answers True once the user pressed Cancel, and the
work is expected to stop soon after by raising ``bulk.Cancelled`` (nothing written).
The dialog appears only when the work takes longer than half a second. What the work
returns (or raises) is returned (or raised) on the GUI thread; a cancelled run returns
``CANCELLED``. The work must not touch widgets or the open document: it reads files and
writes new ones.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import Cancelled

PROGRESS_DELAY_MS = 500
CANCELLED: Final = object()


class _Done(QObject):
    """Tells the GUI thread that the worker finished (a queued signal across threads)."""

    finished = Signal()


def run_in_background(
    parent: QWidget | None, title: str, label: str, work: Callable[[Callable[[], bool]], Any]
) -> Any:
    """``work(cancelled)`` on a worker thread behind a progress dialog; see the module."""
    stop = threading.Event()
    outcome: dict[str, Any] = {}
    done = _Done()
    loop = QEventLoop()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    dialog = QProgressDialog(label, tr("Cancel"), 0, 0, parent)  # 0, 0: busy, no percentage
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(stop.set)
    dialog.canceled.connect(lambda: dialog.setLabelText(tr("Cancelling\u2026")))

    def run() -> None:
        try:
            outcome["value"] = work(stop.is_set)
        except Cancelled:
            outcome["value"] = CANCELLED
        except BaseException as error:
            outcome["error"] = error
        finally:
            done.finished.emit()

    worker = threading.Thread(target=run, name="journeyboard-background", daemon=True)
    worker.start()
    dialog.setValue(0)  # starts the dialog's half-second timer
    loop.exec()
    worker.join()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]  # finished work counts even if Cancel came too late


def tr(text: str) -> str:
    """Translated like the other module-level texts of the window (no class context)."""
    return QCoreApplication.translate("", text)
