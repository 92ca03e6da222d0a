"""Roll receipts of real checkouts: page sizes, printed totals, wrapping and QR codes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pos import catalogue, profile
from pos.bills import load_bill
from pos.cart import Buyer, Cart, Discount
from pos.documents import model, qr
from pos.documents.invoice_a5 import render_invoice_a5
from pos.documents.layout import PAPERS
from pos.documents.receipt import render_receipt
from pos.errors import NotFound
from pos.money import amount_in_words, format_inr
from pos.payments import Payment
from pos.store import Database
from tests.helpers import doc_fixtures as fx
from tests.helpers import doc_stall as stall_fixtures
from tests.helpers import pdf_read
from tests.helpers.doc_stall import DocStall

doc_stall_template = stall_fixtures.doc_stall_template
doc_stall = stall_fixtures.doc_stall

WIDTHS = {"roll80": 226.77, "roll58": 164.41}


@pytest.mark.parametrize("paper", ["roll80", "roll58"])
@pytest.mark.parametrize("lines", [1, 60])
def test_receipt_width_text_and_totals(doc_stall: DocStall, paper: str, lines: int) -> None:
    buyer = Buyer(name="Ravi Kumar Handicraft Emporium", address="Kankarbagh, Patna 800020")
    sale = doc_stall.sell([(i, 1 + i % 3) for i in range(lines)], buyer=buyer)
    data = model.receipt_data(doc_stall.db, sale.invoice_no)
    pdf = render_receipt(data, paper)
    (page,) = pdf_read.pages(pdf)
    assert page.width == pytest.approx(WIDTHS[paper], abs=0.01)
    text = pdf_read.flat(page.text)
    total, taxable, gross, cgst, sgst = doc_stall.db.execute(
        "SELECT total_paise, taxable_paise, gross_paise, cgst_paise, sgst_paise FROM orders "
        "WHERE invoice_no = ?", [sale.invoice_no]).fetchone()
    assert total == sale.total_paise == data.total
    # The total in figures is followed by the same total in words.
    assert f"{format_inr(total)}{pdf_read.flat(amount_in_words(total))}" in text
    assert f"Taxablevalue{format_inr(taxable)}" in text
    assert f"Gross/कुल{format_inr(gross)}" in text
    assert sale.invoice_no in text and "SunitaDevi" in text
    assert "TaxInvoice" in text and "GSTIN10AAAGU1234F1ZX" in text
    # The CGST and SGST printed per rate add up to the stored bill tax.
    assert sum(t.cgst for t in data.tax_summary) == cgst
    assert sum(t.sgst for t in data.tax_summary) == sgst
    for t in data.tax_summary:
        assert f"on{format_inr(t.taxable)}{format_inr(t.cgst)}" in text
    for line in data.lines:
        assert format_inr(line.gross) in text
        # Both names, the Hindi one extracted as typed (shaped glyphs carry /ActualText).
        assert f"{line.line_no}.{pdf_read.flat(line.name_hi)}{pdf_read.flat(line.name_en)}" in text
    # Nothing is cut off: every character lies inside the printable width.
    margin = PAPERS[paper].margin
    for left, _bottom, right, _top in page.boxes:
        assert left >= margin - 0.5 and right <= page.width - margin + 0.5


def test_sixty_lines_make_a_longer_page(doc_stall: DocStall) -> None:
    one = model.receipt_data(doc_stall.db, doc_stall.sell([(0, 1)]).invoice_no)
    buyer = Buyer(name="Ravi Kumar", address="Kankarbagh, Patna 800020")
    sixty = model.receipt_data(
        doc_stall.db, doc_stall.sell([(i, 1) for i in range(1, 61)], buyer=buyer).invoice_no)
    h1 = pdf_read.pages(render_receipt(one, "roll58"))[0].height
    page = pdf_read.pages(render_receipt(sixty, "roll58"))[0]
    assert page.height > h1 * 5
    assert pdf_read.flat(page.text).count("Sikkigrassjewellerybox") == 10


def test_paid_bill_qr_verifies_the_stored_bill(doc_stall: DocStall) -> None:
    sale = doc_stall.sell([(2, 1), (3, 1)])
    data = model.receipt_data(doc_stall.db, sale.invoice_no)
    (text,) = pdf_read.qr_texts(render_receipt(data, "roll58"))
    fields = qr.parse_verification_payload(text)
    (stored_hash,) = doc_stall.db.execute(
        "SELECT payload_hash FROM outbox WHERE record_id = ? AND kind = 'order'",
        [sale.order_id]).fetchone()
    assert fields == {
        "INV": sale.invoice_no,
        "DATE": data.created_at.strftime("%Y-%m-%d %H:%M IST"),
        "TOTAL": f"INR {sale.total_paise // 100}.{sale.total_paise % 100:02d}",
        "DEVICE": sale.invoice_no.split("/")[0],
        "HASH": stored_hash[:12],
    }


def test_unpaid_bill_qr_is_the_upi_link(db: Database) -> None:
    """A bill with money still due (written directly: checkout never leaves one) carries the
    UPI link for the balance."""
    staff = fx.set_up_stall(db)
    bill = fx.make_bill(db, [fx.Item(*fx.LONG_NAMES[i], price=99_950) for i in range(3)], [],
                        staff_id=staff)
    data = model.receipt_data(db, bill.invoice_no)
    pdf = render_receipt(data, "roll80")
    (link,) = pdf_read.qr_texts(pdf)
    assert qr.parse_upi_link(link) == {
        "pa": "umsas.stall@sbi", "pn": "UMSAS Stall",
        "am": f"{bill.total // 100}.{bill.total % 100:02d}", "cu": "INR",
        "tr": bill.invoice_no, "tn": f"Bill {bill.invoice_no}",
    }
    assert f"Balancedue/बकाया{format_inr(bill.total)}" in pdf_read.flat(
        pdf_read.pages(pdf)[0].text)


def test_split_payment_discounts_and_refund(doc_stall: DocStall) -> None:
    line_off = Discount("percent", 1000, "Fair offer")
    bill_off = Discount("amount", 10_000, "Regular buyer")
    cart = Cart()
    cart.add(catalogue.get(doc_stall.db, "MB-1000"), 2)
    cart.add(catalogue.get(doc_stall.db, "MB-1005"), 1)
    cart.set_line_discount(0, line_off)
    cart.bill_discount = bill_off
    due = cart.totals().total_paise
    upi = 50_000
    sale = doc_stall.sell([(0, 2), (5, 1)], line_discount=line_off, bill_discount=bill_off,
                          payments=[Payment("upi", upi, reference="412345678901"),
                                    Payment("cash", due - upi, due - upi + 5_000)])
    line_ids = [r[0] for r in doc_stall.db.execute(
        "SELECT id FROM order_lines WHERE order_id = ? ORDER BY line_no", [sale.order_id])]
    refund = doc_stall.refund(sale.invoice_no, {line_ids[0]: 1})
    data = model.receipt_data(doc_stall.db, sale.invoice_no)
    assert data.paid == data.total == due and len(data.refunds) == 1
    text = pdf_read.flat(pdf_read.pages(render_receipt(data, "roll58"))[0].text)
    assert "UTR412345678901" in text
    assert f"Tendered{format_inr(due - upi + 5_000)}" in text
    assert f"{format_inr(5_000)}" in text and "Change/" in text
    assert f"Paid{format_inr(due)}" in text
    assert f"-{format_inr(data.discount)}" in text
    assert f"incl.{format_inr(10_000)}offthebill(Regularbuyer)" in text
    assert "Discount(Fairoffer;Regularbuyer)" in text
    assert f"Refunded{refund.credit_note_no}" in text and format_inr(refund.amount_paise) in text


def test_inter_state_bill_prints_igst(doc_stall: DocStall) -> None:
    buyer = Buyer(name="Meera Iyer", gstin="29ABCDE1234F1ZW", address="Indiranagar, Bengaluru")
    sale = doc_stall.sell([(0, 1), (1, 1)], buyer=buyer, inter_state=True)
    data = model.receipt_data(doc_stall.db, sale.invoice_no)
    text = pdf_read.flat(pdf_read.pages(render_receipt(data))[0].text)
    assert "IGST" in text and "CGST" not in text
    assert data.igst == sum(t.igst for t in data.tax_summary) > 0
    for t in data.tax_summary:
        assert f"IGST{t.rate}%on{format_inr(t.taxable)}{format_inr(t.igst)}" in text
    assert "Placeofsupply:29-Karnataka" in text and "GSTIN29ABCDE1234F1ZW" in text


def test_composition_seller_prints_a_bill_of_supply(doc_stall: DocStall) -> None:
    seller = profile.seller_profile(doc_stall.db)
    profile.save_seller_profile(doc_stall.db, profile.SellerProfile(
        **{**seller.__dict__, "composition": True}))
    sale = doc_stall.sell([(0, 1)])
    assert sale.doc_type == "bill_of_supply"
    text = pdf_read.flat(pdf_read.pages(
        render_receipt(model.receipt_data(doc_stall.db, sale.invoice_no), "roll58"))[0].text)
    assert "BillofSupply" in text and "CGST" not in text and "GST5%" not in text
    assert "Compositiontaxableperson" in text
    a5 = pdf_read.flat(pdf_read.pages(
        render_invoice_a5(model.receipt_data(doc_stall.db, sale.invoice_no)))[0].text)
    assert "BillofSupply" in a5 and "Compositiontaxableperson" in a5
    assert "Taxable" not in a5 and "CGST" not in a5 and "5%" not in a5
    assert f"Total/कुल{format_inr(sale.total_paise)}" in a5


def test_voided_bill_says_so(doc_stall: DocStall) -> None:
    sale = doc_stall.sell([(0, 1)])
    doc_stall.void(sale.invoice_no)
    text = pdf_read.flat(pdf_read.pages(
        render_receipt(model.receipt_data(doc_stall.db, sale.invoice_no)))[0].text)
    assert "VOID" in text


def test_unknown_invoice_is_a_clear_error(doc_stall: DocStall) -> None:
    with pytest.raises(NotFound, match="no bill with invoice number 'S01/2627/999999'"):
        model.receipt_data(doc_stall.db, "S01/2627/999999")


def test_receipt_written_to_a_file(doc_stall: DocStall, tmp_path: Path) -> None:
    out = tmp_path / "bill.pdf"
    sale = doc_stall.sell([(0, 1)])
    data = render_receipt(model.receipt_data(doc_stall.db, sale.invoice_no), "roll80", out)
    assert out.read_bytes() == data and data.startswith(b"%PDF")


def test_receipts_rendered_in_parallel_threads_match(doc_stall: DocStall) -> None:
    """Workers render receipts on their own threads; each must come out whole and right."""
    from concurrent.futures import ThreadPoolExecutor

    fonts_cache_clear()
    bills = [model.receipt_data(doc_stall.db, doc_stall.sell([(i, 1), (i + 7, 2)]).invoice_no)
             for i in range(6)]
    expected = [pdf_read.pages(render_receipt(b, "roll58"))[0].text for b in bills]
    fonts_cache_clear()
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda b: pdf_read.pages(render_receipt(b, "roll58"))[0].text,
                            bills * 3))
    assert got == expected * 3


def fonts_cache_clear() -> None:
    from pos.documents import fonts

    fonts.shaped_runs.cache_clear()


def test_invoice_number_is_read_as_the_orders_screen_reads_it(doc_stall: DocStall) -> None:
    sale = doc_stall.sell([(1, 1)])
    typed = f"  {sale.invoice_no.lower()} "
    data = model.receipt_data(doc_stall.db, typed)
    assert data.invoice_no == sale.invoice_no == load_bill(doc_stall.db, typed).invoice_no
    assert data.total == sale.total_paise


def test_imported_bill_hash_stays_the_same_after_a_refund(doc_stall: DocStall) -> None:
    """A bill without an outbox row is hashed from what was sold: a refund made later must
    not change the hash printed on a reprint."""
    sale = doc_stall.sell([(1, 1), (2, 1)])
    imported = replace(load_bill(doc_stall.db, sale.invoice_no), id="no-outbox-row")
    before = model._bill_hash(doc_stall.db, imported)
    doc_stall.refund(sale.invoice_no)
    after = replace(load_bill(doc_stall.db, sale.invoice_no), id="no-outbox-row")
    assert after.refunds and after.status == "refunded"
    assert model._bill_hash(doc_stall.db, after) == before
    assert len(before) == 64 and before != model.receipt_data(doc_stall.db,
                                                              sale.invoice_no).bill_hash


def test_tax_summary_adds_up_to_the_lines(doc_stall: DocStall) -> None:
    data = model.receipt_data(doc_stall.db, doc_stall.sell([(0, 2), (1, 1), (2, 3)]).invoice_no)
    assert [t.rate for t in data.tax_summary] == sorted({ln.gst_rate for ln in data.lines})
    for t in data.tax_summary:
        assert t.gross == t.taxable + t.tax == sum(ln.total for ln in data.lines
                                                   if ln.gst_rate == t.rate)
