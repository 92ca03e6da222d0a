"""Enrolment, a full pull and the push of a day over a real hub on loopback."""

from __future__ import annotations

import random

from pos import records
from sync import client
from tests.helpers import stalldata
from tests.sync.conftest import sync_client


def test_enrol_then_full_pull_and_push_a_day(hub, make_stall):
    db = make_stall(hub)
    dev = records.device(db)
    assert dev.device_code == "M01"
    rng = random.Random(5)
    orders = [stalldata.make_sale(db, rng) for _ in range(40)]
    stalldata.make_refund(db, orders[0])
    stalldata.make_void(db, orders[1])
    lead = stalldata.make_lead(db)
    stalldata.make_erasure(db, lead)
    with sync_client(db, batch_size=7) as c:
        report = c.sync()
    assert report.full_copy and report.changes == 8
    assert db.execute("SELECT count(*) FROM products WHERE active = 1").fetchone()[0] == 4
    assert stalldata.outbox_states(db) == {"sent": records.pending_count(db) + report.sent}
    assert hub.store.sales_rows(None, None) == stalldata.stall_export(db)
    assert hub.store.audit_problems(dev.device_id) == []
    assert hub.store.waiting_buyers() == []   # the only lead was erased
    totals = {t["artisan_id"]: t for t in hub.store.artisan_totals(
        __import__("datetime").date(2000, 1, 1), __import__("datetime").date(2100, 1, 1))}
    assert sum(t["net_paise"] for t in totals.values()) == sum(
        ln["total_paise"] for o in orders[1:] for ln in o["lines"]
    ) + sum(ln["total_paise"] for ln in orders[0]["lines"]) - (
        orders[0]["lines"][0]["total_paise"] // orders[0]["lines"][0]["qty"]
    ) - sum(ln["total_paise"] for ln in orders[1]["lines"])
    status = client.status(db)
    assert status["pending"] == 0 and status["rejected"] == [] and status["last_sync_at"]
