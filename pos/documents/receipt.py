"""The roll receipt (80 mm and 58 mm thermal paper): a GST tax invoice or bill of supply.

It carries what the GST rules ask of a retail invoice (seller, GSTIN, number, date, HSN,
taxable value and tax by rate, place of supply for a registered buyer) and what a buyer at
a fair wants: both names of each piece, the total in words, how it was paid, and a QR that
either verifies the bill or, while it is unpaid, pays it by UPI.
"""

from __future__ import annotations

from pathlib import Path

from pos.documents import fonts
from pos.documents.layout import PAPERS, Paper, Roll
from pos.documents.model import LineData, PaymentData, ReceiptData
from pos.documents.qr import verification_payload
from pos.money import amount_in_words, format_inr
from pos.payments import upi_link
from pos.phone import format_for_display

METHOD_NAMES = {"cash": "Cash / नकद", "upi": "UPI", "card": "Card / कार्ड"}
THANKS_HI = "धन्यवाद! फिर पधारें।"
THANKS_EN = "Thank you! Please visit again."
COMPOSITION_NOTE = "Composition taxable person, not eligible to collect tax on supplies."


def qr_payload(data: ReceiptData) -> tuple[str, str]:
    """The receipt's QR text and its caption: a UPI link for an unpaid balance when the stall
    has a UPI ID, else the verification payload."""
    if data.balance_due > 0 and data.seller.upi_vpa and not data.voided:
        # The same link the pay dialog shows, so either QR pays the same bill.
        link = upi_link(data.seller, data.balance_due, data.invoice_no,
                        f"Bill {data.invoice_no}")
        return link, f"Scan to pay {format_inr(data.balance_due)} by UPI"
    payload = verification_payload(data.invoice_no, data.created_at, data.total,
                                   data.device_code, data.bill_hash)
    return payload, "Scan to verify this bill"


def _seller(roll: Roll, data: ReceiptData) -> None:
    s = data.seller
    body = roll.paper.body
    roll.text(s.name or "Mela POS stall", body + 3, bold=True, align="centre")
    if s.address:
        roll.text(s.address, body - 0.5, align="centre")
    if s.phone:
        roll.text(f"Phone {s.phone}", body - 0.5, align="centre")
    if s.gstin:
        roll.text(f"GSTIN {s.gstin}", body, bold=True, align="centre")
    roll.gap(3)
    en, hi = data.title
    roll.text(f"{en} / {hi}", body + 1.5, bold=True, align="centre")
    if s.composition:
        roll.text(COMPOSITION_NOTE, body - 1.5, align="centre")
    if data.voided:
        roll.text("VOID — रद्द", body + 3, bold=True, align="centre")
    roll.gap(2)


def _header(roll: Roll, data: ReceiptData) -> None:
    roll.pair("Bill No", data.invoice_no, bold=True)
    roll.pair("Date", data.created_at.strftime("%d-%m-%Y %H:%M IST"))
    if data.staff_name:
        roll.pair("Staff", data.staff_name)
    if data.preorder_no:
        roll.pair("Pre-order", data.preorder_no)
    if data.buyer_name or data.buyer_gstin or data.buyer_phone:
        roll.gap(1)
        roll.text(f"Buyer: {data.buyer_name or ''}".rstrip(), bold=True)
        if data.buyer_phone:
            roll.text(f"Phone {format_for_display(data.buyer_phone)}")
        if data.buyer_address:
            roll.text(data.buyer_address)
        if data.buyer_gstin:
            roll.text(f"GSTIN {data.buyer_gstin}")
        roll.text(f"Place of supply: {data.place_of_supply}")


def _line(roll: Roll, line: LineData, taxed: bool) -> None:
    body = roll.paper.body
    roll.text(f"{line.line_no}. {line.name_hi}", body, bold=True)
    roll.text(line.name_en, body, indent=body)
    hsn = f"HSN {line.hsn}" + (f" · GST {line.gst_rate}%" if line.gst_rate and taxed else "")
    # No-break spaces keep "2 × ₹1,250.00" on one line on the narrow roll.
    qty = f"{line.qty}\u00a0×\u00a0{format_inr(line.unit_price)}"
    amount = format_inr(line.gross)
    one_row = f"{hsn}   {qty}"
    room = roll.width - body - fonts.text_width(amount, body) - body
    if fonts.text_width(one_row, body) <= room:
        roll.pair(one_row, amount, indent=body)
    else:
        roll.text(hsn, body - 0.5, indent=body)
        roll.pair(qty, amount, indent=body)
    if line.discount:
        reason = f" ({line.discount_reason})" if line.discount_reason else ""
        roll.pair(f"Discount{reason}", f"-{format_inr(line.discount)}", indent=body)


def _taxes(roll: Roll, data: ReceiptData) -> None:
    roll.pair("Gross / कुल", format_inr(data.gross))
    if data.discount:
        roll.pair("Discount / छूट", f"-{format_inr(data.discount)}")
        if data.bill_discount:
            # The bill discount is already spread over the lines above (so each line's tax
            # is on what was really paid); say how much of the total it was.
            reason = f" ({data.bill_discount_reason})" if data.bill_discount_reason else ""
            roll.text(f"incl. {format_inr(data.bill_discount)} off the bill{reason}",
                      roll.paper.body - 1, indent=roll.paper.body)
    if data.doc_type == "tax_invoice":
        roll.pair("Taxable value", format_inr(data.taxable))
        for t in data.tax_summary:
            if not t.tax:
                continue
            if t.igst:
                roll.pair(f"IGST {t.rate}% on {format_inr(t.taxable)}", format_inr(t.igst))
            else:
                half = f"{t.rate / 2:g}%"
                roll.pair(f"CGST {half} on {format_inr(t.taxable)}", format_inr(t.cgst))
                roll.pair(f"SGST {half} on {format_inr(t.taxable)}", format_inr(t.sgst))
    if data.round_off:
        sign = "+" if data.round_off > 0 else "-"
        roll.pair("Round-off", f"{sign}{format_inr(abs(data.round_off))}")


def _payment_lines(p: PaymentData) -> list[tuple[str, str, bool]]:
    """(label, amount, indented) rows for one payment."""
    rows = [(METHOD_NAMES.get(p.method, p.method), format_inr(p.amount), False)]
    if p.method == "cash" and p.tendered:
        rows.append(("Tendered", format_inr(p.tendered), True))
        rows.append(("Change / वापसी", format_inr(p.change or 0), True))
    elif p.reference:
        label = "UTR" if p.method == "upi" else "Ref"
        rows.append((f"{label} {p.reference}", "", True))
    return rows


def build(data: ReceiptData, paper: Paper) -> Roll:
    """Lay out a receipt on a roll (measured, not yet drawn)."""
    roll = Roll(paper)
    body = paper.body
    _seller(roll, data)
    roll.rule()
    _header(roll, data)
    roll.rule()
    for line in data.lines:
        _line(roll, line, data.doc_type == "tax_invoice")
    roll.rule()
    _taxes(roll, data)
    roll.rule(dashed=False, weight=0.9)
    roll.pair("TOTAL / कुल देय", format_inr(data.total), body + 3, bold=True)
    roll.text(amount_in_words(data.total), body - 0.5)
    roll.rule()
    for payment in data.payments:
        for left, right, indented in _payment_lines(payment):
            roll.pair(left, right, indent=body if indented else 0)
    if len(data.payments) > 1:
        roll.pair("Paid", format_inr(data.paid), bold=True)
    if data.balance_due:
        roll.pair("Balance due / बकाया", format_inr(data.balance_due), bold=True)
    for refund in data.refunds:
        roll.pair(f"Refunded {refund.credit_note_no} {refund.created_at:%d-%m-%Y}",
                  f"-{format_inr(refund.amount)}")
    roll.gap(4)
    payload, caption = qr_payload(data)
    roll.qr(payload, min(paper.printable * 0.62, 44 * 2.8346), caption)
    roll.gap(3)
    roll.text(THANKS_HI, body + 1, bold=True, align="centre")
    roll.text(THANKS_EN, body, align="centre")
    return roll


@fonts.one_at_a_time
def render_receipt(
    data: ReceiptData, paper: str | Paper = "roll80", out: str | Path | None = None
) -> bytes:
    """Render a roll receipt to PDF bytes (and to ``out`` when given).

    Args:
        data: the bill, from ``model.receipt_data``.
        paper: ``"roll80"``, ``"roll58"`` or a ``Paper``.
        out: optional file path to write.
    """
    roll = build(data, PAPERS[paper] if isinstance(paper, str) else paper)
    return roll.render(out, title=f"{data.title[0]} {data.invoice_no}")
