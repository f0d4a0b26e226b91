"""App: the errors the window shows, as storage raises them (re-exported here).

The window reaches storage only through app/ (an import-linter contract keeps it so).
"""

from storage.bulk import Cancelled
from storage.errors import (
    AlreadyExists,
    EditNotSaved,
    FileMissing,
    FileProblem,
    ForeignFile,
    InvalidEdit,
    JourneyError,
    NotAWorkshop,
    shown,
)
from storage.waiting import EditCancelled

__all__ = [
    "AlreadyExists",
    "Cancelled",
    "EditCancelled",
    "EditNotSaved",
    "FileMissing",
    "FileProblem",
    "ForeignFile",
    "InvalidEdit",
    "JourneyError",
    "NotAWorkshop",
    "shown",
]
