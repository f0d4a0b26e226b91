"""Core: actions (what the team will change) and evidence: their words, order and grid.

Pure functions over rows, no widgets; the actions panel, the PDF's action plan and the
CSV share them. The words are in the one catalogue (context "actions", read through
``app.words`` outside the window, with ``QCoreApplication.translate`` inside it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from app.words import QT_TRANSLATE_NOOP, translate
from storage.vocabulary import ACTION_SCALE, ACTION_STATUSES, EVIDENCE_KINDS

CONTEXT = "actions"
STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("actions", "open"),
    "in-progress": QT_TRANSLATE_NOOP("actions", "in progress"),
    "done": QT_TRANSLATE_NOOP("actions", "done"),
    "dropped": QT_TRANSLATE_NOOP("actions", "dropped"),
}
EVIDENCE_LABELS = {
    "assumption": QT_TRANSLATE_NOOP("actions", "assumption"),
    "reported": QT_TRANSLATE_NOOP("actions", "reported"),
    "observed": QT_TRANSLATE_NOOP("actions", "observed"),
}
# One letter on a card's badge; assumptions get a question mark (unverified).
EVIDENCE_BADGES = {"assumption": "?", "reported": "R", "observed": "O"}
STATUSES = ACTION_STATUSES
EVIDENCE = EVIDENCE_KINDS
SCALE = range(ACTION_SCALE[0], ACTION_SCALE[1] + 1)
# The default of a new action: the middle of the scale favours no action.
DEFAULT_SCALE = 3


def status_label(status: str, lang: str) -> str:
    """The status in ``lang`` ("in progress" / "in Arbeit")."""
    return translate(CONTEXT, STATUS_LABELS[status], lang)


def evidence_label(evidence: str, lang: str) -> str:
    return translate(CONTEXT, EVIDENCE_LABELS[evidence], lang)


@dataclass(frozen=True)
class ActionView:
    """An action with the titles of its cards, as lists and the PDF show it."""

    id: str
    title: str
    owner: str
    status: str
    due: str
    value: int
    effort: int
    cards: tuple[str, ...]  # card ids
    card_titles: tuple[str, ...]
    position: int


def action_views(
    actions: Iterable[Any], links: dict[str, list[str]], titles: dict[str, str]
) -> list[ActionView]:
    """The actions (rows) with their cards' titles, in list order."""
    return [
        ActionView(
            a.id,
            a.title,
            a.owner,
            a.status,
            a.due,
            a.value,
            a.effort,
            tuple(links.get(a.id, [])),
            tuple(titles.get(c, "") for c in links.get(a.id, [])),
            a.position,
        )
        for a in actions
    ]


def priority_order(actions: Sequence[ActionView]) -> list[ActionView]:
    """Action plan order: open and in-progress first, then by value over effort (quick
    wins first), then by due date (dated before undated), then list order."""
    closed = {"done": 1, "dropped": 2}
    return sorted(
        actions,
        key=lambda a: (
            closed.get(a.status, 0),
            -a.value / a.effort,
            -a.value,
            a.due or "9999-99-99",
            a.position,
        ),
    )


def owners(actions: Iterable[ActionView]) -> list[str]:
    """The distinct owners, sorted, without the empty one."""
    return sorted({a.owner for a in actions if a.owner}, key=str.casefold)


def matches(action: ActionView, owner: str | None, status: str | None) -> bool:
    """Whether ``action`` passes the owner and status filters (None: any)."""
    return (owner is None or action.owner == owner) and (status is None or action.status == status)


def grid(actions: Iterable[ActionView]) -> dict[tuple[int, int], list[ActionView]]:
    """The value x effort grid: (value, effort) -> the actions in that cell."""
    cells: dict[tuple[int, int], list[ActionView]] = {}
    for action in actions:
        cells.setdefault((action.value, action.effort), []).append(action)
    return cells


def default_title(card: Any, lang: str) -> str:
    """The title a new action made from ``card`` starts with: "Fix: <card title>"."""
    return translate(CONTEXT, QT_TRANSLATE_NOOP("actions", "Fix: {title}"), lang).format(
        title=card.title
    )


def format_due(due: str, lang: str) -> str:
    """A due date as the language writes it: 2026-03-31 in English, 31.03.2026 in German."""
    if lang != "de" or len(due) != 10:
        return due
    year, month, day = due.split("-")
    return f"{day}.{month}.{year}"


def assumption_count(cards: Iterable[Any]) -> tuple[int, int]:
    """(touchpoints resting on assumptions, all touchpoints)."""
    touchpoints = [c for c in cards if c.kind == "touchpoint"]
    return sum(1 for c in touchpoints if c.evidence == "assumption"), len(touchpoints)
