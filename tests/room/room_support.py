"""Helpers of the room tests: a headless room in a child process, and a phone client.

The phone speaks plain HTTP with ``http.client`` and keeps the room's cookie as a
browser does, so the tests see exactly what a phone would.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]


class Room:
    """``journeyboard room FILE --host 127.0.0.1 --port 0`` in a child process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        self.process = subprocess.Popen(
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
        self.first_line = self.process.stdout.readline()
        if not self.first_line.startswith("Room open: "):
            self.process.kill()
            raise AssertionError(
                f"the room did not open: {self.first_line!r} {self.process.stderr.read()}"
            )
        self.url = self.first_line.removeprefix("Room open: ").strip()
        parts = urlsplit(self.url)
        self.host, self.port, self.base = parts.hostname, parts.port, parts.path

    def phone(self, source: str = "127.0.0.1") -> Phone:
        return Phone(self, source)

    def stop(self, signum: int = signal.SIGTERM) -> tuple[int, str, str]:
        """Stop the room as Ctrl-C or SIGTERM does; (exit code, rest of stdout, stderr)."""
        if self.process.poll() is None:
            self.process.send_signal(signum)
        out, err = self.process.communicate(timeout=30)
        return self.process.returncode, out, err


class Phone:
    """One phone: its own cookie, its own source address."""

    def __init__(self, room: Room, source: str = "127.0.0.1") -> None:
        self.room, self.source = room, source
        self.cookie: str | None = None
        self.participant: str | None = None

    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        headers: dict[str, str] | None = None,
        raw_path: bool = False,
    ) -> tuple[int, Any, http.client.HTTPResponse]:
        """(status, JSON or text, response); ``path`` is under /r/TOKEN/ unless raw."""
        connection = http.client.HTTPConnection(
            self.room.host, self.room.port, timeout=30, source_address=(self.source, 0)
        )
        if isinstance(body, dict):
            body = json.dumps(body)
        sent = dict(headers or {})
        if self.cookie:
            sent["Cookie"] = self.cookie
        if body is not None:
            sent.setdefault("Content-Type", "application/json")
        connection.request(
            method, path if raw_path else self.room.base + path, body=body, headers=sent
        )
        response = connection.getresponse()
        data = response.read()
        connection.close()
        cookie = response.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";", 1)[0]
        kind = response.getheader("Content-Type", "")
        value: Any = json.loads(data) if "json" in kind else data.decode("utf-8", "replace")
        return response.status, value, response

    def join(self, name: str) -> dict[str, Any]:
        status, answer, _ = self.request("POST", "api/join", {"name": name})
        assert status == 200, answer
        self.participant = answer["participant"]
        return answer

    def rate(
        self, card: str, experience: int, importance: int, participant: str | None = None
    ) -> tuple[int, Any]:
        status, answer, _ = self.request(
            "PUT",
            f"api/ratings/{card}",
            {
                "participant": participant or self.participant,
                "experience": experience,
                "importance": importance,
            },
        )
        return status, answer


def ratings_in(path: Path) -> dict[tuple[str, str], tuple[int, int]]:
    """Every rating stored in a workshop file: (card, participant) -> (experience, importance)."""
    from storage.workshop import Workshop

    found: dict[tuple[str, str], tuple[int, int]] = {}
    with Workshop.open(path, readonly=True) as workshop:
        for journey_map in workshop.maps():
            for card, ratings in workshop.ratings(journey_map.id).items():
                for rating in ratings:
                    found[(card, rating.participant_id)] = (rating.experience, rating.importance)
    return found
