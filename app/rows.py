"""App: the rows of a workshop, their vocabulary and what changed, as the window reads them.

The window and the painting reach storage only through app/ (an import-linter contract
keeps it so); these names are storage's own, re-exported here.
"""

from storage.lock import FileLock
from storage.rows import (
    Card,
    Channel,
    Connection,
    JourneyMap,
    Lane,
    NoteType,
    Participant,
    Persona,
    Phase,
    Rating,
)
from storage.vocabulary import CONNECTION_KINDS, NOTE_TYPES
from storage.workshop import Change

__all__ = [
    "CONNECTION_KINDS",
    "NOTE_TYPES",
    "Card",
    "Change",
    "Channel",
    "Connection",
    "FileLock",
    "JourneyMap",
    "Lane",
    "NoteType",
    "Participant",
    "Persona",
    "Phase",
    "Rating",
]
