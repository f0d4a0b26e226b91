"""Export: how the PDF sets a table (the lists are in ``pdf_lists`` and ``pdf_compare``).

Cells are set as Paragraphs would set them (user text cleaned, long text wrapped): plain
text as the table's plain strings, broken into the Paragraph's lines beforehand, and
only text in several styles as Paragraphs. Tables split across pages with the header
row repeated, and a row that does not fit the rest of a page splits too (as Paragraphs,
as it always did). No column is narrower than its longest word.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from export import fonts

HEAD_FILL, ZEBRA, LINE = "#37474F", "#F5F7F8", "#CFD8DC"
CELL_PT, CELL_LEADING = 7.5, 9.3
PAD = 8.0  # left + right cell padding
TOP_PAD, BOTTOM_PAD = 3.0, 4.0


def cell_styles(k: float = 1.0) -> dict[str, ParagraphStyle]:
    fs = fonts.fonts()
    base = ParagraphStyle(
        "cell",
        fontName=fs.regular,
        fontSize=CELL_PT * k,
        leading=CELL_LEADING * k,
        textColor=colors.HexColor("#263238"),
    )
    return {
        "cell": base,
        "num": ParagraphStyle("num", parent=base, alignment=TA_RIGHT),
        "numitalic": ParagraphStyle(
            "numitalic", parent=base, fontName=fs.italic, alignment=TA_RIGHT
        ),
        "bold": ParagraphStyle("bold", parent=base, fontName=fs.bold),
        "muted": ParagraphStyle("muted", parent=base, textColor=colors.HexColor("#546E7A")),
        "head": ParagraphStyle("head", parent=base, fontName=fs.bold, textColor=colors.white),
        "headnum": ParagraphStyle(
            "headnum", parent=base, fontName=fs.bold, alignment=TA_RIGHT, textColor=colors.white
        ),
    }


def _widths(
    columns: Sequence[tuple[str, float, bool]], total: float, k: float, words: Sequence[float] = ()
) -> list[float]:
    """Column widths: fixed columns as wide as their header words, the rest by weight.

    ``words`` holds each column's widest word of data (at size 1): a flexible column is
    never narrower than that, so "Consideration-Phase" is not cut into "Considerat" and
    "ion-Phase", unless a word is wider than a third of the table (a pasted URL).
    """
    fs = fonts.fonts()
    data = list(words) + [0.0] * (len(columns) - len(words))
    fixed = {}
    for i, (head, weight, is_fixed) in enumerate(columns):
        if is_fixed:
            head_words = head.split() or [head]
            fixed[i] = (
                max(
                    weight,
                    data[i] * CELL_PT,
                    *(fonts.width(w, fs.bold, CELL_PT) for w in head_words),
                )
                + 3
            ) * k
            fixed[i] += PAD
    # No header word may break, in flexible columns either, nor a word of the data.
    least = [
        (max(fonts.width(w, fs.bold, CELL_PT) for w in (head.split() or [head])) + 3) * k + PAD
        for head, _, _ in columns
    ]
    for i, word in enumerate(words):
        least[i] = max(least[i], min(word * CELL_PT * k + PAD + 1, total / 3))
    rest = max(total - sum(fixed.values()), total * 0.3)
    flex = {i: weight for i, (_, weight, _) in enumerate(columns) if i not in fixed}
    widths = [fixed.get(i, 0.0) for i in range(len(columns))]
    while flex:  # share the rest by weight; a column below its least width gets that
        share = rest / sum(flex.values())
        short = {i for i, weight in flex.items() if share * weight < least[i]}
        if not short:
            for i, weight in flex.items():
                widths[i] = share * weight
            break
        for i in short:
            widths[i] = least[i]
            rest -= least[i]
            del flex[i]
        rest = max(rest, 0.0)
    scale = min(1.0, total / sum(widths))
    return [w * scale for w in widths]


class Cell(Paragraph):
    """A table cell's Paragraph that remembers its last wrap.

    A table wraps every cell to measure rows, again at each page split and again to draw
    it; the result depends only on the width, so one line-breaking per width is enough.
    """

    _wrapped: tuple[float, tuple[float, float], Any] | None = None
    words = ""  # its plain text, for the column's widest word

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        if self._wrapped is not None and self._wrapped[0] == aW:
            _, size, self.blPara = self._wrapped  # split() may have dropped blPara
            self.width, self.height = size
            return size
        size = super().wrap(aW, aH)
        self._wrapped = (aW, size, self.blPara)
        return size


def _cell_style(style: ParagraphStyle) -> CellStyle:
    """How a table sets a plain-string cell in ``style`` (font, colour, alignment)."""
    cell = CellStyle(style.name)
    cell.fontname, cell.fontsize, cell.leading = style.fontName, style.fontSize, style.leading
    cell.color = style.textColor
    cell.alignment = "RIGHT" if style.alignment == TA_RIGHT else "LEFT"
    cell.valign = "TOP"
    cell.leftPadding = cell.rightPadding = PAD / 2
    cell.topPadding, cell.bottomPadding = TOP_PAD, BOTTOM_PAD
    return cell


def _inner(width: float) -> float:
    """A column's width for its text, computed as the table does (a Paragraph breaks
    its lines at exactly this width)."""
    return width - PAD / 2 - PAD / 2


@dataclass
class _Row:
    """One table row: its cells, how each sets plain text, its height, its cells' fills."""

    index: int  # 0 for the header, then 1, 2, ... down the whole table (zebra stripes)
    cells: list[Any]
    styles: list[CellStyle]
    height: float  # as the table measures it (given to it, so it need not measure again)
    fills: list[tuple[int, str]] = field(default_factory=list)  # (column, colour)
    # The (text or Paragraph, style name) pairs the row was made of, and the styles:
    # the row as Paragraphs (None: the cells are Paragraphs already).
    given: list[tuple[Any, str]] | None = None
    st: Mapping[str, ParagraphStyle] | None = None

    def as_paragraphs(self) -> list[Any]:
        """The cells as Paragraphs: a table splits a row across pages differently when
        it holds plain strings."""
        if self.given is None or self.st is None:
            return self.cells
        return [
            cell if isinstance(cell, list) and cell else [Cell(fonts.markup(value), self.st[style])]
            for cell, (value, style) in zip(self.cells, self.given, strict=True)
        ]


_word_width = lru_cache(maxsize=8192)(fonts.width)  # words repeat: "the", "and", names


def _split_word(
    word: str, used: float, max_width: float, font: str, size: float
) -> list[tuple[str, bool]]:
    """A word wider than a line cut into pieces: the first fills the ``used`` line."""
    pieces: list[tuple[str, bool]] = []
    piece = ""
    for ch in word:
        char = _word_width(ch, font, size)
        wider = used + char
        if wider > max_width and (piece or char <= max_width):
            pieces.append((piece, True))
            wider, piece = char, ""
        piece += ch
        used = wider
    pieces.append((piece, True))
    return pieces


def _lines(words: list[str], style: ParagraphStyle, max_width: float) -> list[str] | None:
    """The lines a Paragraph in ``style`` breaks plain ``words`` into at ``max_width``.

    ReportLab's ``Paragraph.breakLines`` for one run of text, step by step and with the
    same sums: words go on a line while they fit (spaces may shrink a little,
    ``spaceShrinkage``), a word wider than a line is cut into pieces (``splitLongWords``)
    whose first piece ends the current line. None when the style hyphenates, which
    only the Paragraph does.
    """
    if style.hyphenationLang or style.uriWasteReduce or style.embeddedHyphenation:
        return None
    font, size = style.fontName, style.fontSize
    text = " ".join(words)
    if fonts.width(text, font, size) < max_width - 1e-6:
        return [text] if text else []  # every sum along the line stays below the width
    space = _word_width(" ", font, size)
    shrink = style.spaceShrinkage * space
    queue = [(word, False) for word in reversed(words)]  # popped from the end
    lines: list[str] = []
    line: list[str] = []
    current, forced = -space, False
    while queue:
        word, piece = queue.pop()
        forced = forced or (piece and not word)
        width = _word_width(word, font, size)
        wider = current + space + width
        limit = max_width + shrink * len(line)
        if (
            wider > limit
            and not forced
            and not piece
            and style.splitLongWords
            and width > max_width
        ):
            queue += reversed(_split_word(word, current + space, max_width, font, size))
            forced = True
            continue
        if wider <= limit or not line or forced:
            if word:
                line.append(word)
            if forced:
                lines.append(" ".join(line))
                line, current, forced = [], -space, False
            else:
                current = wider
        else:
            lines.append(" ".join(line))
            line, current = [word], width
    if line:
        lines.append(" ".join(line))
    return lines


class TableBuilder:
    """Makes the rows of one table: plain strings where a Paragraph would only break
    lines between words, else Paragraphs."""

    def __init__(
        self, columns: Sequence[tuple[str, float, bool, str]], width: float, k: float
    ) -> None:
        self.st = cell_styles(k)
        self.columns, self.width, self.k = list(columns), width, k
        self._cell_styles: dict[str, CellStyle] = {}
        self._row_styles: dict[tuple[str, ...], list[CellStyle]] = {}
        self._plain: dict[tuple[int, str, str], tuple[Any, int] | None] = {}
        # Rows are set once the widths are known, and the widths depend on their words.
        self.rows: list[tuple[list[tuple[Any, str]], list[tuple[int, str]]]] = []
        self.widths: list[float] = []

    def _widest_words(self) -> list[float]:
        """Each column's widest word of plain text, at size 1 (words repeat: once each)."""
        seen: list[dict[str, str]] = [{} for _ in self.columns]
        for cells, _ in self.rows:
            for column, (value, style) in enumerate(cells):
                value = value if isinstance(value, str) else getattr(value, "words", "")
                if value:
                    for word in value.split():
                        seen[column].setdefault(word, self.st[style].fontName)
        return [
            max((fonts.width(fonts.clean(w), font, 1) for w, font in words.items()), default=0.0)
            for words in seen
        ]

    def _styles(self, names: tuple[str, ...]) -> list[CellStyle]:
        """One shared CellStyle per style and one list per sequence of them: the table
        changes neither (no style commands for fonts, colours or paddings)."""
        if names not in self._row_styles:
            for name in names:
                if name not in self._cell_styles:
                    self._cell_styles[name] = _cell_style(self.st[name])
            self._row_styles[names] = [self._cell_styles[name] for name in names]
        return self._row_styles[names]

    def rich(self, markup: str, style: str) -> Paragraph:
        """A cell of Paragraph markup (for text in more than one style)."""
        return Cell(markup, self.st[style])

    def plain(self, column: int, text: str, style: str) -> tuple[Any, int] | None:
        """``text`` as the table's plain string (lines joined by line breaks) and its
        number of lines; nothing for no text; None if it needs a Paragraph. Names and
        numbers repeat down a table, so each is set once."""
        key = (column, text, style)
        if key not in self._plain:
            clean = fonts.clean(text)
            lines = None
            # A Paragraph joins words with single spaces, breaks at zero-width spaces
            # and drops soft hyphens: text with any of these keeps its Paragraph.
            # Text in a fallback font or right to left is drawn by a Paragraph too.
            if (
                clean == " ".join(clean.split())
                and "\u200b" not in clean
                and "\xad" not in clean
                and fonts.plain(clean)
            ):
                lines = _lines(clean.split(), self.st[style], _inner(self.widths[column]))
            self._plain[key] = (
                None if lines is None else ("\n".join(lines) if lines else [], len(lines))
            )
        return self._plain[key]

    def _row(self, index: int, cells: list[tuple[Any, str]], fills: list[tuple[int, str]]) -> _Row:
        # A Paragraph goes into the table as a list of one flowable: the form the table
        # turns it into when it measures a row, which it does not (it is given heights).
        built: list[Any] = []
        lines = 0  # the most lines of a plain cell
        tallest = 0.0  # the tallest Paragraph
        for column, (value, style) in enumerate(cells):
            found = None if isinstance(value, Flowable) else self.plain(column, value, style)
            if found is None:
                paragraph = (
                    value if isinstance(value, Flowable) else self.rich(fonts.markup(value), style)
                )
                built.append([paragraph])
                width = _inner(self.widths[column])
                tallest = max(tallest, paragraph.wrap(width, 1e9)[1])
            else:
                built.append(found[0])
                lines = max(lines, found[1])
        # Every style has the same leading; the height is summed as the table sums it.
        height = max(tallest, self.st["cell"].leading * lines) + (BOTTOM_PAD + TOP_PAD)
        styles = self._styles(tuple([style for _, style in cells]))
        return _Row(index, built, styles, height, fills, cells, self.st)

    def add(self, cells: list[tuple[Any, str]], fills: list[tuple[int, str]]) -> None:
        """A row of (text or ready cell, style) pairs; ``fills`` colour single cells."""
        self.rows.append((cells, fills))

    def table(self) -> PagedTable:
        columns = self.columns
        self.widths = _widths([c[:3] for c in columns], self.width, self.k, self._widest_words())
        heads = [
            "headnum" if self.st[style].alignment == TA_RIGHT else "head" for *_, style in columns
        ]
        header = self._row(
            0, [(head, style) for (head, *_), style in zip(columns, heads, strict=True)], []
        )
        rows = [self._row(i, cells, fills) for i, (cells, fills) in enumerate(self.rows, 1)]
        return PagedTable(header, rows, self.widths)


class PagedTable(Flowable):
    """A long table laid out a page at a time, as Platypus splits a Table.

    ``Table.split`` copies every remaining row (values and styles) at each page break,
    so a table of thousands of rows costs the square of its length. The rows here know
    their heights, so each page counts the rows that fit (as ``Table.split`` counts
    them), becomes a Table of the header and those rows, and the rest goes on to the
    next page. When not one row fits (the rest of a page, or a row taller than a page),
    a Table of the header and that row splits it across the page itself.
    """

    def __init__(self, header: _Row, rows: list[_Row], widths: list[float]) -> None:
        super().__init__()
        self.header, self.rows, self.widths = header, rows, widths
        self.hAlign = "LEFT"
        self._whole: Table | None = None  # the rows as one Table, when they all fit

    def _table(self, rows: list[_Row]) -> Table:
        rows_all = [self.header, *rows]
        commands: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEAD_FILL)),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(LINE)),
        ]
        if rows:  # the even rows of the whole table are shaded
            zebra = colors.HexColor(ZEBRA)
            commands.append(
                (
                    "ROWBACKGROUNDS",
                    (0, 1),
                    (-1, -1),
                    [zebra, None] if rows[0].index % 2 == 0 else [None, zebra],
                )
            )
        commands += [
            ("BACKGROUND", (column, i), (column, i), colors.HexColor(fill))
            for i, row in enumerate(rows_all)
            for column, fill in row.fills
        ]
        # The table gets its own lists of the cells (it may change them in place).
        table = Table(
            [list(row.cells) for row in rows_all],
            colWidths=self.widths,
            rowHeights=[row.height for row in rows_all],
            repeatRows=1,
            splitInRow=1,
            hAlign="LEFT",
            normalizedData=1,
            cellStyles=[row.styles for row in rows_all],
        )
        table.setStyle(TableStyle(commands))
        return table

    def _fitting(self, avail_height: float) -> tuple[int, float]:
        """How many rows fit under the header, and the height down to the first that does
        not (or of them all), summed as ``Table.split`` sums them."""
        height = self.header.height
        if height > avail_height:
            return 0, height
        for n, row in enumerate(self.rows):
            if height + row.height > avail_height:
                return n, height + row.height
            height += row.height
        return len(self.rows), height

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        fitting, height = self._fitting(aH)
        if fitting == len(self.rows):
            self._whole = self._table(self.rows)
            self.width, self.height = self._whole.wrap(aW, aH)
        else:  # too high (as a long Table says, by the rows down to the first too many)
            self._whole = None
            self.width, self.height = sum(self.widths), height
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        n = self._fitting(avail_height)[0]
        if n == len(self.rows):
            return [self._table(self.rows)]
        if n:
            return [self._table(self.rows[:n]), PagedTable(self.header, self.rows[n:], self.widths)]
        row = replace(self.rows[0], cells=self.rows[0].as_paragraphs(), given=None)
        parts = self._table([row]).split(avail_width, avail_height)
        if len(parts) < 2:
            return []
        first, rest = parts  # the rest: the header and the remainder of the row
        # A Table's own rows and heights (ReportLab's stubs do not declare them).
        cells = rest._cellvalues[1]  # pyright: ignore[reportAttributeAccessIssue]
        height = rest._argH[1]  # pyright: ignore[reportAttributeAccessIssue]
        carried = replace(row, cells=list(cells), height=height)
        return [first, PagedTable(self.header, [carried, *self.rows[1:]], self.widths)]

    def draw(self) -> None:
        assert self._whole is not None
        self._whole.drawOn(self.canv, 0, 0)


def unrated_width(t: Mapping[str, str]) -> float:
    """An experience column's width: "unrated" ("nicht bewertet") on one line."""
    return max(30.0, fonts.width(t["unrated"], fonts.fonts().italic, CELL_PT) + 1)
