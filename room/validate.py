"""Room: checks of what a phone sends (names, ratings), with the HTTP status to refuse it.

Pure functions, no Qt and no I/O: the server calls them on its own thread before it
hands anything to the workshop.
"""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from storage.vocabulary import EXPERIENCE_RANGE, IMPORTANCE_RANGE

MAX_BODY = 16 * 1024  # bytes of a request body
MAX_NAME = 40  # characters of a participant's name
# Bidirectional overrides and isolates reorder the text around them on the projector.
_BIDI = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


class RoomError(Exception):
    """A refused request: the HTTP status and a one-line message for the phone."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def parse_body(body: bytes) -> dict[str, Any]:
    """The JSON object of a request body (413 when too big, 422 when not an object)."""
    if len(body) > MAX_BODY:
        raise RoomError(413, f"request body is over {MAX_BODY // 1024} KB")
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise RoomError(422, "request body: not valid JSON") from None
    if not isinstance(data, dict):
        raise RoomError(422, "request body: expected a JSON object")
    return data


def clean_name(value: Any) -> str:
    """A participant's name as stored: NFC, single spaces, 1..40 printable characters."""
    if not isinstance(value, str):
        raise RoomError(422, "name: expected a text")
    name = " ".join(unicodedata.normalize("NFC", value).split())
    if not name:
        raise RoomError(422, "name: must not be empty")
    if len(name) > MAX_NAME:
        raise RoomError(422, f"name: at most {MAX_NAME} characters")
    for char in name:
        if unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn") or char in _BIDI:
            raise RoomError(422, f"name: contains a control character (U+{ord(char):04X})")
    return name


def name_key(name: str) -> str:
    """What makes two names the same participant: case and spacing do not count."""
    return name.casefold()


def _whole(data: dict[str, Any], field: str, low: int, high: int) -> int:
    value = data.get(field)
    if isinstance(value, bool) or not isinstance(value, int):
        raise RoomError(422, f"{field}: expected a whole number from {low} to {high}")
    if not low <= value <= high:
        raise RoomError(422, f"{field}: must be between {low} and {high}")
    return value


def rating_of(data: dict[str, Any]) -> tuple[str, int, int]:
    """(participant id, experience, importance) of a rating body."""
    participant = data.get("participant")
    if not isinstance(participant, str) or not participant or len(participant) > 64:
        raise RoomError(422, "participant: expected the id that joining returned")
    experience = _whole(data, "experience", *EXPERIENCE_RANGE)
    importance = _whole(data, "importance", *IMPORTANCE_RANGE)
    return participant, experience, importance
