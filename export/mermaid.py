"""Export: Mermaid ``journey`` diagrams in and out (no Qt).

In: a ``.mmd``/``.mermaid`` file, or Markdown with a fenced ```` ```mermaid ```` block
holding a journey, becomes an interchange dict (then ``interchange.load`` validates and
writes it): each section a phase, each task a touchpoint rated once by a participant
named "Mermaid" (score 1..5 -> experience -2..+2, importance 3), each person a persona
with a lane. Out: one map as journey text: a section per phase, a task per touchpoint
with its rounded mean experience as the score and its lane's persona as the person.
The escaping rule is in docs/file-format.md; ``escape`` is its one implementation.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

from app.mapdata import read_map
from app.templates import fixed_text, workshop_from_template
from export.mermaid_parse import UNRATED_COMMENT, Journey, MermaidError, parse
from storage import paths
from storage.workshop import Workshop

__all__ = [
    "MAX_BYTES",
    "MermaidError",
    "escape",
    "extract",
    "mermaid_text",
    "read_mermaid",
    "to_interchange",
    "write_mermaid",
]

MAX_BYTES = 1024 * 1024  # a journey of thousands of tasks is a few hundred kilobytes
SUFFIXES = (".mmd", ".mermaid", ".md", ".markdown")
MARKDOWN = (".md", ".markdown")
SOURCE_NAME = "Mermaid"  # the participant whose single vote a task's score becomes
IMPORTANCE = 3  # Mermaid has no importance: the middle of 1..5, so none is favoured
PERSONA_COLORS = (
    "#3366CC",
    "#CC6677",
    "#117733",
    "#882255",
    "#44AA99",
    "#999933",
    "#AA4499",
    "#DDCC77",
)

FENCE_OPEN = re.compile(r"^ {0,3}(`{3,}|~{3,})[ \t]*mermaid\b[^\n]*$", re.MULTILINE | re.I)
JOURNEY_START = re.compile(
    r"(---[ \t]*\n.*?\n---[ \t]*\n|%%[^\n]*\n|\s)*journey", re.DOTALL | re.IGNORECASE
)

# Text that would end a task name, start a comment or a statement, or be read as an
# entity code is written as a numeric entity code, which Mermaid turns back into the
# character when it draws the diagram.
ESCAPES = {"#": "#35;", ":": "#58;", ";": "#59;", "%": "#37;", "<": "#60;"}
PEOPLE_ESCAPES = {**ESCAPES, ",": "#44;"}
# The title line ends only at '#', ';' or a line break, and Mermaid draws it as it is.
TITLE_ESCAPES = {c: code for c, code in ESCAPES.items() if c not in ":<"}
# A task name starting like a keyword would be read as that keyword.
KEYWORD_START = re.compile(r"(journey|title\s|section\s|acc(title|descr))", re.I)


# -- reading ------------------------------------------------------------------------------


def read_text(path: Path | str) -> str:
    """A text file's content, at most MAX_BYTES, refused clearly if it is not that."""
    path = Path(path)
    if not path.exists():
        raise MermaidError(str(path), "no_file")
    if not path.is_file():
        raise MermaidError(str(path), "not_regular")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise MermaidError(str(path), "cannot_read", detail=error.strerror) from None
    if len(data) > MAX_BYTES:
        raise MermaidError(str(path), "too_large", size=MAX_BYTES // 1024)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise MermaidError(str(path), "not_utf8", line, byte=error.start) from None


def extract(text: str, source: str = "input") -> tuple[str, int]:
    """The journey diagram in ``text`` and the line it starts on.

    Text that starts with ``journey`` (after front matter, directives or comments) is
    the diagram; otherwise the first fenced ``mermaid`` block holding a journey.
    """
    if JOURNEY_START.match(text):
        return text, 1
    blocks = 0
    for match in FENCE_OPEN.finditer(text):
        fence = match.group(1)
        start = match.end() + 1
        close = re.compile(rf"^ {{0,3}}{fence[0]}{{{len(fence)},}}[ \t]*$", re.MULTILINE)
        end = close.search(text, start)
        body = text[start : end.start() if end else len(text)]
        blocks += 1
        if JOURNEY_START.match(body):
            return body, text.count("\n", 0, start) + 1
    if blocks:
        raise MermaidError(source, "no_journey_block", count=blocks)
    return text, 1  # the parser says what is wrong with its first line


def to_interchange(journey: Journey, lang: str = "en", title: str = "") -> dict[str, Any]:
    """A parsed journey as an interchange dict: one as-is map.

    A task with several people becomes a touchpoint in each of their lanes (the board
    holds a card in one lane), with the same title and rating; a task without people
    goes to the lane of the workshop's customer persona.
    """
    data = workshop_from_template("blank", lang, journey.title or journey.acc_title or title)
    customer = fixed_text("persona", lang)
    personas: dict[str, str] = {}  # name -> id

    def persona_id(name: str) -> str:
        if name not in personas:
            personas[name] = f"pe{len(personas) + 1}"
        return personas[name]

    journey_map = data["maps"][0]
    cards: list[dict[str, Any]] = []
    for number, section in enumerate(journey.sections, start=1):
        phase = f"ph{number}"
        journey_map["phases"].append({"id": phase, "name": section.name, "description": ""})
        for task in section.tasks:
            for person in task.people or [customer]:
                card: dict[str, Any] = {
                    "id": f"c{len(cards) + 1}",
                    "kind": "touchpoint",
                    "lane": f"l{persona_id(person)[2:]}",
                    "phase": phase,
                    "title": task.name,
                    "ratings": [],
                }
                if task.rated:
                    card["ratings"].append(
                        {
                            "participant": "p1",
                            "experience": task.score - 3,
                            "importance": IMPORTANCE,
                        }
                    )
                cards.append(card)
    journey_map["cards"] = cards
    for name, item_id in personas.items():
        index = int(item_id[2:])
        data["personas"].append(
            {
                "id": item_id,
                "name": name,
                "color": PERSONA_COLORS[(index - 1) % len(PERSONA_COLORS)],
            }
        )
        journey_map["lanes"].append(
            {"id": f"l{index}", "name": name, "kind": "persona", "persona": item_id}
        )
    if any(card["ratings"] for card in cards):
        data["participants"].append({"id": "p1", "name": SOURCE_NAME})
    return data


def read_mermaid(path: Path | str, lang: str = "en") -> dict[str, Any]:
    """Read a Mermaid journey file (or Markdown holding one) as an interchange dict."""
    path = Path(path)
    text, first_line = extract(read_text(path), str(path))
    return to_interchange(parse(text, str(path), first_line), lang, path.stem)


# -- writing ------------------------------------------------------------------------------


def escape(text: str, *, person: bool = False, task: bool = False, title: bool = False) -> str:
    """``text`` as it can stand in a journey diagram and read back the same (but stripped).

    Line breaks and other control characters become spaces: Mermaid's renderer draws
    ``<br>`` as it is written, so there is no line break to write.
    """
    table = PEOPLE_ESCAPES if person else TITLE_ESCAPES if title else ESCAPES
    lines = []
    for line in text.strip().splitlines():
        line = "".join(" " if ord(c) < 32 or 0x7F <= ord(c) < 0xA0 else c for c in line)
        lines.append("".join(table.get(c, c) for c in line))
    out = " ".join(lines).strip()
    if task and KEYWORD_START.match(out):
        out = f"#{ord(out[0])};{out[1:]}"
    return out or "#32;"  # an empty name would not parse


def score(experience: float) -> int:
    """Mean experience -2..+2 as a Mermaid score 1..5 (halves round away from zero)."""
    rounded = math.copysign(math.floor(abs(experience) + 0.5), experience)
    return max(1, min(5, int(rounded) + 3))


def mermaid_text(workshop: Workshop, map_id: str) -> str:
    """One map as a Mermaid journey diagram (touchpoints only; notes are left out).

    Cards of one phase with the same title and score in different persona lanes are
    one task with several people (how the import spreads such a task over the lanes).
    An unrated touchpoint gets the score 3 after an ``%% journeyboard: unrated``
    comment, which the import reads back as unrated.
    """
    with workshop.reading():
        data = read_map(workshop, map_id)
        title = workshop.info().title
    lanes = {lane.id: lane for lane in data.lanes}
    lines = ["journey"]
    if title.strip():
        lines.append(f"    title {escape(title, title=True)}")
    for phase in data.phases:
        lines.append(f"    section {escape(phase.name)}")
        tasks: list[dict[str, Any]] = []
        for card in data.cards:
            if card.phase_id != phase.id or card.kind != "touchpoint":
                continue
            result = data.scores[card.id]
            experience = result.experience if result.rated else None
            key = (card.title, 3 if experience is None else score(experience), result.rated)
            lane = lanes.get(card.lane_id)
            persona = data.personas.get(lane.persona_id or "") if lane else None
            name = persona.name if persona is not None else None
            same = next(
                (
                    t
                    for t in tasks
                    if t["key"] == key
                    and name
                    and t["people"]
                    and name not in t["people"]
                    and card.lane_id not in t["lanes"]
                ),
                None,
            )
            if same is not None:
                same["people"].append(name)
                same["lanes"].add(card.lane_id)
            else:
                tasks.append(
                    {"key": key, "people": [name] if name else [], "lanes": {card.lane_id}}
                )
        for task in tasks:
            name, value, rated = task["key"]
            if not rated:
                lines.append(f"      {UNRATED_COMMENT}")
            people = ", ".join(escape(p, person=True) for p in task["people"])
            lines.append(
                f"      {escape(name, task=True)}: {value}" + (f": {people}" if people else "")
            )
    return "\n".join(lines) + "\n"


def fenced(text: str) -> str:
    """Journey text as a Markdown block that GitHub, GitLab and most wikis render."""
    return f"```mermaid\n{text}```\n"


def write_mermaid(workshop: Workshop, out: Path | str, map_id: str) -> None:
    """Write one map as Mermaid text, atomically; a ``.md`` file gets a fenced block."""
    out = Path(out)
    text = mermaid_text(workshop, map_id)
    if out.suffix.lower() in MARKDOWN:
        text = fenced(text)
    with paths.atomic_output(out) as temp:
        temp.write_text(text, encoding="utf-8", newline="\n")
