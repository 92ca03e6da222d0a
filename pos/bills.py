"""Reading bills back: one bill in full (receipts, the orders screen) or a search list.

A bill's status follows from the records that point at it: a void makes it ``voided``;
refunds make it ``refunded`` when every piece went back, else ``partially_refunded``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from pos.cart import Buyer
from pos.days import parse_date
from pos.errors import NotFound
from pos.ids import IST, to_ist
from pos.salesexport import status_of
from pos.store import Database


@dataclass(frozen=True)
class BillLine:
    """One line of a stored bill, with how much of it has been refunded."""

    id: str
    line_no: int
    sku: str | None
    name_en: str
    name_hi: str
    hsn: str
    gst_rate: int
    craft_code: str | None
    artisan_id: str | None
    unit_price_paise: int
    qty: int
    gross_paise: int
    discount_paise: int
    discount_reason: str | None
    taxable_paise: int
    cgst_paise: int
    sgst_paise: int
    igst_paise: int
    total_paise: int
    price_override_by: str | None
    stock_override_by: str | None
    artisan_name: str | None = None
    refunded_qty: int = 0

    @property
    def refundable_qty(self) -> int:
        """Pieces of this line not yet refunded."""
        return self.qty - self.refunded_qty


@dataclass(frozen=True)
class BillPayment:
    """One payment of a stored bill."""

    id: str
    method: str
    amount_paise: int
    tendered_paise: int | None
    change_paise: int | None
    reference: str | None
    created_at: str


@dataclass(frozen=True)
class RefundLine:
    """What one refund gave back for one bill line."""

    id: str
    order_line_id: str
    sku: str | None
    qty: int
    taxable_paise: int
    cgst_paise: int
    sgst_paise: int
    igst_paise: int
    total_paise: int


@dataclass(frozen=True)
class BillRefund:
    """A refund against a bill, with its credit note number."""

    id: str
    credit_note_no: str
    created_at: str
    staff_id: str | None
    staff_name: str | None
    approved_by: str | None
    approved_by_name: str | None
    reason: str
    method: str
    reference: str | None
    taxable_paise: int
    cgst_paise: int
    sgst_paise: int
    igst_paise: int
    round_off_paise: int
    amount_paise: int
    lines: tuple[RefundLine, ...]


@dataclass(frozen=True)
class BillVoid:
    """The void of a bill (the invoice number stays used)."""

    id: str
    created_at: str
    staff_id: str | None
    staff_name: str | None
    approved_by: str | None
    approved_by_name: str | None
    reason: str


@dataclass(frozen=True)
class Bill:
    """A stored bill with everything that points at it."""

    id: str
    invoice_no: str
    series: str
    series_no: int
    doc_type: str
    device_id: str
    device_code: str
    business_day_id: str | None
    business_date: str | None
    created_at: str
    staff_id: str | None
    staff_name: str | None
    buyer: Buyer
    inter_state: bool
    bill_discount_paise: int
    bill_discount_reason: str | None
    discount_approved_by: str | None
    gross_paise: int
    discount_paise: int
    taxable_paise: int
    cgst_paise: int
    sgst_paise: int
    igst_paise: int
    round_off_paise: int
    total_paise: int
    preorder_id: str | None
    lines: tuple[BillLine, ...]
    payments: tuple[BillPayment, ...]
    refunds: tuple[BillRefund, ...]
    void: BillVoid | None
    status: str
    advance_adjusted_paise: int = 0   # a pre-order's advance applied to its delivery bill

    @property
    def refunded_paise(self) -> int:
        """Money paid back so far."""
        return sum(r.amount_paise for r in self.refunds)

    @property
    def change_paise(self) -> int:
        """Cash change handed back at the sale."""
        return sum(p.change_paise or 0 for p in self.payments)

    @property
    def payment_methods(self) -> str:
        """'cash', 'card+upi'... as in the export."""
        used = {p.method for p in self.payments}
        return "+".join(sorted(used | ({"advance"} if self.advance_adjusted_paise else set())))

    @property
    def created_ist(self) -> datetime:
        """The moment of sale in Indian Standard Time."""
        return to_ist(self.created_at)


@dataclass(frozen=True)
class BillSummary:
    """One row of the orders screen."""

    order_id: str
    invoice_no: str
    doc_type: str
    created_at: str
    business_date: str | None
    total_paise: int
    buyer_name: str | None
    buyer_phone: str | None
    staff_name: str | None
    payment_methods: str
    line_count: int
    status: str


def _rows(db: Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


_STAFF_NAME = "(SELECT name FROM staff WHERE staff.id = {col})"


def load_bill(db: Database, invoice_no: str) -> Bill:
    """The bill with this invoice (or receipt voucher) number; NotFound if there is none."""
    number = str(invoice_no or "").strip().upper()
    orders = _rows(
        db,
        f"SELECT o.*, d.business_date, {_STAFF_NAME.format(col='o.staff_id')} AS staff_name "
        "FROM orders o LEFT JOIN business_days d ON d.id = o.business_day_id "
        "WHERE o.invoice_no = ?",
        [number],
    )
    if not orders:
        raise NotFound(f"There is no bill with invoice number {number!r}.")
    o = orders[0]
    refunded = {
        r["order_line_id"]: r["qty"]
        for r in _rows(db, "SELECT rl.order_line_id, sum(rl.qty) AS qty FROM refund_lines rl "
                       "JOIN order_lines ol ON ol.id = rl.order_line_id WHERE ol.order_id = ? "
                       "GROUP BY rl.order_line_id", [o["id"]])
    }
    lines = tuple(
        BillLine(**{k: v for k, v in r.items() if k != "order_id"},
                 refunded_qty=refunded.get(r["id"], 0))
        for r in _rows(db, "SELECT ol.id, ol.line_no, ol.sku, ol.name_en, ol.name_hi, ol.hsn, "
                       "ol.gst_rate, ol.craft_code, ol.artisan_id, ol.unit_price_paise, ol.qty, "
                       "ol.gross_paise, ol.discount_paise, ol.discount_reason, ol.taxable_paise, "
                       "ol.cgst_paise, ol.sgst_paise, ol.igst_paise, ol.total_paise, "
                       "ol.price_override_by, ol.stock_override_by, a.name AS artisan_name "
                       "FROM order_lines ol LEFT JOIN artisans a ON a.id = ol.artisan_id "
                       "WHERE ol.order_id = ? ORDER BY ol.line_no", [o["id"]])
    )
    payments = tuple(
        BillPayment(**r) for r in _rows(
            db, "SELECT id, method, amount_paise, tendered_paise, change_paise, reference, "
            "created_at FROM payments WHERE order_id = ? ORDER BY rowid", [o["id"]])
    )
    refunds = []
    for r in _rows(db, f"SELECT r.*, {_STAFF_NAME.format(col='r.staff_id')} AS staff_name, "
                   f"{_STAFF_NAME.format(col='r.approved_by')} AS approved_by_name "
                   "FROM refunds r WHERE order_id = ? ORDER BY created_at", [o["id"]]):
        rlines = tuple(RefundLine(**x) for x in _rows(
            db, "SELECT rl.id, rl.order_line_id, ol.sku, rl.qty, rl.taxable_paise, "
            "rl.cgst_paise, rl.sgst_paise, rl.igst_paise, rl.total_paise FROM refund_lines rl "
            "JOIN order_lines ol ON ol.id = rl.order_line_id WHERE rl.refund_id = ? "
            "ORDER BY ol.line_no", [r["id"]]))
        refunds.append(BillRefund(
            id=r["id"], credit_note_no=r["credit_note_no"], created_at=r["created_at"],
            staff_id=r["staff_id"], staff_name=r["staff_name"], approved_by=r["approved_by"],
            approved_by_name=r["approved_by_name"], reason=r["reason"], method=r["method"],
            reference=r["reference"], taxable_paise=r["taxable_paise"],
            cgst_paise=r["cgst_paise"], sgst_paise=r["sgst_paise"], igst_paise=r["igst_paise"],
            round_off_paise=r["round_off_paise"], amount_paise=r["amount_paise"], lines=rlines,
        ))
    voids = _rows(db, f"SELECT id, created_at, staff_id, "
                  f"{_STAFF_NAME.format(col='staff_id')} AS staff_name, approved_by, "
                  f"{_STAFF_NAME.format(col='approved_by')} AS approved_by_name, reason "
                  "FROM voids WHERE order_id = ?", [o["id"]])
    the_void = BillVoid(**voids[0]) if voids else None
    return Bill(
        id=o["id"], invoice_no=o["invoice_no"], series=o["series"], series_no=o["series_no"],
        doc_type=o["doc_type"], device_id=o["device_id"],
        # The series is the device code, one mark character and the four-digit year.
        device_code=o["series"][:-5], business_day_id=o["business_day_id"],
        business_date=o["business_date"], created_at=o["created_at"], staff_id=o["staff_id"],
        staff_name=o["staff_name"],
        buyer=Buyer(o["buyer_name"], o["buyer_phone"], o["buyer_address"], o["buyer_gstin"],
                    o["buyer_state_code"]),
        inter_state=bool(o["inter_state"]), bill_discount_paise=o["bill_discount_paise"],
        bill_discount_reason=o["bill_discount_reason"],
        discount_approved_by=o["discount_approved_by"], gross_paise=o["gross_paise"],
        discount_paise=o["discount_paise"], taxable_paise=o["taxable_paise"],
        cgst_paise=o["cgst_paise"], sgst_paise=o["sgst_paise"], igst_paise=o["igst_paise"],
        round_off_paise=o["round_off_paise"], total_paise=o["total_paise"],
        preorder_id=o["preorder_id"], lines=lines, payments=payments, refunds=tuple(refunds),
        void=the_void,
        status=status_of(the_void is not None, [(ln.qty, ln.refunded_qty) for ln in lines]),
        advance_adjusted_paise=o["advance_adjusted_paise"],
    )


def _utc_bound(day: date) -> str:
    """The UTC timestamp at which an IST calendar day starts (ISO text compares in order)."""
    start = datetime.combine(day, time(0), tzinfo=IST)
    return start.astimezone(UTC).isoformat(timespec="microseconds")


def find_bills(
    db: Database,
    *,
    text: str | None = None,
    date_from: date | str | None = None,
    date_to: date | str | None = None,
    amount_paise: int | None = None,
    phone: str | None = None,
    limit: int = 100,
) -> list[BillSummary]:
    """Bills matching every given filter, newest first.

    ``text`` matches the invoice number, the buyer's name or a line's SKU or product name;
    dates are IST calendar days (inclusive); ``phone`` matches the digits of the buyer phone.
    """
    where: list[str] = []
    params: list[Any] = []
    if text and text.strip():
        like = f"%{text.strip()}%"
        where.append(
            "(o.invoice_no LIKE ? OR o.buyer_name LIKE ? OR EXISTS (SELECT 1 FROM order_lines "
            "x WHERE x.order_id = o.id AND (x.sku LIKE ? OR x.name_en LIKE ? OR x.name_hi "
            "LIKE ?)))"
        )
        params += [like] * 5
    start = parse_date(date_from, "The from date") if date_from is not None else None
    end = parse_date(date_to, "The to date") if date_to is not None else None
    if start:
        where.append("o.created_at >= ?")
        params.append(_utc_bound(start))
    if end:
        where.append("o.created_at < ?")
        params.append(_utc_bound(end + timedelta(days=1)))
    if amount_paise is not None:
        where.append("o.total_paise = ?")
        params.append(int(amount_paise))
    if phone and phone.strip():
        digits = "".join(ch for ch in phone if ch.isdigit())[-10:]
        where.append("o.buyer_phone LIKE ?")
        params.append(f"%{digits}%")
    sql = (
        f"SELECT o.id, o.invoice_no, o.doc_type, o.created_at, d.business_date, o.total_paise, "
        f"o.buyer_name, o.buyer_phone, {_STAFF_NAME.format(col='o.staff_id')} AS staff_name, "
        "(SELECT group_concat(DISTINCT method) FROM payments p WHERE p.order_id = o.id) "
        "AS methods, "
        "(SELECT count(*) FROM order_lines x WHERE x.order_id = o.id) AS line_count, "
        "EXISTS (SELECT 1 FROM voids v WHERE v.order_id = o.id) AS voided, "
        "(SELECT sum(x.qty) FROM order_lines x WHERE x.order_id = o.id) AS qty, "
        "(SELECT coalesce(sum(rl.qty), 0) FROM refund_lines rl JOIN order_lines x "
        " ON x.id = rl.order_line_id WHERE x.order_id = o.id) AS refunded "
        "FROM orders o LEFT JOIN business_days d ON d.id = o.business_day_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY o.created_at DESC LIMIT ?"
    )
    params.append(max(1, int(limit)))
    out = []
    for r in _rows(db, sql, params):
        status = status_of(bool(r["voided"]), [(r["qty"] or 0, r["refunded"])])
        out.append(BillSummary(
            order_id=r["id"], invoice_no=r["invoice_no"], doc_type=r["doc_type"],
            created_at=r["created_at"], business_date=r["business_date"],
            total_paise=r["total_paise"], buyer_name=r["buyer_name"],
            buyer_phone=r["buyer_phone"], staff_name=r["staff_name"],
            payment_methods="+".join(sorted(set((r["methods"] or "").split(",")) - {""})),
            line_count=r["line_count"], status=status,
        ))
    return out
