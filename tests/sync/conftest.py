"""Fixtures for sync tests: a real hub on loopback, a fault proxy, enrolled stalls."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from pos import store
from pos.store import Database
from sync import client
from sync.hub.store import HubStore
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

FAST_RETRY = client.RetryPolicy(attempts=8, base=0.02, cap=0.3)


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
    return httpx.Client(timeout=5, limits=httpx.Limits(max_keepalive_connections=0))


@pytest.fixture
def make_stall(tmp_path: Path) -> Iterator[Callable[..., Database]]:
    """Open enrolled stall databases: ``make_stall(hub, via=url, name=...)``."""
    opened: list[Database] = []

    def make(hub: ThreadHub, *, via: str | None = None, name: str = "stall") -> Database:
        db = store.open_store(tmp_path / name)
        opened.append(db)
        code = hub.store.create_enroll_code(name)
        with httpx.Client(timeout=5) as http:
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
