"""Export: the "Measurements" section of the PDF: one small chart per touchpoint and metric.

Each chart is vector graphics (ReportLab's LinePlot): the measured values over time as
a line with dots, the target as a dashed line, the first and last date under it and the
latest value with its unit beside the title. Charts sit two to a row; a map without
measurements adds nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.mapdata import MapData
from app.words import QT_TRANSLATE_NOOP, translate
from export import fonts
from export.pdf_cards import number
from export.pdf_cover import _paragraph_styles, section_heading

WORDS = {
    "title": QT_TRANSLATE_NOOP("pdf", "Measurements"),
    "intro": QT_TRANSLATE_NOOP(
        "pdf",
        "The figures measured at the touchpoints, one chart per touchpoint and metric: "
        "the line shows the values over time, the dashed line the target.",
    ),
    "map": QT_TRANSLATE_NOOP("pdf", "Map '{name}'"),
    "latest": QT_TRANSLATE_NOOP("pdf", "latest {value}"),
    "target": QT_TRANSLATE_NOOP("pdf", "target {value}"),
}
LINE = colors.HexColor("#2F5597")
TARGET = colors.HexColor("#C0504D")
GRID = colors.HexColor("#BBBBBB")


def _words(lang: str) -> dict[str, str]:
    return {key: translate("pdf", text, lang) for key, text in WORDS.items()}


def _series(rows: Sequence[Any]) -> dict[str, list[Any]]:
    """The rows of one touchpoint by metric, each in date order."""
    found: dict[str, list[Any]] = {}
    for row in sorted(rows, key=lambda r: (r.metric, r.date)):
        found.setdefault(row.metric, []).append(row)
    return found


def _day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


def _value_text(value: float, unit: str, lang: str) -> str:
    shown = number(value, 2, lang).rstrip("0").rstrip(",.") if value % 1 else f"{value:.0f}"
    return f"{shown} {unit}".strip() if unit not in ("%",) else f"{shown}{unit}"


def chart(
    title: str, rows: Sequence[Any], width: float, words: Mapping[str, str], lang: str, k: float
) -> Drawing:
    """One metric of one touchpoint as a small line chart (vector)."""
    fs = fonts.fonts()
    height = 120 * k
    drawing = Drawing(width, height)
    unit = rows[-1].unit
    drawing.add(
        String(
            0,
            height - 11 * k,
            fonts.clean(title, newlines=False)[:70],
            fontName=fs.bold,
            fontSize=8.5 * k,
        )
    )
    latest = words["latest"].format(value=_value_text(rows[-1].value, unit, lang))
    target = rows[-1].target
    if target is not None:
        latest += "   " + words["target"].format(value=_value_text(target, unit, lang))
    drawing.add(String(0, height - 23 * k, latest, fontName=fs.regular, fontSize=7.5 * k))
    plot = LinePlot()
    # setProperties: the typed stubs do not know a widget's geometry attributes.
    plot.setProperties(
        {"x": 28 * k, "y": 16 * k, "width": width - 36 * k, "height": height - 48 * k}
    )
    points = [(_day(row.date), row.value) for row in rows]
    if len(points) == 1:  # one value: a dot in the middle
        points = [(points[0][0] - 1, points[0][1]), points[0], (points[0][0] + 1, points[0][1])]
    plot.data = [points]
    plot.lines[0].strokeColor = LINE
    plot.lines[0].strokeWidth = 1.5 * k
    from reportlab.graphics.widgets.markers import makeMarker

    plot.lines[0].symbol = makeMarker("FilledCircle", size=3.5 * k, fillColor=LINE)
    values = [row.value for row in rows] + ([target] if target is not None else [])
    low, high = min(values), max(values)
    pad = (high - low) * 0.15 or abs(high) * 0.1 or 1.0
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = low - pad, high + pad
    plot.yValueAxis.labels.fontName = fs.regular
    plot.yValueAxis.labels.fontSize = 6.5 * k
    plot.yValueAxis.labelTextFormat = lambda v: number(v, 0 if high - low >= 10 else 1, lang)
    plot.yValueAxis.maximumTicks = 4
    plot.yValueAxis.gridStrokeColor = GRID
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeWidth = 0.3
    first, last = points[0][0], points[-1][0]
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = first, last
    plot.xValueAxis.valueSteps = [first, last]
    plot.xValueAxis.labels.fontName = fs.regular
    plot.xValueAxis.labels.fontSize = 6.5 * k
    date_format = "%d.%m.%Y" if lang == "de" else "%Y-%m-%d"
    plot.xValueAxis.labelTextFormat = lambda v: dt.date.fromordinal(int(v)).strftime(date_format)
    drawing.add(plot)
    if target is not None:
        y = (
            plot.y
            + (target - plot.yValueAxis.valueMin)
            / (plot.yValueAxis.valueMax - plot.yValueAxis.valueMin)
            * plot.height
        )
        drawing.add(
            Line(
                plot.x,
                y,
                plot.x + plot.width,
                y,
                strokeColor=TARGET,
                strokeWidth=1 * k,
                strokeDashArray=[4 * k, 3 * k],
            )
        )
    return drawing


def measurements_section(
    maps: Sequence[MapData],
    measured: Mapping[str, Mapping[str, Sequence[Any]]],
    width: float,
    lang: str,
    k: float = 1.0,
) -> list[Flowable]:
    """The section: per map, its measured touchpoints' charts in board order, two a row."""
    if not any(measured.get(data.map.id) for data in maps):
        return []
    words = _words(lang)
    st = _paragraph_styles(k)
    story: list[Flowable] = list(section_heading(words["title"], words["intro"], "measurements", k))
    column = (width - 12 * k) / 2
    for data in maps:
        by_card = measured.get(data.map.id) or {}
        charts = [
            chart(f"{card.title} \u2013 {metric}", rows, column, words, lang, k)
            for card in data.cards
            if card.id in by_card
            for metric, rows in _series(by_card[card.id]).items()
        ]
        if not charts:
            continue
        heading = Paragraph(fonts.markup(words["map"].format(name=data.map.name)), st["h2"])
        pairs = [
            charts[i : i + 2] + [""] * (2 - len(charts[i : i + 2]))
            for i in range(0, len(charts), 2)
        ]
        grid = Table(pairs, colWidths=[column + 12 * k, column], hAlign="LEFT")
        grid.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 10 * k),
                ]
            )
        )
        story += [KeepTogether([heading, Spacer(1, 4 * k)]), grid]
    return story
