"""Export: the connections between cards as a second CSV table, beside the touchpoints.

A CSV file holds one table, so the connections go into a file of their own next to the
touchpoint table: ``NAME-connections.csv``, one row per arrow (map, from, to, kind,
label), in the touchpoint table's language, separator and quoting. Written only when
the exported maps have connections, atomically like the table itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from app.words import QT_TRANSLATE_NOOP
from export.csv_table import Cell, CsvFormat, csv_format, render, text_cell, write_text
from storage.workshop import Workshop

COLUMNS = ("map", "from", "from_phase", "to", "to_phase", "kind", "label")
LABELS: dict[str, str] = {
    "map": QT_TRANSLATE_NOOP("csv", "map"),
    "from": QT_TRANSLATE_NOOP("csv", "from card"),
    "from_phase": QT_TRANSLATE_NOOP("csv", "from phase"),
    "to": QT_TRANSLATE_NOOP("csv", "to card"),
    "to_phase": QT_TRANSLATE_NOOP("csv", "to phase"),
    "kind": QT_TRANSLATE_NOOP("csv", "kind"),
    "label": QT_TRANSLATE_NOOP("csv", "label"),
    "flow": QT_TRANSLATE_NOOP("csv", "next step"),
    "alternative": QT_TRANSLATE_NOOP("csv", "branch"),
    "return": QT_TRANSLATE_NOOP("csv", "loop back"),
}


def connections_path(out: Path | str) -> Path:
    """Where the connections of the table ``out`` go: ``NAME-connections.csv`` beside it."""
    out = Path(out)
    return out.with_name(f"{out.stem}-connections{out.suffix or '.csv'}")


def rows(workshop: Workshop, fmt: CsvFormat, maps: Iterable[str] | None = None) -> list[list[Cell]]:
    """One row per connection of the maps (default: all), map by map, in drawing order."""
    wanted = None if maps is None else set(maps)
    out: list[list[Cell]] = []
    with workshop.reading():
        for m in workshop.maps():
            if wanted is not None and m.id not in wanted:
                continue
            cards = {c.id: c for c in workshop.cards(m.id)}
            phases = {p.id: p.name for p in workshop.phases(m.id)}
            for connection in workshop.connections(m.id):
                source, target = cards[connection.from_card], cards[connection.to_card]
                out.append(
                    [
                        text_cell(m.name),
                        text_cell(source.title),
                        text_cell(phases.get(source.phase_id, "")),
                        text_cell(target.title),
                        text_cell(phases.get(target.phase_id, "")),
                        fmt.label(connection.kind, LABELS),
                        text_cell(connection.label),
                    ]
                )
    return out


def write_connections_csv(
    workshop: Workshop,
    out: Path | str,
    delimiter: str | None = None,
    maps: Iterable[str] | None = None,
    lang: str | None = None,
) -> Path | None:
    """Write the connections table beside the touchpoint table ``out``; its path, or
    None when there are no connections (then no file is written)."""
    fmt = csv_format(workshop, delimiter, lang)
    found = rows(workshop, fmt, maps)
    if not found:
        return None
    target = connections_path(out)
    write_text(render(fmt, [fmt.label(key, LABELS) for key in COLUMNS], found), target)
    return target
