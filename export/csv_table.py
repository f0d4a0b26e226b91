"""Export: the touchpoint table as CSV for spreadsheets.

UTF-8 with a byte-order mark, so Excel and LibreOffice show umlauts without an import
dialog; the delimiter is selectable (',' ';' or tab: German Excel expects ';', and
then a decimal comma, which it gets). Experience and importance are numbers with two
decimals and empty when unrated
(never 0). Text that a spreadsheet would run as a formula ('=...', '@...') gets a
leading apostrophe. Written atomically: the file is complete or absent.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from app.mapdata import read_map
from export import ExportError
from storage import paths
from storage.workshop import Workshop

COLUMNS = ("map", "phase", "lane", "title", "channel", "direct", "experience", "importance",
           "votes", "disagreement", "expectation", "owner", "kpi", "description")
DELIMITERS = {",": ",", ";": ";", "\t": "\t", "tab": "\t", "\\t": "\t"}


def _number(value: float | None, decimal: str = ".") -> str:
    return "" if value is None else f"{value:.2f}".replace(".", decimal)


def _text(value: str) -> str:
    """User text, defused: a spreadsheet must not run a cell such as '=HYPERLINK(...)'."""
    if value[:1] in ("=", "@", "\t", "\r") or (value[:1] in ("+", "-") and not _is_number(value)):
        return "'" + value
    return value


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def rows(workshop: Workshop, maps: Iterable[str] | None = None,
         decimal: str = ".") -> list[dict[str, str]]:
    """The touchpoints of the maps (default: all) in board order, as text cells."""
    out: list[dict[str, str]] = []
    with workshop.reading():
        all_maps = workshop.maps()
        wanted = None if maps is None else list(maps)
        if wanted is not None:
            missing = sorted(set(wanted) - {m.id for m in all_maps})
            if missing:
                raise ExportError(f"{workshop.path}: no map with id {missing[0]!r}")
        for m in all_maps:
            if wanted is not None and m.id not in wanted:
                continue
            data = read_map(workshop, m.id)
            phases = {p.id: p.name for p in data.phases}
            lanes = {lane.id: lane.name for lane in data.lanes}
            for card in data.cards:
                if card.kind != "touchpoint":
                    continue
                score = data.scores[card.id]
                channel = data.channels.get(card.channel_id or "")
                out.append({
                    "map": _text(m.name), "phase": _text(phases.get(card.phase_id, "")),
                    "lane": _text(lanes.get(card.lane_id, "")), "title": _text(card.title),
                    "channel": _text(channel.name) if channel else "",
                    "direct": "direct" if card.direct else "indirect",
                    "experience": _number(score.experience, decimal),
                    "importance": _number(score.importance, decimal),
                    "votes": str(score.votes),
                    "disagreement": ("yes" if score.disagreement else "no") if score.rated
                    else "",
                    "expectation": _text(card.expectation), "owner": _text(card.owner),
                    "kpi": _text(card.kpi), "description": _text(card.description),
                })
    return out


def csv_text(workshop: Workshop, delimiter: str = ",", maps: Iterable[str] | None = None) -> str:
    """The CSV as text (without the byte-order mark)."""
    if delimiter not in DELIMITERS:
        raise ExportError(f"unsupported CSV delimiter {delimiter!r} (use ',', ';' or tab)")
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, delimiter=DELIMITERS[delimiter],
                            lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    # ';' is the separator of spreadsheets whose decimal mark is the comma (German Excel).
    writer.writerows(rows(workshop, maps, "," if DELIMITERS[delimiter] == ";" else "."))
    return buffer.getvalue()


def write_csv(workshop: Workshop, out: Path | str, delimiter: str = ",",
              maps: Iterable[str] | None = None) -> None:
    """Write the touchpoint table to ``out`` as UTF-8 with BOM, atomically."""
    text = csv_text(workshop, delimiter, maps)
    with paths.atomic_output(Path(out)) as temp:
        temp.write_bytes(text.encode("utf-8-sig"))
