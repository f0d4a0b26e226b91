"""Storage: the errors a workshop file can raise, each with a message that says what and where."""

from __future__ import annotations

from pathlib import Path


def shown(value: object, limit: int = 200) -> str:
    """``value`` as text fit for one line of a message: a name or value from a file or a
    command line may hold newlines or terminal escape codes, and may be megabytes long.

    Printable text is shown as it is; anything else escaped as ``repr`` does. Long text
    is cut in the middle, keeping both ends (the end of a path names the file).
    """
    text = str(value)
    if not text.isprintable():
        text = repr(text)[1:-1]
    if len(text) > limit:
        keep = (limit - 3) // 2
        text = f"{text[:keep]}...{text[-keep:]}"
    return text


class JourneyError(Exception):
    """Base of every refused file or input; ``str()`` is the one line shown to the user."""


class FileProblem(JourneyError):
    """A workshop file that cannot be opened; the file is left untouched."""

    reason = "cannot be opened"

    def __init__(self, path: Path | str, detail: str = "") -> None:
        self.path = Path(path)
        detail = shown(" ".join(detail.split()), 300)  # one line, even from SQLite
        self.detail = detail
        text = f"{shown(self.path)}: {self.reason}"
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


class FileBusy(FileProblem):
    reason = (
        "busy: another program kept it locked for writing longer than Journeyboard "
        "waits (5 s); try again in a moment"
    )


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
