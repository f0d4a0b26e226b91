"""Export: the PDF fonts (DejaVu Sans), safe text for them, and canvas text fitting.

DejaVu Sans is registered as one family (regular, bold, oblique, bold-oblique). Every
user string is filtered through :func:`clean` before it reaches ReportLab: a character
the font has no glyph for (CJK, most emoji, control characters) becomes a visible
``□`` instead of an invisible tofu box or a crash. Without the TTF files (a broken
install) the export still works with Helvetica and a Latin-1 repertoire.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
FAMILY = "DejaVuSans"
_FILES = {
    "regular": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "italic": "DejaVuSans-Oblique.ttf",
    "bold_italic": "DejaVuSans-BoldOblique.ttf",
}
REPLACEMENT = "\u25a1"  # □: visible, and in DejaVu Sans


@dataclass(frozen=True)
class FontSet:
    """The registered font names and the code points all four faces can draw."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    charset: frozenset[int]
    replacement: str

    @cached_property
    def ascii(self) -> bool:
        """Whether the fonts draw every printable ASCII character."""
        return all(code in self.charset for code in range(32, 127))


@lru_cache(maxsize=1)
def fonts() -> FontSet:
    """Register DejaVu Sans once (falls back to Helvetica if the files are unusable)."""
    names = {style: FAMILY + ("" if style == "regular" else "-" + _suffix(style))
             for style in _FILES}
    try:
        faces = {}
        for style, filename in _FILES.items():
            font = TTFont(names[style], str(FONT_DIR / filename))
            pdfmetrics.registerFont(font)
            faces[style] = font
    except Exception:  # missing or damaged TTF: still export, in a core font
        return _helvetica()
    pdfmetrics.registerFontFamily(FAMILY, normal=names["regular"], bold=names["bold"],
                                  italic=names["italic"], boldItalic=names["bold_italic"])
    charset = frozenset.intersection(*(frozenset(f.face.charToGlyph) for f in faces.values()))
    return FontSet(names["regular"], names["bold"], names["italic"], names["bold_italic"],
                   charset, REPLACEMENT if ord(REPLACEMENT) in charset else "?")


def _suffix(style: str) -> str:
    return {"bold": "Bold", "italic": "Oblique", "bold_italic": "BoldOblique"}[style]


def _helvetica() -> FontSet:
    for bold, italic, name in ((0, 0, "Helvetica"), (1, 0, "Helvetica-Bold"),
                               (0, 1, "Helvetica-Oblique"), (1, 1, "Helvetica-BoldOblique")):
        addMapping("Helvetica", bold, italic, name)
    charset = frozenset(c for c in range(32, 256) if c < 127 or c >= 160)
    charset |= frozenset(ord(c) for c in "€‘’“”„–—…•")
    return FontSet("Helvetica", "Helvetica-Bold", "Helvetica-Oblique",
                   "Helvetica-BoldOblique", charset, "?")


# ReportLab re-breaks a paragraph at every page split, so its time grows with the square
# of a text's length (a 1 MB description takes minutes). The PDF shows this much of a field
# and says how much more there is; the JSON and CSV exports keep everything.
TEXT_LIMIT = 20_000


def clean(text: object, *, newlines: bool = True) -> str:
    """``text`` with every character the fonts cannot draw replaced by a visible mark.

    Tabs become spaces; other control characters are dropped; with ``newlines=False``
    line breaks become spaces too (single-line places such as headers and footers).
    Text beyond TEXT_LIMIT characters is cut with a visible "[+N characters]" note.
    """
    fs = fonts()
    out = []
    raw = "" if text is None else str(text).replace("\r\n", "\n")
    if len(raw) > TEXT_LIMIT:
        raw = f"{raw[:TEXT_LIMIT]} … [+{len(raw) - TEXT_LIMIT:,} characters]"
    elif raw.isascii() and raw.isprintable() and fs.ascii:
        return raw  # nothing to replace (and ASCII is already in NFC)
    for ch in unicodedata.normalize("NFC", raw):
        code = ord(ch)
        if ch in "\r\n":
            out.append("\n" if newlines else " ")
        elif ch == "\t":
            out.append(" ")
        elif code < 32 or 0x7F <= code < 0xA0:
            continue
        elif code in fs.charset:
            out.append(ch)
        elif unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue  # an invisible modifier (variation selector, joiner): nothing to show
        else:
            out.append(fs.replacement)
    return "".join(out)


def markup(text: object, *, newlines: bool = True) -> str:
    """User text made safe for Paragraph markup: cleaned, escaped, line breaks kept."""
    safe = escape(clean(text, newlines=newlines))
    return safe.replace("\n", "<br/>") if newlines else safe


def width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def _break_word(word: str, font: str, size: float, max_width: float) -> list[str]:
    """Hard breaks inside a word longer than the line."""
    pieces, current = [], ""
    for ch in word:
        if current and width(current + ch, font, size) > max_width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    return [*pieces, current] if current else pieces


def wrap(text: str, font: str, size: float, max_width: float,
         max_lines: int | None = None) -> list[str]:
    """Lines of already cleaned ``text`` that fit ``max_width``; '…' marks a cut."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if width(candidate, font, size) <= max_width:
                current = candidate
                continue
            if current:
                lines.append(current)
            if width(word, font, size) <= max_width:
                current = word
            else:
                *full, current = _break_word(word, font, size, max_width)
                lines.extend(full)
            if max_lines is not None and len(lines) > max_lines:
                break
        lines.append(current)
        if max_lines is not None and len(lines) > max_lines:
            break
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = ellipsize(lines[-1] + "…", font, size, max_width)
    return lines


def ellipsize(text: str, font: str, size: float, max_width: float) -> str:
    """``text`` cut with '…' so that it fits ``max_width`` on one line."""
    if width(text, font, size) <= max_width:
        return text
    low, high = 0, len(text)
    while low < high:  # longest prefix that fits with the ellipsis
        mid = (low + high + 1) // 2
        if width(text[:mid].rstrip() + "…", font, size) <= max_width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"
