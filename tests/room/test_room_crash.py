"""A kill of the app during a silent round loses no rating a phone saw as saved."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

from room.journal import Journal
from tests.room.room_support import ROOT, Phone, ratings_in


def test_a_killed_round_is_in_the_journal_and_reveals_after_reopening(
    qapp: object, workshop_path: Path
) -> None:
    before = ratings_in(workshop_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "tests/room/room_gui_child.py"), str(workshop_path)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        url = child.stdout.readline().removeprefix("Room open: ").strip()
        parts = urlsplit(url)
        phone = Phone(
            SimpleNamespace(
                host=parts.hostname,
                port=parts.port,  # type: ignore
                base=parts.path,
            )
        )
        phone.join("Kai")
        saved = {card: (n - 2, 5 - n) for n, card in enumerate(("c1", "c2", "c3", "c4"))}
        for card, value in saved.items():
            assert phone.rate(card, *value)[0] == 200
    finally:
        child.send_signal(signal.SIGKILL)  # no chance to clean up
        child.wait(timeout=30)
    assert ratings_in(workshop_path) == before  # silent: nothing in the file yet
    pending = Journal(workshop_path).read()
    assert {card: (p.experience, p.importance) for (_who, card), p in pending.items()} == saved

    from app.document import JourneyDocument
    from room.hub import RoomHub

    document = JourneyDocument.open(workshop_path)  # the killed process's lock is gone
    try:
        hub = RoomHub(document, "m1", silent=True)
        assert hub.pending_count() == 4
        assert hub.reveal() == 4
        hub.close()
    finally:
        document.close()
    after = ratings_in(workshop_path)
    assert {
        card: value for (card, who), value in after.items() if who == phone.participant
    } == saved
    assert not Journal(workshop_path).exists()


def test_a_line_cut_short_by_a_crash_is_skipped(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "w.journey")
    journal.path.write_bytes(
        b'{"p":"p1","c":"c1","e":1,"i":2,"b":null}\n'
        b'{"p":"p2","c":"c1","e":9,"i":2,"b":null}\n'  # out of range: not a rating
        b'{"p":"p1","c":"c2","e":-2,"i":5,"b":[0,3]}\n'
        b'{"p":"p1","c":"c1","drop":true}\n'
        b'{"p":"p3","c":"c3","e":0,"i":'
    )  # the crash came here
    pending = journal.read()
    assert list(pending) == [("p1", "c2")]
    assert pending[("p1", "c2")].base == (0, 3)
