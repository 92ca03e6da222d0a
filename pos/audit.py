"""The audit journal: append-only and hash-chained.

Each entry stores the hash of the one before it, so deleting or editing any entry breaks
the chain at that point; ``verify`` finds it here and the hub finds it on its copy.
Triggers refuse UPDATE and DELETE; the chain catches what bypasses them (another tool
editing the file).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from pos import records
from pos.ids import utc_now, uuid7
from pos.store import Database

GENESIS = "0" * 64


def entry_hash(entry: dict[str, Any]) -> str:
    """The hash of one entry over every field except ``hash`` itself."""
    fields = {k: entry[k] for k in sorted(entry) if k != "hash"}
    return hashlib.sha256(records.canonical_json(fields).encode("utf-8")).hexdigest()


def append(
    db: Database,
    action: str,
    *,
    staff_id: str | None = None,
    approved_by: str | None = None,
    subject_kind: str | None = None,
    subject_id: str | None = None,
    details: dict[str, Any] | None = None,
    bundle: str | None = None,
) -> str:
    """Append one entry inside the caller's transaction and queue it for the hub.

    Returns:
        The new entry's id.
    """
    dev, (seq,) = records.take_device_seqs(db, 1)
    last = db.execute("SELECT chain_no, hash FROM audit ORDER BY chain_no DESC LIMIT 1").fetchone()
    chain_no, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    entry: dict[str, Any] = {
        "id": uuid7(),
        "device_id": dev.device_id,
        "device_seq": seq,
        "chain_no": chain_no,
        "created_at": utc_now(),
        "action": action,
        "staff_id": staff_id,
        "approved_by": approved_by,
        "subject_kind": subject_kind,
        "subject_id": subject_id,
        "details": records.canonical_json(details or {}),
        "prev_hash": prev_hash,
    }
    entry["hash"] = entry_hash(entry)
    columns = ", ".join(entry)
    marks = ", ".join("?" for _ in entry)
    db.execute(f"INSERT INTO audit({columns}) VALUES ({marks})", list(entry.values()))
    records.enqueue(
        db, kind="audit", record_id=entry["id"], device_seq=entry["device_seq"],
        payload=entry, bundle=bundle,
    )
    return str(entry["id"])


@dataclass(frozen=True)
class ChainProblem:
    """One break in the chain: where, and what is wrong."""

    chain_no: int
    problem: str


def verify_entries(entries: list[dict[str, Any]]) -> list[ChainProblem]:
    """Check a device's entries (sorted by chain_no) for gaps, edits and broken links."""
    problems: list[ChainProblem] = []
    expected_no, prev_hash = 1, GENESIS
    for entry in entries:
        no = int(entry["chain_no"])
        if no != expected_no:
            problems.append(ChainProblem(expected_no, f"entries {expected_no}..{no - 1} missing"))
        elif entry["prev_hash"] != prev_hash:
            problems.append(ChainProblem(no, "does not link to the entry before it"))
        if entry_hash(entry) != entry["hash"]:
            problems.append(ChainProblem(no, "was edited after it was written"))
        expected_no, prev_hash = no + 1, entry["hash"]
    return problems


def verify(db: Database) -> list[ChainProblem]:
    """Verify this laptop's journal; an empty list means it is intact."""
    cursor = db.execute("SELECT * FROM audit ORDER BY chain_no")
    names = [d[0] for d in cursor.description]
    return verify_entries([dict(zip(names, row, strict=True)) for row in cursor])


def details_of(entry: dict[str, Any]) -> dict[str, Any]:
    """The decoded ``details`` of an entry."""
    return dict(json.loads(entry["details"]))
