"""Export: everything that leaves the app as a file (PDF, PNG, CSV, interchange JSON, Mermaid)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from storage import paths
from storage.errors import JourneyError
from storage.workshop import Workshop


class ExportError(JourneyError):
    """An export that cannot be made; nothing was written."""


def find_map(workshop: Workshop, name: str | None) -> Any:
    """The map called ``name`` (default: the first map), or an ExportError naming the maps."""
    maps = workshop.maps()
    if not maps:
        raise ExportError(f"{workshop.path}: the workshop has no map")
    if name is None:
        return maps[0]
    for m in maps:
        if m.name == name:
            return m
    names = ", ".join(repr(m.name) for m in maps)
    raise ExportError(f"{workshop.path}: no map named {name!r} (maps: {names})")


def run_export(
    workshop: Workshop,
    kind: str,
    out: Path,
    *,
    map_name: str | None = None,
    page_size: str = "A3",
    dpi: int = 150,
    delimiter: str | None = None,
    lang: str | None = None,
    compare: bool = False,
    actions: bool = False,
) -> list[str]:
    """Write one export of ``workshop`` to ``out`` atomically: complete or absent.

    Returns the characters the export could not show (a PDF draws each as □).
    CSV: ``delimiter`` and ``lang`` default to the workshop's language; ``compare``
    writes the as-is vs. to-be comparison instead of the touchpoint table, ``actions``
    the action list.
    """
    with workshop.reading():
        if kind == "json":
            from export.interchange import dump, to_text

            text = to_text(dump(workshop))
            with paths.atomic_output(out) as temp:
                temp.write_text(text, encoding="utf-8")
        elif kind == "pdf":
            from export.pdf import write_pdf

            return write_pdf(
                workshop,
                out,
                page_size=page_size,
                maps=None if map_name is None else [find_map(workshop, map_name).id],
            )
        elif kind == "png":
            from export.png import write_png

            write_png(workshop, find_map(workshop, map_name).id, out, dpi=dpi)
        elif kind == "csv" and compare:
            from export.csv_compare import write_comparison

            write_comparison(workshop, out, delimiter=delimiter, lang=lang, map_name=map_name)
        elif kind == "csv" and actions:
            from export.csv_actions import write_actions_csv

            write_actions_csv(
                workshop,
                out,
                delimiter=delimiter,
                lang=lang,
                maps=None if map_name is None else [find_map(workshop, map_name).id],
            )
        elif kind == "csv":
            from export.csv_connections import write_connections_csv
            from export.csv_table import write_csv

            maps = None if map_name is None else [find_map(workshop, map_name).id]
            write_csv(workshop, out, delimiter=delimiter, lang=lang, maps=maps)
            # The arrows between cards: a second table, in a file of its own beside it.
            write_connections_csv(workshop, out, delimiter=delimiter, lang=lang, maps=maps)
        elif kind == "xlsx":
            from export.xlsx import write_xlsx

            write_xlsx(workshop, out, lang=lang)
        elif kind == "mermaid":
            from export.mermaid import write_mermaid

            write_mermaid(workshop, out, find_map(workshop, map_name).id)
        else:  # pragma: no cover - argparse allows only these
            raise ExportError(f"unknown export format {kind!r}")
    return []
