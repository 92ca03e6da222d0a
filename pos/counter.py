"""What every money action at the counter checks first: the open day and who is acting.

Shared by sales, refunds, voids, pre-orders and stock adjustments so the rules (no selling
outside an open business day; only a manager approves) live in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from pos.errors import InputError, NotFound, PermissionDenied
from pos.store import Database


@dataclass(frozen=True)
class OpenDay:
    """The business day sales currently go into."""

    id: str
    business_date: str


@dataclass(frozen=True)
class StaffMember:
    """A member of staff as the money path needs them."""

    id: str
    name: str
    role: str


def open_day(db: Database) -> OpenDay:
    """The open business day, or InputError when the day has not been opened (or is closed)."""
    row = db.execute(
        "SELECT id, business_date FROM business_days WHERE closed_at IS NULL "
        "ORDER BY business_date DESC LIMIT 1"
    ).fetchone()
    if row is None:
        raise InputError("Open the day before selling.")
    return OpenDay(*row)


def staff_member(db: Database, staff_id: str | None) -> StaffMember:
    """An active member of staff, or NotFound."""
    row = db.execute(
        "SELECT id, name, role FROM staff WHERE id = ? AND active = 1", [staff_id]
    ).fetchone()
    if row is None:
        raise NotFound("Sign in first: that member of staff is not known or no longer active.")
    return StaffMember(*row)


def manager(db: Database, staff_id: str | None, what: str) -> StaffMember:
    """The approving manager, or PermissionDenied naming what needed approval."""
    if not staff_id:
        raise PermissionDenied(f"{what} needs a manager's PIN.")
    row = db.execute(
        "SELECT id, name, role FROM staff WHERE id = ? AND active = 1", [staff_id]
    ).fetchone()
    if row is None or row[2] != "manager":
        raise PermissionDenied(f"{what} needs a manager's PIN; that person is not a manager.")
    return StaffMember(*row)


def stamp(now: datetime | None = None) -> str:
    """A moment as stored: UTC ISO-8601 with microseconds (now by default)."""
    when = now or datetime.now(UTC)
    if when.tzinfo is None:
        raise ValueError("times must carry a time zone")
    return when.astimezone(UTC).isoformat(timespec="microseconds")
