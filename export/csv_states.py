"""Export: one map at two times (a snapshot and another, or a snapshot and now) as CSV.

The same table as the as-is vs. to-be comparison (``export.csv_compare``): a row per
phase, then a row per touchpoint with experience and importance before, after and the
change, and its rank among the moments of truth on both sides. Cards match by their id
(a card keeps it for its whole life); a card only in the later state is "added", one
only in the earlier state "removed".
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.compare import CARRIED, DROPPED, NEW
from app.mapdata import MapData, read_map
from app.words import QT_TRANSLATE_NOOP
from export import ExportError, find_map
from export.csv_compare import COLUMNS, LABELS, rows_of
from export.csv_table import csv_format, render, write_text
from storage.errors import InvalidEdit
from storage.workshop import Workshop

# The comparison's words where they differ from as-is vs. to-be.
STATE_LABELS: dict[str, str] = LABELS | {
    "experience_as_is": QT_TRANSLATE_NOOP("csv", "experience before"),
    "experience_to_be": QT_TRANSLATE_NOOP("csv", "experience after"),
    "importance_as_is": QT_TRANSLATE_NOOP("csv", "importance before"),
    "importance_to_be": QT_TRANSLATE_NOOP("csv", "importance after"),
    "moment_rank_as_is": QT_TRANSLATE_NOOP("csv", "moment rank before"),
    "moment_rank_to_be": QT_TRANSLATE_NOOP("csv", "moment rank after"),
    CARRIED: QT_TRANSLATE_NOOP("csv", "kept"),
    NEW: QT_TRANSLATE_NOOP("csv", "added"),
    DROPPED: QT_TRANSLATE_NOOP("csv", "removed"),
}


@contextmanager
def snapshot_state(workshop: Workshop, name: str) -> Iterator[Workshop]:
    """The named snapshot of ``workshop`` as a read-only workshop in memory."""
    try:
        info = workshop.find_snapshot(name)
    except InvalidEdit as error:
        raise ExportError(f"{workshop.path}: {error}") from None
    with workshop.snapshot_view(info.id) as view:
        yield view


def _empty(like: MapData) -> MapData:
    """The map as it was before it existed: no phases, lanes or cards."""
    return MapData(map=like.map, phases=[], lanes=[], cards=[], ratings={})


def state_maps(
    earlier: Workshop, later: Workshop, map_name: str | None = None
) -> tuple[MapData, MapData]:
    """(earlier, later) of one map: by default the later state's first map; the same map
    (by id) in the earlier state, or an empty map when it did not exist yet."""
    chosen = find_map(later, map_name)
    after = read_map(later, chosen.id)
    if earlier.get("map", chosen.id) is None:
        return _empty(after), after
    return read_map(earlier, chosen.id), after


def state_comparison_text(
    earlier: Workshop,
    later: Workshop,
    delimiter: str | None = None,
    lang: str | None = None,
    map_name: str | None = None,
) -> str:
    """The comparison of one map between two states as CSV text (no byte-order mark)."""
    fmt = csv_format(later, delimiter, lang)
    before, after = state_maps(earlier, later, map_name)
    return render(
        fmt,
        [fmt.label(key, STATE_LABELS) for key in COLUMNS],
        rows_of(fmt, before, after, same_map=True, labels=STATE_LABELS),
    )


def write_state_comparison(
    workshop: Workshop,
    out: Path | str,
    snapshot: str,
    other: str | None = None,
    delimiter: str | None = None,
    lang: str | None = None,
    map_name: str | None = None,
) -> None:
    """Compare the snapshot ``snapshot`` with ``other`` (another snapshot; default: the
    workshop now) and write the CSV to ``out`` (UTF-8 with BOM), atomically."""
    with snapshot_state(workshop, snapshot) as earlier:
        if other is None:
            text = state_comparison_text(earlier, workshop, delimiter, lang, map_name)
        else:
            with snapshot_state(workshop, other) as later:
                text = state_comparison_text(earlier, later, delimiter, lang, map_name)
    write_text(text, out)
