"""Pulling the catalogue: pages and cursor, interruptions, 410 and full copies, pictures."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image

from pos import catalogue
from sync import client
from tests.helpers import stalldata
from tests.sync.conftest import sync_client


def _active_skus(db):
    return {r[0] for r in db.execute("SELECT sku FROM products WHERE active = 1").fetchall()}


def _stock(db, sku):
    row = db.execute("SELECT qty FROM stock_levels WHERE sku = ?", [sku]).fetchone()
    return row[0] if row else 0


def test_pull_interrupted_between_pages_resumes_without_double_stock(hub, proxy, make_stall):
    db = make_stall(hub, via=proxy.url)
    hub.store.allocate("M01", "MB-001", 5)
    hub.store.allocate("M01", "SK-002", 2)
    proxy.plan("pass", *["refuse"] * 8)   # page 1 arrives, then the link dies
    with sync_client(db, page_size=3) as c, pytest.raises(client.HubUnreachable):
        c.sync()
    assert client.get_state(db, "full_copy_cursor") == "3"
    assert db.execute("SELECT count(*) FROM products").fetchone()[0] < 4
    with sync_client(db, page_size=3) as c:
        report = c.sync()
    assert report.changes == 7 and client.get_state(db, "full_copy_cursor") is None
    assert _active_skus(db) == {"MB-001", "SK-002", "SL-003", "TK-004"}
    assert (_stock(db, "MB-001"), _stock(db, "SK-002")) == (5, 2)
    with sync_client(db) as c:   # nothing new: nothing applied twice
        assert c.sync().changes == 0
    assert (_stock(db, "MB-001"), _stock(db, "SK-002")) == (5, 2)


def test_allocations_reach_only_their_device(hub, make_stall):
    a, b = make_stall(hub, name="a"), make_stall(hub, name="b")
    hub.store.allocate("M02", "TK-004", 4)
    for db in (a, b):
        with sync_client(db) as c:
            c.sync()
    assert (_stock(a, "TK-004"), _stock(b, "TK-004")) == (0, 4)
    assert hub.store.stock_of("M02") == {"TK-004": 4}
    stalldata.make_sale(b)   # sells from its stock; the hub follows the movements
    with sync_client(b) as c:
        c.sync()
    expected = {"TK-004": 4}
    for move in stalldata.stall_payloads(b, "stock_movement"):
        expected[move["sku"]] = expected.get(move["sku"], 0) + move["qty"]
    assert hub.store.stock_of("M02") == expected
    assert hub.store.stock_of("M01") == {}


def test_expired_cursor_resyncs_fully_keeping_old_rows_until_the_end(hub, proxy, make_stall):
    db = make_stall(hub, via=proxy.url)
    with sync_client(db) as c:
        c.sync()
    stalldata.make_sale(db)   # a local sale waiting: a pull must never revert it
    hub.store.delete_entity("product", "SL-003")
    price = dict(hub.store.entity("product", "MB-001"), mrp_paise=160000)
    hub.store.upsert_entities("product", [("MB-001", price)])
    for n in range(5):
        hub.store.upsert_entities("product", [(f"NEW-{n}", dict(price, sku=f"NEW-{n}"))])
    hub.store.compact()
    # The full copy is cut after its first page: the old catalogue must still be whole.
    proxy.plan("pass", "pass", "pass", *["refuse"] * 8)   # push, 410, page 1, then down
    with sync_client(db, page_size=4) as c, pytest.raises(client.HubUnreachable):
        c.sync()
    assert {"MB-001", "SK-002", "SL-003", "TK-004"} <= _active_skus(db)
    assert client.get_state(db, "full_copy_cursor") not in (None, "0")
    with sync_client(db, page_size=4) as c:
        report = c.sync()
    assert _active_skus(db) == {"MB-001", "SK-002", "TK-004"} | {f"NEW-{n}" for n in range(5)}
    assert report.retired == 1   # SL-003, whose tombstone was compacted away
    assert catalogue.get(db, "MB-001").mrp_paise == 160000
    assert stalldata.outbox_states(db) == {"sent": 4}


def test_changes_endpoint_pages_and_410(hub, make_stall):
    make_stall(hub)
    token = hub.store.enroll(hub.store.create_enroll_code("x"), "dev-x", "x", 1, "t")[1]
    auth = {"Authorization": f"Bearer {token}"}
    with client.http_client(5, base_url=hub.url, headers=auth) as http:
        page = http.get("/v1/changes", params={"since": 0, "limit": 3,
                                               "protocol_version": 1}).json()
        assert [c["op_id"] for c in page["changes"]] == [1, 2, 3]
        assert page["next"] == 3 and page["complete"] is False and page["remaining"] == 5
        hub.store.upsert_entities("craft", [("SIKKI", {"code": "SIKKI", "name_en": "Sikki",
                                                       "name_hi": "सिक्की"})])
        hub.store.delete_entity("craft", "SIKKI")
        hub.store.compact()
        gone = http.get("/v1/changes", params={"since": 3, "protocol_version": 1})
        assert gone.status_code == 410 and "compacted" in gone.json()["detail"]
        full = http.get("/v1/changes", params={"since": 0, "protocol_version": 1}).json()
        assert full["complete"] and "SIKKI" not in {c["id"] for c in full["changes"]}
        old = http.get("/v1/changes", params={"since": 0, "protocol_version": 0})
        assert old.status_code == 422
        assert http.get("/v1/changes", params={"protocol_version": 1},
                        headers={"Authorization": "Bearer nope"}).status_code == 401


def test_pictures_are_fetched_verified_and_cached(hub, make_stall, tmp_path):
    buf = io.BytesIO()
    Image.new("RGB", (8, 6), "orange").save(buf, "PNG")
    digest = hub.store.store_picture(buf.getvalue(), "image/png")
    product = dict(hub.store.entity("product", "SK-002"), picture_sha256=digest)
    hub.store.upsert_entities("product", [("SK-002", product)])
    db = make_stall(hub)
    with sync_client(db) as c:
        report = c.sync()
        assert report.pictures == 1 and c.missing_pictures() == []
    assert hashlib.sha256(catalogue.picture(db, digest)).hexdigest() == digest
    token = client.get_state(db, "token")
    auth = {"Authorization": f"Bearer {token}"}
    with client.http_client(5, base_url=hub.url, headers=auth) as http:
        first = http.get(f"/v1/images/{digest}")
        assert first.headers["etag"] == f'"{digest}"'
        assert "immutable" in first.headers["cache-control"]
        assert http.get(f"/v1/images/{digest}",
                        headers={"If-None-Match": f'"{digest}"'}).status_code == 304
        assert http.get(f"/v1/images/{'0' * 64}").status_code == 404
        assert http.get("/v1/images/../../etc").status_code == 404


def test_pull_never_touches_local_sales(hub, make_stall):
    db = make_stall(hub)
    order = stalldata.make_sale(db)
    before = db.execute("SELECT * FROM outbox ORDER BY seq").fetchall()
    with sync_client(db) as c:
        c.pull()
    assert db.execute("SELECT * FROM outbox ORDER BY seq").fetchall() == before
    assert stalldata.stall_payloads(db, "order")[0]["id"] == order["id"]


def test_moving_to_another_hub_starts_with_a_full_copy(hub, make_stall, tmp_path):
    from tests.helpers.hubserver import ThreadHub

    db = make_stall(hub)
    with sync_client(db) as c:
        c.sync()
    other = ThreadHub(tmp_path / "other.sqlite").start()
    try:
        other.store.upsert_entities("product", [("ZZ-1", {
            "sku": "ZZ-1", "name_en": "Jute bag", "name_hi": "जूट थैला", "hsn": "4202",
            "gst_rate": 12, "mrp_paise": 30000})])
        with client.http_client(5) as http:
            client.enroll(db, other.url, other.store.create_enroll_code("moved"), http=http)
        with sync_client(db) as c:
            report = c.sync()
        assert report.full_copy and _active_skus(db) == {"ZZ-1"}
    finally:
        other.stop()


def test_a_hub_without_a_catalogue_does_not_empty_the_stall(tmp_path, make_stall):
    from pos import catalogue as cat
    from tests.helpers.hubserver import ThreadHub

    empty = ThreadHub(tmp_path / "empty.sqlite").start()
    try:
        db = make_stall(empty)
        from pos import store

        with store.write(db):
            cat.upsert_product(db, {"sku": "LOCAL-1", "name_en": "Bamboo lamp",
                                    "name_hi": "बाँस दीया", "hsn": "4602", "gst_rate": 5,
                                    "mrp_paise": 90000})
        with sync_client(db) as c:
            report = c.sync()
        assert report.full_copy and report.retired == 0 and _active_skus(db) == {"LOCAL-1"}
    finally:
        empty.stop()


def test_compaction_during_a_full_copy_restarts_it(hub, make_stall):
    db = make_stall(hub)
    pages = []

    def office_tidies_up(phase: str, done: int, total: int) -> None:
        if phase == "pull" and done and not pages:
            pages.append(done)   # after the first page, which brought MB-001
            hub.store.delete_entity("product", "MB-001")
            hub.store.compact()

    with sync_client(db, page_size=6, on_progress=office_tidies_up) as c:
        report = c.sync()
    assert any("compacted during a full copy" in n for n in report.notes)
    assert _active_skus(db) == {"SK-002", "SL-003", "TK-004"}
    assert client.get_state(db, "full_copy_floor") is None


def test_pictures_that_cannot_be_fetched_do_not_fail_the_sync(hub, proxy, make_stall):
    digests = []
    for colour in ("red", "blue"):
        buf = io.BytesIO()
        Image.new("RGB", (4, 4), colour).save(buf, "PNG")
        digests.append(hub.store.store_picture(buf.getvalue(), "image/png"))
    for sku, digest in zip(("MB-001", "SK-002"), digests, strict=True):
        hub.store.upsert_entities("product", [(sku, dict(hub.store.entity("product", sku),
                                                         picture_sha256=digest))])
    db = make_stall(hub, via=proxy.url)
    proxy.plan("pass", "pass", *["refuse"] * 8)   # changes page, first picture, then down
    with sync_client(db) as c:
        report = c.sync()
        assert report.pictures == 1 and len(c.missing_pictures()) == 1
    assert "1 picture(s) left for next time" in report.notes
    assert client.status(db)["last_error"] is None
    with sync_client(db) as c:
        assert c.sync().pictures == 1


def test_pull_progress_counts_up_to_the_real_total(hub, make_stall):
    db = make_stall(hub)
    seen = []
    with sync_client(db, page_size=3, on_progress=lambda *a: seen.append(a)) as c:
        c.sync()
    pulls = [(done, total) for phase, done, total in seen if phase == "pull"]
    assert pulls == [(3, 8), (6, 8), (8, 8)]


def test_retired_at_the_hub_stops_selling_at_the_stall(hub, make_stall, capsys):
    from sync.hub import cli

    db = make_stall(hub)
    with sync_client(db) as c:
        c.sync()
    db_file = str(hub.db_path)
    assert cli.main(["--db", db_file, "retire", "SL-003", "TK-004"]) == 0
    assert "2 product(s) retired" in capsys.readouterr().out
    with sync_client(db) as c:
        assert c.sync().changes == 2
    assert _active_skus(db) == {"MB-001", "SK-002"}
    assert cli.main(["--db", db_file, "retire", "--undo", "TK-004"]) == 0
    with sync_client(db) as c:
        c.sync()
    assert _active_skus(db) == {"MB-001", "SK-002", "TK-004"}
    assert cli.main(["--db", db_file, "retire", "NOPE-1"]) == 2
    assert "NOPE-1" in capsys.readouterr().err
