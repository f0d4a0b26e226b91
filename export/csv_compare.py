"""Export: the as-is vs. to-be comparison as CSV (same format rules as the touchpoint table).

One table: first a row per phase (matched by name; means of its rated touchpoints),
then a row per touchpoint (carried over, new, then dropped), each with the experience
and importance on both sides and the delta (to-be minus as-is; empty where a side is
unrated). Touchpoint rows also carry their
rank among the moments of truth on each side and how it moved. The comparison itself is
``app.compare``'s; this module only writes it.
"""

from __future__ import annotations

from pathlib import Path

from app.compare import CARRIED, DROPPED, NEW, compare_maps, moved_moments, phase_deltas
from app.mapdata import MapData, read_map
from app.words import QT_TRANSLATE_NOOP
from export import ExportError, find_map
from export.csv_table import Cell, CsvFormat, Number, csv_format, render, text_cell, write_text
from storage.workshop import Workshop

# How a touchpoint's place among the moments of truth changed from as-is to to-be.
ENTERED, LEFT, UP, DOWN, SAME = "entered", "left", "up", "down", "same"

COLUMNS = (
    "level",
    "change",
    "phase",
    "lane",
    "title",
    "experience_as_is",
    "experience_to_be",
    "experience_delta",
    "importance_as_is",
    "importance_to_be",
    "importance_delta",
    "moment_rank_as_is",
    "moment_rank_to_be",
    "moment_change",
)

# The comparison's words in English; the other languages are in the catalogue ("csv").
LABELS: dict[str, str] = {
    "level": QT_TRANSLATE_NOOP("csv", "level"),
    "change": QT_TRANSLATE_NOOP("csv", "change"),
    "phase": QT_TRANSLATE_NOOP("csv", "phase"),
    "lane": QT_TRANSLATE_NOOP("csv", "lane"),
    "title": QT_TRANSLATE_NOOP("csv", "title"),
    "experience_as_is": QT_TRANSLATE_NOOP("csv", "experience as-is"),
    "experience_to_be": QT_TRANSLATE_NOOP("csv", "experience to-be"),
    "experience_delta": QT_TRANSLATE_NOOP("csv", "experience change"),
    "importance_as_is": QT_TRANSLATE_NOOP("csv", "importance as-is"),
    "importance_to_be": QT_TRANSLATE_NOOP("csv", "importance to-be"),
    "importance_delta": QT_TRANSLATE_NOOP("csv", "importance change"),
    "moment_rank_as_is": QT_TRANSLATE_NOOP("csv", "moment rank as-is"),
    "moment_rank_to_be": QT_TRANSLATE_NOOP("csv", "moment rank to-be"),
    "moment_change": QT_TRANSLATE_NOOP("csv", "moment of truth"),
    "level_phase": QT_TRANSLATE_NOOP("csv", "phase"),
    "level_touchpoint": QT_TRANSLATE_NOOP("csv", "touchpoint"),
    CARRIED: QT_TRANSLATE_NOOP("csv", "carried over"),
    NEW: QT_TRANSLATE_NOOP("csv", "new"),
    DROPPED: QT_TRANSLATE_NOOP("csv", "dropped"),
    ENTERED: QT_TRANSLATE_NOOP("csv", "became a moment of truth"),
    LEFT: QT_TRANSLATE_NOOP("csv", "no longer a moment of truth"),
    UP: QT_TRANSLATE_NOOP("csv", "moved up"),
    DOWN: QT_TRANSLATE_NOOP("csv", "moved down"),
    SAME: QT_TRANSLATE_NOOP("csv", "same rank"),
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
            raise ExportError(
                f"{workshop.path}: map {map_name!r} is not based on another "
                "map and no map is based on it; nothing to compare"
            )
        return chosen.id, child.id
    based = next((m for m in maps if m.based_on in by_id), None)
    if based is None:
        raise ExportError(
            f"{workshop.path}: no map is based on another (create the to-be "
            "map from the as-is map); nothing to compare"
        )
    return str(based.based_on), based.id


def _rank(rank: int | None) -> Cell:
    return "" if rank is None else Number(str(rank))


def _moved(old_rank: int | None, new_rank: int | None) -> str | None:
    if old_rank is None and new_rank is None:
        return None
    if old_rank is None:
        return ENTERED
    if new_rank is None:
        return LEFT
    return UP if new_rank < old_rank else DOWN if new_rank > old_rank else SAME


def comparison_rows(
    workshop: Workshop, fmt: CsvFormat, as_is_id: str, to_be_id: str
) -> list[list[Cell]]:
    """The comparison's rows (COLUMNS): phases first, then touchpoints."""
    with workshop.reading():
        as_is, to_be = read_map(workshop, as_is_id), read_map(workshop, to_be_id)
    return rows_of(fmt, as_is, to_be)


def rows_of(
    fmt: CsvFormat,
    as_is: MapData,
    to_be: MapData,
    same_map: bool = False,
    labels: dict[str, str] = LABELS,
) -> list[list[Cell]]:
    """The comparison rows of two maps (``same_map``: one map at two times)."""
    label = {key: fmt.label(key, labels) for key in labels}
    rows = compare_maps(as_is, to_be, same_map=same_map)
    old_phases = {p.name for p in as_is.phases}
    new_phases = [p.name for p in to_be.phases]
    out: list[list[Cell]] = []
    names = [*new_phases, *(p.name for p in as_is.phases if p.name not in new_phases)]
    for phase in phase_deltas(rows, names):
        change = (
            CARRIED
            if phase.phase in old_phases and phase.phase in new_phases
            else NEW
            if phase.phase in new_phases
            else DROPPED
        )
        out.append(
            [
                label["level_phase"],
                label[change],
                text_cell(phase.phase),
                "",
                "",
                fmt.number(phase.old_experience),
                fmt.number(phase.new_experience),
                fmt.number(phase.experience_delta),
                fmt.number(phase.old_importance),
                fmt.number(phase.new_importance),
                fmt.number(phase.importance_delta),
                "",
                "",
                "",
            ]
        )
    moves = {id(move.row): move for move in moved_moments(as_is, to_be, rows)}
    # A moment of truth that did not move has the same rank on both sides.
    unmoved = {m.card_id: rank for rank, m in enumerate(to_be.moments, start=1)}
    for row in rows:
        move = moves.get(id(row))
        old_rank, new_rank = (
            (move.old_rank, move.new_rank)
            if move is not None
            else (unmoved.get(row.to_be_card_id or ""),) * 2
        )
        moved = _moved(old_rank, new_rank)
        out.append(
            [
                label["level_touchpoint"],
                label[row.status],
                text_cell(row.new_phase if row.new_phase is not None else row.old_phase or ""),
                text_cell(row.new_lane if row.new_lane is not None else row.old_lane or ""),
                text_cell(row.title),
                fmt.number(row.old_experience),
                fmt.number(row.new_experience),
                fmt.number(row.experience_delta),
                fmt.number(row.old_importance),
                fmt.number(row.new_importance),
                fmt.number(row.importance_delta),
                _rank(old_rank),
                _rank(new_rank),
                label[moved] if moved else "",
            ]
        )
    return out


def comparison_text(
    workshop: Workshop,
    delimiter: str | None = None,
    lang: str | None = None,
    map_name: str | None = None,
) -> str:
    """The comparison as CSV text (without the byte-order mark)."""
    fmt = csv_format(workshop, delimiter, lang)
    as_is_id, to_be_id = comparison_pair(workshop, map_name)
    return render(
        fmt,
        [fmt.label(key, LABELS) for key in COLUMNS],
        comparison_rows(workshop, fmt, as_is_id, to_be_id),
    )


def write_comparison(
    workshop: Workshop,
    out: Path | str,
    delimiter: str | None = None,
    lang: str | None = None,
    map_name: str | None = None,
) -> None:
    """Write the as-is vs. to-be comparison to ``out`` (UTF-8 with BOM), atomically."""
    write_text(comparison_text(workshop, delimiter, lang, map_name), out)
