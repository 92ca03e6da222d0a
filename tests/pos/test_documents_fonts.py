"""Mixed-script text: runs per script, shaping of Devanagari, measuring and wrapping.

The shaping test draws "पत्रिका शिल्प कि" through the documents' text helper, rasterises the
PDF with pdfium and compares it with a reference made independently: HarfBuzz shapes the same
text and each glyph outline is drawn at HarfBuzz's position. Unshaped text (त्र falling apart,
ि after its consonant) does not match, which the second test checks, so the first one fails
whenever shaping is switched off.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import pypdfium2 as pdfium
import pytest
import uharfbuzz as hb
from PIL import Image, ImageChops
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from pos.documents import fonts
from pos.resources import asset

SAMPLE = "पत्रिका शिल्प कि"
SIZE = 24.0
PAGE = (260.0, 50.0)
ORIGIN = (10.0, 15.0)


class _PathPen:
    """A fontTools-style pen that draws into a reportlab path, scaled and moved."""

    def __init__(self, path: object, x: float, y: float, scale: float) -> None:
        self.path, self.x, self.y, self.s = path, x, y, scale
        self.last = (0.0, 0.0)

    def _p(self, pt: tuple[float, float]) -> tuple[float, float]:
        return self.x + pt[0] * self.s, self.y + pt[1] * self.s

    def moveTo(self, pt: tuple[float, float]) -> None:  # fontTools pen protocol names
        self.path.moveTo(*self._p(pt))  # type: ignore[attr-defined]
        self.last = pt

    def lineTo(self, pt: tuple[float, float]) -> None:
        self.path.lineTo(*self._p(pt))  # type: ignore[attr-defined]
        self.last = pt

    def curveTo(self, *pts: tuple[float, float]) -> None:
        a, b, c = pts
        self.path.curveTo(*self._p(a), *self._p(b), *self._p(c))  # type: ignore[attr-defined]
        self.last = c

    def qCurveTo(self, *pts: tuple[float, float]) -> None:
        # Split a run of off-curve points at their implied on-curve midpoints.
        *offs, end = pts
        for i, ctrl in enumerate(offs):
            target = end if i == len(offs) - 1 else (
                (ctrl[0] + offs[i + 1][0]) / 2, (ctrl[1] + offs[i + 1][1]) / 2)
            p0 = self.last
            c1 = (p0[0] + 2 / 3 * (ctrl[0] - p0[0]), p0[1] + 2 / 3 * (ctrl[1] - p0[1]))
            c2 = (target[0] + 2 / 3 * (ctrl[0] - target[0]),
                  target[1] + 2 / 3 * (ctrl[1] - target[1]))
            self.curveTo(c1, c2, target)

    def closePath(self) -> None:
        self.path.close()  # type: ignore[attr-defined]


def _raster(pdf: bytes) -> Image.Image:
    """Ink as white (255) on black, at 288 dpi."""
    page = pdfium.PdfDocument(pdf)[0]
    image = page.render(scale=4, grayscale=True).to_pil().convert("L")
    return image.point(lambda v: 255 if v < 128 else 0)


def _ink(image: Image.Image) -> int:
    return image.histogram()[255]


def _helper_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE)
    fonts.draw_text(canvas, *ORIGIN, SAMPLE, SIZE)
    canvas.save()
    return buffer.getvalue()


def _reference_pdf() -> bytes:
    blob = hb.Blob.from_file_path(str(asset("fonts", "NotoSansDevanagari-Regular.ttf")))
    face = hb.Face(blob)
    font = hb.Font(face)
    buf = hb.Buffer()
    buf.add_str(SAMPLE)
    buf.guess_segment_properties()
    hb.shape(font, buf, {})
    scale = SIZE / face.upem
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE)
    path = canvas.beginPath()
    x, y = ORIGIN
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        pen = _PathPen(path, x + pos.x_offset * scale, y + pos.y_offset * scale, scale)
        font.draw_glyph_with_pen(info.codepoint, pen)
        x += pos.x_advance * scale
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.save()
    return buffer.getvalue()


def _overlap(a: Image.Image, b: Image.Image) -> float:
    """Intersection over union of the ink of two rasters."""
    return _ink(ImageChops.darker(a, b)) / max(_ink(ImageChops.lighter(a, b)), 1)


@pytest.fixture
def unshaped(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Switch shaping off: runs are drawn character by character, as without HarfBuzz."""
    def plain(text: str, font: str) -> fonts.Run:
        return fonts.Run(font, text, pdfmetrics.stringWidth(text, font, 1))

    fonts.shaped_runs.cache_clear()
    monkeypatch.setattr(fonts, "_shape", plain)
    yield
    fonts.shaped_runs.cache_clear()


def test_devanagari_is_shaped_like_harfbuzz() -> None:
    fonts.shaped_runs.cache_clear()
    reference = _raster(_reference_pdf())
    drawn = _raster(_helper_pdf())
    assert _ink(reference) > 500  # the reference really has ink
    assert _overlap(drawn, reference) > 0.9


def test_unshaped_text_does_not_pass_the_comparison(unshaped: None) -> None:
    assert _overlap(_raster(_helper_pdf()), _raster(_reference_pdf())) < 0.75


def test_i_matra_is_drawn_before_its_consonant() -> None:
    """In कि the ि glyph (visually first) starts left of where क's stem sits."""
    run = fonts.shaped_runs("कि")[0]
    text = str(run.text)
    font = pdfmetrics.getFont(run.font)
    glyph_of = {ch: font.face.charToGlyph[ord(ch)] for ch in text}
    # The first glyph drawn is not क: it is the matra (its glyph id differs from क's).
    assert glyph_of[text[0]] != font.face.charToGlyph[ord("क")]
    assert glyph_of[text[1]] == font.face.charToGlyph[ord("क")]


def test_runs_split_per_script() -> None:
    runs = fonts.split_runs("मधुबनी Madhubani ₹1,250 (कला 2024)")
    assert [f for f, _ in runs] == [fonts.DEVANAGARI, fonts.LATIN, fonts.DEVANAGARI]
    assert runs[0][1] == "मधुबनी "
    assert runs[1][1] == "Madhubani ₹1,250 ("
    assert runs[2][1] == "कला 2024)"
    assert fonts.split_runs("₹99", bold=True) == [(fonts.LATIN_BOLD, "₹99")]


def test_shaped_width_differs_from_character_widths() -> None:
    shaped = fonts.text_width("पत्रिका", 10)
    naive = pdfmetrics.stringWidth("पत्रिका", fonts.DEVANAGARI, 10)
    assert 0 < shaped < naive


def test_wrap_keeps_every_word_and_fits() -> None:
    text = ("मधुबनी चित्रकला हस्तनिर्मित कागज़ पर Madhubani painting on handmade paper "
            "Supercalifragilisticexpialidociousmadhubanipainting")
    lines = fonts.wrap(text, 90, 8)
    assert all(fonts.text_width(line, 8) <= 90 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    # A no-break space holds quantity and rate together.
    held = "2\u00a0×\u00a0₹1,283.50"
    width = fonts.text_width(held, 8) + 1
    assert fonts.wrap(f"HSN 9701 {held}", width, 8) == ["HSN 9701", held]
    assert len(fonts.wrap(held.replace("\u00a0", " "), width - 10, 8)) > 1


def test_shaped_text_extracts_as_the_real_words() -> None:
    """PDF readers copy and search Hindi as typed, not as ligature glyphs."""
    text = "मधुबनी चित्रकला Madhubani ₹1,250 (श्रृंगारदान)"
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(400, 40))
    fonts.draw_text(canvas, 10, 15, text, 10)
    canvas.save()
    doc = pdfium.PdfDocument(buffer.getvalue())
    assert doc[0].get_textpage().get_text_range() == text
    doc.close()
