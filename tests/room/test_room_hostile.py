"""A hostile phone: garbage, huge and marked-up names, floods, wrong tokens.

Afterwards the workshop file holds exactly the honest phone's ratings, passes SQLite's
integrity check, and the room still serves.
"""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

from tests.room.room_support import Room, ratings_in
from tests.seed import SEED


def _seed() -> int:
    return SEED  # the run's, in its header


def test_a_hostile_phone_changes_nothing_and_the_room_keeps_serving(workshop_path: Path) -> None:
    rng = random.Random(_seed())
    before = ratings_in(workshop_path)
    room = Room(workshop_path)
    try:
        honest = room.phone("127.0.0.1")
        honest.join("Honest")
        evil = room.phone("127.0.0.4")
        for _ in range(25):  # garbage bodies of every shape
            garbage = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 300)))
            method, path = rng.choice([("POST", "api/join"), ("PUT", "api/ratings/c1")])
            status, answer, _ = evil.request(method, path, garbage)
            assert status in (403, 413, 422) and set(answer) == {"error"}, (garbage, answer)
        for name in (
            "<script>alert(1)</script>",
            "Ev\u0007e",
            "\u202eevE",
            "x" * 5000,
            "'); DROP TABLE rating; --",
        ):
            status, answer, _ = evil.request("POST", "api/join", {"name": name})
            assert status in (200, 413, 422), (name, answer)
        # Markup is only text: stored as typed, sent back as JSON, never as page markup.
        status, board, _ = honest.request("GET", "api/board")
        assert "<script>alert(1)</script>" in [p["name"] for p in board["participants"]]
        assert "'); DROP TABLE rating; --" in [p["name"] for p in board["participants"]]
        # One address adds a few names, not a crowd (rejoining them stays possible).
        added = [
            evil.request("POST", "api/join", {"name": f"Sock puppet {n}"})[0] for n in range(8)
        ]
        assert (
            added.count(429) >= 3
            and evil.request("POST", "api/join", {"name": "<script>alert(1)</script>"})[0] == 200
        )
        # The honest phone's participant is not the hostile phone's to change.
        for _ in range(5):
            assert evil.rate("c1", -2, 5, participant=honest.participant)[0] == 403
        for token in ("", "x", "A" * 22, room.base.split("/")[2][:-1] + "Z", "..", "%2e%2e"):
            status, _answer, _ = evil.request("GET", f"/r/{token}/api/board", raw_path=True)
            assert status in (403, 404), token
        flood = [evil.request("PUT", "api/ratings/c1", b"{}")[0] for _ in range(120)]
        assert 429 in flood
        assert honest.rate("c3", 2, 4)[0] == 200  # another address is still served
        assert honest.request("GET", "")[0] == 200
    finally:
        code, _out, err = room.stop()
    assert code == 0, err
    after = ratings_in(workshop_path)
    assert after == {**before, ("c3", honest.participant): (2, 4)}
    with sqlite3.connect(workshop_path) as connection:
        assert connection.execute("PRAGMA quick_check").fetchone() == ("ok",)
        names = [row[0] for row in connection.execute("SELECT name FROM participant")]
    assert not any(len(n) > 40 or "\x07" in n or "\u202e" in n for n in names)
    assert json.dumps(names)  # every stored name is plain text
