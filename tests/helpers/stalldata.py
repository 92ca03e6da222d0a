"""Builders of synced records for sync tests: sales, refunds, voids, leads, erasures.

Each builder writes one business action the way checkout does (one ``store.write``: the
record's outbox rows, its stock movements and its audit entry sharing the bill's bundle), with
payloads following docs/records.md, so the hub validates them as real ones.
"""

from __future__ import annotations

import json
import random
from typing import Any

from pos import audit, records, store
from pos.commands.export import sales_payloads
from pos.ids import utc_now, uuid7
from pos.money import round_bill, split_tax
from pos.salesexport import export_rows
from pos.store import Database

PRODUCTS = [
    # sku, name, hsn, gst rate, price (paise), artisan
    ("MB-001", "Madhubani fish painting", "9701", 5, 150000, "A1"),
    ("SK-002", "Sikki grass basket", "4602", 5, 45000, "A2"),
    ("SL-003", "Bhagalpuri silk stole", "5007", 5, 275000, "A3"),
    ("TK-004", "Tikuli coaster set", "4420", 12, 60050, "A1"),
]


def _base(db: Database) -> dict[str, Any]:
    dev = records.device(db)
    return {"id": uuid7(), "device_id": dev.device_id, "device_seq": records.next_device_seq(db)}


def make_sale(db: Database, rng: random.Random | None = None, *, lines: int = 2) -> dict[str, Any]:
    """One paid bill with its stock movements and audit entry; returns the order payload."""
    rng = rng or random.Random(0)
    with store.write(db):
        order = _base(db)
        dev = records.device(db)
        (count,) = db.execute("SELECT count(*) FROM outbox WHERE kind = 'order'").fetchone()
        order_lines = []
        for n in range(1, lines + 1):
            sku, name, hsn, rate, price, artisan = rng.choice(PRODUCTS)
            qty = rng.randint(1, 3)
            gross = price * qty
            tax = split_tax(gross, rate)
            order_lines.append({
                "id": uuid7(), "line_no": n, "sku": sku, "name_en": name, "name_hi": "वस्तु",
                "hsn": hsn, "gst_rate": rate, "craft_code": None, "artisan_id": artisan,
                "unit_price_paise": price, "qty": qty, "gross_paise": gross,
                "discount_paise": 0, "discount_reason": None, "taxable_paise": tax.taxable,
                "cgst_paise": tax.cgst, "sgst_paise": tax.sgst, "igst_paise": 0,
                "total_paise": gross, "price_override_by": None, "stock_override_by": None,
            })
        gross = sum(ln["gross_paise"] for ln in order_lines)
        total, round_off = round_bill(gross)
        order.update({
            "invoice_no": f"{dev.device_code}/2627/{count + 1:06d}", "series": "2627",
            "series_no": count + 1, "doc_type": "tax_invoice", "device_code": dev.device_code,
            "business_date": "2026-11-26", "created_at": utc_now(), "staff_id": "staff-1",
            "staff_name": "Asha", "buyer": {}, "inter_state": False, "bill_discount_paise": 0,
            "gross_paise": gross, "discount_paise": 0,
            "taxable_paise": sum(ln["taxable_paise"] for ln in order_lines),
            "cgst_paise": sum(ln["cgst_paise"] for ln in order_lines),
            "sgst_paise": sum(ln["sgst_paise"] for ln in order_lines), "igst_paise": 0,
            "round_off_paise": round_off, "total_paise": total, "preorder_id": None,
            "lines": order_lines,
            "payments": [{"id": uuid7(), "method": rng.choice(["cash", "upi", "card"]),
                          "amount_paise": total, "tendered_paise": None,
                          "change_paise": None, "reference": None}],
        })
        records.enqueue(db, kind="order", record_id=order["id"],
                        device_seq=order["device_seq"], payload=order, bundle=order["id"])
        for line in order_lines:
            move = _base(db)
            move.update({"sku": line["sku"], "qty": -line["qty"], "kind": "sale", "reason": None,
                         "order_id": order["id"], "refund_id": None, "void_id": None,
                         "staff_id": "staff-1", "approved_by": None, "created_at": utc_now()})
            records.enqueue(db, kind="stock_movement", record_id=move["id"],
                            device_seq=move["device_seq"], payload=move, bundle=order["id"])
        audit.append(db, "sale", staff_id="staff-1", subject_kind="order",
                     subject_id=order["id"], details={"total": total}, bundle=order["id"])
    return order


def make_refund(db: Database, order: dict[str, Any]) -> dict[str, Any]:
    """Refund one piece of the first line of ``order``."""
    line = order["lines"][0]
    each = line["total_paise"] // line["qty"]
    tax = split_tax(each, line["gst_rate"])
    with store.write(db):
        refund = _base(db)
        refund.update({
            "order_id": order["id"], "invoice_no": order["invoice_no"], "credit_note_no": None,
            "business_date": "2026-11-26", "created_at": utc_now(), "staff_id": "staff-1",
            "approved_by": "mgr-1", "reason": "damaged", "method": "cash", "reference": None,
            "taxable_paise": tax.taxable, "cgst_paise": tax.cgst, "sgst_paise": tax.sgst,
            "igst_paise": 0, "round_off_paise": 0, "amount_paise": each,
            "lines": [{"id": uuid7(), "order_line_id": line["id"], "sku": line["sku"], "qty": 1,
                       "taxable_paise": tax.taxable, "cgst_paise": tax.cgst,
                       "sgst_paise": tax.sgst, "igst_paise": 0, "total_paise": each}],
        })
        records.enqueue(db, kind="refund", record_id=refund["id"],
                        device_seq=refund["device_seq"], payload=refund)
        audit.append(db, "refund", subject_kind="refund", subject_id=refund["id"],
                     bundle=refund["id"])
    return refund


def make_void(db: Database, order: dict[str, Any]) -> dict[str, Any]:
    """Void a bill."""
    with store.write(db):
        void = _base(db)
        void.update({"order_id": order["id"], "invoice_no": order["invoice_no"],
                     "business_date": "2026-11-26", "created_at": utc_now(),
                     "staff_id": "staff-1", "approved_by": "mgr-1", "reason": "wrong item"})
        records.enqueue(db, kind="void", record_id=void["id"], device_seq=void["device_seq"],
                        payload=void)
        audit.append(db, "void", subject_kind="void", subject_id=void["id"], bundle=void["id"])
    return void


def make_lead(db: Database, phone: str = "+919876543210") -> dict[str, Any]:
    """A buyer who wants a product the stall does not have."""
    with store.write(db):
        lead = _base(db)
        lead.update({"created_at": utc_now(), "staff_id": "staff-1", "phone_e164": phone,
                     "name": "Ravi", "district": "Patna",
                     "interests": [{"sku": "MB-001", "text": "large fish painting"}],
                     "note": None, "consent": True, "consent_at": utc_now(),
                     "consent_text": "We may call you about this product.", "status": "new"})
        records.enqueue(db, kind="lead", record_id=lead["id"], device_seq=lead["device_seq"],
                        payload=lead)
    return lead


def make_erasure(db: Database, lead: dict[str, Any]) -> dict[str, Any]:
    """The buyer asks to be forgotten."""
    with store.write(db):
        erasure = _base(db)
        erasure.update({"lead_id": lead["id"], "erased_at": utc_now(), "staff_id": "mgr-1"})
        records.enqueue(db, kind="lead_erasure", record_id=erasure["id"],
                        device_seq=erasure["device_seq"], payload=erasure)
    return erasure


def make_poison(db: Database) -> str:
    """An order record the hub must refuse (no lines), queued like any other."""
    with store.write(db):
        bad = _base(db)
        bad.update({"invoice_no": "BAD/1", "created_at": utc_now(), "round_off_paise": 0,
                    "total_paise": 100, "lines": [], "payments": []})
        records.enqueue(db, kind="order", record_id=bad["id"], device_seq=bad["device_seq"],
                        payload=bad)
    return str(bad["id"])


def stall_payloads(db: Database, kind: str) -> list[dict[str, Any]]:
    """Every payload of one kind this stall made (sent or not, parked ones excluded)."""
    return [json.loads(r[0]) for r in db.execute(
        "SELECT payload FROM outbox WHERE kind = ? AND state <> 'rejected' ORDER BY seq", [kind]
    ).fetchall()]


def stall_export(db: Database) -> list[dict[str, str]]:
    """The rows of the stall's own ``mela-pos export sales`` (every date)."""
    payloads = sales_payloads(db)
    return export_rows(payloads["order"], payloads["refund"], payloads["void"])


def outbox_states(db: Database) -> dict[str, int]:
    """How many outbox rows are in each state."""
    return dict(db.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
