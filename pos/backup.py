"""Backups of the stall database, and restoring one without losing a sale.

``make_backup`` copies the live file with SQLite's online backup API in one step, so the
copy is a consistent snapshot even while the till keeps selling (WAL lets the reader and
the writer run side by side). The copy is switched to a single self-contained file (no
``-wal`` beside it) and gets two companions: ``FILE.sha256`` (``sha256sum`` format, so
``sha256sum -c`` checks it anywhere) and ``FILE.json`` (device, time, counts) so a person
can tell backups apart without opening them.

``restore_backup`` trusts nothing: checksum, SQLite's full integrity check, ownership and
schema, then the device. It builds the restored database beside the live one, carries
into it every sales record made since the backup (pending in the outbox or already sent),
keeps the invoice series and device sequence from going backwards, and only then swaps
the files, keeping the replaced one aside as ``stall.sqlite.replaced-<timestamp>``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pos import schema, store
from pos.errors import DatabaseCorrupt, InputError, SchemaTooNew, StorageError
from pos.files import check_target, write_atomic
from pos.ids import IST, ist_today, to_ist, utc_now

# Synced records and what they hang on, parents first so foreign keys hold while copying.
# A row whose id is absent from the backup was made after it and is carried over.
CARRIED_TABLES = (
    "staff", "business_days", "orders", "order_lines", "payments", "refunds",
    "refund_lines", "voids", "stock_movements", "leads", "preorders", "audit",
)
# Records that change after they are written (lead status and erasure, a pre-order's
# delivery, a day's close): the live copy is the later state of the same record.
MUTABLE_TABLES = ("staff", "business_days", "leads", "preorders")
# The pull cursor of the backup matches the backup's catalogue; pulling again from an
# older cursor is harmless, skipping changes would not be.
_KEEP_FROM_BACKUP_SYNC_KEYS = ("cursor",)


class DeviceMismatch(InputError):
    """The backup was made on another laptop."""


@dataclass(frozen=True)
class BackupInfo:
    """What ``make_backup`` wrote."""

    path: Path
    checksum_path: Path
    info_path: Path
    sha256: str
    device_id: str
    created_at: str
    size: int


@dataclass(frozen=True)
class RestoreResult:
    """What ``restore_backup`` did."""

    replaced_path: Path | None
    carried: dict[str, int]
    device_id: str


def checksum_path(path: Path) -> Path:
    """The ``.sha256`` file beside a backup."""
    return path.with_name(path.name + ".sha256")


def info_path(path: Path) -> Path:
    """The ``.json`` description beside a backup."""
    return path.with_name(path.name + ".json")


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, hex, read in chunks (backups can be large)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def make_backup(data_dir: Path, out: Path) -> BackupInfo:
    """Copy the live stall database to ``out`` (plus checksum and description).

    Works while the app is open and writing: the copy is taken in one backup step under a
    read snapshot, so it holds exactly the transactions committed before it started.

    Raises:
        StorageError: no database in ``data_dir``, or the destination cannot be written.
    """
    source_path = store.db_path(data_dir)
    if not source_path.exists():
        raise StorageError(f"There is no stall database in {data_dir} to back up.")
    out = Path(out).expanduser()
    if out.is_dir():
        raise InputError(f"{out} is a folder; give the backup a file name, e.g. {out}/stall.bak")
    if not out.parent.is_dir():
        raise InputError(f"The folder {out.parent} does not exist (is the USB stick plugged in?)")
    for written in (out, checksum_path(out), info_path(out)):
        try:
            check_target(written)
        except OSError as exc:
            raise InputError(f"Cannot write the backup to {written}: it {exc.strerror}.") from exc
    partial = out.with_name(out.name + ".partial")
    try:  # a read-only stick or a full one: say so about the backup, not the stall file
        partial.unlink(missing_ok=True)
        partial.open("wb").close()
    except OSError as exc:
        raise StorageError(f"Cannot write the backup to {out}: {exc.strerror}.") from exc
    source = store.connect(source_path, readonly=True)
    try:
        with store.storage_errors(partial):
            target = sqlite3.connect(partial, isolation_level=None)
            try:
                # pages=-1: one step under one read snapshot; stepping would restart on
                # every write the till makes meanwhile and might never finish.
                source.conn.backup(target, pages=-1)
                target.execute("PRAGMA journal_mode = DELETE")
                device_id, created = target.execute(
                    "SELECT device_id, ? FROM device", [utc_now()]
                ).fetchone()
                pending = target.execute(
                    "SELECT count(*) FROM outbox WHERE state = 'pending'"
                ).fetchone()[0]
                orders = target.execute("SELECT count(*) FROM orders").fetchone()[0]
            finally:
                target.close()
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(f"Cannot write the backup to {out}: {exc.strerror}.") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    _fsync_file(partial)
    os.replace(partial, out)
    digest = file_sha256(out)
    write_atomic(checksum_path(out), f"{digest}  {out.name}\n".encode())
    info = {
        "format": "mela-pos-backup/1",
        "device_id": device_id,
        "created_at": created,
        "sha256": digest,
        "orders": orders,
        "pending_outbox": pending,
    }
    write_atomic(info_path(out), (json.dumps(info, indent=2) + "\n").encode())
    return BackupInfo(out, checksum_path(out), info_path(out), digest, device_id, created,
                      out.stat().st_size)


def verify_backup(path: Path) -> str:
    """Check a backup's checksum, integrity and ownership; return its device id.

    Raises:
        InputError: missing file or checksum, or the checksum does not match.
        DatabaseCorrupt / SchemaTooNew: the file is damaged, foreign or too new.
    """
    path = Path(path).expanduser()
    if not path.is_file():
        raise InputError(f"There is no backup file {path}.")
    sums = checksum_path(path)
    if not sums.is_file():
        raise InputError(
            f"{sums.name} is missing beside the backup; without it the copy cannot be "
            "trusted. Copy it together with the backup file."
        )
    expected = sums.read_text(encoding="utf-8").split()[0:1]
    if expected != [file_sha256(path)]:
        raise InputError(
            f"The backup {path.name} does not match its checksum: the copy is damaged "
            "(an unplugged USB stick?). Nothing was changed; use another backup."
        )
    return _check_database(path)


def _check_database(path: Path) -> str:
    """Integrity, ownership and schema of a database file; returns its device id."""
    with path.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise DatabaseCorrupt(f"{path.name} is not a Mela POS backup (not an SQLite file).")
    db = store.connect(path, readonly=True)
    try:
        with store.storage_errors(path):
            problems = store.integrity_problems(db, full=True)
            if problems:
                raise DatabaseCorrupt(
                    f"The backup {path.name} is damaged ({problems[0]}). Nothing was changed."
                )
            if "device" not in db.table_names():
                raise DatabaseCorrupt(f"{path.name} is not a Mela POS backup.")
            unknown = set(schema.applied_names(db)) - schema.MIGRATION_NAMES
            if unknown:
                raise SchemaTooNew(
                    f"The backup {path.name} was made by a newer Mela POS; install it first."
                )
            return str(db.execute("SELECT device_id FROM device").fetchone()[0])
    finally:
        db.close()


def _columns(conn: sqlite3.Connection, schema_name: str, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA {schema_name}.table_info({table})")]


def _carry(conn: sqlite3.Connection) -> dict[str, int]:
    """Copy into ``main`` what ``live`` has and ``main`` (the backup) lacks."""
    carried: dict[str, int] = {}
    for table in CARRIED_TABLES:
        cols = [c for c in _columns(conn, "main", table) if c in _columns(conn, "live", table)]
        names = ", ".join(cols)
        (new,) = conn.execute(
            f"SELECT count(*) FROM live.{table} WHERE id NOT IN (SELECT id FROM main.{table})"
        ).fetchone()
        if table in MUTABLE_TABLES:
            # Same record, later state: the live row wins (an erased lead stays erased).
            updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
            conn.execute(
                f"INSERT INTO main.{table} ({names}) SELECT {names} FROM live.{table} "
                f"WHERE true ON CONFLICT(id) DO UPDATE SET {updates}"
            )
        else:
            conn.execute(
                f"INSERT INTO main.{table} ({names}) SELECT {names} FROM live.{table} "
                f"WHERE id NOT IN (SELECT id FROM main.{table})"
            )
        carried[table] = int(new)
    out_cols = [c for c in _columns(conn, "main", "outbox") if c != "seq"]
    names = ", ".join(out_cols)
    before = conn.total_changes
    # New seq numbers keep the live order and follow the backup's own rows.
    conn.execute(
        f"INSERT INTO main.outbox ({names}) SELECT {names} FROM live.outbox "
        "WHERE record_id NOT IN (SELECT record_id FROM main.outbox) ORDER BY seq"
    )
    carried["outbox"] = conn.total_changes - before
    # A lead erased after the backup had its outbox payload blanked (schema step 0005):
    # the restored copy must not bring the buyer's number back.
    conn.execute(
        "UPDATE main.outbox SET payload = l.payload, payload_hash = l.payload_hash "
        "FROM live.outbox l WHERE l.record_id = main.outbox.record_id "
        "AND main.outbox.kind = 'lead' AND l.payload_hash <> main.outbox.payload_hash "
        "AND EXISTS (SELECT 1 FROM main.leads WHERE id = l.record_id "
        "AND erased_at IS NOT NULL)"
    )
    # What the hub already answered stays answered (no second send, rejections stay).
    conn.execute(
        "UPDATE main.outbox SET state = l.state, attempts = l.attempts, sent_at = l.sent_at, "
        "hub_status = l.hub_status, reject_reason = l.reject_reason, last_error = l.last_error "
        "FROM live.outbox l WHERE l.record_id = main.outbox.record_id "
        "AND main.outbox.state = 'pending' AND l.state <> 'pending'"
    )
    # A number once used is never used again: invoice series and device sequence only grow.
    conn.execute(
        "INSERT INTO main.invoice_series(series, last_no) SELECT series, last_no "
        "FROM live.invoice_series WHERE true ON CONFLICT(series) DO UPDATE "
        "SET last_no = max(last_no, excluded.last_no)"
    )
    conn.execute(
        "UPDATE main.device SET next_seq = max(next_seq, (SELECT next_seq FROM live.device)), "
        "device_code = (SELECT device_code FROM live.device), "
        "device_name = (SELECT device_name FROM live.device)"
    )
    # Enrolment (hub address, token) made after the backup stays; the cursor goes with
    # the backup's catalogue.
    keep = " AND ".join(f"key NOT LIKE '%{k}%'" for k in _KEEP_FROM_BACKUP_SYNC_KEYS)
    conn.execute(
        f"INSERT OR REPLACE INTO main.sync_state(key, value) "
        f"SELECT key, value FROM live.sync_state WHERE {keep}"
    )
    return carried


def _live_summary(live_path: Path) -> tuple[str, int]:
    """The live database's device id and pending outbox count (read-only)."""
    db = store.connect(live_path, readonly=True)
    try:
        with store.storage_errors(live_path):
            device_id = str(db.execute("SELECT device_id FROM device").fetchone()[0])
            pending = int(db.execute(
                "SELECT count(*) FROM outbox WHERE state = 'pending'"
            ).fetchone()[0])
            return device_id, pending
    finally:
        db.close()


def _audit_is_prefix(conn: sqlite3.Connection) -> bool:
    """True when the backup's journal is the start of the live one (same entries)."""
    row = conn.execute(
        "SELECT count(*) FROM main.audit m LEFT JOIN live.audit l "
        "ON l.chain_no = m.chain_no AND l.hash = m.hash WHERE l.id IS NULL"
    ).fetchone()
    return int(row[0]) == 0


@dataclass(frozen=True)
class RestorePlan:
    """What a restore would do, worked out without changing anything."""

    backup_device: str
    live_device: str | None
    live_readable: bool
    pending: int

    @property
    def same_device(self) -> bool:
        """Whether later records will be carried from the live database."""
        return self.live_readable and self.live_device == self.backup_device


def check_restore(
    data_dir: Path, backup: Path, *, other_device: bool = False, replace_damaged: bool = False
) -> RestorePlan:
    """Every check ``restore_backup`` makes before it changes anything (see there).

    The app runs this in a worker before it closes its database to restore.
    """
    backup_device = verify_backup(backup)
    live_path = store.db_path(data_dir)
    live_readable = live_path.exists()
    live_device, pending = None, 0
    if live_readable:
        try:
            _check_database(live_path)
            live_device, pending = _live_summary(live_path)
        except StorageError as exc:
            if not replace_damaged:
                raise StorageError(
                    f"The current stall database cannot be read ({exc}). Its unsent sales "
                    "cannot be carried over; run restore again with --replace-damaged to set "
                    "it aside (it is kept, not deleted) and restore the backup."
                ) from exc
            live_readable = False
    if live_readable and live_device != backup_device:
        if not other_device:
            raise DeviceMismatch(
                f"This backup belongs to another laptop (device {backup_device[:8]}…, this one "
                f"is {str(live_device)[:8]}…). Two laptops with one identity would issue the "
                "same invoice numbers. If this laptop replaces the one the backup came from, "
                "run restore again with --force-other-device. Nothing was changed."
            )
        if pending:
            raise InputError(
                f"This laptop has {pending} records (sales, leads) not yet sent to the hub; "
                "restoring another laptop's backup would lose them. Sync first (mela-pos "
                "sync), then restore. Nothing was changed."
            )
    return RestorePlan(backup_device, live_device, live_readable, pending)


def restore_backup(
    data_dir: Path, backup: Path, *, other_device: bool = False, replace_damaged: bool = False
) -> RestoreResult:
    """Replace the stall database with a verified backup, keeping every later sale.

    Args:
        data_dir: the stall data folder.
        backup: the backup file (its ``.sha256`` must lie beside it).
        other_device: allow a backup made on another laptop. Refused anyway while this
            laptop has sales waiting to be sent, since they would be sent under the wrong
            laptop's identity or lost.
        replace_damaged: the live database cannot be read; set it aside unread.

    Raises:
        InputError: checksum, device or pending-sales refusal (nothing changed).
        StorageError: the backup or the live file is damaged (nothing changed).
    """
    data_dir = Path(data_dir)
    plan = check_restore(data_dir, backup, other_device=other_device,
                         replace_damaged=replace_damaged)
    backup_device, live_path = plan.backup_device, store.db_path(data_dir)
    staging = data_dir / (store.DB_FILENAME + ".restoring")
    for extra in ("", "-wal", "-shm", "-journal"):
        Path(f"{staging}{extra}").unlink(missing_ok=True)
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(Path(backup).expanduser(), staging)
    if file_sha256(staging) != checksum_path(Path(backup).expanduser()).read_text(
        encoding="utf-8"
    ).split()[0]:
        staging.unlink()
        raise InputError(f"The backup {backup} changed while it was being read; try again.")
    carried: dict[str, int] = {}
    target = store.connect(staging)
    try:
        with store.storage_errors(staging):
            schema.migrate(target)
            if plan.same_device:
                conn = target.conn
                conn.execute("ATTACH DATABASE ? AS live", [str(live_path)])
                conn.execute("BEGIN IMMEDIATE")
                try:
                    if not _audit_is_prefix(conn):
                        raise InputError(
                            "The backup's audit journal is not the start of this laptop's "
                            "journal (was the backup made after a restore, or edited?). "
                            "Merging them would break the chain; nothing was changed."
                        )
                    carried = _carry(conn)
                    broken = conn.execute("PRAGMA main.foreign_key_check").fetchall()
                    if broken:
                        raise StorageError(
                            f"Carrying later records into the backup left a dangling "
                            f"reference ({broken[0][0]}); nothing was changed."
                        )
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("DETACH DATABASE live")
            target.execute("PRAGMA journal_mode = WAL")
    except BaseException:
        target.close()
        for extra in ("", "-wal", "-shm", "-journal"):
            Path(f"{staging}{extra}").unlink(missing_ok=True)
        raise
    target.close()
    replaced = None
    if live_path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        replaced = live_path.with_name(f"{live_path.name}.replaced-{stamp}")
        for extra in ("", "-wal", "-shm"):
            src = Path(f"{live_path}{extra}")
            if src.exists():
                os.replace(src, f"{replaced}{extra}")
    for extra in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.replace(f"{staging}{extra}", f"{live_path}{extra}")
    os.replace(staging, live_path)
    return RestoreResult(replaced, carried, backup_device)


def suggested_name(db: store.Database) -> str:
    """A backup file name that sorts by time and says which laptop it came from."""
    code = str(db.execute("SELECT device_code FROM device").fetchone()[0])
    stamp = datetime.now(UTC).astimezone(IST).strftime("%Y-%m-%d-%H%M")
    return f"mela-pos-{code.replace('/', '-')}-{stamp}.sqlite"


def synced_today(db: store.Database) -> bool:
    """Whether a sync with the hub finished today (India time).

    At day close the manager is reminded to back up to a USB stick when it did not: then
    the laptop holds the only copy of the day's sales.
    """
    row = db.execute("SELECT value FROM sync_state WHERE key = 'last_sync_at'").fetchone()
    if row is None or not row[0]:
        return False
    try:
        return to_ist(str(row[0])).date() == ist_today()
    except ValueError:
        return False
