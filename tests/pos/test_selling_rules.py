"""Rules a QA review found missing at checkout: a UPI reference pays one bill only, no price
above the MRP, voids only within the open day, and no sale into a day left open overnight."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from pos import sales
from pos.cart import Cart
from pos.errors import InputError
from pos.ids import IST, ist_today
from pos.payments import Payment
from tests.helpers.selling import add_product, add_staff, close_open_day, counts, open_day, utr
from tests.pos.test_sales import Stall, product


@pytest.fixture
def stall(db) -> Stall:
    cashier = add_staff(db, "Sita Kumari")
    boss = add_staff(db, "Ravi Ranjan", "manager")
    open_day(db, cashier)
    add_product(db, "MB-001", 125000, name_en="Madhubani fish painting")
    add_product(db, "SK-002", 39900, gst_rate=12, name_en="Sikki basket")
    return Stall(db, cashier, boss)


def _cart(stall: Stall, sku: str = "SK-002") -> Cart:
    cart = Cart()
    cart.add(product(stall.db, sku))
    return cart


def _refused(stall: Stall, action, words: str) -> None:
    before = counts(stall.db)
    with pytest.raises(InputError, match=words):
        action()
    assert counts(stall.db) == before


def test_a_upi_reference_pays_one_bill_only(stall: Stall) -> None:
    reference = utr()
    first = sales.checkout(stall.db, _cart(stall), [Payment("upi", 39900, reference=reference)],
                           staff_id=stall.cashier)
    _refused(stall, lambda: sales.checkout(
        stall.db, _cart(stall), [Payment("upi", 39900, reference=reference)],
        staff_id=stall.cashier), f"already used to pay bill {first.invoice_no}")
    # Spaces typed into the UTR do not get an old one past the check.
    spaced = f"{reference[:4]} {reference[4:8]} {reference[8:]}"
    _refused(stall, lambda: sales.checkout(
        stall.db, _cart(stall), [Payment("upi", 39900, reference=spaced)],
        staff_id=stall.cashier), first.invoice_no)
    again = utr()
    _refused(stall, lambda: sales.checkout(
        stall.db, _cart(stall), [Payment("upi", 20000, reference=again),
                                 Payment("upi", 19900, reference=again)],
        staff_id=stall.cashier), "twice")
    assert sales.checkout(stall.db, _cart(stall), [Payment("upi", 39900, reference=again)],
                          staff_id=stall.cashier).invoice_no != first.invoice_no


def test_a_price_override_may_only_lower_the_price(stall: Stall) -> None:
    cart = _cart(stall, "MB-001")
    with pytest.raises(InputError, match="above its MRP"):
        cart.override_price(0, 125100, stall.manager)
    assert cart.lines[0].unit_price_paise == 125000 and cart.lines[0].price_override_by is None
    cart.override_price(0, 125000, stall.manager)   # at the MRP: allowed
    cart.override_price(0, 100000, stall.manager)
    assert sales.checkout(stall.db, cart, [Payment("cash", 100000)],
                          staff_id=stall.cashier).total_paise == 100000
    # A cart edited behind the cart's back is still caught at checkout.
    poked = _cart(stall, "MB-001")
    poked.override_price(0, 110000, stall.manager)
    poked.lines[0].unit_price_paise = 150000
    _refused(stall, lambda: sales.checkout(stall.db, poked, [Payment("cash", 150000)],
                                           staff_id=stall.cashier), "above its MRP")


def test_only_a_bill_of_the_open_day_can_be_voided(stall: Stall) -> None:
    today = sales.checkout(stall.db, _cart(stall), [Payment("cash", 39900)],
                           staff_id=stall.cashier)
    earlier = sales.checkout(stall.db, _cart(stall), [Payment("cash", 39900)],
                             staff_id=stall.cashier)
    sales.void(stall.db, today.invoice_no, reason="rang twice", staff_id=stall.cashier,
               approved_by=stall.manager)
    # That day was yesterday's and is closed; today a new day is open.
    close_open_day(stall.db)
    stall.db.execute("UPDATE business_days SET business_date = ?",
                     [(ist_today() - timedelta(days=1)).isoformat()])
    open_day(stall.db, stall.cashier)
    _refused(stall, lambda: sales.void(stall.db, earlier.invoice_no, reason="changed mind",
                                       staff_id=stall.cashier, approved_by=stall.manager),
             "earlier, closed business day.*refund")
    back = sales.refund(stall.db, earlier.invoice_no, method="cash", reason="changed mind",
                        staff_id=stall.cashier, approved_by=stall.manager)
    assert back.amount_paise == 39900


def test_no_sale_into_a_day_left_open_from_an_earlier_date(stall: Stall) -> None:
    yesterday = ist_today() - timedelta(days=1)
    stall.db.execute("UPDATE business_days SET business_date = ?", [yesterday.isoformat()])
    shown = yesterday.strftime("%d-%m-%Y")
    for action in (
        lambda: sales.checkout(stall.db, _cart(stall), [Payment("cash", 39900)],
                               staff_id=stall.cashier),
        lambda: sales.refund(stall.db, "X/1", method="cash", reason="r",
                             staff_id=stall.cashier, approved_by=stall.manager),
    ):
        _refused(stall, action, f"Close the day of {shown} before selling")
    # A sale dated within that day (a till clock set to yesterday) still goes in.
    noon = datetime.combine(yesterday, datetime.min.time(), tzinfo=IST) + timedelta(hours=12)
    assert sales.checkout(stall.db, _cart(stall), [Payment("cash", 39900)],
                          staff_id=stall.cashier, now=noon).business_date == yesterday.isoformat()
