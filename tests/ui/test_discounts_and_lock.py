"""A cashier's discount past the limit needs a manager's PIN; the till locks when idle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pos import bills, catalogue, days, staff
from tests.helpers.stalls_ui import StallMeter
from tests.ui.conftest import MANAGER_PIN, close_dialogs, open_dialog, sign_in, sign_in_manager
from ui import workers

# The offscreen platform says so whenever a dialog sets a fixed size; harmless there.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def cashier_selling(stall):  # type: ignore[no-untyped-def]
    """Asha the cashier at the counter, the day opened by the manager."""
    manager = sign_in_manager(stall)
    db = stall.services.db
    days.open_day(db, staff_id=manager.id, float_paise=1000_00)
    asha = staff.create_staff(db, "Asha", "cashier", "1357", created_by=manager.id)
    stall.lock()
    sign_in(stall, asha.id, "1357")
    assert stall.services.staff.name == "Asha"
    return stall


def _discount(qtbot, sell, percent: str, reason: str, *, bill: bool = False):  # type: ignore[no-untyped-def]
    if bill:
        sell.bill.ask_bill_discount()
    else:
        sell.bill.ask_line_discount()
    dialog = open_dialog("discountDialog")
    dialog.discountValue.setText(percent)
    dialog.discountReason.setText(reason)
    qtbot.mouseClick(dialog.findChild(type(dialog.removeButton), "discountOk"),
                     Qt.MouseButton.LeftButton)


def test_small_discount_needs_no_manager(qtbot, cashier_selling) -> None:  # type: ignore[no-untyped-def]
    sell = cashier_selling.screens["sell"]
    sell.add_product(catalogue.get(cashier_selling.services.db, "TS-STOLE"))  # ₹1,800
    _discount(qtbot, sell, "5", "festival offer")
    assert sell.bill.cart_model.totals.total_paise == 1710_00
    with pytest.raises(LookupError):
        open_dialog("approveDialog")


def test_big_discount_asks_a_manager_then_sells(qtbot, cashier_selling) -> None:  # type: ignore[no-untyped-def]
    stall = cashier_selling
    sell = stall.screens["sell"]
    sell.add_product(catalogue.get(stall.services.db, "TS-STOLE"))
    _discount(qtbot, sell, "25", "damaged border", bill=True)
    approve = open_dialog("approveDialog")
    approve.managerPin.setText("0000")
    with qtbot.waitSignal(approve.refused, timeout=5000):
        approve.check()
        assert approve.busy and "PIN" in approve.message.text()  # "Checking the PIN…"
    assert "PIN" in approve.message.text() and approve.isVisible()
    approve.managerPin.setText(MANAGER_PIN)
    meter = StallMeter()
    meter.start()
    with qtbot.waitSignal(approve.approved, timeout=5000):
        approve.check()
    longest = meter.stop()
    print(f"\nlongest UI-thread stall while a manager PIN is checked: {longest:.1f} ms")
    assert longest < 250  # the scrypt hash runs in a worker
    assert not approve.isVisible()
    assert sell.bill.approved_by is not None
    assert sell.bill.cart_model.totals.total_paise == 1350_00
    sell.pay()
    dialog = open_dialog("paymentDialog")
    dialog.set_tendered(1350_00)
    dialog.confirm()
    qtbot.waitUntil(lambda: workers.pending() == 0 and not sell.cart.lines, timeout=5000)
    close_dialogs()
    [found] = bills.find_bills(stall.services.db)
    bill = bills.load_bill(stall.services.db, found.invoice_no)
    assert bill.discount_approved_by == sell_manager_id(stall)


def test_refused_approval_takes_the_discount_back(qtbot, cashier_selling) -> None:  # type: ignore[no-untyped-def]
    sell = cashier_selling.screens["sell"]
    sell.add_product(catalogue.get(cashier_selling.services.db, "TS-STOLE"))
    _discount(qtbot, sell, "30", "friend of the family")
    open_dialog("approveDialog").reject()
    QApplication.processEvents()
    assert sell.cart.lines[0].discount is None
    assert sell.bill.cart_model.totals.total_paise == 1800_00


def test_idle_till_locks_itself(stall) -> None:  # type: ignore[no-untyped-def]
    sign_in_manager(stall)
    stall.idle.set_minutes(0.0001)  # 6 ms
    stall.idle._last -= 1
    stall.idle.check()
    assert stall.services.staff is None
    assert stall.pages.currentWidget() is stall.signin


def sell_manager_id(stall) -> str:  # type: ignore[no-untyped-def]
    """The first-run manager's id."""
    return next(p.id for p in staff.list_staff(stall.services.db) if p.is_manager)


def test_locking_closes_an_open_pay_dialog(selling) -> None:  # type: ignore[no-untyped-def]
    sell = selling.screens["sell"]
    sell.add_product(catalogue.get(selling.services.db, "TS-STOLE"))
    sell.pay()
    assert open_dialog("paymentDialog").isVisible()
    selling.lock()
    QApplication.processEvents()
    with pytest.raises(LookupError):
        open_dialog("paymentDialog")
    assert len(sell.cart.lines) == 1  # the bill waits for whoever signs in next
