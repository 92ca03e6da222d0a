"""Checkout: a paid cart becomes a bill, in one transaction or not at all.

Inside one ``store.write`` the sale re-reads every price and stock level (a catalogue pull
may have landed since the item went into the cart), takes the invoice number, and writes the
order, its lines, payments, stock movements, the audit entry and the outbox rows that carry
them to the hub, all sharing the order id as their bundle. A crash at any instant leaves
either the whole bill or no trace of it, and no gap in the numbering.

Refunds and voids (``pos.returns``) and reading bills back (``pos.bills``) are re-exported
here so callers have one module for the money path.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pos import audit, invoices, records, store
from pos.bills import Bill, BillSummary, find_bills, load_bill
from pos.cart import BillTotals, Cart, CartLine, discount_needs_manager, refuse_above_mrp
from pos.days import BusinessDay, require_open_day
from pos.errors import InputError, NotFound
from pos.ids import utc_now, uuid7
from pos.money import format_inr
from pos.payments import Payment, change_due, refuse_reused_utr, validate_cover
from pos.profile import BIHAR, discount_limit_bp, seller_profile
from pos.returns import RefundResult, VoidResult, refund, void
from pos.staff import Staff, active_member, require_manager
from pos.stock import write_movements
from pos.store import Database

__all__ = [
    "Bill", "BillSummary", "PriceChanged", "RefundResult", "Sale", "VoidResult", "checkout",
    "find_bills", "load_bill", "refund", "void",
]


class PriceChanged(InputError):
    """A product's price or GST rate changed since it went into the cart (cart now updated)."""


@dataclass(frozen=True)
class Sale:
    """A completed checkout, for the pay dialog and the receipt."""

    order_id: str
    invoice_no: str
    series: str
    series_no: int
    doc_type: str
    created_at: str
    business_date: str
    totals: BillTotals
    payments: tuple[Payment, ...]
    change_paise: int
    advance_adjusted_paise: int = 0

    @property
    def total_paise(self) -> int:
        """The bill's total (after round-off)."""
        return self.totals.total_paise

    @property
    def paid_now_paise(self) -> int:
        """What the buyer paid at this sale: the total less any pre-order advance applied."""
        return self.totals.total_paise - self.advance_adjusted_paise


def _by_sku(db: Database, sql: str, skus: set[str]) -> dict[str, tuple[Any, ...]]:
    """Rows of ``sql`` (its first column the SKU, ``{}`` where the SKU list goes) for the
    cart's SKUs, in one statement however many lines the bill has."""
    if not skus:
        return {}
    rows = db.execute(sql.format(", ".join("?" for _ in skus)), sorted(skus)).fetchall()
    return {row[0]: tuple(row[1:]) for row in rows}


def _refresh_lines(db: Database, cart: Cart) -> None:
    """Re-read each line's product; update the cart and refuse if the price moved."""
    changed = []
    products = _by_sku(
        db, "SELECT sku, mrp_paise, gst_rate, hsn, active, one_of_a_kind FROM products "
        "WHERE sku IN ({})", {line.sku for line in cart.lines if line.sku is not None})
    for line in cart.lines:
        if line.sku is None:
            continue
        row = products.get(line.sku)
        if row is None:
            raise NotFound(f"Unknown SKU {line.sku}: it is not in the stall's catalogue.")
        mrp, rate, hsn, active, one_of_a_kind = row
        if not active:
            raise InputError(f"{line.sku} ({line.name_en}) is no longer sold; remove it.")
        if one_of_a_kind and line.qty != 1:
            raise InputError(f"{line.name_en} is one of a kind: the quantity can only be 1.")
        line.hsn = hsn
        moved = line.price_override_by is None and mrp != line.unit_price_paise
        if rate != line.gst_rate or moved:
            changed.append(f"{line.name_en} is now {format_inr(mrp)} at {rate} % GST")
            line.gst_rate, line.mrp_paise = rate, mrp
            if line.price_override_by is None:
                line.unit_price_paise = mrp
    if changed:
        raise PriceChanged(
            "Prices changed since the items were added; the bill was updated: "
            + "; ".join(changed) + ". Check the total and take payment again."
        )


def _check_stock(db: Database, cart: Cart) -> list[dict[str, Any]]:
    """Refuse selling below stock unless a manager allowed it; returns the overrides used."""
    wanted: dict[str, int] = defaultdict(int)
    for line in cart.lines:
        if line.sku is not None:
            wanted[line.sku] += line.qty
    overrides = []
    levels = _by_sku(db, "SELECT sku, qty FROM stock_levels WHERE sku IN ({})", set(wanted))
    for sku, qty in wanted.items():
        row = levels.get(sku)
        level = int(row[0]) if row else 0
        if level >= qty:
            continue
        lines = [ln for ln in cart.lines if ln.sku == sku]
        if not all(ln.stock_override_by for ln in lines):
            raise InputError(
                f"Only {level} of {sku} ({lines[0].name_en}) in stock, {qty} on the bill; "
                "a manager can allow selling below stock."
            )
        for ln in lines:
            require_manager(db, ln.stock_override_by, f"Selling {sku} below stock")
            overrides.append({"kind": "stock", "sku": sku, "level": level, "qty": qty,
                              "approved_by": ln.stock_override_by})
    return overrides


def _check_approvals(
    db: Database, cart: Cart, totals: BillTotals, approved_by: str | None
) -> tuple[str | None, list[dict[str, Any]]]:
    """The discount approver (if one was needed) and the price overrides, all managers."""
    overrides = []
    for line in cart.lines:
        if line.price_override_by is not None:
            refuse_above_mrp(line, line.unit_price_paise)
            require_manager(db, line.price_override_by, f"Changing the price of {line.name_en}")
            overrides.append({"kind": "price", "sku": line.sku, "mrp_paise": line.mrp_paise,
                              "unit_price_paise": line.unit_price_paise,
                              "approved_by": line.price_override_by})
    discount_approver = None
    if discount_needs_manager(cart, discount_limit_bp(db), totals):
        discount_approver = require_manager(db, approved_by, "A discount above the limit").id
    return discount_approver, overrides


def _check_place_of_supply(cart: Cart, seller_state: str) -> None:
    """IGST only for a buyer from another state, named on the bill (Rule 46(n))."""
    if not cart.inter_state:
        return
    state = cart.buyer.state_code
    if not state:
        raise InputError("An inter-state (IGST) bill needs the buyer's state: enter their "
                         "state code or GSTIN.")
    if state == seller_state:
        raise InputError(f"The buyer is from state {state}, the stall's own: a sale within "
                         "Bihar is charged CGST and SGST, not IGST."
                         if seller_state == BIHAR else
                         f"The buyer is from state {state}, the stall's own: charge CGST "
                         "and SGST, not IGST.")


def _reason(line: CartLine, share: int, cart: Cart) -> str | None:
    reasons = []
    if line.discount:
        reasons.append(line.discount.reason.strip())
    if share and cart.bill_discount:
        reasons.append(cart.bill_discount.reason.strip())
    return "; ".join(reasons) or None


def write_order(
    db: Database,
    cart: Cart,
    payments: list[Payment],
    *,
    day: BusinessDay,
    staff: Staff,
    doc_type: str,
    series_kind: str = "invoice",
    discount_approved_by: str | None = None,
    preorder_id: str | None = None,
    audit_details: dict[str, Any] | None = None,
    approved_by: str | None = None,
    bundle: str | None = None,
    advance_adjusted_paise: int = 0,
    unstocked: frozenset[int] = frozenset(),
    now: datetime | None = None,
    totals: BillTotals | None = None,
) -> Sale:
    """Write a checked cart and settled payments as a bill; call inside ``store.write``.

    Used by ``checkout`` and by pre-orders (the advance's receipt voucher, and the delivery
    bill, which applies ``advance_adjusted_paise`` already received). Lines without a SKU,
    and lines whose index is in ``unstocked`` (made to order, never in the stall), move no
    stock. The outbox bundle is the order id unless ``bundle`` says otherwise. ``totals``:
    the cart's ``totals()`` if the caller has just computed them, after setting the cart's
    ``charges_gst`` from the seller profile and without changing the cart since (checkout
    computes them once for its checks and the stored bill); otherwise they are made here.
    """
    if totals is None:
        cart.charges_gst = seller_profile(db).charges_gst
        totals = cart.totals()
    refuse_reused_utr(db, payments)
    created_at = utc_now(now)
    # The order's number first, then its stock movements' and the audit entry's, as always.
    dev, (order_seq,) = records.take_device_seqs(db, 1)
    invoice_no, series, series_no = invoices.take_next(
        db, kind=series_kind, when=now, device_code=dev.device_code)
    order_id = uuid7()
    bundle = bundle or order_id
    buyer = cart.buyer
    db.execute(
        "INSERT INTO orders(id, device_id, device_seq, invoice_no, series, series_no, doc_type, "
        "business_day_id, staff_id, created_at, buyer_name, buyer_phone, buyer_address, "
        "buyer_gstin, buyer_state_code, inter_state, bill_discount_paise, bill_discount_reason, "
        "discount_approved_by, gross_paise, discount_paise, taxable_paise, cgst_paise, "
        "sgst_paise, igst_paise, round_off_paise, total_paise, preorder_id, "
        "advance_adjusted_paise) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [order_id, dev.device_id, order_seq, invoice_no, series, series_no, doc_type, day.id,
         staff.id, created_at, buyer.name, buyer.phone, buyer.address, buyer.gstin,
         buyer.state_code, int(cart.inter_state), totals.bill_discount_paise,
         cart.bill_discount.reason.strip() if cart.bill_discount else None,
         discount_approved_by, totals.gross_paise, totals.discount_paise,
         totals.taxable_paise, totals.cgst_paise, totals.sgst_paise, totals.igst_paise,
         totals.round_off_paise, totals.total_paise, preorder_id, advance_adjusted_paise],
    )
    line_payloads: list[dict[str, Any]] = []
    for no, (line, fig) in enumerate(zip(cart.lines, totals.lines, strict=True), start=1):
        line_payloads.append({
            "id": uuid7(), "line_no": no, "sku": line.sku, "name_en": line.name_en,
            "name_hi": line.name_hi, "hsn": line.hsn, "gst_rate": line.gst_rate,
            "craft_code": line.craft_code, "artisan_id": line.artisan_id,
            "unit_price_paise": line.unit_price_paise, "qty": line.qty,
            "gross_paise": fig.gross_paise, "discount_paise": fig.discount_paise,
            "discount_reason": _reason(line, fig.bill_discount_paise, cart),
            "taxable_paise": fig.taxable_paise, "cgst_paise": fig.cgst_paise,
            "sgst_paise": fig.sgst_paise, "igst_paise": fig.igst_paise,
            "total_paise": fig.total_paise, "price_override_by": line.price_override_by,
            "stock_override_by": line.stock_override_by,
        })
    if line_payloads:
        columns = ", ".join(line_payloads[0])
        marks = ", ".join("?" for _ in line_payloads[0])
        db.conn.executemany(f"INSERT INTO order_lines(order_id, {columns}) VALUES (?, {marks})",
                            [[order_id, *payload.values()] for payload in line_payloads])
    payment_payloads: list[dict[str, Any]] = [{
        "id": uuid7(), "method": p.method, "amount_paise": p.amount_paise,
        "tendered_paise": p.tendered_paise,
        "change_paise": p.change_paise if p.method == "cash" and p.tendered_paise else None,
        "reference": p.reference,
    } for p in payments]
    db.conn.executemany(
        "INSERT INTO payments(id, order_id, method, amount_paise, tendered_paise, "
        "change_paise, reference, created_at) VALUES (?,?,?,?,?,?,?,?)",
        [[pay["id"], order_id, pay["method"], pay["amount_paise"], pay["tendered_paise"],
          pay["change_paise"], pay["reference"], created_at] for pay in payment_payloads],
    )
    records.enqueue(db, kind="order", record_id=order_id, device_seq=order_seq, bundle=bundle,
                    payload={
        "id": order_id, "device_id": dev.device_id, "device_seq": order_seq,
        "invoice_no": invoice_no, "series": series, "series_no": series_no,
        "doc_type": doc_type, "device_code": dev.device_code,
        "business_date": day.business_date, "created_at": created_at, "staff_id": staff.id,
        "staff_name": staff.name,
        "buyer": {"name": buyer.name, "phone": buyer.phone, "address": buyer.address,
                  "gstin": buyer.gstin, "state_code": buyer.state_code},
        "inter_state": bool(cart.inter_state),
        "bill_discount_paise": totals.bill_discount_paise,
        "bill_discount_reason": cart.bill_discount.reason.strip() if cart.bill_discount else None,
        "discount_approved_by": discount_approved_by, "gross_paise": totals.gross_paise,
        "discount_paise": totals.discount_paise, "taxable_paise": totals.taxable_paise,
        "cgst_paise": totals.cgst_paise, "sgst_paise": totals.sgst_paise,
        "igst_paise": totals.igst_paise, "round_off_paise": totals.round_off_paise,
        "total_paise": totals.total_paise, "preorder_id": preorder_id,
        "advance_adjusted_paise": advance_adjusted_paise,
        "lines": line_payloads, "payments": payment_payloads,
    })
    write_movements(db, [
        {"sku": sold["sku"], "qty": -sold["qty"], "kind": "sale", "order_id": order_id,
         "staff_id": staff.id, "approved_by": sold["stock_override_by"]}
        for index, sold in enumerate(line_payloads)
        if sold["sku"] is not None and index not in unstocked
    ], created_at=created_at, bundle=bundle)
    audit.append(
        db, "receipt_voucher" if doc_type == "receipt_voucher" else "sale",
        staff_id=staff.id, approved_by=approved_by or discount_approved_by,
        subject_kind="order", subject_id=order_id, bundle=bundle,
        details={"invoice_no": invoice_no, "total_paise": totals.total_paise,
                 "payments": {p.method: p.amount_paise for p in payments},
                 **({"advance_adjusted_paise": advance_adjusted_paise}
                    if advance_adjusted_paise else {}),
                 **(audit_details or {})},
    )
    return Sale(order_id, invoice_no, series, series_no, doc_type, created_at,
                day.business_date, totals, tuple(payments), change_due(payments),
                advance_adjusted_paise)


def checkout(
    db: Database,
    cart: Cart,
    payments: list[Payment],
    *,
    staff_id: str,
    approved_by: str | None = None,
    now: datetime | None = None,
) -> Sale:
    """Complete a sale: everything is written, or nothing is.

    Args:
        cart: the bill as built at the counter. If a price changed since it was filled the
            cart is updated and ``PriceChanged`` is raised so the buyer sees the new total.
        payments: as taken; cash may exceed the total (change), UPI and card may not.
        staff_id: the signed-in cashier.
        approved_by: the manager who entered a PIN for a discount above the limit.
        now: the moment of sale (default: now); the invoice date and financial year follow it.

    Raises:
        InputError: no open day, empty or invalid cart, unknown SKU, short payment, not
            enough stock without a manager's override. Nothing is written.
        PermissionDenied: an approval is missing or not by a manager.
    """
    cart.check_ready()
    with store.write(db):
        day = require_open_day(db, now)
        staff = active_member(db, staff_id)
        _refresh_lines(db, cart)
        profile = seller_profile(db)
        # Set before the totals so that one computation serves the checks and the bill
        # (the GST split, not the total, depends on it; the sell screen sets it the same way).
        cart.charges_gst = profile.charges_gst
        totals = cart.check_ready()
        _check_place_of_supply(cart, profile.state_code)
        discount_approver, price_overrides = _check_approvals(db, cart, totals, approved_by)
        stock_overrides = _check_stock(db, cart)
        settled = validate_cover(totals.total_paise, payments)
        overrides = price_overrides + stock_overrides
        approver = discount_approver or next((o["approved_by"] for o in overrides), None)
        return write_order(
            db, cart, settled, day=day, staff=staff, doc_type=profile.doc_type,
            discount_approved_by=discount_approver, approved_by=approver,
            audit_details={"overrides": overrides} if overrides else None, now=now,
            totals=totals,
        )
