"""A pre-order across two days: an untaxed advance on day one, the tax invoice at delivery on
day two applying it, each day's Z report and drawer, the export, and cancelling with a refund."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from pos import audit, days, preorders, stock
from pos.errors import InputError, PermissionDenied
from pos.ids import IST, ist_today
from pos.payments import Payment
from pos.profile import SellerProfile, save_seller_profile
from pos.sales import load_bill, void
from pos.salesexport import export_rows
from pos.store import Database
from tests.helpers.selling import add_product, add_staff, counts, utr

FLOAT = 100000


@pytest.fixture
def people(db: Database) -> tuple[str, str]:
    cashier, boss = add_staff(db, "Sita Kumari"), add_staff(db, "Ravi Ranjan", "manager")
    save_seller_profile(db, SellerProfile(name="Stall", gstin="10AAAGU0487K1Z9"))
    add_product(db, "SJ-010", 320000, name_en="Sujani quilt", gst_rate=12, hsn="6304",
                artisan_id="art-sujani")
    add_product(db, "MB-001", 120000, name_en="Madhubani panel", stock=0, artisan_id="art-mb")
    return cashier, boss


def _yesterday_noon() -> datetime:
    day = ist_today() - timedelta(days=1)
    return datetime.combine(day, datetime.min.time(), tzinfo=IST) + timedelta(hours=12)


def _take_yesterday(db: Database, cashier: str, items: list[dict], advance: list[Payment]):
    days.open_day(db, staff_id=cashier, float_paise=FLOAT,
                  business_date=ist_today() - timedelta(days=1))
    return preorders.take_preorder(
        db, phone="98765 43210", buyer_name="Meena", address="12 Fraser Road, Patna",
        pin_code="800001", promised_date=ist_today() + timedelta(days=20), items=items,
        advance=advance, staff_id=cashier, now=_yesterday_noon())


def _close(db: Database, cashier: str, boss: str) -> days.ZReport:
    day = days.current_day(db)
    assert day is not None
    cash = days.expected_cash(db, day.id)
    return days.close_day(db, day.id, counted={"coins": cash}, staff_id=cashier,
                          approved_by=boss)


ITEMS = [
    {"sku": "SJ-010", "qty": 2, "unit_price_paise": 300000},       # agreed below MRP, in stock
    {"description": "Madhubani saree, peacock motif", "qty": 1, "unit_price_paise": 450000},
    {"sku": "MB-001", "qty": 1, "unit_price_paise": 120000},       # made to order: no stock
]


def test_advance_is_untaxed_and_delivery_bills_the_rest(db: Database, people) -> None:
    cashier, boss = people
    order = _take_yesterday(db, cashier, ITEMS, [Payment("cash", 300000, 300000)])
    voucher = load_bill(db, order.advance_invoice_no or "")
    assert voucher.doc_type == "receipt_voucher" and voucher.total_paise == 300000
    [line] = voucher.lines
    assert (line.gst_rate, line.taxable_paise, line.cgst_paise + line.sgst_paise) == (
        0, 300000, 0)
    day1 = _close(db, cashier, boss)
    assert (day1.total_paise, day1.taxable_paise, day1.preorder_advance_paise) == (0, 0, 300000)
    assert day1.by_method == {"cash": 300000} and day1.by_rate == []
    assert day1.cash_expected_paise == FLOAT + 300000

    days.open_day(db, staff_id=cashier, float_paise=FLOAT)
    bill_total = 2 * 300000 + 450000 + 120000
    due = bill_total - 300000
    for payments, words in (([Payment("cash", due - 100)], "still due"),
                            ([], "still due")):
        before = counts(db)
        with pytest.raises(InputError, match=words):
            preorders.deliver_preorder(db, order.id, payments=payments, staff_id=cashier)
        assert counts(db) == before
    upi = Payment("upi", 500000, reference=utr())
    sale = preorders.deliver_preorder(
        db, order.id, payments=[upi, Payment("cash", due - 500000, 500000)], staff_id=cashier)
    assert (sale.total_paise, sale.advance_adjusted_paise, sale.paid_now_paise) == (
        bill_total, 300000, due)
    assert sale.change_paise == 500000 - (due - 500000)
    bill = load_bill(db, sale.invoice_no)
    assert bill.doc_type == "tax_invoice" and bill.preorder_id == order.id
    assert [ln.gst_rate for ln in bill.lines] == [12, 5, 5]
    assert bill.cgst_paise > 0 and bill.payment_methods == "advance+cash+upi"
    assert sum(p.amount_paise for p in bill.payments) == due
    assert stock.level(db, "SJ-010") == 8 and stock.level(db, "MB-001") == 0
    assert preorders.get_preorder(db, order.preorder_no).status == "delivered"
    with pytest.raises(InputError, match="already delivered"):
        preorders.deliver_preorder(db, order.id, payments=[], staff_id=cashier)

    day2 = days.z_report(db, days.current_day(db).id)
    assert day2.total_paise == bill_total and day2.advance_adjusted_paise == 300000
    assert day2.by_method == {"cash": due - 500000, "upi": 500000}
    assert sum(day2.by_method.values()) == (
        day2.total_paise + day2.preorder_advance_paise - day2.advance_adjusted_paise)
    assert {r["gst_rate"] for r in day2.by_rate} == {5, 12}
    assert day2.cash_expected_paise == FLOAT + due - 500000
    assert _close(db, cashier, boss).variance_paise == 0

    payloads = [json.loads(p) for (p,) in db.execute(
        "SELECT payload FROM outbox WHERE kind = 'order' ORDER BY seq")]
    assert [p["advance_adjusted_paise"] for p in payloads] == [0, 300000]
    rows = export_rows(payloads)
    delivery = [r for r in rows if r["invoice_no"] == sale.invoice_no]
    assert {r["payment_methods"] for r in delivery} == {"advance+cash+upi"}
    assert [r["gst_rate"] for r in delivery] == ["12", "5", "5"]
    advance = [r for r in rows if r["invoice_no"] == voucher.invoice_no]
    assert [(r["gst_rate"], r["taxable_value"], r["cgst"]) for r in advance] == [
        ("0", "3000.00", "0.00")]
    assert audit.verify(db) == []


def test_an_advance_covering_everything_needs_no_payment(db: Database, people) -> None:
    cashier, boss = people
    items = [{"description": "Sikki box", "qty": 1, "unit_price_paise": 100000}]
    order = _take_yesterday(db, cashier, items, [Payment("upi", 100000, reference=utr())])
    _close(db, cashier, boss)
    days.open_day(db, staff_id=cashier, float_paise=FLOAT)
    with pytest.raises(InputError, match="covers"):
        preorders.deliver_preorder(db, order.id, payments=[Payment("cash", 100)],
                                   staff_id=cashier)
    sale = preorders.deliver_preorder(db, order.id, payments=[], staff_id=cashier)
    assert sale.total_paise == 100000 and sale.payments == () and sale.paid_now_paise == 0
    z = days.z_report(db, days.current_day(db).id)
    assert z.by_method == {} and z.total_paise == 100000 and z.cash_expected_paise == FLOAT


def test_cancelling_refunds_the_advance_against_its_voucher(db: Database, people) -> None:
    cashier, boss = people
    order = _take_yesterday(db, cashier, ITEMS[:1], [Payment("cash", 200000, 200000)])
    _close(db, cashier, boss)
    days.open_day(db, staff_id=cashier, float_paise=FLOAT)
    before = counts(db)
    with pytest.raises(PermissionDenied):
        preorders.cancel_preorder(db, order.preorder_no, reason="buyer moved",
                                  staff_id=cashier, approved_by=cashier)
    with pytest.raises(InputError, match="reason"):
        preorders.cancel_preorder(db, order.preorder_no, reason=" ", staff_id=cashier,
                                  approved_by=boss)
    assert counts(db) == before
    given = preorders.cancel_preorder(db, order.preorder_no, reason="buyer moved",
                                      staff_id=cashier, approved_by=boss)
    assert given is not None and given.amount_paise == 200000
    assert given.invoice_no == order.advance_invoice_no
    assert load_bill(db, given.invoice_no).status == "refunded"
    assert preorders.get_preorder(db, order.preorder_no).status == "cancelled"
    with pytest.raises(InputError, match="already cancelled"):
        preorders.deliver_preorder(db, order.id, payments=[], staff_id=cashier)
    z = days.z_report(db, days.current_day(db).id)
    assert z.refunds_by_method == {"cash": 200000}
    assert z.cash_expected_paise == FLOAT - 200000
    assert audit.verify(db) == []


def test_voiding_a_delivery_reopens_the_preorder(db: Database, people) -> None:
    cashier, boss = people
    order = _take_yesterday(db, cashier, ITEMS, [Payment("cash", 300000, 300000)])
    _close(db, cashier, boss)
    days.open_day(db, staff_id=cashier, float_paise=FLOAT)
    with pytest.raises(InputError, match="cancel the pre-order"):
        void(db, order.advance_invoice_no or "", reason="x", staff_id=cashier,
             approved_by=boss)
    due = preorders.delivery_due(db, order.preorder_no)
    sale = preorders.deliver_preorder(db, order.id, payments=[Payment("cash", due)],
                                      staff_id=cashier)
    assert stock.level(db, "SJ-010") == 8
    void(db, sale.invoice_no, reason="wrong buyer", staff_id=cashier, approved_by=boss)
    # Only what the sale took goes back: the made-to-order panel never was in stock.
    assert (stock.level(db, "SJ-010"), stock.level(db, "MB-001")) == (10, 0)
    assert preorders.get_preorder(db, order.preorder_no).status == "open"
    again = preorders.deliver_preorder(db, order.id, payments=[Payment("cash", due)],
                                       staff_id=cashier)
    assert again.advance_adjusted_paise == 300000
    z = days.z_report(db, days.current_day(db).id)
    assert z.advance_adjusted_paise == 300000 and z.total_paise == again.total_paise
