"""Export: the PDF's action plan: each map's actions as a table and a value x effort grid.

The actions are numbered in plan order (``app.actions.priority_order``: open ones first,
quick wins first), the same numbers as the window's actions panel; the grid shows each
number where its value and effort put it. Cards are named by their titles.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.actions import SCALE, ActionView, format_due, grid, priority_order, status_label
from export import fonts
from export.pdf_cards import INK, MUTED
from export.pdf_tables import TableBuilder, cell_styles

STATUS_COLORS = {
    "open": "#1F5FAF",
    "in-progress": "#E08A00",
    "done": "#2E7D32",
    "dropped": "#9E9E9E",
}
LEGEND_WIDTH = 110.0
QUADRANTS = (  # (left, top) half of the plot, fill, label key
    (0, 1, "#E8F5E9", "quick_wins"),
    (1, 1, "#E3F2FD", "big_bets"),
    (0, 0, "#FAFAFA", "fill_ins"),
    (1, 0, "#FFEBEE", "money_pits"),
)


class ActionGrid(Flowable):
    """Value (up) x effort (right), 1..5 each; a numbered dot per action."""

    def __init__(
        self,
        numbered: Sequence[tuple[int, ActionView]],
        t: Mapping[str, str],
        size: float,
        lang: str,
    ) -> None:
        super().__init__()
        self.numbered, self.t, self.size, self.lang = list(numbered), t, size, lang

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return self.size + LEGEND_WIDTH, self.size

    def _legend(self, x: float, top: float) -> None:
        """What the colours of the dots mean: the statuses."""
        c, fs = self.canv, fonts.fonts()
        c.setFont(fs.regular, 7.5)
        for i, (status, fill) in enumerate(STATUS_COLORS.items()):
            y = top - i * 13
            c.setFillColor(fill)
            c.circle(x + 5, y + 2.5, 4.5, 0, 1)
            c.setFillColor(INK)
            c.drawString(x + 14, y, fonts.clean(status_label(status, self.lang)))

    def draw(self) -> None:
        c, t, fs = self.canv, self.t, fonts.fonts()
        left, bottom = 26.0, 24.0
        side = self.size - left - 4
        height = self.size - bottom - 4
        cell_w, cell_h = side / len(SCALE), height / len(SCALE)
        for column, row, fill, _key in QUADRANTS:
            c.setFillColor(fill)
            c.rect(left + column * side / 2, bottom + row * height / 2, side / 2, height / 2, 0, 1)
        c.setStrokeColor("#BDBDBD")
        c.setLineWidth(0.5)
        for i in range(len(SCALE) + 1):
            c.line(left + i * cell_w, bottom, left + i * cell_w, bottom + height)
            c.line(left, bottom + i * cell_h, left + side, bottom + i * cell_h)
        c.setFont(fs.regular, 7)
        for column, row, fill, key in QUADRANTS:
            # On a patch of the quadrant's colour: a grid line never runs through the name.
            label = fonts.clean(t[key], newlines=False)
            right = left + (column + 1) * side / 2 - 3
            base = bottom + row * height / 2 + 3
            label_w = fonts.width(label, fs.regular, 7)
            c.setFillColor(fill)
            c.rect(right - label_w - 1.5, base - 2, label_w + 3, 9, 0, 1)
            c.setFillColor(MUTED)
            c.drawRightString(right, base, label)
        c.setFillColor(INK)
        c.setFont(fs.regular, 7)
        for i, number in enumerate(SCALE):
            c.drawCentredString(left + (i + 0.5) * cell_w, bottom - 9, str(number))
            c.drawRightString(left - 4, bottom + (i + 0.5) * cell_h - 2.5, str(number))
        c.setFont(fs.bold, 7.5)
        c.drawCentredString(left + side / 2, bottom - 20, fonts.clean(t["grid_effort"] + " →"))
        c.saveState()
        c.translate(8, bottom + height / 2)
        c.rotate(90)
        c.drawCentredString(0, 0, fonts.clean(t["grid_value"] + " →"))
        c.restoreState()
        self._legend(self.size + 14, bottom + height - 8)
        numbers = {action.id: n for n, action in self.numbered}
        radius = min(cell_w, cell_h) / 6
        for (value, effort), actions in grid(a for _n, a in self.numbered).items():
            x0 = left + (effort - SCALE[0]) * cell_w
            y0 = bottom + (value - SCALE[0] + 1) * cell_h
            per_row = max(1, int(cell_w // (2 * radius + 2)))
            for index, action in enumerate(actions):
                row, column = divmod(index, per_row)
                x = x0 + radius + 2 + column * (2 * radius + 2)
                y = y0 - radius - 2 - row * (2 * radius + 2)
                c.setFillColor(STATUS_COLORS[action.status])
                c.setStrokeColor("#FFFFFF")
                c.circle(x, y, radius, 1, 1)
                c.setFillColor("#FFFFFF")
                c.setFont(fs.bold, radius * 1.1)
                c.drawCentredString(x, y - radius * 0.38, str(numbers[action.id]))


def action_plan(
    maps: Sequence[tuple[str, list[ActionView]]],
    width: float,
    t: Mapping[str, str],
    lang: str,
    k: float = 1.0,
) -> list[Flowable]:
    """For each (map name, actions) with actions: its table and its grid."""
    st = cell_styles(k)
    story: list[Flowable] = []
    for name, actions in maps:
        if not actions:
            continue
        ordered = priority_order(actions)
        if len(maps) > 1:
            story.append(Paragraph(fonts.markup(t["actions_map"].format(name=name)), st["bold"]))
            story.append(Spacer(1, 4))
        table = TableBuilder(
            [
                (t["col_rank"], 10, True, "num"),
                (t["col_action"], 30, False, "bold"),
                (t["col_about"], 24, False, "cell"),
                (t["col_owner"], 12, False, "cell"),
                (t["col_status"], 20, True, "cell"),
                (t["col_due"], 30, True, "cell"),
                (t["col_value"], 16, True, "num"),
                (t["col_effort"], 16, True, "num"),
            ],
            width,
            k,
        )
        for number, action in enumerate(ordered, start=1):
            table.add(
                [
                    (str(number), "num"),
                    (action.title, "bold"),
                    ("; ".join(action.card_titles), "cell"),
                    (action.owner, "cell"),
                    (status_label(action.status, lang), "cell"),
                    (format_due(action.due, lang), "cell"),
                    (str(action.value), "num"),
                    (str(action.effort), "num"),
                ],
                [],
            )
        numbered = list(enumerate(ordered, start=1))
        side = min(width * 0.45, 260 * k, width - LEGEND_WIDTH)
        story += [
            table.table(),
            Spacer(1, 10 * k),
            KeepTogether([ActionGrid(numbered, t, side, lang)]),
            Spacer(1, 16 * k),
        ]
    if not story:
        return [Paragraph(fonts.markup(t["no_actions"]), st["cell"])]
    return story


def actions_of(workshop: Any, map_id: str, titles: dict[str, str]) -> list[ActionView]:
    """The actions of a map with their cards' titles (inside the export's read)."""
    from app.actions import action_views

    return action_views(workshop.actions(map_id), workshop.action_cards(map_id), titles)
