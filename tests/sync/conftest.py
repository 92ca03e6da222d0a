"""Fixtures for sync tests: a real hub on loopback, a fault proxy, enrolled stalls."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest

from pos import records, store
from pos.store import Database
from sync import client
from sync.hub.store import HubStore
from tests.helpers import stalldata
from tests.helpers.faultproxy import FaultProxy
from tests.helpers.hubserver import ThreadHub

CATALOGUE = {
    "craft": [("MADHUBANI", {"code": "MADHUBANI", "name_en": "Madhubani",
                             "name_hi": "मधुबनी", "sort_order": 1})],
    "artisan": [("A1", {"id": "A1", "name": "Sita Devi"}), ("A2", {"id": "A2", "name": "Ram"}),
                ("A3", {"id": "A3", "name": "Gita"})],
    "product": [
        (sku, {"sku": sku, "name_en": name, "name_hi": "वस्तु", "craft_code": "MADHUBANI",
               "artisan_id": artisan, "hsn": hsn, "gst_rate": rate, "mrp_paise": price})
        for sku, name, hsn, rate, price, artisan in [
            ("MB-001", "Madhubani fish painting", "9701", 5, 150000, "A1"),
            ("SK-002", "Sikki grass basket", "4602", 5, 45000, "A2"),
            ("SL-003", "Bhagalpuri silk stole", "5007", 5, 275000, "A3"),
            ("TK-004", "Tikuli coaster set", "4420", 12, 60050, "A1"),
        ]
    ],
}

# Retries in tests: the faults are per connection (the proxy), not per second, so short
# waits prove the same thing; 8 attempts match the plans of "refuse" x 8 (link down).
FAST_RETRY = client.RetryPolicy(attempts=8, base=0.005, cap=0.05)


def seed_catalogue(hub: HubStore) -> None:
    """The small catalogue every sync test starts from."""
    for kind in ("craft", "artisan", "product"):
        hub.upsert_entities(kind, CATALOGUE[kind])


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[ThreadHub]:
    """A running hub with the small catalogue."""
    server = ThreadHub(tmp_path / "hub.sqlite").start()
    seed_catalogue(server.store)
    yield server
    server.stop()


@pytest.fixture
def proxy(hub: ThreadHub) -> Iterator[FaultProxy]:
    """A fault proxy in front of the hub."""
    fp = FaultProxy(hub.port)
    yield fp
    fp.close()


def no_keepalive() -> httpx.Client:
    """One connection per request, so the proxy's plan maps faults to requests."""
    return client.http_client(5, limits=httpx.Limits(max_keepalive_connections=0))


@pytest.fixture
def make_stall(tmp_path: Path) -> Iterator[Callable[..., Database]]:
    """Open enrolled stall databases: ``make_stall(hub, via=url, name=...)``."""
    opened: list[Database] = []

    def make(hub: ThreadHub, *, via: str | None = None, name: str = "stall") -> Database:
        db = store.open_store(tmp_path / name)
        opened.append(db)
        code = hub.store.create_enroll_code(name)
        with client.http_client(5) as http:
            client.enroll(db, via or hub.url, code, http=http)
        return db

    yield make
    for db in opened:
        db.close()


def sync_client(db: Database, **kwargs: object) -> client.SyncClient:
    """A client with fast retries, no keep-alive and a seeded jitter."""
    kwargs.setdefault("retry", FAST_RETRY)
    kwargs.setdefault("rng", random.Random(1))
    return client.SyncClient(db, http=no_keepalive(), **kwargs)  # type: ignore[arg-type]


def expected_net_paise(db: Database) -> int:
    """What the artisan ledger must total for one stall: bills, less refunds and voids."""
    # A pre-order's advance (receipt voucher) is no sale: the ledger leaves it out.
    orders = {o["id"]: o for o in stalldata.stall_payloads(db, "order")
              if o.get("doc_type") != "receipt_voucher"}
    refunds = [r for r in stalldata.stall_payloads(db, "refund") if r["order_id"] in orders]
    net = sum(ln["total_paise"] for o in orders.values() for ln in o["lines"])
    net -= sum(ln["total_paise"] for r in refunds for ln in r["lines"])
    refunded = {ln["order_line_id"]: ln["total_paise"] for r in refunds for ln in r["lines"]}
    for void in stalldata.stall_payloads(db, "void"):
        if void["order_id"] not in orders:
            continue
        for ln in orders[void["order_id"]]["lines"]:
            net -= ln["total_paise"] - refunded.get(ln["id"], 0)
    return net


def assert_converged(hub: ThreadHub | HubStore, *stalls: Database) -> None:
    """The hub's export equals the stalls' line for line, nothing is queued except parked
    rejects, every sent record is at the hub exactly once and the ledger is not doubled."""
    store_ = hub if isinstance(hub, HubStore) else hub.store
    expected_rows: list[dict[str, str]] = []
    for db in stalls:
        expected_rows += stalldata.stall_export(db)
        states = stalldata.outbox_states(db)
        assert states.get("pending", 0) == 0, states
        sent = {r[0] for r in db.execute(
            "SELECT record_id FROM outbox WHERE state = 'sent'").fetchall()}
        assert store_.record_ids(records.device(db).device_id) == sent
    expected_rows.sort(key=lambda r: tuple(r.values()))
    hub_rows = store_.sales_rows(None, None)
    assert sorted(hub_rows, key=lambda r: tuple(r.values())) == expected_rows
    if len(stalls) == 1:
        assert hub_rows == stalldata.stall_export(stalls[0])   # same order, line for line
    totals = store_.artisan_totals(date(2000, 1, 1), date(2100, 1, 1))
    assert sum(t["net_paise"] for t in totals) == sum(expected_net_paise(db) for db in stalls)
