"""GUI: the user's language for what storage refuses.

Storage speaks English to the command line and the log (``str(error)``); the window says
the same in the interface language: the reason of a refused file, translated, with the
file's path and SQLite's own detail kept as they are.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from app.errors import EditCancelled, EditNotSaved, FileProblem, shown


def reasons() -> dict[str, str]:
    """Translated reason per kind of refused file (the class name in storage.errors)."""
    return {
        "FileProblem": QCoreApplication.translate("messages", "cannot be opened"),
        "FileMissing": QCoreApplication.translate("messages", "no such file"),
        "NotAWorkshop": QCoreApplication.translate(
            "messages", "not a Journeyboard workshop file (it is not a SQLite database)"
        ),
        "ForeignFile": QCoreApplication.translate(
            "messages", "a SQLite database of another application, not a Journeyboard workshop"
        ),
        "NewerVersion": QCoreApplication.translate(
            "messages",
            "made by a newer version of Journeyboard; please update Journeyboard to open it",
        ),
        "DamagedFile": QCoreApplication.translate(
            "messages", "the workshop file is damaged; open a backup or an exported copy instead"
        ),
        "InterruptedEdit": QCoreApplication.translate(
            "messages",
            "an edit was interrupted (a crash or power cut) and is not "
            "rolled back yet; open the file for editing in Journeyboard to "
            "recover it",
        ),
        "AlreadyOpen": QCoreApplication.translate(
            "messages",
            "already open in another Journeyboard window or process; close it there first",
        ),
        "NotWritten": QCoreApplication.translate(
            "messages", "could not be written (is the disk full?); nothing was changed there"
        ),
        "AlreadyExists": QCoreApplication.translate(
            "messages", "already exists; choose another name or delete it first"
        ),
        "FileBusy": QCoreApplication.translate(
            "messages",
            "busy: another program kept it locked for writing longer than "
            "Journeyboard waits (5 s); try again in a moment",
        ),
        "NotAFile": QCoreApplication.translate(
            "messages", "not a regular file, so it is neither read nor written"
        ),
        "InputTooLarge": QCoreApplication.translate("messages", "is too large to read"),
        "PathTooLong": QCoreApplication.translate(
            "messages", "the path is too long for a workshop file"
        ),
        "ReadOnlyFile": QCoreApplication.translate(
            "messages", "is read-only; nothing was written (choose another name)"
        ),
        "SideFile": QCoreApplication.translate(
            "messages", "belongs to a workshop and is never written over; choose another name"
        ),
    }


_NOT_SAVED = re.compile(r"^(?P<path>.*): the edit could not be saved \((?P<detail>.*)\)$")


def error_text(error: BaseException) -> str:
    """``error`` as one line in the interface language (English: exactly ``str(error)``)."""
    from export.mermaid_parse import MermaidError  # a refused Mermaid import

    if isinstance(error, MermaidError):
        from widgets.import_messages import mermaid_error_text

        return mermaid_error_text(error)
    if isinstance(error, FileProblem):
        reason = reasons().get(type(error).__name__)
        if reason is None:
            return str(error)
        text = f"{error.path}: {reason}"
        return f"{text} ({error.detail})" if error.detail else text
    if isinstance(error, EditCancelled):
        return QCoreApplication.translate(
            "messages",
            "%1: the edit was not made: another program kept the file busy and the wait "
            "was cancelled",
        ).replace("%1", shown(error.path))
    if isinstance(error, EditNotSaved):
        match = _NOT_SAVED.match(str(error))
        if match:
            return (
                QCoreApplication.translate("messages", "%1: the edit could not be saved (%2)")
                .replace("%1", match["path"])
                .replace("%2", match["detail"])
            )
    return str(error)
