"""Price tags and shelf labels on A4 label sheets.

Each label shows the product in both scripts, the MRP "incl. of all taxes" (as the Legal
Metrology rules ask of a packaged price), a Code 128 barcode of the SKU that the stall's
scanner reads straight into the cart, and, when the product is also sold online, a QR to its
listing so a buyer can order more later.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from pos.documents import fonts
from pos.documents.model import LabelData
from pos.documents.qr import draw_qr
from pos.errors import InputError
from pos.files import write_atomic
from pos.money import format_inr


@dataclass(frozen=True)
class LabelSheet:
    """An A4 label stock: its grid and where the first label starts."""

    name: str
    columns: int
    rows: int
    width: float
    height: float
    left: float  # margin to the first column
    top: float  # margin to the first row
    gap_x: float = 0.0
    gap_y: float = 0.0

    @property
    def per_page(self) -> int:
        """Labels on one sheet."""
        return self.columns * self.rows


SHEETS = {
    s.name: s
    for s in (
        # 24 labels of 70 x 37 mm edge to edge, the common Indian stationery stock.
        LabelSheet("a4-24", 3, 8, 70 * mm, 37.125 * mm, 0, 0),
        # 14 labels of 99.1 x 38.1 mm (Avery L7163 layout) for shelf edges.
        LabelSheet("a4-14", 2, 7, 99.1 * mm, 38.1 * mm, 4.65 * mm, 15.15 * mm, 2.5 * mm, 0),
    )
}

PAD = 3 * mm
QR_SIZE = 19 * mm


def _barcode(canvas: Canvas, sku: str, x: float, y: float, width: float, height: float) -> None:
    """A Code 128 of the SKU, as wide as fits (bars no thinner than a scanner can read)."""
    probe = Code128(sku, barWidth=1.0, barHeight=height, quiet=False)
    # The label's padding is the left quiet zone; keep ten bars' width clear on the right too.
    bar = min(0.85, width / (probe.width + 10))
    if bar < 0.5:
        raise InputError(f"The SKU {sku!r} is too long for a barcode on this label.")
    code = Code128(sku, barWidth=bar, barHeight=height, quiet=False)
    code.drawOn(canvas, x, y)


def _label(canvas: Canvas, label: LabelData, x: float, y: float, sheet: LabelSheet) -> None:
    """One label with its lower-left corner at (x, y)."""
    inner_w = sheet.width - 2 * PAD
    text_w = inner_w - (QR_SIZE + 2 if label.listing_url else 0)
    top = y + sheet.height - PAD
    cursor = top
    for size, text, bold, limit in ((8.5, label.name_hi, True, 2), (7, label.name_en, False, 2)):
        lines = fonts.wrap(text, text_w, size, bold=bold)
        if len(lines) > limit:
            lines = lines[:limit]
            while lines[-1] and fonts.text_width(lines[-1] + "…", size, bold=bold) > text_w:
                lines[-1] = lines[-1][:-1]
            lines[-1] = lines[-1].rstrip() + "…"
        for line in lines:
            cursor -= size * 1.2
            fonts.draw_text(canvas, x + PAD, cursor, line, size, bold=bold)
    cursor -= 13
    price = format_inr(label.price, decimals=label.price % 100 != 0)
    fonts.draw_text(canvas, x + PAD, cursor, f"MRP {price}", 12, bold=True)
    cursor -= 7
    fonts.draw_text(canvas, x + PAD, cursor, "incl. of all taxes · सभी कर सहित", 5.5)
    bar_h = 8 * mm if sheet.height >= 37 * mm else 6 * mm
    bar_y = y + PAD + 6
    # The barcode runs under the QR too: the QR and its caption end above the bars.
    _barcode(canvas, label.sku, x + PAD, bar_y, inner_w, min(bar_h, cursor - bar_y - 4))
    fonts.draw_text(canvas, x + PAD, y + PAD, label.sku, 6)
    if label.craft:
        fonts.draw_text(canvas, x + PAD + inner_w, y + PAD, label.craft, 5.5, align="right")
    if label.listing_url:
        qx = x + sheet.width - PAD - QR_SIZE + 1.5 * mm
        draw_qr(canvas, qx, top - QR_SIZE + 1.5 * mm, QR_SIZE, label.listing_url)
        fonts.draw_text(canvas, qx + QR_SIZE / 2, top - QR_SIZE, "Buy online", 5.5,
                        align="centre")


@fonts.one_at_a_time
def render_labels(
    labels: list[LabelData],
    out: str | Path | None = None,
    *,
    sheet: str | LabelSheet = "a4-24",
    start: int = 0,
    outlines: bool = True,
) -> bytes:
    """Render labels onto A4 label sheets; returns the PDF bytes.

    Args:
        labels: what to print, in order.
        out: optional file path to write.
        sheet: a name from ``SHEETS`` or a ``LabelSheet``.
        start: labels already used on the first sheet (a part-used sheet is reused).
        outlines: draw faint label borders (useful on plain paper for cutting).
    """
    spec = SHEETS[sheet] if isinstance(sheet, str) else sheet
    if not labels:
        raise InputError("There are no products to print labels for.")
    if not 0 <= start < spec.per_page:
        raise InputError(f"The first free label must be between 1 and {spec.per_page}.")
    fonts.register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle("Price labels")
    canvas.setCreator("Mela POS")
    _, page_h = A4
    slot = start
    for label in labels:
        if slot == spec.per_page:
            canvas.showPage()
            slot = 0
        row, col = divmod(slot, spec.columns)
        x = spec.left + col * (spec.width + spec.gap_x)
        y = page_h - spec.top - (row + 1) * spec.height - row * spec.gap_y
        if outlines:
            canvas.saveState()
            canvas.setStrokeGray(0.8)
            canvas.setLineWidth(0.3)
            canvas.rect(x, y, spec.width, spec.height)
            canvas.restoreState()
        _label(canvas, label, x, y, spec)
        slot += 1
    canvas.showPage()
    canvas.save()
    data = buffer.getvalue()
    if out is not None:
        write_atomic(Path(out), data)
    return data
