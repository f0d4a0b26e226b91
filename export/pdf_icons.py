"""Export: the channel and note icons of resources/icons drawn as PDF vectors.

The icons are small stroke drawings (24x24 viewBox: circle, ellipse, rect and path
elements). This is just enough SVG to draw them with ReportLab's canvas, so the PDF
shows the same glyphs as the board without an SVG library. Each icon is written into
the PDF once, as a form that every card and lane showing it draws. An unknown or
unreadable icon draws nothing; the caller shows a text label then.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[A-Za-z]")
_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}

Segment = tuple[str, tuple[float, ...]]  # ("M"|"L"|"C"|"Z", absolute coordinates)


@dataclass(frozen=True)
class Shape:
    segments: tuple[Segment, ...]
    fill: str | None
    stroke: str | None
    stroke_width: float


def _arc(
    x1: float,
    y1: float,
    rx: float,
    ry: float,
    angle: float,
    large: bool,
    sweep: bool,
    x2: float,
    y2: float,
) -> list[Segment]:
    """An SVG elliptical arc as cubic Bézier curves (SVG 1.1, appendix F.6)."""
    if rx == 0 or ry == 0 or (x1, y1) == (x2, y2):
        return [("L", (x2, y2))]
    rx, ry = abs(rx), abs(ry)
    phi = math.radians(angle)
    cos, sin = math.cos(phi), math.sin(phi)
    dx, dy = (x1 - x2) / 2, (y1 - y2) / 2
    x1p, y1p = cos * dx + sin * dy, -sin * dx + cos * dy
    scale = (x1p / rx) ** 2 + (y1p / ry) ** 2
    if scale > 1:
        rx, ry = rx * math.sqrt(scale), ry * math.sqrt(scale)
    num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p
    den = rx * rx * y1p * y1p + ry * ry * x1p * x1p
    factor = math.sqrt(max(0.0, num / den)) * (-1 if large == sweep else 1)
    cxp, cyp = factor * rx * y1p / ry, -factor * ry * x1p / rx
    cx = cos * cxp - sin * cyp + (x1 + x2) / 2
    cy = sin * cxp + cos * cyp + (y1 + y2) / 2

    def angle_of(ux: float, uy: float) -> float:
        return math.atan2(uy, ux)

    start = angle_of((x1p - cxp) / rx, (y1p - cyp) / ry)
    delta = angle_of((-x1p - cxp) / rx, (-y1p - cyp) / ry) - start
    if sweep and delta < 0:
        delta += 2 * math.pi
    elif not sweep and delta > 0:
        delta -= 2 * math.pi
    parts = max(1, math.ceil(abs(delta) / (math.pi / 2)))
    step = delta / parts
    k = 4 / 3 * math.tan(step / 4)
    out: list[Segment] = []

    def point(t: float, rx_: float = rx, ry_: float = ry) -> tuple[float, float]:
        x, y = rx_ * math.cos(t), ry_ * math.sin(t)
        return cos * x - sin * y + cx, sin * x + cos * y + cy

    def tangent(t: float) -> tuple[float, float]:
        x, y = -rx * math.sin(t), ry * math.cos(t)
        return cos * x - sin * y, sin * x + cos * y

    for i in range(parts):
        t1, t2 = start + i * step, start + (i + 1) * step
        (px1, py1), (px2, py2) = point(t1), point(t2)
        (tx1, ty1), (tx2, ty2) = tangent(t1), tangent(t2)
        out.append(("C", (px1 + k * tx1, py1 + k * ty1, px2 - k * tx2, py2 - k * ty2, px2, py2)))
    return out


def parse_path(d: str) -> list[Segment]:
    """An SVG path's data as absolute M/L/C/Z segments."""
    tokens = _NUMBER.findall(d)
    out: list[Segment] = []
    x = y = sx = sy = 0.0
    last_ctrl: tuple[float, float] | None = None
    command, i = "M", 0
    while i < len(tokens):
        if tokens[i].isalpha():
            command, i = tokens[i], i + 1
        upper, rel = command.upper(), command.islower()
        count = _ARGS[upper]
        if upper == "Z":
            out.append(("Z", ()))
            x, y, last_ctrl = sx, sy, None
            continue
        a = [float(t) for t in tokens[i : i + count]]
        i += count
        ox, oy = (x, y) if rel else (0.0, 0.0)
        ctrl: tuple[float, float] | None = None
        if upper == "M":
            x, y = a[0] + ox, a[1] + oy
            sx, sy = x, y
            out.append(("M", (x, y)))
            command = "l" if rel else "L"  # further pairs are line-tos
        elif upper in ("L", "H", "V", "T"):
            if upper == "H":
                x = a[0] + (x if rel else 0)
            elif upper == "V":
                y = a[0] + (y if rel else 0)
            else:
                x, y = a[0] + ox, a[1] + oy
            out.append(("L", (x, y)))
        elif upper in ("C", "S", "Q"):
            if upper == "C":
                c1 = (a[0] + ox, a[1] + oy)
                c2, end = (a[2] + ox, a[3] + oy), (a[4] + ox, a[5] + oy)
            elif upper == "S":
                c1 = (2 * x - last_ctrl[0], 2 * y - last_ctrl[1]) if last_ctrl else (x, y)
                c2, end = (a[0] + ox, a[1] + oy), (a[2] + ox, a[3] + oy)
            else:  # quadratic: raise to cubic
                q, end = (a[0] + ox, a[1] + oy), (a[2] + ox, a[3] + oy)
                c1 = (x + 2 / 3 * (q[0] - x), y + 2 / 3 * (q[1] - y))
                c2 = (end[0] + 2 / 3 * (q[0] - end[0]), end[1] + 2 / 3 * (q[1] - end[1]))
            out.append(("C", (*c1, *c2, *end)))
            x, y = end
            ctrl = c2
        elif upper == "A":
            end = (a[5] + ox, a[6] + oy)
            out += _arc(x, y, a[0], a[1], a[2], bool(a[3]), bool(a[4]), *end)
            x, y = end
        last_ctrl = ctrl
    return out


def _ellipse(cx: float, cy: float, rx: float, ry: float) -> list[Segment]:
    return [
        ("M", (cx + rx, cy)),
        *_arc(cx + rx, cy, rx, ry, 0, False, True, cx - rx, cy),
        *_arc(cx - rx, cy, rx, ry, 0, False, True, cx + rx, cy),
        ("Z", ()),
    ]


def _rect(x: float, y: float, w: float, h: float, r: float) -> list[Segment]:
    if r <= 0:
        return [
            ("M", (x, y)),
            ("L", (x + w, y)),
            ("L", (x + w, y + h)),
            ("L", (x, y + h)),
            ("Z", ()),
        ]
    return parse_path(
        f"M{x + r} {y}H{x + w - r}A{r} {r} 0 0 1 {x + w} {y + r}V{y + h - r}"
        f"A{r} {r} 0 0 1 {x + w - r} {y + h}H{x + r}A{r} {r} 0 0 1 {x} {y + h - r}"
        f"V{y + r}A{r} {r} 0 0 1 {x + r} {y}Z"
    )


@lru_cache(maxsize=64)
def load_icon(name: str) -> tuple[Shape, ...]:
    """The shapes of ``resources/icons/<name>.svg``; empty if missing or unreadable."""
    if not re.fullmatch(r"[a-z0-9-]+", name or ""):
        return ()
    try:
        root = ET.parse(ICON_DIR / f"{name}.svg").getroot()
    except (OSError, ET.ParseError):
        return ()
    shapes = []
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1]
        f = {
            k: float(el.get(k, 0))
            for k in ("cx", "cy", "r", "rx", "ry", "x", "y", "width", "height")
            if _is_number(el.get(k, "0"))
        }
        if tag == "circle":
            segments = _ellipse(f["cx"], f["cy"], f["r"], f["r"])
        elif tag == "ellipse":
            segments = _ellipse(f["cx"], f["cy"], f["rx"], f["ry"])
        elif tag == "rect":
            segments = _rect(f["x"], f["y"], f["width"], f["height"], f["rx"])
        elif tag == "path":
            segments = parse_path(el.get("d", ""))
        else:
            continue
        fill = el.get("fill", root.get("fill", "black"))
        stroke = el.get("stroke", root.get("stroke", "none"))
        stroke_width = float(el.get("stroke-width", root.get("stroke-width", "1")))
        shapes.append(
            Shape(
                tuple(segments),
                None if fill == "none" else fill,
                None if stroke == "none" else stroke,
                stroke_width,
            )
        )
    return tuple(shapes)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _bounds(shapes: tuple[Shape, ...]) -> tuple[float, float, float, float]:
    """A box holding every point of the shapes and half their widest stroke."""
    xs = [v for shape in shapes for _, args in shape.segments for v in args[0::2]] or [0.0]
    ys = [v for shape in shapes for _, args in shape.segments for v in args[1::2]] or [0.0]
    pad = max(shape.stroke_width for shape in shapes) / 2 + 1
    return min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad


def _define_form(
    canvas: Any,
    form: str,
    shapes: tuple[Shape, ...],
    x: float,
    y: float,
    size: float,
    color: str | None,
) -> None:
    """The icon's paths, in the square (x, y, size), as a PDF form."""
    scale = size / 24
    x0, y0, x1, y1 = _bounds(shapes)
    canvas.beginForm(form, x + x0 * scale, y + y0 * scale, x + x1 * scale, y + y1 * scale)
    canvas.translate(x, y)
    canvas.scale(scale, scale)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    for shape in shapes:
        path = canvas.beginPath()
        for op, args in shape.segments:
            if op == "M":
                path.moveTo(*args)
            elif op == "L":
                path.lineTo(*args)
            elif op == "C":
                path.curveTo(*args)
            else:
                path.close()
        if shape.fill:
            canvas.setFillColor(color or shape.fill)
        if shape.stroke:
            canvas.setStrokeColor(color or shape.stroke)
            canvas.setLineWidth(shape.stroke_width)
        canvas.drawPath(path, stroke=1 if shape.stroke else 0, fill=1 if shape.fill else 0)
    canvas.endForm()


@lru_cache(maxsize=256)
def _form_name(name: str, x: float, y: float, size: float, color: str | None) -> str:
    tint = re.sub(r"[^0-9A-Za-z]", "", color) if color else "own"
    return f"icon-{name}-{tint}-{x!r}-{y!r}-{size!r}"


def icon_form(
    canvas: Any,
    name: str,
    x: float = 0.0,
    y: float = 0.0,
    size: float = 24.0,
    color: str | None = None,
) -> str | None:
    """The name of a PDF form that draws icon ``name`` in the square (x, y, size).

    The board is drawn with y pointing down (board coordinates), so the SVG's own
    y-down coordinates need only a scale. ``color`` overrides the icon's colour. Each
    form is written into the document once and drawn by ``canvas.doForm`` wherever it
    is used (a card's icon sits at the same place of every card). None when there is
    no such icon.
    """
    shapes = load_icon(name)
    if not shapes:
        return None
    form = _form_name(name, x, y, size, color)
    if not canvas.hasForm(form):
        _define_form(canvas, form, shapes, x, y, size, color)
    return form


def draw_icon(
    canvas: Any, name: str, x: float, y: float, size: float, color: str | None = None
) -> bool:
    """Draw icon ``name`` in the square (x, y, size) given top-left in a y-down canvas.

    Returns False when there is no such icon.
    """
    form = icon_form(canvas, name, color=color)
    if form is None:
        return False
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(size / 24, size / 24)
    canvas.doForm(form)
    canvas.restoreState()
    return True
