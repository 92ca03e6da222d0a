"""Demo trading: M sales through the app's own code path, with everything that follows."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pos import audit, days, demo_sales, store
from pos.errors import InputError
from pos.store import Database
from tests.helpers.people import fast_pins
from tests.helpers.selling import add_product
from tests.helpers.snapshot import row_counts

__all__ = ["fast_pins"]
pytestmark = pytest.mark.usefixtures("fast_pins")


def _catalogue(db: Database, n: int = 40) -> None:
    rng = random.Random(3)
    crafts = ["madhubani", "sikki", "silk", "manjusha"]
    for i in range(n):
        add_product(db, f"DM-{i:03d}", rng.choice([15000, 45000, 120000, 899900, 5500000]),
                    gst_rate=rng.choice([3, 5, 12, 18]), stock=rng.choice([0, 3, 10]),
                    one_of_a_kind=i % 7 == 0, craft_code=crafts[i % 4],
                    artisan_id=f"art-{i % 5}")


def test_adds_m_complete_sales_quietly(db: Database, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _catalogue(db)
    # Busier than life so that one small run exercises every path.
    monkeypatch.setattr(demo_sales, "REFUND_RATE", 0.25)
    monkeypatch.setattr(demo_sales, "VOID_RATE", 0.1)
    monkeypatch.setattr(demo_sales, "LEAD_RATE", 0.2)
    monkeypatch.setattr(demo_sales, "PREORDER_RATE", 0.15)
    monkeypatch.setattr(demo_sales, "DELIVERY_RATE", 0.1)
    out = demo_sales.add_sales(db, 120, seed=11)
    assert capsys.readouterr() == ("", "")
    assert out["sales"] == 120
    assert out["refunds"] > 5 and out["voids"] > 2
    assert out["leads"] > 5 and out["preorders"] > 3 and out["discounts"] > 3
    assert out["split_payments"] > 0
    day = days.current_day(db)
    assert day is not None and out["business_date"] == day.business_date
    z = days.z_report(db, day.id)
    assert out["deliveries"] > 2   # pre-orders handed over, each a bill applying its advance
    assert z.bill_count == 120 + out["deliveries"] and z.advance_adjusted_paise > 0
    assert z.void_count == out["voids"] and z.refund_count == out["refunds"]
    assert z.leads_taken == out["leads"] and z.preorders_taken == out["preorders"]
    assert z.total_paise == out["total_paise"]
    assert set(z.by_method) == {"cash", "upi", "card"}
    # Consecutive invoice numbers, and every bill went to the outbox with the audit chain.
    numbers = [r[0] for r in db.execute(
        "SELECT series_no FROM orders WHERE doc_type <> 'receipt_voucher' ORDER BY series_no")]
    assert numbers == list(range(1, 121 + out["deliveries"]))
    (orders,) = db.execute("SELECT count(*) FROM orders").fetchone()
    (queued,) = db.execute("SELECT count(*) FROM outbox WHERE kind = 'order'").fetchone()
    assert orders == queued
    assert audit.verify(db) == []
    (approved,) = db.execute(
        "SELECT count(*) FROM orders WHERE discount_approved_by IS NOT NULL").fetchone()
    assert approved > 0
    # A second run adds to the same open day with the same demo staff.
    more = demo_sales.add_sales(db, 5, seed=12)
    assert days.z_report(db, day.id).bill_count == 125 + out["deliveries"] + more["deliveries"]
    (people,) = db.execute("SELECT count(*) FROM staff").fetchone()
    assert people == 2


def test_same_seed_same_trading(tmp_path: Path) -> None:
    results = []
    for name in ("a", "b"):
        folder = tmp_path / name
        db = store.open_store(folder)
        try:
            _catalogue(db)
            out = demo_sales.add_sales(db, 30, seed=5)
            out.pop("business_date")
            results.append(out)
        finally:
            db.close()
    assert results[0] == results[1]


def test_bad_requests_change_nothing(db: Database) -> None:
    before = row_counts(db)
    with pytest.raises(InputError, match="catalogue is empty"):
        demo_sales.add_sales(db, 3)
    with pytest.raises(InputError, match="whole number"):
        demo_sales.add_sales(db, -1)
    assert row_counts(db) == before
