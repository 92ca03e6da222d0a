"""Sync under network and process faults: nothing lost, nothing counted twice.

Every scenario ends with ``assert_converged``: the hub's sales export equals the stall's line
for line, the outbox holds nothing but parked rejects, each sent record is at the hub once.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time

import pytest

from pos import records, store
from pos.ids import uuid7
from sync import client
from sync.client import SyncBusy
from sync.lock import UploaderLock
from tests.helpers import stalldata
from tests.helpers.hubserver import ROOT, ProcessHub
from tests.sync.conftest import FAST_RETRY, assert_converged, seed_catalogue, sync_client


def _day(db, n=10, seed=3):
    rng = random.Random(seed)
    orders = [stalldata.make_sale(db, rng) for _ in range(n)]
    stalldata.make_refund(db, orders[0])
    stalldata.make_void(db, orders[-1])
    stalldata.make_lead(db)
    return orders


def test_lost_answer_is_resent_and_counted_once(hub, proxy, make_stall):
    db = make_stall(hub, via=proxy.url)
    _day(db)
    total = records.pending_count(db)
    proxy.plan("drop_response")
    with sync_client(db) as c:
        report = c.sync()
    assert proxy.injected["drop_response"] == 1
    # The hub had committed the whole batch before the answer was lost.
    assert report.duplicates == total and report.sent == 0 and report.retries == 1
    assert_converged(hub, db)


@pytest.mark.parametrize("fault", [
    "drop_request", "cut_response", "error_503", "error_500_after_commit", "refuse", "delay",
])
def test_network_faults_on_push_and_pull(hub, proxy, make_stall, fault):
    db = make_stall(hub, via=proxy.url)
    _day(db)
    proxy.delay_seconds = 0.05
    # Two faults on the first push batch, a third on the next request (a later batch).
    proxy.plan(fault, fault, "pass", fault)
    with sync_client(db, batch_size=20) as c:
        report = c.sync()
    assert proxy.injected[fault] == 3
    assert report.retries >= (0 if fault == "delay" else 3)
    assert db.execute("SELECT count(*) FROM products").fetchone()[0] == 4
    assert_converged(hub, db)


def test_answer_slower_than_the_timeout_is_retried(hub, proxy, make_stall):
    import httpx

    db = make_stall(hub, via=proxy.url)
    _day(db, n=3)
    proxy.hang_seconds = 1.5
    proxy.plan("hang")
    impatient = client.http_client(0.4, limits=httpx.Limits(max_keepalive_connections=0))
    with client.SyncClient(db, http=impatient, retry=FAST_RETRY) as c:
        report = c.sync()
    impatient.close()
    assert report.retries == 1 and report.sent == 0 and report.duplicates > 0
    assert_converged(hub, db)


def test_hub_unreachable_keeps_everything_queued(hub, proxy, make_stall):
    db = make_stall(hub, via=proxy.url)
    _day(db, n=3)
    waiting = records.pending_count(db)
    proxy.default = "refuse"
    with sync_client(db) as c, pytest.raises(client.HubUnreachable):
        c.sync()
    assert records.pending_count(db) == waiting
    assert "did not answer" in client.status(db)["last_error"]
    proxy.default = "pass"
    with sync_client(db) as c:
        c.sync()
    assert client.status(db)["last_error"] is None
    assert_converged(hub, db)


def test_hub_stopped_mid_sync_and_started_again(hub, make_stall):
    db = make_stall(hub)
    _day(db, n=30)
    hub.stop()
    threading.Timer(0.4, hub.start).start()
    retry = client.RetryPolicy(attempts=12, base=0.05, cap=0.4)
    with sync_client(db, retry=retry, batch_size=10) as c:
        report = c.sync()
    assert report.retries >= 1
    assert_converged(hub, db)


def test_hub_process_killed_mid_sync_then_restarted(tmp_path, make_stall):
    hub = ProcessHub(tmp_path / "hub.sqlite").start()
    try:
        from sync.hub.store import HubStore

        admin = HubStore(tmp_path / "hub.sqlite")
        seed_catalogue(admin)

        class Enroller:  # make_stall needs .store and .url
            store, url = admin, hub.url

        db = make_stall(Enroller)
        _day(db, n=150)
        errors: list[BaseException] = []

        def run() -> None:
            retry = client.RetryPolicy(attempts=40, base=0.05, cap=0.3)
            own = store.open_store(tmp_path / "stall")   # a connection per thread
            try:
                with sync_client(own, retry=retry, batch_size=20) as c:
                    c.sync()
            except BaseException as exc:  # reported below
                errors.append(exc)
            finally:
                own.close()

        worker = threading.Thread(target=run)
        worker.start()
        deadline = time.monotonic() + 20
        while admin.record_count() == 0 and time.monotonic() < deadline:
            time.sleep(0.005)
        hub.kill()
        received_before_restart = admin.record_count()
        hub.start()
        worker.join(timeout=30)
        assert not errors, errors
        assert 0 < received_before_restart < admin.record_count()
        assert_converged(admin, db)
        admin.close()
    finally:
        hub.kill()


def test_stall_process_killed_mid_sync_then_restarted(hub, proxy, make_stall, tmp_path):
    db = make_stall(hub, via=proxy.url, name="stall")
    _day(db, n=12)
    proxy.delay_seconds = 1.0
    proxy.plan("delay")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.cli", "--data-dir", str(tmp_path / "stall"), "sync", "--once"],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while proxy.held == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    # The held request still reaches the hub, which commits it; the stall never hears back.
    deadline = time.monotonic() + 5
    while hub.store.record_count() == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert records.pending_count(db) > 0
    with sync_client(db) as c:   # the dead process's lock died with it
        report = c.sync()
    assert report.duplicates > 0
    assert_converged(hub, db)


def test_two_uploaders_started_at_once(hub, make_stall, tmp_path):
    db = make_stall(hub)
    _day(db, n=40)

    reports: list[client.SyncReport] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def run() -> None:
        conn = store.open_store(tmp_path / "stall")   # each uploader has its own connection
        try:
            with sync_client(conn, lock_wait=20, batch_size=5) as c:
                barrier.wait()
                reports.append(c.sync())
        except BaseException as exc:
            errors.append(exc)
        finally:
            conn.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert not errors, errors
    assert sorted(r.sent for r in reports)[0] == 0   # the second found nothing left to send
    assert sum(r.duplicates for r in reports) == 0
    assert_converged(hub, db)


def test_an_uploader_in_another_process_blocks_this_one(hub, make_stall, tmp_path):
    db = make_stall(hub)
    lock = client.database_file(db).with_suffix(".sync.lock")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from sync.lock import UploaderLock\n"
         f"with UploaderLock({str(lock)!r}):\n print('held', flush=True); time.sleep(30)"],
        env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"held"
        with sync_client(db) as c, pytest.raises(SyncBusy):
            c.sync()
    finally:
        holder.kill()
        holder.communicate()
    with UploaderLock(lock):   # free again once the holder is gone
        pass


def test_poison_record_is_parked_and_the_rest_goes(hub, make_stall):
    db = make_stall(hub)
    rng = random.Random(9)
    for _ in range(3):
        stalldata.make_sale(db, rng)
    poison = stalldata.make_poison(db)
    for _ in range(3):
        stalldata.make_sale(db, rng)
    with sync_client(db, batch_size=4) as c:
        report = c.sync()
    assert report.rejected == 1
    parked = client.status(db)["rejected"]
    assert [(r["record_id"], r["reason"]) for r in parked] == [(poison, "order has no lines")]
    # Parked records are not retried and do not block later sales.
    stalldata.make_sale(db, rng)
    waiting = records.pending_count(db)
    with sync_client(db) as c:
        report = c.sync()
    assert report.rejected == 0 and report.sent == waiting == 4   # bill, 2 movements, audit
    assert_converged(hub, db)


def test_a_row_the_wire_format_refuses_parks_its_whole_bill_and_the_rest_goes(hub, make_stall):
    db = make_stall(hub)
    rng = random.Random(4)
    first, broken, last = (stalldata.make_sale(db, rng) for _ in range(3))
    with store.write(db):   # damaged on disk: a sequence number no JSON reader keeps exact
        db.execute("UPDATE outbox SET device_seq = ? WHERE record_id = ?",
                   [2**60, broken["id"]])
    bill = {r[0] for r in db.execute("SELECT record_id FROM outbox WHERE bundle = "
                                     "(SELECT bundle FROM outbox WHERE record_id = ?)",
                                     [broken["id"]]).fetchall()}
    with sync_client(db, batch_size=4) as c:
        report = c.sync()
    parked = client.status(db)["rejected"]
    assert {r["record_id"] for r in parked} == bill and len(bill) > 1
    assert all("cannot be sent (device_seq" in r["reason"] for r in parked)
    assert report.rejected == len(bill) and records.pending_count(db) == 0
    assert hub.store.record_ids(records.device(db).device_id).isdisjoint(bill)
    assert {first["id"], last["id"]} <= hub.store.record_ids(records.device(db).device_id)


def test_record_with_another_devices_id_is_rejected(hub, make_stall):
    db_a = make_stall(hub, name="a")
    db_b = make_stall(hub, name="b")
    other = records.device(db_b).device_id

    with store.write(db_a):
        rid = uuid7()
        records.enqueue(db_a, kind="lead", record_id=rid, device_seq=records.next_device_seq(db_a),
                        payload={"id": rid, "device_id": other, "device_seq": 1,
                                 "created_at": "2026-11-26T10:00:00+00:00",
                                 "phone_e164": "+919812345678", "consent": True})
    _day(db_a, n=3)
    with sync_client(db_a) as c:
        report = c.sync()
    assert report.rejected == 1
    assert "not this device" in client.status(db_a)["rejected"][0]["reason"]
    assert hub.store.record_ids(other) == set()
    assert_converged(hub, db_a, db_b)


def test_revoked_token_stops_sync_until_enrolled_again(hub, make_stall):
    db = make_stall(hub)
    _day(db, n=3)
    hub.store.revoke("M01")
    waiting = records.pending_count(db)
    with sync_client(db) as c, pytest.raises(client.NotEnrolled):
        c.sync()
    assert records.pending_count(db) == waiting

    with client.http_client(5) as http:
        answer = client.enroll(db, hub.url, hub.store.create_enroll_code("again"), http=http)
    assert answer.device_code == "M01"   # the invoice series does not change
    with sync_client(db) as c:
        c.sync()
    assert_converged(hub, db)


def test_retry_after_is_honoured_up_to_the_cap(make_stall, hub):
    import httpx

    db = make_stall(hub)
    _day(db, n=1)
    answers = iter([httpx.Response(503, headers={"Retry-After": "2"}, json={"detail": "busy"}),
                    httpx.Response(503, headers={"Retry-After": "120"}, json={"detail": "busy"})])
    naps: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        try:
            return next(answers)
        except StopIteration:
            with client.http_client(5) as real:   # then the real hub answers
                return real.send(httpx.Request(request.method, request.url.copy_with(),
                                               headers=request.headers,
                                               content=request.read()))

    http = httpx.Client(transport=httpx.MockTransport(handler))
    policy = client.RetryPolicy(attempts=5, base=0.01, cap=5.0)
    with client.SyncClient(db, http=http, retry=policy, sleep=naps.append) as c:
        c.push()
    http.close()
    assert naps[0] == 2.0 and naps[1] == 5.0   # asked 2 s: waited; asked 120 s: capped
    assert_converged(hub, db)


def test_413_splits_batches_and_parks_a_bill_too_big_alone(tmp_path, make_stall):
    from tests.helpers.hubserver import ThreadHub

    small = ThreadHub(tmp_path / "small.sqlite", max_body=24_000).start()
    try:
        seed_catalogue(small.store)
        db = make_stall(small)
        rng = random.Random(4)
        for _ in range(12):
            stalldata.make_sale(db, rng)
        huge = stalldata.make_sale(db, rng, lines=60)   # one bill over the hub's limit
        stalldata.make_sale(db, rng)
        with sync_client(db, batch_size=1000, max_batch_bytes=10**9) as c:
            report = c.sync()
        parked = client.status(db)["rejected"]
        assert {p["record_id"] for p in parked} >= {huge["id"]}
        assert all("too large" in p["reason"] for p in parked)
        assert records.pending_count(db) == 0 and report.batches > 1
        assert len(parked) == 1 + 60 + 1   # the bill, its stock movements, its audit entry
        assert small.store.record_count("order") == 13
    finally:
        small.stop()
