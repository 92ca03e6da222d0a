"""Bills written straight into the stall tables, for day-close and Z-report tests.

This writes what checkout writes (orders, lines, payments, refunds, voids) with the GST
rules of ``pos.money``, so the day and report code can be tested on exact, hand-chosen
figures without going through the cart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pos import money, records, store
from pos.ids import utc_now, uuid7
from pos.store import Database
from tests.helpers.selling import utr


@dataclass(frozen=True)
class Line:
    """One bill line: unit MRP, quantity, GST rate, craft, artisan and line discount."""

    price: int
    qty: int = 1
    rate: int = 5
    craft: str | None = "MADHUBANI"
    artisan: str | None = "A1"
    discount: int = 0


def insert_bill(
    db: Database,
    day_id: str,
    staff_id: str,
    lines: list[Line],
    payments: list[tuple[str, int]] | None = None,
    *,
    inter_state: bool = False,
) -> str:
    """Write one bill; ``payments`` default to cash for the whole total. Returns the order id."""
    order_id = uuid7()
    now = utc_now()
    with store.write(db):
        dev = records.device(db)
        (series_no,) = db.execute(
            "SELECT coalesce(max(series_no), 0) + 1 FROM orders WHERE series = 'T01/2627'"
        ).fetchone()
        taxes = []
        for line in lines:
            gross = line.price * line.qty
            taxes.append((gross, money.split_tax(gross - line.discount, line.rate,
                                                 inter_state=inter_state)))
        lines_total = sum(t.gross for _, t in taxes)
        total, round_off = money.round_bill(lines_total)
        db.execute(
            "INSERT INTO orders(id, device_id, device_seq, invoice_no, series, series_no, "
            "doc_type, business_day_id, staff_id, created_at, inter_state, gross_paise, "
            "discount_paise, taxable_paise, cgst_paise, sgst_paise, igst_paise, "
            "round_off_paise, total_paise) VALUES (?, ?, ?, ?, 'T01/2627', ?, 'tax_invoice', "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [order_id, dev.device_id, records.next_device_seq(db),
             f"T01/2627/{series_no:06d}", series_no, day_id, staff_id, now, int(inter_state),
             sum(g for g, _ in taxes), sum(ln.discount for ln in lines),
             sum(t.taxable for _, t in taxes), sum(t.cgst for _, t in taxes),
             sum(t.sgst for _, t in taxes), sum(t.igst for _, t in taxes), round_off, total],
        )
        for no, (line, (gross, tax)) in enumerate(zip(lines, taxes, strict=True), start=1):
            db.execute(
                "INSERT INTO order_lines(id, order_id, line_no, sku, name_en, name_hi, hsn, "
                "gst_rate, craft_code, artisan_id, unit_price_paise, qty, gross_paise, "
                "discount_paise, taxable_paise, cgst_paise, sgst_paise, igst_paise, "
                "total_paise) VALUES (?, ?, ?, ?, 'Item', 'वस्तु', '9701', ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?)",
                [uuid7(), order_id, no, f"SKU-{no}", line.rate, line.craft, line.artisan,
                 line.price, line.qty, gross, line.discount, tax.taxable, tax.cgst, tax.sgst,
                 tax.igst, tax.gross],
            )
        for method, amount in payments if payments is not None else [("cash", total)]:
            db.execute(
                "INSERT INTO payments(id, order_id, method, amount_paise, created_at) "
                "VALUES (?, ?, ?, ?, ?)", [uuid7(), order_id, method, amount, now],
            )
    return order_id


def insert_refund(db: Database, order_id: str, day_id: str, method: str, amount: int) -> str:
    """A refund of ``amount`` paise against a bill, paid back by ``method``."""
    refund_id = uuid7()
    tax = money.split_tax(amount, 5)
    with store.write(db):
        dev = records.device(db)
        db.execute(
            "INSERT INTO refunds(id, device_id, device_seq, order_id, business_day_id, "
            "created_at, reason, method, taxable_paise, cgst_paise, sgst_paise, igst_paise, "
            "amount_paise) VALUES (?, ?, ?, ?, ?, ?, 'damaged', ?, ?, ?, ?, 0, ?)",
            [refund_id, dev.device_id, records.next_device_seq(db), order_id, day_id,
             utc_now(), method, tax.taxable, tax.cgst, tax.sgst, amount],
        )
    return refund_id


def insert_void(db: Database, order_id: str, day_id: str) -> str:
    """A void of a whole bill."""
    void_id = uuid7()
    with store.write(db):
        dev = records.device(db)
        db.execute(
            "INSERT INTO voids(id, device_id, device_seq, order_id, business_day_id, "
            "created_at, reason) VALUES (?, ?, ?, ?, ?, ?, 'wrong item')",
            [void_id, dev.device_id, records.next_device_seq(db), order_id, day_id,
             utc_now()],
        )
    return void_id


def sell(
    db: Database,
    staff_id: str,
    items: list[tuple[object, int, int]],
    methods: list[str],
    *,
    bill_discount_bp: int = 0,
    inter_state: bool = False,
    approved_by: str | None = None,
    cash_tendered_extra: int = 0,
    now: datetime | None = None,
) -> object:
    """A real checkout (``pos.sales.checkout``) of ``items`` = [(product, qty, discount bp)].

    The total is split evenly over ``methods`` (the last takes the rest); a cash part may be
    over-tendered by ``cash_tendered_extra`` paise to exercise change. Returns the ``Sale``.
    """
    from pos.cart import Buyer, Cart, Discount
    from pos.payments import Payment
    from pos.sales import checkout

    cart = Cart()
    for product, qty, discount_bp in items:
        i = cart.add(product, qty)  # type: ignore[arg-type]
        if discount_bp:
            cart.set_line_discount(i, Discount("percent", discount_bp, "festival offer"))
    if bill_discount_bp:
        cart.set_bill_discount(Discount("percent", bill_discount_bp, "bulk buyer"))
    cart.inter_state = inter_state
    if inter_state:  # IGST needs the buyer's state, another than Bihar
        cart.buyer = Buyer(state_code="07")
    total = cart.totals().total_paise
    share = total // len(methods)
    parts = [share] * (len(methods) - 1) + [total - share * (len(methods) - 1)]
    payments = []
    for n, (method, amount) in enumerate(zip(methods, parts, strict=True)):
        if amount <= 0:
            continue
        if method == "cash":
            payments.append(Payment("cash", amount + cash_tendered_extra))
        elif method == "upi":
            payments.append(Payment("upi", amount, reference=utr()))
        else:
            payments.append(Payment("card", amount, reference=f"TXN{n + 1}"))
    return checkout(db, cart, payments, staff_id=staff_id, approved_by=approved_by, now=now)
