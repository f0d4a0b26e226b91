"""Export: Mermaid journey diagrams in (import) and out (export)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.demo import demo_workshop
from app.mapdata import read_map
from export.importing import read_source
from export.interchange import dump, load
from export.mermaid import (
    MAX_BYTES,
    escape,
    mermaid_text,
    read_mermaid,
    score,
    write_mermaid,
)
from export.mermaid_parse import MermaidError, parse
from storage.workshop import Workshop
from tests.seed import SEED

# Mermaid's documentation example of the journey diagram.
DOCS_EXAMPLE = """journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
"""


def _import(tmp_path: Path, text: str, name: str = "in.mmd", lang: str = "en") -> dict:
    """Import ``text`` into a new workshop file; the file's content as interchange."""
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    target = tmp_path / (source.stem + ".journey")
    load(read_source(source, lang), target)
    with Workshop.open(target, readonly=True) as workshop:
        return dump(workshop)


def _board(data: dict) -> dict:
    """phase name -> [(lane name, title, [experience, ...])] of the first map."""
    m = data["maps"][0]
    phases = {p["id"]: p["name"] for p in m["phases"]}
    lanes = {lane["id"]: lane["name"] for lane in m["lanes"]}
    out: dict = {name: [] for name in phases.values()}
    for card in m["cards"]:
        out[phases[card["phase"]]].append(
            (lanes[card["lane"]], card["title"], [r["experience"] for r in card["ratings"]])
        )
    return out


def test_docs_example_becomes_a_workshop(tmp_path: Path) -> None:
    data = _import(tmp_path, DOCS_EXAMPLE)
    assert data["title"] == "My working day"
    assert [p["name"] for p in data["personas"]] == ["Me", "Cat"]
    assert [lane["name"] for lane in data["maps"][0]["lanes"]] == ["Me", "Cat"]
    assert [p["name"] for p in data["participants"]] == ["Mermaid"]
    board = _board(data)
    assert list(board) == ["Go to work", "Go home"]
    # "Do work" has two people: a card in each lane, same title and rating.
    assert sorted(board["Go to work"]) == sorted(
        [
            ("Me", "Make tea", [2]),
            ("Me", "Go upstairs", [0]),
            ("Me", "Do work", [-2]),
            ("Cat", "Do work", [-2]),
        ]
    )
    assert board["Go home"] == [("Me", "Go downstairs", [2]), ("Me", "Sit down", [2])]
    ratings = [r for c in data["maps"][0]["cards"] for r in c["ratings"]]
    assert {(r["participant"], r["importance"]) for r in ratings} == {("p1", 3)}


def test_parser_cases_of_mermaids_own_tests(tmp_path: Path) -> None:
    text = (
        "journey\n"
        "accDescr {\n   A journey of\n   a family's shopping\n  }title Shopping\n"
        "accTitle: Shopping: the accessible title\n"
        "section Line1<br>Line2<br/>Line3</br />Line4<br\t/>Line5\n"
        "A task: 5: Alice, Bob, Charlie\n"
        "B task: 3:Bob, Charlie\n"
        "C task: 5\n"
        "E task: 5:\n"
        "%% a comment\n"
        "   section Another section   \n"
        "\tP task: 1:\n"
    )
    journey = parse(text)
    assert journey.title == "Shopping"
    assert journey.acc_title == "Shopping: the accessible title"
    assert journey.acc_descr == "A journey of\na family's shopping"
    assert [s.name for s in journey.sections] == [
        "Line1\nLine2\nLine3\nLine4\nLine5",
        "Another section",
    ]
    tasks = [(t.name, t.score, t.people) for s in journey.sections for t in s.tasks]
    assert tasks == [
        ("A task", 5, ["Alice", "Bob", "Charlie"]),
        ("B task", 3, ["Bob", "Charlie"]),
        ("C task", 5, []),
        ("E task", 5, []),
        ("P task", 1, []),
    ]
    data = _import(tmp_path, text, lang="de")
    board = _board(data)
    # Tasks without people are the workshop's customer's ("Kunde" in German).
    assert ("Kunde", "C task", [2]) in board["Line1\nLine2\nLine3\nLine4\nLine5"]
    assert board["Another section"] == [("Kunde", "P task", [-2])]
    assert data["language"] == "de" and data["maps"][0]["name"] == "Ist-Zustand"


def test_entity_codes_comments_and_front_matter(tmp_path: Path) -> None:
    text = (
        "---\ntitle: ignored front matter\n---\n%%{init: {'theme': 'forest'}}%%\n"
        "journey\n  title Ticket #35;1#59; A#58;B\n  section Q#38;A #quot;x#quot;\n"
        "    Ask #35;1#58; now: 2: Ann#44; Jr, Bo # a comment\n"
    )
    data = _import(tmp_path, text)
    assert data["title"] == "Ticket #1; A:B"
    board = _board(data)
    assert board == {'Q&A "x"': [("Ann, Jr", "Ask #1: now", [-1]), ("Bo", "Ask #1: now", [-1])]}


def test_markdown_with_a_mermaid_block(tmp_path: Path) -> None:
    text = (
        "# Our journey\n\nSome text.\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\n"
        "```mermaid\n" + DOCS_EXAMPLE + "```\n"
    )
    data = _import(tmp_path, text, name="wiki.md")
    assert data["title"] == "My working day" and len(data["maps"][0]["cards"]) == 6
    bad = "# Page\n\n~~~mermaid\njourney\n  section A\n    Task without score\n~~~\n"
    with pytest.raises(MermaidError, match=r"bad\.md: line 6: a task needs \"name: score\""):
        _import(tmp_path, bad, name="bad.md")
    with pytest.raises(MermaidError, match="none of its 1 mermaid block"):
        _import(tmp_path, "```mermaid\nflowchart LR\n  A-->B\n```\n", name="flow.md")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("flowchart LR\n  A --> B\n", 'line 1: expected "journey"'),
        ("\n\nsequenceDiagram\n", 'line 3: expected "journey"'),
        ("journey\n  section A\n  Task\n", 'line 3: a task needs "name: score"'),
        ("journey\n  section A\n  Task:\n", 'line 3: a task needs "name: score"'),
        ("journey\n  section A\n  Task: : Bob\n", 'line 3: a task needs "name: score"'),
        (
            "journey\n  section A\n  Task: 6: Bob\n",
            "line 3: the score must be a whole number from 1 to 5, not '6'",
        ),
        ("journey\n  section A\n  Task: 0\n", "not '0'"),
        ("journey\n  section A\n  Task: five\n", "not 'five'"),
        ("journey\n  section A\n  Task: 4.5\n", "not '4.5'"),
        ("journey\n  section A\n  Task: 3: Bob: Ann\n", 'line 3: a task is "name: score: '),
        ("journey\n  section A\n  Task; 3\n", "line 3: a task needs"),
        ("journey\n  section A\n  : 3\n", "line 3: expected a task name before the colon"),
        ("journey\n  section A: B\n", "line 2: expected a task name before the colon"),
        ("journey\n  Journey planning: 3\n", 'line 2: "journey" may only start the diagram'),
        ("journey\nA: 3\nB\x00: 3\n", "line 3: contains a NUL character"),
    ],
)
def test_bad_input_names_the_line_and_writes_nothing(
    tmp_path: Path, text: str, message: str
) -> None:
    source = tmp_path / "in.mmd"
    source.write_text(text, encoding="utf-8")
    with pytest.raises(MermaidError) as caught:
        read_mermaid(source)
    assert str(caught.value).startswith(f"{source}: ")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.mmd"]


def test_input_size_is_bounded(tmp_path: Path) -> None:
    source = tmp_path / "big.mmd"
    source.write_bytes(b"journey\n" + b"  A: 3\n" * (MAX_BYTES // 7 + 1))
    with pytest.raises(MermaidError, match="larger than 1024 KiB"):
        read_mermaid(source)
    with pytest.raises(MermaidError, match="not a regular file"):
        read_mermaid(tmp_path)
    (tmp_path / "latin1.mmd").write_bytes(b"journey\n  section K\xe4se\n")
    with pytest.raises(MermaidError, match="line 2: not UTF-8 text"):
        read_mermaid(tmp_path / "latin1.mmd")


def _small_workshop(tmp_path: Path) -> Path:
    data = {
        "format": "journeyboard",
        "version": 1,
        "title": "Shop: online; #1",
        "language": "en",
        "participants": [{"id": "p1", "name": "Anna"}, {"id": "p2", "name": "Ben"}],
        "personas": [{"id": "pe1", "name": "Lena"}, {"id": "pe2", "name": "Tom, Jr."}],
        "channels": [],
        "maps": [
            {
                "id": "m1",
                "name": "As-is",
                "kind": "as-is",
                "phases": [{"id": "a", "name": "Find: search"}, {"id": "b", "name": "Buy\nnow"}],
                "lanes": [
                    {"id": "l1", "name": "Lena", "kind": "persona", "persona": "pe1"},
                    {"id": "l2", "name": "Tom", "kind": "persona", "persona": "pe2"},
                    {"id": "l3", "name": "Shop", "kind": "channel"},
                ],
                "cards": [
                    {
                        "id": "c1",
                        "kind": "touchpoint",
                        "lane": "l1",
                        "phase": "a",
                        "title": "Search 50% off",
                        "ratings": [
                            {"participant": "p1", "experience": 1, "importance": 4},
                            {"participant": "p2", "experience": 2, "importance": 2},
                        ],
                    },
                    {
                        "id": "c2",
                        "kind": "touchpoint",
                        "lane": "l2",
                        "phase": "a",
                        "title": "Search 50% off",
                        "ratings": [
                            {"participant": "p1", "experience": 1, "importance": 3},
                            {"participant": "p2", "experience": 2, "importance": 3},
                        ],
                    },
                    {
                        "id": "c3",
                        "kind": "note",
                        "note_type": "pain",
                        "lane": "l1",
                        "phase": "a",
                        "title": "Too many ads",
                    },
                    {
                        "id": "c4",
                        "kind": "touchpoint",
                        "lane": "l1",
                        "phase": "b",
                        "title": "Journey to the shop",
                        "ratings": [
                            {"participant": "p1", "experience": -1, "importance": 3},
                            {"participant": "p2", "experience": 0, "importance": 3},
                        ],
                    },
                    {
                        "id": "c5",
                        "kind": "touchpoint",
                        "lane": "l3",
                        "phase": "b",
                        "title": "Pay; then <br> wait",
                        "ratings": [{"participant": "p1", "experience": -2, "importance": 3}],
                    },
                    {
                        "id": "c6",
                        "kind": "touchpoint",
                        "lane": "l2",
                        "phase": "b",
                        "title": "title page",
                        "ratings": [],
                    },
                ],
            }
        ],
    }
    path = tmp_path / "small.journey"
    load(data, path)
    return path


EXPECTED = """journey
    title Shop: online#59; #35;1
    section Find#58; search
      Search 50#37; off: 5: Lena, Tom#44; Jr.
    section Buy now
      #74;ourney to the shop: 2: Lena
      %% journeyboard: unrated
      #116;itle page: 3: Tom#44; Jr.
      Pay#59; then #60;br> wait: 1
"""


def test_exact_export_of_a_small_workshop(tmp_path: Path) -> None:
    path = _small_workshop(tmp_path)
    with Workshop.open(path, readonly=True) as workshop:
        map_id = workshop.maps()[0].id
        assert mermaid_text(workshop, map_id) == EXPECTED
        write_mermaid(workshop, tmp_path / "out.md", map_id)
        write_mermaid(workshop, tmp_path / "out.mmd", map_id)
    assert (tmp_path / "out.mmd").read_text("utf-8") == EXPECTED
    assert (tmp_path / "out.md").read_text("utf-8") == f"```mermaid\n{EXPECTED}```\n"
    # The export reads back: phases, titles, people and the rounded experience.
    data = _import(tmp_path, EXPECTED, name="back.mmd")
    assert data["title"] == "Shop: online; #1"
    board = _board(data)
    assert list(board) == ["Find: search", "Buy now"]  # a line break is written as a space
    assert sorted(board["Find: search"]) == [
        ("Lena", "Search 50% off", [2]),
        ("Tom, Jr.", "Search 50% off", [2]),
    ]
    assert ("Lena", "Journey to the shop", [-1]) in board["Buy now"]
    assert ("Customer", "Pay; then <br> wait", [-2]) in board["Buy now"]
    assert ("Tom, Jr.", "title page", []) in board["Buy now"]  # still unrated


def _summary(workshop: Workshop, map_id: str) -> tuple:
    data = read_map(workshop, map_id)
    lanes = {lane.id: lane for lane in data.lanes}
    personas = sorted(
        {data.personas[lane.persona_id].name for lane in data.lanes if lane.persona_id}
    )
    cards = sorted(
        (
            next(p.name for p in data.phases if p.id == c.phase_id),
            c.title,
            lanes[c.lane_id].name if lanes[c.lane_id].persona_id else "",
            score(data.scores[c.id].experience) if data.scores[c.id].rated else None,
        )
        for c in data.cards
        if c.kind == "touchpoint"
    )
    return [p.name for p in data.phases], personas, cards


@pytest.mark.parametrize("lang", ["en", "de"])
def test_round_trip_of_the_demo(tmp_path: Path, lang: str) -> None:
    demo = tmp_path / "demo.journey"
    load(demo_workshop(lang), demo)
    first = tmp_path / "first.mmd"
    with Workshop.open(demo, readonly=True) as workshop:
        map_id = workshop.maps()[0].id
        write_mermaid(workshop, first, map_id)
        phases, personas, cards = _summary(workshop, map_id)
    copy = tmp_path / "copy.journey"
    load(read_source(first, lang), copy)
    with Workshop.open(copy, readonly=True) as workshop:
        again_phases, again_personas, again_cards = _summary(workshop, workshop.maps()[0].id)
        second = mermaid_text(workshop, workshop.maps()[0].id)
    assert again_phases == phases
    customer = "Kunde" if lang == "de" else "Customer"
    assert set(again_personas) - set(personas) <= {customer}
    # Touchpoints of lanes without a persona land in the customer's lane.
    assert [c[:2] + (c[3],) for c in again_cards] == [c[:2] + (c[3],) for c in cards]
    # The second export is the first, but with the customer named where no one was.
    assert [line.removesuffix(f": {customer}") for line in second.splitlines()] == first.read_text(
        "utf-8"
    ).splitlines()


def test_hostile_text_reads_back_exactly(tmp_path: Path) -> None:
    seed = SEED  # the run's, in its header
    rng = random.Random(seed)
    alphabet = [
        *"aZ ä#:;,%<>{}-=\"'&\\/\t|",
        "journey",
        "title ",
        "section ",
        "accTitle",
        "accDescr",
        "<br>",
        "<br/>",
        "#58;",
        "#quot;",
        "%%",
        "&#35;",
    ]
    for _ in range(200):
        name = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 16))).strip()
        name = " ".join(name.split()) or "x"
        person = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8)))
        person = " ".join(person.split()) or "y"
        text = (
            f"journey\n  title {escape(name, title=True)}\n"
            f"  section {escape(name)}\n"
            f"    {escape(name, task=True)}: 4: "
            f"{escape(person, person=True)}\n"
        )
        journey = parse(text)
        task = journey.sections[0].tasks[0]
        assert (journey.title, journey.sections[0].name, task.name, task.people) == (
            name,
            name,
            name,
            [person],
        ), (seed, name, person, text)


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _small_workshop(tmp_path)
    out = tmp_path / "out" / "map.mmd"
    out.parent.mkdir()
    out.write_text("the previous export\n", "utf-8")

    def full_disk(self: Path, data: str, *args: object, **kwargs: object) -> int:
        with open(self, "w", encoding="utf-8") as handle:
            handle.write(data[: len(data) // 2])
        raise OSError(28, "No space left on device", str(self))

    monkeypatch.setattr(Path, "write_text", full_disk)
    with Workshop.open(path, readonly=True) as workshop, pytest.raises(OSError):
        write_mermaid(workshop, out, workshop.maps()[0].id)
    monkeypatch.undo()
    assert [p.name for p in out.parent.iterdir()] == ["map.mmd"]
    assert out.read_text("utf-8") == "the previous export\n"


def test_text_cannot_close_the_markdown_block(tmp_path: Path) -> None:
    data = demo_workshop("en")
    data["title"] = "```\n~~~"
    data["maps"][0]["phases"][0]["name"] = "```"
    data["maps"][0]["cards"][0]["title"] = "~~~\n```"
    path = tmp_path / "fence.journey"
    load(data, path)
    with Workshop.open(path, readonly=True) as workshop:
        write_mermaid(workshop, tmp_path / "page.md", workshop.maps()[0].id)
    back = _import(tmp_path, (tmp_path / "page.md").read_text("utf-8"), name="again.md")
    assert back["title"] == "``` ~~~"
    assert back["maps"][0]["phases"][0]["name"] == "```"
    assert back["maps"][0]["cards"][0]["title"] == "~~~ ```"
