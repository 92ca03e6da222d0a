"""Records that leave the laptop: device identity, per-device sequence and the outbox.

A synced record is written together with its outbox row in one transaction (the
transactional outbox): if the sale exists, so does the promise to send it, and vice versa.
The payload is canonical JSON made once, here; its hash travels with it so the hub can tell
a harmless retry (same id, same hash) from a conflicting rewrite (same id, another hash).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from pos.ids import utc_now
from pos.schema import RECORD_KINDS
from pos.store import Database


@dataclass(frozen=True)
class Device:
    """This laptop as the hub knows it."""

    device_id: str
    device_code: str
    device_name: str | None


def device(db: Database) -> Device:
    """The laptop's identity (made at first open; the code changes on enrolment)."""
    row = db.execute("SELECT device_id, device_code, device_name FROM device").fetchone()
    return Device(*row)


def next_device_seq(db: Database) -> int:
    """Take the next per-device sequence number. Call inside ``store.write``."""
    if not db.conn.in_transaction:
        raise RuntimeError("next_device_seq must run inside a write transaction")
    (seq,) = db.execute(
        "UPDATE device SET next_seq = next_seq + 1 RETURNING next_seq - 1"
    ).fetchone()
    return int(seq)


def take_device_seqs(db: Database, count: int) -> tuple[Device, range]:
    """Take ``count`` consecutive sequence numbers, with the laptop's identity, in one statement.

    For a document that writes several synced records at once (a bill's stock movements):
    one UPDATE instead of one per record, and the device row read under the same write lock,
    so the identity cannot differ from the one the numbers were taken under. Call inside
    ``store.write``; the numbers are the ones ``count`` calls of ``next_device_seq`` would
    have given.
    """
    if not db.conn.in_transaction:
        raise RuntimeError("take_device_seqs must run inside a write transaction")
    if count < 1:
        raise ValueError(f"take at least one sequence number, not {count}")
    first, device_id, device_code, device_name = db.execute(
        "UPDATE device SET next_seq = next_seq + ? "
        "RETURNING next_seq - ?, device_id, device_code, device_name",
        [count, count],
    ).fetchone()
    return Device(device_id, device_code, device_name), range(first, first + count)


def canonical_json(value: Any) -> str:
    """The one JSON form used for hashing: sorted keys, no spaces, UTF-8 text kept."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def payload_hash(payload_text: str) -> str:
    """SHA-256 of a canonical payload, hex."""
    return hashlib.sha256(payload_text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Outgoing:
    """One record for the outbox: the arguments of ``enqueue``, for ``enqueue_many``."""

    kind: str
    record_id: str
    device_seq: int
    payload: dict[str, Any]
    bundle: str | None = None


def enqueue(
    db: Database,
    *,
    kind: str,
    record_id: str,
    device_seq: int,
    payload: dict[str, Any],
    bundle: str | None = None,
) -> str:
    """Add one record to the outbox, inside the caller's transaction; returns its hash.

    Args:
        kind: one of ``pos.schema.RECORD_KINDS``.
        record_id: the record's UUIDv7.
        device_seq: the record's per-device sequence number.
        payload: the record as the hub will store it; must include ``device_id``.
        bundle: records sharing a bundle (a bill, its stock movements and audit entry) are
            never split across push batches. Defaults to the record id.
    """
    return enqueue_many(db, [Outgoing(kind, record_id, device_seq, payload, bundle)])[0]


def enqueue_many(db: Database, outgoing: list[Outgoing]) -> list[str]:
    """Add several records to the outbox in this order (one statement); returns their hashes.

    The rows, payloads and hashes are exactly those of one ``enqueue`` per record: a bill's
    stock movements go in with one ``executemany`` instead of a statement each.
    """
    for record in outgoing:
        if record.kind not in RECORD_KINDS:
            raise ValueError(f"unknown record kind {record.kind!r}")
    if not db.conn.in_transaction:
        raise RuntimeError("enqueue must run inside the transaction that writes the record")
    rows = []
    for record in outgoing:
        if "device_id" not in record.payload:
            raise ValueError("payload must carry device_id")
        text = canonical_json(record.payload)
        rows.append((record.record_id, record.kind, record.device_seq,
                     record.bundle or record.record_id, text, payload_hash(text), utc_now()))
    db.conn.executemany(
        "INSERT INTO outbox(record_id, kind, device_seq, bundle, payload, payload_hash, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return [row[5] for row in rows]


def pending_count(db: Database) -> int:
    """How many records wait to be sent to the hub."""
    return int(db.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0])


def rejected_count(db: Database) -> int:
    """How many records the hub refused (parked for the manager)."""
    return int(db.execute("SELECT count(*) FROM outbox WHERE state = 'rejected'").fetchone()[0])
