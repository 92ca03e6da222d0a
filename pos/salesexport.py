"""The sales export: one CSV row per bill line, for the accountant's GST returns.

Both the stall (``mela-pos export sales``) and the hub (``mela-hub export sales``) build the
file with ``export_rows`` from the same record payloads (docs/records.md), so the two files
can be compared line for line. Amounts are rupees with two decimals.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from pos.files import replacing
from pos.ids import to_ist
from pos.money import rupees

COLUMNS = (
    "invoice_no", "invoice_date", "device", "staff", "sku", "product", "hsn", "qty", "gross",
    "discount", "taxable_value", "gst_rate", "cgst", "sgst", "igst", "line_total",
    "bill_round_off", "bill_total", "payment_methods", "status",
)

Payload = Mapping[str, Any]


def status_of(voided: bool, lines: Iterable[tuple[int, int]]) -> str:
    """'voided', 'refunded', 'partially_refunded' or 'completed' from (qty, refunded) pairs.

    The one definition of a bill's status: the stall's bills, its export and the hub's.
    """
    if voided:
        return "voided"
    pairs = list(lines)
    if not any(refunded for _, refunded in pairs):
        return "completed"
    if all(refunded >= qty for qty, refunded in pairs):
        return "refunded"
    return "partially_refunded"


def _status(order: Payload, voided: set[str], refunded_qty: Mapping[str, int]) -> str:
    return status_of(order["id"] in voided,
                     [(line["qty"], refunded_qty.get(line["id"], 0)) for line in order["lines"]])


def export_rows(
    orders: Iterable[Payload],
    refunds: Iterable[Payload] = (),
    voids: Iterable[Payload] = (),
    *,
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[dict[str, str]]:
    """Rows for every line of every bill dated (IST) within [date_from, date_to].

    Rows are sorted by invoice number, then line number, so both ends produce the same order.
    """
    voided = {v["order_id"] for v in voids}
    refunded_qty: dict[str, int] = {}
    for refund in refunds:
        for line in refund["lines"]:
            key = line["order_line_id"]
            refunded_qty[key] = refunded_qty.get(key, 0) + int(line["qty"])
    rows: list[tuple[str, int, dict[str, str]]] = []
    for order in orders:
        day = to_ist(order["created_at"]).date()
        if (date_from and day < date_from) or (date_to and day > date_to):
            continue
        used = {p["method"] for p in order["payments"]}
        if order.get("advance_adjusted_paise"):
            used.add("advance")  # a pre-order's delivery bill, part paid by its advance
        methods = "+".join(sorted(used))
        status = _status(order, voided, refunded_qty)
        for line in order["lines"]:
            rows.append((order["invoice_no"], int(line["line_no"]), {
                "invoice_no": order["invoice_no"],
                "invoice_date": day.isoformat(),
                "device": order.get("device_code") or order["device_id"],
                "staff": order.get("staff_name") or "",
                "sku": line.get("sku") or "",
                "product": line["name_en"],
                "hsn": line["hsn"],
                "qty": str(line["qty"]),
                "gross": rupees(line["gross_paise"]),
                "discount": rupees(line["discount_paise"]),
                "taxable_value": rupees(line["taxable_paise"]),
                "gst_rate": str(line["gst_rate"]),
                "cgst": rupees(line["cgst_paise"]),
                "sgst": rupees(line["sgst_paise"]),
                "igst": rupees(line["igst_paise"]),
                "line_total": rupees(line["total_paise"]),
                "bill_round_off": rupees(order["round_off_paise"]),
                "bill_total": rupees(order["total_paise"]),
                "payment_methods": methods,
                "status": status,
            }))
    rows.sort(key=lambda r: (r[0], r[1]))
    return [r[2] for r in rows]


def write_csv(rows: Iterable[Mapping[str, str]], out: Path) -> int:
    """Write rows with the fixed header (UTF-8 with BOM so spreadsheet apps show Hindi).

    Returns the number of data rows written. Written through ``pos.files.replacing``: a
    half-written export never replaces a good one, and a device or pipe is never replaced.
    """
    count = 0
    with replacing(Path(out), "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    return count
