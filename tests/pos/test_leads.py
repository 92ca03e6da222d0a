"""Leads: consent with time and text, the lead and erasure records, search and status."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from pos import audit, leads
from pos.errors import InputError, NotFound
from pos.store import Database
from tests.helpers.people import add_cashier, fast_pins
from tests.helpers.snapshot import row_counts

__all__ = ["fast_pins"]
pytestmark = pytest.mark.usefixtures("fast_pins")


@pytest.fixture
def cashier_id(db: Database) -> str:
    db.execute(
        "INSERT INTO products(sku, name_en, name_hi, hsn, gst_rate, mrp_paise) "
        "VALUES ('MB-0001', 'Madhubani painting, fish pair', 'मधुबनी चित्र, मछली जोड़ा', "
        "'9701', 5, 250000)"
    )
    return add_cashier(db).id


def _take(db: Database, who: str, **kw: object) -> leads.Lead:
    args: dict[str, object] = {
        "phone": "098765 43210", "name": "Anita Sinha", "district": "Darbhanga",
        "interests": [{"sku": "mb-0001"}, {"text": "Sikki basket, large"}],
        "note": "wants delivery before Chhath", "consent": True,
        "notice_text": leads.CONSENT_NOTICE_HI, "staff_id": who,
    }
    args.update(kw)
    return leads.take_lead(db, **args)  # type: ignore[arg-type]


def _outbox(db: Database, kind: str) -> list[dict[str, object]]:
    return [json.loads(r[0]) for r in db.execute(
        "SELECT payload FROM outbox WHERE kind = ? ORDER BY seq", [kind])]


def test_lead_with_consent_records_time_and_text(db: Database, cashier_id: str) -> None:
    lead = _take(db, cashier_id)
    assert lead.phone_e164 == "+919876543210"
    assert lead.consent is True
    assert lead.consent_text == leads.CONSENT_NOTICE_HI
    assert lead.consent_at is not None
    assert datetime.fromisoformat(lead.consent_at).utcoffset().total_seconds() == 0  # type: ignore[union-attr]
    assert lead.interests == [
        {"sku": "MB-0001", "text": "Madhubani painting, fish pair"},
        {"text": "Sikki basket, large"},
    ]
    assert lead.status == "new"
    (payload,) = _outbox(db, "lead")
    assert payload["id"] == lead.id
    assert payload["phone_e164"] == "+919876543210"
    assert payload["consent"] is True and payload["consent_at"] == lead.consent_at
    assert payload["consent_text"] == leads.CONSENT_NOTICE_HI
    assert {"device_id", "device_seq", "created_at", "staff_id", "status"} <= set(payload)
    entry = db.execute("SELECT action, subject_id, details FROM audit "
                       "ORDER BY chain_no DESC LIMIT 1").fetchone()
    assert entry[:2] == ("lead_taken", lead.id)
    assert "9876543210" not in entry[2]  # no personal data in the append-only journal


def test_lead_without_consent_has_no_consent_time(db: Database, cashier_id: str) -> None:
    lead = _take(db, cashier_id, consent=False)
    assert lead.consent is False
    assert lead.consent_at is None
    assert lead.consent_text == leads.CONSENT_NOTICE_HI


def test_notices_name_the_institute_and_retention() -> None:
    assert "12 months" in leads.CONSENT_NOTICE_EN
    assert "erase" in leads.CONSENT_NOTICE_EN
    assert "12 महीने" in leads.CONSENT_NOTICE_HI
    assert "Bihar Crafts" in leads.consent_notice("en", seller_name="Bihar Crafts")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"phone": "0612 2234567"}, "landline"),
        ({"phone": "12345"}, "not a valid Indian mobile"),
        ({"phone": "call me"}, "not a phone number"),
        ({"interests": []}, "at least one product"),
        ({"interests": [{"text": "  "}]}, "Describe product"),
        ({"interests": [{"sku": "NOPE-1"}]}, "not in the catalogue"),
        ({"interests": ["basket"]}, "not understood"),
        ({"notice_text": ""}, "consent notice"),
        ({"consent": "yes"}, "yes or no"),
        ({"name": "x" * 81}, "at most 80"),
        ({"note": "x" * 501}, "at most 500"),
        ({"staff_id": "nobody"}, "Sign in"),
    ],
)
def test_bad_lead_changes_nothing(
    db: Database, cashier_id: str, change: dict[str, object], message: str
) -> None:
    before = row_counts(db)
    with pytest.raises(InputError, match=message):
        _take(db, cashier_id, **change)
    assert row_counts(db) == before


def test_erasure_blanks_data_and_queues_a_record(db: Database, cashier_id: str) -> None:
    lead = _take(db, cashier_id)
    erased = leads.erase(db, lead.id, cashier_id)
    assert erased.erased
    assert (erased.phone_e164, erased.name, erased.district, erased.note) == (None,) * 4
    assert erased.interests == []
    row = db.execute("SELECT phone_e164, name, district, note, interests FROM leads "
                     "WHERE id = ?", [lead.id]).fetchone()
    assert row == (None, None, None, None, "[]")
    (payload,) = _outbox(db, "lead_erasure")
    assert payload["lead_id"] == lead.id
    assert payload["id"] != lead.id
    assert payload["erased_at"] == erased.erased_at
    assert payload["staff_id"] == cashier_id
    assert "lead_erased" in [r[0] for r in db.execute("SELECT action FROM audit")]
    assert audit.verify(db) == []
    before = row_counts(db)
    with pytest.raises(InputError, match="already erased"):
        leads.erase(db, lead.id, cashier_id)
    with pytest.raises(InputError, match="erased"):
        leads.set_status(db, lead.id, "contacted", cashier_id)
    assert row_counts(db) == before


def test_status_changes_are_audited(db: Database, cashier_id: str) -> None:
    lead = _take(db, cashier_id)
    assert leads.set_status(db, lead.id, "contacted", cashier_id).status == "contacted"
    entry = db.execute("SELECT action, details FROM audit ORDER BY chain_no DESC LIMIT 1"
                       ).fetchone()
    assert entry[0] == "lead_status"
    assert json.loads(entry[1]) == {"from": "new", "to": "contacted"}
    with pytest.raises(InputError, match="must be one of"):
        leads.set_status(db, lead.id, "won", cashier_id)
    with pytest.raises(NotFound):
        leads.set_status(db, "no-such-lead", "closed", cashier_id)


def test_find_by_phone_name_product_and_status(db: Database, cashier_id: str) -> None:
    first = _take(db, cashier_id)
    second = _take(db, cashier_id, phone="+91 70045 12345", name="Ravi Ranjan",
                   district="Bhagalpur", interests=[{"text": "तसर सिल्क साड़ी"}], note=None)
    leads.set_status(db, second.id, "converted", cashier_id)
    assert [x.id for x in leads.find_leads(db)] == [second.id, first.id]
    assert [x.id for x in leads.find_leads(db, "98765 43210")] == [first.id]
    assert [x.id for x in leads.find_leads(db, "0700 4512")] == [second.id]
    assert [x.id for x in leads.find_leads(db, "ravi")] == [second.id]
    assert [x.id for x in leads.find_leads(db, "सिल्क")] == [second.id]
    assert [x.id for x in leads.find_leads(db, "fish")] == [first.id]
    assert [x.id for x in leads.find_leads(db, status="converted")] == [second.id]
    assert leads.find_leads(db, "100%") == []
    assert len(leads.find_leads(db, limit=1)) == 1
    leads.erase(db, first.id, cashier_id)
    assert leads.find_leads(db, "Anita") == []


def test_leads_past_retention_are_erased(db: Database, cashier_id: str) -> None:
    old = _take(db, cashier_id)
    fresh = _take(db, cashier_id, phone="70045 12345")
    created = datetime.fromisoformat(old.created_at)
    assert leads.erase_expired(db, now=created.replace(year=created.year + 1)) == 0
    # Make the first lead 13 months old (SQL: leads rows are not immutable).
    db.execute("UPDATE leads SET created_at = ? WHERE id = ?",
               [created.replace(year=created.year - 1, month=1).isoformat(), old.id])
    assert leads.erase_expired(db) == 1
    assert leads.get_lead(db, old.id).erased
    assert not leads.get_lead(db, fresh.id).erased
    (reason,) = db.execute("SELECT details FROM audit WHERE action = 'lead_erased'").fetchone()
    assert json.loads(reason)["reason"] == "retention_expired"
    assert leads.erase_expired(db) == 0


def test_months_before_handles_month_ends() -> None:
    from datetime import UTC

    when = datetime(2027, 3, 31, 12, tzinfo=UTC)
    assert leads._months_before(when, 12) == datetime(2026, 3, 31, 12, tzinfo=UTC)
    assert leads._months_before(when, 1) == datetime(2027, 2, 28, 12, tzinfo=UTC)


@pytest.mark.parametrize("state", ["pending", "sent"])
def test_erasure_leaves_no_number_in_the_outbox(
    db: Database, cashier_id: str, state: str
) -> None:
    from pos import records

    lead = _take(db, cashier_id)
    if state == "sent":
        db.execute("UPDATE outbox SET state = 'sent' WHERE record_id = ?", [lead.id])
    leads.erase(db, lead.id, cashier_id)
    payload_text, digest, row_state = db.execute(
        "SELECT payload, payload_hash, state FROM outbox WHERE record_id = ?", [lead.id]
    ).fetchone()
    assert row_state == state
    for secret in ("9876543210", "Anita", "Darbhanga", "Chhath", "Sikki"):
        assert secret not in payload_text
    assert digest == records.payload_hash(payload_text)
    payload = json.loads(payload_text)
    assert payload["id"] == lead.id and payload["consent"] is True
    (dump,) = db.execute("SELECT group_concat(payload) FROM outbox").fetchone()
    assert "9876543210" not in dump


def test_other_payloads_stay_frozen(db: Database, cashier_id: str) -> None:
    import sqlite3

    lead = _take(db, cashier_id)
    with pytest.raises(sqlite3.IntegrityError, match="never rewritten"):
        db.execute("UPDATE outbox SET payload = '{}' WHERE record_id = ?", [lead.id])
    with pytest.raises(sqlite3.IntegrityError, match="never rewritten"):
        db.execute("UPDATE outbox SET payload = '{}' WHERE kind = 'audit'")
