"""App: the lines of a service blueprint between its lane groups (no Qt).

A blueprint reads top to bottom: what the customer sees and does, then what staff do in
view of the customer (frontstage), out of view (backstage), and the support processes
and systems. The standard lines separate the groups: the line of interaction above the
frontstage, the line of visibility above the backstage, the line of internal interaction
above the support. Board, PNG and PDF draw them from the lane kinds, labelled in the
workshop's language.
"""

from __future__ import annotations

from app.words import QT_TRANSLATE_NOOP, translate

CONTEXT = "blueprint"
# How deep below the customer a lane kind lies; the other kinds are the customer's.
DEPTH = {"frontstage": 1, "backstage": 2, "support": 3}
LINES = {
    1: QT_TRANSLATE_NOOP("blueprint", "Line of interaction"),
    2: QT_TRANSLATE_NOOP("blueprint", "Line of visibility"),
    3: QT_TRANSLATE_NOOP("blueprint", "Line of internal interaction"),
}
KIND_NAMES = {
    "evidence": QT_TRANSLATE_NOOP("blueprint", "Physical evidence"),
    "frontstage": QT_TRANSLATE_NOOP("blueprint", "Frontstage"),
    "backstage": QT_TRANSLATE_NOOP("blueprint", "Backstage"),
    "support": QT_TRANSLATE_NOOP("blueprint", "Support"),
}


def blueprint_lines(kinds: list[str], lang: str = "en") -> list[tuple[int, str]]:
    """``(index of the lane just below the line, its label)`` for each line, top to bottom.

    A line is drawn where the lanes go one group deeper; a map without frontstage,
    backstage or support lanes has none. Skipping a group (customer straight to
    backstage) draws the deeper line: the one that says the most.
    """
    if not any(kind in DEPTH for kind in kinds):
        return []
    lines = []
    for index in range(1, len(kinds)):
        above, below = DEPTH.get(kinds[index - 1], 0), DEPTH.get(kinds[index], 0)
        if below > above:
            lines.append((index, translate(CONTEXT, LINES[below], lang)))
    return lines


def kind_name(kind: str, lang: str = "en") -> str | None:
    """The name of a blueprint lane kind in ``lang`` (None for the other kinds)."""
    source = KIND_NAMES.get(kind)
    return translate(CONTEXT, source, lang) if source is not None else None
