"""Bench: a room under load: simulated phones rate against the headless room.

Each phone joins and then rates its touchpoints one after the other as fast as the room
answers; a 200 comes after the rating is committed to the file, so the time from
sending the request to its answer is the time from request to stored rating. Every
phone has its own loopback address (127.0.0.N), as phones on a network have their own.
"""

from __future__ import annotations

import asyncio
import os
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class _Phone:
    """One simulated phone: its own address, its own cookie."""

    def __init__(self, url: str, number: int) -> None:
        import aiohttp

        self.url, self.number = url, number
        connector = aiohttp.TCPConnector(local_addr=(f"127.0.0.{10 + number}", 0), limit=1)
        # unsafe: keep cookies of an IP address (as browsers do; aiohttp would drop them).
        self.session = aiohttp.ClientSession(
            connector=connector, cookie_jar=aiohttp.CookieJar(unsafe=True)
        )
        self.participant = ""

    async def join(self) -> None:
        async with self.session.post(
            self.url + "api/join", json={"name": f"Phone {self.number}"}
        ) as answer:
            answer.raise_for_status()
            self.participant = (await answer.json())["participant"]

    async def rate(self, cards: list[str], times: list[float]) -> int:
        """Rate every card, one after the other; how many were answered 200."""
        stored = 0
        for n, card in enumerate(cards):
            body = {
                "participant": self.participant,
                "experience": (n + self.number) % 5 - 2,
                "importance": (n * 7 + self.number) % 5 + 1,
            }
            start = time.perf_counter()
            async with self.session.put(self.url + f"api/ratings/{card}", json=body) as answer:
                await answer.read()
                times.append(time.perf_counter() - start)
                stored += answer.status == 200
        return stored


async def _load(
    url: str, phones: int, cards: list[str], joined: Callable[[], None] = lambda: None
) -> tuple[list[float], int]:
    """All phones join, then all rate at once; (request-to-answer times, answered 200)."""
    times: list[float] = []
    crowd = [_Phone(url, n) for n in range(phones)]
    try:
        await asyncio.gather(*(phone.join() for phone in crowd))
        joined()
        answered = await asyncio.gather(*(phone.rate(cards, times) for phone in crowd))
    finally:
        await asyncio.gather(*(phone.session.close() for phone in crowd))
    return times, sum(answered)


def room_load(path: Path, phones: int = 30, per_phone: int = 40) -> dict:
    """p95 and median request-to-stored (seconds), ratings answered 200 and found in the file."""
    from storage.workshop import Workshop

    with Workshop.open(path, readonly=True) as workshop:
        first = workshop.maps()[0].id
        cards = [c.id for c in workshop.cards(first) if c.kind == "touchpoint"][:per_phone]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    room = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "room",
            str(path),
            "--host",
            "127.0.0.1",
            "--port",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        line = room.stdout.readline()
        if not line.startswith("Room open: "):
            raise RuntimeError(f"the room did not open: {line!r} {room.stderr.read()[-2000:]}")
        times, answered = asyncio.run(_load(line.split(": ", 1)[1].strip(), phones, cards))
    finally:
        room.send_signal(signal.SIGTERM)
        room.communicate(timeout=60)
    with Workshop.open(path, readonly=True) as workshop:
        names = {p.id for p in workshop.participants() if p.name.startswith("Phone ")}
        found = sum(
            1
            for ratings in workshop.ratings(first).values()
            for r in ratings
            if r.participant_id in names
        )
    times.sort()
    return {
        "p95": times[int(0.95 * (len(times) - 1))],
        "median": statistics.median(times),
        "sent": phones * len(cards),
        "answered": answered,
        "found": found,
    }


def main(argv: list[str]) -> int:
    """``python -m bench.room URL PHONES CARD...``: the load alone, for the GUI's drag line.

    Prints "joined" once every phone joined, then rates; prints the answered count at the end.
    """
    url, phones, cards = argv[0], int(argv[1]), argv[2:]

    def joined() -> None:
        print("joined", flush=True)

    _times, answered = asyncio.run(_load(url, phones, cards, joined))
    print(f"answered {answered}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
