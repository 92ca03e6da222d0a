"""Test fixtures for the money path: staff, an open day and a small stock of products.

Rows are inserted with SQL so these tests do not depend on the staff, days and catalogue
modules; the PIN columns hold dummy values (no one signs in here).
"""

from __future__ import annotations

import itertools
import os
from datetime import datetime

from pos import invoices, records, store
from pos.catalogue import Product
from pos.ids import ist_today, utc_now, uuid7
from pos.store import Database


def add_staff(db: Database, name: str, role: str = "cashier") -> str:
    """A member of staff with a dummy PIN; returns the id."""
    staff_id = uuid7()
    with store.write(db):
        db.execute(
            "INSERT INTO staff(id, name, role, pin_hash, pin_salt, pin_params, created_at) "
            "VALUES (?, ?, ?, 'x', 'x', '{}', ?)",
            [staff_id, name, role, utc_now()],
        )
    return staff_id


def open_day(db: Database, staff_id: str, business_date: str | None = None) -> str:
    """An open business day (default: today in India, so a sale made now may go in it);
    returns its id."""
    business_date = business_date or ist_today().isoformat()
    day_id = uuid7()
    with store.write(db):
        db.execute(
            "INSERT INTO business_days(id, device_id, device_seq, business_date, opened_at, "
            "opened_by, opening_float_paise) VALUES (?, 'dev', 0, ?, ?, ?, 100000)",
            [day_id, business_date, utc_now(), staff_id],
        )
    return day_id


def add_product(
    db: Database,
    sku: str,
    mrp_paise: int,
    *,
    gst_rate: int = 5,
    stock: int = 10,
    one_of_a_kind: bool = False,
    name_en: str | None = None,
    name_hi: str = "मधुबनी चित्र",
    hsn: str = "9701",
    craft_code: str = "madhubani",
    artisan_id: str | None = "art-1",
) -> Product:
    """A product row plus an allocation of ``stock`` pieces."""
    with store.write(db):
        cursor = db.execute(
            "INSERT INTO products(sku, name_en, name_hi, craft_code, artisan_id, hsn, gst_rate, "
            "mrp_paise, one_of_a_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [sku, name_en or f"Product {sku}", name_hi, craft_code, artisan_id, hsn, gst_rate,
             mrp_paise, int(one_of_a_kind)],
        )
        if stock:
            db.execute(
                "INSERT INTO stock_movements(id, device_id, sku, qty, kind, created_at) "
                "VALUES (?, 'dev', ?, ?, 'allocation', ?)",
                [uuid7(), sku, stock, utc_now()],
            )
    return Product(
        id=int(cursor.lastrowid or 0), sku=sku, barcode=None, name_en=name_en or f"Product {sku}",
        name_hi=name_hi, craft_code=craft_code, artisan_id=artisan_id, artisan_name=None,
        description="", hsn=hsn, gst_rate=gst_rate, mrp_paise=mrp_paise, unit="pc",
        one_of_a_kind=one_of_a_kind, active=True, picture_sha256=None, listing_urls={},
        stock=stock,
    )


def close_open_day(db: Database) -> None:
    """Close whatever day is open, as a finished day (no Z report: these tests do not read it)."""
    with store.write(db):
        db.execute("UPDATE business_days SET closed_at = ? WHERE closed_at IS NULL", [utc_now()])


_utrs = itertools.count(int.from_bytes(os.urandom(4), "big") % 10**10 * 100)


def utr() -> str:
    """A fresh 12-digit UPI reference: each bank transfer pays one bill only."""
    return f"{next(_utrs) % 10**12:012d}"


def doc_no(db: Database, n: int, kind: str = "invoice", when: datetime | None = None) -> str:
    """The ``n``-th number of this laptop's series of ``kind`` in the financial year of
    ``when`` (default: today), e.g. 'LK7Q/2627/000001': the code and year vary by laptop
    and date, so tests never spell them out."""
    code = records.device(db).device_code
    return invoices.format_number(invoices.series_for(code, invoices.ist_date(when), kind), n)


def set_price(db: Database, sku: str, mrp_paise: int) -> None:
    """Change a product's price, as a catalogue pull would."""
    with store.write(db):
        db.execute("UPDATE products SET mrp_paise = ? WHERE sku = ?", [mrp_paise, sku])


TABLES = (
    "orders", "order_lines", "payments", "refunds", "refund_lines", "voids", "stock_movements",
    "audit", "outbox", "invoice_series", "preorders", "stock_levels",
)


def counts(db: Database) -> dict[str, object]:
    """Row counts of every money table plus the series counters, to prove nothing changed."""
    out: dict[str, object] = {
        t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES
    }
    out["series"] = db.execute("SELECT * FROM invoice_series ORDER BY series").fetchall()
    out["levels"] = db.execute("SELECT * FROM stock_levels ORDER BY sku").fetchall()
    out["next_seq"] = db.execute("SELECT next_seq FROM device").fetchone()[0]
    return out
