"""Stock as signed movements: the level of a SKU is the sum of its movements.

Allocations come from the hub (or ``allocate_local`` for trials); sales, refunds and voids
move stock as part of their bill; a count adjustment needs a manager and a reason. Every
movement made here is queued for the hub, which keeps each stall's stock the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pos import audit, records, store
from pos.errors import InputError, NotFound
from pos.ids import utc_now, uuid7
from pos.money import is_whole
from pos.staff import active_member, require_manager
from pos.store import Database


@dataclass(frozen=True)
class Movement:
    """One change of a SKU's stock."""

    id: str
    sku: str
    qty: int
    kind: str
    reason: str | None
    order_id: str | None
    refund_id: str | None
    void_id: str | None
    staff_id: str | None
    approved_by: str | None
    created_at: str


# The columns of a movement a caller chooses; ``write_movements`` adds the rest.
_MOVEMENT_FIELDS = ("sku", "qty", "kind", "reason", "order_id", "refund_id", "void_id",
                    "staff_id", "approved_by")


def write_movement(
    db: Database,
    *,
    sku: str,
    qty: int,
    kind: str,
    created_at: str,
    bundle: str | None = None,
    reason: str | None = None,
    order_id: str | None = None,
    refund_id: str | None = None,
    void_id: str | None = None,
    staff_id: str | None = None,
    approved_by: str | None = None,
) -> str:
    """One signed stock movement and its outbox row; call inside ``store.write``."""
    return write_movements(
        db, [{"sku": sku, "qty": qty, "kind": kind, "reason": reason, "order_id": order_id,
              "refund_id": refund_id, "void_id": void_id, "staff_id": staff_id,
              "approved_by": approved_by}],
        created_at=created_at, bundle=bundle,
    )[0]


def write_movements(
    db: Database,
    moves: list[dict[str, Any]],
    *,
    created_at: str,
    bundle: str | None = None,
) -> list[str]:
    """Several signed movements of one document and their outbox rows, in this order.

    Each move carries ``sku``, ``qty`` and ``kind`` and optionally the other keyword
    arguments of ``write_movement``. The rows, sequence numbers and payloads are those of
    one ``write_movement`` per move; a bill's movements just take one statement per table
    instead of three per piece of stock. Call inside ``store.write``; returns the ids.
    """
    if not moves:
        return []
    dev, seqs = records.take_device_seqs(db, len(moves))
    payloads: list[dict[str, Any]] = []
    for move, seq in zip(moves, seqs, strict=True):
        unknown = set(move) - set(_MOVEMENT_FIELDS)
        if unknown:
            raise TypeError(f"unknown movement fields {sorted(unknown)}")
        payloads.append({
            "id": uuid7(), "device_id": dev.device_id, "device_seq": seq,
            **{name: move.get(name) for name in _MOVEMENT_FIELDS}, "created_at": created_at,
        })
    columns = ", ".join(payloads[0])
    marks = ", ".join("?" for _ in payloads[0])
    db.conn.executemany(f"INSERT INTO stock_movements({columns}) VALUES ({marks})",
                        [list(p.values()) for p in payloads])
    records.enqueue_many(db, [
        records.Outgoing("stock_movement", p["id"], p["device_seq"], p, bundle)
        for p in payloads
    ])
    return [str(p["id"]) for p in payloads]


def _known_sku(db: Database, sku: str) -> str:
    clean = str(sku or "").strip()
    if db.execute("SELECT 1 FROM products WHERE sku = ?", [clean]).fetchone() is None:
        raise NotFound(f"Unknown SKU {clean or '(empty)'}: it is not in the stall's catalogue.")
    return clean


def level(db: Database, sku: str) -> int:
    """Pieces of ``sku`` at the stall now (0 when it never had any)."""
    row = db.execute("SELECT qty FROM stock_levels WHERE sku = ?", [sku]).fetchone()
    return int(row[0]) if row else 0


def adjust(
    db: Database,
    sku: str,
    delta: int,
    reason: str,
    staff_id: str,
    approved_by: str | None,
    *,
    now: datetime | None = None,
) -> str:
    """Correct a SKU's stock after a count (manager only); returns the movement id."""
    if not is_whole(delta) or delta == 0:
        raise InputError("A stock adjustment is a whole number of pieces other than 0.")
    if not str(reason or "").strip():
        raise InputError("Give a reason for the stock adjustment.")
    with store.write(db):
        clean = _known_sku(db, sku)
        staff = active_member(db, staff_id)
        approver = require_manager(db, approved_by, "A stock adjustment")
        created_at = utc_now(now)
        movement_id = write_movement(
            db, sku=clean, qty=delta, kind="adjustment", reason=reason.strip(),
            staff_id=staff.id, approved_by=approver.id, created_at=created_at,
        )
        audit.append(db, "stock_adjustment", staff_id=staff.id, approved_by=approver.id,
                     subject_kind="stock_movement", subject_id=movement_id, bundle=movement_id,
                     details={"sku": clean, "qty": delta, "reason": reason.strip(),
                              "level_after": level(db, clean)})
    return movement_id


def allocate_local(db: Database, sku: str, qty: int, *, now: datetime | None = None) -> str:
    """Put stock in the stall without the hub (trials, demos, tests); not synced.

    Real allocations arrive by pull from the hub, which already knows about them, so they
    carry no device sequence and no outbox row.
    """
    if not is_whole(qty) or qty <= 0:
        raise InputError("Allocate a whole number of pieces above 0.")
    with store.write(db):
        clean = _known_sku(db, sku)
        movement_id = uuid7()
        db.execute(
            "INSERT INTO stock_movements(id, device_id, device_seq, sku, qty, kind, reason, "
            "created_at) VALUES (?, ?, NULL, ?, ?, 'allocation', 'local allocation', ?)",
            [movement_id, records.device(db).device_id, clean, qty, utc_now(now)],
        )
    return movement_id


def movements(db: Database, sku: str) -> list[Movement]:
    """Every movement of a SKU, oldest first."""
    rows = db.execute(
        "SELECT id, sku, qty, kind, reason, order_id, refund_id, void_id, staff_id, "
        "approved_by, created_at FROM stock_movements WHERE sku = ? ORDER BY created_at, rowid",
        [sku],
    ).fetchall()
    return [Movement(*row) for row in rows]
