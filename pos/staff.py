"""Stall staff: PIN sign-in, lock-out, manager approvals and the first-run manager.

A PIN is only 4 to 6 digits, so what protects it if the laptop is stolen is cost: each PIN
is hashed with its own random salt by scrypt, tuned to take tens of milliseconds, and the
parameters are stored beside the hash so they can be raised later (an old hash is re-made
with the new cost at its next successful sign-in). Five wrong PINs in a row lock that
person for five minutes; the count lives in the database so restarting the app does not
reset it.

Staff rows stay on the laptop (they are not synced), but every sign-in, failure, lock,
PIN change and staff change goes into the audit journal, which is.

A manager's approval (refund, void, big discount, price override, stock adjustment, day
close) is ``approve``: it checks the manager's PIN and returns the manager; the caller
writes its own audit entry naming both the cashier and the approving manager.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, NoReturn

from pos import audit, store
from pos.errors import InputError, NotFound, PermissionDenied
from pos.ids import IST, parse_utc, utc_now, uuid7
from pos.store import Database

ROLES = ("cashier", "manager")
MAX_FAILED_TRIES = 5
LOCK_MINUTES = 5
DEFAULT_MANAGER_NAME = "Manager"
DEFAULT_MANAGER_PIN = "1234"
MAX_NAME_LENGTH = 60

# scrypt with n=2**15, r=8 takes ~75 ms and 32 MiB on a fair laptop: slow enough to make
# guessing a million PINs from a stolen file cost a day, quick enough for the till.
# Tests lower ``n`` by patching this constant; stored hashes keep their own parameters.
PIN_HASH_PARAMS: dict[str, Any] = {"alg": "scrypt", "n": 2**15, "r": 8, "p": 1, "dklen": 32}
_SCRYPT_MAXMEM = 256 * 1024 * 1024

# Staff at a Hindi keyboard may type Devanagari digits; the PIN is the same number.
_DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
_PIN_RE = re.compile(r"^[0-9]{4,6}$")


class WrongPin(InputError):
    """The PIN does not match; the failed try was counted."""


class StaffLocked(PermissionDenied):
    """Too many wrong PINs: this person cannot sign in until the lock ends."""


@dataclass(frozen=True)
class Staff:
    """A person who works the stall."""

    id: str
    name: str
    role: str
    must_change_pin: bool
    active: bool = True

    @property
    def is_manager(self) -> bool:
        """Managers approve refunds, voids, big discounts and day close."""
        return self.role == "manager"


_COLUMNS = "id, name, role, must_change_pin, active"


def _row_to_staff(row: tuple[Any, ...]) -> Staff:
    return Staff(row[0], row[1], row[2], bool(row[3]), bool(row[4]))


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(UTC)


def _clean_pin(pin: str, what: str = "PIN") -> str:
    text = str(pin or "").strip().translate(_DEVANAGARI_DIGITS)
    if not _PIN_RE.match(text):
        raise InputError(f"The {what} must be 4 to 6 digits.")
    return text


def _clean_name(name: str) -> str:
    text = " ".join(str(name or "").split())
    if not text:
        raise InputError("Enter the staff member's name.")
    if len(text) > MAX_NAME_LENGTH:
        raise InputError(f"A staff name can be at most {MAX_NAME_LENGTH} characters.")
    return text


def hash_pin(pin: str, *, salt: bytes | None = None,
             params: dict[str, Any] | None = None) -> tuple[str, str, str]:
    """Hash a PIN with a fresh salt. Returns (hash hex, salt hex, params JSON)."""
    params = dict(params or PIN_HASH_PARAMS)
    salt = salt if salt is not None else os.urandom(16)
    digest = _derive(pin, salt, params)
    return digest.hex(), salt.hex(), json.dumps(params, sort_keys=True)


def _derive(pin: str, salt: bytes, params: dict[str, Any]) -> bytes:
    if params.get("alg") != "scrypt":
        raise ValueError(f"unknown PIN hash algorithm {params.get('alg')!r}")
    return hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=int(params["n"]), r=int(params["r"]),
        p=int(params["p"]), dklen=int(params["dklen"]), maxmem=_SCRYPT_MAXMEM,
    )


def _pin_matches(pin: str, pin_hash: str, pin_salt: str, pin_params: str) -> bool:
    digest = _derive(pin, bytes.fromhex(pin_salt), json.loads(pin_params))
    return hmac.compare_digest(digest.hex(), pin_hash)


def get_staff(db: Database, staff_id: str) -> Staff:
    """One staff member, active or not.

    Raises:
        NotFound: no such staff member.
    """
    row = db.execute(f"SELECT {_COLUMNS} FROM staff WHERE id = ?", [staff_id]).fetchone()
    if row is None:
        raise NotFound("That staff member does not exist on this laptop.")
    return _row_to_staff(row)


def active_member(db: Database, staff_id: str | None,
                  what: str = "person signed in") -> Staff:
    """The active staff member acting now (the cashier of a sale, whoever opens the day).

    Raises:
        NotFound: no such person, or they have been deactivated.
    """
    row = db.execute(f"SELECT {_COLUMNS} FROM staff WHERE id = ?", [staff_id]).fetchone()
    if row is None or not row[4]:
        raise NotFound(f"Sign in first: the {what} is not an active staff member on this "
                       "laptop.")
    return _row_to_staff(row)


def require_manager(db: Database, staff_id: str | None, what: str) -> Staff:
    """The active manager named as approving ``what`` ("A refund", "Voiding a bill").

    The one place the rule "only an active manager approves" lives; ``approve`` adds the PIN
    check, and money actions call this on the id that ``approve`` returned.

    Raises:
        PermissionDenied: no approver given, an unknown or inactive person, or a cashier.
    """
    if not staff_id:
        raise PermissionDenied(f"{what} needs a manager's PIN.")
    row = db.execute(f"SELECT {_COLUMNS} FROM staff WHERE id = ?", [staff_id]).fetchone()
    if row is None or not row[4]:
        raise PermissionDenied(f"{what} needs a manager's PIN; that person is not an active "
                               "manager on this laptop.")
    person = _row_to_staff(row)
    if not person.is_manager:
        raise PermissionDenied(f"{person.name} is a cashier, not a manager; {what[:1].lower()}"
                               f"{what[1:]} needs a manager's PIN.")
    return person


def list_staff(db: Database, active_only: bool = True) -> list[Staff]:
    """Staff for the sign-in list: managers first, then by name."""
    where = "WHERE active = 1" if active_only else ""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM staff {where} "
        "ORDER BY role = 'manager' DESC, name COLLATE NOCASE, id"
    ).fetchall()
    return [_row_to_staff(r) for r in rows]


def create_staff(
    db: Database, name: str, role: str, pin: str, *, created_by: str | None = None,
    must_change_pin: bool = False,
) -> Staff:
    """Add a cashier or manager with their PIN.

    Args:
        created_by: the manager adding them (recorded in the audit journal).
        must_change_pin: make them choose their own PIN at first sign-in.

    Raises:
        InputError: empty or over-long name, unknown role, a PIN that is not 4-6 digits,
            or an active staff member with the same name already exists.
    """
    clean_name = _clean_name(name)
    if role not in ROLES:
        raise InputError(f"Role must be cashier or manager, not '{role}'.")
    clean_pin = _clean_pin(pin)
    pin_hash, salt, params = hash_pin(clean_pin)
    staff_id = uuid7()
    with store.write(db):
        clash = db.execute(
            "SELECT 1 FROM staff WHERE active = 1 AND name = ? COLLATE NOCASE", [clean_name]
        ).fetchone()
        if clash:
            raise InputError(
                f"A staff member called '{clean_name}' already exists; use another name "
                "(add an initial) so the sign-in list stays clear."
            )
        db.execute(
            "INSERT INTO staff(id, name, role, pin_hash, pin_salt, pin_params, "
            "must_change_pin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [staff_id, clean_name, role, pin_hash, salt, params, int(must_change_pin),
             utc_now()],
        )
        audit.append(
            db, "staff_created", staff_id=created_by, subject_kind="staff",
            subject_id=staff_id, details={"name": clean_name, "role": role},
        )
    return get_staff(db, staff_id)


def ensure_default_manager(db: Database) -> Staff | None:
    """On first run (no staff at all) create "Manager" with PIN 1234, to be changed at once.

    Returns:
        The new manager, or None when the laptop already has staff.
    """
    with store.write(db):
        if db.execute("SELECT 1 FROM staff LIMIT 1").fetchone():
            return None
        staff = create_staff(
            db, DEFAULT_MANAGER_NAME, "manager", DEFAULT_MANAGER_PIN, must_change_pin=True
        )
    return staff


def _lock_message(name: str, until: datetime, now: datetime) -> str:
    minutes = max(1, -(-int((until - now).total_seconds()) // 60))
    at = until.astimezone(IST).strftime("%H:%M")
    unit = "minute" if minutes == 1 else "minutes"
    return (
        f"{name} is locked after {MAX_FAILED_TRIES} wrong PINs; try again in "
        f"{minutes} {unit} (at {at})."
    )


def _check_pin(db: Database, staff_id: str, pin: str, now: datetime,
               failure_action: str, details: dict[str, Any],
               on_success: Callable[[Staff], None] | None = None) -> Staff:
    """Verify a PIN with lock-out. Failures are committed before the error is raised; on
    success the counters are reset and ``on_success`` writes in the same transaction."""
    row = db.execute(
        f"SELECT {_COLUMNS}, pin_hash, pin_salt, pin_params, locked_until "
        "FROM staff WHERE id = ?", [staff_id],
    ).fetchone()
    if row is None:
        raise NotFound("That staff member does not exist on this laptop.")
    person = _row_to_staff(row[:5])
    pin_hash, salt, params, locked_until = row[5:]
    if not person.active:
        raise PermissionDenied(f"{person.name} is no longer active on this laptop.")
    if locked_until and parse_utc(locked_until) > now:
        raise StaffLocked(_lock_message(person.name, parse_utc(locked_until), now))
    clean = _clean_pin(pin)
    # The slow hash runs outside the write lock so other tills are not held up.
    if _pin_matches(clean, pin_hash, salt, params):
        _record_success(db, person, clean, params, on_success)
        return person
    _record_failure(db, person, now, failure_action, details)


def _record_success(db: Database, person: Staff, pin: str, params: str,
                    on_success: Callable[[Staff], None] | None) -> None:
    # Raised (or lowered) cost: re-make the hash now that the PIN is known, before the
    # write lock is taken.
    rehash = hash_pin(pin) if params != json.dumps(PIN_HASH_PARAMS, sort_keys=True) else None
    with store.write(db):
        db.execute(
            "UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?",
            [person.id],
        )
        if rehash is not None:
            db.execute(
                "UPDATE staff SET pin_hash = ?, pin_salt = ?, pin_params = ? WHERE id = ?",
                [*rehash, person.id],
            )
        if on_success is not None:
            on_success(person)


def _record_failure(db: Database, person: Staff, now: datetime, action: str,
                    details: dict[str, Any]) -> NoReturn:
    with store.write(db):
        (tries,) = db.execute(
            "UPDATE staff SET failed_attempts = failed_attempts + 1 WHERE id = ? "
            "RETURNING failed_attempts", [person.id],
        ).fetchone()
        audit.append(db, action, staff_id=person.id, subject_kind="staff",
                     subject_id=person.id, details={**details, "name": person.name,
                                                    "attempt": tries})
        if tries >= MAX_FAILED_TRIES:
            until = now + timedelta(minutes=LOCK_MINUTES)
            db.execute(
                "UPDATE staff SET failed_attempts = 0, locked_until = ? WHERE id = ?",
                [until.isoformat(timespec="microseconds"), person.id],
            )
            audit.append(db, "locked", staff_id=person.id, subject_kind="staff",
                         subject_id=person.id,
                         details={"name": person.name, "until": until.isoformat()})
    if tries >= MAX_FAILED_TRIES:
        raise StaffLocked(
            f"Wrong PIN. {person.name} is now locked for {LOCK_MINUTES} minutes "
            f"(until {until.astimezone(IST).strftime('%H:%M')})."
        )
    left = MAX_FAILED_TRIES - tries
    raise WrongPin(
        f"Wrong PIN for {person.name}. {left} {'try' if left == 1 else 'tries'} left "
        f"before a {LOCK_MINUTES}-minute lock."
    )


def sign_in(db: Database, staff_id: str, pin: str, *, now: datetime | None = None) -> Staff:
    """Check a PIN and sign the person in (audited).

    A signed-in person with ``must_change_pin`` must choose a new PIN before selling; the
    app shows that screen at once.

    Raises:
        WrongPin: the PIN is wrong (the try is counted).
        StaffLocked: too many wrong PINs; the message says for how long.
        PermissionDenied: the person has been deactivated.
        NotFound: no such staff member.
    """
    def audit_sign_in(person: Staff) -> None:
        audit.append(db, "sign_in", staff_id=person.id, subject_kind="staff",
                     subject_id=person.id, details={"name": person.name, "role": person.role})

    return _check_pin(db, staff_id, pin, _now(now), "sign_in_failed", {}, audit_sign_in)


def approve(
    db: Database, manager_id: str, pin: str, *, action: str, for_staff: str,
    now: datetime | None = None,
) -> Staff:
    """A manager's PIN authorising one action for a (possibly different) staff member.

    The caller records the approval in its own audit entry (``approved_by`` = the returned
    manager's id, ``staff_id`` = ``for_staff``). A failed PIN is audited here as
    ``approval_failed`` and counts towards the manager's lock-out.

    Raises:
        PermissionDenied: the person is not a manager, is inactive, is locked out, or still
            has the default PIN.
        WrongPin: the PIN is wrong.
    """
    when = _now(now)
    require_manager(db, manager_id, f"Approving {action}")
    manager = _check_pin(db, manager_id, pin, when, "approval_failed",
                         {"action": action, "for_staff": for_staff})
    if manager.must_change_pin:
        raise PermissionDenied(
            f"{manager.name} must change the first-run PIN before approving anything."
        )
    return manager


def change_pin(db: Database, staff_id: str, old_pin: str, new_pin: str, *,
               now: datetime | None = None) -> Staff:
    """Replace a PIN (the old one must be right) and clear ``must_change_pin``.

    Raises:
        InputError: the new PIN is not 4-6 digits, equals the old one or the default PIN.
        WrongPin / StaffLocked: the old PIN is wrong / too many wrong tries.
    """
    clean_new = _clean_pin(new_pin, "new PIN")
    if clean_new == _clean_pin(old_pin):
        raise InputError("The new PIN must differ from the old one.")
    if clean_new == DEFAULT_MANAGER_PIN:
        raise InputError(f"{DEFAULT_MANAGER_PIN} is the first-run PIN; choose another.")
    new_hash = hash_pin(clean_new)

    def store_new_pin(person: Staff) -> None:
        db.execute(
            "UPDATE staff SET pin_hash = ?, pin_salt = ?, pin_params = ?, "
            "must_change_pin = 0 WHERE id = ?",
            [*new_hash, person.id],
        )
        audit.append(db, "pin_changed", staff_id=person.id, subject_kind="staff",
                     subject_id=person.id, details={"name": person.name})

    person = _check_pin(db, staff_id, old_pin, _now(now), "pin_change_failed", {},
                        store_new_pin)
    return get_staff(db, person.id)


def reset_pin(db: Database, staff_id: str, new_pin: str, *, approved_by: str) -> Staff:
    """Give a staff member who forgot their PIN a temporary one (manager-approved).

    Clears any lock; the person must choose their own PIN at next sign-in.
    ``approved_by`` is a manager id already returned by ``approve``.
    """
    clean_new = _clean_pin(new_pin, "new PIN")
    person = get_staff(db, staff_id)
    require_manager(db, approved_by, "Resetting a PIN")
    return _store_temporary_pin(db, person, clean_new, approved_by, {"name": person.name})


def reset_pin_at_laptop(db: Database, staff_id: str, *, via: str) -> tuple[Staff, str]:
    """A fresh random temporary PIN for someone who forgot theirs, with no manager's PIN.

    The way back in for a stall whose only manager forgot the PIN: whoever can run
    commands on the laptop can already read and write its database file, so asking for
    nothing more does not weaken anything; the reset is still audited (``via`` says how)
    and the temporary PIN must be changed at the next sign-in.

    Returns:
        The person and the temporary PIN to hand them.

    Raises:
        NotFound: no such staff member.
        InputError: the person has been deactivated.
    """
    person = get_staff(db, staff_id)
    if not person.active:
        raise InputError(f"{person.name} is no longer active on this laptop; nothing to reset.")
    temporary = f"{secrets.randbelow(10**6):06d}"
    staff = _store_temporary_pin(db, person, temporary, None,
                                 {"name": person.name, "via": via})
    return staff, temporary


def _store_temporary_pin(db: Database, person: Staff, pin: str, approved_by: str | None,
                         details: dict[str, Any]) -> Staff:
    pin_hash, salt, params = hash_pin(pin)
    with store.write(db):
        db.execute(
            "UPDATE staff SET pin_hash = ?, pin_salt = ?, pin_params = ?, must_change_pin = 1, "
            "failed_attempts = 0, locked_until = NULL WHERE id = ?",
            [pin_hash, salt, params, person.id],
        )
        audit.append(db, "pin_reset", staff_id=person.id, approved_by=approved_by,
                     subject_kind="staff", subject_id=person.id, details=details)
    return get_staff(db, person.id)


def find_staff(db: Database, name_or_id: str) -> Staff:
    """A staff member by id, or by name (any case, spaces folded; the active one first).

    Raises:
        InputError: nothing given, or several inactive people share the name.
        NotFound: nobody by that name or id.
    """
    text = " ".join(str(name_or_id or "").split())
    if not text:
        raise InputError("Give the staff member's name or id.")
    row = db.execute(f"SELECT {_COLUMNS} FROM staff WHERE id = ?", [text]).fetchone()
    if row is not None:
        return _row_to_staff(row)
    people = [_row_to_staff(r) for r in db.execute(
        f"SELECT {_COLUMNS} FROM staff WHERE name = ? COLLATE NOCASE ORDER BY active DESC, id",
        [text])]
    if not people:
        raise NotFound(f"No staff member called '{text}' on this laptop.")
    if people[0].active or len(people) == 1:
        return people[0]
    raise InputError(f"Several former staff are called '{text}'; give the id instead.")


def set_active(db: Database, staff_id: str, active: bool, *,
               by_staff: str | None = None) -> Staff:
    """Deactivate (someone who left) or reactivate a staff member. Rows are never deleted,
    because bills and the journal refer to them.

    Raises:
        InputError: deactivating the last active manager (nobody could approve or close).
    """
    person = get_staff(db, staff_id)
    with store.write(db):
        if not active and person.is_manager and person.active:
            (managers,) = db.execute(
                "SELECT count(*) FROM staff WHERE role = 'manager' AND active = 1"
            ).fetchone()
            if managers <= 1:
                raise InputError(
                    f"{person.name} is the only active manager; add another manager first."
                )
        if active and not person.active:
            clash = db.execute(
                "SELECT 1 FROM staff WHERE active = 1 AND name = ? COLLATE NOCASE AND id <> ?",
                [person.name, person.id],
            ).fetchone()
            if clash:
                raise InputError(
                    f"Another active staff member is called '{person.name}'."
                )
        if person.active != active:
            db.execute("UPDATE staff SET active = ? WHERE id = ?", [int(active), person.id])
            audit.append(db, "staff_activated" if active else "staff_deactivated",
                         staff_id=by_staff, subject_kind="staff", subject_id=person.id,
                         details={"name": person.name})
    return get_staff(db, person.id)
