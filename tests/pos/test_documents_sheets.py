"""A5 invoices, Z reports and label sheets: sizes, paging, printed figures and codes."""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from pos import catalogue
from pos.cart import Buyer, Cart
from pos.documents import model, qr
from pos.documents.invoice_a5 import render_invoice_a5
from pos.documents.labels import SHEETS, render_labels
from pos.documents.layout import PAPERS
from pos.documents.zreport import render_zreport
from pos.errors import InputError, NotFound
from pos.money import amount_in_words, format_inr
from pos.payments import Payment
from tests.helpers import doc_stall as stall_fixtures
from tests.helpers import pdf_read
from tests.helpers.doc_stall import DocStall

doc_stall_template = stall_fixtures.doc_stall_template
doc_stall = stall_fixtures.doc_stall

A5 = (419.53, 595.28)
A4 = (595.28, 841.89)


@pytest.mark.parametrize("lines", [1, 60])
def test_a5_invoice_pages_and_totals(doc_stall: DocStall, lines: int) -> None:
    buyer = Buyer(name="Ravi Kumar Handicraft Emporium", gstin="10AABCU9603R1Z2",
                  address="Kankarbagh, Patna", phone="9876543210")
    sale = doc_stall.sell([(i, 1 + i % 2) for i in range(lines)], buyer=buyer)
    data = model.receipt_data(doc_stall.db, sale.invoice_no)
    pdf = render_invoice_a5(data)
    pages = pdf_read.pages(pdf)
    assert all((p.width, p.height) == pytest.approx(A5, abs=0.01) for p in pages)
    assert (len(pages) > 1) == (lines == 60)
    first, last = pdf_read.flat(pages[0].text), pdf_read.flat(pages[-1].text)
    assert "RaviKumarHandicraftEmporium" in first and "GSTIN10AABCU9603R1Z2" in first
    assert "Placeofsupply10-Bihar" in first and "Phone+919876543210" in first
    assert f"Page{len(pages)}of{len(pages)}" in last
    assert f"Total/कुल{format_inr(sale.total_paise)}" in last
    assert pdf_read.flat(amount_in_words(sale.total_paise)) in last
    assert f"CGST{format_inr(data.cgst)}SGST{format_inr(data.sgst)}" in last
    # Every line's taxable value and amount is printed somewhere.
    everything = "".join(pdf_read.flat(p.text) for p in pages)
    for line in data.lines:
        assert f"{format_inr(line.taxable)}{line.gst_rate}%" in everything
        assert format_inr(line.total) in everything
    (payload,) = pdf_read.qr_texts(pdf, page=len(pages) - 1)
    assert qr.parse_verification_payload(payload)["INV"] == sale.invoice_no


def test_a5_inter_state_with_a_refund(doc_stall: DocStall) -> None:
    buyer = Buyer(name="Meera Iyer", address="14 MG Road, Bengaluru 560001",
                  gstin="29ABCDE1234F1ZW")
    sale = doc_stall.sell([(0, 1), (1, 2)], buyer=buyer, inter_state=True)
    refund = doc_stall.refund(sale.invoice_no)
    text = pdf_read.flat(pdf_read.pages(render_invoice_a5(
        model.receipt_data(doc_stall.db, sale.invoice_no)))[0].text)
    assert "IGST" in text and "State29-Karnataka" in text
    assert f"creditnote{refund.credit_note_no}" in text


def _busy_day(stall: DocStall) -> dict[str, object]:
    """Cash, UPI and split sales, a refund, a void, a pre-order, then the close."""
    cash = stall.sell([(0, 1), (1, 2), (2, 1)])
    due = _total(stall, [(4, 1)])
    upi = stall.sell([(4, 1)], [Payment("upi", due, reference="412345678901")])
    split = stall.sell([(5, 1), (6, 1)], [Payment("card", 20_000, reference="T123"),
                                          Payment("cash", _total(stall, [(5, 1), (6, 1)])
                                                  - 20_000)])
    voided = stall.sell([(7, 1)])
    stall.void(voided.invoice_no)
    refund = stall.refund(cash.invoice_no, None)
    preorder = stall.preorder()
    z = stall.close_day({"50000": 3, "10000": 4, "coins": 1250})
    return {"cash": cash, "upi": upi, "split": split, "voided": voided, "refund": refund,
            "preorder": preorder, "z": z}


def _total(stall: DocStall, items: list[tuple[int, int]]) -> int:
    cart = Cart()
    for index, qty in items:
        cart.add(catalogue.get(stall.db, f"MB-{1000 + index}"), qty)
    return cart.totals().total_paise


def test_zreport_prints_the_day_close(doc_stall: DocStall) -> None:
    day = _busy_day(doc_stall)
    z = day["z"]
    data = model.zreport_data(doc_stall.db, doc_stall.business_date)
    assert data.net_sales == z.total_paise  # type: ignore[attr-defined]
    assert data.bills == 3 and data.bills_issued == 4
    assert data.expected_cash == z.cash_expected_paise  # type: ignore[attr-defined]
    assert data.variance == z.variance_paise  # type: ignore[attr-defined]
    assert data.closed_by == "Sunita Devi" and data.approved_by == "Asha Devi"
    assert {r.label for r in data.by_method} == {"cash", "upi", "card"}
    pdf = render_zreport(data)
    pages = pdf_read.pages(pdf)
    assert (pages[0].width, pages[0].height) == pytest.approx(A4, abs=0.01)
    text = "".join(pdf_read.flat(p.text) for p in pages)
    assert f"Netsales{format_inr(data.net_sales)}" in text
    assert f"Netafterrefunds{format_inr(data.net_after_refunds)}" in text
    assert f"Expectedindrawer{format_inr(data.expected_cash)}" in text
    assert f"Counted{format_inr(data.counted_cash or 0)}" in text
    sign = "+" if (data.variance or 0) > 0 else ""
    assert f"Variance{sign}{format_inr(data.variance or 0)}" in text
    assert f"₹5003{format_inr(150_000)}" in text and f"Coins{format_inr(1250)}" in text
    assert day["voided"].invoice_no in text  # type: ignore[attr-defined]
    assert day["refund"].credit_note_no in text  # type: ignore[attr-defined]
    assert f"Pre-orders(advancesonreceiptvouchers)1{format_inr(500_000)}" in text
    for row in data.by_craft:
        assert format_inr(row.amount) in text
    for rate in data.by_rate:
        assert f"{rate.rate}%{format_inr(rate.taxable)}" in text


def test_zreport_bar_chart_lengths_follow_sales(doc_stall: DocStall) -> None:
    """The bars are filled rectangles whose widths are proportional to the craft's sales."""
    doc_stall.sell([(0, 3), (1, 1), (2, 2), (3, 1), (4, 1)])
    data = model.zreport_data(doc_stall.db, doc_stall.business_date)
    doc = pdfium.PdfDocument(render_zreport(data))
    widths = []
    for obj in doc[0].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        left, bottom, right, top = obj.get_bounds()
        if top - bottom == pytest.approx(10, abs=0.01) and left > 150:
            widths.append(right - left)
    doc.close()
    amounts = [r.amount for r in data.by_craft]
    assert len(widths) == len(amounts) == 4
    for w, a in zip(widths, amounts, strict=True):
        assert w / widths[0] == pytest.approx(a / amounts[0], rel=0.01)


def test_zreport_of_a_day_never_opened(doc_stall: DocStall) -> None:
    with pytest.raises(NotFound, match="No business day was opened on 2020-01-01"):
        model.zreport_data(doc_stall.db, "2020-01-01")


def test_labels_sheet_codes_and_paging(doc_stall: DocStall) -> None:
    skus = [f"MB-{1000 + i}" for i in range(26)]
    labels = model.label_data(doc_stall.db, skus=skus)
    pdf = render_labels(labels)
    pages = pdf_read.pages(pdf)
    assert len(pages) == 2 and (pages[0].width, pages[0].height) == pytest.approx(A4, abs=0.01)
    assert SHEETS["a4-24"].per_page == 24
    found = pdf_read.barcodes(pdf, scale=3)
    code128 = sorted(t for f, t in found if f == "Code128")
    qrs = sorted(t for f, t in found if f == "QRCode")
    assert code128 == sorted(skus[:24])
    assert qrs == sorted(lab.listing_url for lab in labels[:24] if lab.listing_url)
    assert len(qrs) == 12
    text = pdf_read.flat(pages[0].text)
    assert f"MRP{format_inr(labels[0].price, decimals=False)}" in text
    assert "Madhubanipaintingonhandmade" in text


def test_labels_by_craft_and_unknown_sku(doc_stall: DocStall) -> None:
    sikki = model.label_data(doc_stall.db, craft="Sikki grass work")
    assert [lab.sku for lab in sikki][:3] == ["MB-1001", "MB-1005", "MB-1009"]
    assert len(sikki) == 16 and all(lab.craft == "Sikki grass work" for lab in sikki)
    with pytest.raises(NotFound, match="No product has the SKU 'NOPE'"):
        model.label_data(doc_stall.db, skus=["MB-1000", "NOPE"])
    with pytest.raises(NotFound, match="No active product belongs to the craft 'bamboo'"):
        model.label_data(doc_stall.db, craft="bamboo")
    with pytest.raises(InputError, match="first free label"):
        render_labels(sikki, start=24)
    # A part-used sheet: start at the 23rd label, so the third label goes to a new page.
    assert len(pdf_read.pages(render_labels(sikki[:3], start=22))) == 2


@pytest.mark.parametrize(("paper", "width"), [("roll80", 226.77), ("roll58", 164.41)])
def test_zreport_on_roll_paper(doc_stall: DocStall, paper: str, width: float) -> None:
    _busy_day(doc_stall)
    data = model.zreport_data(doc_stall.db, doc_stall.business_date)
    (page,) = pdf_read.pages(render_zreport(data, paper=paper))
    assert page.width == pytest.approx(width, abs=0.01)
    margin = PAPERS[paper].margin
    assert all(left >= margin - 0.5 and right <= page.width - margin + 0.5
               for left, _b, right, _t in page.boxes)
    text = pdf_read.flat(page.text)
    assert f"Netsales{format_inr(data.net_sales)}" in text
    assert f"Expectedindrawer{format_inr(data.expected_cash)}" in text
    assert f"₹500×3{format_inr(150_000)}" in text
    for row in data.by_craft:
        assert format_inr(row.amount) in text
    with pytest.raises(InputError, match="a4, roll80 or roll58"):
        render_zreport(data, paper="a3")


def test_a_sku_too_long_for_a_barcode_is_refused_clearly() -> None:
    label = model.LabelData(sku="MADHUBANI-" + "X" * 25, barcode=None, name_en="Painting",
                            name_hi="चित्र", price=100_000, craft="Madhubani painting")
    with pytest.raises(InputError, match="too long for a barcode on this label"):
        render_labels([label])
    assert render_labels([label], sheet="a4-14").startswith(b"%PDF")  # wider stock fits


def test_a_long_value_on_58mm_gets_a_line_of_its_own() -> None:
    # A laptop's own device code can be four wide letters: the Z report's invoice range
    # must still stay inside the printable width of the narrow roll.
    from pos.documents.layout import ROLL58, Roll

    roll = Roll(ROLL58)
    roll.pair("Invoice range", "LWMW/2627/000001 … LWMW/2627/000123")
    roll.pair("Bills", "12 valid of 13")
    (page,) = pdf_read.pages(roll.render())
    margin = ROLL58.margin
    assert all(left >= margin - 0.5 and right <= page.width - margin + 0.5
               for left, _b, right, _t in page.boxes)
    text = pdf_read.flat(page.text)
    assert "LWMW/2627/000001" in text and "LWMW/2627/000123" in text
