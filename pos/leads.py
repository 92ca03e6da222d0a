"""Leads: a buyer who wants something the stall cannot sell today, and may be called back.

The buyer's mobile (``pos.phone``), optional name and district, what they want (catalogue
SKUs or free text), a note, and their answer to the consent notice the stall reads out:
yes or no, when, and the exact words shown. A lead syncs to the hub as a ``lead`` record;
the office follows it up and the stall marks its status.

On the buyer's request a lead is erased: its personal data is blanked here and a
``lead_erasure`` record tells the hub to do the same. Audit entries about leads carry no
personal data, because the journal is append-only and could not be erased.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pos import audit, records, store
from pos.errors import InputError, NotFound
from pos.ids import utc_now, uuid7
from pos.phone import normalise_mobile
from pos.store import Database

STATUSES = ("new", "contacted", "converted", "closed")
RETENTION_MONTHS = 12
INSTITUTE_NAME_EN = "Upendra Maharathi Shilp Anusandhan Sansthan"
INSTITUTE_NAME_HI = "उपेन्द्र महारथी शिल्प अनुसंधान संस्थान"
MAX_INTERESTS = 20
MAX_TEXT = {"name": 80, "district": 60, "note": 500, "interest": 200, "notice": 2000}

_NOTICE_EN = (
    "{seller} may call or WhatsApp you on this number about the products you asked for. "
    "We keep your number and these details for {months} months. You can ask us to erase "
    "them at any time, at this stall or by calling the institute."
)
_NOTICE_HI = (
    "{seller} आपके पूछे गए उत्पादों के बारे में इस नंबर पर आपको कॉल या व्हाट्सऐप कर "
    "सकता है। हम आपका नंबर और यह जानकारी {months} महीने तक रखेंगे। आप कभी भी इन्हें "
    "मिटाने के लिए कह सकते हैं — इसी स्टॉल पर या संस्थान को फ़ोन करके।"
)
CONSENT_NOTICE_EN = _NOTICE_EN.format(seller=INSTITUTE_NAME_EN, months=RETENTION_MONTHS)
CONSENT_NOTICE_HI = _NOTICE_HI.format(seller=INSTITUTE_NAME_HI, months=RETENTION_MONTHS)


def consent_notice(language: str = "en", *, seller_name: str | None = None) -> str:
    """The notice the stall reads out, in ``en`` or ``hi``, naming the seller."""
    if language == "hi":
        return _NOTICE_HI.format(seller=seller_name or INSTITUTE_NAME_HI,
                                 months=RETENTION_MONTHS)
    return _NOTICE_EN.format(seller=seller_name or INSTITUTE_NAME_EN, months=RETENTION_MONTHS)


@dataclass(frozen=True)
class Lead:
    """One buyer's request to be contacted (blank personal fields once erased)."""

    id: str
    created_at: str
    staff_id: str | None
    phone_e164: str | None
    name: str | None
    district: str | None
    interests: list[dict[str, str]] = field(default_factory=list)
    note: str | None = None
    consent: bool = False
    consent_at: str | None = None
    consent_text: str | None = None
    status: str = "new"
    updated_at: str = ""
    erased_at: str | None = None

    @property
    def erased(self) -> bool:
        """True once the buyer's data has been erased on request."""
        return self.erased_at is not None


_COLUMNS = (
    "id, created_at, staff_id, phone_e164, name, district, interests, note, consent, "
    "consent_at, consent_text, status, updated_at, erased_at"
)


def _row_to_lead(row: tuple[Any, ...]) -> Lead:
    values = list(row)
    values[6] = json.loads(values[6] or "[]")
    values[8] = bool(values[8])
    return Lead(*values)


def _optional_text(value: str | None, what: str, key: str) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split()) if key != "note" else str(value).strip()
    if not text:
        return None
    if len(text) > MAX_TEXT[key]:
        raise InputError(f"The {what} can be at most {MAX_TEXT[key]} characters.")
    return text


def _clean_interests(db: Database, interests: list[dict[str, Any]] | None) -> list[dict[str, str]]:
    items = list(interests or [])
    if not items:
        raise InputError("Add at least one product the buyer is interested in.")
    if len(items) > MAX_INTERESTS:
        raise InputError(f"A lead can list at most {MAX_INTERESTS} products.")
    clean: list[dict[str, str]] = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise InputError(f"Product of interest {number} is not understood.")
        sku = _optional_text(item.get("sku"), "SKU", "interest")
        text = _optional_text(item.get("text"), "product description", "interest")
        if sku:
            row = db.execute(
                "SELECT sku, name_en FROM products WHERE sku = ? COLLATE NOCASE", [sku]
            ).fetchone()
            if row is None:
                raise NotFound(
                    f"SKU '{sku}' is not in the catalogue; describe the product in words instead."
                )
            sku, text = row[0], text or row[1]
        if not text:
            raise InputError(
                f"Describe product of interest {number} or pick it from the catalogue."
            )
        clean.append({"sku": sku, "text": text} if sku else {"text": text})
    return clean


def _require_staff(db: Database, staff_id: str) -> None:
    if not db.execute("SELECT 1 FROM staff WHERE id = ?", [staff_id]).fetchone():
        raise NotFound("Sign in before taking a lead.")


def take_lead(
    db: Database,
    *,
    phone: str,
    name: str | None = None,
    district: str | None = None,
    interests: list[dict[str, Any]],
    note: str | None = None,
    consent: bool,
    notice_text: str,
    staff_id: str,
) -> Lead:
    """Record a lead and queue it for the hub (one transaction, audited).

    Args:
        interests: ``[{"sku": "MB-0001"}, {"text": "Sikki basket, large"}]``; a known SKU's
            text defaults to the product's English name.
        consent: the buyer's answer to ``notice_text``; the time is recorded when yes.
        notice_text: the notice as shown or read out (``consent_notice(...)``); stored with
            its whitespace collapsed to single spaces (the app's tests rely on this form).

    Raises:
        InputError: bad phone, no interests, unknown SKU, over-long text, or no notice.
    """
    phone_e164 = normalise_mobile(phone)
    clean_name = _optional_text(name, "name", "name")
    clean_district = _optional_text(district, "district", "district")
    clean_note = _optional_text(note, "note", "note")
    if not isinstance(consent, bool):
        raise InputError("Record the buyer's consent as yes or no.")
    notice = _optional_text(notice_text, "consent notice", "notice")
    if not notice:
        raise InputError("Show the buyer the consent notice before taking the lead.")
    clean_interests = _clean_interests(db, interests)
    _require_staff(db, staff_id)
    lead_id = uuid7()
    now = utc_now()
    with store.write(db):
        dev = records.device(db)
        seq = records.next_device_seq(db)
        row = {
            "id": lead_id, "device_id": dev.device_id, "device_seq": seq, "created_at": now,
            "staff_id": staff_id, "phone_e164": phone_e164, "name": clean_name,
            "district": clean_district, "interests": clean_interests, "note": clean_note,
            "consent": consent, "consent_at": now if consent else None,
            "consent_text": notice, "status": "new",
        }
        db.execute(
            "INSERT INTO leads(id, device_id, device_seq, created_at, staff_id, phone_e164, "
            "name, district, interests, note, consent, consent_at, consent_text, status, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [lead_id, dev.device_id, seq, now, staff_id, phone_e164, clean_name,
             clean_district, records.canonical_json(clean_interests), clean_note,
             int(consent), row["consent_at"], notice, "new", now],
        )
        records.enqueue(db, kind="lead", record_id=lead_id, device_seq=seq, payload=row)
        audit.append(db, "lead_taken", staff_id=staff_id, subject_kind="lead",
                     subject_id=lead_id, bundle=lead_id,
                     details={"consent": consent, "interests": len(clean_interests)})
    return get_lead(db, lead_id)


def get_lead(db: Database, lead_id: str) -> Lead:
    """One lead.

    Raises:
        NotFound: no such lead on this laptop.
    """
    row = db.execute(f"SELECT {_COLUMNS} FROM leads WHERE id = ?", [lead_id]).fetchone()
    if row is None:
        raise NotFound("That lead does not exist on this laptop.")
    return _row_to_lead(row)


def set_status(db: Database, lead_id: str, status: str, staff_id: str) -> Lead:
    """Mark a lead new, contacted, converted or closed (audited; not itself synced)."""
    if status not in STATUSES:
        raise InputError(f"Lead status must be one of {', '.join(STATUSES)}, not '{status}'.")
    lead = get_lead(db, lead_id)
    if lead.erased:
        raise InputError("This lead was erased at the buyer's request; it cannot be changed.")
    _require_staff(db, staff_id)
    if lead.status == status:
        return lead
    with store.write(db):
        db.execute("UPDATE leads SET status = ?, updated_at = ? WHERE id = ?",
                   [status, utc_now(), lead_id])
        audit.append(db, "lead_status", staff_id=staff_id, subject_kind="lead",
                     subject_id=lead_id, details={"from": lead.status, "to": status})
    return get_lead(db, lead_id)


def erase(db: Database, lead_id: str, staff_id: str) -> Lead:
    """Erase a buyer's personal data on request, here and (through the outbox) at the hub.

    Raises:
        NotFound: no such lead.
        InputError: already erased.
    """
    lead = get_lead(db, lead_id)
    if lead.erased:
        raise InputError("This lead was already erased.")
    _require_staff(db, staff_id)
    with store.write(db):
        _erase(db, lead_id, staff_id, "buyer_request")
    return get_lead(db, lead_id)


def erase_expired(db: Database, *, staff_id: str | None = None,
                  now: datetime | None = None) -> int:
    """Erase every lead older than ``RETENTION_MONTHS``, as the consent notice promises.

    Meant to run at start-up or day close; returns how many leads were erased.
    """
    cutoff = _months_before(now or datetime.now(UTC), RETENTION_MONTHS)
    ids = [r[0] for r in db.execute(
        "SELECT id FROM leads WHERE erased_at IS NULL AND created_at < ?",
        [cutoff.isoformat(timespec="microseconds")])]
    if ids:
        with store.write(db):
            for lead_id in ids:
                _erase(db, lead_id, staff_id, "retention_expired")
    return len(ids)


def _months_before(when: datetime, months: int) -> datetime:
    year, month = divmod(when.year * 12 + when.month - 1 - months, 12)
    day = min(when.day, calendar.monthrange(year, month + 1)[1])
    return when.replace(year=year, month=month + 1, day=day)


def _erase(db: Database, lead_id: str, staff_id: str | None, reason: str) -> None:
    """Blank one lead and queue its ``lead_erasure``; inside the caller's transaction."""
    now = utc_now()
    erasure_id = uuid7()
    db.execute(
        "UPDATE leads SET phone_e164 = NULL, name = NULL, district = NULL, note = NULL, "
        "interests = '[]', erased_at = ?, updated_at = ? WHERE id = ? AND erased_at IS NULL",
        [now, now, lead_id],
    )
    _scrub_outbox(db, lead_id)
    dev = records.device(db)
    seq = records.next_device_seq(db)
    records.enqueue(
        db, kind="lead_erasure", record_id=erasure_id, device_seq=seq,
        payload={"id": erasure_id, "device_id": dev.device_id, "device_seq": seq,
                 "lead_id": lead_id, "erased_at": now, "staff_id": staff_id},
    )
    audit.append(db, "lead_erased", staff_id=staff_id, subject_kind="lead",
                 subject_id=lead_id, bundle=erasure_id,
                 details={"erasure_id": erasure_id, "reason": reason})


def _scrub_outbox(db: Database, lead_id: str) -> None:
    """Blank the personal fields of the lead's own outbox payload (schema step 0005 allows
    this for erased leads only). Not yet sent: the hub receives a blank lead. Already sent:
    the laptop's copy is blanked here and the hub's by the ``lead_erasure`` record."""
    row = db.execute("SELECT payload FROM outbox WHERE record_id = ? AND kind = 'lead'",
                     [lead_id]).fetchone()
    if row is None:
        return
    payload = json.loads(row[0])
    payload.update(phone_e164=None, name=None, district=None, note=None, interests=[])
    text = records.canonical_json(payload)
    db.execute(
        "UPDATE outbox SET payload = ?, payload_hash = ? WHERE record_id = ? AND kind = 'lead'",
        [text, records.payload_hash(text), lead_id],
    )


def find_leads(
    db: Database, text: str | None = None, status: str | None = None, limit: int = 200
) -> list[Lead]:
    """Leads newest first, optionally matching text (phone digits, name, district, note,
    products) and a status. Erased leads only appear when no text is given."""
    where: list[str] = []
    params: list[Any] = []
    if status is not None:
        if status not in STATUSES:
            raise InputError(f"Lead status must be one of {', '.join(STATUSES)}.")
        where.append("status = ?")
        params.append(status)
    query = (text or "").strip()
    if query:
        digits = re.sub(r"\D", "", query)
        like = f"%{_escape_like(query)}%"
        clauses = ["name LIKE ? ESCAPE '\\'", "district LIKE ? ESCAPE '\\'",
                   "note LIKE ? ESCAPE '\\'", "interests LIKE ? ESCAPE '\\'"]
        params.extend([like] * 4)
        # Phones are typed with spaces, +91 or a 0 prefix; compare the subscriber digits.
        if len(digits) >= 3 and len(digits) >= len(query.replace(" ", "")) - 3:
            digits = digits[-10:] if len(digits) > 10 else digits.lstrip("0")
            clauses.append("phone_e164 LIKE ?")
            params.append(f"%{digits}%")
        where.append("(" + " OR ".join(clauses) + ")")
    sql = f"SELECT {_COLUMNS} FROM leads"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY created_at DESC, id DESC LIMIT ?"
    params.append(max(1, int(limit)))
    return [_row_to_lead(r) for r in db.execute(sql, params)]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
