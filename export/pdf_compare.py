"""Export: the "As-is vs. to-be" section of the PDF (one per to-be map and its as-is map).

The comparison itself is ``app.compare`` (the same rows as the window's compare dialog);
this module only sets it as tables: per phase, per touchpoint, and the moments of truth
that moved. Deltas are to-be minus as-is, carry an arrow (never colour alone) and are
filled with the board's experience colour.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from app.compare import (
    CARRIED,
    DROPPED,
    NEW,
    CardDelta,
    compare_maps,
    moved_moments,
    phase_deltas,
    summarize,
)
from app.mapdata import MapData
from export import fonts
from export.pdf_cards import fill_for, number, plural, signed
from export.pdf_cover import _paragraph_styles, section_heading
from export.pdf_tables import TableBuilder, cell_styles, unrated_width

UP, DOWN = "\u25b2", "\u25bc"  # ▲ ▼


def compared_pairs(maps: Sequence[MapData]) -> list[tuple[MapData, MapData]]:
    """(as-is, to-be) for every exported to-be map whose base map is exported too."""
    by_id = {data.map.id: data for data in maps}
    return [
        (by_id[data.map.based_on], data)
        for data in maps
        if data.map.kind == "to-be"
        and data.map.based_on in by_id
        and data.map.based_on != data.map.id
    ]


def _value(
    value: float | None, t: Mapping[str, Any], lang: str, signed_value: bool = True
) -> tuple[str, str]:
    if value is None:
        return t["unrated"], "numitalic"
    return (signed(value, 2, lang) if signed_value else number(value, 2, lang)), "num"


def _delta(value: float | None, lang: str) -> tuple[str, str]:
    if value is None:
        return "\u2013", "num"
    arrow = f"{UP} " if value > 0 else f"{DOWN} " if value < 0 else ""
    return arrow + signed(value, 2, lang), "num"


def _delta_fill(column: int, value: float | None) -> list[tuple[int, str]]:
    """The fill of a delta cell: the board's colour of the change (none when unknown)."""
    return [] if value is None else [(column, fill_for(max(-2.0, min(2.0, value))))]


def _columns(
    t: Mapping[str, Any], first: list[tuple[str, float, bool, str]]
) -> list[tuple[str, float, bool, str]]:
    exp = unrated_width(t)
    return [
        *first,
        (t["col_exp_old"], exp, True, "num"),
        (t["col_exp_new"], exp, True, "num"),
        (t["col_exp_delta"], 34, True, "num"),
        (t["col_imp_old"], 26, True, "num"),
        (t["col_imp_new"], 26, True, "num"),
        (t["col_imp_delta"], 34, True, "num"),
    ]


def _numbers(
    old_e: float | None,
    new_e: float | None,
    delta_e: float | None,
    old_i: float | None,
    new_i: float | None,
    delta_i: float | None,
    t: Mapping[str, Any],
    lang: str,
    sides: tuple[bool, bool] = (True, True),
) -> list[tuple[str, str]]:
    """The six number cells; ``sides`` says whether each map has the touchpoint (a side
    without it is empty, not "unrated")."""

    def plain(value: float | None) -> tuple[str, str]:
        return ("", "num") if value is None else (number(value, 2, lang), "num")

    old, new = sides
    return [
        _value(old_e, t, lang) if old else ("", "num"),
        _value(new_e, t, lang) if new else ("", "num"),
        _delta(delta_e, lang),
        plain(old_i),
        plain(new_i),
        _delta(delta_i, lang),
    ]


def _phase_table(
    rows: list[CardDelta], to_be: MapData, width: float, t: Mapping[str, Any], lang: str, k: float
) -> Flowable:
    first = 1  # the phase column
    table = TableBuilder(_columns(t, [(t["col_phase"], 30, False, "bold")]), width * 0.75, k)
    for phase in phase_deltas(rows, [p.name for p in to_be.phases]):
        cells = [
            (phase.phase, "bold"),
            *_numbers(
                phase.old_experience,
                phase.new_experience,
                phase.experience_delta,
                phase.old_importance,
                phase.new_importance,
                phase.importance_delta,
                t,
                lang,
            ),
        ]
        table.add(cells, _delta_fill(first + 2, phase.experience_delta))
    return table.table()


def _touchpoint_table(
    rows: list[CardDelta], width: float, t: Mapping[str, Any], lang: str, k: float
) -> Flowable:
    status = {CARRIED: t["status_carried"], NEW: t["status_new"], DROPPED: t["status_dropped"]}
    table = TableBuilder(
        _columns(
            t,
            [
                (t["col_change"], 12, False, "cell"),
                (t["col_touchpoint"], 40, False, "bold"),
                (t["col_phase"], 14, False, "cell"),
            ],
        ),
        width,
        k,
    )
    for row in rows:
        table.add(
            [
                (status[row.status], "cell"),
                (row.title, "bold"),
                (row.new_phase if row.new_phase is not None else row.old_phase or "", "cell"),
                *_numbers(
                    row.old_experience,
                    row.new_experience,
                    row.experience_delta,
                    row.old_importance,
                    row.new_importance,
                    row.importance_delta,
                    t,
                    lang,
                    (row.status != NEW, row.status != DROPPED),
                ),
            ],
            _delta_fill(5, row.experience_delta),
        )
    return table.table()


def _moments_table(
    as_is: MapData,
    to_be: MapData,
    rows: list[CardDelta],
    width: float,
    t: Mapping[str, Any],
    lang: str,
    k: float,
) -> Flowable | None:
    moves = moved_moments(as_is, to_be, rows)
    if not moves:
        return None
    table = TableBuilder(
        [
            (t["col_touchpoint"], 40, False, "bold"),
            (t["col_phase"], 14, False, "cell"),
            (t["col_rank_old"], 24, True, "num"),
            (t["col_rank_new"], 24, True, "num"),
            (t["col_change"], 30, False, "cell"),
        ],
        width * 0.8,
        k,
    )
    for move in moves:
        row = move.row
        if move.new_rank is None and row.status == DROPPED:
            change = t["moment_dropped"]
        elif move.new_rank is None and row.new_experience is None:
            change = t["moment_unrated"]  # not fixed: nobody rated it yet
        elif move.new_rank is None:
            change = t["moment_fixed"]
        elif move.old_rank is None:
            change = t["moment_new"]
        elif move.new_rank < move.old_rank:
            change = plural(t, "moment_up", move.old_rank - move.new_rank)
        else:
            change = plural(t, "moment_down", move.new_rank - move.old_rank)
        table.add(
            [
                (row.title, "bold"),
                (row.new_phase if row.new_phase is not None else row.old_phase or "", "cell"),
                ("" if move.old_rank is None else f"#{move.old_rank}", "num"),
                ("" if move.new_rank is None else f"#{move.new_rank}", "num"),
                (change, "cell"),
            ],
            [],
        )
    return table.table()


def compare_section(
    maps: Sequence[MapData], width: float, t: Mapping[str, Any], lang: str, k: float = 1.0
) -> list[Flowable]:
    """The comparison of every to-be map with its as-is map (nothing without a pair)."""
    st, cell = _paragraph_styles(k), cell_styles(k)["cell"]
    story: list[Flowable] = []
    for i, (as_is, to_be) in enumerate(compared_pairs(maps)):
        old = fonts.clean(as_is.map.name, newlines=False)
        new = fonts.clean(to_be.map.name, newlines=False)
        title = t["compare_heading"].format(old=old[:80], new=new[:80])
        if i:
            story.append(CondPageBreak(width))
        story += section_heading(title, t["compare_intro"], f"compare-{i}", k)
        rows = compare_maps(as_is, to_be)
        if not rows:
            story.append(Paragraph(fonts.markup(t["no_compared"]), cell))
            continue
        counts = summarize(rows)
        story.append(
            Paragraph(
                fonts.markup(
                    t["compare_summary"].format(
                        carried=counts.carried,
                        better=counts.better,
                        worse=counts.worse,
                        unchanged=counts.unchanged,
                        not_comparable=counts.not_comparable,
                        new=counts.new,
                        dropped=counts.dropped,
                    )
                ),
                st["body"],
            )
        )
        story.append(
            KeepTogether(
                [
                    Paragraph(fonts.markup(t["compare_phases"]), st["h2"]),
                    Paragraph(fonts.markup(t["compare_phases_intro"]), st["body"]),
                    _phase_table(rows, to_be, width, t, lang, k),
                ]
            )
        )
        moments = _moments_table(as_is, to_be, rows, width, t, lang, k)
        story += [
            CondPageBreak(120 * k),
            Paragraph(fonts.markup(t["compare_moments"]), st["h2"]),
            moments if moments is not None else Paragraph(fonts.markup(t["no_moved"]), cell),
        ]
        story += [
            CondPageBreak(120 * k),  # a heading and a row or two: not alone
            Paragraph(fonts.markup(t["compare_touchpoints"]), st["h2"]),
            _touchpoint_table(rows, width, t, lang, k),
            Spacer(1, 12 * k),
        ]
    return story
