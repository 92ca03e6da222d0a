"""Fonts and mixed-script text for every document: register, shape, measure, wrap, draw.

Noto Sans Devanagari has no Latin letters (and Noto Sans no Devanagari), so a line such as
"मधुबनी Madhubani ₹1,250.00" is split into runs per script, each set in its own font.
Devanagari runs are shaped with HarfBuzz (reportlab's ``shapeStr`` over uharfbuzz): without
shaping, conjuncts such as त्र fall apart into त् + र and the ि matra is drawn after its
consonant instead of before it, which a Hindi reader sees as misspelt.

Fonts come from ``assets/fonts`` (never the system) and are registered once per process;
shaped runs are cached, so a second receipt costs only layout and PDF writing.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, ParamSpec, TypeVar

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeStr
from reportlab.pdfgen.canvas import Canvas

from pos.resources import asset

LATIN = "MelaNotoSans"
LATIN_BOLD = "MelaNotoSans-Bold"
DEVANAGARI = "MelaNotoSansDeva"
DEVANAGARI_BOLD = "MelaNotoSansDeva-Bold"

_FILES = {
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
    DEVANAGARI: "NotoSansDevanagari-Regular.ttf",
    DEVANAGARI_BOLD: "NotoSansDevanagari-Bold.ttf",
}

Align = Literal["left", "right", "centre"]

_lock = threading.Lock()
_registered = False
# reportlab keeps per-font state (subsets, glyphs HarfBuzz added) in module globals, and the
# app renders in worker threads: documents are drawn one at a time (~10 ms each).
_render_lock = threading.RLock()

P = ParamSpec("P")
R = TypeVar("R")


def one_at_a_time(render: Callable[P, R]) -> Callable[P, R]:
    """Decorate a public render function so no two documents are drawn at once."""

    @functools.wraps(render)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with _render_lock:
            return render(*args, **kwargs)

    return wrapper


def register_fonts() -> None:
    """Register the four Noto faces with reportlab, once per process (thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = asset("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(f"bundled font missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        _registered = True


def _is_devanagari(ch: str) -> bool:
    cp = ord(ch)
    # Devanagari, Devanagari Extended, Vedic Extensions.
    return 0x0900 <= cp <= 0x097F or 0xA8E0 <= cp <= 0xA8FF or 0x1CD0 <= cp <= 0x1CFF


@functools.cache
def _coverage(font_name: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


def _is_neutral(ch: str) -> bool:
    """Characters both fonts carry (space, digits, ASCII punctuation, joiners)."""
    return ch in "\u200c\u200d" or (ord(ch) < 0x80 and not ch.isalpha())


def split_runs(text: str, *, bold: bool = False) -> list[tuple[str, str]]:
    """Split text into ``(font_name, text)`` runs: Devanagari in Noto Sans Devanagari,
    everything else (Latin, ₹, dashes) in Noto Sans.

    Neutral characters (spaces, digits, punctuation) stay in the run they follow, so
    "कला 2024" is one run and shapes as one word sequence.
    """
    deva = DEVANAGARI_BOLD if bold else DEVANAGARI
    latin = LATIN_BOLD if bold else LATIN
    deva_cover = _coverage(deva)
    runs: list[list[str]] = []
    current: str | None = None
    pending = ""  # neutral characters seen before any strong character
    for ch in text:
        if _is_devanagari(ch):
            font = deva
        elif _is_neutral(ch) and current is not None and (
            current == latin or ord(ch) in deva_cover
        ):
            runs[-1][1] += ch
            continue
        elif _is_neutral(ch) and current is None:
            pending += ch
            continue
        else:
            font = latin
        if font != current:
            runs.append([font, pending + ch])
            current = font
        else:
            runs[-1][1] += ch
        pending = ""
    if pending:
        runs.append([latin, pending])
    return [(f, t) for f, t in runs]


@dataclass(frozen=True)
class Run:
    """One shaped run: the font, the text to draw and its advance per point of size."""

    font: str
    text: str  # a reportlab ShapedStr (glyphs in visual order) or plain str
    advance: float  # width at font size 1
    actual_text: str | None = None  # PDF /ActualText marker when glyphs differ from the text


def _shape(text: str, font: str) -> Run:
    """Shape one run with HarfBuzz; the result is valid at any size (positions scale)."""
    shaped = shapeStr(text, font, 1000)
    if isinstance(shaped, ShapedStr):
        advance = sum(sd.x_advance for sd in shaped.__shapeData__) / 1000
    else:
        advance = pdfmetrics.stringWidth(text, font, 1)
    actual = None
    if str(shaped) != text:
        # Conjuncts and reordered matras are glyphs with no character of their own; the
        # marker lets PDF readers copy, search and read aloud the real words.
        actual = f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"
    return Run(font, shaped, advance, actual)


@functools.lru_cache(maxsize=8192)
def shaped_runs(text: str, bold: bool = False) -> tuple[Run, ...]:
    """The shaped runs of a piece of mixed-script text (cached)."""
    register_fonts()
    return tuple(_shape(t, f) for f, t in split_runs(text, bold=bold))


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Width in points of ``text`` set at ``size`` points, after shaping."""
    return sum(r.advance for r in shaped_runs(text, bold)) * size


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    align: Align = "left",
) -> float:
    """Draw mixed-script text with its baseline at ``y``; returns the width drawn.

    ``x`` is the left edge, the right edge or the centre, as ``align`` says.
    """
    runs = shaped_runs(text, bold)
    width = sum(r.advance for r in runs) * size
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    for run in runs:
        canvas.setFont(run.font, size)
        if run.actual_text:
            canvas.addLiteral(run.actual_text)
        canvas.drawString(x, y, run.text)
        if run.actual_text:
            canvas.addLiteral("EMC")
        x += run.advance * size
    return width


def _clusters(word: str) -> list[str]:
    """Split a word into pieces that may be broken between: a base character with its
    combining marks, and Devanagari consonants joined by a virama kept together."""
    pieces: list[str] = []
    for ch in word:
        joins = pieces and (
            unicodedata.category(ch).startswith("M")
            or ch in "\u200c\u200d"
            or pieces[-1].endswith("\u094d")
        )
        if joins:
            pieces[-1] += ch
        else:
            pieces.append(ch)
    return pieces


def _break_word(word: str, width: float, size: float, bold: bool) -> list[str]:
    """Break one word that is wider than the line, between clusters."""
    lines: list[str] = []
    current = ""
    for piece in _clusters(word):
        if current and text_width(current + piece, size, bold=bold) > width:
            lines.append(current)
            current = piece
        else:
            current += piece
    if current:
        lines.append(current)
    return lines


def wrap(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
    """Break text into lines no wider than ``width`` points (at spaces; a word longer than
    the line is broken between letters so nothing is ever cut off)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        # Only plain spaces break a line: a no-break space keeps "2 × ₹1,250.00" together.
        for word in paragraph.split(" "):
            if not word:
                continue
            candidate = f"{current} {word}" if current else word
            if text_width(candidate, size, bold=bold) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            if text_width(word, size, bold=bold) <= width:
                current = word
            else:
                *full, current = _break_word(word, width, size, bold)
                lines.extend(full)
        lines.append(current)
    return lines
