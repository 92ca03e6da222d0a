"""The refund note (credit note): what came back, against which invoice, and the money
returned, with the tax reversed line by line so the accountant can reduce the GST return.
"""

from __future__ import annotations

from pathlib import Path

from pos.documents import fonts
from pos.documents.layout import PAPERS, Paper, Roll
from pos.documents.model import RefundNoteData
from pos.documents.receipt import METHOD_NAMES
from pos.money import amount_in_words, format_inr


def build(data: RefundNoteData, paper: Paper) -> Roll:
    """Lay out a refund note on a roll."""
    roll = Roll(paper)
    body = paper.body
    s = data.seller
    roll.text(s.name or "Mela POS stall", body + 2, bold=True, align="centre")
    if s.address:
        roll.text(s.address, body - 0.5, align="centre")
    if s.gstin:
        roll.text(f"GSTIN {s.gstin}", body, bold=True, align="centre")
    roll.gap(3)
    roll.text("Credit Note / Refund — वापसी पर्ची", body + 1.5, bold=True, align="centre")
    roll.rule()
    roll.pair("Credit note No", data.credit_note_no, bold=True)
    roll.pair("Date", data.created_at.strftime("%d-%m-%Y %H:%M IST"))
    roll.pair("Against invoice", data.invoice_no, bold=True)
    roll.pair("Invoice date", data.invoice_date.strftime("%d-%m-%Y"))
    if data.buyer_name:
        roll.pair("Buyer", data.buyer_name)
    roll.text(f"Reason: {data.reason}")
    roll.rule()
    for no, line in enumerate(data.lines, 1):
        roll.text(f"{no}. {line.name_hi}", bold=True)
        roll.text(line.name_en, indent=body)
        roll.pair(f"HSN {line.hsn} · GST {line.gst_rate}% · qty\u00a0{line.qty}",
                  format_inr(line.total), indent=body)
    roll.rule()
    roll.pair("Taxable value", format_inr(data.taxable))
    if data.igst:
        roll.pair("IGST reversed", format_inr(data.igst))
    else:
        roll.pair("CGST reversed", format_inr(data.cgst))
        roll.pair("SGST reversed", format_inr(data.sgst))
    if data.round_off:
        sign = "+" if data.round_off > 0 else "-"
        roll.pair("Round-off", f"{sign}{format_inr(abs(data.round_off))}")
    roll.rule(dashed=False, weight=0.9)
    roll.pair("REFUNDED / लौटाया", format_inr(data.amount), body + 3, bold=True)
    roll.text(amount_in_words(data.amount), body - 0.5)
    method = METHOD_NAMES.get(data.method, data.method)
    roll.pair(f"Paid back by {method}", data.reference or "")
    roll.rule()
    if data.staff_name:
        roll.pair("Staff", data.staff_name)
    if data.approved_by:
        roll.pair("Approved by", data.approved_by)
    roll.gap(14)
    roll.rule(dashed=False, weight=0.4)
    roll.text("Buyer's signature / क्रेता के हस्ताक्षर", body - 0.5, align="centre")
    return roll


@fonts.one_at_a_time
def render_refund_note(
    data: RefundNoteData, paper: str | Paper = "roll80", out: str | Path | None = None
) -> bytes:
    """Render a refund note to PDF bytes (and to ``out`` when given)."""
    roll = build(data, PAPERS[paper] if isinstance(paper, str) else paper)
    return roll.render(out, title=f"Credit note {data.credit_note_no}")
