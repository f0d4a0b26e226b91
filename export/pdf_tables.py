"""Export: the PDF's tables, the moments of truth and every touchpoint.

Cells are Paragraphs (user text cleaned and escaped), so long text wraps; tables split
across pages with the header row repeated, and a row taller than a page splits too.
Unrated touchpoints read "unrated", never 0.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.colors import experience_color
from app.mapdata import MapData
from app.scoring import Score
from export import fonts
from export.pdf_cards import number, signed

HEAD_FILL, ZEBRA, LINE = "#37474F", "#F5F7F8", "#CFD8DC"
CELL_PT, CELL_LEADING = 7.5, 9.3
PAD = 8.0  # left + right cell padding


def cell_styles(k: float = 1.0) -> dict[str, ParagraphStyle]:
    fs = fonts.fonts()
    base = ParagraphStyle("cell", fontName=fs.regular, fontSize=CELL_PT * k,
                          leading=CELL_LEADING * k,
                          textColor=colors.HexColor("#263238"))
    return {
        "cell": base,
        "num": ParagraphStyle("num", parent=base, alignment=2),
        "bold": ParagraphStyle("bold", parent=base, fontName=fs.bold),
        "muted": ParagraphStyle("muted", parent=base, textColor=colors.HexColor("#546E7A")),
        "head": ParagraphStyle("head", parent=base, fontName=fs.bold,
                               textColor=colors.white),
        "headnum": ParagraphStyle("headnum", parent=base, fontName=fs.bold, alignment=2,
                                  textColor=colors.white),
    }


def _widths(columns: Sequence[tuple[str, float, bool]], total: float,
            k: float) -> list[float]:
    """Column widths: fixed columns as wide as their header words, the rest by weight."""
    fs = fonts.fonts()
    fixed = {}
    for i, (head, weight, is_fixed) in enumerate(columns):
        if is_fixed:
            words = head.split() or [head]
            fixed[i] = (max(weight, *(fonts.width(w, fs.bold, CELL_PT) for w in words)) + 3) * k
            fixed[i] += PAD
    # No header word may break, in flexible columns either.
    least = [(max(fonts.width(w, fs.bold, CELL_PT) for w in (head.split() or [head])) + 3) * k
             + PAD for head, _, _ in columns]
    rest = max(total - sum(fixed.values()), total * 0.3)
    flex = {i: weight for i, (_, weight, _) in enumerate(columns) if i not in fixed}
    widths = [fixed.get(i, 0.0) for i in range(len(columns))]
    while flex:  # share the rest by weight; a column below its least width gets that
        share = rest / sum(flex.values())
        short = {i for i, weight in flex.items() if share * weight < least[i]}
        if not short:
            for i, weight in flex.items():
                widths[i] = share * weight
            break
        for i in short:
            widths[i] = least[i]
            rest -= least[i]
            del flex[i]
        rest = max(rest, 0.0)
    scale = min(1.0, total / sum(widths))
    return [w * scale for w in widths]


def _table(header: list[Flowable], rows: list[list[Any]], widths: list[float],
           extra: list[tuple[Any, ...]]) -> Table:
    table = Table([header, *rows], colWidths=widths, repeatRows=1, splitInRow=1,
                  hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEAD_FILL)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(LINE)),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD / 2),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("BACKGROUND", (0, i), (-1, i), colors.HexColor(ZEBRA))
                 for i in range(2, len(rows) + 1, 2)]
    table.setStyle(TableStyle(commands + extra))
    return table


class _Cell(Paragraph):
    """A table cell's Paragraph that remembers its last wrap.

    A table wraps every cell to measure rows, again at each page split and again to draw
    it; the result depends only on the width, so one line-breaking per width is enough.
    """

    _wrapped: tuple[float, tuple[float, float], Any] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._wrapped is not None and self._wrapped[0] == avail_width:
            _, size, self.blPara = self._wrapped  # split() may have dropped blPara
            self.width, self.height = size
            return size
        size = super().wrap(avail_width, avail_height)
        self._wrapped = (avail_width, size, self.blPara)
        return size


# Cells with the same text and style (phase and lane names, numbers, "direct") share one
# Paragraph: parsing the markup is most of a cell's cost, and a table draws a cell (wrap,
# then draw) before it moves to the next, so sharing is safe.
_shared: dict[tuple[str, int], Paragraph] = {}


def _p(text: object, style: ParagraphStyle) -> Paragraph:
    markup = fonts.markup(text)
    key = (markup, id(style))
    cell = _shared.get(key)
    if cell is None or cell.style is not style:
        cell = _shared[key] = _Cell(markup, style)
    return cell


def _experience_cell(score: Score, column: int, row: int, st: dict[str, ParagraphStyle],
                     t: Mapping[str, str], lang: str,
                     extra: list[tuple[Any, ...]]) -> Paragraph:
    color = experience_color(score.experience)
    extra.append(("BACKGROUND", (column, row), (column, row), colors.HexColor(color)))
    if score.experience is None:
        return _Cell(f"<i>{fonts.markup(t['unrated'])}</i>", st["num"])
    return _p(signed(score.experience, 2, lang), st["num"])


def _disagreement(score: Score, t: Mapping[str, str], lang: str) -> str:
    if not score.rated:
        return ""
    if score.disagreement:
        return t["disagreement_yes"].format(spread=number(score.spread or 0, 2, lang))
    return "\u2013"


def _names(data: MapData) -> tuple[dict[str, str], dict[str, str]]:
    return ({p.id: p.name for p in data.phases}, {lane.id: lane.name for lane in data.lanes})


def moments_table(maps: Sequence[MapData], width: float, t: Mapping[str, str],
                  lang: str, k: float = 1.0) -> list[Flowable]:
    """The moments of truth of each map, ranked within the map (rank 1 = fix first)."""
    st = cell_styles(k)
    _shared.clear()
    columns = [(t["col_rank"], 10, True), (t["col_touchpoint"], 30, False),
               (t["col_map"], 12, False), (t["col_phase"], 12, False),
               (t["col_lane"], 12, False), (t["col_experience"], 30, True),
               (t["col_importance"], 20, True), (t["col_priority"], 20, True),
               (t["col_votes"], 14, True), (t["col_disagreement"], 30, True)]
    numeric = {0, 5, 6, 7, 8}
    header = [_p(h, st["headnum" if i in numeric else "head"]) for i, (h, _, _)
              in enumerate(columns)]
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    for data in maps:
        phases, lanes = _names(data)
        for rank, moment in enumerate(data.moments, start=1):
            card = data.card_by_id[moment.card_id]
            score = data.scores[card.id]
            r = len(rows) + 1
            rows.append([
                _p(str(rank), st["num"]), _p(card.title, st["bold"]), _p(data.map.name, st["cell"]),
                _p(phases.get(card.phase_id, ""), st["cell"]),
                _p(lanes.get(card.lane_id, ""), st["cell"]),
                _experience_cell(score, 5, r, st, t, lang, extra),
                _p(number(moment.importance, 2, lang), st["num"]),
                _p(number(moment.priority, 2, lang), st["num"]),
                _p(str(moment.votes), st["num"]),
                _p(_disagreement(score, t, lang), st["cell"]),
            ])
    _shared.clear()
    if not rows:
        return [_p(t["no_moments"], st["cell"])]
    extra.append(("TEXTCOLOR", (0, 1), (0, -1), colors.HexColor("#67000D")))
    return [_table(header, rows, _widths(columns, width, k), extra)]


def touchpoint_table(maps: Sequence[MapData], width: float, t: Mapping[str, str],
                     lang: str, k: float = 1.0) -> list[Flowable]:
    """Every touchpoint in board order, with its description, expectation, owner and KPI."""
    st = cell_styles(k)
    _shared.clear()
    columns = [(t["col_map"], 7, False), (t["col_phase"], 9, False), (t["col_lane"], 9, False),
               (t["col_touchpoint"], 36, False), (t["col_channel"], 9, False),
               (t["col_direct"], 34, True), (t["col_experience"], 30, True),
               (t["col_importance"], 20, True), (t["col_votes"], 14, True),
               (t["col_disagreement"], 30, True), (t["col_owner"], 9, False),
               (t["col_kpi"], 10, False)]
    numeric = {6, 7, 8}
    header = [_p(h, st["headnum" if i in numeric else "head"]) for i, (h, _, _)
              in enumerate(columns)]
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    for data in maps:
        phases, lanes = _names(data)
        for card in data.cards:
            if card.kind != "touchpoint":
                continue
            score = data.scores[card.id]
            channel = data.channels.get(card.channel_id or "")
            r = len(rows) + 1
            parts = [f"<b>{fonts.markup(card.title)}</b>"]
            if card.description.strip():
                parts.append(f"<font color='#546E7A'>{fonts.markup(card.description)}</font>")
            if card.expectation.strip():
                parts.append(f"<i>{fonts.markup(t['expectation'])}: "
                             f"{fonts.markup(card.expectation)}</i>")
            rows.append([
                _p(data.map.name, st["cell"]), _p(phases.get(card.phase_id, ""), st["cell"]),
                _p(lanes.get(card.lane_id, ""), st["cell"]),
                _Cell("<br/>".join(parts), st["cell"]),
                _p(channel.name if channel else "", st["cell"]),
                _p(t["direct"] if card.direct else t["indirect"], st["cell"]),
                _experience_cell(score, 6, r, st, t, lang, extra),
                _p("" if score.importance is None else number(score.importance, 2, lang),
                   st["num"]),
                _p(str(score.votes), st["num"]),
                _p(_disagreement(score, t, lang), st["cell"]),
                _p(card.owner, st["cell"]), _p(card.kpi, st["cell"]),
            ])
    _shared.clear()
    if not rows:
        return [_p(t["no_touchpoints"], st["cell"])]
    return [Spacer(1, 2), _table(header, rows, _widths(columns, width, k), extra)]
