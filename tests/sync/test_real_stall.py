"""End to end with the real selling code: a day of checkout, refund, void, lead, erasure,
pre-order and day close, synced; the hub's export file equals the stall's byte for byte."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from pos import catalogue, days, leads, preorders, records, returns, store
from pos.commands.export import export_sales
from pos.days import close_day, current_day
from pos.ids import IST, ist_today
from pos.payments import Payment
from sync import client
from sync.hub import cli
from tests.helpers.stall import make_stall
from tests.sync.conftest import sync_client


def test_a_real_day_syncs_without_a_reject_and_the_files_match(hub, tmp_path):
    stall = make_stall(tmp_path / "till")
    db = stall.db
    try:
        with store.write(db):   # whose work each piece is
            catalogue.upsert_product(db, {"sku": "MB-0001", "artisan_id": "ART-1"})
            catalogue.upsert_product(db, {"sku": "SK-0002", "artisan_id": "ART-2"})
        with client.http_client(5) as http:
            client.enroll(db, hub.url, hub.store.create_enroll_code("till"), http=http)
        sales = [stall.sell("MB-0001"), stall.sell("SK-0002", 2, phone="+919876543210"),
                 stall.sell("MB-0001", 2), stall.sell("TK-0003")]
        invoice = [s.invoice_no for s in sales]
        returns.refund(db, invoice[2], lines=None, method="cash", reason="torn",
                       staff_id=stall.cashier.id, approved_by=stall.manager.id)
        returns.void(db, invoice[3], reason="rang the wrong item", staff_id=stall.cashier.id,
                     approved_by=stall.manager.id)
        lead = leads.take_lead(db, phone="9876501234", interests=[{"sku": "SK-0002"}],
                               consent=True, notice_text=leads.consent_notice(),
                               staff_id=stall.cashier.id)
        kept = leads.take_lead(db, phone="9876505678", name="Meena",
                               interests=[{"text": "large Sujani quilt"}], consent=True,
                               notice_text=leads.consent_notice(), staff_id=stall.cashier.id)
        leads.erase(db, lead.id, stall.manager.id)
        preorders.take_preorder(
            db, phone="9876509999", buyer_name="Kiran", address="12 Boring Road, Patna",
            pin_code="800001", promised_date=ist_today() + timedelta(days=20),
            items=[{"description": "Madhubani wall panel 4x6 ft", "qty": 1,
                    "unit_price_paise": 1200000}],
            advance=[Payment("cash", 200000, 200000)], staff_id=stall.cashier.id)
        close_day(db, current_day(db).id, counted={"coins": 0}, staff_id=stall.cashier.id,
                  approved_by=stall.manager.id)
        waiting = records.pending_count(db)
        with sync_client(db) as c:
            report = c.sync()
        assert client.status(db)["rejected"] == []
        assert report.rejected == 0 and report.sent == waiting
        dev = records.device(db)
        assert hub.store.audit_problems(dev.device_id) == []
        buyers = hub.store.waiting_buyers()
        assert {b["kind"] for b in buyers} == {"lead", "preorder"}
        assert kept.phone_e164 in {b["phone"] for b in buyers}
        assert lead.phone_e164 not in {b["phone"] for b in buyers}
        # The artisans' money, from the stall's own tables: bills not voided, less refunds.
        owed_here = dict(db.execute(
            "SELECT coalesce(l.artisan_id, ''), sum(l.total_paise) - coalesce(("
            "  SELECT sum(r.total_paise) FROM refund_lines r JOIN order_lines x "
            "  ON x.id = r.order_line_id WHERE coalesce(x.artisan_id, '') = "
            "  coalesce(l.artisan_id, '')), 0) "
            "FROM order_lines l JOIN orders o ON o.id = l.order_id "
            "WHERE o.id NOT IN (SELECT order_id FROM voids) "
            "AND o.doc_type <> 'receipt_voucher' GROUP BY 1").fetchall())
        totals = hub.store.artisan_totals(date(2020, 1, 1), date(2040, 1, 1))
        assert {t["artisan_id"]: t["net_paise"] for t in totals if t["net_paise"]} == {
            k: v for k, v in owed_here.items() if v}
        assert {"ART-1", "ART-2"} <= set(owed_here)
        stall_csv, hub_csv = tmp_path / "stall.csv", tmp_path / "hub.csv"
        span = (date(2020, 1, 1), date(2040, 1, 1))
        export_sales(db, *span, stall_csv)
        assert cli.main(["--db", str(hub.db_path), "export", "sales", "--from", "2020-01-01",
                         "--to", "2040-01-01", "--out", str(hub_csv), "--device", "M01"]) == 0
        assert hub_csv.read_bytes() == stall_csv.read_bytes()
        assert len(stall_csv.read_text(encoding="utf-8-sig").splitlines()) == 1 + 5
    finally:
        db.close()


def test_lead_erased_after_a_lost_answer_is_not_a_conflict(hub, proxy, tmp_path):
    stall = make_stall(tmp_path / "till")
    db = stall.db
    try:
        with client.http_client(5) as http:
            client.enroll(db, proxy.url, hub.store.create_enroll_code("till"), http=http)
        lead = leads.take_lead(db, phone="9876501234", name="Ravi",
                               interests=[{"sku": "SK-0002"}], consent=True,
                               notice_text=leads.consent_notice(), staff_id=stall.cashier.id)
        proxy.plan(*["drop_response"] * 8)   # the hub stores the lead; the laptop never hears
        with sync_client(db) as c, pytest.raises(client.HubUnreachable):
            c.push()
        assert hub.store.waiting_buyers()[0]["phone"] == lead.phone_e164
        leads.erase(db, lead.id, stall.manager.id)   # blanks the queued payload: a new hash
        with sync_client(db) as c:
            report = c.sync()
        assert report.rejected == 0 and client.status(db)["rejected"] == []
        assert hub.store.waiting_buyers() == []
        stored = [p for p in hub.store.payloads("lead") if p["id"] == lead.id]
        assert stored[0]["phone_e164"] is None and stored[0]["interests"] == []
    finally:
        db.close()


def test_a_delivered_preorder_syncs_once_to_the_ledger_and_export(hub, tmp_path):
    stall = make_stall(tmp_path / "till", open_day=False)
    db = stall.db
    cashier, manager = stall.cashier.id, stall.manager.id
    yesterday = ist_today() - timedelta(days=1)
    try:
        with store.write(db):
            catalogue.upsert_product(db, {"sku": "MB-0001", "artisan_id": "ART-1"})
        with client.http_client(5) as http:
            client.enroll(db, hub.url, hub.store.create_enroll_code("till"), http=http)
        days.open_day(db, staff_id=manager, float_paise=0, business_date=yesterday)
        order = preorders.take_preorder(
            db, phone="9876509999", buyer_name="Kiran", address="12 Boring Road, Patna",
            pin_code="800001", promised_date=ist_today() + timedelta(days=3),
            items=[{"sku": "MB-0001", "qty": 2, "unit_price_paise": 120000},
                   {"description": "Madhubani wall panel 4x6 ft", "qty": 1,
                    "unit_price_paise": 1200000}],
            advance=[Payment("cash", 500000, 500000)], staff_id=cashier,
            now=datetime.combine(yesterday, datetime.min.time(), tzinfo=IST)
            + timedelta(hours=12))
        close_day(db, current_day(db).id, counted={"coins": 500000}, staff_id=cashier,
                  approved_by=manager)
        with sync_client(db) as c:   # the advance reaches the hub a day before delivery
            assert c.sync().rejected == 0
        days.open_day(db, staff_id=manager, float_paise=0)
        sale = preorders.deliver_preorder(
            db, order.id, payments=[Payment("cash", 1440000 - 500000)], staff_id=cashier)
        with sync_client(db) as c:
            assert c.sync().rejected == 0
        assert client.status(db)["rejected"] == []
        totals = {t["artisan_id"]: t for t in hub.store.artisan_totals(yesterday, ist_today())}
        assert (totals["ART-1"]["pieces_sold"], totals["ART-1"]["sold_paise"]) == (2, 240000)
        assert totals[""]["sold_paise"] == 1200000   # the panel, once; no advance line
        assert sum(t["sold_paise"] for t in totals.values()) == sale.total_paise
        assert not [b for b in hub.store.waiting_buyers() if b["kind"] == "preorder"]
        stall_csv, hub_csv = tmp_path / "stall.csv", tmp_path / "hub.csv"
        export_sales(db, yesterday, ist_today(), stall_csv)
        assert cli.main(["--db", str(hub.db_path), "export", "sales", "--from",
                         yesterday.isoformat(), "--to", ist_today().isoformat(), "--out",
                         str(hub_csv), "--device", "M01"]) == 0
        assert hub_csv.read_bytes() == stall_csv.read_bytes()
        text = stall_csv.read_text(encoding="utf-8-sig")
        assert text.count("advance+cash") == 2 and sale.invoice_no in text
    finally:
        db.close()


def test_a_cancelled_preorder_stops_waiting_at_the_hub(hub, tmp_path):
    """The cancel travels as its audit entry; the office no longer sees a waiting buyer,
    and the advance given back cancels no sale (there was none)."""
    stall = make_stall(tmp_path / "till")
    db = stall.db
    try:
        with store.write(db):
            catalogue.upsert_product(db, {"sku": "MB-0001", "artisan_id": "ART-1"})
        with client.http_client(5) as http:
            client.enroll(db, hub.url, hub.store.create_enroll_code("till"), http=http)
        preorders.take_preorder(
            db, phone="9876507777", buyer_name="Asha", address="4 Fraser Road, Patna",
            pin_code="800001", promised_date=ist_today() + timedelta(days=5),
            items=[{"sku": "MB-0001", "qty": 1, "unit_price_paise": 120000}],
            advance=[], staff_id=stall.cashier.id)
        dropped = preorders.take_preorder(
            db, phone="9876508888", buyer_name="Kiran", address="12 Boring Road, Patna",
            pin_code="800001", promised_date=ist_today() + timedelta(days=3),
            items=[{"sku": "MB-0001", "qty": 2, "unit_price_paise": 120000}],
            advance=[Payment("cash", 50000, 50000)], staff_id=stall.cashier.id)
        with sync_client(db) as c:
            assert c.sync().rejected == 0
        waiting = {b["phone"] for b in hub.store.waiting_buyers() if b["kind"] == "preorder"}
        assert waiting == {"+919876507777", "+919876508888"}
        given_back = preorders.cancel_preorder(
            db, dropped.preorder_no, reason="buyer changed plans", staff_id=stall.cashier.id,
            approved_by=stall.manager.id)
        assert given_back is not None and given_back.amount_paise == 50000
        with sync_client(db) as c:
            assert c.sync().rejected == 0
        waiting = {b["phone"] for b in hub.store.waiting_buyers() if b["kind"] == "preorder"}
        assert waiting == {"+919876507777"}, "the cancelled pre-order left, the other stays"
        assert all(t["sold_paise"] == 0 for t in hub.store.artisan_totals(
            ist_today() - timedelta(days=1), ist_today()))
    finally:
        db.close()
