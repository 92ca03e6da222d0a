"""A5 invoices, Z reports and label sheets: sizes, paging, printed figures and codes."""

from __future__ import annotations

import json

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from pos import store
from pos.documents import model, qr
from pos.documents.invoice_a5 import render_invoice_a5
from pos.documents.labels import SHEETS, render_labels
from pos.documents.zreport import render_zreport
from pos.errors import InputError, NotFound
from pos.ids import utc_now
from pos.money import amount_in_words, format_inr
from pos.store import Database
from tests.helpers import doc_fixtures as fx
from tests.helpers import pdf_read

A5 = (419.53, 595.28)
A4 = (595.28, 841.89)
DAY = "2026-11-26"


@pytest.fixture
def staff(db: Database) -> str:
    return fx.set_up_stall(db)


def _items(n: int, craft_cycle: bool = True) -> list[fx.Item]:
    crafts = ("MADHUBANI", "SIKKI", "SILK")
    return [
        fx.Item(*fx.LONG_NAMES[i % len(fx.LONG_NAMES)], price=45_000 + i * 1_275, qty=1 + i % 2,
                rate=(5, 12)[i % 2], craft=crafts[i % 3] if craft_cycle else "MADHUBANI",
                artisan="ART1" if i % 2 else None)
        for i in range(n)
    ]


@pytest.mark.parametrize("lines", [1, 60])
def test_a5_invoice_pages_and_totals(db: Database, staff: str, lines: int) -> None:
    buyer = {"name": "Ravi Kumar Handicraft Emporium", "gstin": "10AABCU9603R1ZM",
             "state_code": "10", "address": "Kankarbagh, Patna", "phone": "+919876543210"}
    bill = fx.make_bill(db, _items(lines), staff_id=staff, buyer=buyer)
    data = model.receipt_data(db, bill.invoice_no)
    pdf = render_invoice_a5(data)
    pages = pdf_read.pages(pdf)
    assert all((p.width, p.height) == pytest.approx(A5, abs=0.01) for p in pages)
    assert (len(pages) > 1) == (lines == 60)
    first, last = pdf_read.flat(pages[0].text), pdf_read.flat(pages[-1].text)
    assert "RaviKumarHandicraftEmporium" in first and "GSTIN10AABCU9603R1ZM" in first
    assert "Placeofsupply" in first
    assert f"Page{len(pages)}of{len(pages)}" in last
    assert "Total/" in last and format_inr(bill.total) in last
    assert pdf_read.flat(amount_in_words(bill.total)) in last
    assert format_inr(data.cgst) in last and format_inr(data.sgst) in last
    # Every line's amount is printed somewhere.
    everything = "".join(pdf_read.flat(p.text) for p in pages)
    for line in data.lines:
        assert format_inr(line.total) in everything
    (payload,) = pdf_read.qr_texts(pdf, page=len(pages) - 1)
    assert qr.parse_verification_payload(payload)["INV"] == bill.invoice_no


def test_a5_inter_state_and_refund(db: Database, staff: str) -> None:
    buyer = {"name": "Meera Iyer", "gstin": "29ABCDE1234F1Z5", "state_code": "29"}
    bill = fx.make_bill(db, _items(3), staff_id=staff, buyer=buyer, inter_state=True)
    fx.make_refund(db, bill, 1, 1, staff_id=staff)
    text = pdf_read.flat(pdf_read.pages(render_invoice_a5(
        model.receipt_data(db, bill.invoice_no)))[0].text)
    assert "IGST" in text and "State29" in text
    assert "creditnoteCN/2627/0001" in text


def _closed_day(db: Database, staff: str) -> tuple[str, list[fx.Bill]]:
    day = fx.open_day(db, staff, DAY)
    bills = [
        fx.make_bill(db, _items(3), staff_id=staff, day_id=day),
        fx.make_bill(db, _items(2), [fx.Payment("upi", 1, reference="412345678901")],
                     staff_id=staff, day_id=day),
        fx.make_bill(db, _items(1), staff_id=staff, day_id=day),
    ]
    fx.make_refund(db, bills[0], 0, 1, staff_id=staff, day_id=day)
    fx.make_void(db, bills[2], staff_id=staff, day_id=day)
    with store.write(db):
        db.execute(
            "UPDATE business_days SET closed_at = ?, closed_by = ?, close_approved_by = ?, "
            "counted_json = ?, counted_cash_paise = 260000, expected_cash_paise = 262500, "
            "variance_paise = -2500 WHERE id = ?",
            [utc_now(), staff, staff, json.dumps({"50000": 5, "10000": 1, "coins": 0}), day])
    return day, bills


def test_zreport_figures(db: Database, staff: str) -> None:
    _, bills = _closed_day(db, staff)
    data = model.zreport_data(db, DAY)
    assert data.bills == 2  # the voided bill is not a sale
    assert data.net_sales == bills[0].total + bills[1].total
    assert data.first_invoice == bills[0].invoice_no and data.last_invoice == bills[2].invoice_no
    assert sum(r.amount for r in data.by_craft) == sum(
        db.execute("SELECT sum(total_paise) FROM order_lines WHERE order_id IN (?, ?)",
                   [bills[0].order_id, bills[1].order_id]).fetchone())
    assert {r.label for r in data.by_method} == {"cash", "upi"}
    assert data.voids_total == bills[2].total and len(data.refunds) == 1
    pdf = render_zreport(data)
    pages = pdf_read.pages(pdf)
    assert (pages[0].width, pages[0].height) == pytest.approx(A4, abs=0.01)
    text = "".join(pdf_read.flat(p.text) for p in pages)
    assert f"Netsales{format_inr(data.net_sales)}" in text
    assert f"Variance-{format_inr(2500)}" in text
    assert f"Counted{format_inr(260000)}" in text
    assert bills[2].invoice_no in text and "CN/2627/0001" in text
    for row in data.by_craft:
        assert format_inr(row.amount) in text


def test_zreport_bar_chart_lengths_follow_sales(db: Database, staff: str) -> None:
    """The bars are drawn as filled rectangles; their widths are proportional to sales."""
    _closed_day(db, staff)
    data = model.zreport_data(db, DAY)
    pdf = render_zreport(data)
    doc = pdfium.PdfDocument(pdf)
    bars = []
    for obj in doc[0].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        left, bottom, right, top = obj.get_bounds()
        if top - bottom == pytest.approx(10, abs=0.01) and left > 150:
            bars.append(right - left)
    doc.close()
    widths = bars
    amounts = [r.amount for r in data.by_craft]
    assert len(widths) == len(amounts)
    for w, a in zip(widths, amounts, strict=True):
        assert w / widths[0] == pytest.approx(a / amounts[0], rel=0.01)


def test_zreport_of_an_empty_date_is_a_clear_error(db: Database, staff: str) -> None:
    with pytest.raises(NotFound, match="Nothing was opened or sold on 2020-01-01"):
        model.zreport_data(db, "2020-01-01")


def test_labels_sheet_codes_and_paging(db: Database, staff: str) -> None:
    skus = fx.add_products(db, 26)
    labels = model.label_data(db, skus=skus)
    pdf = render_labels(labels)
    pages = pdf_read.pages(pdf)
    assert len(pages) == 2 and (pages[0].width, pages[0].height) == pytest.approx(A4, abs=0.01)
    assert SHEETS["a4-24"].per_page == 24
    found = pdf_read.barcodes(pdf, scale=3)
    code128 = sorted(t for f, t in found if f == "Code128")
    qrs = sorted(t for f, t in found if f == "QRCode")
    assert code128 == sorted(skus[:24])
    assert qrs == sorted(lab.listing_url for lab in labels[:24] if lab.listing_url)
    text = pdf_read.flat(pages[0].text)
    assert f"MRP{format_inr(labels[0].price, decimals=False)}" in text
    assert "Madhubanipaintingonhandmade" in text


def test_labels_by_craft_and_unknown_sku(db: Database, staff: str) -> None:
    fx.add_products(db, 6)
    sikki = model.label_data(db, craft="sikki")
    assert [lab.sku for lab in sikki] == ["MB-1001", "MB-1003", "MB-1005"]
    with pytest.raises(NotFound, match="No product has the SKU 'NOPE'"):
        model.label_data(db, skus=["MB-1000", "NOPE"])
    with pytest.raises(InputError, match="first free label"):
        render_labels(sikki, start=24)
    # A part-used sheet: start at the 23rd label, so the third label goes to a new page.
    assert len(pdf_read.pages(render_labels(sikki, start=22))) == 2
