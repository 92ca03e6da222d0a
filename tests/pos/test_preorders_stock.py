"""Pre-orders with advances (receipt vouchers) and stock adjustments."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from pos import audit, preorders, stock
from pos.errors import InputError, NotFound, PermissionDenied
from pos.payments import Payment
from pos.sales import load_bill
from pos.store import Database
from tests.helpers.selling import add_product, add_staff, counts, doc_no, open_day

NOW = datetime(2026, 11, 26, 6, 0, tzinfo=UTC)


@pytest.fixture
def people(db: Database) -> tuple[str, str]:
    cashier, boss = add_staff(db, "Sita Kumari"), add_staff(db, "Ravi Ranjan", "manager")
    open_day(db, cashier, "2026-11-26")   # the day of NOW, when these pre-orders are taken
    add_product(db, "SJ-010", 320000, name_en="Sujani quilt", gst_rate=12, hsn="6304")
    return cashier, boss


def take(db: Database, cashier: str, **changes: object) -> preorders.Preorder:
    args: dict[str, object] = dict(
        phone="98765 43210", buyer_name="Meena", address="12 Fraser Road, Patna",
        pin_code="800001", promised_date="2026-12-20",
        items=[{"sku": "SJ-010", "qty": 2, "unit_price_paise": 320000},
               {"description": "Madhubani saree, peacock motif", "qty": 1,
                "unit_price_paise": 450000}],
        advance=[Payment("upi", 300000, reference="123412341234")], staff_id=cashier,
        now=NOW,
    )
    args.update(changes)
    return preorders.take_preorder(db, **args)  # type: ignore[arg-type]


def test_preorder_with_advance_gets_a_receipt_voucher(db: Database, people) -> None:
    cashier, _ = people
    order = take(db, cashier)
    assert order.preorder_no == doc_no(db, 1, "preorder", NOW)
    assert (order.total_paise, order.advance_paise, order.balance_paise) == (
        1090000, 300000, 790000)
    assert order.phone_e164 == "+919876543210"
    voucher = load_bill(db, order.advance_invoice_no or "")
    assert voucher.doc_type == "receipt_voucher"
    assert voucher.invoice_no == doc_no(db, 1, "receipt_voucher", NOW)
    assert voucher.total_paise == 300000 and voucher.round_off_paise == 0
    assert [(ln.gst_rate, ln.taxable_paise) for ln in voucher.lines] == [(0, 300000)]
    assert all(ln.name_en.startswith(f"Advance for pre-order {order.preorder_no}")
               for ln in voucher.lines)
    assert all(ln.sku is None for ln in voucher.lines)
    rows = db.execute("SELECT kind, payload FROM outbox WHERE bundle = ? ORDER BY seq",
                      [order.id]).fetchall()
    assert [r[0] for r in rows] == ["order", "audit", "preorder", "audit"]
    payload = json.loads(rows[2][1])
    assert payload["items"][0] == {"sku": "SJ-010", "description": "Sujani quilt", "qty": 2,
                                   "unit_price_paise": 320000}
    assert payload["business_date"] == "2026-11-26" and "business_day_id" not in payload
    assert db.execute("SELECT count(*) FROM stock_movements WHERE kind='sale'").fetchone()[0] == 0
    assert [p.preorder_no for p in preorders.list_preorders(db)] == [order.preorder_no]
    due = preorders.delivery_due(db, order.preorder_no)
    sale = preorders.deliver_preorder(db, order.id, payments=[Payment("cash", due)],
                                      staff_id=cashier, now=NOW)
    assert sale.total_paise - sale.advance_adjusted_paise == due
    assert preorders.get_preorder(db, order.preorder_no).status == "delivered"
    assert preorders.list_preorders(db) == []
    with pytest.raises(InputError, match="already delivered"):
        preorders.deliver_preorder(db, order.id, payments=[], staff_id=cashier, now=NOW)
    assert audit.verify(db) == []


def test_preorder_without_advance(db: Database, people) -> None:
    order = take(db, people[0], advance=[])
    assert order.advance_paise == 0 and order.advance_invoice_no is None


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"phone": "0612 2234567"}, "landline"),
        ({"pin_code": "80001"}, "PIN code"),
        ({"promised_date": "2026-11-25"}, "in the past"),
        ({"promised_date": "tomorrow"}, "not a date"),
        ({"address": " "}, "address"),
        ({"items": []}, "at least one item"),
        ({"items": [{"description": "x", "qty": 0, "unit_price_paise": 100}]}, "quantity"),
        ({"items": [{"sku": "NOPE", "qty": 1, "unit_price_paise": 100}]}, "unknown SKU"),
        ({"advance": [Payment("upi", 300050, reference="123412341234")]}, "whole rupees"),
        ({"advance": [Payment("card", 9_000_000, reference="T1")]}, "only cash"),
    ],
)
def test_bad_preorders_change_nothing(db: Database, people, changes: dict, words: str) -> None:
    before = counts(db)
    with pytest.raises(InputError, match=words):
        take(db, people[0], **changes)
    assert counts(db) == before


def test_stock_adjustment_needs_manager_and_reason(db: Database, people) -> None:
    cashier, boss = people
    assert stock.level(db, "SJ-010") == 10
    before = counts(db)
    with pytest.raises(PermissionDenied):
        stock.adjust(db, "SJ-010", -1, "count", cashier, cashier)
    with pytest.raises(InputError, match="reason"):
        stock.adjust(db, "SJ-010", -1, "", cashier, boss)
    with pytest.raises(NotFound):
        stock.adjust(db, "NOPE", -1, "count", cashier, boss)
    with pytest.raises(InputError, match="other than 0"):
        stock.adjust(db, "SJ-010", 0, "count", cashier, boss)
    assert counts(db) == before
    stock.adjust(db, "SJ-010", -2, "rain damage in the tent", cashier, boss)
    stock.allocate_local(db, "SJ-010", 5)
    assert stock.level(db, "SJ-010") == 13
    kinds = [m.kind for m in stock.movements(db, "SJ-010")]
    assert kinds == ["allocation", "adjustment", "allocation"]
    assert db.execute("SELECT count(*) FROM outbox WHERE kind='stock_movement'").fetchone()[0] == 1
    assert audit.verify(db) == []
