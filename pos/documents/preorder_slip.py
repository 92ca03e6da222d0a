"""The pre-order slip: what the buyer ordered, what they paid and what they still owe.

Printed on the roll for the buyer to keep until delivery. The advance itself is billed
separately (a receipt voucher), whose number the slip quotes.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pos.documents import fonts
from pos.documents.layout import PAPERS, Paper, Roll
from pos.documents.model import PreorderSlipData
from pos.money import format_inr
from pos.phone import format_for_display


def _promised(text: str) -> str:
    try:
        return date.fromisoformat(text).strftime("%d-%m-%Y")
    except ValueError:
        return text


def build(data: PreorderSlipData, paper: Paper) -> Roll:
    """Lay out a pre-order slip on a roll."""
    roll = Roll(paper)
    body = paper.body
    s = data.seller
    roll.text(s.name or "Mela POS stall", body + 2, bold=True, align="centre")
    if s.address:
        roll.text(s.address, body - 0.5, align="centre")
    if s.phone:
        roll.text(f"Phone {s.phone}", body - 0.5, align="centre")
    roll.gap(3)
    roll.text("Pre-order Slip / अग्रिम आदेश पर्ची", body + 1.5, bold=True, align="centre")
    if data.status != "open":
        roll.text(data.status.upper(), body + 2, bold=True, align="centre")
    roll.rule()
    roll.pair("Pre-order No", data.preorder_no, bold=True)
    roll.pair("Date", data.created_at.strftime("%d-%m-%Y %H:%M IST"))
    if data.staff_name:
        roll.pair("Staff", data.staff_name)
    roll.rule()
    roll.text("Deliver to / पता", bold=True)
    if data.buyer_name:
        roll.text(data.buyer_name)
    roll.text(format_for_display(data.phone))
    roll.text(f"{data.address}, PIN {data.pin_code}")
    roll.gap(2)
    roll.pair("Promised by / वादा तिथि", _promised(data.promised_date), body + 1, bold=True)
    roll.rule()
    for no, item in enumerate(data.items, 1):
        if item.name_hi:
            roll.text(f"{no}. {item.name_hi}", bold=True)
            roll.text(item.description, indent=body)
        else:
            roll.text(f"{no}. {item.description}", bold=True)
        if item.unit_price is not None:
            roll.pair(f"{item.qty}\u00a0×\u00a0{format_inr(item.unit_price)}",
                      format_inr(item.qty * item.unit_price), indent=body)
        else:
            roll.pair(f"Qty {item.qty}", "", indent=body)
    roll.rule()
    roll.pair("Order value / कुल मूल्य", format_inr(data.total))
    roll.pair("Advance paid / अग्रिम", format_inr(data.advance))
    if data.advance_invoice_no:
        roll.text(f"Advance receipt {data.advance_invoice_no}", body - 0.5, indent=body)
    roll.rule(dashed=False, weight=0.9)
    roll.pair("Balance on delivery / शेष", format_inr(data.balance), body + 2, bold=True)
    if data.note:
        roll.gap(2)
        roll.text(f"Note: {data.note}", body - 0.5)
    roll.gap(4)
    roll.text("Please keep this slip until delivery. / डिलीवरी तक यह पर्ची संभाल कर रखें।",
              body - 0.5, align="centre")
    roll.text("धन्यवाद! Thank you!", body, bold=True, align="centre")
    return roll


@fonts.one_at_a_time
def render_preorder_slip(
    data: PreorderSlipData, paper: str | Paper = "roll80", out: str | Path | None = None
) -> bytes:
    """Render a pre-order slip to PDF bytes (and to ``out`` when given)."""
    roll = build(data, PAPERS[paper] if isinstance(paper, str) else paper)
    return roll.render(out, title=f"Pre-order {data.preorder_no}")
