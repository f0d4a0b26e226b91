"""Export: the touchpoint table as CSV for spreadsheets.

UTF-8 with a byte-order mark, so Excel and LibreOffice show umlauts without an import
dialog. The workshop's language chooses the headers and the separator: a German
workshop gets German headers and ';' (what German Excel splits into columns on a
double click), an English one ',' ; both can be overridden. Numbers are written with a
decimal comma when the separator is ';' (the spreadsheets that expect ';' read the
comma as the decimal mark), and with a tab in German; else with a point. Experience and
importance have two decimals and are empty when unrated (never 0).

Spreadsheet formulas in user text are defused for every separator a spreadsheet might
guess (see ``text_cell``), and every text cell is quoted. Written atomically: the file
is complete or absent.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.actions import evidence_label
from app.mapdata import read_map
from app.words import QT_TRANSLATE_NOOP, languages, translate
from export import ExportError
from storage import paths
from storage.workshop import Workshop

COLUMNS = (
    "map",
    "phase",
    "lane",
    "title",
    "channel",
    "direct",
    "experience",
    "importance",
    "votes",
    "disagreement",
    "expectation",
    "owner",
    "kpi",
    "description",
    "evidence",
    "source",
)
DELIMITERS = {",": ",", ";": ";", "\t": "\t", "tab": "\t", "\\t": "\t"}
LANGUAGES = languages()

# Every word the CSV files write (headers and values), in English; the other languages
# are in the catalogue (context "csv", read through app.words). The header "direct" and
# the value "direct" differ in German, so the header carries a disambiguation.
LABELS: dict[str, str] = {
    "map": QT_TRANSLATE_NOOP("csv", "map"),
    "phase": QT_TRANSLATE_NOOP("csv", "phase"),
    "lane": QT_TRANSLATE_NOOP("csv", "lane"),
    "title": QT_TRANSLATE_NOOP("csv", "title"),
    "channel": QT_TRANSLATE_NOOP("csv", "channel"),
    "direct": QT_TRANSLATE_NOOP("csv", "direct", "column"),
    "experience": QT_TRANSLATE_NOOP("csv", "experience"),
    "importance": QT_TRANSLATE_NOOP("csv", "importance"),
    "votes": QT_TRANSLATE_NOOP("csv", "votes"),
    "disagreement": QT_TRANSLATE_NOOP("csv", "disagreement"),
    "expectation": QT_TRANSLATE_NOOP("csv", "expectation"),
    "owner": QT_TRANSLATE_NOOP("csv", "owner"),
    "kpi": QT_TRANSLATE_NOOP("csv", "kpi"),
    "description": QT_TRANSLATE_NOOP("csv", "description"),
    "evidence": QT_TRANSLATE_NOOP("csv", "evidence"),
    "source": QT_TRANSLATE_NOOP("csv", "source"),
    "value_direct": QT_TRANSLATE_NOOP("csv", "direct"),
    "value_indirect": QT_TRANSLATE_NOOP("csv", "indirect"),
    "yes": QT_TRANSLATE_NOOP("csv", "yes"),
    "no": QT_TRANSLATE_NOOP("csv", "no"),
}
DISAMBIGUATION = {"direct": "column"}

# A cell a spreadsheet would run as a formula starts with one of these (OWASP's list),
# possibly after blanks, tabs or line breaks that some spreadsheets strip on import.
FORMULA_STARTS = ("=", "+", "-", "@")
# A plain decimal number ("-5", "+0.5", "-1,5"): it evaluates to itself, so a negative
# KPI stays a number. "-inf", "+nan" or "-1e999" are not plain and get defused.
PLAIN_NUMBER = re.compile(r"[+-]?(\d+([.,]\d+)?|[.,]\d+)")


@dataclass(frozen=True)
class Number:
    """A numeric cell: written unquoted as ``text`` (the csv module quotes all else)."""

    text: str

    def __float__(self) -> float:  # makes the csv module treat the cell as a number
        return float(self.text.replace(",", ".")) if self.text else 0.0

    def __str__(self) -> str:
        return self.text


Cell = str | Number
EMPTY = Number("")  # an empty cell is written as nothing at all, not as ""


@dataclass(frozen=True)
class CsvFormat:
    """Separator, language and decimal mark of one CSV file."""

    delimiter: str
    lang: str

    @property
    def decimal(self) -> str:
        if self.delimiter == ";" or (self.delimiter == "\t" and self.lang == "de"):
            return ","
        return "."

    def label(
        self, key: str, labels: dict[str, str] = LABELS, notes: dict[str, str] | None = None
    ) -> str:
        """The word ``key`` of ``labels`` (default: this module's) in this file's language;
        ``notes`` are the disambiguations of words whose English is shared (default: this
        module's, for its own labels)."""
        if notes is None:
            notes = DISAMBIGUATION if labels is LABELS else {}
        return translate("csv", labels[key], self.lang, notes.get(key))

    def number(self, value: float | None, places: int = 2) -> Cell:
        """A mean or delta: two decimals, empty (not 0) when there is none."""
        if value is None:
            return EMPTY
        return Number(f"{value:.{places}f}".replace(".", self.decimal))


def csv_format(
    workshop: Workshop, delimiter: str | None = None, lang: str | None = None
) -> CsvFormat:
    """The format for ``workshop``: its language and that language's separator, unless given."""
    if lang is None:
        lang = workshop.info().language
        lang = lang if lang in LANGUAGES else "en"
    elif lang not in LANGUAGES:
        raise ExportError(f"unsupported CSV language {lang!r} (use {' or '.join(LANGUAGES)})")
    if delimiter is None:
        delimiter = ";" if lang == "de" else ","
    if delimiter not in DELIMITERS:
        raise ExportError(f"unsupported CSV delimiter {delimiter!r} (use ',', ';' or tab)")
    return CsvFormat(DELIMITERS[delimiter], lang)


def text_cell(value: str) -> str:
    """User text, defused: a spreadsheet must not run a cell such as '=HYPERLINK(...)'.

    Checked on the first character that is not blank, so a leading space, tab or line
    break does not hide the formula; a plain number is left as it is.
    """
    stripped = value.lstrip(" \t\r\n\v\f\u00a0")
    if stripped[:1] in FORMULA_STARTS and not PLAIN_NUMBER.fullmatch(stripped):
        return "'" + value
    return value


def render(fmt: CsvFormat, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    """The CSV text (without the byte-order mark) of a header and rows of cells."""
    buffer = io.StringIO()
    # Every text cell is quoted, numbers are not: a text holding another program's
    # separator (',' ';' tab) or a line break never splits into two cells.
    writer = csv.writer(
        buffer, delimiter=fmt.delimiter, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC
    )
    writer.writerow(header)
    writer.writerows([EMPTY if cell == "" else cell for cell in row] for row in rows)
    return buffer.getvalue()


def write_text(text: str, out: Path | str) -> None:
    """Write CSV text as UTF-8 with BOM, atomically."""
    with paths.atomic_output(Path(out)) as temp:
        temp.write_bytes(text.encode("utf-8-sig"))


def rows(workshop: Workshop, fmt: CsvFormat, maps: Iterable[str] | None = None) -> list[list[Cell]]:
    """The touchpoints of the maps (default: all) in board order, one row each (COLUMNS)."""
    out: list[list[Cell]] = []
    with workshop.reading():
        all_maps = workshop.maps()
        wanted = None if maps is None else list(maps)
        if wanted is not None:
            missing = sorted(set(wanted) - {m.id for m in all_maps})
            if missing:
                raise ExportError(f"{workshop.path}: no map with id {missing[0]!r}")
        for m in all_maps:
            if wanted is not None and m.id not in wanted:
                continue
            data = read_map(workshop, m.id)
            phases = {p.id: p.name for p in data.phases}
            lanes = {lane.id: lane.name for lane in data.lanes}
            for card in data.cards:
                if card.kind != "touchpoint":
                    continue
                score = data.scores[card.id]
                channel = data.channels.get(card.channel_id or "")
                disagreement = (
                    fmt.label("yes" if score.disagreement else "no") if score.rated else ""
                )
                out.append(
                    [
                        text_cell(m.name),
                        text_cell(phases.get(card.phase_id, "")),
                        text_cell(lanes.get(card.lane_id, "")),
                        text_cell(card.title),
                        text_cell(channel.name) if channel else "",
                        fmt.label("value_direct" if card.direct else "value_indirect"),
                        fmt.number(score.experience),
                        fmt.number(score.importance),
                        Number(str(score.votes)),
                        disagreement,
                        text_cell(card.expectation),
                        text_cell(card.owner),
                        text_cell(card.kpi),
                        text_cell(card.description),
                        evidence_label(card.evidence, fmt.lang),
                        text_cell(card.source),
                    ]
                )
    return out


def csv_text(
    workshop: Workshop,
    delimiter: str | None = None,
    maps: Iterable[str] | None = None,
    lang: str | None = None,
) -> str:
    """The touchpoint table as CSV text (without the byte-order mark)."""
    fmt = csv_format(workshop, delimiter, lang)
    return render(fmt, [fmt.label(key) for key in COLUMNS], rows(workshop, fmt, maps))


def write_csv(
    workshop: Workshop,
    out: Path | str,
    delimiter: str | None = None,
    maps: Iterable[str] | None = None,
    lang: str | None = None,
) -> None:
    """Write the touchpoint table to ``out`` as UTF-8 with BOM, atomically."""
    write_text(csv_text(workshop, delimiter, maps, lang), out)
