"""Export: the parts of the interchange JSON (version 2) for actions, evidence and comments.

Per map ``actions`` (``id``, ``title``, ``cards``, ``owner``, ``status``, ``due``,
``value``, ``effort``); per card ``evidence``, ``source`` and ``comments`` (``id``,
``author``, ``time``, ``text``, ``resolved``). All are optional on input, so a version-1
document imports unchanged, and always written on output.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr

from storage.vocabulary import ACTION_SCALE

Id = Annotated[StrictStr, Field(min_length=1)]
T = TypeVar("T")
Items = Annotated[list[T], Field(fail_fast=True)]
Scale = Annotated[StrictInt, Field(ge=ACTION_SCALE[0], le=ACTION_SCALE[1])]
Evidence = Literal["assumption", "reported", "observed"]
RANGES = {"value": "between 1 and 5", "effort": "between 1 and 5"}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CommentIn(_Model):
    id: Id
    author: StrictStr = ""
    time: StrictStr = ""
    text: StrictStr
    resolved: StrictBool = False


class ActionIn(_Model):
    id: Id
    title: StrictStr
    cards: Items[Id] = []
    owner: StrictStr = ""
    status: Literal["open", "in-progress", "done", "dropped"] = "open"
    due: StrictStr = ""
    value: Scale = 3
    effort: Scale = 3


def check_date(value: str) -> str | None:
    """None when ``value`` is empty or an ISO date (YYYY-MM-DD); else the problem."""
    if not value:
        return None
    try:
        if len(value) == 10 and dt.date.fromisoformat(value).isoformat() == value:
            return None
    except ValueError:
        pass
    return "must be a date like 2026-03-31"


def check_time(value: str) -> str | None:
    """None when ``value`` is empty or an ISO date and time; else the problem."""
    if not value:
        return None
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return "must be a time like 2026-03-31T14:05:00+00:00"
    return None


def check_actions(
    actions: list[ActionIn], where: str, cards: set[str], unique: Any, fail: Any, short: Any
) -> None:
    """Refuse an action whose cards are not of its map, named twice, or a bad due date."""
    for i, action in enumerate(actions):
        path = f"{where}.actions[{i}]"
        unique(action.id, path)
        named: set[str] = set()
        for c_i, card_id in enumerate(action.cards):
            if card_id not in cards:
                raise fail(f"{path}.cards[{c_i}]", f"no card with id {short(card_id)} in this map")
            if card_id in named:
                raise fail(f"{path}.cards[{c_i}]", f"card {short(card_id)} is named twice")
            named.add(card_id)
        problem = check_date(action.due)
        if problem:
            raise fail(f"{path}.due", problem)


def check_comments(comments: list[CommentIn], where: str, unique: Any, fail: Any) -> None:
    """Refuse a comment with a bad time; ids are unique in the whole file."""
    for i, comment in enumerate(comments):
        path = f"{where}.comments[{i}]"
        unique(comment.id, path)
        problem = check_time(comment.time)
        if problem:
            raise fail(f"{path}.time", problem)


ACTION_COLUMNS = ("id", "map_id", "title", "owner", "status", "due", "value", "effort", "position")
ACTION_CARD_COLUMNS = ("action_id", "card_id", "position")
COMMENT_COLUMNS = ("id", "card_id", "author", "created", "text", "resolved", "position")


def action_rows(map_id: str, actions: list[ActionIn]) -> list[tuple[Any, ...]]:
    """The action table's rows (ACTION_COLUMNS) of one map."""
    return [
        (a.id, map_id, a.title, a.owner, a.status, a.due, a.value, a.effort, i)
        for i, a in enumerate(actions)
    ]


def action_card_rows(actions: list[ActionIn]) -> list[tuple[Any, ...]]:
    """The action_card table's rows (ACTION_CARD_COLUMNS): the cards each action is about."""
    return [(a.id, card_id, i) for a in actions for i, card_id in enumerate(a.cards)]


def comment_rows(card_id: str, comments: list[CommentIn]) -> list[tuple[Any, ...]]:
    """The comment table's rows (COMMENT_COLUMNS) of one card."""
    return [
        (c.id, card_id, c.author, c.time, c.text, c.resolved, i) for i, c in enumerate(comments)
    ]


def dump_actions(actions: list[Any], links: dict[str, list[str]]) -> list[dict[str, Any]]:
    """A map's actions as interchange dicts."""
    return [
        {
            "id": a.id,
            "title": a.title,
            "cards": links.get(a.id, []),
            "owner": a.owner,
            "status": a.status,
            "due": a.due,
            "value": a.value,
            "effort": a.effort,
        }
        for a in actions
    ]


def dump_card_extras(card: Any, comments: list[Any]) -> dict[str, Any]:
    """A card's evidence, source and comments as interchange keys."""
    return {
        "evidence": card.evidence,
        "source": card.source,
        "comments": [
            {
                "id": c.id,
                "author": c.author,
                "time": c.created,
                "text": c.text,
                "resolved": c.resolved,
            }
            for c in comments
        ],
    }
