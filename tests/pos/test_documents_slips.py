"""Pre-order slips and refund notes on roll paper."""

from __future__ import annotations

import pytest

from pos.documents import model
from pos.documents.preorder_slip import render_preorder_slip
from pos.documents.refund_note import render_refund_note
from pos.errors import NotFound
from pos.money import amount_in_words, format_inr
from pos.store import Database
from tests.helpers import doc_fixtures as fx
from tests.helpers import pdf_read

WIDTHS = {"roll80": 226.77, "roll58": 164.41}


@pytest.fixture
def staff(db: Database) -> str:
    return fx.set_up_stall(db)


@pytest.mark.parametrize("paper", ["roll80", "roll58"])
def test_refund_note_points_at_the_invoice(db: Database, staff: str, paper: str) -> None:
    items = [fx.Item(*fx.LONG_NAMES[0], price=1_850_050, qty=2, rate=12)]
    bill = fx.make_bill(db, items, staff_id=staff)
    fx.make_refund(db, bill, 0, 1, staff_id=staff)
    data = model.refund_note_data(db, "CN/2627/0001")
    (page,) = pdf_read.pages(render_refund_note(data, paper))
    assert page.width == pytest.approx(WIDTHS[paper], abs=0.01)
    text = pdf_read.flat(page.text)
    (stored,) = db.execute("SELECT amount_paise FROM refunds").fetchone()
    assert data.amount == stored
    assert f"Againstinvoice{bill.invoice_no}" in text
    assert format_inr(stored) in text and pdf_read.flat(amount_in_words(stored)) in text
    assert f"CGSTreversed{format_inr(data.cgst)}" in text
    assert "Reason:Colournotasexpected" in text


def test_unknown_refund_is_a_clear_error(db: Database, staff: str) -> None:
    with pytest.raises(NotFound, match="no refund with credit note number 'CN/1'"):
        model.refund_note_data(db, "CN/1")


@pytest.mark.parametrize("paper", ["roll80", "roll58"])
def test_preorder_slip_shows_advance_and_balance(db: Database, staff: str, paper: str) -> None:
    advance = fx.make_bill(db, [fx.Item("Advance for pre-order", "अग्रिम", 500_000)],
                           [fx.Payment("upi", 500_000, reference="998877665544")],
                           staff_id=staff, doc_type="receipt_voucher")
    number = fx.make_preorder(db, staff_id=staff, advance_bill=advance)
    data = model.preorder_slip_data(db, number)
    (page,) = pdf_read.pages(render_preorder_slip(data, paper))
    assert page.width == pytest.approx(WIDTHS[paper], abs=0.01)
    text = pdf_read.flat(page.text)
    assert f"Pre-orderNo{number}" in text
    assert format_inr(2_100_000) in text and format_inr(500_000) in text
    assert format_inr(1_600_000) in text
    assert f"Advancereceipt{advance.invoice_no}" in text
    assert "AnjaliSinha" in text and "PIN800001" in text
    promised = data.promised_date
    assert f"{promised[8:10]}-{promised[5:7]}-{promised[:4]}" in text
    margin = (page.width - {"roll80": 204.09, "roll58": 136.06}[paper]) / 2
    for left, _b, right, _t in page.boxes:
        assert left >= margin - 0.5 and right <= page.width - margin + 0.5


def test_unknown_preorder_is_a_clear_error(db: Database, staff: str) -> None:
    with pytest.raises(NotFound, match="no pre-order with number 'PO/X'"):
        model.preorder_slip_data(db, "PO/X")
