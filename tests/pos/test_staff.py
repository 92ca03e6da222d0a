"""Staff PINs: salted slow hashes, lock-out, manager approval and the first-run manager."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pos import audit, staff
from pos.errors import InputError, NotFound, PermissionDenied
from pos.staff import StaffLocked, WrongPin
from pos.store import Database
from tests.helpers.people import FAST_PIN_PARAMS, add_cashier, add_manager, fast_pins
from tests.helpers.snapshot import row_counts, table_dump

__all__ = ["fast_pins"]
pytestmark = pytest.mark.usefixtures("fast_pins")

T0 = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def _actions(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT action FROM audit ORDER BY chain_no")]


def test_same_pin_gets_a_different_salt_and_hash(db: Database) -> None:
    a = add_cashier(db, "Sonu Kumar", "1357")
    b = add_cashier(db, "Pinki Kumari", "1357")
    rows = {r[0]: r[1:] for r in db.execute("SELECT id, pin_hash, pin_salt, pin_params FROM staff")}
    assert rows[a.id][0] != rows[b.id][0]
    assert rows[a.id][1] != rows[b.id][1]
    assert "1357" not in rows[a.id][0]
    assert json.loads(rows[a.id][2]) == FAST_PIN_PARAMS


def test_real_cost_is_slow_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the production parameters
    assert staff.PIN_HASH_PARAMS["n"] >= 2**14
    start = time.perf_counter()
    staff.hash_pin("1357")
    elapsed = time.perf_counter() - start
    assert elapsed > 0.02, f"PIN hash took only {elapsed * 1000:.1f} ms"


def test_sign_in_with_the_right_pin_is_audited(db: Database) -> None:
    cashier = add_cashier(db)
    signed = staff.sign_in(db, cashier.id, "1357")
    assert signed == cashier
    assert _actions(db)[-1] == "sign_in"
    assert audit.verify(db) == []


def test_devanagari_digits_are_the_same_pin(db: Database) -> None:
    cashier = add_cashier(db, pin="1357")
    assert staff.sign_in(db, cashier.id, "१३५७").id == cashier.id


def test_wrong_pin_is_counted_and_says_how_many_tries_are_left(db: Database) -> None:
    cashier = add_cashier(db)
    with pytest.raises(WrongPin, match="4 tries left"):
        staff.sign_in(db, cashier.id, "0000", now=T0)
    row = db.execute("SELECT failed_attempts FROM staff WHERE id = ?", [cashier.id]).fetchone()
    assert row[0] == 1
    assert _actions(db)[-1] == "sign_in_failed"


def test_five_wrong_pins_lock_for_five_minutes_then_unlock(db: Database) -> None:
    cashier = add_cashier(db)
    for i in range(4):
        with pytest.raises(WrongPin):
            staff.sign_in(db, cashier.id, "0000", now=T0 + timedelta(seconds=i))
    with pytest.raises(StaffLocked, match="locked for 5 minutes"):
        staff.sign_in(db, cashier.id, "0000", now=T0 + timedelta(seconds=4))
    assert _actions(db)[-2:] == ["sign_in_failed", "locked"]
    # Locked: even the right PIN is refused, and the message says how long is left.
    with pytest.raises(StaffLocked, match="try again in 4 minutes"):
        staff.sign_in(db, cashier.id, "1357", now=T0 + timedelta(seconds=64))
    with pytest.raises(StaffLocked, match="try again in 1 minute "):
        staff.sign_in(db, cashier.id, "1357", now=T0 + timedelta(seconds=250))
    after = T0 + timedelta(seconds=4, minutes=5, microseconds=1)
    assert staff.sign_in(db, cashier.id, "1357", now=after).id == cashier.id
    row = db.execute("SELECT failed_attempts, locked_until FROM staff WHERE id = ?",
                     [cashier.id]).fetchone()
    assert row == (0, None)


def test_failed_count_survives_a_restart(data_dir: Path, db: Database) -> None:
    from pos import store

    cashier = add_cashier(db)
    for _ in range(3):
        with pytest.raises(WrongPin):
            staff.sign_in(db, cashier.id, "9999", now=T0)
    db.close()
    reopened = store.open_store(data_dir)
    try:
        with pytest.raises(WrongPin, match="1 try left"):
            staff.sign_in(reopened, cashier.id, "9999", now=T0)
    finally:
        reopened.close()


def test_success_resets_the_count(db: Database) -> None:
    cashier = add_cashier(db)
    for _ in range(4):
        with pytest.raises(WrongPin):
            staff.sign_in(db, cashier.id, "0000", now=T0)
    staff.sign_in(db, cashier.id, "1357", now=T0)
    with pytest.raises(WrongPin, match="4 tries left"):
        staff.sign_in(db, cashier.id, "0000", now=T0)


@pytest.mark.parametrize("pin", ["", "123", "1234567", "12a4", "12 34", None])
def test_malformed_pin_changes_nothing(db: Database, pin: str | None) -> None:
    cashier = add_cashier(db)
    before = row_counts(db), table_dump(db, "staff")
    with pytest.raises(InputError, match="4 to 6 digits"):
        staff.sign_in(db, cashier.id, pin)  # type: ignore[arg-type]
    assert (row_counts(db), table_dump(db, "staff")) == before


@pytest.mark.parametrize(
    ("name", "role", "pin", "message"),
    [
        ("", "cashier", "1234", "name"),
        ("   ", "cashier", "1234", "name"),
        ("x" * 61, "cashier", "1234", "at most 60"),
        ("Sita", "owner", "1234", "cashier or manager"),
        ("Sita", "cashier", "12", "4 to 6 digits"),
        ("sonu  KUMAR", "cashier", "1234", "already exists"),
    ],
)
def test_bad_new_staff_changes_nothing(
    db: Database, name: str, role: str, pin: str, message: str
) -> None:
    add_cashier(db, "Sonu Kumar")
    before = row_counts(db)
    with pytest.raises(InputError, match=message):
        staff.create_staff(db, name, role, pin)
    assert row_counts(db) == before


def test_unknown_staff_is_not_found(db: Database) -> None:
    with pytest.raises(NotFound):
        staff.sign_in(db, "nobody", "1234")


def test_manager_approval(db: Database) -> None:
    manager = add_manager(db)
    cashier = add_cashier(db)
    approver = staff.approve(db, manager.id, "2580", action="refund", for_staff=cashier.id)
    assert approver == manager


def test_a_cashier_cannot_approve(db: Database) -> None:
    cashier = add_cashier(db)
    other = add_cashier(db, "Pinki Kumari", "2468")
    before = row_counts(db)
    with pytest.raises(PermissionDenied, match="is a cashier, not a manager; approving void"):
        staff.approve(db, other.id, "2468", action="void", for_staff=cashier.id)
    assert row_counts(db) == before


def test_wrong_manager_pin_is_audited_with_the_action(db: Database) -> None:
    manager = add_manager(db)
    cashier = add_cashier(db)
    with pytest.raises(WrongPin):
        staff.approve(db, manager.id, "1111", action="discount", for_staff=cashier.id)
    entry = db.execute(
        "SELECT action, staff_id, details FROM audit ORDER BY chain_no DESC LIMIT 1"
    ).fetchone()
    assert entry[0] == "approval_failed"
    assert entry[1] == manager.id
    assert json.loads(entry[2])["action"] == "discount"


def test_default_manager_is_made_once_and_must_change_pin(db: Database) -> None:
    first = staff.ensure_default_manager(db)
    assert first is not None
    assert first.name == "Manager" and first.is_manager and first.must_change_pin
    assert staff.ensure_default_manager(db) is None
    signed = staff.sign_in(db, first.id, "1234")
    assert signed.must_change_pin
    # Until the PIN is changed, the first-run manager cannot approve anything.
    with pytest.raises(PermissionDenied, match="must change the first-run PIN"):
        staff.approve(db, first.id, "1234", action="day_close", for_staff=first.id)
    with pytest.raises(InputError, match="differ"):
        staff.change_pin(db, first.id, "1234", "1234")
    changed = staff.change_pin(db, first.id, "1234", "8642")
    assert not changed.must_change_pin
    with pytest.raises(WrongPin):
        staff.sign_in(db, first.id, "1234")
    assert staff.approve(db, first.id, "8642", action="day_close", for_staff=first.id)
    assert "pin_changed" in _actions(db)


def test_no_default_manager_when_staff_exist(db: Database) -> None:
    add_cashier(db)
    assert staff.ensure_default_manager(db) is None


def test_change_pin_needs_the_old_pin(db: Database) -> None:
    cashier = add_cashier(db)
    with pytest.raises(WrongPin):
        staff.change_pin(db, cashier.id, "0000", "2468")
    with pytest.raises(InputError, match="differ"):
        staff.change_pin(db, cashier.id, "1357", "1357")
    with pytest.raises(InputError, match="first-run PIN"):
        staff.change_pin(db, cashier.id, "1357", "1234")
    assert staff.sign_in(db, cashier.id, "1357")


def test_raised_cost_rehashes_at_next_sign_in(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    cashier = add_cashier(db)
    stronger = {**FAST_PIN_PARAMS, "n": 32}
    monkeypatch.setattr(staff, "PIN_HASH_PARAMS", stronger)
    staff.sign_in(db, cashier.id, "1357")
    (params,) = db.execute("SELECT pin_params FROM staff WHERE id = ?", [cashier.id]).fetchone()
    assert json.loads(params) == stronger
    assert staff.sign_in(db, cashier.id, "1357").id == cashier.id


def test_deactivate_and_reactivate(db: Database) -> None:
    manager = add_manager(db)
    cashier = add_cashier(db)
    with pytest.raises(InputError, match="only active manager"):
        staff.set_active(db, manager.id, False)
    staff.set_active(db, cashier.id, False, by_staff=manager.id)
    assert [s.id for s in staff.list_staff(db)] == [manager.id]
    assert len(staff.list_staff(db, active_only=False)) == 2
    with pytest.raises(PermissionDenied, match="no longer active"):
        staff.sign_in(db, cashier.id, "1357")
    staff.set_active(db, cashier.id, True, by_staff=manager.id)
    assert staff.sign_in(db, cashier.id, "1357").id == cashier.id


def test_reset_pin_unlocks_and_forces_a_change(db: Database) -> None:
    manager = add_manager(db)
    cashier = add_cashier(db)
    for _ in range(5):
        with pytest.raises((WrongPin, StaffLocked)):
            staff.sign_in(db, cashier.id, "0000")
    staff.reset_pin(db, cashier.id, "4321", approved_by=manager.id)
    signed = staff.sign_in(db, cashier.id, "4321")
    assert signed.must_change_pin
    with pytest.raises(PermissionDenied):
        staff.reset_pin(db, manager.id, "4321", approved_by=cashier.id)


def test_list_puts_managers_first(db: Database) -> None:
    add_cashier(db, "Anil")
    add_manager(db, "Zeenat")
    assert [s.name for s in staff.list_staff(db)] == ["Zeenat", "Anil"]
