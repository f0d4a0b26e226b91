"""``journeyboard room``: the one line it prints, refusals, and a clean stop on Ctrl-C."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

from tests.room.room_support import ROOT, Room


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "room", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )


def test_it_prints_exactly_one_line_and_stops_on_ctrl_c(workshop_path: Path) -> None:
    room = Room(workshop_path)
    assert re.fullmatch(
        r"Room open: http://127\.0\.0\.1:\d+/r/[A-Za-z0-9_-]{22,}/\n", room.first_line
    )
    assert room.port != 0  # port 0 picked a free one
    assert room.phone().request("GET", "api/board")[0] == 200
    code, out, err = room.stop(signal.SIGINT)
    assert (code, out, err) == (0, "", "")
    # It listens only while open: the port is closed now.
    import socket

    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", room.port)) != 0


def test_every_room_has_a_new_token(workshop_path: Path) -> None:
    first = Room(workshop_path)
    first.stop()
    second = Room(workshop_path)
    second.stop()
    assert first.base != second.base


def test_a_stop_right_after_the_line_is_never_lost(workshop_path: Path) -> None:
    # A script that stops the room as soon as it has read the address: the signal lands
    # before the event loop runs; the room must still stop, store nothing half, exit 0.
    for attempt in range(10):
        room = Room(workshop_path)
        code, out, err = room.stop(signal.SIGTERM if attempt % 2 else signal.SIGINT)
        assert (code, out, err) == (0, "", ""), attempt


def test_a_file_open_elsewhere_is_refused(workshop_path: Path) -> None:
    from storage.workshop import Workshop

    with Workshop.open(workshop_path):
        result = _run(str(workshop_path), "--host", "127.0.0.1")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("journeyboard room: ") and str(workshop_path) in result.stderr


def test_refusals_say_what_and_where(tmp_path: Path, workshop_path: Path) -> None:
    missing = _run(str(tmp_path / "none.journey"), "--host", "127.0.0.1")
    assert missing.returncode == 1 and "none.journey" in missing.stderr
    assert missing.stderr.count("\n") == 1
    bad_port = _run(str(workshop_path), "--port", "70000")
    assert bad_port.returncode == 2
    assert bad_port.stderr == "journeyboard room: --port: 70000 is not a port (0 to 65535)\n"
    bad_host = _run(str(workshop_path), "--host", "192.0.2.123", "--port", "0")
    assert bad_host.returncode == 1
    assert bad_host.stderr.startswith("journeyboard room: 192.0.2.123:0: cannot listen there")
