"""Colour scale for Journeyboard (pure, standard library only, no Qt).

Mean experience (-2..+2) is mapped to a colour-blind-safe diverging scale
taken from the inner five classes of ColorBrewer's 7-class *PuOr*
(orange = negative, purple = positive). All five stops are light enough for
black card text to meet WCAG AA (contrast >= 4.5); the lowest is about 7:1.

Unrated touchpoints use :data:`UNRATED_COLOR`, a mid grey clearly darker than
the near-white neutral (0) colour; the board also draws a hatch over it, so
"unrated" never reads as "neutral".

All colours are ``"#RRGGBB"`` strings (upper-case hex).
"""

from __future__ import annotations

import math
from itertools import pairwise

__all__ = [
    "BLACK",
    "DISAGREEMENT_COLOR",
    "EXPERIENCE_MAX",
    "EXPERIENCE_MIN",
    "MOMENT_COLOR",
    "NEUTRAL_COLOR",
    "NOTE_BORDER",
    "NOTE_COLOR",
    "NOTE_FOLD",
    "NOTE_STYLES",
    "SCALE",
    "UNRATED_COLOR",
    "UNRATED_LABEL",
    "WHITE",
    "contrast_ratio",
    "experience_color",
    "legend_stops",
    "note_style",
    "relative_luminance",
    "text_color_for",
]

EXPERIENCE_MIN = -2.0
EXPERIENCE_MAX = 2.0

BLACK = "#000000"
WHITE = "#FFFFFF"

#: Stops of the diverging scale: (mean experience, colour, English label).
#: ColorBrewer PuOr (7 classes), classes 2..6.
SCALE: tuple[tuple[float, str, str], ...] = (
    (-2.0, "#F1A340", "very negative"),
    (-1.0, "#FEE0B6", "negative"),
    (0.0, "#F7F7F7", "neutral"),
    (1.0, "#D8DAEB", "positive"),
    (2.0, "#998EC3", "very positive"),
)

#: Colour of the neutral (0) point of the scale.
NEUTRAL_COLOR = "#F7F7F7"
#: Colour of unrated touchpoints (grey, drawn with a hatch on the board).
UNRATED_COLOR = "#BDBDBD"
#: English legend label for :data:`UNRATED_COLOR`.
UNRATED_LABEL = "unrated"
#: Accent for the disagreement marker (dark blue; >= 4.2:1 on every card colour).
DISAGREEMENT_COLOR = "#08306B"
#: Accent for the moments-of-truth marker (dark red; >= 4.4:1 on every card colour).
MOMENT_COLOR = "#67000D"


def _parse_hex(color: str) -> tuple[int, int, int]:
    """Parse ``"#RRGGBB"`` into an (r, g, b) tuple of ints 0..255."""
    if not isinstance(color, str) or len(color) != 7 or color[0] != "#":
        raise ValueError(f"expected a colour like '#RRGGBB', got {color!r}")
    try:
        return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)
    except ValueError:
        raise ValueError(f"expected a colour like '#RRGGBB', got {color!r}") from None


def _format_hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02X}{:02X}{:02X}".format(*rgb)


def _linear(channel: int) -> float:
    """sRGB channel (0..255) to linear light, per WCAG 2.x."""
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(color: str) -> float:
    """WCAG 2.x relative luminance (0 = black, 1 = white) of ``"#RRGGBB"``."""
    r, g, b = _parse_hex(color)
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(a_hex: str, b_hex: str) -> float:
    """WCAG 2.x contrast ratio between two colours, from 1.0 to 21.0 (symmetric)."""
    la, lb = relative_luminance(a_hex), relative_luminance(b_hex)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def text_color_for(background_hex: str) -> str:
    """Return black or white, whichever contrasts more with ``background_hex``.

    Black wins ties.
    """
    if contrast_ratio(background_hex, BLACK) >= contrast_ratio(background_hex, WHITE):
        return BLACK
    return WHITE


def experience_color(mean: float | None) -> str:
    """Colour for a mean experience.

    Args:
        mean: Mean experience; values outside -2..2 are clamped. ``None``
            means unrated.

    Returns:
        ``"#RRGGBB"``, linearly interpolated (in sRGB) between the scale stops,
        or :data:`UNRATED_COLOR` for ``None``.

    Raises:
        ValueError: If ``mean`` is NaN.
    """
    if mean is None:
        return UNRATED_COLOR
    if math.isnan(mean):
        raise ValueError("mean experience is NaN")
    value = min(EXPERIENCE_MAX, max(EXPERIENCE_MIN, float(mean)))
    for (lo_v, lo_c, _), (hi_v, hi_c, _) in pairwise(SCALE):
        if value <= hi_v:
            t = (value - lo_v) / (hi_v - lo_v)
            lo_rgb, hi_rgb = _parse_hex(lo_c), _parse_hex(hi_c)
            rgb = tuple(round(a + (b - a) * t) for a, b in zip(lo_rgb, hi_rgb, strict=True))
            return _format_hex((rgb[0], rgb[1], rgb[2]))
    return SCALE[-1][1]  # pragma: no cover - unreachable after clamping


def legend_stops() -> list[tuple[float, str, str]]:
    """The legend: ``(value, colour, English label)`` for -2, -1, 0, 1, 2.

    Labels are "very negative", "negative", "neutral", "positive",
    "very positive". The unrated colour is :data:`UNRATED_COLOR` with
    label :data:`UNRATED_LABEL`.
    """
    return [(value, color, label) for value, color, label in SCALE]


#: Notes (pain points, ideas, ...) look like sticky notes on the board and in the PDF.
NOTE_COLOR = "#FFF4A8"
NOTE_BORDER = "#D8C15A"
NOTE_FOLD = "#EBD977"

#: A note type's (fill, border, folded corner). Pain points and ideas, the two a room
#: looks for, take light tints of two Okabe-Ito colours that stay apart for every kind
#: of colour blindness (vermillion #D55E00 and sky blue #56B4E9, bordered in their full
#: colour and Okabe-Ito blue #0072B2); thoughts, questions and quotes stay yellow. Every
#: card also shows its type's icon and name, so colour is never the only sign.
NOTE_STYLES: dict[str, tuple[str, str, str]] = {
    "pain": ("#F9CDB8", "#D55E00", "#EFAE90"),
    "idea": ("#C9E6F8", "#0072B2", "#9ACDEE"),
}


def note_style(note_type: str | None) -> tuple[str, str, str]:
    """(fill, border, fold) of a note of ``note_type``: its own tint or the yellow sticky."""
    return NOTE_STYLES.get(note_type or "", (NOTE_COLOR, NOTE_BORDER, NOTE_FOLD))
