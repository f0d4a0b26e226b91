"""Export: the as-is vs. to-be comparison as CSV (same format rules as the touchpoint table).

One table: first a row per phase, then a row per touchpoint (carried over, new, then
dropped), each with the experience and importance on both sides and the delta
(to-be minus as-is; empty where a side is unrated). Touchpoint rows also carry their
rank among the moments of truth on each side and how it moved. The comparison itself is
``app.compare``'s; this module only writes it.
"""

from __future__ import annotations

from pathlib import Path

from app.compare import (
    CARRIED,
    DOWN,
    DROPPED,
    ENTERED,
    LEFT,
    NEW,
    SAME,
    UP,
    compare_maps,
    compare_phases,
    moment_change,
    moment_ranks,
)
from app.mapdata import read_map
from export import ExportError, find_map
from export.csv_table import Cell, CsvFormat, Number, csv_format, render, text_cell, write_text
from storage.workshop import Workshop

COLUMNS = ("level", "change", "phase", "lane", "title", "experience_as_is",
           "experience_to_be", "experience_delta", "importance_as_is", "importance_to_be",
           "importance_delta", "moment_rank_as_is", "moment_rank_to_be", "moment_change")

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "level": "level", "change": "change", "phase": "phase", "lane": "lane",
        "title": "title", "experience_as_is": "experience as-is",
        "experience_to_be": "experience to-be", "experience_delta": "experience change",
        "importance_as_is": "importance as-is", "importance_to_be": "importance to-be",
        "importance_delta": "importance change", "moment_rank_as_is": "moment rank as-is",
        "moment_rank_to_be": "moment rank to-be", "moment_change": "moment of truth",
        "level_phase": "phase", "level_touchpoint": "touchpoint",
        CARRIED: "carried over", NEW: "new", DROPPED: "dropped",
        ENTERED: "became a moment of truth", LEFT: "no longer a moment of truth",
        UP: "moved up", DOWN: "moved down", SAME: "same rank",
    },
    "de": {
        "level": "Ebene", "change": "Änderung", "phase": "Phase", "lane": "Bahn",
        "title": "Titel", "experience_as_is": "Erlebnis Ist",
        "experience_to_be": "Erlebnis Soll", "experience_delta": "Erlebnis Veränderung",
        "importance_as_is": "Wichtigkeit Ist", "importance_to_be": "Wichtigkeit Soll",
        "importance_delta": "Wichtigkeit Veränderung", "moment_rank_as_is": "Rang Moment Ist",
        "moment_rank_to_be": "Rang Moment Soll", "moment_change": "Moment der Wahrheit",
        "level_phase": "Phase", "level_touchpoint": "Touchpoint",
        CARRIED: "übernommen", NEW: "neu", DROPPED: "entfallen",
        ENTERED: "neu ein Moment der Wahrheit", LEFT: "kein Moment der Wahrheit mehr",
        UP: "nach oben gerückt", DOWN: "nach unten gerückt", SAME: "gleicher Rang",
    },
}


def comparison_pair(workshop: Workshop, map_name: str | None = None) -> tuple[str, str]:
    """(as-is id, to-be id): the named map and its base (or the map based on it); by
    default the first map that is based on another."""
    maps = workshop.maps()
    by_id = {m.id: m for m in maps}
    if map_name is not None:
        chosen = find_map(workshop, map_name)
        if chosen.based_on in by_id:
            return chosen.based_on, chosen.id
        child = next((m for m in maps if m.based_on == chosen.id), None)
        if child is None:
            raise ExportError(f"{workshop.path}: map {map_name!r} is not based on another "
                              "map and no map is based on it; nothing to compare")
        return chosen.id, child.id
    based = next((m for m in maps if m.based_on in by_id), None)
    if based is None:
        raise ExportError(f"{workshop.path}: no map is based on another (create the to-be "
                          "map from the as-is map); nothing to compare")
    return str(based.based_on), based.id


def _rank(rank: int | None) -> Cell:
    return "" if rank is None else Number(str(rank))


def comparison_rows(workshop: Workshop, fmt: CsvFormat, as_is_id: str,
                    to_be_id: str) -> list[list[Cell]]:
    """The comparison's rows (COLUMNS): phases first, then touchpoints."""
    with workshop.reading():
        as_is, to_be = read_map(workshop, as_is_id), read_map(workshop, to_be_id)
    label = LABELS[fmt.lang]
    out: list[list[Cell]] = []
    for phase in compare_phases(as_is, to_be):
        change = CARRIED if phase.in_as_is and phase.in_to_be else (
            NEW if phase.in_to_be else DROPPED)
        out.append([
            label["level_phase"], label[change], text_cell(phase.name), "", "",
            fmt.number(phase.old_experience), fmt.number(phase.new_experience),
            fmt.number(phase.experience_delta), fmt.number(phase.old_importance),
            fmt.number(phase.new_importance), fmt.number(phase.importance_delta), "", "", "",
        ])
    old_ranks, new_ranks = moment_ranks(as_is), moment_ranks(to_be)
    for row in compare_maps(as_is, to_be):
        old_rank = old_ranks.get(row.as_is_card_id or "")
        new_rank = new_ranks.get(row.to_be_card_id or "")
        moved = moment_change(old_rank, new_rank)
        out.append([
            label["level_touchpoint"], label[row.status],
            text_cell(row.new_phase if row.new_phase is not None else row.old_phase or ""),
            text_cell(row.new_lane if row.new_lane is not None else row.old_lane or ""),
            text_cell(row.title),
            fmt.number(row.old_experience), fmt.number(row.new_experience),
            fmt.number(row.experience_delta), fmt.number(row.old_importance),
            fmt.number(row.new_importance), fmt.number(row.importance_delta),
            _rank(old_rank), _rank(new_rank), label[moved] if moved else "",
        ])
    return out


def comparison_text(workshop: Workshop, delimiter: str | None = None, lang: str | None = None,
                    map_name: str | None = None) -> str:
    """The comparison as CSV text (without the byte-order mark)."""
    fmt = csv_format(workshop, delimiter, lang)
    as_is_id, to_be_id = comparison_pair(workshop, map_name)
    return render(fmt, [LABELS[fmt.lang][key] for key in COLUMNS],
                  comparison_rows(workshop, fmt, as_is_id, to_be_id))


def write_comparison(workshop: Workshop, out: Path | str, delimiter: str | None = None,
                     lang: str | None = None, map_name: str | None = None) -> None:
    """Write the as-is vs. to-be comparison to ``out`` (UTF-8 with BOM), atomically."""
    write_text(comparison_text(workshop, delimiter, lang, map_name), out)
