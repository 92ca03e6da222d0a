"""Pre-orders: a buyer orders now (often something not in the stall) for later delivery.

The buyer's mobile, delivery address with PIN code and a promised date are taken with the
items and any advance. The advance gets its own document in the same transaction: a receipt
voucher (an order with doc_type ``receipt_voucher`` in its own number series) with one line,
"Advance for pre-order S01P2627/000009", carrying no tax: since Notification 66/2017-CT
GST is not payable on advances received for goods, and the advance is not a sale (the Z
report keeps advances apart).

At delivery (``deliver_preorder``) the real tax invoice (or bill of supply) is issued for
the items at their agreed prices with normal GST; it applies the advance already received
(``advance_adjusted_paise``) and takes only the balance. Cancelling (``cancel_preorder``,
a manager) refunds the advance against the voucher.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pos import audit, invoices, records, store
from pos.cart import Buyer, Cart, CartLine
from pos.days import parse_date, require_open_day
from pos.errors import InputError, NotFound
from pos.ids import utc_now, uuid7
from pos.money import format_inr, is_whole
from pos.payments import Payment, validate_cover
from pos.phone import normalise_mobile
from pos.profile import seller_profile
from pos.returns import RefundResult, refund
from pos.sales import Sale, write_order
from pos.schema import GST_RATES
from pos.staff import active_member, require_manager
from pos.store import Database

DEFAULT_GST_RATE = 5  # most handicrafts
_PIN = re.compile(r"^[1-9][0-9]{5}$")
STATUSES = ("open", "delivered", "cancelled")


@dataclass(frozen=True)
class Preorder:
    """A pre-order as stored."""

    id: str
    preorder_no: str
    created_at: str
    staff_id: str | None
    phone_e164: str
    buyer_name: str | None
    address: str
    pin_code: str
    promised_date: str
    items: tuple[dict[str, Any], ...]
    total_paise: int
    advance_paise: int
    balance_paise: int
    advance_order_id: str | None
    advance_invoice_no: str | None
    status: str
    note: str | None


def _whole(value: object, what: str, minimum: int) -> int:
    if not is_whole(value) or value < minimum:
        raise InputError(f"{what} must be a whole number of at least {minimum}, not '{value}'.")
    return value


def _items(db: Database, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Items checked; catalogue items take their name, HSN and GST rate from the catalogue."""
    if not items:
        raise InputError("A pre-order needs at least one item.")
    clean = []
    for n, item in enumerate(items, start=1):
        sku = str(item.get("sku") or "").strip() or None
        description = str(item.get("description") or "").strip()
        hsn, rate = str(item.get("hsn") or ""), item.get("gst_rate", DEFAULT_GST_RATE)
        if sku:
            row = db.execute("SELECT name_en, hsn, gst_rate FROM products WHERE sku = ?",
                             [sku]).fetchone()
            if row is None:
                raise NotFound(f"Item {n}: unknown SKU {sku}.")
            description = description or row[0]
            hsn, rate = row[1], row[2]
        if not description:
            raise InputError(f"Item {n}: describe what the buyer wants.")
        if rate not in GST_RATES:
            raise InputError(f"Item {n}: {rate} is not a GST rate.")
        entry: dict[str, Any] = {
            "description": description,
            "qty": _whole(item.get("qty"), f"Item {n}: the quantity", 1),
            "unit_price_paise": _whole(item.get("unit_price_paise"), f"Item {n}: the price", 0),
            "gst_rate": rate, "hsn": hsn,
        }
        if sku:
            entry["sku"] = sku
        clean.append(entry)
    return clean


def _advance_cart(preorder_no: str, items: list[dict[str, Any]], advance: int,
                  buyer: Buyer) -> Cart:
    """The receipt voucher's one line: the advance, untaxed (taxable = amount), under the
    HSN of the pre-order's biggest item. GST is charged on the delivery bill instead."""
    biggest = max(items, key=lambda i: i["qty"] * i["unit_price_paise"])
    cart = Cart()
    cart.lines.append(CartLine(
        sku=None, name_en=f"Advance for pre-order {preorder_no}",
        name_hi=f"अग्रिम ऑर्डर {preorder_no}", hsn=biggest["hsn"], gst_rate=0,
        unit_price_paise=advance, mrp_paise=advance))
    cart.buyer = buyer
    return cart


def take_preorder(
    db: Database,
    *,
    phone: str,
    buyer_name: str | None,
    address: str,
    pin_code: str,
    promised_date: date | str,
    items: list[dict[str, Any]],
    advance: list[Payment],
    staff_id: str,
    note: str | None = None,
    now: datetime | None = None,
) -> Preorder:
    """Record a pre-order and its advance (receipt voucher) in one transaction.

    ``items``: ``[{sku?, description, qty, unit_price_paise, gst_rate?, hsn?}]``; items
    outside the catalogue default to 5 % GST. The advance must be whole rupees and not more
    than the total; cash may be tendered with change.
    """
    mobile = normalise_mobile(phone)
    address = str(address or "").strip()
    if not address:
        raise InputError("Enter the delivery address.")
    pin = str(pin_code or "").strip()
    if not _PIN.match(pin):
        raise InputError(f"'{pin}' is not a PIN code: six digits, not starting with 0.")
    promised = parse_date(promised_date, "The promised date")
    if promised < invoices.ist_date(now):
        raise InputError(f"The promised date {promised.isoformat()} is in the past.")
    offered = sum(p.amount_paise for p in advance if isinstance(p.amount_paise, int))
    with store.write(db):
        day = require_open_day(db, now)
        staff = active_member(db, staff_id)
        clean = _items(db, items)
        total = sum(i["qty"] * i["unit_price_paise"] for i in clean)
        settled = validate_cover(min(offered, total), advance) if advance else []
        paid = sum(p.amount_paise for p in settled)
        if paid % 100:
            raise InputError("Take the advance in whole rupees.")
        created_at = utc_now(now)
        dev = records.device(db)
        preorder_id, seq = uuid7(), records.next_device_seq(db)
        preorder_no, _, _ = invoices.take_next(db, kind="preorder", when=now)
        buyer = Buyer(name=buyer_name, phone=mobile, address=f"{address} {pin}")
        order_id = invoice_no = None
        if paid:
            sale = write_order(
                db, _advance_cart(preorder_no, clean, paid, buyer), settled, day=day,
                staff=staff, doc_type="receipt_voucher", series_kind="receipt_voucher",
                preorder_id=preorder_id, bundle=preorder_id, now=now,
                audit_details={"preorder_no": preorder_no},
            )
            order_id, invoice_no = sale.order_id, sale.invoice_no
        wire_items = [{k: v for k, v in i.items() if k in ("sku", "description", "qty",
                                                            "unit_price_paise")}
                      for i in clean]
        row = {
            "id": preorder_id, "device_id": dev.device_id, "device_seq": seq,
            "preorder_no": preorder_no, "business_day_id": day.id, "created_at": created_at,
            "staff_id": staff.id, "phone_e164": mobile,
            "buyer_name": (buyer_name or "").strip() or None, "address": address,
            "pin_code": pin, "promised_date": promised.isoformat(),
            "items": json.dumps(clean, ensure_ascii=False), "total_paise": total,
            "advance_paise": paid, "balance_paise": total - paid, "advance_order_id": order_id,
            "note": (note or "").strip() or None,
        }
        db.execute(f"INSERT INTO preorders({', '.join(row)}) "
                   f"VALUES ({', '.join('?' for _ in row)})", list(row.values()))
        payload = {k: v for k, v in row.items() if k not in ("business_day_id", "items")}
        payload.update(business_date=day.business_date, items=wire_items)
        records.enqueue(db, kind="preorder", record_id=preorder_id, device_seq=seq,
                        payload=payload, bundle=preorder_id)
        audit.append(db, "preorder", staff_id=staff.id, subject_kind="preorder",
                     subject_id=preorder_id, bundle=preorder_id,
                     details={"preorder_no": preorder_no, "total_paise": total,
                              "advance_paise": paid, "receipt_voucher": invoice_no})
    return get_preorder(db, preorder_no)


_SELECT = (
    "SELECT p.id, p.preorder_no, p.created_at, p.staff_id, p.phone_e164, p.buyer_name, "
    "p.address, p.pin_code, p.promised_date, p.items, p.total_paise, p.advance_paise, "
    "p.balance_paise, p.advance_order_id, o.invoice_no, p.status, p.note FROM preorders p "
    "LEFT JOIN orders o ON o.id = p.advance_order_id"
)


def _preorder(row: tuple[Any, ...]) -> Preorder:
    values = list(row)
    values[9] = tuple(json.loads(values[9]))
    return Preorder(*values)


def get_preorder(db: Database, preorder_no: str) -> Preorder:
    """One pre-order by number; NotFound if there is none."""
    number = str(preorder_no).strip().upper()
    row = db.execute(_SELECT + " WHERE p.preorder_no = ?", [number]).fetchone()
    if row is None:
        raise NotFound(f"There is no pre-order with number {number!r}.")
    return _preorder(row)


def list_preorders(db: Database, *, status: str | None = "open") -> list[Preorder]:
    """Pre-orders by promised date (soonest first); ``status=None`` lists all."""
    if status is not None and status not in STATUSES:
        raise InputError(f"A pre-order is open, delivered or cancelled, not '{status}'.")
    where, params = ("", []) if status is None else (" WHERE p.status = ?", [status])
    rows = db.execute(_SELECT + where + " ORDER BY p.promised_date, p.created_at",
                      params).fetchall()
    return [_preorder(r) for r in rows]


def _get_by_id(db: Database, preorder_id: str) -> Preorder:
    row = db.execute(_SELECT + " WHERE p.id = ?", [str(preorder_id)]).fetchone()
    if row is None:
        raise NotFound(f"There is no pre-order {preorder_id}.")
    return _preorder(row)


def _delivery_cart(db: Database, order: Preorder) -> tuple[Cart, frozenset[int]]:
    """The delivery bill's lines at the agreed prices, and the lines that move no stock:
    catalogue items the stall does not hold enough of (made to order), and items that
    were never in the catalogue (no SKU)."""
    cart, unstocked = Cart(), set()
    needed: dict[str, int] = {}
    for index, item in enumerate(order.items):
        sku = item.get("sku")
        row = db.execute("SELECT name_hi, craft_code, artisan_id FROM products WHERE sku = ?",
                         [sku]).fetchone() if sku else None
        price = int(item["unit_price_paise"])
        cart.lines.append(CartLine(
            sku=sku, name_en=item["description"], name_hi=row[0] if row else "",
            hsn=item["hsn"], gst_rate=int(item["gst_rate"]), unit_price_paise=price,
            mrp_paise=price, qty=int(item["qty"]), craft_code=row[1] if row else None,
            artisan_id=row[2] if row else None))
        if sku:
            level = db.execute("SELECT qty FROM stock_levels WHERE sku = ?", [sku]).fetchone()
            needed[sku] = needed.get(sku, 0) + int(item["qty"])
            if needed[sku] > (int(level[0]) if level else 0):
                unstocked.add(index)
    cart.buyer = Buyer(name=order.buyer_name, phone=order.phone_e164,
                       address=f"{order.address} {order.pin_code}")
    return cart, frozenset(unstocked)


def delivery_due(db: Database, preorder_no: str) -> int:
    """What the buyer still pays at delivery: the delivery bill's total (rounded, as the
    bill will be) less the advance. Zero when the advance covers it."""
    order = get_preorder(db, preorder_no)
    cart, _ = _delivery_cart(db, order)
    cart.charges_gst = seller_profile(db).charges_gst
    return max(cart.totals().total_paise - order.advance_paise, 0)


def deliver_preorder(
    db: Database,
    preorder_id: str,
    *,
    payments: list[Payment],
    staff_id: str,
    now: datetime | None = None,
) -> Sale:
    """Hand a pre-order over: its tax invoice (or bill of supply), in one transaction.

    The bill lists the items at their agreed prices with normal GST, applies the advance
    already received (``advance_adjusted_paise``, the receipt voucher's money) and is paid
    by ``payments`` for the rest (none when the advance covers everything). Catalogue
    items in stock leave the stock; items made to order move none. The pre-order is marked
    delivered in the same transaction.

    Raises:
        InputError: the pre-order is not open, no open day, payments do not cover the
            balance (or are given when nothing is due).
        NotFound: no such pre-order.
    """
    with store.write(db):
        day = require_open_day(db, now)
        staff = active_member(db, staff_id)
        order = _get_by_id(db, preorder_id)
        if order.status != "open":
            raise InputError(f"Pre-order {order.preorder_no} is already {order.status}.")
        cart, unstocked = _delivery_cart(db, order)
        profile = seller_profile(db)
        cart.charges_gst = profile.charges_gst
        total = cart.check_ready().total_paise
        due = total - order.advance_paise
        if due > 0:
            settled = validate_cover(due, payments)
        elif payments:
            raise InputError(f"The advance of {format_inr(order.advance_paise)} covers "
                             f"pre-order {order.preorder_no}: take no payment.")
        else:
            settled = []
        sale = write_order(
            db, cart, settled, day=day, staff=staff, doc_type=profile.doc_type,
            preorder_id=order.id, advance_adjusted_paise=order.advance_paise,
            unstocked=unstocked, now=now,
            audit_details={"preorder_no": order.preorder_no,
                           "receipt_voucher": order.advance_invoice_no},
        )
        db.execute("UPDATE preorders SET status = 'delivered' WHERE id = ?", [order.id])
        audit.append(db, "preorder_delivered", staff_id=staff.id, subject_kind="preorder",
                     subject_id=order.id, bundle=sale.order_id,
                     details={"preorder_no": order.preorder_no,
                              "invoice_no": sale.invoice_no,
                              "advance_adjusted_paise": order.advance_paise})
    return sale


def cancel_preorder(
    db: Database,
    preorder_no: str,
    *,
    reason: str,
    method: str = "cash",
    reference: str | None = None,
    staff_id: str,
    approved_by: str | None,
    now: datetime | None = None,
) -> RefundResult | None:
    """Cancel an open pre-order (a manager approves); the advance is refunded by ``method``
    against its receipt voucher (a credit note), in the same transaction. Returns the
    refund, or None when no advance was taken.

    Raises:
        InputError: not open, no reason, a bad refund reference.
        PermissionDenied: ``approved_by`` is not a manager.
    """
    if not str(reason or "").strip():
        raise InputError("Give a reason for cancelling the pre-order.")
    with store.write(db):
        require_open_day(db, now)
        staff = active_member(db, staff_id)
        manager = require_manager(db, approved_by, "Cancelling a pre-order")
        order = get_preorder(db, preorder_no)
        if order.status != "open":
            raise InputError(f"Pre-order {order.preorder_no} is already {order.status}.")
        given_back = None
        if order.advance_invoice_no:
            given_back = refund(db, order.advance_invoice_no, method=method,
                                reference=reference, reason=reason, staff_id=staff.id,
                                approved_by=manager.id, now=now)
        db.execute("UPDATE preorders SET status = 'cancelled' WHERE id = ?", [order.id])
        audit.append(db, "preorder_cancelled", staff_id=staff.id, approved_by=manager.id,
                     subject_kind="preorder", subject_id=order.id,
                     details={"preorder_no": order.preorder_no, "reason": reason.strip(),
                              "credit_note_no": given_back.credit_note_no if given_back
                              else None})
    return given_back
