"""Checkout, refunds, voids and reading bills back."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import pytest

from pos import audit, records, sales
from pos.cart import Buyer, Cart, Discount, needs_manager
from pos.errors import InputError, NotFound, PermissionDenied
from pos.ids import ist_today
from pos.payments import Payment
from pos.store import Database
from tests.helpers.selling import (
    Product,
    add_product,
    add_staff,
    close_open_day,
    counts,
    doc_no,
    open_day,
    set_price,
)


@dataclass
class Stall:
    db: Database
    cashier: str
    manager: str


@pytest.fixture
def stall(db: Database) -> Stall:
    cashier = add_staff(db, "Sita Kumari")
    boss = add_staff(db, "Ravi Ranjan", "manager")
    open_day(db, cashier)
    add_product(db, "MB-001", 125000, name_en="Madhubani fish painting")
    add_product(db, "SK-002", 39900, gst_rate=12, name_en="Sikki basket")
    add_product(db, "TK-003", 250000, one_of_a_kind=True, stock=1, name_en="Tikuli panel")
    return Stall(db, cashier, boss)


def product(db: Database, sku: str) -> Product:
    row = db.execute(
        "SELECT id, sku, name_en, name_hi, craft_code, artisan_id, hsn, gst_rate, mrp_paise, "
        "one_of_a_kind FROM products WHERE sku = ?", [sku]).fetchone()
    level = db.execute("SELECT qty FROM stock_levels WHERE sku = ?", [sku]).fetchone()
    return Product(id=row[0], sku=row[1], barcode=None, name_en=row[2], name_hi=row[3],
                   craft_code=row[4], artisan_id=row[5], artisan_name=None, description="",
                   hsn=row[6], gst_rate=row[7], mrp_paise=row[8], unit="pc",
                   one_of_a_kind=bool(row[9]), active=True, picture_sha256=None,
                   listing_urls={}, stock=level[0] if level else 0)


def simple_cart(stall: Stall) -> Cart:
    cart = Cart()
    cart.add(product(stall.db, "MB-001"))
    cart.add(product(stall.db, "SK-002"), 2)
    return cart


def test_checkout_writes_the_whole_bill(stall: Stall) -> None:
    cart = simple_cart(stall)
    total = cart.totals().total_paise
    sale = sales.checkout(stall.db, cart, [Payment("upi", 100000, reference="123456789012"),
                                           Payment("cash", total - 100000 + 5000)],
                          staff_id=stall.cashier)
    assert sale.invoice_no == doc_no(stall.db, 1)
    assert sale.change_paise == 5000
    bill = sales.load_bill(stall.db, sale.invoice_no)
    assert bill.status == "completed" and bill.staff_name == "Sita Kumari"
    assert bill.payment_methods == "cash+upi" and bill.change_paise == 5000
    assert [ln.qty for ln in bill.lines] == [1, 2]
    kinds = [r[0] for r in stall.db.execute(
        "SELECT kind FROM outbox WHERE bundle = ? ORDER BY seq", [bill.id])]
    assert kinds == ["order", "stock_movement", "stock_movement", "audit"]
    order = json.loads(stall.db.execute(
        "SELECT payload FROM outbox WHERE record_id = ?", [bill.id]).fetchone()[0])
    assert order["device_code"] == records.device(stall.db).device_code
    assert order["staff_name"] == "Sita Kumari"
    assert order["business_date"] == ist_today().isoformat()
    assert set(order["buyer"]) == {"name", "phone", "address", "gstin", "state_code"}
    assert {p["method"] for p in order["payments"]} == {"cash", "upi"}
    levels = dict(stall.db.execute("SELECT sku, qty FROM stock_levels").fetchall())
    assert levels["MB-001"] == 9 and levels["SK-002"] == 8
    assert audit.verify(stall.db) == []
    assert [b.invoice_no for b in sales.find_bills(stall.db, text="sikki")] == [sale.invoice_no]
    assert sales.find_bills(stall.db, amount_paise=total)[0].invoice_no == sale.invoice_no
    assert sales.find_bills(stall.db, date_from="2020-01-01", date_to="2020-01-02") == []


def test_invoice_numbers_consecutive(stall: Stall) -> None:
    numbers = []
    for _ in range(3):
        cart = simple_cart(stall)
        numbers.append(sales.checkout(stall.db, cart, [Payment("cash", 1_000_000)],
                                      staff_id=stall.cashier).invoice_no)
    assert numbers == [doc_no(stall.db, n) for n in (1, 2, 3)]


def test_financial_year_rolls_over_at_ist_midnight(stall: Stall) -> None:
    # 31 March 2027 23:59 IST is 18:29 UTC; one minute later it is FY 2027-28.
    before = datetime(2027, 3, 31, 18, 29, tzinfo=UTC)
    after = datetime(2027, 3, 31, 18, 30, tzinfo=UTC)
    stall.db.execute("DELETE FROM business_days")   # the fixture's day (today) sold nothing
    open_day(stall.db, stall.cashier, "2027-03-31")
    first = sales.checkout(stall.db, simple_cart(stall), [Payment("cash", 10**6)],
                           staff_id=stall.cashier, now=before)
    close_open_day(stall.db)   # a day left open past midnight takes no more sales
    open_day(stall.db, stall.cashier, "2027-04-01")
    second = sales.checkout(stall.db, simple_cart(stall), [Payment("cash", 10**6)],
                            staff_id=stall.cashier, now=after)
    assert first.invoice_no == doc_no(stall.db, 1, when=before)
    assert second.invoice_no == doc_no(stall.db, 1, when=after)
    assert "/2627/" in first.invoice_no and "/2728/" in second.invoice_no


def _bad(stall: Stall, action, words: str, error: type[Exception] = InputError) -> None:
    before = counts(stall.db)
    with pytest.raises(error, match=words):
        action()
    assert counts(stall.db) == before


def test_bad_checkouts_change_nothing(stall: Stall) -> None:
    db, cashier = stall.db, stall.cashier
    total = simple_cart(stall).totals().total_paise
    _bad(stall, lambda: sales.checkout(db, simple_cart(stall), [Payment("cash", total - 100)],
                                       staff_id=cashier), "still due")
    _bad(stall, lambda: sales.checkout(db, simple_cart(stall),
                                       [Payment("upi", total, reference="12345678901")],
                                       staff_id=cashier), "12 digits")
    _bad(stall, lambda: sales.checkout(db, simple_cart(stall), [Payment("card", total)],
                                       staff_id=cashier), "terminal")
    _bad(stall, lambda: sales.checkout(db, simple_cart(stall),
                                       [Payment("card", total + 100, reference="A1")],
                                       staff_id=cashier), "only cash gives change")
    _bad(stall, lambda: sales.checkout(db, Cart(), [], staff_id=cashier), "empty")
    _bad(stall, lambda: sales.checkout(db, simple_cart(stall), [Payment("cash", 10**7)],
                                       staff_id="nobody"), "Sign in", NotFound)
    ghost = replace(product(db, "MB-001"), sku="NOPE-1")
    cart = Cart()
    cart.add(ghost)
    _bad(stall, lambda: sales.checkout(db, cart, [Payment("cash", 10**7)], staff_id=cashier),
         "Unknown SKU", NotFound)
    cart = simple_cart(stall)
    cart.set_qty(1, 11)
    _bad(stall, lambda: sales.checkout(db, cart, [Payment("cash", 10**7)], staff_id=cashier),
         "Only 10 of SK-002")


@pytest.mark.parametrize("qty", [0, -1, 1.5, True])
def test_bad_quantities(stall: Stall, qty: object) -> None:
    cart = Cart()
    with pytest.raises(InputError):
        cart.add(product(stall.db, "MB-001"), qty)  # type: ignore[arg-type]
    assert cart.lines == []
    cart.add(product(stall.db, "MB-001"))
    with pytest.raises(InputError):
        cart.set_qty(0, qty)  # type: ignore[arg-type]
    assert cart.lines[0].qty == 1


def test_cart_rules(stall: Stall) -> None:
    cart = Cart()
    cart.add(product(stall.db, "TK-003"))
    with pytest.raises(InputError, match="one of a kind"):
        cart.set_qty(0, 2)
    with pytest.raises(InputError, match="one of a kind"):
        cart.add(product(stall.db, "TK-003"))
    with pytest.raises(InputError, match="reason"):
        Discount("percent", 500, " ")
    with pytest.raises(InputError, match="more than"):
        cart.set_line_discount(0, Discount("amount", 250001, "too much"))
    with pytest.raises(InputError, match="100 %"):
        Discount("percent", 10001, "too much")
    with pytest.raises(InputError, match="no line"):
        cart.remove(3)
    with pytest.raises(InputError, match="check character"):
        cart.buyer = Buyer(gstin="27AAPFU0939F1ZW")
    cart.buyer = Buyer(phone="98765 43210")
    assert cart.buyer.phone == "+919876543210"


def test_big_bill_needs_buyer_name_and_address(stall: Stall) -> None:
    cart = Cart()
    add_product(stall.db, "MB-BIG", 1_300_000, name_en="Madhubani mural")
    cart.add(product(stall.db, "MB-BIG"), 4)  # ₹52,000
    cart.override_price(0, 1_250_000, stall.manager)  # ₹12,500 each: ₹50,000
    _bad(stall, lambda: sales.checkout(stall.db, cart, [Payment("cash", 5_000_000)],
                                       staff_id=stall.cashier), "name and address")
    cart.buyer = Buyer(name="Asha Devi", address="Kankarbagh, Patna")
    sale = sales.checkout(stall.db, cart, [Payment("cash", 5_000_000)], staff_id=stall.cashier)
    bill = sales.load_bill(stall.db, sale.invoice_no)
    assert bill.lines[0].price_override_by == stall.manager
    entry = stall.db.execute("SELECT approved_by, details FROM audit").fetchone()
    assert entry[0] == stall.manager and '"kind":"price"' in entry[1]


def test_discount_above_limit_needs_a_manager(stall: Stall) -> None:
    cart = simple_cart(stall)
    cart.set_bill_discount(Discount("percent", 2000, "bulk buyer"))
    assert needs_manager(cart, 1000)
    pay = [Payment("cash", 10**7)]
    _bad(stall, lambda: sales.checkout(stall.db, cart, pay, staff_id=stall.cashier),
         "manager", PermissionDenied)
    _bad(stall, lambda: sales.checkout(stall.db, cart, pay, staff_id=stall.cashier,
                                       approved_by=stall.cashier), "not a manager",
         PermissionDenied)
    sale = sales.checkout(stall.db, cart, pay, staff_id=stall.cashier, approved_by=stall.manager)
    assert sales.load_bill(stall.db, sale.invoice_no).discount_approved_by == stall.manager
    small = simple_cart(stall)
    small.set_line_discount(0, Discount("percent", 500, "festival"))
    assert needs_manager(small, 1000) == []


def test_no_sale_without_an_open_day(stall: Stall) -> None:
    stall.db.execute("UPDATE business_days SET closed_at = '2026-11-26T15:00:00+00:00'")
    _bad(stall, lambda: sales.checkout(stall.db, simple_cart(stall), [Payment("cash", 10**7)],
                                       staff_id=stall.cashier), "Open the day")


def test_changed_price_updates_cart_and_refuses(stall: Stall) -> None:
    cart = simple_cart(stall)
    set_price(stall.db, "MB-001", 130000)
    _bad(stall, lambda: sales.checkout(stall.db, cart, [Payment("cash", 10**7)],
                                       staff_id=stall.cashier), "Prices changed")
    assert cart.lines[0].unit_price_paise == 130000
    sales.checkout(stall.db, cart, [Payment("cash", 10**7)], staff_id=stall.cashier)


def test_below_stock_with_manager_override(stall: Stall) -> None:
    cart = Cart()
    cart.add(product(stall.db, "SK-002"), 12)
    _bad(stall, lambda: sales.checkout(stall.db, cart, [Payment("cash", 10**7)],
                                       staff_id=stall.cashier), "manager can allow")
    cart.allow_below_stock(0, stall.cashier)
    _bad(stall, lambda: sales.checkout(stall.db, cart, [Payment("cash", 10**7)],
                                       staff_id=stall.cashier), "not a manager",
         PermissionDenied)
    cart.allow_below_stock(0, stall.manager)
    sale = sales.checkout(stall.db, cart, [Payment("cash", 10**7)], staff_id=stall.cashier)
    assert stall.db.execute("SELECT qty FROM stock_levels WHERE sku='SK-002'").fetchone()[0] == -2
    details = json.loads(stall.db.execute(
        "SELECT details FROM audit WHERE subject_id = (SELECT id FROM orders WHERE invoice_no=?)",
        [sale.invoice_no]).fetchone()[0])
    assert details["overrides"][0]["kind"] == "stock"


def test_partial_then_full_refund_gives_back_exactly_the_bill(stall: Stall) -> None:
    cart = simple_cart(stall)
    cart.set_bill_discount(Discount("amount", 777, "regular"))
    sale = sales.checkout(stall.db, cart, [Payment("cash", 10**7)], staff_id=stall.cashier)
    bill = sales.load_bill(stall.db, sale.invoice_no)
    basket = bill.lines[1]
    first = sales.refund(stall.db, sale.invoice_no, lines={basket.id: 1}, method="cash",
                         reason="handle broken", staff_id=stall.cashier,
                         approved_by=stall.manager)
    assert first.credit_note_no == doc_no(stall.db, 1, "credit_note")
    assert first.amount_paise % 100 == 0
    line = first.lines[0]
    assert line.taxable_paise + line.cgst_paise + line.sgst_paise + line.igst_paise == (
        line.total_paise)
    assert sales.load_bill(stall.db, sale.invoice_no).status == "partially_refunded"
    _bad(stall, lambda: sales.refund(stall.db, sale.invoice_no, lines={basket.id: 2},
                                     method="cash", reason="again", staff_id=stall.cashier,
                                     approved_by=stall.manager), "Only 1 of")
    _bad(stall, lambda: sales.refund(stall.db, sale.invoice_no, method="cash", reason="x",
                                     staff_id=stall.cashier, approved_by=None),
         "manager", PermissionDenied)
    _bad(stall, lambda: sales.refund(stall.db, sale.invoice_no, method="upi", reference="1",
                                     reason="x", staff_id=stall.cashier,
                                     approved_by=stall.manager), "12 digits")
    _bad(stall, lambda: sales.void(stall.db, sale.invoice_no, reason="x",
                                   staff_id=stall.cashier, approved_by=stall.manager),
         "has refunds")
    rest = sales.refund(stall.db, sale.invoice_no, method="upi", reference="987654321098",
                        reason="buyer changed mind", staff_id=stall.cashier,
                        approved_by=stall.manager)
    after = sales.load_bill(stall.db, sale.invoice_no)
    assert after.status == "refunded"
    assert first.amount_paise + rest.amount_paise == bill.total_paise
    for orig in bill.lines:
        given = [rl for r in after.refunds for rl in r.lines if rl.order_line_id == orig.id]
        for key in ("taxable_paise", "cgst_paise", "sgst_paise", "igst_paise", "total_paise"):
            assert sum(getattr(rl, key) for rl in given) == getattr(orig, key)
    levels = dict(stall.db.execute("SELECT sku, qty FROM stock_levels").fetchall())
    assert levels["MB-001"] == 10 and levels["SK-002"] == 10
    _bad(stall, lambda: sales.refund(stall.db, sale.invoice_no, method="cash", reason="x",
                                     staff_id=stall.cashier, approved_by=stall.manager),
         "Nothing is left")
    kinds = [r[0] for r in stall.db.execute(
        "SELECT kind FROM outbox WHERE bundle = ? ORDER BY seq", [rest.refund_id])]
    assert kinds == ["refund", "stock_movement", "stock_movement", "audit"]


def test_void_keeps_the_number_and_returns_stock(stall: Stall) -> None:
    sale = sales.checkout(stall.db, simple_cart(stall), [Payment("cash", 10**7)],
                          staff_id=stall.cashier)
    sales.void(stall.db, sale.invoice_no, reason="wrong item rung up", staff_id=stall.cashier,
               approved_by=stall.manager)
    bill = sales.load_bill(stall.db, sale.invoice_no)
    assert bill.status == "voided" and bill.void and bill.void.approved_by_name == "Ravi Ranjan"
    levels = dict(stall.db.execute("SELECT sku, qty FROM stock_levels").fetchall())
    assert levels["MB-001"] == 10 and levels["SK-002"] == 10
    _bad(stall, lambda: sales.void(stall.db, sale.invoice_no, reason="again",
                                   staff_id=stall.cashier, approved_by=stall.manager),
         "already voided")
    _bad(stall, lambda: sales.refund(stall.db, sale.invoice_no, method="cash", reason="x",
                                     staff_id=stall.cashier, approved_by=stall.manager),
         "voided")
    _bad(stall, lambda: sales.void(stall.db, doc_no(stall.db, 99), reason="x",
                                   staff_id=stall.cashier, approved_by=stall.manager),
         "no bill", NotFound)
    nxt = sales.checkout(stall.db, simple_cart(stall), [Payment("cash", 10**7)],
                         staff_id=stall.cashier)
    assert nxt.invoice_no == doc_no(stall.db, 2)
    assert sales.find_bills(stall.db)[1].status == "voided"


def test_cart_edits_keep_the_bill_discount_valid(stall: Stall) -> None:
    cart = simple_cart(stall)
    cart.add(product(stall.db, "SK-002"), 1)
    assert cart.lines[1].qty == 3
    with pytest.raises(InputError, match="at least 1"):
        cart.add(product(stall.db, "SK-002"), -1)
    assert cart.lines[1].qty == 3
    cart.set_bill_discount(Discount("amount", 130000, "old stock"))
    with pytest.raises(InputError, match="bill discount"):
        cart.remove(1)
    assert len(cart.lines) == 2 and cart.totals().bill_discount_paise == 130000
    with pytest.raises(InputError, match="bill discount"):
        cart.set_line_discount(0, Discount("percent", 9900, "display piece"))
    assert cart.lines[0].discount is None
    cart.lines[0].qty = 0  # a caller poking the data directly is still caught at checkout
    _bad(stall, lambda: sales.checkout(stall.db, cart, [Payment("cash", 10**7)],
                                       staff_id=stall.cashier), "at least 1")


def test_price_override_is_a_manager_reason(stall: Stall) -> None:
    cart = simple_cart(stall)
    cart.override_price(0, 100000, stall.manager)
    reasons = needs_manager(cart, 1000)
    assert len(reasons) == 1 and "Price of Madhubani fish painting" in reasons[0]
    with pytest.raises(InputError, match="manager"):
        cart.override_price(0, 90000, "")


def test_refund_of_nothing_is_refused(stall: Stall) -> None:
    sale = sales.checkout(stall.db, simple_cart(stall), [Payment("cash", 10**7)],
                          staff_id=stall.cashier)
    _bad(stall, lambda: sales.refund(stall.db, sale.invoice_no, lines={}, method="cash",
                                     reason="x", staff_id=stall.cashier,
                                     approved_by=stall.manager), "Choose")
    _bad(stall, lambda: sales.refund(stall.db, sale.invoice_no, lines={"nope": 1},
                                     method="cash", reason="x", staff_id=stall.cashier,
                                     approved_by=stall.manager), "has no line")
    _bad(stall, lambda: sales.refund(stall.db, sale.invoice_no, method="card", reason="x",
                                     staff_id=stall.cashier, approved_by=stall.manager),
         "terminal")
    _bad(stall, lambda: sales.refund(stall.db, sale.invoice_no, method="cash", reason=" ",
                                     staff_id=stall.cashier, approved_by=stall.manager),
         "reason")


def test_peek_next_forecasts_the_number_and_find_by_phone(stall: Stall) -> None:
    from pos.invoices import peek_next

    assert peek_next(stall.db) == doc_no(stall.db, 1)
    cart = simple_cart(stall)
    cart.buyer = Buyer(name="Meena", phone="+91 98765 43210")
    sale = sales.checkout(stall.db, cart, [Payment("cash", 10**7)], staff_id=stall.cashier)
    assert sale.invoice_no == doc_no(stall.db, 1)
    assert peek_next(stall.db) == doc_no(stall.db, 2)
    found = sales.find_bills(stall.db, phone="98765-43210")
    assert [b.invoice_no for b in found] == [sale.invoice_no]
    assert found[0].buyer_phone == "+919876543210" and found[0].line_count == 2
    assert sales.find_bills(stall.db, phone="91234 56789") == []
    with pytest.raises(InputError, match="not a date"):
        sales.find_bills(stall.db, date_from="26/11/2026")
