"""Export: the PDF's lists, the moments of truth and every touchpoint.

Unrated touchpoints read "unrated", never 0. Columns a reader would not miss go: the
map when one map is exported, the channel when no touchpoint has one; owner, KPI and
expectation are set under the touchpoint's title, so an A4 page keeps room for words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer

from app.mapdata import MapData
from app.scoring import Score
from export import fonts
from export.pdf_cards import fill_for, number, signed
from export.pdf_tables import CELL_PT, Cell, TableBuilder, cell_styles, unrated_width


def _experience(score: Score, t: Mapping[str, str], lang: str) -> tuple[str, str]:
    """(text, style) of an experience cell: the signed mean, or "unrated" in italics."""
    if score.experience is None:
        return t["unrated"], "numitalic"
    return signed(score.experience, 2, lang), "num"


def _disagreement(score: Score, t: Mapping[str, str], lang: str) -> str:
    if not score.rated:
        return ""
    if score.disagreement:
        return t["disagreement_yes"].format(spread=number(score.spread or 0, 2, lang))
    return "\u2013"


def _names(data: MapData) -> tuple[dict[str, str], dict[str, str]]:
    return ({p.id: p.name for p in data.phases}, {lane.id: lane.name for lane in data.lanes})


def _keep(
    columns: list[tuple[str, tuple[str, float, bool, str]]],
    rows: list[tuple[dict[str, tuple[Any, str]], list[tuple[str, str]]]],
    drop: set[str],
    width: float,
    k: float,
) -> TableBuilder:
    """A table of the named ``columns`` but those in ``drop``; rows are (cells by column
    name, fills by column name)."""
    kept = [(name, column) for name, column in columns if name not in drop]
    table = TableBuilder([column for _, column in kept], width, k)
    index = {name: i for i, (name, _) in enumerate(kept)}
    for cells, fills in rows:
        table.add(
            [cells[name] for name, _ in kept],
            [(index[name], fill) for name, fill in fills if name in index],
        )
    return table


def _unused(
    maps: Sequence[MapData],
    rows: list[tuple[dict[str, tuple[Any, str]], Any]],
    optional: Sequence[str],
) -> set[str]:
    """Columns a reader would not miss: the map when there is one, empty optional ones."""
    drop = {"map"} if len(maps) == 1 else set()
    for name in optional:
        if not any(isinstance(cells[name][0], str) and cells[name][0].strip() for cells, _ in rows):
            drop.add(name)
    return drop


def moments_table(
    maps: Sequence[MapData], width: float, t: Mapping[str, str], lang: str, k: float = 1.0
) -> list[Flowable]:
    """The moments of truth of each map, ranked within the map (rank 1 = fix first)."""
    # As wide as the largest rank: "100" must not break into "10" and "0".
    ranks = str(max((len(data.moments) for data in maps), default=1))
    rank_width = max(10.0, fonts.width(ranks, fonts.fonts().regular, CELL_PT))
    exp = unrated_width(t)
    columns = [
        ("rank", (t["col_rank"], rank_width, True, "num")),
        ("touchpoint", (t["col_touchpoint"], 30, False, "bold")),
        ("map", (t["col_map"], 12, False, "cell")),
        ("phase", (t["col_phase"], 12, False, "cell")),
        ("lane", (t["col_lane"], 12, False, "cell")),
        ("experience", (t["col_experience"], exp, True, "num")),
        ("importance", (t["col_importance"], 20, True, "num")),
        ("priority", (t["col_priority"], 20, True, "num")),
        ("votes", (t["col_votes"], 14, True, "num")),
        ("disagreement", (t["col_disagreement"], 30, True, "cell")),
    ]
    rows = []
    for data in maps:
        phases, lanes = _names(data)
        for rank, moment in enumerate(data.moments, start=1):
            card = data.card_by_id[moment.card_id]
            score = data.scores[card.id]
            rows.append(
                (
                    {
                        "rank": (str(rank), "num"),
                        "touchpoint": (card.title, "bold"),
                        "map": (data.map.name, "cell"),
                        "phase": (phases.get(card.phase_id, ""), "cell"),
                        "lane": (lanes.get(card.lane_id, ""), "cell"),
                        "experience": _experience(score, t, lang),
                        "importance": (number(moment.importance, 2, lang), "num"),
                        "priority": (number(moment.priority, 2, lang), "num"),
                        "votes": (str(moment.votes), "num"),
                        "disagreement": (_disagreement(score, t, lang), "cell"),
                    },
                    [("experience", fill_for(score.experience))],
                )
            )
    if not rows:
        return [Paragraph(fonts.markup(t["no_moments"]), cell_styles(k)["cell"])]
    return [_keep(columns, rows, _unused(maps, rows, ()), width, k).table()]


def touchpoint_table(
    maps: Sequence[MapData], width: float, t: Mapping[str, str], lang: str, k: float = 1.0
) -> list[Flowable]:
    """Every touchpoint in board order, with its description, expectation, owner and KPI."""
    columns = [
        ("map", (t["col_map"], 7, False, "cell")),
        ("phase", (t["col_phase"], 9, False, "cell")),
        ("lane", (t["col_lane"], 9, False, "cell")),
        ("touchpoint", (t["col_touchpoint"], 36, False, "bold")),
        ("channel", (t["col_channel"], 9, False, "cell")),
        ("direct", (t["col_direct"], 34, True, "cell")),
        ("experience", (t["col_experience"], unrated_width(t), True, "num")),
        ("importance", (t["col_importance"], 20, True, "num")),
        ("votes", (t["col_votes"], 14, True, "num")),
        ("disagreement", (t["col_disagreement"], 30, True, "cell")),
    ]
    st = cell_styles(k)
    rows = []
    for data in maps:
        phases, lanes = _names(data)
        for card in data.cards:
            if card.kind != "touchpoint":
                continue
            score = data.scores[card.id]
            channel = data.channels.get(card.channel_id or "")
            title: Any = card.title
            # Owner and KPI go under the title: two more columns would squeeze an A4 page.
            extra = [
                (t[key], value.strip())
                for key, value in (
                    ("expectation", card.expectation),
                    ("col_owner", card.owner),
                    ("col_kpi", card.kpi),
                )
                if value.strip()
            ]
            if card.description.strip() or extra:
                parts = [f"<b>{fonts.markup(card.title)}</b>"]
                if card.description.strip():
                    parts.append(f"<font color='#546E7A'>{fonts.markup(card.description)}</font>")
                parts += [
                    f"<i>{fonts.markup(label)}: {fonts.markup(value)}</i>" for label, value in extra
                ]
                title = Cell("<br/>".join(parts), st["cell"])
                title.words = " ".join(
                    [card.title, card.description, *(value for _, value in extra)]
                )
            rows.append(
                (
                    {
                        "map": (data.map.name, "cell"),
                        "phase": (phases.get(card.phase_id, ""), "cell"),
                        "lane": (lanes.get(card.lane_id, ""), "cell"),
                        "touchpoint": (title, "bold"),
                        "channel": (channel.name if channel else "", "cell"),
                        "direct": (t["direct"] if card.direct else t["indirect"], "cell"),
                        "experience": _experience(score, t, lang),
                        "importance": (
                            "" if score.importance is None else number(score.importance, 2, lang),
                            "num",
                        ),
                        "votes": (str(score.votes), "num"),
                        "disagreement": (_disagreement(score, t, lang), "cell"),
                    },
                    [("experience", fill_for(score.experience))],
                )
            )
    if not rows:
        return [Paragraph(fonts.markup(t["no_touchpoints"]), st["cell"])]
    drop = _unused(maps, rows, ("channel",))
    return [Spacer(1, 2), _keep(columns, rows, drop, width, k).table()]
