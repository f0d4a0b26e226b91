"""App: the errors the window shows, as storage raises them (re-exported here).

The window reaches storage only through app/ (an import-linter contract keeps it so).
"""

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

__all__ = [
    "AlreadyExists",
    "EditNotSaved",
    "FileMissing",
    "FileProblem",
    "ForeignFile",
    "InvalidEdit",
    "JourneyError",
    "NotAWorkshop",
    "shown",
]
