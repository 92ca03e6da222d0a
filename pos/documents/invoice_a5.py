"""The A5 tax invoice, for buyers (often businesses) who want a full invoice on paper.

Besides everything on the roll receipt it names the buyer with address, GSTIN and place of
supply, lays the lines out as a table with taxable value and tax per line, summarises the
tax by rate, and leaves room for the authorised signatory. Long bills flow onto more pages
with the table header repeated and "Page n of N" at the foot.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm

from pos.documents import fonts
from pos.documents.layout import Sheet
from pos.documents.model import LineData, ReceiptData, state_text
from pos.documents.qr import draw_qr
from pos.documents.receipt import METHOD_NAMES, qr_payload
from pos.money import amount_in_words, format_inr
from pos.phone import format_for_display

SIZE = 7.0
DECLARATION = ("We declare that this invoice shows the actual price of the goods described "
               "and that all particulars are true and correct.")

# (title, width in points, alignment); the description column takes what is left.
COLUMNS: tuple[tuple[str, float, str], ...] = (
    ("#", 12, "left"), ("Item / वस्तु", 0, "left"), ("HSN", 28, "left"), ("Qty", 18, "right"),
    ("Rate", 44, "right"), ("Taxable", 46, "right"), ("GST", 20, "right"),
    ("Tax", 38, "right"), ("Amount", 46, "right"),
)


TAX_COLUMNS = ("Taxable", "GST", "Tax")


def _columns(taxed: bool) -> tuple[tuple[str, float, str], ...]:
    """The table's columns: a bill of supply shows no tax (the seller may not charge any)."""
    return COLUMNS if taxed else tuple(c for c in COLUMNS if c[0] not in TAX_COLUMNS)


def _column_edges(sheet: Sheet, taxed: bool) -> list[tuple[float, float, str, str]]:
    """(left x, width, alignment, title) of each column."""
    columns = _columns(taxed)
    fixed = sum(w for _, w, _ in columns)
    edges = []
    x = sheet.left
    for title, width, align in columns:
        w = width or (sheet.right - sheet.left - fixed)
        edges.append((x, w, align, title))
        x += w
    return edges


def _cell(sheet: Sheet, col: tuple[float, float, str, str], y: float, text: str,
          *, bold: bool = False) -> None:
    x, w, align, _ = col
    if align == "right":
        fonts.draw_text(sheet.canvas, x + w - 2, y, text, SIZE, bold=bold, align="right")
    else:
        fonts.draw_text(sheet.canvas, x + 1, y, text, SIZE, bold=bold)


def _table_head(sheet: Sheet, taxed: bool) -> None:
    c = sheet.canvas
    c.setFillGray(0.88)
    c.rect(sheet.left, sheet.y - SIZE * 1.7, sheet.right - sheet.left, SIZE * 1.7,
           stroke=0, fill=1)
    c.setFillGray(0)
    for col in _column_edges(sheet, taxed):
        _cell(sheet, col, sheet.y - SIZE * 1.25, col[3], bold=True)
    sheet.y -= SIZE * 1.7 + 2


def _header(data: ReceiptData) -> Callable[[Sheet], float]:
    def draw(sheet: Sheet) -> float:
        s = data.seller
        c = sheet.canvas
        en, hi = data.title
        first = c.getPageNumber() == 1
        right_w = 120
        fonts.draw_text(c, sheet.right, sheet.y - 11, f"{en} / {hi}", 11, bold=True,
                        align="right")
        fonts.draw_text(c, sheet.right, sheet.y - 22, "Original for recipient", 6.5,
                        align="right")
        sheet.text(s.name or "Mela POS stall", 11 if first else 8, bold=True,
                   width=sheet.right - sheet.left - right_w)
        if first:
            for line in (s.address, f"Phone {s.phone}" if s.phone else "",
                         f"GSTIN {s.gstin}" if s.gstin else "",
                         f"State {state_text(s.state_code)}"):
                if line:
                    sheet.text(line, SIZE, width=sheet.right - sheet.left - right_w)
            if s.composition:
                sheet.text("Composition taxable person, not eligible to collect tax on "
                           "supplies.", SIZE - 0.5, bold=True)
        else:
            sheet.text(f"{data.invoice_no} (continued)", SIZE)
        sheet.y = min(sheet.y, sheet.height - sheet.margin - 28)
        sheet.rule(0.8)
        if first:
            _parties(sheet, data)
        _table_head(sheet, data.doc_type == "tax_invoice")
        return sheet.y

    return draw


def _parties(sheet: Sheet, data: ReceiptData) -> None:
    top = sheet.y
    half = (sheet.right - sheet.left) / 2
    details = [
        ("Invoice No", data.invoice_no), ("Date", data.created_at.strftime("%d-%m-%Y %H:%M")),
        ("Place of supply", data.place_of_supply),
        ("Reverse charge", "No"), ("Staff", data.staff_name or "-"),
    ]
    if data.preorder_no:
        details.append(("Pre-order", data.preorder_no))
    y = top
    for label, value in details:
        fonts.draw_text(sheet.canvas, sheet.left, y - SIZE, label, SIZE)
        fonts.draw_text(sheet.canvas, sheet.left + 62, y - SIZE, value, SIZE, bold=True)
        y -= SIZE * 1.35
    sheet.y = top
    buyer_x = sheet.left + half + 6
    sheet.text("Billed to / क्रेता", SIZE, x=buyer_x, bold=True)
    lines = [data.buyer_name or "Walk-in buyer", data.buyer_address or "",
             f"Phone {format_for_display(data.buyer_phone)}" if data.buyer_phone else "",
             f"GSTIN {data.buyer_gstin}" if data.buyer_gstin else "Unregistered buyer",
             f"State {state_text(data.buyer_state_code)}" if data.buyer_state_code else ""]
    for line in lines:
        if line:
            sheet.text(line, SIZE, x=buyer_x)
    sheet.y = min(sheet.y, y) - 2
    sheet.rule(0.5)


def _row(sheet: Sheet, line: LineData, taxed: bool) -> None:
    cols = _column_edges(sheet, taxed)
    desc_w = cols[1][1] - 3
    desc = fonts.wrap(line.name_hi, desc_w, SIZE, bold=True)
    desc_en = fonts.wrap(line.name_en, desc_w, SIZE)
    extra = []
    if line.discount:
        reason = f" ({line.discount_reason})" if line.discount_reason else ""
        extra = fonts.wrap(f"Less discount{reason} {format_inr(line.discount)}", desc_w,
                           SIZE - 0.5)
    height = (len(desc) + len(desc_en) + len(extra)) * SIZE * 1.25 + 3
    sheet.ensure(height)
    y = sheet.y - SIZE
    values = {
        "#": str(line.line_no), "HSN": line.hsn, "Qty": str(line.qty),
        "Rate": format_inr(line.unit_price), "Taxable": format_inr(line.taxable),
        "GST": f"{line.gst_rate}%", "Tax": format_inr(line.cgst + line.sgst + line.igst),
        "Amount": format_inr(line.total),
    }
    for col in cols:
        if col[3] in values:
            _cell(sheet, col, y, values[col[3]])
    for i, text in enumerate(desc + desc_en + extra):
        bold = i < len(desc)
        fonts.draw_text(sheet.canvas, cols[1][0] + 1, y - i * SIZE * 1.25, text,
                        SIZE if i < len(desc) + len(desc_en) else SIZE - 0.5, bold=bold)
    sheet.y -= height
    sheet.canvas.setLineWidth(0.2)
    sheet.canvas.setStrokeGray(0.6)
    sheet.canvas.line(sheet.left, sheet.y + 1, sheet.right, sheet.y + 1)
    sheet.canvas.setStrokeGray(0)


def _totals(sheet: Sheet, data: ReceiptData) -> None:
    rows = [("Gross", format_inr(data.gross))]
    if data.discount:
        rows.append(("Discount", f"-{format_inr(data.discount)}"))
    taxed = data.doc_type == "tax_invoice"
    if taxed:
        rows.append(("Taxable value", format_inr(data.taxable)))
        if data.igst:
            rows.append(("IGST", format_inr(data.igst)))
        else:
            rows += [("CGST", format_inr(data.cgst)), ("SGST", format_inr(data.sgst))]
    if data.round_off:
        rows.append(("Round-off", f"{'+' if data.round_off > 0 else '-'}"
                                  f"{format_inr(abs(data.round_off))}"))
    summary_rows = len(data.tax_summary) + 1 if taxed else 0
    sheet.ensure(max(len(rows) + 2, summary_rows + 2) * SIZE * 1.4 + 30)
    top = sheet.y
    # Tax by rate, on the left.
    c = sheet.canvas
    heads = ("Rate", "Taxable", "CGST", "SGST", "IGST")
    xs = [sheet.left, sheet.left + 30, sheet.left + 85, sheet.left + 130, sheet.left + 175]
    y = top - SIZE
    for x, head in zip(xs, heads, strict=True):
        if not taxed:
            break
        fonts.draw_text(c, x + (0 if head == "Rate" else 40), y, head, SIZE - 0.5, bold=True,
                        align="left" if head == "Rate" else "right")
    for t in data.tax_summary if taxed else ():
        y -= SIZE * 1.35
        values = (f"{t.rate}%", format_inr(t.taxable), format_inr(t.cgst), format_inr(t.sgst),
                  format_inr(t.igst))
        for x, head, value in zip(xs, heads, values, strict=True):
            fonts.draw_text(c, x + (0 if head == "Rate" else 40), y, value, SIZE - 0.5,
                            align="left" if head == "Rate" else "right")
    # Bill totals, on the right.
    label_x, value_x = sheet.right - 140, sheet.right
    y2 = top - SIZE
    for label, value in rows:
        fonts.draw_text(c, label_x, y2, label, SIZE)
        fonts.draw_text(c, value_x, y2, value, SIZE, align="right")
        y2 -= SIZE * 1.35
    c.setLineWidth(0.8)
    c.line(label_x, y2 + SIZE * 0.6, value_x, y2 + SIZE * 0.6)
    y2 -= 5
    fonts.draw_text(c, label_x, y2, "Total / कुल", 10, bold=True)
    fonts.draw_text(c, value_x, y2, format_inr(data.total), 10, bold=True, align="right")
    sheet.y = min(y, y2) - 8
    sheet.text(f"Amount in words: {amount_in_words(data.total)}", SIZE, bold=True)


def _payments_and_sign(sheet: Sheet, data: ReceiptData) -> None:
    qr_size = 30 * mm
    sheet.ensure(qr_size + 20)
    top = sheet.y
    payload, caption = qr_payload(data)
    draw_qr(sheet.canvas, sheet.left - 2 * mm, top - qr_size, qr_size, payload)
    centre = max(sheet.left + qr_size / 2 - 2 * mm, sheet.left + fonts.text_width(caption, 6) / 2)
    fonts.draw_text(sheet.canvas, centre, top - qr_size - 6, caption, 6, align="centre")
    x = sheet.left + qr_size + 4
    sheet.y = top
    parts = []
    for p in data.payments:
        text = f"{METHOD_NAMES.get(p.method, p.method)} {format_inr(p.amount)}"
        if p.method == "cash" and p.tendered:
            text += f" (tendered {format_inr(p.tendered)}, change {format_inr(p.change or 0)})"
        elif p.reference:
            text += f" ({'UTR' if p.method == 'upi' else 'ref'} {p.reference})"
        parts.append(text)
    width = sheet.right - x - 125
    sheet.text("Payment: " + ("; ".join(parts) or "not yet paid"), SIZE, x=x, width=width)
    if data.balance_due:
        sheet.text(f"Balance due: {format_inr(data.balance_due)}", SIZE, x=x, width=width,
                   bold=True)
    for refund in data.refunds:
        sheet.text(f"Refunded {format_inr(refund.amount)} on {refund.created_at:%d-%m-%Y} "
                   f"(credit note {refund.credit_note_no})", SIZE, x=x, width=width)
    if data.voided:
        sheet.text("This invoice was voided. / यह बिल रद्द है।", SIZE + 1, x=x, width=width,
                   bold=True)
    sheet.text(DECLARATION, SIZE - 1, x=x, width=width)
    c = sheet.canvas
    sheet.y = top
    sheet.text(f"For {data.seller.name or 'the seller'}", SIZE, x=sheet.right - 115, width=115,
               bold=True, align="right")
    c.setLineWidth(0.4)
    c.line(sheet.right - 110, top - qr_size + 8, sheet.right, top - qr_size + 8)
    fonts.draw_text(c, sheet.right, top - qr_size, "Authorised signatory", SIZE - 0.5,
                    align="right")
    sheet.y = top - qr_size - 12
    sheet.text("धन्यवाद! Thank you for supporting the craftspeople of Bihar.", SIZE,
               align="centre")


@fonts.one_at_a_time
def render_invoice_a5(data: ReceiptData, out: str | Path | None = None) -> bytes:
    """Render a bill as an A5 tax invoice (or bill of supply); returns the PDF bytes."""
    sheet = Sheet(A5, margin=9 * mm, footer=data.invoice_no, header=_header(data),
                  title=f"{data.title[0]} {data.invoice_no}")
    for line in data.lines:
        _row(sheet, line, data.doc_type == "tax_invoice")
    sheet.y -= 4
    _totals(sheet, data)
    _payments_and_sign(sheet, data)
    return sheet.render(out)
