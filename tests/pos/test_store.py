"""The stall database: migrations, pragmas, and how environment failures are reported."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from pos import schema, store
from pos.errors import DatabaseCorrupt, DatabaseLocked, DiskFull, SchemaTooNew

MIGRATION_ORDER = [m.name for m in schema.MIGRATIONS._migrations]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrations_from_empty(db: store.Database) -> None:
    applied = [m.name for m in schema.MIGRATIONS.applied(db)]
    assert applied == MIGRATION_ORDER
    assert schema.applied_names(db) == applied, "the fast read agrees with sqlite-utils"
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATION_ORDER)
    for table in ("products", "orders", "audit", "outbox", "products_fts", "stock_levels"):
        assert db[table].exists()


@pytest.mark.parametrize("stop_index", range(1, len(MIGRATION_ORDER)))
def test_migrations_from_each_earlier_version(data_dir: Path, stop_index: int) -> None:
    """A file written by an earlier release (stopped before step N) upgrades cleanly."""
    path = store.db_path(data_dir)
    old = sqlite_utils.Database(path)
    schema.MIGRATIONS.apply(old, stop_before=MIGRATION_ORDER[stop_index])
    assert len(schema.MIGRATIONS.applied(old)) == stop_index
    assert schema.applied_names(old) == MIGRATION_ORDER[:stop_index]
    if "products" in old.table_names():
        old.execute(
            "INSERT INTO products(sku, name_en, name_hi, hsn, gst_rate, mrp_paise) "
            "VALUES ('OLD-1', 'Old sikki basket', 'पुरानी सिक्की टोकरी', '4602', 5, 35000)"
        )
        old.conn.commit()
    old.close()
    db = store.open_store(data_dir)
    try:
        assert [m.name for m in schema.MIGRATIONS.applied(db)] == MIGRATION_ORDER
        from pos import catalogue

        found = catalogue.search(db, "sikki")
        assert [p.sku for p in found] == ["OLD-1"], "rows written before the upgrade are found"
    finally:
        db.close()


def test_opening_a_current_file_does_not_import_sqlite_utils(data_dir: Path) -> None:
    """The app's start-up opens an up-to-date file on plain sqlite3 (sqlite-utils costs
    40 ms of imports); a file that needs a migration still gets sqlite-utils' Migrations."""
    store.open_store(data_dir).close()
    code = ("import sys; from pos import store, sales; "
            f"db = store.open_store({str(data_dir)!r}); "
            "db.execute('SELECT count(*) FROM products').fetchone(); "
            "print('sqlite_utils' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[2], check=True)
    assert done.stdout.strip() == "False"


def test_pragmas(db: store.Database) -> None:
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == store.BUSY_TIMEOUT_MS


def _filled_store(data_dir: Path) -> Path:
    db = store.open_store(data_dir)
    with store.write(db):
        for i in range(400):
            db.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?)", [f"k{i}", '"' + "x" * 200 + '"']
            )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return store.db_path(data_dir)


def test_corrupt_page_is_reported_and_file_left_untouched(data_dir: Path) -> None:
    path = _filled_store(data_dir)
    raw = bytearray(path.read_bytes())
    page = 4096
    assert len(raw) > 6 * page
    raw[5 * page: 5 * page + 200] = b"\xa5" * 200  # scribble over a b-tree page
    path.write_bytes(bytes(raw))
    before = digest(path)
    with pytest.raises(DatabaseCorrupt):
        store.open_store(data_dir, full_check=True)
    assert digest(path) == before


def test_non_sqlite_file_is_refused_untouched(data_dir: Path) -> None:
    path = store.db_path(data_dir)
    path.write_bytes(b"sku,name\nMB-1,Fish painting\n" * 50)
    before = digest(path)
    with pytest.raises(DatabaseCorrupt, match="not an SQLite file"):
        store.open_store(data_dir)
    assert digest(path) == before


def test_foreign_sqlite_file_is_refused_untouched(data_dir: Path) -> None:
    path = store.db_path(data_dir)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('litti chokha')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseCorrupt, match="not a Mela POS database"):
        store.open_store(data_dir)
    assert digest(path) == before


def test_newer_schema_is_refused(data_dir: Path) -> None:
    db = store.open_store(data_dir)
    db.execute(
        "INSERT INTO _sqlite_migrations(migration_set, name, applied_at) "
        "VALUES ('mela-pos', '0099_from_the_future', '2030-01-01')"
    )
    db.close()
    path = store.db_path(data_dir)
    before = digest(path)
    with pytest.raises(SchemaTooNew, match="newer Mela POS"):
        store.open_store(data_dir)
    assert digest(path) == before


def test_locked_database(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store.open_store(data_dir).close()
    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(store.db_path(data_dir), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        db = store.connect(store.db_path(data_dir))
        with pytest.raises(DatabaseLocked), store.write(db):
            db.execute("INSERT INTO settings(key, value) VALUES ('a', '1')")
        db.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_disk_full_is_reported_and_rolled_back(db: store.Database) -> None:
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(DiskFull, match="full"), store.write(db):
        for i in range(2000):
            db.execute("INSERT INTO settings(key, value) VALUES (?, ?)", [f"big{i}", "x" * 500])
    assert not db.conn.in_transaction
    assert db.execute("SELECT count(*) FROM settings WHERE key LIKE 'big%'").fetchone()[0] == 0


def test_write_rolls_back_on_exception(db: store.Database) -> None:
    with pytest.raises(ZeroDivisionError), store.write(db):
        db.execute("INSERT INTO settings(key, value) VALUES ('half', '1')")
        _ = 1 / 0
    assert db.execute("SELECT count(*) FROM settings WHERE key = 'half'").fetchone()[0] == 0
    with store.write(db):
        db.execute("INSERT INTO settings(key, value) VALUES ('whole', '1')")
    assert db.execute("SELECT count(*) FROM settings WHERE key = 'whole'").fetchone()[0] == 1


def test_nested_write_is_a_savepoint(db: store.Database) -> None:
    with store.write(db):
        db.execute("INSERT INTO settings(key, value) VALUES ('outer', '1')")
        with pytest.raises(ValueError), store.write(db):
            db.execute("INSERT INTO settings(key, value) VALUES ('inner', '1')")
            raise ValueError("inner fails")
    keys = {r[0] for r in db.execute("SELECT key FROM settings")}
    assert "outer" in keys and "inner" not in keys


def _insert_order(db: store.Database) -> None:
    db.execute(
        "INSERT INTO orders(id, device_id, device_seq, invoice_no, series, series_no, doc_type, "
        "created_at, inter_state, gross_paise, discount_paise, taxable_paise, "
        "cgst_paise, sgst_paise, igst_paise, round_off_paise, total_paise) VALUES "
        "('o1', 'dev', 1, 'S01/2627/000001', 'S01/2627', 1, 'tax_invoice', "
        "'2026-11-26T10:00:00+00:00', 0, 10500, 0, 10000, 250, 250, 0, 0, 10500)"
    )


def test_orders_and_audit_refuse_update_and_delete(db: store.Database) -> None:
    from pos import audit

    with store.write(db):
        _insert_order(db)
        audit.append(db, "test.entry", details={"why": "immutability check"})
    for statement in (
        "UPDATE orders SET total_paise = 1 WHERE id = 'o1'",
        "DELETE FROM orders WHERE id = 'o1'",
        "UPDATE audit SET action = 'edited'",
        "DELETE FROM audit",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="never"), store.write(db):
            db.execute(statement)
    assert db.execute("SELECT total_paise FROM orders").fetchone()[0] == 10500
    assert db.execute("SELECT count(*) FROM audit").fetchone()[0] == 1


def test_deferred_check_reports_damage_and_leaves_the_file_untouched(data_dir: Path) -> None:
    path = _filled_store(data_dir)
    raw = bytearray(path.read_bytes())
    raw[5 * 4096: 5 * 4096 + 200] = b"\xa5" * 200
    path.write_bytes(bytes(raw))
    before = digest(path)
    db = store.open_store(data_dir, defer_check=True)  # header, schema and migrations only
    db.close()
    with pytest.raises(DatabaseCorrupt, match="integrity check"):
        store.check_integrity(data_dir)
    assert digest(path) == before
