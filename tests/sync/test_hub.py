"""The hub on its own: storage rules, the HTTP edge cases and the mela-hub commands."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date

import httpx
import pytest

from pos import audit, records, store
from pos.salesexport import COLUMNS
from sync.hub import cli
from sync.hub.app import create_app
from sync.hub.store import HubError, HubStore, Incoming
from tests.helpers import stalldata
from tests.sync.conftest import seed_catalogue

WIDE = (date(2000, 1, 1), date(2100, 1, 1))


@pytest.fixture
def hub_store(tmp_path):
    hub = HubStore(tmp_path / "hub.sqlite")
    seed_catalogue(hub)
    yield hub
    hub.close()


@pytest.fixture
def stall(hub_store, db):
    """A stall database enrolled (directly, without HTTP) in ``hub_store``."""
    dev = records.device(db)
    hub_store.enroll(hub_store.create_enroll_code("stall"), dev.device_id, "stall", 1, "t")
    return db


def _incoming(db, state="pending"):
    return [Incoming(r[0], r[1], r[2], r[3], r[4]) for r in db.execute(
        "SELECT kind, record_id, device_seq, payload, payload_hash FROM outbox "
        "WHERE state = ? ORDER BY seq", [state]).fetchall()]


def _device(hub, db):
    return hub.find_device(records.device(db).device_id)


def test_same_id_same_hash_is_duplicate_other_hash_rejected(hub_store, stall):
    stalldata.make_sale(stall)
    batch = _incoming(stall)
    dev = _device(hub_store, stall)
    assert {s for _, s, _ in hub_store.push(dev, batch)} == {"applied"}
    assert {s for _, s, _ in hub_store.push(dev, batch)} == {"duplicate"}
    first = batch[0]
    payload = json.loads(first.payload)
    payload["total_paise"] += 100
    text = records.canonical_json(payload)
    changed = Incoming(first.kind, first.id, first.device_seq, text, records.payload_hash(text))
    [(_, status, reason)] = hub_store.push(dev, [changed])
    assert status == "rejected" and "different content" in reason
    assert hub_store.sales_rows(None, None) == stalldata.stall_export(stall)


@pytest.mark.parametrize(("mangle", "reason"), [
    (lambda p, h: (p, "0" * 64), "payload_hash does not match"),
    (lambda p, h: ("[1, 2]", records.payload_hash("[1, 2]")), "not a JSON object"),
    (lambda p, h: ("{oops", records.payload_hash("{oops")), "not valid JSON"),
])
def test_bad_payloads_are_rejected_without_effects(hub_store, stall, mangle, reason):
    stalldata.make_sale(stall)
    rec = _incoming(stall)[0]
    text, digest = mangle(rec.payload, rec.payload_hash)
    [(_, status, why)] = hub_store.push(_device(hub_store, stall),
                                        [Incoming(rec.kind, rec.id, rec.device_seq, text, digest)])
    assert status == "rejected" and reason in why
    assert hub_store.record_count() == 0 and hub_store.artisan_totals(*WIDE) == []
    assert hub_store.rejections()[0]["reason"] == why


def test_refund_or_void_of_unknown_bill_is_rejected(hub_store, stall):
    order = stalldata.make_sale(stall)
    stalldata.make_refund(stall, order)
    stalldata.make_void(stall, order)
    records_ = [r for r in _incoming(stall) if r.kind in ("refund", "void")]
    results = hub_store.push(_device(hub_store, stall), records_)
    assert [s for _, s, _ in results] == ["rejected", "rejected"]
    assert "has not received" in results[0][2]


def test_artisan_ledger_follows_sales_refunds_and_voids(hub_store, stall):
    orders = [stalldata.make_sale(stall) for _ in range(3)]
    stalldata.make_refund(stall, orders[0])
    stalldata.make_refund(stall, orders[1])
    stalldata.make_void(stall, orders[1])   # after a partial refund: the rest is cancelled
    hub_store.push(_device(hub_store, stall), _incoming(stall))
    totals = hub_store.artisan_totals(*WIDE)
    from tests.sync.conftest import expected_net_paise

    assert sum(t["net_paise"] for t in totals) == expected_net_paise(stall)
    assert all(t["owed_paise"] + t["gst_paise"] == t["net_paise"] for t in totals)
    rows = hub_store.sales_rows(None, None)
    assert {r["status"] for r in rows} == {"partially_refunded", "voided", "completed"}


def test_audit_chain_gaps_and_edits_are_flagged(hub_store, stall):
    for n in range(4):
        with store.write(stall):
            audit.append(stall, f"action-{n}")
    batch = _incoming(stall)
    dev = _device(hub_store, stall)
    hub_store.push(dev, [batch[0], batch[1], batch[3]])   # entry 3 not sent yet
    assert hub_store.audit_problems(dev.device_id) == [(3, "entries 3.. missing (have up to 4)")]
    hub_store.push(dev, [batch[2]])
    assert hub_store.audit_problems(dev.device_id) == []
    # An entry edited on the laptop after it was written (same id cannot be resent, so a
    # new entry claims chain number 5 with a doctored action).
    entry = json.loads(batch[3].payload)
    forged = dict(entry, id="forged", chain_no=5, prev_hash=entry["hash"], action="nothing")
    text = records.canonical_json(forged)
    hub_store.push(dev, [Incoming("audit", "forged", 99, text, records.payload_hash(text))])
    assert hub_store.audit_problems(dev.device_id) == [(5, "was edited after it was written")]


def test_erasure_blanks_the_lead_even_when_it_arrives_first(hub_store, stall):
    lead = stalldata.make_lead(stall)
    stalldata.make_erasure(stall, lead)
    kept = stalldata.make_lead(stall, phone="+919811112222")
    lead_rec, erasure_rec, kept_rec = _incoming(stall)
    dev = _device(hub_store, stall)
    hub_store.push(dev, [erasure_rec])
    hub_store.push(dev, [lead_rec, kept_rec])
    assert [b["phone"] for b in hub_store.waiting_buyers()] == [kept["phone_e164"]]
    [stored] = [p for p in hub_store.payloads("lead") if p["id"] == lead["id"]]
    assert stored["phone_e164"] is None and stored["name"] is None
    # The original is still recognised on a resend.
    assert hub_store.push(dev, [lead_rec])[0][1] == "duplicate"


def test_enrolment_codes_are_single_use_and_reenrolment_keeps_the_code(hub_store):
    code = hub_store.create_enroll_code("Patna stall")
    dev, token = hub_store.enroll(code, "dev-1", "laptop", 1, "t")
    assert dev.device_code == "M01" and hub_store.device_for_token(token) == dev
    with pytest.raises(HubError, match="already used"):
        hub_store.enroll(code, "dev-2", "laptop", 1, "t")
    with pytest.raises(HubError, match="already enrolled"):
        hub_store.enroll(hub_store.create_enroll_code("thief"), "dev-1", "l", 1, "t")
    assert hub_store.device_for_token(token) == dev   # still paired
    hub_store.revoke("M01")
    assert hub_store.device_for_token(token) is None
    again, token2 = hub_store.enroll(hub_store.create_enroll_code("x"), "dev-1", "l", 1, "t")
    assert again.device_code == "M01" and hub_store.device_for_token(token2) is not None
    other, _ = hub_store.enroll(hub_store.create_enroll_code("y"), "dev-2", "l", 1, "t")
    assert other.device_code == "M02"


# -- HTTP edge cases ------------------------------------------------------------------------

@pytest.fixture
def api(tmp_path):
    app = create_app(tmp_path / "api.sqlite", max_body=64 * 1024)
    hub = app.state.store
    _, token = hub.enroll(hub.create_enroll_code("x"), "dev-1", "x", 1, "t")
    transport = httpx.ASGITransport(app=app)

    async def call(method, url, **kw):
        async with httpx.AsyncClient(transport=transport, base_url="http://hub") as c:
            return await c.request(method, url, **kw)

    yield call, {"Authorization": f"Bearer {token}"}, hub
    hub.close()


def _lead_record(device_id="dev-1", rid="r-1"):
    payload = records.canonical_json({
        "id": rid, "device_id": device_id, "device_seq": 1, "consent": True,
        "created_at": "2026-11-26T10:00:00+00:00", "phone_e164": "+919876543210"})
    return {"kind": "lead", "id": rid, "device_seq": 1, "payload": payload,
            "payload_hash": records.payload_hash(payload)}


@pytest.mark.anyio
@pytest.mark.parametrize("body", [
    b"{not json", b"[]", b'{"protocol_version": "one", "app_version": "x", "records": []}',
    json.dumps({"protocol_version": 1, "app_version": "x",
                "records": [dict(_lead_record(), kind="gift")]}).encode(),
    json.dumps({"protocol_version": 1, "app_version": "x",
                "records": [dict(_lead_record(), device_seq="7")]}).encode(),
    json.dumps({"protocol_version": 1, "app_version": "x",
                "records": [_lead_record(), dict(_lead_record(rid="r-2"), payload=5)]}).encode(),
])
async def test_malformed_pushes_get_422_and_write_nothing(api, body):
    call, auth, hub = api
    response = await call("POST", "/v1/push", content=body,
                          headers={**auth, "Content-Type": "application/json"})
    assert response.status_code == 422 and response.json()["detail"]
    assert hub.record_count() == 0


@pytest.mark.anyio
async def test_huge_batch_is_413_and_unauthenticated_is_401(api):
    call, auth, hub = api
    records_ = [_lead_record(rid=f"r-{n}") for n in range(400)]
    body = {"protocol_version": 1, "app_version": "x", "records": records_}
    response = await call("POST", "/v1/push", json=body, headers=auth)
    assert response.status_code == 413 and "larger than" in response.json()["detail"]
    assert hub.record_count() == 0
    small = {"protocol_version": 1, "app_version": "x", "records": records_[:2]}
    assert (await call("POST", "/v1/push", json=small)).status_code == 401
    # An old client's sales are still accepted.
    response = await call("POST", "/v1/push", json=dict(small, protocol_version=1), headers=auth)
    assert [r["status"] for r in response.json()["results"]] == ["applied", "applied"]


# -- mela-hub commands ----------------------------------------------------------------------

def test_cli_admin_commands(tmp_path, capsys, db):
    hub_db = str(tmp_path / "hub.sqlite")
    hub = HubStore(hub_db)
    seed_catalogue(hub)
    hub.close()
    assert cli.main(["--db", hub_db, "enroll-code", "--device-name", "Patna"]) == 0
    code = capsys.readouterr().out.strip()
    assert len(code) == 9 and "\n" not in code
    hub = HubStore(hub_db)
    dev, _ = hub.enroll(code, records.device(db).device_id, "Patna", 1, "t")
    orders = [stalldata.make_sale(db) for _ in range(3)]
    stalldata.make_refund(db, orders[0])
    stalldata.make_lead(db)
    hub.push(dev, _incoming(db))
    hub.close()
    out = tmp_path / "sales.csv"
    assert cli.main(["--db", hub_db, "export", "sales", "--from", "2000-01-01",
                     "--to", "2100-01-01", "--out", str(out)]) == 0
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0]) == COLUMNS and rows == stalldata.stall_export(db)
    assert capsys.readouterr().out.startswith("6 line(s) written")
    assert cli.main(["--db", hub_db, "report", "artisans", "--from", "2000-01-01",
                     "--to", "2100-01-01"]) == 0
    report = capsys.readouterr().out.splitlines()
    assert report[0].startswith("artisan_id\tname") and len(report) >= 2
    artisans = tmp_path / "artisans.csv"
    assert cli.main(["--db", hub_db, "report", "artisans", "--from", "2000-01-01",
                     "--to", "2100-01-01", "--out", str(artisans)]) == 0
    with artisans.open(encoding="utf-8-sig") as fh:
        assert len(list(csv.reader(fh))) == len(report)
    assert [p.name for p in tmp_path.glob("*.part")] == []
    capsys.readouterr()
    assert cli.main(["--db", hub_db, "leads"]) == 0
    assert "+919876543210" in capsys.readouterr().out
    assert cli.main(["--db", hub_db, "allocate", "--device", "M01", "--sku", "MB-001",
                     "--qty", "3"]) == 0
    assert cli.main(["--db", hub_db, "audit"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", hub_db, "stock", "--device", "M01"]) == 0
    level = dict(line.split("\t") for line in capsys.readouterr().out.splitlines())
    moved = sum(m["qty"] for m in stalldata.stall_payloads(db, "stock_movement")
                if m["sku"] == "MB-001")
    assert int(level["MB-001"]) == 3 + moved
    assert cli.main(["--db", hub_db, "rejected"]) == 0
    assert capsys.readouterr().out == ""
    capsys.readouterr()
    assert cli.main(["--db", hub_db, "devices"]) == 0
    assert "\tactive\tlast push 20" in capsys.readouterr().out
    assert cli.main(["--db", hub_db, "revoke", "M01"]) == 0
    capsys.readouterr()
    for argv in (["revoke", "M09"], ["allocate", "--device", "M01", "--sku", "NOPE",
                                     "--qty", "1"],
                 ["import-catalogue", str(tmp_path / "missing.json")]):
        assert cli.main(["--db", hub_db, *argv]) == 2
        err = capsys.readouterr().err
        assert err.startswith("mela-hub: error:") and len(err.strip().splitlines()) == 1


def test_cli_refuses_a_file_that_is_not_a_hub(tmp_path, db, capsys):
    stall_file = str(tmp_path / "stall" / "stall.sqlite")
    assert cli.main(["--db", stall_file, "leads"]) == 2
    assert "not a hub database" in capsys.readouterr().err
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    assert cli.main(["--db", str(junk), "leads"]) == 3
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_cli_needs_a_database(monkeypatch, capsys):
    monkeypatch.delenv("MELA_HUB_DB", raising=False)
    assert cli.main(["leads"]) == 2
    assert "MELA_HUB_DB" in capsys.readouterr().err


def test_import_catalogue_is_checked_and_idempotent(tmp_path, capsys):
    hub_db = str(tmp_path / "hub.sqlite")
    good = tmp_path / "cat.json"
    good.write_text(json.dumps({
        "crafts": [{"code": "SIKKI", "name_en": "Sikki", "name_hi": "सिक्की"}],
        "artisans": [{"id": "A9", "name": "Sunita"}],
        "products": [{"sku": "SK-100", "name_en": "Basket", "name_hi": "टोकरी",
                      "craft_code": "SIKKI", "artisan_id": "A9", "hsn": "4602",
                      "gst_rate": 5, "mrp_paise": 50000}],
    }), encoding="utf-8")
    assert cli.main(["--db", hub_db, "import-catalogue", str(good)]) == 0
    assert "1 product(s) changed" in capsys.readouterr().out
    assert cli.main(["--db", hub_db, "import-catalogue", str(good)]) == 0
    assert "0 product(s) changed" in capsys.readouterr().out
    assert cli.main(["--db", hub_db, "retire", "SK-100"]) == 0
    assert cli.main(["--db", hub_db, "import-catalogue", str(good)]) == 0
    assert "0 product(s) changed" in capsys.readouterr().out.splitlines()[-1]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"products": [{"sku": "X-1", "name_en": "x", "name_hi": "एक",
                                             "craft_code": "NOPE", "hsn": "4602",
                                             "gst_rate": 5, "mrp_paise": 1}]}),
                   encoding="utf-8")
    assert cli.main(["--db", hub_db, "import-catalogue", str(bad)]) == 2
    assert "nothing was imported" in capsys.readouterr().err
    hub = HubStore(hub_db)
    assert set(hub.entities("product")) == {"SK-100"}
    hub.close()



@pytest.mark.anyio
async def test_integers_beyond_64_bits_are_refused_not_500(api):
    call, auth, hub = api
    big = 2**63
    response = await call("GET", "/v1/changes", params={"since": big, "protocol_version": 1},
                          headers=auth)
    assert response.status_code == 422
    rec = _lead_record()
    body = {"protocol_version": 1, "app_version": "x", "records": [dict(rec, device_seq=2**53)]}
    assert (await call("POST", "/v1/push", json=body, headers=auth)).status_code == 422
    payload = records.canonical_json({**json.loads(rec["payload"]), "consent": 1,
                                      "id": "r-9", "device_seq": 1})
    order = records.canonical_json({
        "id": "r-9", "device_id": "dev-1", "device_seq": 1, "invoice_no": "X",
        "created_at": "2026-11-26T10:00:00+00:00", "round_off_paise": 0, "total_paise": big,
        "lines": [], "payments": []})
    body = {"protocol_version": 1, "app_version": "x", "records": [
        {"kind": "order", "id": "r-9", "device_seq": 1, "payload": order,
         "payload_hash": records.payload_hash(order)}]}
    response = await call("POST", "/v1/push", json=body, headers=auth)
    assert response.json()["results"][0]["reason"] == "order.total_paise is out of range"
    assert payload and hub.record_count() == 0


@pytest.mark.anyio
async def test_streamed_body_over_the_limit_is_413_not_500(api):
    call, auth, hub = api

    async def chunks():
        yield b'{"protocol_version": 1, "app_version": "x", "records": ['
        record = b'{"kind": "lead", "id": "x", "device_seq": 1, "payload": "%s"},' % (b"a" * 1000)
        for _ in range(100):
            yield record
        yield b"]}"

    response = await call("POST", "/v1/push", content=chunks(),
                          headers={**auth, "Content-Type": "application/json"})
    assert response.status_code == 413 and hub.record_count() == 0


@pytest.mark.anyio
async def test_too_old_to_pull_but_its_sales_are_accepted(api, monkeypatch):
    call, auth, _hub = api
    monkeypatch.setattr("sync.protocol.MIN_PULL_PROTOCOL", 2)
    response = await call("GET", "/v1/changes", params={"protocol_version": 1}, headers=auth)
    assert response.status_code == 426 and "too old" in response.json()["detail"]
    body = {"protocol_version": 1, "app_version": "old", "records": [_lead_record()]}
    response = await call("POST", "/v1/push", json=body, headers=auth)
    assert response.json()["results"][0]["status"] == "applied"


def test_a_record_the_database_refuses_is_rejected_alone(hub_store, stall):
    lead = stalldata.make_lead(stall)
    stalldata.make_sale(stall)
    batch = _incoming(stall)
    dev = _device(hub_store, stall)
    # A pre-order already stored under the lead's id: the leads table refuses the lead.
    with hub_store._tx() as c:
        c.execute("INSERT INTO leads(id, kind, device_id, created_at, products, consent) "
                  "VALUES (?, 'preorder', ?, '2026-11-26T00:00:00+00:00', '[]', 1)",
                  [lead["id"], dev.device_id])
    results = hub_store.push(dev, batch)
    assert results[0][1] == "rejected" and "could not store" in results[0][2]
    assert {s for _, s, _ in results[1:]} == {"applied"}
    assert hub_store.record_count() == len(batch) - 1


def test_a_stall_cannot_erase_another_stalls_lead(hub_store, stall, tmp_path):
    lead = stalldata.make_lead(stall)
    hub_store.push(_device(hub_store, stall), _incoming(stall))
    other_db = store.open_store(tmp_path / "other")
    try:
        other = records.device(other_db)
        hub_store.enroll(hub_store.create_enroll_code("o"), other.device_id, "o", 1, "t")
        stalldata.make_erasure(other_db, lead)
        [(_, status, reason)] = hub_store.push(hub_store.find_device(other.device_id),
                                               _incoming(other_db))
    finally:
        other_db.close()
    assert status == "rejected" and "another device" in reason
    assert [b["phone"] for b in hub_store.waiting_buyers()] == [lead["phone_e164"]]


@pytest.mark.anyio
async def test_a_push_behind_a_long_office_write_is_503_and_retried_later(tmp_path, monkeypatch):
    monkeypatch.setattr("sync.hub.app.SERVE_BUSY_TIMEOUT_S", 0.2)
    app = create_app(tmp_path / "busy.sqlite")
    hub = app.state.store
    _, token = hub.enroll(hub.create_enroll_code("x"), "dev-1", "x", 1, "t")
    office = sqlite3.connect(tmp_path / "busy.sqlite", isolation_level=None)
    office.execute("BEGIN IMMEDIATE")   # e.g. a big import-catalogue in progress
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                     base_url="http://hub") as c:
            response = await c.post("/v1/push", headers={"Authorization": f"Bearer {token}"},
                                    json={"protocol_version": 1, "app_version": "x",
                                          "records": [_lead_record()]})
    finally:
        office.execute("ROLLBACK")
        office.close()
    assert response.status_code == 503 and response.headers["retry-after"] == "2"
    assert "busy" in response.json()["detail"] and hub.record_count() == 0
    hub.close()
