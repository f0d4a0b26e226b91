"""Export: the action list as CSV (``export --csv --actions``).

One row per action, in action-plan order within each map (``app.actions.priority_order``,
the numbers of the PDF and the window): map, number, action, the cards it is about,
owner, status, due date, value, effort. Same file rules as the touchpoint table
(``export.csv_table``): UTF-8 with BOM, the language's headers and separator, text
quoted and defused, numbers bare.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from app.actions import action_views, priority_order, status_label
from app.words import QT_TRANSLATE_NOOP
from export import ExportError
from export.csv_table import Cell, Number, csv_format, render, text_cell, write_text
from storage.workshop import Workshop

COLUMNS = ("map", "number", "action", "cards", "owner", "status", "due", "value", "effort")
LABELS: dict[str, str] = {
    "map": QT_TRANSLATE_NOOP("csv", "map"),
    "number": QT_TRANSLATE_NOOP("csv", "number"),
    "action": QT_TRANSLATE_NOOP("csv", "action"),
    "cards": QT_TRANSLATE_NOOP("csv", "cards"),
    "owner": QT_TRANSLATE_NOOP("csv", "owner"),
    "status": QT_TRANSLATE_NOOP("csv", "status"),
    "due": QT_TRANSLATE_NOOP("csv", "due"),
    # The measurements' "value" (Wert) is another word in German (Nutzen).
    "value": QT_TRANSLATE_NOOP("csv", "value", "action"),
    "effort": QT_TRANSLATE_NOOP("csv", "effort"),
}
NOTES = {"value": "action"}  # disambiguation of the shared English word
CARD_SEPARATOR = " | "  # between the titles of an action's cards, inside one cell


def actions_csv_text(
    workshop: Workshop,
    delimiter: str | None = None,
    maps: Iterable[str] | None = None,
    lang: str | None = None,
) -> str:
    """The action list as CSV text (without the byte-order mark)."""
    fmt = csv_format(workshop, delimiter, lang)
    rows: list[list[Cell]] = []
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
            titles = {card.id: card.title for card in workshop.cards(m.id)}
            views = action_views(workshop.actions(m.id), workshop.action_cards(m.id), titles)
            for number, action in enumerate(priority_order(views), start=1):
                rows.append(
                    [
                        text_cell(m.name),
                        Number(str(number)),
                        text_cell(action.title),
                        text_cell(CARD_SEPARATOR.join(action.card_titles)),
                        text_cell(action.owner),
                        status_label(action.status, fmt.lang),
                        action.due,
                        Number(str(action.value)),
                        Number(str(action.effort)),
                    ]
                )
    return render(fmt, [fmt.label(key, LABELS, NOTES) for key in COLUMNS], rows)


def write_actions_csv(
    workshop: Workshop,
    out: Path | str,
    delimiter: str | None = None,
    maps: Iterable[str] | None = None,
    lang: str | None = None,
) -> None:
    """Write the action list to ``out`` as UTF-8 with BOM, atomically."""
    write_text(actions_csv_text(workshop, delimiter, maps, lang), out)
