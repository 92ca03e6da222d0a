"""Applying pulled catalogue changes to the stall database.

Catalogue rows go through ``pos.catalogue``'s upserts, the same writers as the file import.
Deletions retire rather than remove (old bills and the sell screen's history still name the
product). Allocations become ``allocation`` stock movements carrying the hub's id, so a page
applied twice (a pull interrupted after its commit but before the next request) adds nothing.
Only the catalogue, settings and allocations are touched: local sales are never reverted.
"""

from __future__ import annotations

import json
from typing import Any

from pos import catalogue
from pos.store import Database

FULL_COPY_KINDS = {"product": ("products", "sku"), "craft": ("crafts", "code"),
                   "artisan": ("artisans", "id")}


def apply_page(
    db: Database, changes: list[dict[str, Any]], device_id: str, *, full_copy: bool
) -> None:
    """Apply a page of changes inside the caller's transaction (with its cursor).

    Runs of product upserts are applied together (``catalogue.upsert_products``): a page of
    2,000 products row by row spent most of its time maintaining the search index one row
    at a time. A run ends before a product or barcode it already holds, and at any other
    kind of change, so the result is the same as applying the changes one by one.
    """
    batch: list[dict[str, Any]] = []
    skus: set[str] = set()
    barcodes: set[str] = set()
    for change in changes:
        if change["kind"] == "product" and change["op"] == "upsert":
            data = change.get("data") or {}
            sku, barcode = str(change["id"]).upper(), data.get("barcode")
            if sku in skus or (barcode and barcode in barcodes):
                _apply_products(db, batch)
                batch, skus, barcodes = [], set(), set()
            batch.append(change)
            skus.add(sku)
            if barcode:
                barcodes.add(barcode)
            continue
        _apply_products(db, batch)
        batch, skus, barcodes = [], set(), set()
        apply_change(db, change, device_id)
    _apply_products(db, batch)
    if full_copy:
        db.conn.executemany(
            "INSERT OR IGNORE INTO sync_seen(kind, entity_id) VALUES (?, ?)",
            [(c["kind"], c["id"]) for c in changes
             if c["kind"] in FULL_COPY_KINDS and c["op"] == "upsert"],
        )


def _apply_products(db: Database, changes: list[dict[str, Any]]) -> None:
    """Product upserts with distinct SKUs and barcodes, as ``apply_change`` would do them."""
    if not changes:
        return
    # The hub is the authority: a barcode moved to one of these products leaves the old one.
    # Before any upsert, as one by one would (the barcodes in a run are distinct).
    db.conn.executemany(
        "UPDATE products SET barcode = NULL WHERE barcode = ? AND sku <> ?",
        [(c["data"]["barcode"], c["id"]) for c in changes
         if (c.get("data") or {}).get("barcode")],
    )
    catalogue.upsert_products(db, [_product_row(c) for c in changes])


def _product_row(change: dict[str, Any]) -> dict[str, Any]:
    # A product the office lists again is sellable again, even if retired here before.
    return {"active": True, **(change.get("data") or {}), "sku": change["id"],
            "hub_op_id": change["op_id"]}


def apply_change(db: Database, change: dict[str, Any], device_id: str) -> None:
    """Apply one change inside the caller's transaction."""
    kind, op, entity_id = change["kind"], change["op"], change["id"]
    data = change.get("data") or {}
    if kind == "product":
        if op == "delete":
            _retire(db, "products", "sku", entity_id)
            return
        row = _product_row(change)
        barcode = row.get("barcode")
        if barcode:
            # The hub is the authority: a barcode moved to this product leaves the old one.
            db.execute("UPDATE products SET barcode = NULL WHERE barcode = ? AND sku <> ?",
                       [barcode, entity_id])
        catalogue.upsert_product(db, row)
    elif kind == "price":
        catalogue.upsert_product(db, {"sku": entity_id, "mrp_paise": data["mrp_paise"],
                                      "hub_op_id": change["op_id"]})
    elif kind == "craft":
        if op == "delete":
            _retire(db, "crafts", "code", entity_id)
        else:
            catalogue.upsert_craft(db, {"active": True, **data, "code": entity_id})
    elif kind == "artisan":
        if op == "delete":
            _retire(db, "artisans", "id", entity_id)
        else:
            catalogue.upsert_artisan(db, {"active": True, **data, "id": entity_id})
    elif kind == "setting":
        key = data.get("key", entity_id)
        if op == "delete":
            db.execute("DELETE FROM settings WHERE key = ?", [entity_id])
        else:
            db.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, json.dumps(data.get("value"), ensure_ascii=False)],
            )
    elif kind == "allocation" and op == "upsert":
        db.execute(
            "INSERT OR IGNORE INTO stock_movements(id, device_id, device_seq, sku, qty, kind, "
            "reason, created_at) VALUES (?, ?, NULL, ?, ?, 'allocation', ?, ?)",
            [entity_id, device_id, data["sku"], int(data["qty"]),
             data.get("note") or "from the office", data["created_at"]],
        )


def _retire(db: Database, table: str, key: str, value: str) -> None:
    db.execute(f"UPDATE {table} SET active = 0 WHERE {key} = ?", [value])


def start_full_copy(db: Database) -> None:
    """Forget what an earlier full copy saw (inside the caller's transaction)."""
    db.execute("DELETE FROM sync_seen")


def finish_full_copy(db: Database) -> int:
    """Retire what the complete copy did not bring; returns how many rows were retired.

    Old rows stayed visible and sellable during the copy; only now, with the whole copy in,
    is it known which ones the office dropped.
    """
    retired = 0
    for kind, (table, key) in FULL_COPY_KINDS.items():
        if db.execute("SELECT 1 FROM sync_seen WHERE kind = ? LIMIT 1", [kind]).fetchone() is None:
            # A hub with no catalogue yet (just set up) must not empty the stall's shelves.
            continue
        retired += db.execute(
            f"UPDATE {table} SET active = 0 WHERE active = 1 AND {key} NOT IN "
            "(SELECT entity_id FROM sync_seen WHERE kind = ?)", [kind],
        ).rowcount
    db.execute("DELETE FROM sync_seen")
    return retired
