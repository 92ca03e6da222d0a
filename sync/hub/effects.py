"""What each pushed record does at the hub, besides being stored: its effects.

Each effect runs in the record's savepoint, in the same transaction as the stored record, so
a record and its effects are there together or not at all. An effect may refuse the record
(``Invalid``), e.g. a refund of a bill line the hub never received.

* ``order``: one artisan-ledger line per bill line; ``refund`` and ``void``: negative lines.
  A pre-order's advance (a ``receipt_voucher``) is no sale and makes no ledger line: its
  pieces count once, on the delivery bill, which also marks the pre-order delivered.
* ``stock_movement``: the device's stock at the hub.
* ``lead``, ``preorder``: buyers waiting; ``lead_erasure``: blanks the lead (even if the lead
  arrives later) and its stored payload, the one exception to verbatim storage.
* ``audit``: the device's hash chain, with flags for gaps, edits and broken links. An intact
  ``preorder_cancelled`` entry marks its pre-order cancelled (no longer a waiting buyer).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from typing import Any

from pos.audit import entry_hash
from pos.ids import to_ist
from sync.hub.validate import Invalid

Effect = Callable[[sqlite3.Connection, str, dict[str, Any], str], None]


def ist_day(created_at: str) -> str:
    """The IST business date of a UTC timestamp."""
    return to_ist(created_at).date().isoformat()


def add_stock(c: sqlite3.Connection, device_id: str, sku: str, qty: int) -> None:
    """Move a device's stock of one SKU by ``qty`` (allocations up, sales down)."""
    c.execute(
        "INSERT INTO stock(device_id, sku, qty) VALUES (?, ?, ?) "
        "ON CONFLICT(device_id, sku) DO UPDATE SET qty = qty + excluded.qty",
        [device_id, sku, qty],
    )


def _is_advance(c: sqlite3.Connection, order_id: str) -> bool:
    """True when ``order_id`` is a stored receipt voucher (a pre-order's advance)."""
    row = c.execute("SELECT payload FROM records WHERE id = ? AND kind = 'order'",
                    [order_id]).fetchone()
    return row is not None and json.loads(row[0]).get("doc_type") == "receipt_voucher"


def _order(c: sqlite3.Connection, device_id: str, p: dict[str, Any], now: str) -> None:
    if p.get("doc_type") == "receipt_voucher":
        return
    if p.get("preorder_id"):
        c.execute("UPDATE leads SET status = 'delivered' WHERE id = ? AND kind = 'preorder' "
                  "AND device_id = ?", [p["preorder_id"], device_id])
    day = ist_day(p["created_at"])
    c.executemany(
        "INSERT INTO artisan_ledger(record_id, device_id, order_id, order_line_id, artisan_id,"
        " sku, entry, qty, total_paise, taxable_paise, day) "
        "VALUES (?, ?, ?, ?, ?, ?, 'sale', ?, ?, ?, ?)",
        [(p["id"], device_id, p["id"], ln["id"], ln.get("artisan_id"), ln.get("sku"),
          ln["qty"], ln["total_paise"], ln["taxable_paise"], day) for ln in p["lines"]],
    )


def _refund(c: sqlite3.Connection, device_id: str, p: dict[str, Any], now: str) -> None:
    day = ist_day(p["created_at"])
    for line in p["lines"]:
        sale = c.execute(
            "SELECT order_id, artisan_id, sku FROM artisan_ledger "
            "WHERE order_line_id = ? AND entry = 'sale' AND device_id = ?",
            [line["order_line_id"], device_id],
        ).fetchone()
        if sale is None:
            if _is_advance(c, p["order_id"]):
                return  # an advance given back: it never was a sale
            raise Invalid("refund of a bill line the hub has not received")
        c.execute(
            "INSERT INTO artisan_ledger(record_id, device_id, order_id, order_line_id, "
            "artisan_id, sku, entry, qty, total_paise, taxable_paise, day) "
            "VALUES (?, ?, ?, ?, ?, ?, 'refund', ?, ?, ?, ?)",
            [p["id"], device_id, sale[0], line["order_line_id"], sale[1], sale[2],
             -line["qty"], -line["total_paise"], -line["taxable_paise"], day],
        )


def _void(c: sqlite3.Connection, device_id: str, p: dict[str, Any], now: str) -> None:
    # A void cancels whatever of the bill is still standing (lines net of refunds).
    day = ist_day(p["created_at"])
    rows = c.execute(
        "SELECT order_line_id, artisan_id, sku, sum(qty), sum(total_paise), sum(taxable_paise) "
        "FROM artisan_ledger WHERE order_id = ? AND device_id = ? GROUP BY order_line_id",
        [p["order_id"], device_id],
    ).fetchall()
    if not rows:
        if _is_advance(c, p["order_id"]):
            return
        raise Invalid("void of a bill the hub has not received")
    c.executemany(
        "INSERT INTO artisan_ledger(record_id, device_id, order_id, order_line_id, artisan_id,"
        " sku, entry, qty, total_paise, taxable_paise, day) "
        "VALUES (?, ?, ?, ?, ?, ?, 'void', ?, ?, ?, ?)",
        [(p["id"], device_id, p["order_id"], r[0], r[1], r[2], -r[3], -r[4], -r[5], day)
         for r in rows if r[3] or r[4]],
    )


def _stock_movement(c: sqlite3.Connection, device_id: str, p: dict[str, Any], now: str) -> None:
    add_stock(c, device_id, p["sku"], p["qty"])


def _lead(c: sqlite3.Connection, device_id: str, p: dict[str, Any], now: str) -> None:
    erased = c.execute("SELECT erased_at FROM erasures WHERE lead_id = ? AND device_id = ?",
                       [p["id"], device_id]).fetchone()
    products = [i.get("sku") or i.get("text") for i in p.get("interests") or []
                if isinstance(i, dict)]
    c.execute(
        "INSERT INTO leads(id, kind, device_id, created_at, phone_e164, name, products, "
        "consent, status, erased_at) VALUES (?, 'lead', ?, ?, ?, ?, ?, ?, ?, ?)",
        [p["id"], device_id, p["created_at"], None if erased else p["phone_e164"],
         None if erased else p.get("name"), json.dumps(products, ensure_ascii=False),
         int(bool(p["consent"])), p.get("status"), erased[0] if erased else None],
    )
    if erased:
        _redact_lead_record(c, p["id"])


def _lead_erasure(c: sqlite3.Connection, device_id: str, p: dict[str, Any], now: str) -> None:
    # The erasure may arrive before the lead (a rejected or delayed push): remember it.
    # A stall erases only its own leads; another device's id here is refused.
    owner = c.execute("SELECT device_id FROM leads WHERE id = ?", [p["lead_id"]]).fetchone()
    if owner is not None and owner[0] != device_id:
        raise Invalid("lead_erasure names a lead taken by another device")
    c.execute(
        "INSERT OR IGNORE INTO erasures(lead_id, device_id, erased_at) VALUES (?, ?, ?)",
        [p["lead_id"], device_id, p["erased_at"]],
    )
    c.execute(
        "UPDATE leads SET phone_e164 = NULL, name = NULL, products = '[]', erased_at = ? "
        "WHERE id = ? AND device_id = ?",
        [p["erased_at"], p["lead_id"], device_id],
    )
    _redact_lead_record(c, p["lead_id"])


_PERSONAL: dict[str, Any] = {"phone_e164": None, "name": None, "note": None, "district": None,
             "interests": []}


def _blank(payload: dict[str, Any]) -> dict[str, Any]:
    return {**payload, **{k: v for k, v in _PERSONAL.items() if k in payload}}


def same_lead_once_erased(
    c: sqlite3.Connection, kind: str, record_id: str, payload_text: str, digest: str
) -> bool:
    """A lead erased on the laptop after the hub got it (its answer lost) comes back blanked,
    with a new hash: the same record, not a conflict."""
    if kind != "lead":
        return False
    row = c.execute("SELECT payload FROM records WHERE id = ?", [record_id]).fetchone()
    try:
        incoming = json.loads(payload_text)
    except ValueError:
        return False
    if row is None or not isinstance(incoming, dict) or _blank(incoming) != incoming:
        return False
    if hashlib.sha256(payload_text.encode("utf-8")).hexdigest() != digest:
        return False
    if _blank(json.loads(row[0])) != incoming:
        return False
    _redact_lead_record(c, record_id)
    c.execute("UPDATE leads SET phone_e164 = NULL, name = NULL, products = '[]' WHERE id = ?",
              [record_id])
    return True


def _redact_lead_record(c: sqlite3.Connection, lead_id: str) -> None:
    # Erasure beats verbatim storage for personal data. The stored hash is kept, so a
    # retried push of the original lead is still recognised as a duplicate.
    row = c.execute(
        "SELECT payload FROM records WHERE id = ? AND kind = 'lead'", [lead_id]
    ).fetchone()   # callers have checked the lead is the erasing device's own
    if row is None:
        return
    payload = _blank(json.loads(row[0]))
    c.execute(
        "UPDATE records SET payload = ? WHERE id = ?",
        [json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False),
         lead_id],
    )


def _preorder(c: sqlite3.Connection, device_id: str, p: dict[str, Any], now: str) -> None:
    products = [i.get("sku") or i.get("description") for i in p["items"] if isinstance(i, dict)]
    c.execute(
        "INSERT INTO leads(id, kind, device_id, created_at, phone_e164, name, products, "
        "consent, status) VALUES (?, 'preorder', ?, ?, ?, ?, ?, 1, ?)",
        [p["id"], device_id, p["created_at"], p["phone_e164"], p.get("buyer_name"),
         json.dumps(products, ensure_ascii=False), p.get("status", "open")],
    )


def _audit(c: sqlite3.Connection, device_id: str, p: dict[str, Any], now: str) -> None:
    def flag(no: int, problem: str) -> None:
        c.execute(
            "INSERT OR IGNORE INTO audit_flags(device_id, chain_no, problem, flagged_at) "
            "VALUES (?, ?, ?, ?)",
            [device_id, no, problem, now],
        )

    no = p["chain_no"]
    intact = entry_hash(p) == p["hash"]
    if not intact:
        flag(no, "was edited after it was written")
    elif p.get("action") == "preorder_cancelled" and p.get("subject_kind") == "preorder":
        # A cancel has no record kind of its own: its audit entry (same transaction as the
        # stall's status change, pushed after the pre-order by device_seq) closes it here.
        c.execute("UPDATE leads SET status = 'cancelled' WHERE id = ? AND kind = 'preorder' "
                  "AND device_id = ? AND coalesce(status, 'open') = 'open'",
                  [p.get("subject_id"), device_id])
    other = c.execute(
        "SELECT record_id FROM audit_entries WHERE device_id = ? AND chain_no = ?",
        [device_id, no],
    ).fetchone()
    if other is not None:
        flag(no, f"two entries carry this number ({other[0]} and {p['id']})")
        return
    c.execute(
        "INSERT INTO audit_entries(device_id, chain_no, record_id, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?)",
        [device_id, no, p["id"], p["prev_hash"], p["hash"]],
    )
    state = c.execute(
        "SELECT verified_no, verified_hash FROM audit_chain WHERE device_id = ?",
        [device_id],
    ).fetchone()
    verified_no, verified_hash = state if state else (0, "0" * 64)
    # Walk forward over every entry now contiguous with the verified part of the chain.
    while True:
        nxt = c.execute(
            "SELECT prev_hash, hash FROM audit_entries WHERE device_id = ? AND chain_no = ?",
            [device_id, verified_no + 1],
        ).fetchone()
        if nxt is None:
            break
        if nxt[0] != verified_hash:
            flag(verified_no + 1, "does not link to the entry before it")
        verified_no, verified_hash = verified_no + 1, nxt[1]
    c.execute(
        "INSERT INTO audit_chain(device_id, verified_no, verified_hash) VALUES (?, ?, ?) "
        "ON CONFLICT(device_id) DO UPDATE SET verified_no = excluded.verified_no, "
        "verified_hash = excluded.verified_hash",
        [device_id, verified_no, verified_hash],
    )


EFFECTS: dict[str, Effect] = {
    "order": _order, "refund": _refund, "void": _void, "stock_movement": _stock_movement,
    "lead": _lead, "lead_erasure": _lead_erasure, "preorder": _preorder, "audit": _audit,
}
