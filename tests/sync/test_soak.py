"""A seeded soak: three stalls sell, take leads and sync through random faults while the
office edits the catalogue; at the end everything converges with no loss and no duplicate."""

from __future__ import annotations

import random

import pytest

from pos import catalogue
from sync import client
from tests.helpers import stalldata
from tests.helpers.faultproxy import FAULTS
from tests.sync.conftest import assert_converged, sync_client

SEED = 20261126
STEPS = 300
FAULTY = [f for f in FAULTS if f not in ("pass", "hang")]   # hang: see test_faults


@pytest.mark.slow
def test_three_stalls_converge_through_random_faults(hub, proxy, make_stall, record_property):
    rng = random.Random(SEED)
    proxy.delay_seconds = 0.05
    stalls = [make_stall(hub, via=proxy.url, name=f"stall{n}") for n in range(3)]
    orders: list[list[dict]] = [[] for _ in stalls]
    voided: set[str] = set()
    refunded: set[str] = set()
    leads: list[list[dict]] = [[] for _ in stalls]
    syncs = failed_syncs = restarts = 0
    retry = client.RetryPolicy(attempts=4, base=0.002, cap=0.01)   # faults are per connection
    for step in range(STEPS):
        i = rng.randrange(3)
        db = stalls[i]
        action = rng.choices(
            ["sale", "refund", "void", "lead", "erase", "edit", "allocate", "compact", "sync",
             "restart"],
            weights=[8, 1, 1, 2, 1, 2, 1, 0.3, 4, 0.3],
        )[0]
        if action == "sale":
            orders[i].append(stalldata.make_sale(db, rng, lines=rng.randint(1, 3)))
        elif action == "refund":
            fresh = [o for o in orders[i] if o["id"] not in refunded | voided]
            if fresh:
                order = rng.choice(fresh)
                stalldata.make_refund(db, order)
                refunded.add(order["id"])
        elif action == "void":
            fresh = [o for o in orders[i] if o["id"] not in voided]
            if fresh:
                order = rng.choice(fresh)
                stalldata.make_void(db, order)
                voided.add(order["id"])
        elif action == "lead":
            leads[i].append(stalldata.make_lead(db, phone=f"+9198{rng.randrange(10**8):08d}"))
        elif action == "erase" and leads[i]:
            stalldata.make_erasure(db, leads[i].pop(rng.randrange(len(leads[i]))))
        elif action == "edit":
            sku = rng.choice(sorted(hub.store.entities("product")))
            data = dict(hub.store.entity("product", sku))
            if rng.random() < 0.2:
                new = f"NEW-{step}"
                hub.store.upsert_entities("product", [(new, dict(data, sku=new))])
            elif rng.random() < 0.2 and len(hub.store.entities("product")) > 3:
                hub.store.delete_entity("product", sku)
            else:
                data["mrp_paise"] = rng.randrange(10_000, 500_000)
                hub.store.upsert_entities("product", [(sku, data)])
        elif action == "allocate":
            sku = rng.choice(sorted(hub.store.entities("product")))
            hub.store.allocate(f"M0{i + 1}", sku, rng.randint(1, 5))
        elif action == "compact":
            hub.store.compact()
        elif action == "restart":   # the office reboots the hub between two syncs
            hub.stop()
            hub.start()
            restarts += 1
        elif action == "sync":
            proxy.plan(*rng.choices(FAULTY, k=rng.randint(0, 3)))
            syncs += 1
            try:
                with sync_client(db, retry=retry, batch_size=rng.choice([3, 10, 50]),
                                 page_size=rng.choice([2, 5, 100]), rng=rng) as c:
                    c.sync()
            except client.HubUnreachable:
                failed_syncs += 1
            proxy.clear()   # unused faults do not leak into the next stall's sync
    faults = proxy.total_injected()
    for db in stalls:   # the link comes back for good
        with sync_client(db) as c:
            c.sync()
    record_property("faults_injected", faults)
    print(f"\nsoak: {STEPS} steps, {syncs} syncs ({failed_syncs} gave up), {restarts} hub "
          f"restarts, {faults} faults injected {dict(proxy.injected)}")
    assert faults >= 20 and syncs >= 20
    assert_converged(hub, *stalls)
    live = hub.store.entities("product")
    for db in stalls:
        active = {r[0]: r[1] for r in db.execute(
            "SELECT sku, mrp_paise FROM products WHERE active = 1").fetchall()}
        assert active == {sku: p["mrp_paise"] for sku, p in live.items()}
        assert catalogue.count(db) == len(live)
        dev_code = db.execute("SELECT device_code FROM device").fetchone()[0]
        level = dict(db.execute("SELECT sku, qty FROM stock_levels").fetchall())
        allocated = {k: v for k, v in level.items() if v}
        hub_stock = hub.store.stock_of(dev_code)
        moved = {}
        for move in stalldata.stall_payloads(db, "stock_movement"):
            moved[move["sku"]] = moved.get(move["sku"], 0) + move["qty"]
        for sku in set(hub_stock) | set(allocated):
            assert hub_stock.get(sku, 0) == allocated.get(sku, 0) + moved.get(sku, 0)
