"""Export: build a workshop from a touchpoint table (CSV or Excel), the way back of
``export --csv`` and ``export --xlsx``.

The header names the columns in English or German (the words ``export --csv`` writes,
in any order): title and phase are needed; map, lane, channel, direct/indirect,
expectation, owner, KPI and description are read when present. Maps, phases and lanes
are made in the order they first appear, except that lanes take the order their rows have
within each phase (the board order ``export`` writes: a lane whose first touchpoint is in
a later phase still comes back above the lanes it was above); a lane that holds touchpoints becomes a
persona lane (with a persona of its name, as journey maps draw a lane per customer); a
channel named like a built-in one is that channel, another becomes a channel of its
own. Means, votes and disagreement are computed from ratings, which a table does not
hold: they are left out. An Excel workbook is read from its first sheet with these
columns (a workbook Journeyboard wrote has the touchpoints first).
"""

from __future__ import annotations

import heapq
from itertools import pairwise
from pathlib import Path
from typing import Any

from app.templates import default_channels
from app.words import QT_TRANSLATE_NOOP, translate
from export.csv_table import DISAMBIGUATION, LABELS
from export.interchange import FORMAT, VERSION, InterchangeError
from export.measurements_import import MeasurementImportError, read_cells
from storage.errors import shown

FIELDS = (
    "map",
    "phase",
    "lane",
    "title",
    "channel",
    "direct",
    "expectation",
    "owner",
    "kpi",
    "description",
)
# The map and the lane of rows that name none (in the workshop's language, app.words).
DEFAULT_MAP = QT_TRANSLATE_NOOP("csv", "As-is")
DEFAULT_LANE = QT_TRANSLATE_NOOP("csv", "Customer")


def _key(cell: Any) -> str:
    return " ".join(str(cell or "").split()).lower()


def _headers() -> dict[str, tuple[str, str]]:
    """Every accepted header (lower case) -> (field, the language it is in)."""
    found: dict[str, tuple[str, str]] = {}
    for lang in ("de", "en"):  # English last: a word both share counts as English
        for field in FIELDS:
            word = translate("csv", LABELS[field], lang, DISAMBIGUATION.get(field))
            found[_key(word)] = (field, lang)
    return found


def _values() -> dict[str, bool]:
    """The words of the direct/indirect column in both languages -> direct or not."""
    out = {}
    for lang in ("en", "de"):
        out[_key(translate("csv", LABELS["value_direct"], lang))] = True
        out[_key(translate("csv", LABELS["value_indirect"], lang))] = False
    return out


def _text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    text = str(cell)
    # export --csv defuses text a spreadsheet would run with a leading "'".
    if text.startswith("'") and text[1:].lstrip()[:1] in ("=", "+", "-", "@"):
        return text[1:]
    return text


def read_table_workshop(path: Path | str) -> dict[str, Any]:
    """The interchange document of a workshop built from the touchpoint table at ``path``."""
    path = Path(path)
    source = shown(path)
    try:
        cells = _touchpoint_sheet(path)
    except MeasurementImportError as error:
        raise InterchangeError(str(error)) from None
    while cells and not any(_text(c).strip() for c in cells[0]):
        cells.pop(0)
    if not cells:
        raise InterchangeError(f"{source}: the table is empty")
    known = _headers()
    where: dict[str, int] = {}
    langs: list[str] = []
    for index, cell in enumerate(cells[0]):
        found = known.get(_key(cell))
        if found and found[0] not in where:
            where[found[0]] = index
            langs.append(found[1])
    missing = [name for name in ("title", "phase") if name not in where]
    if missing:
        raise InterchangeError(
            f"{source}: row 1 needs the columns title and phase (English or German, as "
            f"export --csv writes them); missing: {', '.join(missing)}"
        )
    lang = "de" if langs.count("de") > langs.count("en") else "en"
    return _build(cells, where, lang, path.stem, source)


def _touchpoint_sheet(path: Path) -> list[list[Any]]:
    if path.suffix.lower() != ".xlsx":
        return read_cells(path)
    import openpyxl

    from export.measurements_import import _xlsx_cells  # refuses what is no workbook

    _xlsx_cells(path)
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheets = [[list(row) for row in sheet.iter_rows(values_only=True)] for sheet in book]
    finally:
        book.close()
    known = _headers()
    for cells in sheets:
        header = next((row for row in cells if any(_text(c).strip() for c in row)), [])
        fields = {known[_key(c)][0] for c in header if _key(c) in known}
        if {"title", "phase"} <= fields:
            return cells
    return sheets[0] if sheets else []


def _build(
    cells: list[list[Any]], where: dict[str, int], lang: str, title: str, source: str
) -> dict[str, Any]:
    def cell(row: list[Any], name: str) -> str:
        index = where.get(name)
        return _text(row[index]).strip() if index is not None and index < len(row) else ""

    channels = default_channels(lang)
    by_id = {c["id"]: c for c in channels}
    # A built-in channel in either language is that channel, named as the table writes it.
    by_name = {
        c["name"].lower(): c["id"] for other in ("en", "de") for c in default_channels(other)
    }
    directs = _values()
    maps: dict[str, dict[str, Any]] = {}
    personas: dict[str, dict[str, Any]] = {}
    counter = iter(range(1, 1_000_000))
    for line, row in enumerate(cells[1:], start=2):
        if not any(_text(c).strip() for c in row):
            continue
        phase, card_title = cell(row, "phase"), cell(row, "title")
        if not phase:
            raise InterchangeError(f"{source}: row {line}: the phase is empty")
        map_name = cell(row, "map") or translate("csv", DEFAULT_MAP, lang)
        journey = maps.setdefault(
            map_name,
            {
                "id": f"m{len(maps) + 1}",
                "name": map_name,
                "kind": "as-is",
                "phases": [],
                "lanes": [],
                "cards": [],
                "_phases": {},
                "_lanes": {},
            },
        )
        if phase not in journey["_phases"]:
            journey["_phases"][phase] = f"ph{next(counter)}"
            journey["phases"].append({"id": journey["_phases"][phase], "name": phase})
        lane = cell(row, "lane") or translate("csv", DEFAULT_LANE, lang)
        if lane not in journey["_lanes"]:
            persona = personas.setdefault(lane, {"id": f"pe{len(personas) + 1}", "name": lane})
            journey["_lanes"][lane] = f"l{next(counter)}"
            journey["lanes"].append(
                {
                    "id": journey["_lanes"][lane],
                    "name": lane,
                    "kind": "persona",
                    "persona": persona["id"],
                }
            )
        card: dict[str, Any] = {
            "id": f"c{next(counter)}",
            "kind": "touchpoint",
            "lane": journey["_lanes"][lane],
            "phase": journey["_phases"][phase],
            "title": card_title,
        }
        channel = cell(row, "channel")
        if channel:
            if channel.lower() not in by_name:
                ident = f"ch{next(counter)}"
                channels.append({"id": ident, "name": channel, "icon": "custom"})
                by_name[channel.lower()] = ident
            card["channel"] = by_name[channel.lower()]
            by_id.get(card["channel"], {})["name"] = channel
        direct = cell(row, "direct")
        if direct:
            if direct.lower() not in directs:
                raise InterchangeError(
                    f"{source}: row {line}: {direct!r} is neither direct nor indirect"
                )
            card["direct"] = directs[direct.lower()]
        for name in ("expectation", "owner", "kpi", "description"):
            if cell(row, name):
                card[name] = cell(row, name)
        journey["cards"].append(card)
    if not maps:
        raise InterchangeError(f"{source}: the table has a header but no rows")
    for journey in maps.values():
        journey["lanes"] = _lane_order(journey["lanes"], journey["cards"])
        phases = [p["id"] for p in journey["phases"]]
        lanes = [lane["id"] for lane in journey["lanes"]]
        # Board order: by phase, then lane; within a cell the table's order.
        journey["cards"].sort(key=lambda c: (phases.index(c["phase"]), lanes.index(c["lane"])))
        del journey["_phases"], journey["_lanes"]
    return {
        "format": FORMAT,
        "version": VERSION,
        "title": title,
        "language": lang,
        "personas": list(personas.values()),
        "channels": channels,
        "maps": list(maps.values()),
    }


def _lane_order(lanes: list[dict[str, Any]], cards: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``lanes`` in the order the table's rows give them within each phase (one lane above
    another wherever both hold touchpoints of one phase); among lanes no phase orders, the
    order of first appearance; rows that contradict each other keep that order too."""
    first = {lane["id"]: i for i, lane in enumerate(lanes)}
    above: dict[str, set[str]] = {lane_id: set() for lane_id in first}
    below: dict[str, set[str]] = {lane_id: set() for lane_id in first}
    seen: dict[str, list[str]] = {}  # phase -> its lanes in the table's order
    for card in cards:
        order = seen.setdefault(card["phase"], [])
        if card["lane"] not in order:
            order.append(card["lane"])
    for order in seen.values():
        for upper, lower in pairwise(order):
            above[lower].add(upper)
            below[upper].add(lower)
    ready = [(first[lane_id], lane_id) for lane_id, uppers in above.items() if not uppers]
    heapq.heapify(ready)
    result: list[str] = []
    while ready:  # Kahn's topological sort, the earliest-appearing free lane first
        _index, lane_id = heapq.heappop(ready)
        result.append(lane_id)
        for lower in below[lane_id]:
            above[lower].discard(lane_id)
            if not above[lower]:
                heapq.heappush(ready, (first[lower], lower))
    if len(result) < len(lanes):  # a cycle: the rows disagree on the order
        return lanes
    by_id = {lane["id"]: lane for lane in lanes}
    return [by_id[lane_id] for lane_id in result]
