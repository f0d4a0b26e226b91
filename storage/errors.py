"""Storage: the errors a workshop file can raise, each with a message that says what and where."""

from __future__ import annotations

from pathlib import Path


class JourneyError(Exception):
    """Base of every refused file or input; ``str()`` is the one line shown to the user."""


class FileProblem(JourneyError):
    """A workshop file that cannot be opened; the file is left untouched."""

    reason = "cannot be opened"

    def __init__(self, path: Path | str, detail: str = "") -> None:
        self.path = Path(path)
        detail = " ".join(detail.split())  # one line: SQLite's messages can span several
        self.detail = detail
        text = f"{self.path}: {self.reason}"
        super().__init__(f"{text} ({detail})" if detail else text)


class FileMissing(FileProblem):
    reason = "no such file"


class NotAWorkshop(FileProblem):
    reason = "not a Journeyboard workshop file (it is not a SQLite database)"


class ForeignFile(FileProblem):
    reason = "a SQLite database of another application, not a Journeyboard workshop"


class NewerVersion(FileProblem):
    reason = "made by a newer version of Journeyboard; please update Journeyboard to open it"


class DamagedFile(FileProblem):
    reason = "the workshop file is damaged; open a backup or an exported copy instead"


class InterruptedEdit(FileProblem):
    reason = (
        "an edit was interrupted (a crash or power cut) and is not rolled back yet; "
        "open the file for editing in Journeyboard to recover it"
    )


class AlreadyOpen(FileProblem):
    reason = "already open in another Journeyboard window or process; close it there first"


class NotWritten(FileProblem):
    reason = "could not be written (is the disk full?); nothing was changed there"


class AlreadyExists(FileProblem):
    reason = "already exists; choose another name or delete it first"


class InvalidEdit(JourneyError):
    """An edit that would break the workshop's rules (unknown id, bad value)."""


class EditNotSaved(InvalidEdit):
    """An edit SQLite could not write (disk full, I/O error); nothing of it was changed."""


class NotAFile(NotAWorkshop):
    """A folder, a named pipe, a device or a socket where a file is read or written."""

    reason = "not a regular file, so it is neither read nor written"


class InputTooLarge(FileProblem):
    reason = "is too large to read"


class PathTooLong(FileProblem):
    reason = "the path is too long for a workshop file"


class ReadOnlyFile(FileProblem):
    reason = "is read-only; nothing was written (choose another name)"


class SideFile(FileProblem):
    reason = "belongs to a workshop and is never written over; choose another name"
