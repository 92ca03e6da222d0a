"""Backup and restore: consistent copies under load, refusals, and no lost sale."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from pos import audit, backup, records, store
from pos.errors import DatabaseCorrupt, InputError, StorageError
from pos.ids import utc_now, uuid7


def _staff(db: store.Database) -> str:
    staff_id = uuid7()
    with store.write(db):
        db.execute(
            "INSERT INTO staff(id, name, role, pin_hash, pin_salt, pin_params, created_at) "
            "VALUES (?, 'Sita', 'manager', 'h', 's', '{}', ?)", [staff_id, utc_now()],
        )
    return staff_id


def _sale(db: store.Database, staff_id: str, no: int) -> str:
    """One bill the way checkout writes it: order, line, payment, stock, audit, outbox."""
    order_id = uuid7()
    dev = records.device(db)
    with store.write(db):
        seq = records.next_device_seq(db)
        db.execute(
            "INSERT INTO invoice_series(series, last_no) VALUES ('S01/2627', ?) "
            "ON CONFLICT(series) DO UPDATE SET last_no = excluded.last_no", [no],
        )
        db.execute(
            "INSERT INTO orders(id, device_id, device_seq, invoice_no, series, series_no, "
            "doc_type, staff_id, created_at, gross_paise, discount_paise, taxable_paise, "
            "cgst_paise, sgst_paise, igst_paise, round_off_paise, total_paise) VALUES "
            "(?, ?, ?, ?, 'S01/2627', ?, 'tax_invoice', ?, ?, 10500, 0, 10000, 250, 250, 0, "
            "0, 10500)",
            [order_id, dev.device_id, seq, f"S01/2627/{no:06d}", no, staff_id, utc_now()],
        )
        db.execute(
            "INSERT INTO order_lines(id, order_id, line_no, sku, name_en, name_hi, hsn, "
            "gst_rate, unit_price_paise, qty, gross_paise, taxable_paise, cgst_paise, "
            "sgst_paise, igst_paise, total_paise) VALUES (?, ?, 1, 'MB-1', 'Fish', 'मछली', "
            "'9701', 5, 10500, 1, 10500, 10000, 250, 250, 0, 10500)", [uuid7(), order_id],
        )
        db.execute(
            "INSERT INTO payments(id, order_id, method, amount_paise, created_at) "
            "VALUES (?, ?, 'cash', 10500, ?)", [uuid7(), order_id, utc_now()],
        )
        move_id, move_seq = uuid7(), records.next_device_seq(db)
        db.execute(
            "INSERT INTO stock_movements(id, device_id, device_seq, sku, qty, kind, order_id, "
            "created_at) VALUES (?, ?, ?, 'MB-1', -1, 'sale', ?, ?)",
            [move_id, dev.device_id, move_seq, order_id, utc_now()],
        )
        records.enqueue(db, kind="order", record_id=order_id, device_seq=seq,
                        payload={"id": order_id, "device_id": dev.device_id, "no": no})
        records.enqueue(db, kind="stock_movement", record_id=move_id, device_seq=move_seq,
                        payload={"id": move_id, "device_id": dev.device_id}, bundle=order_id)
        audit.append(db, "sale", staff_id=staff_id, subject_kind="order",
                     subject_id=order_id, bundle=order_id)
    return order_id


def _count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def test_backup_during_concurrent_writes(data_dir: Path, db: store.Database,
                                         tmp_path: Path) -> None:
    staff_id = _staff(db)
    _sale(db, staff_id, 1)
    stop = threading.Event()
    written: list[int] = []

    def till() -> None:
        own = store.open_store(data_dir)
        try:
            no = 2
            while not stop.is_set() and no < 400:
                _sale(own, staff_id, no)
                written.append(no)
                no += 1
        finally:
            own.close()

    worker = threading.Thread(target=till)
    worker.start()
    try:
        while len(written) < 5:
            threading.Event().wait(0.005)
        info = backup.make_backup(data_dir, tmp_path / "stall.bak")
    finally:
        stop.set()
        worker.join()
    assert backup.verify_backup(info.path) == records.device(db).device_id
    orders = _count(info.path, "SELECT count(*) FROM orders")
    # A consistent prefix: exactly the first N bills, each complete, and the chain intact.
    assert 6 <= orders <= len(written) + 1
    assert orders < len(written) + 1, "the till kept writing after the snapshot"
    assert _count(info.path, "SELECT max(series_no) FROM orders") == orders
    assert _count(info.path, "SELECT count(*) FROM order_lines") == orders
    assert _count(info.path, "SELECT count(*) FROM outbox") == 3 * orders
    copy = store.connect(info.path, readonly=True)
    try:
        assert audit.verify(copy) == []
    finally:
        copy.close()
    assert info.checksum_path.read_text().startswith(info.sha256)
    assert '"device_id"' in info.info_path.read_text()


def test_checksum_mismatch_refused(data_dir: Path, db: store.Database, tmp_path: Path) -> None:
    info = backup.make_backup(data_dir, tmp_path / "b.sqlite")
    info.checksum_path.write_text("0" * 64 + "  b.sqlite\n")
    before = store.db_path(data_dir).read_bytes()
    with pytest.raises(InputError, match="does not match its checksum"):
        backup.restore_backup(data_dir, info.path)
    assert store.db_path(data_dir).read_bytes() == before


def test_missing_checksum_refused(data_dir: Path, db: store.Database, tmp_path: Path) -> None:
    info = backup.make_backup(data_dir, tmp_path / "b.sqlite")
    info.checksum_path.unlink()
    with pytest.raises(InputError, match="missing"):
        backup.restore_backup(data_dir, info.path)


def test_corrupt_backup_refused(data_dir: Path, db: store.Database, tmp_path: Path) -> None:
    staff_id = _staff(db)
    for no in range(1, 60):
        _sale(db, staff_id, no)
    info = backup.make_backup(data_dir, tmp_path / "b.sqlite")
    raw = bytearray(info.path.read_bytes())
    page = 4096
    # Scribble over a b-tree page in the middle; fix the checksum so only the
    # integrity check can catch it.
    raw[3 * page + 8: 3 * page + 400] = b"\xff" * 392
    info.path.write_bytes(bytes(raw))
    info.checksum_path.write_text(f"{backup.file_sha256(info.path)}  b.sqlite\n")
    with pytest.raises(DatabaseCorrupt):
        backup.restore_backup(data_dir, info.path)
    assert list(data_dir.glob("*.replaced-*")) == []


def test_not_a_database_refused(data_dir: Path, db: store.Database, tmp_path: Path) -> None:
    fake = tmp_path / "photo.jpg"
    fake.write_bytes(b"\xff\xd8 not sqlite" * 100)
    (tmp_path / "photo.jpg.sha256").write_text(f"{backup.file_sha256(fake)}  photo.jpg\n")
    with pytest.raises(DatabaseCorrupt, match="not a Mela POS backup"):
        backup.restore_backup(data_dir, fake)


def test_other_device_refused_then_forced(db: store.Database, data_dir: Path,
                                          tmp_path: Path) -> None:
    other_dir = tmp_path / "other"
    other = store.open_store(other_dir)
    _sale(other, _staff(other), 1)
    other_id = records.device(other).device_id
    other.close()
    info = backup.make_backup(other_dir, tmp_path / "other.bak")
    with pytest.raises(backup.DeviceMismatch, match="another laptop"):
        backup.restore_backup(data_dir, info.path)
    db.close()
    result = backup.restore_backup(data_dir, info.path, other_device=True)
    assert result.device_id == other_id
    assert result.replaced_path is not None and result.replaced_path.exists()
    restored = store.open_store(data_dir)
    try:
        assert records.device(restored).device_id == other_id
    finally:
        restored.close()


def test_other_device_refused_while_sales_pending(db: store.Database, data_dir: Path,
                                                  tmp_path: Path) -> None:
    other_dir = tmp_path / "other"
    store.open_store(other_dir).close()
    info = backup.make_backup(other_dir, tmp_path / "other.bak")
    _sale(db, _staff(db), 1)
    with pytest.raises(InputError, match="not yet sent"):
        backup.restore_backup(data_dir, info.path, other_device=True)


def test_restore_keeps_sales_made_after_backup(db: store.Database, data_dir: Path,
                                               tmp_path: Path) -> None:
    staff_id = _staff(db)
    for no in (1, 2):
        _sale(db, staff_id, no)
    info = backup.make_backup(data_dir, tmp_path / "b.sqlite")
    # After the backup: one bill sent to the hub, one still waiting, a new cashier.
    new_cashier = _staff(db)
    sent = _sale(db, new_cashier, 3)
    waiting = _sale(db, new_cashier, 4)
    with store.write(db):
        db.execute("UPDATE outbox SET state = 'sent' WHERE bundle = ?", [sent])
    seq_before = records.device(db).device_id, db.execute(
        "SELECT next_seq FROM device").fetchone()[0]
    pending_before = db.execute(
        "SELECT record_id, payload_hash FROM outbox WHERE state = 'pending' ORDER BY seq"
    ).fetchall()
    db.close()

    result = backup.restore_backup(data_dir, info.path)

    assert result.carried["orders"] == 2 and result.carried["outbox"] == 6
    restored = store.open_store(data_dir)
    try:
        assert restored.execute(
            "SELECT record_id, payload_hash FROM outbox WHERE state = 'pending' ORDER BY seq"
        ).fetchall() == pending_before
        assert restored.execute("SELECT state FROM outbox WHERE record_id = ?",
                                [sent]).fetchone()[0] == "sent"
        assert restored.execute("SELECT count(*) FROM order_lines WHERE order_id = ?",
                                [waiting]).fetchone()[0] == 1
        assert restored.execute("SELECT qty FROM stock_levels WHERE sku = 'MB-1'"
                                ).fetchone()[0] == -4
        # Numbers never go backwards: the next bill is 5, the next device_seq unchanged.
        assert restored.execute("SELECT last_no FROM invoice_series").fetchone()[0] == 4
        assert restored.execute("SELECT next_seq FROM device").fetchone()[0] == seq_before[1]
        assert audit.verify(restored) == []
    finally:
        restored.close()
    assert result.replaced_path is not None
    assert _count(result.replaced_path, "SELECT count(*) FROM orders") == 4


def test_damaged_live_database_needs_explicit_replace(db: store.Database, data_dir: Path,
                                                      tmp_path: Path) -> None:
    info = backup.make_backup(data_dir, tmp_path / "b.sqlite")
    db.close()
    live = store.db_path(data_dir)
    for extra in ("-wal", "-shm"):
        Path(f"{live}{extra}").unlink(missing_ok=True)
    live.write_bytes(b"garbage" * 1000)
    with pytest.raises(StorageError, match="--replace-damaged"):
        backup.restore_backup(data_dir, info.path)
    result = backup.restore_backup(data_dir, info.path, replace_damaged=True)
    assert result.replaced_path is not None
    assert result.replaced_path.read_bytes() == b"garbage" * 1000
    store.open_store(data_dir).close()


def test_cli_backup_and_restore(db: store.Database, data_dir: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    from ui import cli

    _sale(db, _staff(db), 1)
    db.close()
    out = tmp_path / "usb" / "stall.bak"
    assert cli.main(["backup", "--data-dir", str(data_dir), "--out", str(out)]) == 2
    assert "does not exist" in capsys.readouterr().err
    out.parent.mkdir()
    assert cli.main(["backup", "--data-dir", str(data_dir), "--out", str(out)]) == 0
    assert "backup written" in capsys.readouterr().out
    assert cli.main(["restore", "--data-dir", str(data_dir), str(out)]) == 0
    assert "kept as" in capsys.readouterr().out


@pytest.mark.parametrize("pipe_name", ["stall.bak", "stall.bak.sha256"])
def test_backup_never_replaces_a_pipe(db: store.Database, data_dir: Path, tmp_path: Path,
                                      pipe_name: str) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    os.mkfifo(usb / pipe_name)
    with pytest.raises(InputError, match="not a regular file"):
        backup.make_backup(data_dir, usb / "stall.bak")
    assert stat.S_ISFIFO((usb / pipe_name).stat().st_mode)
    assert [p.name for p in usb.iterdir()] == [pipe_name]


def test_restore_keeps_an_erasure_and_what_the_hub_answered(
        db: store.Database, data_dir: Path, tmp_path: Path) -> None:
    from pos import leads

    staff_id = _staff(db)
    lead = leads.take_lead(db, phone="9876543210", name="Meena",
                           interests=[{"text": "Sikki basket"}],
                           consent=True, notice_text="We may call you.", staff_id=staff_id)
    order = _sale(db, staff_id, 1)
    info = backup.make_backup(data_dir, tmp_path / "b.sqlite")
    leads.erase(db, lead.id, staff_id)
    with store.write(db):
        db.execute("UPDATE outbox SET state = 'sent', hub_status = 'accepted' "
                   "WHERE bundle = ?", [order])
    db.close()

    backup.restore_backup(data_dir, info.path)

    restored = store.open_store(data_dir)
    try:
        payload = restored.execute("SELECT payload FROM outbox WHERE record_id = ?",
                                   [lead.id]).fetchone()[0]
        assert "9876543210" not in payload and "Meena" not in payload
        assert restored.execute("SELECT phone_e164 FROM leads WHERE id = ?",
                                [lead.id]).fetchone()[0] is None
        assert {r[0] for r in restored.execute(
            "SELECT state FROM outbox WHERE bundle = ?", [order])} == {"sent"}
        assert restored.execute("SELECT count(*) FROM outbox WHERE kind = 'lead_erasure'"
                                ).fetchone()[0] == 1
    finally:
        restored.close()
