"""The Z report: one business day on one A4 sheet (more if the day was long), for the file.

Everything the day close holds — float, cash counted by denomination, expected against
counted, sales by payment method, craft, artisan and tax rate, the invoice range, refunds and
voids — and a small bar chart of sales by craft so the manager sees the day at a glance.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from pos.documents import fonts
from pos.documents.layout import PAPERS, Paper, Roll, Sheet
from pos.documents.model import ZReportData, ZRow
from pos.errors import InputError
from pos.money import format_inr, format_number

SIZE = 8.0
METHODS = {"cash": "Cash / नकद", "upi": "UPI", "card": "Card / कार्ड"}
BAR_GREY = 0.35


def _heading(sheet: Sheet, text: str) -> None:
    sheet.ensure(SIZE * 9)  # a heading never ends a page without its first rows
    sheet.y -= 4
    sheet.text(text, SIZE + 2, bold=True)
    sheet.canvas.setLineWidth(0.6)
    sheet.canvas.line(sheet.left, sheet.y, sheet.right, sheet.y)
    sheet.y -= 3


def _table(sheet: Sheet, head: tuple[str, ...], rows: list[tuple[str, ...]],
           widths: tuple[float, ...], *, x: float | None = None,
           bold_last: bool = False) -> None:
    """Rows of cells; the first column is left-aligned text, the rest right-aligned figures."""
    x0 = sheet.left if x is None else x
    all_rows = [head, *rows]
    for i, row in enumerate(all_rows):
        label_lines = fonts.wrap(row[0], widths[0] - 4, SIZE, bold=i == 0)
        height = len(label_lines) * SIZE * 1.3 + 1
        sheet.ensure(height)
        bold = i == 0 or (bold_last and i == len(all_rows) - 1)
        x = x0
        for j, (cell, w) in enumerate(zip(row, widths, strict=True)):
            if j == 0:
                for k, line in enumerate(label_lines):
                    fonts.draw_text(sheet.canvas, x, sheet.y - SIZE - k * SIZE * 1.3, line, SIZE,
                                    bold=bold)
            else:
                fonts.draw_text(sheet.canvas, x + w, sheet.y - SIZE, cell, SIZE, bold=bold,
                                align="right")
            x += w
        sheet.y -= height
    sheet.y -= 4


def _pairs(sheet: Sheet, pairs: list[tuple[str, str]], *, x: float, width: float,
           top: float) -> float:
    """Label/value lines in a column starting at ``top``; returns the y below them."""
    y = top
    for label, value in pairs:
        fonts.draw_text(sheet.canvas, x, y - SIZE, label, SIZE)
        fonts.draw_text(sheet.canvas, x + width, y - SIZE, value, SIZE, bold=True,
                        align="right")
        y -= SIZE * 1.4
    return y


def _bar_chart(sheet: Sheet, rows: tuple[ZRow, ...]) -> None:
    """Horizontal bars of sales by craft, longest first, each labelled in both scripts."""
    if not rows:
        return
    bar_h, gap = 10.0, 5.0
    label_w = 150.0
    value_w = 70.0
    span = sheet.right - sheet.left - label_w - value_w
    biggest = max(r.amount for r in rows) or 1
    for row in rows:
        sheet.ensure(bar_h + gap)
        y = sheet.y - bar_h
        label = f"{row.label_hi} · {row.label}" if row.label_hi else row.label
        fonts.draw_text(sheet.canvas, sheet.left, y + 2, fonts.wrap(label, label_w - 6, SIZE)[0],
                        SIZE)
        length = max(span * row.amount / biggest, 1)
        sheet.canvas.setFillGray(BAR_GREY)
        sheet.canvas.rect(sheet.left + label_w, y, length, bar_h, stroke=0, fill=1)
        sheet.canvas.setFillGray(0)
        fonts.draw_text(sheet.canvas, sheet.left + label_w + length + 4, y + 2,
                        format_inr(row.amount, decimals=False), SIZE, bold=True)
        sheet.y -= bar_h + gap
    sheet.y -= 4


def _header(data: ZReportData) -> Callable[[Sheet], float]:
    def draw(sheet: Sheet) -> float:
        c = sheet.canvas
        fonts.draw_text(c, sheet.right, sheet.y - 14, "Z Report / दैनिक समापन रिपोर्ट", 14,
                        bold=True, align="right")
        fonts.draw_text(c, sheet.right, sheet.y - 27, f"Business day {data.business_date} · "
                        f"device {data.device_code}", SIZE + 1, bold=True, align="right")
        sheet.text(data.seller.name or "Mela POS stall", 11, bold=True,
                   width=(sheet.right - sheet.left) * 0.5)
        if data.seller.gstin:
            sheet.text(f"GSTIN {data.seller.gstin}", SIZE)
        sheet.y = min(sheet.y, sheet.height - sheet.margin - 34)
        sheet.canvas.setLineWidth(1)
        sheet.canvas.line(sheet.left, sheet.y, sheet.right, sheet.y)
        sheet.y -= 6
        return sheet.y

    return draw


def _day_rows(data: ZReportData) -> list[tuple[str, str]]:
    return [
        ("Opened", f"{data.opened_at:%d-%m-%Y %H:%M}" if data.opened_at else "—"),
        ("Opened by", data.opened_by or "—"),
        ("Closed", f"{data.closed_at:%d-%m-%Y %H:%M}" if data.closed_at else "not closed yet"),
        ("Closed by", data.closed_by or "—"),
        ("Approved by", data.approved_by or "—"),
        ("Bills", f"{format_number(data.bills)} valid of {format_number(data.bills_issued)}"),
        ("Invoice range", f"{data.first_invoice or '—'} … {data.last_invoice or '—'}"),
    ]


def _cash_rows(data: ZReportData) -> list[tuple[str, str]]:
    return [
        ("Opening float", format_inr(data.opening_float)),
        ("Cash taken", format_inr(data.cash_taken)),
        ("Cash refunds", f"-{format_inr(data.cash_refunds)}"),
        ("Expected in drawer", format_inr(data.expected_cash)),
        ("Counted", format_inr(data.counted_cash) if data.counted_cash is not None else "—"),
        ("Variance", (("+" if data.variance > 0 else "") + format_inr(data.variance))
         if data.variance is not None else "—"),
    ]


def _sales_rows(data: ZReportData) -> list[tuple[str, str]]:
    return [
        ("Gross (MRP)", format_inr(data.gross)), ("Discounts", f"-{format_inr(data.discount)}"),
        ("Taxable value", format_inr(data.taxable)), ("GST", format_inr(data.tax)),
        ("Round-off", format_inr(data.round_off)), ("Net sales", format_inr(data.net_sales)),
        ("Refunds", f"-{format_inr(data.refunds_total)}"),
        ("Net after refunds", format_inr(data.net_after_refunds)),
    ]


def _both(row: ZRow) -> str:
    return f"{row.label} / {row.label_hi}" if row.label_hi else row.label


def _day_and_cash(sheet: Sheet, data: ZReportData) -> None:
    top = sheet.y
    half = (sheet.right - sheet.left) / 2 - 10
    y1 = _pairs(sheet, _day_rows(data), x=sheet.left, width=half, top=top)
    y2 = _pairs(sheet, _cash_rows(data), x=sheet.left + half + 20, width=half, top=top)
    sheet.y = min(y1, y2) - 4


def _denominations(data: ZReportData) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for key, count in sorted(data.counted.items(), key=lambda kv: -int(kv[0])
                             if kv[0].isdigit() else 1):
        if key == "coins":
            rows.append(("Coins", "", format_inr(int(count))))
        else:
            rows.append((format_inr(int(key), decimals=False), str(count),
                         format_inr(int(key) * int(count))))
    return rows


def _render_a4(data: ZReportData, out: str | Path | None) -> bytes:
    sheet = Sheet(A4, margin=14 * mm, footer=f"Z report {data.business_date}",
                  header=_header(data),
                  title=f"Z report {data.business_date}")
    _day_and_cash(sheet, data)
    if data.counted:
        _heading(sheet, "Cash counted by denomination / गिनती")
        _table(sheet, ("Note / coin", "Count", "Amount"), _denominations(data), (120, 60, 90))
    _heading(sheet, "Sales / बिक्री")
    _table(sheet, ("", "Amount"), [*_sales_rows(data)], (200, 100), bold_last=True)
    if data.preorders_taken or data.preorder_advances or data.leads_taken:
        _table(sheet, ("Also taken today", "Count", "Amount"), [
            ("Pre-orders (advances on receipt vouchers)", format_number(data.preorders_taken),
             format_inr(data.preorder_advances)),
            ("Buyer leads", format_number(data.leads_taken), ""),
        ], (200, 60, 100))
    _heading(sheet, "By payment method / भुगतान के प्रकार")
    _table(sheet, ("Method", "Bills", "Amount"),
           [(METHODS.get(r.label, r.label), format_number(r.count), format_inr(r.amount))
            for r in data.by_method], (200, 60, 100))
    _heading(sheet, "By tax rate / कर दर")
    _table(sheet, ("Rate", "Taxable", "CGST", "SGST", "IGST"),
           [(f"{t.rate}%", format_inr(t.taxable), format_inr(t.cgst), format_inr(t.sgst),
             format_inr(t.igst)) for t in data.by_rate], (60, 100, 90, 90, 90))
    _heading(sheet, "By craft / शिल्प")
    _bar_chart(sheet, data.by_craft)
    _table(sheet, ("Craft", "Pieces", "Amount"),
           [(_both(r), format_number(r.count), format_inr(r.amount)) for r in data.by_craft],
           (260, 60, 100))
    _heading(sheet, "By artisan / कारीगर")
    _table(sheet, ("Artisan", "Pieces", "Amount"),
           [(_both(r), format_number(r.count), format_inr(r.amount)) for r in data.by_artisan],
           (260, 60, 100))
    if data.refunds:
        _heading(sheet, "Refunds / वापसी")
        _table(sheet, ("Credit note (invoice, method)", "Amount"),
               [(r.label, format_inr(r.amount)) for r in data.refunds], (320, 100))
    if data.voids:
        _heading(sheet, "Voided bills / रद्द बिल")
        _table(sheet, ("Invoice", "Amount"),
               [(r.label, format_inr(r.amount)) for r in data.voids], (320, 100))
    sheet.ensure(50)
    sheet.y -= 30
    c = sheet.canvas
    c.setLineWidth(0.4)
    third = (sheet.right - sheet.left) / 3
    for i, who in enumerate(("Cashier / कैशियर", "Manager / प्रबंधक")):
        x = sheet.left + i * 2 * third
        c.line(x, sheet.y, x + third, sheet.y)
        fonts.draw_text(c, x, sheet.y - SIZE - 2, who, SIZE)
    return sheet.render(out)


def _roll_bars(roll: Roll, rows: tuple[ZRow, ...]) -> None:
    """The craft bar chart on a roll: each craft's name, then its bar and amount."""
    if not rows:
        return
    biggest = max(r.amount for r in rows) or 1
    size = roll.paper.body - 1
    for row in rows:
        roll.text(f"{row.label_hi} · {row.label}" if row.label_hi else row.label, size)
        amount = format_inr(row.amount, decimals=False)
        span = roll.width - fonts.text_width(amount, size, bold=True) - 4

        def bar(c: Canvas, x: float, y: float, row: ZRow = row, amount: str = amount,
                span: float = span) -> None:
            length = max(span * row.amount / biggest, 1)
            c.setFillGray(BAR_GREY)
            c.rect(x, y + 1, length, 7, stroke=0, fill=1)
            c.setFillGray(0)
            fonts.draw_text(c, x + length + 3, y + 2, amount, size, bold=True)

        roll.custom(10, bar)
    roll.gap(2)


def _roll_section(roll: Roll, title: str) -> None:
    roll.gap(3)
    roll.text(title, roll.paper.body + 1, bold=True)
    roll.rule(dashed=False, weight=0.6)


def _render_roll(data: ZReportData, paper: Paper, out: str | Path | None) -> bytes:
    roll = Roll(paper)
    body = paper.body
    roll.text(data.seller.name or "Mela POS stall", body + 2, bold=True, align="centre")
    roll.text("Z Report / दैनिक समापन रिपोर्ट", body + 2, bold=True, align="centre")
    roll.text(f"Business day {data.business_date} · device {data.device_code}", body,
              align="centre")
    roll.rule()
    for label, value in _day_rows(data):
        roll.pair(label, value)
    _roll_section(roll, "Cash / नकद")
    for label, value in _cash_rows(data):
        roll.pair(label, value, bold=label == "Variance")
        if label == "Counted":
            for denomination, count, amount in _denominations(data):
                roll.pair(f"{denomination} × {count}" if count else denomination, amount,
                          indent=body)
    _roll_section(roll, "Sales / बिक्री")
    for label, value in _sales_rows(data):
        roll.pair(label, value, bold=label == "Net after refunds")
    if data.preorders_taken or data.preorder_advances:
        roll.pair(f"Pre-order advances ({data.preorders_taken})",
                  format_inr(data.preorder_advances))
    if data.leads_taken:
        roll.pair("Buyer leads", format_number(data.leads_taken))
    _roll_section(roll, "By payment method / भुगतान")
    for r in data.by_method:
        roll.pair(f"{METHODS.get(r.label, r.label)} ({r.count})", format_inr(r.amount))
    _roll_section(roll, "By tax rate / कर दर")
    for t in data.by_rate:
        roll.pair(f"{t.rate}% on {format_inr(t.taxable)}", format_inr(t.tax))
    _roll_section(roll, "By craft / शिल्प")
    _roll_bars(roll, data.by_craft)
    for r in data.by_craft:
        roll.pair(f"{_both(r)} ({r.count})", format_inr(r.amount))
    _roll_section(roll, "By artisan / कारीगर")
    for r in data.by_artisan:
        roll.pair(f"{_both(r)} ({r.count})", format_inr(r.amount))
    if data.refunds:
        _roll_section(roll, "Refunds / वापसी")
        for r in data.refunds:
            roll.pair(r.label, f"-{format_inr(r.amount)}")
    if data.voids:
        _roll_section(roll, "Voided bills / रद्द बिल")
        for r in data.voids:
            roll.pair(r.label, format_inr(r.amount))
    for who in ("Cashier / कैशियर", "Manager / प्रबंधक"):
        roll.gap(22)
        roll.rule(dashed=False, weight=0.4)
        roll.text(who, body - 1)
    return roll.render(out, title=f"Z report {data.business_date}")


@fonts.one_at_a_time
def render_zreport(
    data: ZReportData, out: str | Path | None = None, *, paper: str = "a4"
) -> bytes:
    """Render the Z report of a day to PDF bytes (and to ``out`` when given).

    Args:
        paper: ``"a4"`` for the file, or ``"roll80"`` / ``"roll58"`` for a stall whose only
            printer is a thermal one.
    """
    if paper == "a4":
        return _render_a4(data, out)
    if paper not in PAPERS:
        raise InputError(f"A Z report is printed on a4, roll80 or roll58, not {paper!r}.")
    return _render_roll(data, PAPERS[paper], out)
