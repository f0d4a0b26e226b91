"""Bench: the S and L workshops, generated through the interchange JSON."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from app.templates import default_channels
from export.interchange import load

SIZES = {
    # name: (phases, lanes, cards, participants)
    "S": (7, 6, 80, 3),
    "L": (12, 40, 2000, 5),
    # A large research programme in one map (--large): the import's growth is judged
    # between these two, so they differ only in the number of cards.
    "10k": (24, 80, 10_000, 5),
    "100k": (24, 80, 100_000, 5),
}


def workshop_dict(size: str, seed: int = 7) -> dict[str, Any]:
    """A deterministic workshop of the given size; every touchpoint rated by everyone."""
    phases_n, lanes_n, cards_n, people_n = SIZES[size]
    rng = random.Random(seed)
    channels = default_channels("en")
    participants = [{"id": f"p{i}", "name": f"Participant {i}"} for i in range(people_n)]
    personas = [
        {
            "id": f"pe{i}",
            "name": f"Persona {i}",
            "role": "",
            "description": "",
            "goals": "",
            "needs": "",
            "pains": "",
            "quote": "",
            "color": f"#{rng.randrange(0x202020, 0xDFDFDF):06X}",
        }
        for i in range(3)
    ]
    phases = [{"id": f"ph{i}", "name": f"Phase {i}", "description": ""} for i in range(phases_n)]
    lanes = []
    for i in range(lanes_n):
        if i < len(personas):
            lanes.append(
                {
                    "id": f"l{i}",
                    "name": f"Persona {i}",
                    "kind": "persona",
                    "persona": personas[i]["id"],
                }
            )
        else:
            lanes.append({"id": f"l{i}", "name": f"Lane {i}", "kind": "notes"})
    placed = sorted(
        ((rng.randrange(phases_n), rng.randrange(lanes_n), n) for n in range(cards_n)),
    )
    cards = []
    for phase, lane, n in placed:
        cards.append(
            {
                "id": f"c{n}",
                "kind": "touchpoint",
                "lane": f"l{lane}",
                "phase": f"ph{phase}",
                "title": f"Touchpoint {n} with a title of realistic length",
                "description": "",
                "channel": channels[n % len(channels)]["id"],
                "direct": n % 3 != 0,
                "expectation": "",
                "owner": "",
                "kpi": "",
                "ratings": [
                    {
                        "participant": p["id"],
                        "experience": rng.randint(-2, 2),
                        "importance": rng.randint(1, 5),
                    }
                    for p in participants
                ],
            }
        )
    return {
        "format": "journeyboard",
        "version": 1,
        "title": f"Benchmark {size}",
        "language": "en",
        "participants": participants,
        "personas": personas,
        "channels": channels,
        "maps": [
            {
                "id": "m1",
                "name": "As-is",
                "kind": "as-is",
                "phases": phases,
                "lanes": lanes,
                "cards": cards,
            }
        ],
    }


def make_workshop(size: str, folder: Path) -> Path:
    """Write the workshop of ``size`` into ``folder`` (replacing an old one) and return it."""
    path = folder / f"bench-{size}.journey"
    if path.exists():
        path.unlink()
    load(workshop_dict(size), path)
    return path
