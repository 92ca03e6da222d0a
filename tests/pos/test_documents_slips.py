"""Pre-order slips and refund notes, for pre-orders and refunds made by the real code."""

from __future__ import annotations

import pytest

from pos.cart import Buyer
from pos.documents import model
from pos.documents.layout import PAPERS
from pos.documents.preorder_slip import render_preorder_slip
from pos.documents.refund_note import render_refund_note
from pos.errors import InputError, NotFound
from pos.money import amount_in_words, format_inr
from tests.helpers import doc_stall as stall_fixtures
from tests.helpers import pdf_read
from tests.helpers.doc_stall import DocStall

doc_stall_template = stall_fixtures.doc_stall_template
doc_stall = stall_fixtures.doc_stall

WIDTHS = {"roll80": 226.77, "roll58": 164.41}


def _inside(page: pdf_read.PageInfo, paper: str) -> bool:
    margin = PAPERS[paper].margin
    return all(left >= margin - 0.5 and right <= page.width - margin + 0.5
               for left, _b, right, _t in page.boxes)


@pytest.mark.parametrize("paper", ["roll80", "roll58"])
def test_refund_note_points_at_the_invoice(doc_stall: DocStall, paper: str) -> None:
    sale = doc_stall.sell([(0, 2), (1, 1), (2, 1)])
    lines = [r[0] for r in doc_stall.db.execute(
        "SELECT id FROM order_lines WHERE order_id = ? ORDER BY line_no", [sale.order_id])]
    refund = doc_stall.refund(sale.invoice_no, {lines[0]: 1, lines[2]: 1}, method="upi",
                              reference="556677889900")
    data = model.refund_note_data(doc_stall.db, refund.credit_note_no)
    assert data.amount == refund.amount_paise and len(data.lines) == 2
    (page,) = pdf_read.pages(render_refund_note(data, paper))
    assert page.width == pytest.approx(WIDTHS[paper], abs=0.01) and _inside(page, paper)
    text = pdf_read.flat(page.text)
    assert f"Creditnote No{refund.credit_note_no}".replace(" ", "") in text
    assert f"Againstinvoice{sale.invoice_no}" in text
    words = pdf_read.flat(amount_in_words(refund.amount_paise))
    assert f"{format_inr(refund.amount_paise)}{words}" in text
    assert f"CGSTreversed{format_inr(refund.cgst_paise)}" in text
    assert f"SGSTreversed{format_inr(refund.sgst_paise)}" in text
    assert "Reason:Colournotasexpected" in text and "PaidbackbyUPI556677889900" in text
    assert "ApprovedbyAshaDevi" in text


def test_unknown_refund_is_a_clear_error(doc_stall: DocStall) -> None:
    with pytest.raises(NotFound, match="no refund with credit note number 'CN/1'"):
        model.refund_note_data(doc_stall.db, "CN/1")


@pytest.mark.parametrize("paper", ["roll80", "roll58"])
def test_preorder_slip_shows_advance_and_balance(doc_stall: DocStall, paper: str) -> None:
    taken = doc_stall.preorder()
    data = model.preorder_slip_data(doc_stall.db, taken.preorder_no)
    (page,) = pdf_read.pages(render_preorder_slip(data, paper))
    assert page.width == pytest.approx(WIDTHS[paper], abs=0.01) and _inside(page, paper)
    text = pdf_read.flat(page.text)
    assert f"Pre-orderNo{taken.preorder_no}" in text
    assert f"{format_inr(taken.total_paise)}" in text
    assert f"{format_inr(taken.advance_paise)}" in text
    assert f"{format_inr(taken.balance_paise)}" in text
    assert taken.balance_paise == taken.total_paise - taken.advance_paise
    assert f"Advancereceipt{taken.advance_invoice_no}" in text
    assert "AnjaliSinha" in text and "PIN800001" in text and "+919876543210" in text
    promised = taken.promised_date
    assert f"{promised[8:10]}-{promised[5:7]}-{promised[:4]}" in text
    assert "Sikkigrasselephantpair" in text and "2×₹1,250.00" in text


def test_unknown_preorder_is_a_clear_error(doc_stall: DocStall) -> None:
    with pytest.raises(NotFound, match="no pre-order with number 'PO/X'"):
        model.preorder_slip_data(doc_stall.db, "PO/X")


def test_refund_note_of_a_sixty_line_bill(doc_stall: DocStall) -> None:
    buyer = Buyer(name="Ravi Kumar Handicraft Emporium", address="Kankarbagh, Patna 800020")
    sale = doc_stall.sell([(i, 1) for i in range(60)], buyer=buyer)
    refund = doc_stall.refund(sale.invoice_no)
    data = model.refund_note_data(doc_stall.db, refund.credit_note_no)
    assert len(data.lines) == 60 and data.amount == refund.amount_paise == sale.total_paise
    (page,) = pdf_read.pages(render_refund_note(data, "roll58"))
    assert _inside(page, "roll58")
    text = pdf_read.flat(page.text)
    assert text.count("Sikkigrassjewellerybox") == 10
    assert "REFUNDED/" in text and format_inr(refund.amount_paise) in text


def test_a_bill_too_long_for_a_roll_is_refused_clearly() -> None:
    from pos.documents.layout import ROLL58, Roll

    roll = Roll(ROLL58)
    for _ in range(2000):  # 9.24 pt a line: 18,480 pt
        roll.text("मधुबनी चित्रकला Madhubani painting")
    with pytest.raises(InputError, match="too long for roll paper"):
        roll.render()


def test_refund_note_by_a_lower_case_number(doc_stall: DocStall) -> None:
    sale = doc_stall.sell([(0, 1), (1, 2)])
    refund = doc_stall.refund(sale.invoice_no)
    data = model.refund_note_data(doc_stall.db, f" {refund.credit_note_no.lower()}")
    assert data.credit_note_no == refund.credit_note_no and data.invoice_no == sale.invoice_no
    assert sum(line.total for line in data.lines) == data.amount - data.round_off


def test_preorder_slip_by_a_lower_case_number(doc_stall: DocStall) -> None:
    taken = doc_stall.preorder()
    data = model.preorder_slip_data(doc_stall.db, f"{taken.preorder_no.lower()} ")
    assert data.preorder_no == taken.preorder_no
    assert data.advance_invoice_no == taken.advance_invoice_no is not None
