"""Staff for tests: cheap PIN hashing and ready-made cashiers and managers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from pos import staff
from pos.store import Database

# The real cost (~75 ms a hash) would make PIN-heavy tests slow; the algorithm is the same.
FAST_PIN_PARAMS: dict[str, Any] = {"alg": "scrypt", "n": 16, "r": 1, "p": 1, "dklen": 32}


@pytest.fixture
def fast_pins(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Hash PINs with a tiny scrypt cost for the duration of a test."""
    monkeypatch.setattr(staff, "PIN_HASH_PARAMS", FAST_PIN_PARAMS)
    yield


def add_manager(db: Database, name: str = "Rekha Devi", pin: str = "2580") -> staff.Staff:
    """An active manager with a known PIN."""
    return staff.create_staff(db, name, "manager", pin)


def add_cashier(db: Database, name: str = "Sonu Kumar", pin: str = "1357") -> staff.Staff:
    """An active cashier with a known PIN."""
    return staff.create_staff(db, name, "cashier", pin)
