"""The room's contract (docs/room.md) against a real headless room on loopback.

Every status code of the contract: 200, 403, 404, 413, 422, 429; the page, the board,
joining and rating, and what ends up in the workshop file.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.room.room_support import Room, ratings_in


@pytest.fixture(scope="module")
def room(tmp_path_factory: pytest.TempPathFactory, _demo_written: Path) -> Iterator[Room]:
    path = tmp_path_factory.mktemp("room") / "demo.journey"
    shutil.copyfile(_demo_written, path)
    served = Room(path)
    yield served
    served.stop()


def test_the_page_is_one_self_contained_page_under_100_kb(room: Room) -> None:
    status, page, response = room.phone().request("GET", "")
    assert status == 200
    assert response.getheader("Content-Type").startswith("text/html")
    assert len(page.encode("utf-8")) < 100 * 1024
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)  # nothing external
    assert "@import" not in page and "url(" not in page
    assert "innerHTML" not in page  # phone text only ever enters as text
    policy = response.getheader("Content-Security-Policy")
    assert "default-src 'none'" in policy and "'unsafe-inline'" not in policy
    assert "script-src 'sha256-" in policy and "frame-ancestors 'none'" in policy
    assert response.getheader("X-Content-Type-Options") == "nosniff"


def test_the_board_lists_the_map_being_rated(room: Room) -> None:
    status, board, _ = room.phone().request("GET", "api/board")
    assert status == 200
    assert board["title"] == "Sonnenkorn Bakery: online orders and delivery"
    assert board["language"] == "en"
    assert [p["name"] for p in board["phases"]][:2] == ["Awareness", "Interest"]
    assert {"Anna", "Ben", "Clara"} <= {p["name"] for p in board["participants"]}
    first = board["touchpoints"][0]
    assert first == {
        **first,
        "id": "c1",
        "title": "Flyer in the letterbox",
        "phase": "ph1",
        "lane": "l1",
        "channel": "Advertising",
    }
    assert all(t["id"] != "c5" for t in board["touchpoints"])  # c5 is a note, not rated


def test_the_same_name_rejoins_as_the_same_participant(room: Room) -> None:
    first, again, other = room.phone(), room.phone(), room.phone()
    assert first.join("Anna")["participant"] == "p1"  # the participant already in the file
    assert again.join("  aNNA ") == {
        **again.join("anna"),
        "participant": "p1",
        "name": "Anna",
    }  # the name as the workshop has it
    new = other.join("Dörte Müller")["participant"]
    assert new not in ("p1", "p2", "p3")
    assert room.phone().join("dörte   müller")["participant"] == new
    status, board, _ = other.request("GET", "api/board")
    assert board["you"] == new and {"id": new, "name": "Dörte Müller"} in board["participants"]


def test_a_rating_is_answered_with_what_was_stored(room: Room) -> None:
    phone = room.phone()
    phone.join("Ben")
    status, answer = phone.rate("c2", -2, 5)
    assert status == 200
    assert answer == {
        "stored": True,
        "touchpoint": "c2",
        "participant": "p2",
        "experience": -2,
        "importance": 5,
    }
    status, board, _ = phone.request("GET", "api/board")
    assert board["mine"]["c2"] == {"experience": -2, "importance": 5}


def test_403_for_a_wrong_token_and_for_another_participant(room: Room) -> None:
    phone = room.phone()
    wrong = room.base.replace(room.base.split("/")[2], "A" * 22)
    status, answer, _ = phone.request("GET", wrong + "api/board", raw_path=True)
    assert (status, answer) == (403, {"error": "wrong or expired room link; scan the code again"})
    status, answer, _ = phone.request("GET", room.base[:-1], raw_path=True)  # no slash after it
    assert status == 403
    phone.join("Clara")
    status, answer = phone.rate("c1", 1, 1, participant="p1")  # Anna's: not this phone's
    assert status == 403 and "did not join as that participant" in answer["error"]
    status, answer = room.phone().rate("c1", 1, 1, participant="p3")  # never joined at all
    assert status == 403


def test_404_for_an_unknown_touchpoint_participant_or_page(room: Room) -> None:
    phone = room.phone()
    phone.join("Anna")
    for card in ("c999", "c5"):  # unknown; a note (not a touchpoint)
        status, answer = phone.rate(card, 0, 3)
        assert status == 404 and "not on the map being rated" in answer["error"], card
    status, answer = phone.rate("c1", 0, 3, participant="p-nobody")
    assert (status, answer) == (404, {"error": "participant 'p-nobody': unknown; join again"})
    for path in (
        "/",
        "/etc/passwd",
        "/r/",
        room.base + "../main.py",
        room.base + "api/x",
        room.base + "phone.html",
    ):
        status, answer, _ = phone.request("GET", path, raw_path=True)
        assert status in (403, 404) and "error" in answer, path
    status, answer, _ = phone.request("GET", room.base + "static/", raw_path=True)
    assert status == 404  # no directory listing, no other file


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            {"participant": "p1", "experience": 3, "importance": 3},
            "experience: must be between -2 and 2",
        ),
        (
            {"participant": "p1", "experience": -1, "importance": 0},
            "importance: must be between 1 and 5",
        ),
        (
            {"participant": "p1", "experience": True, "importance": 2},
            "experience: expected a whole number from -2 to 2",
        ),
        (
            {"participant": "p1", "experience": 1.5, "importance": 2},
            "experience: expected a whole number from -2 to 2",
        ),
        ({"experience": 1, "importance": 2}, "participant: expected the id that joining returned"),
        ([1, 2], "request body: expected a JSON object"),
        ("{not json", "request body: not valid JSON"),
    ],
)
def test_422_for_invalid_values(room: Room, body: object, message: str) -> None:
    phone = room.phone()
    phone.join("Anna")
    raw = body if isinstance(body, str) else __import__("json").dumps(body)
    status, answer, _ = phone.request("PUT", "api/ratings/c1", raw)
    assert (status, answer) == (422, {"error": message})


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "name: must not be empty"),
        ("   ", "name: must not be empty"),
        ("x" * 41, "name: at most 40 characters"),
        ("Eve\x00", "name: contains a control character (U+0000)"),
        ("Eve\u202e", "name: contains a control character (U+202E)"),
        (42, "name: expected a text"),
    ],
)
def test_422_for_invalid_names(room: Room, name: object, message: str) -> None:
    status, answer, _ = room.phone().request("POST", "api/join", {"name": name})
    assert (status, answer) == (422, {"error": message})


def test_413_for_a_body_over_16_kb(room: Room) -> None:
    phone = room.phone()
    status, answer, _ = phone.request("POST", "api/join", '{"name": "' + "a" * 17000 + '"}')
    assert (status, answer) == (413, {"error": "request body is over 16 KB"})
    # Without a Content-Length (chunked): refused while reading, with the same message.
    status, answer, _ = phone.request("PUT", "api/ratings/c1", iter([b"x" * 9000, b"x" * 9000]))
    assert (status, answer) == (413, {"error": "request body is over 16 KB"})


def test_429_for_a_flood_from_one_address_while_others_are_served(room: Room) -> None:
    flood = room.phone("127.0.0.2")
    statuses = [flood.request("GET", "api/board")[0] for _ in range(90)]
    assert statuses[0] == 200 and statuses[-1] == 429
    status, answer, _ = flood.request("GET", "api/board")
    assert answer == {"error": "too many requests from this address; wait a moment"}
    assert room.phone("127.0.0.3").request("GET", "api/board")[0] == 200


def test_the_live_channel_speaks_server_sent_events(room: Room) -> None:
    import http.client

    connection = http.client.HTTPConnection(room.host, room.port, timeout=30)
    connection.request("GET", room.base + "api/events")
    response = connection.getresponse()
    assert response.status == 200
    assert response.getheader("Content-Type").startswith("text/event-stream")
    assert response.readline() == b"event: state\n"
    assert response.readline() == b'data: {"phase": null}\n'
    connection.close()


def test_ratings_reach_the_file_and_sigterm_stops_cleanly(
    tmp_path: Path, workshop_path: Path
) -> None:
    room = Room(workshop_path)
    phone = room.phone()
    phone.join("Neue Person")
    for card, value in (("c1", (-2, 5)), ("c2", (0, 1)), ("c1", (1, 2))):
        assert phone.rate(card, *value)[0] == 200
    code, out, err = room.stop()
    assert (code, out, err) == (0, "", "")
    stored = ratings_in(workshop_path)
    assert stored[("c1", phone.participant)] == (1, 2)  # the last rating of a pair wins
    assert stored[("c2", phone.participant)] == (0, 1)
    assert not (tmp_path / "demo.journey-room").exists()  # headless writes no journal


def test_the_board_lists_the_connections_between_touchpoints(
    tmp_path: Path, _demo_written: Path
) -> None:
    from storage.workshop import Workshop

    path = tmp_path / "demo.journey"
    shutil.copyfile(_demo_written, path)
    with Workshop.open(path) as workshop:
        workshop.add("connection", map_id="m1", from_card="c1", to_card="c6", label="reads on")
        workshop.add("connection", map_id="m1", from_card="c6", to_card="c5")  # c5: a note
    served = Room(path)
    try:
        status, board, _ = served.phone().request("GET", "api/board")
    finally:
        served.stop()
    assert status == 200
    assert board["connections"] == [{"from": "c1", "to": "c6", "kind": "flow", "label": "reads on"}]
