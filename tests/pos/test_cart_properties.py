"""Property tests: any cart adds up, to the paisa, in memory and once stored."""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import count
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos import store
from pos.cart import Buyer
from pos.errors import InputError
from pos.payments import Payment, validate_cover
from pos.profile import SellerProfile, save_seller_profile
from pos.sales import checkout, load_bill, refund
from tests.helpers.cartgen import build, carts
from tests.helpers.selling import add_product, add_staff, open_day, utr


@st.composite
def splits(draw: st.DrawFn, total: int) -> list[Payment]:
    """Payments covering ``total``: up to three parts, cash (last) may carry change."""
    if total == 0:
        return []
    parts = draw(st.integers(1, 3))
    cuts = sorted(draw(st.lists(st.integers(1, max(1, total - 1)), min_size=parts - 1,
                                max_size=parts - 1, unique=True))) if total > parts else []
    amounts = [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]
    payments = []
    for i, amount in enumerate(amounts):
        method = "cash" if i == len(amounts) - 1 else draw(st.sampled_from(["upi", "card"]))
        if method == "cash":
            extra = draw(st.integers(0, 200_000))
            payments.append(Payment("cash", amount + extra, tendered_paise=None))
        elif method == "upi":
            payments.append(Payment("upi", amount, reference=utr()))
        else:
            payments.append(Payment("card", amount, reference=f"T{i}X"))
    return payments


@settings(max_examples=300, deadline=None)
@given(carts(), st.integers(0, 10**9), st.booleans())
def test_every_cart_adds_up(spec: list[dict], pick: int, inter_state: bool) -> None:
    totals = build(spec, pick, inter_state).totals()
    for line in totals.lines:
        assert line.taxable_paise + line.cgst_paise + line.sgst_paise + line.igst_paise == (
            line.total_paise)
        assert line.gross_paise - line.discount_paise == line.total_paise
        assert min(line.taxable_paise, line.cgst_paise, line.sgst_paise, line.igst_paise) >= 0
        if inter_state:
            assert line.cgst_paise == line.sgst_paise == 0
        else:
            assert line.igst_paise == 0 and 0 <= line.sgst_paise - line.cgst_paise <= 1
    assert sum(t.total_paise for t in totals.lines) + totals.round_off_paise == totals.total_paise
    assert -50 < totals.round_off_paise <= 50
    assert totals.total_paise % 100 == 0
    assert totals.gross_paise - totals.discount_paise == totals.subtotal_paise


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10_000_000).flatmap(lambda t: st.tuples(st.just(t), splits(t))))
def test_payments_cover(case: tuple[int, list[Payment]]) -> None:
    total, payments = case
    settled = validate_cover(total, payments)
    assert sum(p.amount_paise for p in settled) == total
    assert all(p.amount_paise > 0 for p in settled)
    handed = sum(p.tendered_paise or p.amount_paise for p in settled)
    assert handed == sum(p.amount_paise for p in payments)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[store.Database, str]]:
    db = store.open_store(Path(tmp_path_factory.mktemp("shop")))
    cashier = add_staff(db, "Sita")
    add_staff(db, "Ravi", "manager")
    open_day(db, cashier)
    # Big random discounts would need a manager at every checkout; lift the limit here.
    store.set_setting(db, "discount_limit_bp", 10_000)
    # A registered seller: its tax invoices split the GST the carts compute.
    save_seller_profile(db, SellerProfile(name="Stall", gstin="10AAAGU0487K1Z9"))
    yield db, cashier
    db.close()


_skus = count()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(carts(), st.integers(0, 10**9), st.booleans(), st.data())
def test_stored_bill_equals_cart(
    shop: tuple[store.Database, str], spec: list[dict], pick: int, inter_state: bool,
    data: st.DataObject,
) -> None:
    db, cashier = shop
    products = [add_product(db, f"H{next(_skus)}", line["price"], gst_rate=line["rate"],
                            stock=line["qty"]) for line in spec]
    cart = build(spec, pick, inter_state, products)
    cart.buyer = Buyer(name="Asha Devi", address="Boring Road, Patna",
                       state_code="07" if inter_state else None)
    totals = cart.totals()
    payments = data.draw(splits(totals.total_paise))
    sale = checkout(db, cart, payments, staff_id=cashier)
    bill = load_bill(db, sale.invoice_no)
    assert bill.total_paise == totals.total_paise
    assert bill.round_off_paise == totals.round_off_paise
    for stored, line in zip(bill.lines, totals.lines, strict=True):
        assert (stored.gross_paise, stored.discount_paise, stored.taxable_paise,
                stored.cgst_paise, stored.sgst_paise, stored.igst_paise, stored.total_paise) == (
            line.gross_paise, line.discount_paise, line.taxable_paise, line.cgst_paise,
            line.sgst_paise, line.igst_paise, line.total_paise)
    assert sum(p.amount_paise for p in bill.payments) == bill.total_paise
    (payload,) = db.execute("SELECT payload FROM outbox WHERE record_id = ?", [bill.id]).fetchone()
    order = json.loads(payload)
    assert order["total_paise"] == bill.total_paise
    assert [ln["total_paise"] for ln in order["lines"]] == [t.total_paise for t in totals.lines]
    for product in products:
        assert db.execute("SELECT qty FROM stock_levels WHERE sku = ?",
                          [product.sku]).fetchone()[0] == 0


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(carts(), st.integers(0, 10**9), st.booleans(), st.data())
def test_refunds_in_pieces_give_back_exactly_the_bill(
    shop: tuple[store.Database, str], spec: list[dict], pick: int, inter_state: bool,
    data: st.DataObject,
) -> None:
    db, cashier = shop
    boss = db.execute("SELECT id FROM staff WHERE role = 'manager'").fetchone()[0]
    products = [add_product(db, f"R{next(_skus)}", line["price"], gst_rate=line["rate"],
                            stock=line["qty"]) for line in spec]
    cart = build(spec, pick, inter_state, products)
    cart.buyer = Buyer(name="Asha Devi", address="Boring Road, Patna",
                       state_code="07" if inter_state else None)
    total = cart.totals().total_paise
    sale = checkout(db, cart, [Payment("cash", total)] if total else [], staff_id=cashier)
    bill = load_bill(db, sale.invoice_no)
    while bill.status != "refunded":
        left = [ln for ln in bill.lines if ln.refundable_qty]
        chosen = data.draw(st.lists(st.sampled_from(left), min_size=1, unique_by=lambda x: x.id))
        wanted = {ln.id: data.draw(st.integers(1, ln.refundable_qty)) for ln in chosen}
        try:
            refund(db, sale.invoice_no, lines=wanted, method="cash", reason="returned",
                   staff_id=cashier, approved_by=boss)
        except InputError as exc:
            # Pieces worth a few paise can round to no money: refund everything left, and
            # if even that is no money, only paise-worth pieces remain.
            assert "rounds to nothing" in str(exc)
            try:
                refund(db, sale.invoice_no, lines=None, method="cash", reason="returned",
                       staff_id=cashier, approved_by=boss)
            except InputError:
                assert bill.total_paise - bill.refunded_paise == 0
                assert sum(ln.total_paise * ln.refundable_qty // ln.qty for ln in left) < 100
                return
        bill = load_bill(db, sale.invoice_no)
        assert 0 <= bill.refunded_paise <= bill.total_paise
    assert bill.refunded_paise == bill.total_paise
    for line in bill.lines:
        given = [rl for r in bill.refunds for rl in r.lines if rl.order_line_id == line.id]
        for key in ("taxable_paise", "cgst_paise", "sgst_paise", "igst_paise", "total_paise"):
            assert sum(getattr(rl, key) for rl in given) == getattr(line, key)
    for r in bill.refunds:
        assert r.taxable_paise + r.cgst_paise + r.sgst_paise + r.igst_paise + (
            r.round_off_paise) == r.amount_paise
        assert abs(r.round_off_paise) <= 100
