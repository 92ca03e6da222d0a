"""Roll receipts: page sizes, printed totals, wrapping of long names, and their QR codes."""

from __future__ import annotations

import pytest

from pos.documents import model, qr
from pos.documents.layout import PAPERS
from pos.documents.receipt import render_receipt
from pos.errors import NotFound
from pos.money import amount_in_words, format_inr
from pos.store import Database
from tests.helpers import doc_fixtures as fx
from tests.helpers import pdf_read

WIDTHS = {"roll80": 226.77, "roll58": 164.41}


@pytest.fixture
def staff(db: Database) -> str:
    return fx.set_up_stall(db)


def _items(n: int) -> list[fx.Item]:
    return [
        fx.Item(*fx.LONG_NAMES[i % len(fx.LONG_NAMES)], price=45_000 + i * 1_275,
                qty=1 + i % 3, rate=(5, 12, 18, 3)[i % 4])
        for i in range(n)
    ]


@pytest.mark.parametrize("paper", ["roll80", "roll58"])
@pytest.mark.parametrize("lines", [1, 60])
def test_receipt_width_text_and_totals(db: Database, staff: str, paper: str, lines: int) -> None:
    bill = fx.make_bill(db, _items(lines), staff_id=staff)
    data = model.receipt_data(db, bill.invoice_no)
    pdf = render_receipt(data, paper)
    (page,) = pdf_read.pages(pdf)
    assert page.width == pytest.approx(WIDTHS[paper], abs=0.01)
    text = pdf_read.flat(page.text)
    order = db.execute("SELECT total_paise, taxable_paise, gross_paise, cgst_paise, "
                       "sgst_paise FROM orders WHERE id = ?", [bill.order_id]).fetchone()
    total, taxable, gross, cgst, sgst = order
    # The total in figures is followed by the same total in words.
    assert f"{format_inr(total)}{pdf_read.flat(amount_in_words(total))}" in text
    assert f"Taxablevalue{format_inr(taxable)}" in text
    assert "Gross/" in text and format_inr(gross) in text
    assert pdf_read.flat(amount_in_words(total)) in text
    assert data.invoice_no in text
    # The printed CGST and SGST lines add up to the stored bill tax.
    assert sum(t.cgst for t in data.tax_summary) == cgst
    assert sum(t.sgst for t in data.tax_summary) == sgst
    for t in data.tax_summary:
        assert format_inr(t.cgst) in text and format_inr(t.sgst) in text
    # Nothing is cut off: every character lies inside the printable width.
    margin = PAPERS[paper].margin
    for left, _bottom, right, _top in page.boxes:
        assert left >= margin - 0.5 and right <= page.width - margin + 0.5


def test_sixty_lines_make_a_longer_page(db: Database, staff: str) -> None:
    short = model.receipt_data(db, fx.make_bill(db, _items(1), staff_id=staff).invoice_no)
    long = model.receipt_data(db, fx.make_bill(db, _items(60), staff_id=staff).invoice_no)
    h1 = pdf_read.pages(render_receipt(short, "roll58"))[0].height
    h60 = pdf_read.pages(render_receipt(long, "roll58"))[0].height
    assert h60 > h1 * 5
    every_name = pdf_read.flat(pdf_read.pages(render_receipt(long, "roll58"))[0].text)
    assert every_name.count("Sikkigrassjewellerybox") == 10


def test_paid_bill_qr_verifies_the_stored_bill(db: Database, staff: str) -> None:
    bill = fx.make_bill(db, _items(2), staff_id=staff)
    data = model.receipt_data(db, bill.invoice_no)
    (text,) = pdf_read.qr_texts(render_receipt(data, "roll58"))
    fields = qr.parse_verification_payload(text)
    (stored_hash,) = db.execute("SELECT payload_hash FROM outbox WHERE record_id = ?",
                                [bill.order_id]).fetchone()
    assert fields["INV"] == bill.invoice_no
    assert fields["TOTAL"] == f"INR {bill.total // 100}.{bill.total % 100:02d}"
    assert fields["DEVICE"] == "S01"
    assert fields["HASH"] == stored_hash[:12]
    assert fields["DATE"] == data.created_at.strftime("%Y-%m-%d %H:%M IST")


def test_unpaid_bill_qr_is_the_upi_link(db: Database, staff: str) -> None:
    bill = fx.make_bill(db, _items(3), [], staff_id=staff)
    data = model.receipt_data(db, bill.invoice_no)
    pdf = render_receipt(data, "roll80")
    (link,) = pdf_read.qr_texts(pdf)
    fields = qr.parse_upi_link(link)
    assert fields == {
        "pa": "umsas.stall@sbi", "pn": "UMSAS Stall",
        "am": f"{bill.total // 100}.{bill.total % 100:02d}", "cu": "INR",
        "tr": bill.invoice_no, "tn": f"Bill {bill.invoice_no}",
    }
    assert "Balancedue" in pdf_read.flat(pdf_read.pages(pdf)[0].text)


def test_split_payment_and_refund_are_printed(db: Database, staff: str) -> None:
    items = _items(2)
    total = fx.make_bill(db, items, [], staff_id=staff).total  # only to learn the total
    upi = 100_000
    bill = fx.make_bill(db, items, [
        fx.Payment("upi", upi, reference="412345678901"),
        fx.Payment("cash", total - upi, tendered=total - upi + 5_000),
    ], staff_id=staff)
    fx.make_refund(db, bill, 0, 1, staff_id=staff)
    data = model.receipt_data(db, bill.invoice_no)
    assert data.paid == data.total and len(data.refunds) == 1
    text = pdf_read.flat(pdf_read.pages(render_receipt(data, "roll58"))[0].text)
    assert "UTR412345678901" in text
    assert "Change/" in text and format_inr(5_000) in text
    assert f"Paid{format_inr(total)}" in text
    assert "RefundedCN/2627/0001" in text


def test_inter_state_bill_prints_igst(db: Database, staff: str) -> None:
    bill = fx.make_bill(db, _items(2), staff_id=staff, inter_state=True,
                        buyer={"name": "Meera Iyer", "gstin": "29ABCDE1234F1Z5",
                               "state_code": "29", "address": "Indiranagar, Bengaluru"})
    text = pdf_read.flat(pdf_read.pages(
        render_receipt(model.receipt_data(db, bill.invoice_no)))[0].text)
    assert "IGST" in text and "CGST" not in text
    assert "Placeofsupply:state29" in text


def test_bill_of_supply_has_no_tax_lines(db: Database) -> None:
    staff = fx.set_up_stall(db, seller={**fx.SELLER, "composition": True})
    bill = fx.make_bill(db, _items(1), staff_id=staff, doc_type="bill_of_supply")
    text = pdf_read.flat(pdf_read.pages(
        render_receipt(model.receipt_data(db, bill.invoice_no), "roll58"))[0].text)
    assert "BillofSupply" in text and "CGST" not in text
    assert "Compositiontaxableperson" in text


def test_unknown_invoice_is_a_clear_error(db: Database, staff: str) -> None:
    with pytest.raises(NotFound, match="no bill with invoice number 'S01/2627/999999'"):
        model.receipt_data(db, "S01/2627/999999")


def test_receipt_written_to_a_file(db: Database, staff: str, tmp_path: object) -> None:
    from pathlib import Path

    out = Path(str(tmp_path)) / "bill.pdf"
    bill = fx.make_bill(db, _items(1), staff_id=staff)
    data = render_receipt(model.receipt_data(db, bill.invoice_no), "roll80", out)
    assert out.read_bytes() == data and data.startswith(b"%PDF")
