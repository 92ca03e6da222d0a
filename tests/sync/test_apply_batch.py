"""A pulled page applied in batches leaves exactly what applying it change by change does."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from pos import catalogue, store
from sync import apply

COLUMNS = ("sku, barcode, name_en, name_hi, craft_code, hsn, gst_rate, mrp_paise, active, "
           "hub_op_id, search_text, description")


def _product(n: int, **extra: Any) -> dict[str, Any]:
    return {"name_en": f"Sikki basket {n}", "name_hi": f"सिक्की टोकरी {n}", "hsn": "4602",
            "gst_rate": 12, "mrp_paise": 50_000 + n, **extra}


def _page(rng: random.Random, op_id: int, known: set[int]) -> list[dict[str, Any]]:
    """Products new and known, price changes, barcodes moving, repeats, a retirement."""
    changes: list[dict[str, Any]] = []
    for _ in range(300):
        op_id += 1
        n = rng.randrange(120)
        roll = rng.random()
        if roll < 0.1 and n in known:  # the hub prices only products it has sent
            changes.append({"kind": "price", "op": "upsert", "id": f"SK-{n}", "op_id": op_id,
                            "data": {"mrp_paise": rng.randrange(1000, 99_000)}})
        elif roll < 0.13:
            changes.append({"kind": "product", "op": "delete", "id": f"SK-{n}",
                            "op_id": op_id, "data": None})
        else:
            extra: dict[str, Any] = {}
            if rng.random() < 0.5:
                extra["barcode"] = f"890{rng.randrange(40):05d}"
            if rng.random() < 0.3:
                extra["name_en"] = f"Renamed {rng.randrange(5)}"
            changes.append({"kind": "product", "op": "upsert", "id": f"SK-{n}",
                            "op_id": op_id, "data": _product(n, **extra)})
            known.add(n)
    return changes


def _shelf(db: store.Database) -> list[tuple[Any, ...]]:
    return db.execute(f"SELECT {COLUMNS} FROM products ORDER BY sku").fetchall()


def _found(db: store.Database, word: str) -> list[str]:
    return sorted(p.sku for p in catalogue.search(db, word, limit=500))


def test_batched_page_equals_one_by_one(tmp_path: Path) -> None:
    one = store.open_store(tmp_path / "one")
    batched = store.open_store(tmp_path / "batched")
    rng = random.Random(3)
    known: set[int] = set()
    for page_no in range(4):
        page = _page(rng, page_no * 1000, known)
        with store.write(one):
            for change in page:
                apply.apply_change(one, change, "dev")
        with store.write(batched):
            apply.apply_page(batched, page, "dev", full_copy=False)
        assert _shelf(batched) == _shelf(one)
    for word in ("SK-1", "basket 7", "टोकरी 11", "Renamed", "890000", "बास"):
        assert _found(batched, word) == _found(one, word)
    assert batched.execute("INSERT INTO products_fts(products_fts, rank) "
                           "VALUES ('integrity-check', 1)").fetchall() == []
    trigger = "SELECT count(*) FROM sqlite_master WHERE name = 'products_fts_insert'"
    assert batched.execute(trigger).fetchone()[0] == 1


def test_a_big_page_of_new_products_is_searchable_and_a_failed_one_leaves_nothing(
        db: store.Database) -> None:
    rows = [{"sku": f"BIG-{n}", **_product(n)} for n in range(200)]
    with store.write(db):
        assert catalogue.upsert_products(db, rows) == 200
    assert _found(db, "BIG-17") == ["BIG-17", *[f"BIG-17{d}" for d in range(10)]]
    broken = [{"sku": f"NEW-{n}", **_product(n)} for n in range(100)]
    del broken[-1]["name_hi"]  # a new product without its Hindi name cannot be stored
    with pytest.raises(sqlite3.IntegrityError, match="NOT NULL"), store.write(db):
        catalogue.upsert_products(db, broken)
    assert _found(db, "NEW-") == []
    assert db.execute("SELECT count(*) FROM sqlite_master "
                      "WHERE name = 'products_fts_insert'").fetchone()[0] == 1
    db.execute("INSERT INTO products(sku, name_en, name_hi, hsn, gst_rate, mrp_paise) "
               "VALUES ('LATE-1', 'Late', 'देर', '4602', 12, 100)")
    assert _found(db, "LATE-1") == ["LATE-1"]
