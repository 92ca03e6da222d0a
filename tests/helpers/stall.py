"""A small stall for UI tests: two staff, a few products with stock, an open day.

Built through the same ``pos`` functions the app uses, so a test that passes here exercises
the real rules. PINs are known to the tests: manager 4321, cashier 1111.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from pos import catalogue, days, staff, stock, store
from pos.cart import Cart
from pos.payments import Payment
from pos.sales import checkout

MANAGER_PIN = "4321"
CASHIER_PIN = "1111"

PRODUCTS = (
    {"sku": "MB-0001", "barcode": "8901000000011", "name_en": "Madhubani Fish Painting",
     "name_hi": "मधुबनी मछली चित्र", "craft_code": "madhubani", "hsn": "9701",
     "gst_rate": 5, "mrp_paise": 120000},
    {"sku": "SK-0002", "barcode": "8901000000028", "name_en": "Sikki Grass Basket",
     "name_hi": "सिक्की घास टोकरी", "craft_code": "sikki", "hsn": "4602",
     "gst_rate": 5, "mrp_paise": 45000},
    {"sku": "TK-0003", "name_en": "Tikuli Coaster Set", "name_hi": "टिकुली कोस्टर सेट",
     "craft_code": "tikuli", "hsn": "4420", "gst_rate": 12, "mrp_paise": 30000,
     "one_of_a_kind": True},
)
STOCK = {"MB-0001": 5, "SK-0002": 2, "TK-0003": 1}


@dataclass
class Stall:
    """What a UI test needs to know about its stall."""

    data_dir: Path
    db: store.Database
    manager: Any
    cashier: Any

    def sell(self, sku: str, qty: int = 1, *, phone: str | None = None) -> Any:
        """Ring up one cash sale through the real checkout; returns the ``Sale``."""
        cart = Cart()
        cart.add(catalogue.get(self.db, sku), qty)
        if phone:
            from pos.cart import Buyer

            cart.buyer = Buyer(phone=phone)
        total = cart.totals().total_paise
        return checkout(self.db, cart, [Payment("cash", total, total)],
                        staff_id=self.cashier.id)


def make_stall(data_dir: Path, *, open_day: bool = True) -> Stall:
    """Create the stall's database with staff, products, stock and (optionally) an open day."""
    db = store.open_store(data_dir)
    manager = staff.create_staff(db, "Asha Devi", "manager", MANAGER_PIN)
    cashier = staff.create_staff(db, "Ravi Kumar", "cashier", CASHIER_PIN)
    with store.write(db):
        for code, en, hi in (("madhubani", "Madhubani painting", "मधुबनी चित्रकला"),
                             ("sikki", "Sikki grass work", "सिक्की घास कला"),
                             ("tikuli", "Tikuli art", "टिकुली कला")):
            catalogue.upsert_craft(db, {"code": code, "name_en": en, "name_hi": hi})
        for product in PRODUCTS:
            catalogue.upsert_product(db, product)
    for sku, qty in STOCK.items():
        stock.allocate_local(db, sku, qty)
    if open_day:
        days.open_day(db, staff_id=manager.id, float_paise=200000)
    return Stall(data_dir, db, manager, cashier)


@pytest.fixture
def stall(data_dir: Path) -> Iterator[Stall]:
    """A stall with staff, products, stock and an open day."""
    made = make_stall(data_dir)
    yield made
    made.db.close()


@pytest.fixture
def services(qtbot: Any, stall: Stall) -> Iterator[Any]:
    """The app's ``Services`` over the test stall, the cashier signed in."""
    from PySide6.QtWidgets import QApplication

    from ui import fonts, syncworker, workers
    from ui.i18n import Translations
    from ui.services import Services

    fonts.install(QApplication.instance())
    made = Services(stall.data_dir, stall.db, Translations())
    made.set_staff(stall.cashier)
    yield made
    syncworker.for_services(made).stop()
    workers.wait_all()
    qtbot.wait(1)  # deliver the last queued results before the database closes


def approve_as_manager(qtbot: Any, dialog: Any, stall: Stall, *, wrong_first: bool = True) -> None:
    """Answer the manager PIN dialog: a wrong PIN first (refused), then the right one."""
    from PySide6.QtCore import Qt

    choice = dialog.managerChoice
    choice.setCurrentIndex(choice.findData(stall.manager.id))
    if wrong_first:
        # The PIN is checked in a worker: wait for its answer.
        with qtbot.waitSignal(dialog.refused, timeout=5000):
            qtbot.keyClicks(dialog.managerPin, "9999")
            qtbot.keyClick(dialog.managerPin, Qt.Key.Key_Return)
        assert dialog.message.text(), "a wrong PIN must be refused with a message"
    with qtbot.waitSignal(dialog.approved, timeout=5000):
        qtbot.keyClicks(dialog.managerPin, MANAGER_PIN)
        qtbot.keyClick(dialog.managerPin, Qt.Key.Key_Return)
