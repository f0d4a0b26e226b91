"""Export: the PDF fonts, safe text for them, right-to-left text, and canvas text fitting.

DejaVu Sans (bundled) is registered as one family (regular, bold, oblique,
bold-oblique) and is the base of every text. A character it has no glyph for (Chinese,
Japanese, Korean, many emoji) is drawn in a fallback font: the first TrueType font
installed on the machine that has it, found through fontconfig (``fc-list``), loaded
once. Arabic is shaped (contextual letter forms, ligatures) with arabic-reshaper and
every line with right-to-left text is put in display order with python-bidi, because
PDF text is drawn left to right. Every user string is filtered through :func:`clean`
before it reaches ReportLab: control characters go, and a character no font on the
machine can draw becomes a visible ``□`` (and :func:`missing` names it, for the
warning the export returns). Without the TTF files (a broken install) the export
still works with Helvetica and a Latin-1 repertoire.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

try:  # right-to-left text; without these it is drawn in logical order (still legible)
    import arabic_reshaper
    from bidi import get_display
except ImportError:  # pragma: no cover - both are dependencies
    arabic_reshaper = None
    get_display = None

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
    names = {
        style: FAMILY + ("" if style == "regular" else "-" + _suffix(style)) for style in _FILES
    }
    try:
        faces = {}
        for style, filename in _FILES.items():
            font = TTFont(names[style], str(FONT_DIR / filename))
            pdfmetrics.registerFont(font)
            faces[style] = font
    except Exception:  # missing or damaged TTF: still export, in a core font
        return _helvetica()
    pdfmetrics.registerFontFamily(
        FAMILY,
        normal=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        boldItalic=names["bold_italic"],
    )
    charset = frozenset.intersection(*(frozenset(f.face.charToGlyph) for f in faces.values()))
    return FontSet(
        names["regular"],
        names["bold"],
        names["italic"],
        names["bold_italic"],
        charset,
        REPLACEMENT if ord(REPLACEMENT) in charset else "?",
    )


def _suffix(style: str) -> str:
    return {"bold": "Bold", "italic": "Oblique", "bold_italic": "BoldOblique"}[style]


def _helvetica() -> FontSet:
    addMapping("Helvetica", 0, 0, "Helvetica")
    addMapping("Helvetica", 1, 0, "Helvetica-Bold")
    addMapping("Helvetica", 0, 1, "Helvetica-Oblique")
    addMapping("Helvetica", 1, 1, "Helvetica-BoldOblique")
    charset = frozenset(c for c in range(32, 256) if c < 127 or c >= 160)
    charset |= frozenset(ord(c) for c in "€‘’“”„–—…•")
    return FontSet(
        "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", charset, "?"
    )


# ReportLab re-breaks a paragraph at every page split, so its time grows with the square
# of a text's length (a 1 MB description takes minutes). The PDF shows this much of a field
# and says how much more there is; the JSON and CSV exports keep everything.
TEXT_LIMIT = 20_000


# The "[+N characters]" note of a cut text, per language of the PDF (set by the export).
_more = {"text": "… [+{n} characters]", "thousands": ","}


def set_more_note(template: str, thousands: str = ",") -> None:
    """How a cut text says how much is left out, e.g. '… [+{n} Zeichen]' with '.'
    between thousands."""
    _more["text"], _more["thousands"] = template, thousands


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
        more = f"{len(raw) - TEXT_LIMIT:,}".replace(",", _more["thousands"])
        raw = f"{raw[:TEXT_LIMIT]} {_more['text'].format(n=more)}"
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
        elif fallback_for(ch) is not None:
            out.append(ch)
        else:
            out.append(fs.replacement)
    return "".join(out)


def markup(text: object, *, newlines: bool = True) -> str:
    """User text made safe for Paragraph markup: cleaned, escaped, line breaks kept.

    Each line is put in display order (right-to-left text) and characters of a fallback
    font are wrapped in a ``<font face>`` of it.
    """
    cleaned = clean(text, newlines=newlines)
    if plain(cleaned):
        safe = escape(cleaned)
    else:
        safe = "\n".join(_line_markup(line) for line in cleaned.split("\n"))
    return safe.replace("\n", "<br/>") if newlines else safe


def _line_markup(line: str) -> str:
    base = fonts().regular
    return "".join(
        escape(part) if font == base else f'<font face="{font}">{escape(part)}</font>'
        for part, font in runs(visual(line), base)
    )


# -- fallback fonts, right-to-left text ----------------------------------------------

# Arabic, Hebrew, Syriac, Thaana, NKo, ... and their presentation forms.
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_fallbacks: list[tuple[str, frozenset[int]]] = []  # (registered name, its code points)
_fallback_of: dict[str, str | None] = {}


def plain(text: str) -> bool:
    """Whether ``text`` (cleaned) is drawn as it is in the base font: no fallback font,
    no right-to-left reordering."""
    if text.isascii():
        return True
    charset = fonts().charset
    return all(ord(ch) in charset for ch in text) and not _RTL.search(text)


@lru_cache(maxsize=4096)
def visual(line: str) -> str:
    """One line in display order: Arabic shaped, right-to-left runs reversed."""
    if line.isascii() or not _RTL.search(line) or get_display is None:
        return line
    if _ARABIC.search(line) and arabic_reshaper is not None:
        line = arabic_reshaper.reshape(line)
    shown = get_display(line)
    return shown if isinstance(shown, str) else shown.decode()


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` cut into (part, font) runs: ``font`` where the base fonts have the glyph,
    else the fallback font that has it."""
    charset = fonts().charset
    if text.isascii() or all(ord(ch) in charset for ch in text):
        return [(text, font)]
    out: list[tuple[str, str]] = []
    for ch in text:
        face = font if ord(ch) in charset else (fallback_for(ch) or font)
        if out and out[-1][1] == face:
            out[-1] = (out[-1][0] + ch, face)
        else:
            out.append((ch, face))
    return out


def width(text: str, font: str, size: float) -> float:
    """The drawn width of a line of cleaned text (in display order, with fallbacks)."""
    if text.isascii():
        return pdfmetrics.stringWidth(text, font, size)
    return sum(pdfmetrics.stringWidth(part, face, size) for part, face in runs(visual(text), font))


def fallback_for(ch: str) -> str | None:
    """The registered name of an installed font that draws ``ch`` (None: no font does)."""
    if ch in _fallback_of:
        return _fallback_of[ch]
    code = ord(ch)
    found = next((name for name, charset in _fallbacks if code in charset), None)
    if found is None:
        found = _load_fallback(code)
    _fallback_of[ch] = found
    return found


@lru_cache(maxsize=1)
def _catalogue() -> list[tuple[str, int, list[int], list[int]]]:
    """The installed TrueType fonts, per fontconfig (one ``fc-list`` for the process):
    (file, index, range starts, range ends) with the code points each has.

    TrueType outlines only: ReportLab embeds no CFF (most .otf) and no colour bitmaps.
    Regular faces come first (by their file names), then in a stable order.
    """
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    try:
        done = subprocess.run(
            [
                fc_list,
                "--format",
                "%{file}\t%{index}\t%{charset}\n",
                ":fontformat=TrueType:outline=True",
            ],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return []
    fonts_found = []
    for line in done.stdout.splitlines():
        path, index, charset = (line.split("\t") + ["", ""])[:3]
        if not path or not index.isdigit():
            continue
        starts, ends = [], []
        try:
            for item in charset.split():
                low, _, high = item.partition("-")
                starts.append(int(low, 16))
                ends.append(int(high or low, 16))
        except ValueError:
            continue
        fonts_found.append((path, int(index), starts, ends))
    styled = ("bold", "italic", "oblique", "condensed", "light", "mono")
    return sorted(
        fonts_found, key=lambda f: (any(w in Path(f[0]).stem.lower() for w in styled), f[0], f[1])
    )


def _installed_fonts(code: int) -> list[tuple[str, int]]:
    """(file, index) of the installed TrueType fonts that have ``code``."""
    found = []
    for path, index, starts, ends in _catalogue():
        i = bisect_right(starts, code) - 1
        if i >= 0 and code <= ends[i]:
            found.append((path, index))
    return found


def _load_fallback(code: int) -> str | None:
    for path, index in _installed_fonts(code):
        name = f"Fallback{len(_fallbacks) + 1}-{Path(path).stem}"[:60]
        try:
            font = TTFont(name, path, subfontIndex=index)
        except Exception:  # CFF outlines, a damaged file, a collection it cannot read
            continue
        charset = frozenset(font.face.charToGlyph)
        if code not in charset:
            continue
        pdfmetrics.registerFont(font)
        # One face for all styles: <b> and <i> around it must find a font.
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
        _fallbacks.append((name, charset))
        return name
    return None


def missing(texts: Iterable[object]) -> list[str]:
    """The characters of ``texts`` that no installed font can draw (shown as □), sorted."""
    fs = fonts()
    out: set[str] = set()
    for text in texts:
        raw = "" if text is None else str(text)
        if raw.isascii():
            continue
        for ch in unicodedata.normalize("NFC", raw):
            code = ord(ch)
            if (
                code in fs.charset
                or code < 32
                or 0x7F <= code < 0xA0
                or unicodedata.category(ch) in ("Mn", "Me", "Cf")
            ):
                continue
            if fallback_for(ch) is None:
                out.add(ch)
    return sorted(out)


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


def wrap(
    text: str, font: str, size: float, max_width: float, max_lines: int | None = None
) -> list[str]:
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
