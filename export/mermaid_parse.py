"""Export: read Mermaid's ``journey`` diagram text (no Qt).

Follows Mermaid's own journey grammar (its ``journey.jison`` lexer and parser, and
``journeyDb.addTask``): the same token rules in the same order, so a text is accepted
here when Mermaid renders it, with three deliberate refusals where Mermaid would draw
something the user did not mean: a score that is not a whole number 1..5 (Mermaid draws
NaN or 0), a task with more than one ``:`` after its name (Mermaid drops the rest) and
text after a score. Entity codes (``#58;`` for ``:``, ``#35;`` for ``#``, named ones such
as ``#quot;``) are decoded as Mermaid does before it parses; ``<br>`` in a section name
becomes a line break (as Mermaid's parser tests read it). Every refusal names the
line: ``line 3: a task needs "name: score"``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from storage.errors import JourneyError

# What a refusal says, by kind; ``{name}`` fields are filled in. The window shows the
# same in the interface language (widgets/import_messages.py translates these keys).
MESSAGES = {
    "not_journey": 'expected "journey": this is not a Mermaid journey diagram',
    "task_needs_score": 'a task needs "name: score" (a score from 1 to 5 after a colon), '
    "found {found}",
    "score_missing": 'a task needs "name: score" (a score from 1 to 5 after the colon)',
    "score_range": "the score must be a whole number from 1 to 5, not {found}",
    "too_many_colons": 'a task is "name: score: person, person"; this one has more colons '
    "(write #58; for a colon in a name)",
    "name_before_colon": "expected a task name before the colon",
    "journey_again": '"journey" may only start the diagram; a task cannot start with that '
    "word (write its first letter as a code: #74; for J, #106; for j)",
    "not_allowed": "{found} is not allowed here (write #59; for a semicolon)",
    "nul": "contains a NUL character (not text)",
    "no_file": "no such file",
    "not_regular": "not a regular file",
    "cannot_read": "cannot be read ({detail})",
    "too_large": "larger than {size} KiB, the most a Mermaid diagram may have",
    "not_utf8": "not UTF-8 text (byte {byte})",
    "no_journey_block": "none of its {count} mermaid block(s) is a journey diagram (a block "
    'starting with "journey")',
}


class MermaidError(JourneyError):
    """Refused Mermaid input; the message names the source and the line (if any)."""

    def __init__(self, source: str, key: str, line: int | None = None, **params: object) -> None:
        self.source, self.key, self.line, self.params = source, key, line, params
        where = source if line is None else f"{source}: line {line}"
        super().__init__(f"{where}: {MESSAGES[key].format(**params)}")


@dataclass
class Task:
    """One task line: ``name: score: person, person``."""

    name: str
    score: int
    people: list[str]
    line: int
    rated: bool = True  # False after a "%% journeyboard: unrated" comment


@dataclass
class Section:
    name: str
    tasks: list[Task] = field(default_factory=list)


@dataclass
class Journey:
    """A parsed journey diagram. Tasks before any section are in a section named ""."""

    title: str = ""
    acc_title: str = ""
    acc_descr: str = ""
    sections: list[Section] = field(default_factory=list)


# The comment the writer puts before a task whose touchpoint nobody rated (Mermaid needs
# a score there, so the task shows 3); reading it back keeps the touchpoint unrated.
UNRATED_COMMENT = "%% journeyboard: unrated"

# Mermaid replaces entity codes before it parses (utils.encodeEntities); so do we, with
# NUL-delimited placeholders (NUL is refused in the input, so they cannot clash).
ENTITY = re.compile(r"#(\w+);")
PLACEHOLDER = re.compile(r"\x00(\d+)\x00")
BREAK = re.compile(r"<br\s*/?>|</br\s*/?>", re.IGNORECASE)

# The lexer rules of journey.jison, in its order (the first rule that matches wins);
# %options case-insensitive applies to all of them.
_I = re.IGNORECASE
RULES: list[tuple[str, re.Pattern[str]]] = [
    ("comment", re.compile(r"%%(?!\{)[^\n]*", _I)),
    ("comment", re.compile(r"[^}]%%[^\n]*", _I)),
    ("newline", re.compile(r"\n+", _I)),
    ("space", re.compile(r"\s+", _I)),
    ("comment", re.compile(r"#[^\n]*", _I)),
    ("journey", re.compile(r"journey", _I)),
    ("title", re.compile(r"title\s[^#\n;]+", _I)),
    ("acc_title", re.compile(r"accTitle\s*:\s*([^\n]*)", _I)),
    ("acc_descr", re.compile(r"accDescr\s*:\s*([^\n]*)", _I)),
    ("acc_descr_block", re.compile(r"accDescr\s*\{\s*([^}]*)\}?", _I)),
    ("section", re.compile(r"section\s[^#:\n;]+", _I)),
    ("task_name", re.compile(r"[^#:\n;]+", _I)),
    ("task_data", re.compile(r":[^#\n;]+", _I)),
    ("colon", re.compile(r":", _I)),
    ("invalid", re.compile(r".", _I | re.DOTALL)),
]

SCORE = re.compile(r"[1-5]")


@dataclass
class _Token:
    kind: str
    text: str
    line: int


def _encode(text: str) -> tuple[str, list[str]]:
    entities: list[str] = []

    def keep(match: re.Match[str]) -> str:
        entities.append(match.group(1))
        return f"\x00{len(entities) - 1}\x00"

    return ENTITY.sub(keep, text), entities


def _entity(name: str) -> str:
    """The character of ``#name;``: a number is a code point, else an HTML entity name."""
    if name.isdigit():
        code = int(name)
        if code < 0x110000 and not 0xD800 <= code <= 0xDFFF and (code >= 32 or code in (9, 10)):
            return chr(code)
        return f"#{name};"  # not a character: kept as written
    decoded = html.unescape(f"&{name};")
    return decoded if decoded != f"&{name};" else f"#{name};"


def _next(text: str, pos: int) -> tuple[str, re.Match[str]]:
    """The first rule that matches at ``pos`` ("invalid" matches any character)."""
    for kind, rule in RULES:
        match = rule.match(text, pos)
        if match:
            return kind, match
    raise AssertionError("unreachable: the last rule matches any character")


def _tokens(text: str, first_line: int) -> list[_Token]:
    out: list[_Token] = []
    line, pos = first_line, 0
    while pos < len(text):
        kind, match = _next(text, pos)
        token = match.group(0)
        if kind == "comment" and token[token.find("%%") :].strip() == UNRATED_COMMENT:
            out.append(_Token("unrated", token, line + token.count("\n")))
        elif kind not in ("comment", "space", "newline"):
            value = match.group(1) if match.re.groups else token
            out.append(_Token(kind, value, line))
        line += token.count("\n")
        pos = match.end()
    return out


class _Parser:
    def __init__(self, source: str, entities: list[str]) -> None:
        self.source = source
        self.entities = entities

    def fail(self, line: int, message: str, **params: object) -> MermaidError:
        return MermaidError(self.source, message, line, **params)

    def text(self, value: str, breaks: bool = False) -> str:
        """Decoded, stripped text; ``<br>`` becomes a line break where Mermaid draws one."""
        parts = BREAK.split(value) if breaks else [value]  # "#60;br>" is no break
        return "\n".join(
            PLACEHOLDER.sub(lambda m: _entity(self.entities[int(m.group(1))]), part).strip()
            for part in parts
        ).strip()

    def parse(self, tokens: list[_Token]) -> Journey:
        if not tokens or tokens[0].kind != "journey":
            line = tokens[0].line if tokens else 1
            raise self.fail(line, "not_journey")
        journey = Journey()
        section: Section | None = None
        unrated = False
        i = 1
        while i < len(tokens):
            token = tokens[i]
            if token.kind == "unrated":
                unrated = True
            elif token.kind == "title":
                journey.title = self.text(token.text[6:])
            elif token.kind == "acc_title":
                journey.acc_title = self.text(token.text)
            elif token.kind in ("acc_descr", "acc_descr_block"):
                journey.acc_descr = "\n".join(
                    part.strip() for part in self.text(token.text).split("\n")
                )
            elif token.kind == "section":
                section = Section(self.text(token.text[8:], breaks=True))
                journey.sections.append(section)
            elif token.kind == "task_name":
                data = tokens[i + 1] if i + 1 < len(tokens) else None
                if data is None or data.kind != "task_data" or data.line != token.line:
                    raise self.fail(token.line, "task_needs_score", found=self._show(token.text))
                if section is None:
                    section = Section("")
                    journey.sections.append(section)
                section.tasks.append(self.task(token, data, rated=not unrated))
                unrated = False
                i += 1
            elif token.kind in ("task_data", "colon"):
                raise self.fail(token.line, "name_before_colon")
            elif token.kind == "journey":
                raise self.fail(token.line, "journey_again")
            else:  # invalid
                raise self.fail(token.line, "not_allowed", found=self._show(token.text))
            i += 1
        return journey

    def task(self, name: _Token, data: _Token, rated: bool) -> Task:
        pieces = data.text[1:].split(":")
        score_text = self.text(pieces[0])
        if not score_text:
            raise self.fail(data.line, "score_missing")
        if not SCORE.fullmatch(score_text):
            raise self.fail(data.line, "score_range", found=self._show(score_text))
        if len(pieces) > 2:
            raise self.fail(data.line, "too_many_colons")
        people: list[str] = []
        for person in pieces[1].split(",") if len(pieces) == 2 else []:
            person = " ".join(self.text(person).split())
            if person and person not in people:
                people.append(person)
        return Task(self.text(name.text), int(score_text), people, name.line, rated)

    def _show(self, value: str) -> str:
        """Input text for a message: decoded, quoted and escaped like repr, cut short."""
        shown = repr(
            PLACEHOLDER.sub(lambda m: f"#{self.entities[int(m.group(1))]};", value.strip())
        )
        return shown if len(shown) <= 60 else f"{shown[:55]}...{shown[-1]}"


def parse(text: str, source: str = "input", first_line: int = 1) -> Journey:
    """Parse journey diagram text (its first token must be ``journey``).

    ``first_line`` is the line number of the text's first line in its file (for a
    diagram inside a Markdown file).
    """
    nul = text.find("\x00")
    if nul >= 0:
        line = first_line + text.count("\n", 0, nul)
        raise MermaidError(source, "nul", line)
    text = _without_preamble(text.replace("\r\n", "\n").replace("\r", "\n"))
    encoded, entities = _encode(text)
    return _Parser(source, entities).parse(_tokens(encoded, first_line))


FRONTMATTER = re.compile(r"\A\s*---[ \t]*\n.*?\n---[ \t]*(\n|\Z)", re.DOTALL)
DIRECTIVE = re.compile(r"%%\{.*?\}%%", re.DOTALL)


def _without_preamble(text: str) -> str:
    """YAML front matter and ``%%{init: ...}%%`` directives blanked out, as Mermaid
    removes them before its parser; their line breaks stay, so line numbers hold."""

    def blank(match: re.Match[str]) -> str:
        return "\n" * match.group(0).count("\n")

    return DIRECTIVE.sub(blank, FRONTMATTER.sub(blank, text, count=1))
