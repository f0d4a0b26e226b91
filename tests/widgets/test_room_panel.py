"""The Room panel through the real widgets: a silent round from three phones, the reveal
as one undo step, a keyboard rating that replaces a phone's, and a round kept across a
reopen (the journal beside the file)."""

from __future__ import annotations

import socket
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from room.journal import Journal
from tests.room.room_support import Phone


@pytest.fixture
def room_panel(app_window: Any, qtbot: Any) -> Any:
    app_window.panels.room_dock.show()
    panel = app_window.panels.room
    panel.host.setCurrentIndex(panel.host.findText("127.0.0.1"))  # loopback in tests
    yield panel
    if panel.running:
        panel.stop()


def _pdf_text(document: Any, out: Path) -> str:
    """The text of the workshop's PDF, as a stakeholder would get it."""
    import pypdf

    from export.pdf import write_pdf

    write_pdf(document.workshop, out, maps=["m1"], include_personas=False, include_tables=False)
    return " ".join(page.extract_text() or "" for page in pypdf.PdfReader(out).pages)


def _phones(panel: Any, names: list[str]) -> list[Phone]:
    parts = urlsplit(panel.url)
    room = SimpleNamespace(host=parts.hostname, port=parts.port, base=parts.path)
    return [Phone(room) for _ in names]  # type: ignore[arg-type]


def _off_thread(qtbot: Any, work: Any) -> Any:
    """Run phone requests on a worker thread while the GUI thread keeps serving the room."""
    with ThreadPoolExecutor(1) as pool:
        future: Future = pool.submit(work)
        qtbot.waitUntil(future.done, timeout=30000)
        return future.result()


def test_a_silent_round_from_three_phones_is_revealed_as_one_undo_step(
    app_window: Any, room_panel: Any, qtbot: Any, workshop_path: Path
) -> None:
    document = app_window.document
    before = {c: document.rating(c, "p1") for c in ("c1", "c2", "c3")}
    qtbot.mouseClick(room_panel.start_button, Qt.MouseButton.LeftButton)
    assert room_panel.running and room_panel.url.startswith("http://127.0.0.1:")
    assert room_panel.start_button.text() == "Stop the room"
    assert not room_panel.qr.pixmap().isNull()
    assert room_panel.link.text() == room_panel.url
    phones = _phones(room_panel, ["Anna", "Zoe", "Yann"])

    def rate_all() -> list[int]:
        statuses = []
        for phone, name, experience in zip(
            phones, ["Anna", "Zoe", "Yann"], [-2, 0, 2], strict=True
        ):
            phone.join(name)
            statuses += [phone.rate(card, experience, 4)[0] for card in ("c1", "c2", "c3")]
        return statuses

    assert _off_thread(qtbot, rate_all) == [200] * 9
    zoe, yann = phones[1].participant, phones[2].participant
    # Stored at once, crash-safe, beside the file; nothing on the board yet.
    assert len(Journal(workshop_path).read()) == 9
    assert document.rating("c1", zoe) is None and document.rating("c1", yann) is None
    assert {c: document.rating(c, "p1") for c in before} == before
    assert "5 votes" not in _pdf_text(document, workshop_path.with_suffix(".before.pdf"))

    def shown() -> list[str]:
        return [room_panel.people.item(i).text() for i in range(room_panel.people.count())]

    qtbot.waitUntil(lambda: shown() == ["Anna: 28 of 30", "Zoe: 3 of 30", "Yann: 3 of 30"])
    assert room_panel.round_label.text() == "Silent round: ratings waiting for the reveal: 9"

    # The facilitator types Zoe's rating of c2 after her phone did: the keyboard's stays.
    selector = app_window.panels.selector
    qtbot.waitUntil(lambda: selector.set_current_participant(zoe))  # once it lists her
    app_window.board_view.select_cards(["c2"])
    app_window.board_view.setFocus()
    QTest.keyClick(app_window.board_view, Qt.Key.Key_5)
    assert document.rating("c2", zoe) == (2, 3)
    assert room_panel.notice.text() == (
        "Zoe's rating of \u201cNeighbour's Instagram story\u201d"
        " from the keyboard replaces the one from the phone."
    )

    qtbot.mouseClick(room_panel.reveal_button, Qt.MouseButton.LeftButton)
    assert document.rating("c1", zoe) == (0, 4) and document.rating("c3", yann) == (2, 4)
    assert document.rating("c2", zoe) == (2, 3)  # the last rating of the pair
    assert document.rating("c1", "p1") == (-2, 4)
    assert document.undo_stack.undoText() == "Reveal the room's ratings"
    # The state before the round is kept as a snapshot in the file.
    (kept,) = document.snapshots()
    assert kept.reason == "reveal" and kept.name.startswith("Before the reveal 20")
    with document.workshop.snapshot_view(kept.id) as before_round:
        assert before_round.rating("c1", zoe) is None
        assert before_round.rating("c2", zoe) == (2, 3)
    assert not Journal(workshop_path).exists()
    assert room_panel.notice.text() == "Ratings revealed as one undo step: 8"
    assert room_panel.result.text().startswith("Where the room disagrees most (spread):")
    assert app_window.panels.moments_dock.isVisible()
    assert app_window.board_scene.card_item("c1") is not None
    # The PDF has the round: c1 and c2 now have 5 votes each (Anna, Ben, Clara, Zoe,
    # Yann; Zoe's c2 from the keyboard), where no touchpoint had 5 before.
    assert _pdf_text(document, workshop_path.with_suffix(".after.pdf")).count("5 votes") == 2

    document.undo_stack.undo()  # ONE step takes the whole round back
    assert document.rating("c1", zoe) is None and document.rating("c3", yann) is None
    assert {c: document.rating(c, "p1") for c in before} == before
    assert document.rating("c2", zoe) == (2, 3)
    document.undo_stack.redo()
    assert document.rating("c1", zoe) == (0, 4)

    port = urlsplit(room_panel.url).port
    qtbot.mouseClick(room_panel.start_button, Qt.MouseButton.LeftButton)
    assert not room_panel.running and room_panel.start_button.text() == "Start the room"
    with socket.socket() as probe:  # it listens only while the room is open
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_an_interrupted_round_is_offered_when_the_file_opens_again(
    app_window: Any, room_panel: Any, qtbot: Any, workshop_path: Path
) -> None:
    qtbot.mouseClick(room_panel.start_button, Qt.MouseButton.LeftButton)
    (phone,) = _phones(room_panel, ["Mara"])

    def rate() -> list[int]:
        phone.join("Mara")
        return [phone.rate(card, -1, 5)[0] for card in ("c6", "c7")]

    assert _off_thread(qtbot, rate) == [200, 200]
    mara = phone.participant
    port = urlsplit(room_panel.url).port
    # As after a crash: the window goes, the ratings are only in the journal.
    app_window.close_file()
    with socket.socket() as probe:  # closing the file closed the room
        assert probe.connect_ex(("127.0.0.1", port)) != 0
    assert Journal(workshop_path).read().keys() == {(mara, "c6"), (mara, "c7")}
    assert app_window.open_file(workshop_path)
    assert app_window.panels.room_dock.isVisible()
    panel = app_window.panels.room
    assert panel.round_label.text() == "Silent round: ratings waiting for the reveal: 2"
    assert not panel.running
    qtbot.mouseClick(panel.reveal_button, Qt.MouseButton.LeftButton)
    assert app_window.document.rating("c6", mara) == (-1, 5)
    assert app_window.document.rating("c7", mara) == (-1, 5)
    assert not Journal(workshop_path).exists()


def test_discarding_a_round_asks_first_and_leaves_the_board(
    app_window: Any, room_panel: Any, qtbot: Any, workshop_path: Path, app_dialogs: Any
) -> None:
    qtbot.mouseClick(room_panel.start_button, Qt.MouseButton.LeftButton)
    (phone,) = _phones(room_panel, ["Otto"])
    assert _off_thread(qtbot, lambda: (phone.join("Otto"), phone.rate("c1", 1, 1))[1][0]) == 200
    qtbot.waitUntil(room_panel.discard_button.isEnabled)
    app_dialogs.confirm = False
    qtbot.mouseClick(room_panel.discard_button, Qt.MouseButton.LeftButton)
    assert Journal(workshop_path).exists()
    app_dialogs.confirm = True
    qtbot.mouseClick(room_panel.discard_button, Qt.MouseButton.LeftButton)
    assert app_dialogs.asked[-1] == (
        "Discard the ratings of this round (1)? The board keeps what it shows."
    )
    assert not Journal(workshop_path).exists()
    assert app_window.document.rating("c1", phone.participant) is None


def _events(panel: Any, wanted: int) -> Any:
    """A phone's live channel: a function that reads ``wanted`` events (on a worker)."""
    import http.client

    parts = urlsplit(panel.url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    connection.request("GET", parts.path + "api/events")
    response = connection.getresponse()

    def next_event() -> tuple[str, str]:
        while True:
            line = response.readline().decode().strip()
            if line.startswith("event: "):
                data = response.readline().decode().strip().removeprefix("data: ")
                return line.removeprefix("event: "), data

    first = next_event()  # the channel is open: what happens next reaches it

    def read() -> list[tuple[str, str]]:
        events = [first, *(next_event() for _ in range(wanted - 1))]
        connection.close()
        return events

    return read


def test_phones_follow_the_phase_the_facilitator_picks_and_hear_the_reveal(
    app_window: Any, room_panel: Any, qtbot: Any
) -> None:
    qtbot.mouseClick(room_panel.start_button, Qt.MouseButton.LeftButton)
    (phone,) = _phones(room_panel, ["Ida"])
    _off_thread(qtbot, lambda: (phone.join("Ida"), phone.rate("c1", 2, 2)))
    read = _events(room_panel, 3)
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(read)
        room_panel.phase.setFocus()
        QTest.keyClick(room_panel.phase, Qt.Key.Key_Down)  # "All phases" -> the first phase
        assert room_panel.phase.currentText() == "Awareness"
        qtbot.waitUntil(room_panel.reveal_button.isEnabled)
        qtbot.mouseClick(room_panel.reveal_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(future.done, timeout=30000)
    assert future.result() == [
        ("state", '{"phase": null}'),
        ("state", '{"phase": "ph1"}'),
        ("reveal", '{"ratings": 1}'),
    ]
    status, board, _ = _off_thread(qtbot, lambda: phone.request("GET", "api/board"))
    assert board["phase_now"] == "ph1"


def test_a_language_change_keeps_the_open_room(
    app_window: Any,
    room_panel: Any,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qapp: Any,
) -> None:
    from widgets import i18n

    qtbot.mouseClick(room_panel.start_button, Qt.MouseButton.LeftButton)
    url = room_panel.url
    try:
        app_window.acts.language["de"].trigger()
        qtbot.waitUntil(lambda: room_panel.start_button.text() == "Raum schließen")
        assert app_window.panels.room is room_panel and room_panel.url == url
        assert app_window.panels.room_dock.windowTitle() == "Raum"
        (phone,) = _phones(room_panel, ["Jan"])
        assert _off_thread(qtbot, lambda: phone.request("GET", "api/board")[0]) == 200
    finally:
        i18n.install_translator(qapp, "en")


def test_the_qr_code_holds_the_room_address(room_panel: Any, qtbot: Any, tmp_path: Path) -> None:
    """Decoded by zbar, as a phone's camera app would (CI installs zbar-tools)."""
    import os
    import shutil
    import subprocess

    zbarimg = shutil.which("zbarimg")
    if zbarimg is None:
        reason = "zbarimg is not installed (apt-get install zbar-tools)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    qtbot.mouseClick(room_panel.start_button, Qt.MouseButton.LeftButton)
    image = tmp_path / "qr.png"
    assert room_panel.qr.pixmap().save(str(image))
    decoded = subprocess.run(
        [zbarimg, "--quiet", "--raw", str(image)], capture_output=True, text=True, timeout=60
    )
    assert decoded.stdout.strip() == room_panel.url


def test_a_phone_rating_after_the_keyboard_is_the_last_one(
    app_window: Any, room_panel: Any, qtbot: Any
) -> None:
    document = app_window.document
    qtbot.mouseClick(room_panel.start_button, Qt.MouseButton.LeftButton)
    (phone,) = _phones(room_panel, ["Lea"])
    _off_thread(qtbot, lambda: phone.join("Lea"))
    lea = phone.participant
    qtbot.waitUntil(lambda: app_window.panels.selector.set_current_participant(lea))
    app_window.board_view.select_cards(["c6"])
    app_window.board_view.setFocus()
    QTest.keyClick(app_window.board_view, Qt.Key.Key_1)  # the keyboard first: -2
    assert document.rating("c6", lea) == (-2, 3)
    assert _off_thread(qtbot, lambda: phone.rate("c6", 1, 5))[0] == 200  # then the phone
    assert document.rating("c6", lea) == (-2, 3)  # silent until the reveal
    qtbot.waitUntil(room_panel.reveal_button.isEnabled)
    qtbot.mouseClick(room_panel.reveal_button, Qt.MouseButton.LeftButton)
    assert document.rating("c6", lea) == (1, 5)
    document.undo_stack.undo()
    assert document.rating("c6", lea) == (-2, 3)
