"""Pain points and ideas stay apart in colour for every kind of colour vision."""

from __future__ import annotations

import pytest

from app.colors import BLACK, NOTE_COLOR, contrast_ratio, note_style

# Vienot, Brettel & Mollon (1999): dichromat simulation in linear RGB.
SIMULATIONS = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.11238, 0.88762, 0.0), (0.11238, 0.88762, 0.0), (0.00401, -0.00401, 1.0)),
    "deuteranopia": ((0.29275, 0.70725, 0.0), (0.29275, 0.70725, 0.0), (-0.02234, 0.02234, 1.0)),
    # Tritanopia collapses blue-yellow: a projection onto red-green and lightness.
    "tritanopia": ((1.0, 0.14461, -0.14461), (0.0, 0.85924, 0.14076), (0.0, 0.85924, 0.14076)),
}


def _linear(color: str) -> list[float]:
    out = []
    for i in (1, 3, 5):
        c = int(color[i : i + 2], 16) / 255
        out.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    return out


def _lab(rgb: list[float]) -> tuple[float, float, float]:
    r, g, b = (max(0.0, min(1.0, v)) for v in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _seen(color: str, vision: str) -> tuple[float, float, float]:
    rgb = _linear(color)
    matrix = SIMULATIONS[vision]
    return _lab([sum(m * c for m, c in zip(row, rgb, strict=True)) for row in matrix])


def _delta_e(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    return sum((x - y) ** 2 for x, y in zip(a, b, strict=True)) ** 0.5


@pytest.mark.parametrize("vision", SIMULATIONS)
def test_pain_and_idea_notes_differ_clearly_for_every_vision(vision: str) -> None:
    pain, idea, sticky = note_style("pain")[0], note_style("idea")[0], NOTE_COLOR
    # A CIE76 difference of 20 or more reads as "another colour", not a shade.
    assert _delta_e(_seen(pain, vision), _seen(idea, vision)) >= 20
    assert _delta_e(_seen(pain, vision), _seen(sticky, vision)) >= 12
    assert _delta_e(_seen(idea, vision), _seen(sticky, vision)) >= 12


@pytest.mark.parametrize("note_type", ["pain", "idea", "thought", "question", "quote", None])
def test_every_note_keeps_black_text_readable(note_type: str | None) -> None:
    fill, border, _fold = note_style(note_type)
    assert contrast_ratio(fill, BLACK) >= 7.0  # WCAG AAA for the title
    assert border != fill
