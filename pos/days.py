"""The business day: open with a cash float, sell, count the drawer, close with a Z report.

Every bill, refund and void belongs to the business day open when it was made; once the
day is closed (manager-approved, its Z report frozen in ``z_json`` and queued for the hub as
a ``day_close`` record) nothing more can go into it: checkout asks ``require_open_day``.

Expected cash is what the drawer should hold: the opening float, plus cash taken for the
day's bills, minus cash handed back for voids and cash refunds made that day. Card and UPI
money never enters the drawer. The Z report is computed with SQL aggregates over the day's
rows (indexed by ``business_day_id``), so a busy day of thousands of bills is still instant.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from typing import Any

from pos import audit, records, staff, store
from pos.errors import InputError, NotFound
from pos.ids import IST, ist_today, utc_now, uuid7
from pos.money import is_whole
from pos.store import Database

# Notes in circulation at a stall, in paise, largest first; coins are counted as one total.
DENOMINATIONS: tuple[int, ...] = (50000, 20000, 10000, 5000, 2000, 1000)
COINS = "coins"
MAX_FLOAT_PAISE = 10_000_000   # Rs 1,00,000: anything above is a typing slip
MAX_NOTES = 100_000


@dataclass(frozen=True)
class BusinessDay:
    """One trading day at the stall (IST date)."""

    id: str
    business_date: str
    opened_at: str
    opened_by: str
    opening_float_paise: int
    closed_at: str | None = None
    closed_by: str | None = None
    close_approved_by: str | None = None
    counted: dict[str, int] | None = None
    counted_cash_paise: int | None = None
    expected_cash_paise: int | None = None
    variance_paise: int | None = None

    @property
    def is_open(self) -> bool:
        """True until the day is closed."""
        return self.closed_at is None

    def is_stale(self, today: date | None = None) -> bool:
        """Open but dated before today (IST): someone forgot to close it; the app should
        ask for the close before selling on."""
        return self.is_open and self.business_date < (today or ist_today()).isoformat()


@dataclass
class ZReport:
    """The figures of one business day, as printed on the Z report and sent to the hub.

    Sales figures cover the day's sale bills that are not voided; voided bills are counted
    in ``bill_count`` and the invoice range (their numbers are used) and listed under voids.
    Pre-order advances (receipt vouchers, untaxed) are reported apart, in
    ``preorder_advance_paise``, but their money is in ``by_method`` and the expected cash, as
    it is in the drawer. A pre-order's delivery bill is a sale of the day at its full total,
    of which ``advance_adjusted_paise`` was paid earlier (by its voucher), so:
    ``sum(by_method) == total_paise + preorder_advance_paise - advance_adjusted_paise``.
    """

    day_id: str
    business_date: str
    opened_at: str
    opened_by: str
    closed_at: str | None
    closed_by: str | None
    close_approved_by: str | None
    bill_count: int                      # invoices issued, voided ones included
    valid_bill_count: int
    first_invoice: str | None
    last_invoice: str | None
    gross_paise: int
    discount_paise: int
    taxable_paise: int
    cgst_paise: int
    sgst_paise: int
    igst_paise: int
    round_off_paise: int
    total_paise: int
    by_method: dict[str, int]            # money taken: valid bills and pre-order advances
    by_craft: list[dict[str, Any]]       # {code, name, name_hi, qty, total_paise}
    by_artisan: list[dict[str, Any]]     # {id, name, name_hi, qty, total_paise}
    by_rate: list[dict[str, Any]]        # {gst_rate, taxable_paise, cgst/sgst/igst, tax_paise}
    refund_count: int
    refund_paise: int
    refunds_by_method: dict[str, int]
    void_count: int
    void_paise: int
    net_paise: int                       # total - refunds - voids of earlier days' bills
    leads_taken: int
    preorders_taken: int
    preorder_advance_paise: int
    opening_float_paise: int
    cash_expected_paise: int
    cash_counted_paise: int | None = None
    variance_paise: int | None = None
    counted: dict[str, int] | None = field(default=None)
    # Advances received on earlier vouchers, applied to the day's (valid) delivery bills.
    advance_adjusted_paise: int = 0
    # Bills (and advances) paid wholly or partly by each method.
    bills_by_method: dict[str, int] = field(default_factory=dict)
    # One row per refund: {credit_note_no, invoice_no, method, amount_paise}.
    refunds: list[dict[str, Any]] = field(default_factory=list)
    # One row per void: {invoice_no, amount_paise}.
    voids: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready figures (what ``z_json`` and the ``day_close`` record hold)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ZReport:
        """Rebuild a frozen report from ``z_json``."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


_DAY_COLUMNS = (
    "id, business_date, opened_at, opened_by, opening_float_paise, closed_at, closed_by, "
    "close_approved_by, counted_json, counted_cash_paise, expected_cash_paise, variance_paise"
)


def _row_to_day(row: tuple[Any, ...]) -> BusinessDay:
    values = list(row)
    values[8] = json.loads(values[8]) if values[8] else None
    return BusinessDay(*values)


def current_day(db: Database) -> BusinessDay | None:
    """The open business day, if any."""
    row = db.execute(
        f"SELECT {_DAY_COLUMNS} FROM business_days WHERE closed_at IS NULL "
        "ORDER BY business_date DESC LIMIT 1"
    ).fetchone()
    return _row_to_day(row) if row else None


def require_open_day(db: Database, now: datetime | None = None) -> BusinessDay:
    """The open day a sale, refund or void made at ``now`` (default: now) goes into.

    Raises:
        InputError: no day is open (never opened, or already closed), or the open day is
            of an earlier date (left open overnight: it must be closed, with its cash
            count, before anything goes into a new day).
    """
    day = current_day(db)
    if day is None:
        raise InputError("No business day is open. Open the day with a cash float first.")
    today = now.astimezone(IST).date() if now is not None else ist_today()
    if day.is_stale(today):
        shown = date.fromisoformat(day.business_date).strftime("%d-%m-%Y")
        raise InputError(f"Close the day of {shown} before selling: it was left open, and "
                         "today's sales belong in a new day.")
    return day


def get_day(db: Database, day_id: str) -> BusinessDay:
    """One business day by id.

    Raises:
        NotFound: no such day.
    """
    row = db.execute(f"SELECT {_DAY_COLUMNS} FROM business_days WHERE id = ?",
                     [day_id]).fetchone()
    if row is None:
        raise NotFound("That business day does not exist on this laptop.")
    return _row_to_day(row)


def day_for_date(db: Database, business_date: date | str) -> BusinessDay | None:
    """The business day of an IST date, if the stall traded that day."""
    text = parse_date(business_date).isoformat()
    row = db.execute(f"SELECT {_DAY_COLUMNS} FROM business_days WHERE business_date = ?",
                     [text]).fetchone()
    return _row_to_day(row) if row else None


def list_days(db: Database, limit: int = 60) -> list[BusinessDay]:
    """Recent business days, newest first."""
    rows = db.execute(
        f"SELECT {_DAY_COLUMNS} FROM business_days ORDER BY business_date DESC LIMIT ?",
        [limit],
    )
    return [_row_to_day(r) for r in rows]


def parse_date(value: date | str, what: str = "The date") -> date:
    """A calendar date typed by a person (YYYY-MM-DD), for every date the stall is asked.

    Raises:
        InputError: anything else, naming ``what`` was asked for.
    """
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise InputError(f"{what} '{value}' is not a date; use YYYY-MM-DD "
                         "(like 2026-11-26).") from exc


def _check_paise(value: object, what: str, maximum: int) -> int:
    if not is_whole(value):
        raise InputError(f"The {what} must be a whole number of paise.")
    if value < 0:
        raise InputError(f"The {what} cannot be negative.")
    if value > maximum:
        raise InputError(f"The {what} looks too large; check the amount.")
    return value


def open_day(
    db: Database, *, staff_id: str, float_paise: int, business_date: date | str | None = None
) -> BusinessDay:
    """Open the business day with the cash float put in the drawer (audited).

    Args:
        business_date: the IST date traded; defaults to today in India.

    Raises:
        InputError: a day is already open, that date was already traded, the date is in
            the future or before the last day, or the float is not a sensible amount.
    """
    when = parse_date(business_date) if business_date is not None else ist_today()
    float_paise = _check_paise(float_paise, "opening float", MAX_FLOAT_PAISE)
    name = staff.active_member(db, staff_id, "person opening the day").name
    if when > ist_today():
        raise InputError(f"{when.isoformat()} is in the future; open today's day instead.")
    with store.write(db):
        open_now = current_day(db)
        if open_now is not None:
            raise InputError(
                f"The day of {open_now.business_date} is still open; close it before "
                "opening another."
            )
        (last,) = db.execute("SELECT max(business_date) FROM business_days").fetchone()
        if last is not None and when.isoformat() <= last:
            raise InputError(
                f"The day of {when.isoformat()} cannot be opened: the stall already "
                f"closed {last}, and a closed day is never reopened."
            )
        day_id = uuid7()
        dev = records.device(db)
        seq = records.next_device_seq(db)
        db.execute(
            "INSERT INTO business_days(id, device_id, device_seq, business_date, opened_at, "
            "opened_by, opening_float_paise) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [day_id, dev.device_id, seq, when.isoformat(), utc_now(), staff_id, float_paise],
        )
        audit.append(db, "day_open", staff_id=staff_id, subject_kind="business_day",
                     subject_id=day_id,
                     details={"business_date": when.isoformat(), "float_paise": float_paise,
                              "name": name})
    return get_day(db, day_id)


def normalise_counted(counted: dict[Any, Any]) -> dict[str, int]:
    """The drawer count in its stored form: ``{"50000": 3, ..., "coins": 1250}``.

    Keys are note values in paise (int or text) and ``"coins"`` (a total in paise); values
    are counts. Missing notes count as zero.

    Raises:
        InputError: an unknown note, a negative or non-whole count.
    """
    if not isinstance(counted, dict):
        raise InputError("The cash count is not understood.")
    clean: dict[str, int] = {str(d): 0 for d in DENOMINATIONS}
    clean[COINS] = 0
    for key, value in counted.items():
        name = str(key).strip().lower()
        if name not in clean:
            raise InputError(
                f"'{key}' is not a note the stall counts; use Rs 500, 200, 100, 50, 20, 10 "
                "notes and a coins total."
            )
        what = "coins total" if name == COINS else f"count of Rs {int(name) // 100} notes"
        clean[name] = _check_paise(value, what, MAX_FLOAT_PAISE if name == COINS else MAX_NOTES)
    return clean


def count_cash(counted: dict[Any, Any]) -> int:
    """The cash in the drawer, in paise, from a count by denomination."""
    clean = normalise_counted(counted)
    return sum(int(d) * clean[str(d)] for d in DENOMINATIONS) + clean[COINS]


def _one(db: Database, sql: str, params: list[Any]) -> int:
    value = db.execute(sql, params).fetchone()[0]
    return int(value or 0)


# Bills of the day that are not voided: every sales figure is computed over these.
_NOT_VOIDED = "NOT EXISTS (SELECT 1 FROM voids v WHERE v.order_id = o.id)"
# Sale bills (tax invoices, bills of supply); pre-order advances are receipt vouchers in
# their own number series and are reported apart.
_SALE = "o.business_day_id = ?1 AND o.doc_type <> 'receipt_voucher'"
_VALID = f"{_SALE} AND {_NOT_VOIDED}"


def expected_cash(db: Database, day_id: str) -> int:
    """Float + cash taken for the day's bills - cash given back for voids and refunds."""
    day = get_day(db, day_id)
    cash_in = _one(db, "SELECT sum(p.amount_paise) FROM orders o JOIN payments p "
                   "ON p.order_id = o.id WHERE o.business_day_id = ? AND p.method = 'cash'",
                   [day_id])
    void_out = _one(db, "SELECT sum(p.amount_paise) FROM voids v JOIN payments p "
                    "ON p.order_id = v.order_id WHERE v.business_day_id = ? "
                    "AND p.method = 'cash'", [day_id])
    refund_out = _one(db, "SELECT sum(amount_paise) FROM refunds WHERE business_day_id = ? "
                      "AND method = 'cash'", [day_id])
    return day.opening_float_paise + cash_in - void_out - refund_out


def _sold_by(db: Database, day_id: str, key: str, column: str, join: str,
             names: str) -> list[dict[str, Any]]:
    """Pieces and money of the day's valid bills grouped by one line column (craft or
    artisan), biggest first: ``{key, name, name_hi, qty, total_paise}``."""
    return [
        {key: code, "name": name or code or "", "name_hi": name_hi or "", "qty": int(qty),
         "total_paise": int(amount)}
        for code, name, name_hi, qty, amount in db.execute(
            f"SELECT {column}, {names}, sum(l.qty), sum(l.total_paise) "
            "FROM orders o JOIN order_lines l ON l.order_id = o.id "
            f"LEFT JOIN {join} = {column} WHERE {_VALID} "
            f"GROUP BY {column} ORDER BY sum(l.total_paise) DESC, {column}", [day_id])
    ]


def _compute(db: Database, day: BusinessDay) -> ZReport:
    (bills, first, last) = db.execute(
        "SELECT count(*), "
        f"(SELECT invoice_no FROM orders o WHERE {_SALE} "
        " ORDER BY created_at, series, series_no LIMIT 1), "
        f"(SELECT invoice_no FROM orders o WHERE {_SALE} "
        " ORDER BY created_at DESC, series DESC, series_no DESC LIMIT 1) "
        f"FROM orders o WHERE {_SALE}", [day.id],
    ).fetchone()
    totals = db.execute(
        "SELECT count(*), total(gross_paise), total(discount_paise), total(taxable_paise), "
        "total(cgst_paise), total(sgst_paise), total(igst_paise), total(round_off_paise), "
        f"total(total_paise) FROM orders o WHERE {_VALID}", [day.id],
    ).fetchone()
    valid, gross, discount, taxable, cgst, sgst, igst, round_off, total = (
        int(v) for v in totals
    )
    method_rows = db.execute(
        "SELECT p.method, sum(p.amount_paise), count(DISTINCT o.id) FROM orders o "
        f"JOIN payments p ON p.order_id = o.id WHERE o.business_day_id = ?1 AND {_NOT_VOIDED} "
        "GROUP BY p.method ORDER BY p.method", [day.id]).fetchall()
    by_method = {m: int(a) for m, a, _ in method_rows}
    bills_by_method = {m: int(n) for m, _, n in method_rows}
    by_craft = _sold_by(db, day.id, "code", "l.craft_code", "crafts c ON c.code",
                        "c.name_en, c.name_hi")
    by_artisan = _sold_by(db, day.id, "id", "l.artisan_id", "artisans a ON a.id",
                          "a.name, a.name_hi")
    by_rate = [
        {"gst_rate": int(rate), "taxable_paise": int(tx), "cgst_paise": int(c),
         "sgst_paise": int(s), "igst_paise": int(i), "tax_paise": int(c + s + i)}
        for rate, tx, c, s, i in db.execute(
            "SELECT l.gst_rate, sum(l.taxable_paise), sum(l.cgst_paise), sum(l.sgst_paise), "
            "sum(l.igst_paise) FROM orders o JOIN order_lines l ON l.order_id = o.id "
            f"WHERE {_VALID} GROUP BY l.gst_rate ORDER BY l.gst_rate", [day.id])
    ]
    refund_count, refund_paise = (int(v) for v in db.execute(
        "SELECT count(*), total(amount_paise) FROM refunds WHERE business_day_id = ?",
        [day.id]).fetchone())
    refunds_by_method = {m: int(a) for m, a in db.execute(
        "SELECT method, sum(amount_paise) FROM refunds WHERE business_day_id = ? "
        "GROUP BY method ORDER BY method", [day.id])}
    void_count, void_paise, late_void_paise = (int(v) for v in db.execute(
        "SELECT count(*), total(o.total_paise), "
        "total(CASE WHEN o.business_day_id IS NOT v.business_day_id THEN o.total_paise END) "
        "FROM voids v JOIN orders o ON o.id = v.order_id WHERE v.business_day_id = ?",
        [day.id]).fetchone())
    refunds = [
        {"credit_note_no": cn, "invoice_no": inv, "method": method, "amount_paise": int(amt)}
        for cn, inv, method, amt in db.execute(
            "SELECT r.credit_note_no, o.invoice_no, r.method, r.amount_paise FROM refunds r "
            "JOIN orders o ON o.id = r.order_id WHERE r.business_day_id = ? "
            "ORDER BY r.created_at, r.id", [day.id])
    ]
    voids = [
        {"invoice_no": inv, "amount_paise": int(amt)}
        for inv, amt in db.execute(
            "SELECT o.invoice_no, o.total_paise FROM voids v JOIN orders o "
            "ON o.id = v.order_id WHERE v.business_day_id = ? ORDER BY v.created_at, v.id",
            [day.id])
    ]
    leads_taken = _one(db, "SELECT count(*) FROM leads WHERE created_at >= ?1 "
                       "AND (?2 IS NULL OR created_at <= ?2)", [day.opened_at, day.closed_at])
    preorders = _one(db, "SELECT count(*) FROM preorders WHERE business_day_id = ?", [day.id])
    advances = _one(db, "SELECT total(total_paise) FROM orders o WHERE o.business_day_id = ?1 "
                    f"AND o.doc_type = 'receipt_voucher' AND {_NOT_VOIDED}", [day.id])
    return ZReport(
        day_id=day.id, business_date=day.business_date, opened_at=day.opened_at,
        opened_by=day.opened_by, closed_at=day.closed_at, closed_by=day.closed_by,
        close_approved_by=day.close_approved_by, bill_count=int(bills),
        valid_bill_count=valid, first_invoice=first, last_invoice=last,
        gross_paise=gross, discount_paise=discount, taxable_paise=taxable, cgst_paise=cgst,
        sgst_paise=sgst, igst_paise=igst, round_off_paise=round_off, total_paise=total,
        by_method=by_method, by_craft=by_craft, by_artisan=by_artisan, by_rate=by_rate,
        refund_count=refund_count, refund_paise=refund_paise,
        refunds_by_method=refunds_by_method, void_count=void_count, void_paise=void_paise,
        net_paise=total - refund_paise - late_void_paise, leads_taken=leads_taken,
        preorders_taken=preorders, preorder_advance_paise=advances,
        opening_float_paise=day.opening_float_paise,
        cash_expected_paise=expected_cash(db, day.id),
        cash_counted_paise=day.counted_cash_paise, variance_paise=day.variance_paise,
        counted=day.counted, bills_by_method=bills_by_method, refunds=refunds, voids=voids,
        advance_adjusted_paise=_one(db, "SELECT total(advance_adjusted_paise) FROM orders o "
                                    f"WHERE {_VALID}", [day.id]),
    )


def z_report(db: Database, day_id: str) -> ZReport:
    """The Z report of a day: live figures while open, the frozen figures once closed."""
    day = get_day(db, day_id)
    if not day.is_open:
        (frozen,) = db.execute("SELECT z_json FROM business_days WHERE id = ?",
                               [day_id]).fetchone()
        return ZReport.from_dict(json.loads(frozen))
    with _snapshot(db):
        return _compute(db, day)


def z_report_for_date(db: Database, business_date: date | str | None = None) -> ZReport:
    """The Z report of an IST date (default: today), for ``mela-pos report day --date``.

    Raises:
        NotFound: the stall did not open a business day on that date.
    """
    when = parse_date(business_date) if business_date is not None else ist_today()
    day = day_for_date(db, when)
    if day is None:
        raise NotFound(f"No business day was opened on {when.isoformat()}.")
    return z_report(db, day.id)


@contextlib.contextmanager
def _snapshot(db: Database) -> Iterator[None]:
    """One read transaction, so every figure comes from the same instant (WAL readers
    never block the till's writes)."""
    if db.conn.in_transaction:
        yield
        return
    db.conn.execute("BEGIN")
    try:
        yield
    finally:
        db.conn.execute("COMMIT")


def close_day(
    db: Database, day_id: str, *, counted: dict[Any, Any], staff_id: str, approved_by: str
) -> ZReport:
    """Close the day: drawer count, expected cash, variance and the frozen Z report.

    ``approved_by`` is the manager returned by ``staff.approve(..., action="day_close")``.
    The close, its ``day_close`` record and its audit entry commit together; afterwards no
    sale, refund or void can go into the day.

    Raises:
        InputError: a bad cash count, or the day is not open.
        PermissionDenied: ``approved_by`` is not an active manager.
    """
    clean = normalise_counted(counted)
    counted_paise = count_cash(clean)
    staff_name = staff.active_member(db, staff_id, "person closing the day").name
    manager_name = staff.require_manager(db, approved_by, "Closing the day").name
    with store.write(db):
        day = get_day(db, day_id)
        if not day.is_open:
            raise InputError(f"The day of {day.business_date} is already closed.")
        closed_at = utc_now()
        expected = expected_cash(db, day_id)
        variance = counted_paise - expected
        closed = BusinessDay(
            **{**asdict(day), "closed_at": closed_at, "closed_by": staff_id,
               "close_approved_by": approved_by, "counted": clean,
               "counted_cash_paise": counted_paise, "expected_cash_paise": expected,
               "variance_paise": variance},
        )
        report = _compute(db, closed)
        z = report.to_dict()
        db.execute(
            "UPDATE business_days SET closed_at = ?, closed_by = ?, close_approved_by = ?, "
            "counted_json = ?, counted_cash_paise = ?, expected_cash_paise = ?, "
            "variance_paise = ?, z_json = ? WHERE id = ? AND closed_at IS NULL",
            [closed_at, staff_id, approved_by, records.canonical_json(clean), counted_paise,
             expected, variance, records.canonical_json(z), day_id],
        )
        dev = records.device(db)
        (seq,) = db.execute("SELECT device_seq FROM business_days WHERE id = ?",
                            [day_id]).fetchone()
        records.enqueue(
            db, kind="day_close", record_id=day_id, device_seq=seq,
            payload={
                "id": day_id, "device_id": dev.device_id, "device_seq": seq,
                "business_date": day.business_date, "opened_at": day.opened_at,
                "opened_by": day.opened_by, "opening_float_paise": day.opening_float_paise,
                "closed_at": closed_at, "closed_by": staff_id,
                "close_approved_by": approved_by, "counted": clean,
                "counted_cash_paise": counted_paise, "expected_cash_paise": expected,
                "variance_paise": variance, "z": z,
            },
        )
        audit.append(
            db, "day_close", staff_id=staff_id, approved_by=approved_by,
            subject_kind="business_day", subject_id=day_id, bundle=day_id,
            details={"business_date": day.business_date, "bills": report.bill_count,
                     "total_paise": report.total_paise, "expected_cash_paise": expected,
                     "counted_cash_paise": counted_paise, "variance_paise": variance,
                     "closed_by_name": staff_name, "approved_by_name": manager_name},
        )
    return report
