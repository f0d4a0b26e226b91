"""Export: which reader an input file needs (interchange JSON, a Mermaid journey, or a
touchpoint table).

Chosen by the file's extension (``.json``; ``.mmd``, ``.mermaid``, ``.md``; ``.csv``,
``.tsv``, ``.xlsx``: ``export.table_import``), else by its
first character: ``{`` is JSON, anything else is read as Mermaid text, whose parser then
says what it expected.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from export.mermaid import SUFFIXES, read_mermaid
from storage import paths

JSON_SUFFIXES = (".json",)
TABLE_SUFFIXES = (".csv", ".tsv", ".xlsx")


def is_json(path: Path) -> bool:
    """Whether ``path`` is read as interchange JSON."""
    suffix = path.suffix.lower()
    if suffix in JSON_SUFFIXES or suffix in SUFFIXES:
        return suffix in JSON_SUFFIXES
    if not path.is_file():  # never open a pipe or a device to look inside it
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return True  # the JSON reader reports why the file cannot be read
    return head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")


def read_source(path: Path | str, lang: str = "en") -> Any:
    """The interchange data of an input file (``lang``: the language of a Mermaid import's
    workshop; a JSON file names its own)."""
    from export.interchange import read_file

    path = Path(path)
    paths.check_input(path)  # a pipe, a device or a folder is refused before it is opened
    if path.suffix.lower() in TABLE_SUFFIXES:  # a touchpoint table (export --csv, --xlsx)
        from export.table_import import read_table_workshop

        return read_table_workshop(path)
    return read_file(path) if is_json(path) else read_mermaid(path, lang)
