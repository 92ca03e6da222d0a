"""An unpaired laptop's device code: its own from the start (two laptops of one seller must
not print the same invoice numbers), the migration that moves old 'S01' laptops, and the
manager's setting."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlite_utils

from pos import invoices, records, store
from pos.cart import Cart
from pos.errors import InputError
from pos.payments import Payment
from pos.profile import set_device_code
from pos.sales import checkout
from pos.schema import MIGRATIONS, UNPAIRED_CODE, unpaired_device_code
from pos.store import Database
from tests.helpers.selling import add_product, add_staff, open_day
from tests.pos.test_sales import product


def _sell(db: Database) -> str:
    cashier = add_staff(db, "Sita")
    open_day(db, cashier)
    add_product(db, "MB-001", 125000)
    cart = Cart()
    cart.add(product(db, "MB-001"))
    return checkout(db, cart, [Payment("cash", 125000)], staff_id=cashier).invoice_no


def test_new_laptops_get_codes_of_their_own(tmp_path: Path) -> None:
    codes = set()
    for n in range(8):
        db = store.open_store(tmp_path / f"laptop{n}")
        dev = records.device(db)
        assert re.fullmatch(r"L[0-9A-Z]{3}", dev.device_code)
        assert dev.device_code == unpaired_device_code(dev.device_id)
        codes.add(dev.device_code)
        number = invoices.format_number(invoices.series_for(dev.device_code,
                                                            invoices.ist_date()), 999999)
        assert len(number) == 16
        db.close()
    assert len(codes) == 8   # 46,656 codes: eight laptops clash about once in 1,700 tries


def _before_0007(data_dir: Path) -> sqlite_utils.Database:
    """A database as the first release left it: migrations up to 0006, code 'S01'."""
    db = store.open_store(data_dir, migrate=False)
    older = sqlite_utils.Migrations("mela-pos")
    older._migrations = [m for m in MIGRATIONS._migrations if m.name < "0007"]
    older.apply(db)
    assert db.execute("SELECT device_code FROM device").fetchone()[0] == UNPAIRED_CODE
    return db


def test_the_migration_moves_an_unused_s01_laptop_only(tmp_path: Path) -> None:
    _before_0007(tmp_path / "fresh").close()
    db = store.open_store(tmp_path / "fresh")
    assert records.device(db).device_code.startswith("L")
    db.close()
    # A laptop that already issued bills as S01 keeps S01: its series must not break.
    old = _before_0007(tmp_path / "used")
    old.execute("INSERT INTO invoice_series(series, last_no) VALUES ('S01/2627', 3)")
    old.conn.commit()
    old.close()
    db = store.open_store(tmp_path / "used")
    assert records.device(db).device_code == UNPAIRED_CODE
    db.close()


def test_the_manager_sets_the_device_code(db: Database) -> None:
    assert set_device_code(db, " m03 ") == "M03"
    for bad in ("M", "M0300", "M-3", "", "म03"):
        with pytest.raises(InputError, match="2 to 4 letters or digits"):
            set_device_code(db, bad)
    invoice_no = _sell(db)
    assert invoice_no.startswith("M03/")
    with pytest.raises(InputError, match="restart the numbering"):
        set_device_code(db, "K7")
    assert records.device(db).device_code == "M03"
    assert set_device_code(db, "M03") == "M03"      # no change: nothing to refuse
    assert set_device_code(db, "K7", force=True) == "K7"
    cart = Cart()
    cart.add(product(db, "MB-001"))
    staff_id = db.execute("SELECT id FROM staff").fetchone()[0]
    assert checkout(db, cart, [Payment("cash", 125000)],
                    staff_id=staff_id).invoice_no.startswith("K7/")
