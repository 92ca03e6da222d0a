"""Batched writes of synced records: a block of device numbers, several outbox rows or stock
movements at once give exactly what one call per record gives."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pos import records, store
from pos.stock import write_movement, write_movements
from pos.store import Database
from tests.helpers.selling import add_product


def _seq(db: Database) -> int:
    return int(db.execute("SELECT next_seq FROM device").fetchone()[0])


def test_a_block_of_device_seqs_is_consecutive_and_leaves_no_gap(db: Database) -> None:
    with store.write(db):
        single = records.next_device_seq(db)
        dev, block = records.take_device_seqs(db, 4)
        after = records.next_device_seq(db)
    assert list(block) == [single + 1, single + 2, single + 3, single + 4]
    assert after == single + 5
    assert _seq(db) == single + 6
    assert dev == records.device(db)


def test_a_block_is_taken_inside_the_transaction_or_not_at_all(db: Database) -> None:
    before = _seq(db)
    with pytest.raises(RuntimeError):
        records.take_device_seqs(db, 2)
    with pytest.raises(ValueError), store.write(db):
        records.take_device_seqs(db, 0)
    with pytest.raises(ZeroDivisionError), store.write(db):
        records.take_device_seqs(db, 3)
        _ = 1 / 0
    assert _seq(db) == before  # rolled back with the document


def _outbox(db: Database) -> list[tuple[object, ...]]:
    return db.execute("SELECT seq, record_id, kind, device_seq, bundle, payload, payload_hash, "
                      "state FROM outbox ORDER BY seq").fetchall()


def _payloads() -> list[records.Outgoing]:
    return [
        records.Outgoing("stock_movement", f"rec-{n}", 10 + n,
                         {"device_id": "d1", "sku": "मधु-1", "qty": -n, "note": None},
                         bundle="bill-1" if n else None)
        for n in range(3)
    ]


def test_enqueue_many_writes_the_rows_and_hashes_of_repeated_enqueue(tmp_path: Path) -> None:
    one_by_one = store.open_store(tmp_path / "a")
    at_once = store.open_store(tmp_path / "b")
    try:
        with store.write(one_by_one):
            hashes = [records.enqueue(one_by_one, kind=o.kind, record_id=o.record_id,
                                      device_seq=o.device_seq, payload=o.payload,
                                      bundle=o.bundle) for o in _payloads()]
        with store.write(at_once):
            batch_hashes = records.enqueue_many(at_once, _payloads())
        assert batch_hashes == hashes
        assert _outbox(at_once) == _outbox(one_by_one)
        row = _outbox(at_once)[0]
        assert row[4] == "rec-0"  # bundle defaults to the record id
        assert row[6] == records.payload_hash(records.canonical_json(_payloads()[0].payload))
    finally:
        one_by_one.close()
        at_once.close()


def test_enqueue_many_refuses_a_bad_record_and_writes_none(db: Database) -> None:
    bad = [*_payloads(), records.Outgoing("order", "rec-9", 20, {"sku": "x"})]
    with pytest.raises(ValueError, match="device_id"), store.write(db):
        records.enqueue_many(db, bad)
    with pytest.raises(ValueError, match="unknown record kind"), store.write(db):
        records.enqueue_many(db, [records.Outgoing("sale", "rec-8", 21, {"device_id": "d"})])
    with pytest.raises(RuntimeError):
        records.enqueue_many(db, _payloads())
    assert _outbox(db) == []


def _movements(db: Database) -> list[tuple[object, ...]]:
    """Each synced movement with its outbox row, the ids (fresh UUIDs) left out."""
    rows = db.execute(
        "SELECT m.id, m.device_seq, m.sku, m.qty, m.kind, m.reason, m.order_id, m.staff_id, "
        "m.approved_by, m.created_at, o.record_id, o.kind, o.device_seq, o.bundle, o.payload "
        "FROM stock_movements m JOIN outbox o ON o.record_id = m.id ORDER BY o.seq").fetchall()
    out = []
    for row in rows:
        assert row[0] == row[10]
        payload = json.loads(row[14])
        assert payload.pop("id") == row[0]
        assert payload.pop("device_id") == records.device(db).device_id
        out.append((*row[1:10], *row[11:14], payload))
    return out


def test_write_movements_matches_one_write_movement_per_move(tmp_path: Path) -> None:
    moves: list[dict[str, Any]] = [
        {"sku": "A1", "qty": -2, "kind": "sale", "order_id": None, "staff_id": None},
        {"sku": "B2", "qty": 1, "kind": "refund", "reason": "torn", "approved_by": None},
        {"sku": "A1", "qty": -1, "kind": "sale"},
    ]
    results = []
    for folder, batched in (("a", False), ("b", True)):
        db = store.open_store(tmp_path / folder)
        try:
            add_product(db, "A1", 10000)
            add_product(db, "B2", 20000)
            with store.write(db):
                if batched:
                    ids = write_movements(db, moves, created_at="2026-09-21T06:30:00.000000Z",
                                          bundle="bill-7")
                else:
                    ids = [write_movement(db, **move, created_at="2026-09-21T06:30:00.000000Z",
                                          bundle="bill-7") for move in moves]
            assert len(set(ids)) == 3
            levels = dict(db.execute("SELECT sku, qty FROM stock_levels").fetchall())
            results.append((_movements(db), levels))
        finally:
            db.close()
    assert results[0] == results[1]
    assert results[1][1] == {"A1": 7, "B2": 11}


def test_write_movements_refuses_an_unknown_field(db: Database) -> None:
    add_product(db, "A1", 10000)
    with pytest.raises(TypeError, match="colour"), store.write(db):
        write_movements(db, [{"sku": "A1", "qty": -1, "kind": "sale", "colour": "red"}],
                        created_at="2026-09-21T06:30:00.000000Z")
    assert write_movements(db, [], created_at="x") == []
