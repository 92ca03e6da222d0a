"""Document numbers: invoices, credit notes, receipt vouchers and pre-orders.

GST wants one consecutive series per financial year (April to March) with numbers of at
most 16 characters (letters, digits, '-' and '/'). Each laptop has its own series, keyed by
its device code, so two stalls never hand out the same number without talking to each other.
A number is taken inside the transaction that writes the document (``take_next``), so a
crash either keeps the document and its number or neither: no gap, no duplicate.

Forms, for device S01 in FY 2026-27:

* invoice / bill of supply   ``S01/2627/000123``
* credit note (refund)       ``S01C2627/000012``
* receipt voucher (advance)  ``S01R2627/000004``
* pre-order                  ``S01P2627/000009``
"""

from __future__ import annotations

import re
from datetime import date, datetime

from pos import records
from pos.errors import InputError
from pos.ids import IST
from pos.store import Database

MAX_LEN = 16
_ALLOWED = re.compile(r"^[A-Za-z0-9/-]{1,16}$")
# The letter between device code and year tells the document kind apart at a glance.
KIND_MARK = {"invoice": "/", "credit_note": "C", "receipt_voucher": "R", "preorder": "P"}


def fy_code(day: date) -> str:
    """The financial year of an IST date as four digits: 1 April 2026 -> '2627'."""
    start = day.year if day.month >= 4 else day.year - 1
    return f"{start % 100:02d}{(start + 1) % 100:02d}"


def ist_date(when: datetime | None = None) -> date:
    """The IST calendar date of a moment (now by default)."""
    return (when or datetime.now(IST)).astimezone(IST).date()


def series_for(device_code: str, day: date, kind: str = "invoice") -> str:
    """The series a document of ``kind`` dated ``day`` belongs to, e.g. 'S01/2627'."""
    if kind not in KIND_MARK:
        raise ValueError(f"unknown document kind {kind!r}")
    return f"{device_code}{KIND_MARK[kind]}{fy_code(day)}"


def format_number(series: str, n: int) -> str:
    """'S01/2627' and 123 -> 'S01/2627/000123', refusing anything GST would not accept."""
    number = f"{series}/{n:06d}"
    if len(number) > MAX_LEN or not _ALLOWED.match(number):
        raise InputError(
            f"The document number {number} is longer than 16 characters or has characters "
            "GST does not allow; shorten the device code."
        )
    return number


def take_next(
    db: Database, *, kind: str = "invoice", when: datetime | None = None,
    device_code: str | None = None,
) -> tuple[str, str, int]:
    """Take the next number of this device's series; call inside the document's transaction.

    Args:
        device_code: the code from a ``records.device`` / ``records.take_device_seqs`` read
            made in this same transaction (saves reading it again); read here when None.

    Returns:
        (number, series, n), e.g. ('S01/2627/000123', 'S01/2627', 123).
    """
    if not db.conn.in_transaction:
        raise RuntimeError("take_next must run inside the transaction that writes the document")
    code = device_code if device_code is not None else records.device(db).device_code
    series = series_for(code, ist_date(when), kind)
    (n,) = db.execute(
        "INSERT INTO invoice_series(series, last_no) VALUES (?, 1) "
        "ON CONFLICT(series) DO UPDATE SET last_no = last_no + 1 RETURNING last_no",
        [series],
    ).fetchone()
    return format_number(series, int(n)), series, int(n)


def peek_next(db: Database, *, kind: str = "invoice", when: datetime | None = None) -> str:
    """The number the next document would get (for the UPI ``tr`` shown before payment).

    Only a forecast: another till on the same file could take it first; the bill keeps
    whatever ``take_next`` gives at checkout.
    """
    series = series_for(records.device(db).device_code, ist_date(when), kind)
    row = db.execute("SELECT last_no FROM invoice_series WHERE series = ?", [series]).fetchone()
    return format_number(series, (int(row[0]) if row else 0) + 1)
