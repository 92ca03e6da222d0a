"""The orders screen through the real widgets: find, view, refund and void with a PIN."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from pos import bills
from pos.ids import ist_today
from tests.helpers.stall import Stall, approve_as_manager, services, stall  # noqa: F401
from ui.screens.orders import Screen as OrdersScreen


def test_find_bills_by_number_phone_amount_and_date(
    qtbot: Any, qtmodeltester: Any, services: Any, stall: Stall  # noqa: F811
) -> None:
    first = stall.sell("MB-0001", 2, phone="98765 43210")
    second = stall.sell("SK-0002")
    screen = OrdersScreen(services)
    qtbot.addWidget(screen)
    assert screen.model.rowCount() == 2
    qtmodeltester.check(screen.model)

    qtbot.keyClicks(screen.search_box, second.invoice_no)
    screen.find_button.click()
    assert [b.invoice_no for b in screen.model.records()] == [second.invoice_no]
    assert screen.bill is not None and screen.bill.invoice_no == second.invoice_no

    screen.search_box.clear()
    qtbot.keyClicks(screen.phone_box, "98765 43210")
    screen.find_button.click()
    assert [b.invoice_no for b in screen.model.records()] == [first.invoice_no]

    screen.phone_box.clear()
    qtbot.keyClicks(screen.amount_box, "450")
    screen.find_button.click()
    assert [b.invoice_no for b in screen.model.records()] == [second.invoice_no]

    screen.amount_box.clear()
    screen.use_dates.setChecked(True)
    screen.find_button.click()
    assert screen.model.rowCount() == 2
    tomorrow = screen.date_from.date().addDays(1)
    screen.date_from.setDate(tomorrow)
    screen.date_to.setDate(tomorrow)
    screen.find_button.click()
    assert screen.model.rowCount() == 0
    assert ist_today().isoformat()  # dates are IST calendar days


def test_show_a_bill_as_its_receipt(
    qtbot: Any, services: Any, stall: Stall  # noqa: F811
) -> None:
    sale = stall.sell("MB-0001")
    screen = OrdersScreen(services)
    qtbot.addWidget(screen)
    screen.open_bill(sale.invoice_no)
    screen.view_button.click()
    qtbot.waitUntil(lambda: screen.receipt_view is not None, timeout=10_000)
    picture = screen.receipt_view.findChild(QLabel, "receiptPicture")
    assert picture is not None and picture.pixmap().width() == 420
    assert picture.pixmap().height() > picture.pixmap().width()  # a roll, not a page
    screen.receipt_view.reject()


def test_refund_part_of_a_bill_with_a_manager_pin(
    qtbot: Any, services: Any, stall: Stall  # noqa: F811
) -> None:
    sale = stall.sell("MB-0001", 2)
    screen = OrdersScreen(services)
    qtbot.addWidget(screen)
    screen.open_bill(sale.invoice_no)
    screen.refund_button.click()
    assert screen.message.is_error  # nothing chosen yet
    screen.lines.cellWidget(0, 4).setValue(1)
    screen.refund_button.click()
    assert screen.message.is_error  # no reason yet
    qtbot.keyClicks(screen.reason_input, "frame cracked")
    screen.refund_method.setCurrentIndex(screen.refund_method.findData("cash"))
    screen.refund_button.click()
    approve_as_manager(qtbot, screen.approval, stall)
    # The credit note prints next; with no printer set up that is said after the refund.
    qtbot.waitUntil(lambda: "Refund saved" in screen.message.text()
                    and "Printing" not in screen.message.text(), timeout=10_000)
    assert screen.message.is_error and not screen.retry_button.isHidden()
    bill = bills.load_bill(stall.db, sale.invoice_no)
    assert bill.status == "partially_refunded"
    [refund] = bill.refunds
    assert refund.amount_paise == 120000 and refund.approved_by == stall.manager.id
    assert refund.staff_id == stall.cashier.id and refund.reason == "frame cracked"
    assert screen.bill.lines[0].refunded_qty == 1
    assert not screen.void_button.isEnabled()  # a refunded bill cannot be voided


def test_void_a_bill_with_a_manager_pin(
    qtbot: Any, services: Any, stall: Stall  # noqa: F811
) -> None:
    sale = stall.sell("SK-0002")
    screen = OrdersScreen(services)
    qtbot.addWidget(screen)
    screen.open_bill(sale.invoice_no)
    qtbot.keyClicks(screen.reason_input, "rung up twice")
    screen.void_button.click()
    screen.approval.reject()  # the manager says no: nothing changes
    assert bills.load_bill(stall.db, sale.invoice_no).status == "completed"
    screen.void_button.click()
    approve_as_manager(qtbot, screen.approval, stall, wrong_first=False)
    qtbot.waitUntil(lambda: "voided" in screen.message.text(), timeout=5000)
    bill = bills.load_bill(stall.db, sale.invoice_no)
    assert bill.status == "voided" and bill.void.approved_by == stall.manager.id
    assert not screen.refund_button.isEnabled() and not screen.void_button.isEnabled()


def test_reprint_shows_a_printer_problem_then_reprints(
    qtbot: Any, services: Any, stall: Stall, tmp_path: Any  # noqa: F811
) -> None:
    from pos import printing
    from tests.helpers.stalls_ui import StallMeter

    sale = stall.sell("MB-0001")
    missing = tmp_path / "unplugged" / "lp0"
    printing.save_printer_settings(stall.db, printing.PrinterSettings(
        kind="escpos", connection=f"file:{missing}", paper="roll80"))
    screen = OrdersScreen(services)
    qtbot.addWidget(screen)
    screen.open_bill(sale.invoice_no)
    screen.roll_button.click()
    qtbot.waitUntil(lambda: screen.message.is_error, timeout=10_000)
    assert not screen.retry_button.isHidden()
    assert str(missing.name) in screen.message.text() or "printer" in screen.message.text()
    assert bills.load_bill(stall.db, sale.invoice_no).status == "completed"  # bill untouched

    missing.parent.mkdir()
    meter = StallMeter()
    meter.start()
    screen.retry_button.click()
    qtbot.waitUntil(lambda: "Printed" in screen.message.text(), timeout=10_000)
    longest = meter.stop()
    print(f"\nlongest UI-thread stall during a thermal reprint: {longest:.1f} ms")
    assert missing.stat().st_size > 1000  # the rasterised receipt reached the device
    assert screen.retry_button.isHidden()
    assert longest < 250
