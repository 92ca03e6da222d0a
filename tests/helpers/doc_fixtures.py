"""Bills written with plain SQL, for the few document tests the real checkout cannot
set up (a bill still unpaid, carrying the UPI link), and shared names and seller data.

The figures follow ``pos.money`` exactly (tax split per line, bill rounded to the rupee) so
what a document prints can be compared with what is stored. Everything else in the document
tests goes through the real checkout (``tests.helpers.doc_stall``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pos import records, store
from pos.ids import utc_now, uuid7
from pos.money import round_bill, split_tax
from pos.store import Database

SELLER = {
    "name": "Upendra Maharathi Shilp Anusandhan Sansthan — Sonepur Mela Stall",
    "address": "Patliputra Industrial Area, Patna 800013, Bihar",
    "gstin": "10AAAGU1234F1ZX",
    "state_code": "10",
    "upi_vpa": "umsas.stall@sbi",
    "upi_payee_name": "UMSAS Stall",
    "phone": "+91 612 226 2345",
    "composition": False,
}

LONG_NAMES = (
    ("Madhubani painting on handmade paper, Krishna Leela with peacocks and lotus border "
     "(natural colours, 22 x 30 inch)",
     "मधुबनी चित्रकला हस्तनिर्मित कागज़ पर, कृष्ण लीला मोर और कमल की किनारी के साथ "
     "(प्राकृतिक रंग)"),
    ("Sikki grass jewellery box", "सिक्की घास का श्रृंगारदान"),
    ("Bhagalpuri tussar silk stole, hand-woven", "भागलपुरी तसर सिल्क स्टोल, हथकरघा"),
    ("Manjusha art wall plate", "मंजूषा कला दीवार प्लेट"),
    ("Tikuli art coaster set", "टिकुली कला कोस्टर सेट"),
    ("Sujani embroidered quilt", "सुजनी कढ़ाई वाली रज़ाई"),
)


@dataclass
class Item:
    """One line to sell."""

    name_en: str
    name_hi: str
    price: int
    qty: int = 1
    rate: int = 5
    hsn: str = "9701"
    craft: str | None = "MADHUBANI"
    artisan: str | None = None
    discount: int = 0
    discount_reason: str | None = None
    sku: str | None = None


@dataclass
class Payment:
    """One payment."""

    method: str
    amount: int
    tendered: int | None = None
    reference: str | None = None


@dataclass
class Bill:
    """A bill as stored, with its ids."""

    order_id: str
    invoice_no: str
    total: int
    line_ids: list[str] = field(default_factory=list)


def set_up_stall(db: Database, *, seller: dict[str, Any] | None = None) -> str:
    """Seller profile, crafts, an artisan and a cashier; returns the cashier's id."""
    store.set_setting(db, "seller_profile", seller or SELLER)
    staff_id = uuid7()
    with store.write(db):
        db.execute(
            "INSERT INTO staff(id, name, role, pin_hash, pin_salt, pin_params, created_at) "
            "VALUES (?, 'Sunita Devi', 'cashier', 'x', 'y', '{}', ?)", [staff_id, utc_now()])
        for code, en, hi in (("MADHUBANI", "Madhubani painting", "मधुबनी चित्रकला"),
                             ("SIKKI", "Sikki grass work", "सिक्की कला"),
                             ("SILK", "Bhagalpuri silk", "भागलपुरी सिल्क"),
                             ("MANJUSHA", "Manjusha art", "मंजूषा कला")):
            db.execute("INSERT OR IGNORE INTO crafts(code, name_en, name_hi) VALUES (?, ?, ?)",
                       [code, en, hi])
        db.execute("INSERT OR IGNORE INTO artisans(id, name, name_hi, village) "
                   "VALUES ('ART1', 'Baua Devi', 'बौआ देवी', 'Jitwarpur')")
    return staff_id


def make_bill(
    db: Database,
    items: list[Item],
    payments: list[Payment] | None = None,
    *,
    staff_id: str | None = None,
    day_id: str | None = None,
    buyer: dict[str, Any] | None = None,
    inter_state: bool = False,
    doc_type: str = "tax_invoice",
    when: datetime | None = None,
) -> Bill:
    """Write one bill with SQL (order, lines, payments, outbox row). ``payments=None`` pays
    the whole total in cash with a round tender; ``[]`` leaves it unpaid."""
    dev = records.device(db)
    order_id = uuid7()
    created = (when or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
    lines = []
    for no, item in enumerate(items, 1):
        gross = item.price * item.qty
        tax = split_tax(gross - item.discount, item.rate, inter_state=inter_state)
        lines.append({
            "id": uuid7(), "order_id": order_id, "line_no": no, "sku": item.sku or f"SKU{no:03d}",
            "name_en": item.name_en, "name_hi": item.name_hi, "hsn": item.hsn,
            "gst_rate": item.rate, "craft_code": item.craft, "artisan_id": item.artisan,
            "unit_price_paise": item.price, "qty": item.qty, "gross_paise": gross,
            "discount_paise": item.discount, "discount_reason": item.discount_reason,
            "taxable_paise": tax.taxable, "cgst_paise": tax.cgst, "sgst_paise": tax.sgst,
            "igst_paise": tax.igst, "total_paise": gross - item.discount,
        })
    net = sum(line["total_paise"] for line in lines)
    total, round_off = round_bill(net)
    if payments is None:
        tendered = ((total + 49_999) // 50_000) * 50_000
        payments = [Payment("cash", total, tendered)]
    buyer = buyer or {}
    with store.write(db):
        (last,) = db.execute("SELECT coalesce(max(series_no), 0) FROM orders").fetchone()
        series = f"{dev.device_code}/2627"
        invoice_no = f"{series}/{last + 1:06d}"
        order = {
            "id": order_id, "device_id": dev.device_id, "device_seq": records.next_device_seq(db),
            "invoice_no": invoice_no, "series": series, "series_no": last + 1,
            "doc_type": doc_type, "business_day_id": day_id, "staff_id": staff_id,
            "created_at": created, "buyer_name": buyer.get("name"),
            "buyer_phone": buyer.get("phone"), "buyer_address": buyer.get("address"),
            "buyer_gstin": buyer.get("gstin"), "buyer_state_code": buyer.get("state_code"),
            "inter_state": int(inter_state), "bill_discount_paise": 0,
            "gross_paise": sum(line["gross_paise"] for line in lines),
            "discount_paise": sum(line["discount_paise"] for line in lines),
            "taxable_paise": sum(line["taxable_paise"] for line in lines),
            "cgst_paise": sum(line["cgst_paise"] for line in lines),
            "sgst_paise": sum(line["sgst_paise"] for line in lines),
            "igst_paise": sum(line["igst_paise"] for line in lines),
            "round_off_paise": round_off, "total_paise": total,
        }
        _insert(db, "orders", order)
        for line in lines:
            _insert(db, "order_lines", line)
        pay_rows = []
        for p in payments:
            row = {"id": uuid7(), "order_id": order_id, "method": p.method,
                   "amount_paise": p.amount, "tendered_paise": p.tendered,
                   "change_paise": (p.tendered - p.amount) if p.tendered else None,
                   "reference": p.reference, "created_at": created}
            _insert(db, "payments", row)
            pay_rows.append(row)
        payload = {**order, "device_code": dev.device_code, "lines": lines,
                   "payments": pay_rows}
        records.enqueue(db, kind="order", record_id=order_id, device_seq=order["device_seq"],
                        payload=payload)
    return Bill(order_id, invoice_no, total, [line["id"] for line in lines])


def _insert(db: Database, table: str, row: dict[str, Any]) -> None:
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    db.execute(f"INSERT INTO {table}({cols}) VALUES ({marks})", list(row.values()))
