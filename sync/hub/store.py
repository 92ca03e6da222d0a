"""The hub's storage: the one module that runs SQL on the hub database.

SQLite in WAL mode by default. The interface is narrow and speaks in plain values (dicts,
tuples, ``Device``) so a PostgreSQL implementation can sit behind it later. One connection is
shared by the web workers under a lock: SQLite has one writer anyway, and a push answers only
after its transaction has committed.

Pushed records are stored verbatim with a unique id, together with their effects (artisan
ledger, stock per device, leads, audit chain) in the same transaction; each record sits in its
own savepoint so a poison record is refused without taking its batch down.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import secrets
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from pos.ids import utc_now, uuid7
from pos.salesexport import export_rows
from sync.hub import schema
from sync.hub.effects import EFFECTS, add_stock, ist_day, same_lead_once_erased
from sync.hub.validate import Invalid, check_payload

ENROLL_CODE_DAYS = 7
# How long a command waits for another program's write before giving up: long enough for a
# push or a catalogue import to finish, short enough that a stuck lock is reported quickly.
BUSY_TIMEOUT_S = 5.0
# The served hub waits longer (a push behind an office import), still under the stall's
# 30 s request timeout; past it the device gets 503 and retries later.
SERVE_BUSY_TIMEOUT_S = 20.0
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over a phone
CATALOGUE_KINDS = ("product", "craft", "artisan", "price", "setting")


class HubError(Exception):
    """A problem an admin or a device can act on; the message says what."""


class CursorExpired(HubError):
    """The change log was compacted past the device's cursor: it must resync fully."""


@dataclass(frozen=True)
class Device:
    """An enrolled stall laptop."""

    device_id: str
    device_code: str
    device_name: str
    revoked: bool


@dataclass(frozen=True)
class LogPage:
    """A page of the change log: the changes, the next cursor, whether that was the end, the
    compaction floor and how many changes remain after this page (for progress bars)."""

    changes: list[dict[str, Any]]
    next: int
    complete: bool
    floor: int
    remaining: int


@dataclass(frozen=True)
class Incoming:
    """One pushed record as the store needs it (the wire model's fields)."""

    kind: str
    id: str
    device_seq: int
    payload: str
    payload_hash: str


def token_hash(token: str) -> str:
    """Tokens are kept only as their SHA-256, so a copied hub file grants nothing."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class HubStore:
    """The hub database. Safe to share between threads; every method is one transaction."""

    def __init__(self, path: Path | str, *, busy_timeout: float | None = None) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(
            str(self.path), isolation_level=None, check_same_thread=False,
            timeout=BUSY_TIMEOUT_S if busy_timeout is None else busy_timeout,
        )
        self._lock = threading.RLock()
        tables = {r[0] for r in self._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "meta" not in tables:
            # A stall database or someone else's file: never write hub tables into it.
            self._conn.close()
            raise HubError(f"{self.path} is not a hub database; it was left untouched")
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = FULL")
        self._conn.execute("PRAGMA foreign_keys = ON")
        with self._tx() as c:
            for statement in _statements(schema.SCHEMA):
                c.execute(statement)
            c.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)",
                [str(schema.SCHEMA_VERSION)],
            )

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._conn.close()

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    # -- enrolment -------------------------------------------------------------------------

    def create_enroll_code(self, device_name: str) -> str:
        """A one-time code for a new stall laptop, valid for a week."""
        if not device_name.strip():
            raise HubError("the device name must not be empty")
        raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(8))
        code = f"{raw[:4]}-{raw[4:]}"
        now = datetime.now(UTC)
        with self._tx() as c:
            c.execute(
                "INSERT INTO enroll_codes(code_hash, device_name, created_at, expires_at) "
                "VALUES (?, ?, ?, ?)",
                [token_hash(_norm_code(code)), device_name.strip(), now.isoformat(),
                 (now + timedelta(days=ENROLL_CODE_DAYS)).isoformat()],
            )
        return code

    def enroll(
        self, code: str, device_id: str, device_name: str, protocol_version: int,
        app_version: str,
    ) -> tuple[Device, str]:
        """Exchange a one-time code for a device identity and a new token.

        A revoked laptop that enrols again (a new code, the same device id) keeps its device
        code, so its invoice series never changes, and gets a new token. An active device id
        cannot be enrolled again.
        """
        now = utc_now()
        token = secrets.token_urlsafe(32)
        with self._tx() as c:
            row = c.execute(
                "SELECT device_name, expires_at, used_at FROM enroll_codes WHERE code_hash = ?",
                [token_hash(_norm_code(code))],
            ).fetchone()
            if row is None or row[2] is not None or row[1] < now:
                raise HubError("this enrolment code is unknown, expired or already used")
            name = row[0] or device_name
            existing = c.execute(
                "SELECT device_code, revoked_at FROM devices WHERE device_id = ?", [device_id]
            ).fetchone()
            if existing and existing[1] is None:
                # Otherwise any code could take over a working stall's identity.
                raise HubError(f"device {existing[0]} is already enrolled; revoke it first "
                               f"(mela-hub revoke {existing[0]}) to pair it again")
            if existing:
                device_code = existing[0]
                c.execute(
                    "UPDATE devices SET token_hash = ?, revoked_at = NULL, device_name = ?, "
                    "protocol_version = ?, app_version = ? WHERE device_id = ?",
                    [token_hash(token), name, protocol_version, app_version, device_id],
                )
            else:
                (count,) = c.execute("SELECT count(*) FROM devices").fetchone()
                device_code = f"M{count + 1:02d}"
                c.execute(
                    "INSERT INTO devices(device_id, device_code, device_name, token_hash, "
                    "enrolled_at, protocol_version, app_version) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [device_id, device_code, name, token_hash(token), now, protocol_version,
                     app_version],
                )
            c.execute(
                "UPDATE enroll_codes SET used_at = ?, device_id = ? WHERE code_hash = ?",
                [now, device_id, token_hash(_norm_code(code))],
            )
        return Device(device_id, device_code, name, False), token

    def device_for_token(self, token: str) -> Device | None:
        """The device holding ``token``, or None if unknown or revoked."""
        rows = self._read(
            "SELECT device_id, device_code, device_name FROM devices "
            "WHERE token_hash = ? AND revoked_at IS NULL",
            [token_hash(token)],
        )
        return Device(rows[0][0], rows[0][1], rows[0][2], False) if rows else None

    def find_device(self, key: str) -> Device:
        """A device by id, code (M03) or name."""
        rows = self._read(
            "SELECT device_id, device_code, device_name, revoked_at IS NOT NULL FROM devices "
            "WHERE device_id = ? OR upper(device_code) = upper(?) OR device_name = ? "
            "ORDER BY device_code",
            [key, key, key],
        )
        if not rows:
            raise HubError(f"no device {key!r} is enrolled")
        if len(rows) > 1:
            raise HubError(f"{key!r} names several devices; use the device code")
        return Device(rows[0][0], rows[0][1], rows[0][2], bool(rows[0][3]))

    def devices(self) -> list[Device]:
        """Every enrolled device, by code."""
        return [
            Device(r[0], r[1], r[2], bool(r[3])) for r in self._read(
                "SELECT device_id, device_code, device_name, revoked_at IS NOT NULL "
                "FROM devices ORDER BY device_code"
            )
        ]

    def last_seen(self) -> dict[str, str | None]:
        """When each device last pushed, by device id (UTC ISO, None if never)."""
        return dict(self._read("SELECT device_id, last_seen_at FROM devices"))

    def revoke(self, key: str) -> Device:
        """Revoke a device's token at once; its records already received stay."""
        dev = self.find_device(key)
        with self._tx() as c:
            c.execute(
                "UPDATE devices SET token_hash = NULL, revoked_at = ? WHERE device_id = ?",
                [utc_now(), dev.device_id],
            )
        return Device(dev.device_id, dev.device_code, dev.device_name, True)

    # -- push ------------------------------------------------------------------------------

    def push(
        self, device: Device, records: Iterable[Incoming]
    ) -> list[tuple[str, str, str | None]]:
        """Store a batch; returns ``(id, status, reason)`` per record, after the commit."""
        results: list[tuple[str, str, str | None]] = []
        now = utc_now()
        batch = list(records)
        with self._tx() as c:
            known = self._known_hashes(c, [rec.id for rec in batch])
            for rec in batch:
                c.execute("SAVEPOINT rec")
                try:
                    status = self._push_one(c, device, rec, now, known.get(rec.id))
                    reason = None
                    known.setdefault(rec.id, rec.payload_hash)
                except (Invalid, sqlite3.IntegrityError) as exc:
                    # A record the database refuses is that record's problem, not the
                    # batch's: it is rejected and the rest of the queue goes on.
                    c.execute("ROLLBACK TO rec")
                    status, reason = "rejected", str(exc)
                    if isinstance(exc, sqlite3.IntegrityError):
                        reason = f"the hub could not store this record ({exc})"
                    c.execute(
                        "INSERT INTO rejections(record_id, device_id, kind, reason, at) "
                        "VALUES (?, ?, ?, ?, ?)",
                        [rec.id, device.device_id, rec.kind, reason, now],
                    )
                c.execute("RELEASE rec")
                results.append((rec.id, status, reason))
            c.execute(
                "UPDATE devices SET last_seen_at = ? WHERE device_id = ?", [now, device.device_id]
            )
        return results

    @staticmethod
    def _known_hashes(c: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
        """Stored hashes of whichever of ``ids`` the hub already holds (one query a chunk)."""
        known: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            known.update(c.execute(
                f"SELECT id, payload_hash FROM records WHERE id IN ({marks})", chunk
            ).fetchall())
        return known

    def _push_one(
        self, c: sqlite3.Connection, device: Device, rec: Incoming, now: str,
        known_hash: str | None,
    ) -> str:
        if known_hash is not None:
            if known_hash == rec.payload_hash or same_lead_once_erased(
                c, rec.kind, rec.id, rec.payload, rec.payload_hash
            ):
                return "duplicate"
            raise Invalid("another record with this id, but different content, was received")
        if hashlib.sha256(rec.payload.encode("utf-8")).hexdigest() != rec.payload_hash:
            raise Invalid("payload_hash does not match the payload")
        try:
            payload = json.loads(rec.payload)
        except ValueError as exc:
            raise Invalid("payload is not valid JSON") from exc
        if not isinstance(payload, dict):
            raise Invalid("payload is not a JSON object")
        if payload.get("device_id") != device.device_id:
            raise Invalid("the record's device_id is not this device's")
        if payload.get("id") != rec.id:
            raise Invalid("the payload's id is not the record's id")
        check_payload(rec.kind, payload)
        created = payload.get("created_at") or payload.get("closed_at")
        day = ist_day(created) if isinstance(created, str) else None
        c.execute(
            "INSERT INTO records(id, kind, device_id, device_seq, payload, payload_hash, day, "
            "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [rec.id, rec.kind, device.device_id, rec.device_seq, rec.payload, rec.payload_hash,
             day, now],
        )
        effect = EFFECTS.get(rec.kind)
        if effect is not None:
            effect(c, device.device_id, payload, now)
        return "applied"

    # -- catalogue -------------------------------------------------------------------------

    def upsert_entities(self, kind: str, items: Iterable[tuple[str, dict[str, Any]]]) -> int:
        """Store catalogue entities; only real changes go into the change log.

        Returns the number of entities that changed.
        """
        if kind not in CATALOGUE_KINDS:
            raise HubError(f"unknown catalogue kind {kind!r}")
        changed = 0
        now = utc_now()
        with self._tx() as c:
            for entity_id, data in items:
                text = json.dumps(data, sort_keys=True, ensure_ascii=False)
                row = c.execute(
                    "SELECT data, deleted FROM catalogue WHERE kind = ? AND entity_id = ?",
                    [kind, entity_id],
                ).fetchone()
                if row is not None and row[0] == text and not row[1]:
                    continue
                op_id = _log(c, kind, entity_id, "upsert", text, None, now)
                c.execute(
                    "INSERT INTO catalogue(kind, entity_id, data, deleted, op_id) "
                    "VALUES (?, ?, ?, 0, ?) ON CONFLICT(kind, entity_id) DO UPDATE SET "
                    "data = excluded.data, deleted = 0, op_id = excluded.op_id",
                    [kind, entity_id, text, op_id],
                )
                changed += 1
        return changed

    def delete_entity(self, kind: str, entity_id: str) -> None:
        """Delete a catalogue entity (a tombstone in the log); products are usually retired."""
        with self._tx() as c:
            row = c.execute(
                "SELECT deleted FROM catalogue WHERE kind = ? AND entity_id = ?",
                [kind, entity_id],
            ).fetchone()
            if row is None or row[0]:
                raise HubError(f"no {kind} {entity_id!r} in the catalogue")
            op_id = _log(c, kind, entity_id, "delete", None, None, utc_now())
            c.execute(
                "UPDATE catalogue SET deleted = 1, op_id = ? WHERE kind = ? AND entity_id = ?",
                [op_id, kind, entity_id],
            )

    def retire_products(self, skus: list[str], *, active: bool = False) -> int:
        """Retire products (stalls stop selling them; history keeps them), or bring them
        back with ``active=True``. Returns how many changed."""
        current = self.entities("product")
        missing = [sku for sku in skus if sku not in current]
        if missing:
            raise HubError(f"no product with SKU {', '.join(missing)} in the catalogue")
        return self.upsert_entities(
            "product", [(sku, {**current[sku], "active": active}) for sku in skus]
        )

    def entity(self, kind: str, entity_id: str) -> dict[str, Any] | None:
        """The current data of one catalogue entity, or None."""
        rows = self._read(
            "SELECT data FROM catalogue WHERE kind = ? AND entity_id = ? AND deleted = 0",
            [kind, entity_id],
        )
        return json.loads(rows[0][0]) if rows else None

    def entities(self, kind: str) -> dict[str, dict[str, Any]]:
        """Every live entity of one kind, by id."""
        return {
            r[0]: json.loads(r[1]) for r in self._read(
                "SELECT entity_id, data FROM catalogue WHERE kind = ? AND deleted = 0", [kind]
            )
        }

    def allocate(self, device_key: str, sku: str, qty: int, note: str | None = None) -> str:
        """Send ``qty`` pieces of ``sku`` to a device (negative: recall). Returns the id."""
        if qty == 0:
            raise HubError("the quantity must not be zero")
        dev = self.find_device(device_key)
        if self.entity("product", sku) is None:
            raise HubError(f"no product with SKU {sku!r} in the catalogue")
        alloc_id = uuid7()
        now = utc_now()
        data = {"id": alloc_id, "sku": sku, "qty": qty, "note": note, "created_at": now}
        with self._tx() as c:
            _log(c, "allocation", alloc_id, "upsert", json.dumps(data), dev.device_id, now)
            add_stock(c, dev.device_id, sku, qty)
        return alloc_id

    def changes(
        self, device_id: str, since: int, limit: int, *, full_copy: bool = False
    ) -> LogPage:
        """A page of the change log for one device.

        Raises:
            CursorExpired: ``since`` is below the compaction floor, unless the device is
                paging through a full copy (which starts at 0: the retained log is a full
                copy, and the device retires what it did not bring at the end).
        """
        with self._lock:
            floor = self._meta_int("compacted_below")
            if not full_copy and 0 < since < floor:
                raise CursorExpired(
                    f"cursor {since} is older than the compacted change log ({floor})"
                )
            rows = self._conn.execute(
                "SELECT op_id, kind, entity_id, op, data FROM changes WHERE op_id > ? "
                "AND (device_id IS NULL OR device_id = ?) ORDER BY op_id LIMIT ?",
                [since, device_id, limit + 1],
            ).fetchall()
            complete = len(rows) <= limit
            rows = rows[:limit]
            nxt = rows[-1][0] if rows else since
            remaining = 0 if complete else int(self._conn.execute(
                "SELECT count(*) FROM changes WHERE op_id > ? "
                "AND (device_id IS NULL OR device_id = ?)", [nxt, device_id],
            ).fetchone()[0])
        changes = [
            {"op_id": r[0], "kind": r[1], "id": r[2], "op": r[3],
             "data": json.loads(r[4]) if r[4] is not None else None}
            for r in rows
        ]
        return LogPage(changes, nxt, complete, floor, remaining)

    def compact(self, floor: int | None = None) -> int:
        """Drop log entries up to ``floor`` (default: the newest op) that nobody needs.

        An entry goes when a newer entry for the same entity exists, and tombstones go
        altogether; a device whose cursor is below the floor may have missed one, so it gets
        410 and copies the catalogue afresh. Allocations are never dropped. Returns the
        number of entries removed.
        """
        with self._tx() as c:
            newest = int(c.execute("SELECT coalesce(max(op_id), 0) FROM changes").fetchone()[0])
            if floor is None:
                floor = newest
            elif not 0 <= floor <= newest:
                # A floor past the newest op would send every device into full copies forever.
                raise HubError(f"--below must be from 0 to the newest change ({newest}), "
                               f"not {floor}")
            removed = c.execute(
                "DELETE FROM changes WHERE op_id <= ? AND kind <> 'allocation' AND ("
                " op = 'delete' OR EXISTS (SELECT 1 FROM changes n WHERE n.kind = changes.kind"
                " AND n.entity_id = changes.entity_id AND n.op_id > changes.op_id))",
                [floor],
            ).rowcount
            current = self._meta_int("compacted_below")
            c.execute(
                "INSERT INTO meta(key, value) VALUES ('compacted_below', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [str(max(current, floor))],
            )
        return int(removed)

    def _meta_int(self, key: str) -> int:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return int(row[0]) if row else 0

    # -- pictures --------------------------------------------------------------------------

    def store_picture(self, data: bytes, mime: str) -> str:
        """Keep a picture by its SHA-256 (the same bytes are stored once)."""
        digest = hashlib.sha256(data).hexdigest()
        with self._tx() as c:
            c.execute(
                "INSERT OR IGNORE INTO pictures(sha256, mime, data) VALUES (?, ?, ?)",
                [digest, mime, data],
            )
        return digest

    def picture(self, sha256: str) -> tuple[str, bytes] | None:
        """``(mime, bytes)`` of a picture, or None."""
        rows = self._read("SELECT mime, data FROM pictures WHERE sha256 = ?", [sha256])
        return (rows[0][0], bytes(rows[0][1])) if rows else None

    # -- reports ---------------------------------------------------------------------------

    def payloads(self, kind: str, device_id: str | None = None) -> Iterator[dict[str, Any]]:
        """Every stored payload of one kind (optionally one device's), oldest first."""
        sql = "SELECT payload FROM records WHERE kind = ?"
        params: list[Any] = [kind]
        if device_id is not None:
            sql += " AND device_id = ?"
            params.append(device_id)
        for (text,) in self._read(sql + " ORDER BY device_id, device_seq", params):
            yield json.loads(text)

    def record_count(self, kind: str | None = None) -> int:
        """How many records the hub holds (of one kind, or all)."""
        if kind is None:
            return int(self._read("SELECT count(*) FROM records")[0][0])
        return int(self._read("SELECT count(*) FROM records WHERE kind = ?", [kind])[0][0])

    def record_ids(self, device_id: str) -> set[str]:
        """Ids of every record received from one device."""
        return {r[0] for r in self._read("SELECT id FROM records WHERE device_id = ?",
                                         [device_id])}

    def sales_rows(
        self, date_from: date | None, date_to: date | None, device_id: str | None = None
    ) -> list[dict[str, str]]:
        """The sales export (all stalls, or one), built by the same function as the stall's."""
        return export_rows(
            self.payloads("order", device_id), self.payloads("refund", device_id),
            self.payloads("void", device_id), date_from=date_from, date_to=date_to,
        )

    def artisan_totals(self, date_from: date, date_to: date) -> list[dict[str, Any]]:
        """Per artisan: pieces and value sold, returned, net, GST and what they are owed.

        The artisan is owed the net taxable value of their pieces: GST collected on them is
        the institute's to remit, not the artisan's income.
        """
        rows = self._read(
            "SELECT coalesce(artisan_id, ''), "
            " sum(CASE WHEN entry = 'sale' THEN qty ELSE 0 END),"
            " sum(CASE WHEN entry = 'sale' THEN total_paise ELSE 0 END),"
            " -sum(CASE WHEN entry <> 'sale' THEN qty ELSE 0 END),"
            " -sum(CASE WHEN entry <> 'sale' THEN total_paise ELSE 0 END),"
            " sum(total_paise), sum(taxable_paise) "
            "FROM artisan_ledger WHERE day BETWEEN ? AND ? GROUP BY 1 ORDER BY 1",
            [date_from.isoformat(), date_to.isoformat()],
        )
        names = {k: v.get("name", "") for k, v in self.entities("artisan").items()}
        return [
            {"artisan_id": r[0], "name": names.get(r[0], ""), "pieces_sold": r[1],
             "sold_paise": r[2], "pieces_returned": r[3], "returned_paise": r[4],
             "net_paise": r[5], "gst_paise": r[5] - r[6], "owed_paise": r[6]}
            for r in rows
        ]

    def waiting_buyers(self) -> list[dict[str, Any]]:
        """Leads and open pre-orders with a phone number, newest first."""
        rows = self._read(
            "SELECT l.kind, l.phone_e164, l.name, l.products, d.device_code, l.created_at, "
            "l.consent FROM leads l LEFT JOIN devices d ON d.device_id = l.device_id "
            "WHERE l.erased_at IS NULL AND l.phone_e164 IS NOT NULL "
            "AND coalesce(l.status, 'new') NOT IN ('converted', 'closed', 'delivered', "
            "'cancelled') ORDER BY l.created_at DESC"
        )
        return [
            {"kind": r[0], "phone": r[1], "name": r[2] or "", "products": json.loads(r[3]),
             "stall": r[4] or "", "date": ist_day(r[5]), "consent": bool(r[6])}
            for r in rows
        ]

    def stock_of(self, device_key: str) -> dict[str, int]:
        """The hub's view of a device's stock: allocations plus its movements."""
        dev = self.find_device(device_key)
        return dict(self._read(
            "SELECT sku, qty FROM stock WHERE device_id = ? ORDER BY sku", [dev.device_id]
        ))

    def audit_problems(self, device_id: str) -> list[tuple[int, str]]:
        """Flags on a device's audit chain, plus a gap if entries are still missing."""
        problems = [
            (int(r[0]), str(r[1])) for r in self._read(
                "SELECT chain_no, problem FROM audit_flags WHERE device_id = ? ORDER BY 1",
                [device_id],
            )
        ]
        verified = self._read(
            "SELECT verified_no FROM audit_chain WHERE device_id = ?", [device_id]
        )
        top = self._read(
            "SELECT max(chain_no) FROM audit_entries WHERE device_id = ?", [device_id]
        )[0][0]
        done = verified[0][0] if verified else 0
        if top is not None and top > done:
            problems.append((done + 1, f"entries {done + 1}.. missing (have up to {top})"))
        return problems

    def rejections(self) -> list[dict[str, str]]:
        """Records refused so far, newest first."""
        return [
            {"record_id": r[0], "device_id": r[1], "kind": r[2], "reason": r[3], "at": r[4]}
            for r in self._read(
                "SELECT record_id, device_id, kind, reason, at FROM rejections ORDER BY id DESC"
            )
        ]


def is_busy(exc: sqlite3.Error) -> bool:
    """True when ``exc`` says another connection holds the database (after the wait)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return (isinstance(code, int) and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
            ) or "database is locked" in str(exc).lower()


def _norm_code(code: str) -> str:
    return code.strip().upper().replace("-", "").replace(" ", "")


def _statements(script: str) -> Iterator[str]:
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""


def _log(
    c: sqlite3.Connection, kind: str, entity_id: str, op: str, data: str | None,
    device_id: str | None, now: str,
) -> int:
    cur = c.execute(
        "INSERT INTO changes(kind, entity_id, op, data, device_id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [kind, entity_id, op, data, device_id, now],
    )
    return int(cur.lastrowid or 0)
