"""Export: a short summary of a workshop (``journeyboard info``)."""

from __future__ import annotations

from typing import Any

from storage.vocabulary import ACTION_STATUSES
from storage.workshop import Workshop


def summary(workshop: Workshop) -> dict[str, Any]:
    """Title, language, counts, and per map its phases, lanes and card counts."""
    with workshop.reading():
        info = workshop.info()
        measured = workshop.measurement_counts()
        maps = []
        for m in workshop.maps():
            cards = workshop.cards(m.id)
            ratings = workshop.ratings(m.id)
            actions = workshop.actions(m.id)
            comments = workshop.comments_of_map(m.id)
            maps.append(
                {
                    "id": m.id,
                    "name": m.name,
                    "kind": m.kind,
                    "based_on": m.based_on,
                    "phases": [p.name for p in workshop.phases(m.id)],
                    "lanes": [lane.name for lane in workshop.lanes(m.id)],
                    "touchpoints": sum(c.kind == "touchpoint" for c in cards),
                    "notes": sum(c.kind == "note" for c in cards),
                    "ratings": sum(len(r) for r in ratings.values()),
                    "connections": len(workshop.connections(m.id)),
                    "assumptions": sum(
                        c.kind == "touchpoint" and c.evidence == "assumption" for c in cards
                    ),
                    "actions": {
                        status: sum(a.status == status for a in actions)
                        for status in ACTION_STATUSES
                    },
                    "comments": sum(len(c) for c in comments.values()),
                    "open_comments": sum(
                        not c.resolved for found in comments.values() for c in found
                    ),
                    "measurements": measured.get(m.id, 0),
                }
            )
        return {
            "file": str(workshop.path),
            "title": info.title,
            "language": info.language,
            "created": info.created,
            "participants": [p.name for p in workshop.participants()],
            "personas": [p.name for p in workshop.personas()],
            "channels": [c.name for c in workshop.channels()],
            "maps": maps,
        }


def summary_text(data: dict[str, Any]) -> str:
    """The summary as a few readable lines."""
    lines = [
        f"{data['title'] or '(untitled)'}  [{data['language']}]  {data['file']}",
        f"Participants: {', '.join(data['participants']) or '-'}",
        f"Personas: {', '.join(data['personas']) or '-'}",
        f"Channels: {len(data['channels'])}",
    ]
    for m in data["maps"]:
        lines.append(
            f"Map {m['name']!r} ({m['kind']}): {len(m['phases'])} phases, {len(m['lanes'])} lanes, "
            f"{m['touchpoints']} touchpoints, {m['notes']} notes, {m['ratings']} ratings, "
            f"{m['connections']} connections, "
            f"{m['measurements']} measurements"
        )
        actions = ", ".join(f"{n} {status}" for status, n in m["actions"].items() if n)
        lines.append(
            f"  Actions: {sum(m['actions'].values())}{f' ({actions})' if actions else ''}; "
            f"{m['assumptions']} of {m['touchpoints']} touchpoints rest on assumptions; "
            f"comments: {m['comments']} ({m['open_comments']} open)"
        )
        lines.append(f"  Phases: {' | '.join(m['phases']) or '-'}")
        lines.append(f"  Lanes: {' | '.join(m['lanes']) or '-'}")
    return "\n".join(lines) + "\n"
