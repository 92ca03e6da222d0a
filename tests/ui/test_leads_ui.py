"""Leads and pre-orders through the real widgets: the form, the list, erasure, delivery,
cancellation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton

from pos import bills, leads, preorders
from tests.helpers.stall import Stall, approve_as_manager, services, stall  # noqa: F401
from ui import workers
from ui.dialogs.lead import LeadDialog
from ui.dialogs.preorder import PreorderDialog
from ui.screens.leads import Screen as LeadsScreen


def type_hindi(widget: QLineEdit, text: str) -> None:
    """Commit Devanagari the way an input method does (keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_lead_refuses_a_bad_number_then_saves_a_good_one(
    qtbot: Any, services: Any, stall: Stall  # noqa: F811
) -> None:
    dialog = LeadDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "leadDialog"
    phone = dialog.findChild(QLineEdit, "phoneInput")
    qtbot.keyClicks(phone, "0612 223")
    assert dialog.phone.e164() is None
    assert "#b3261e" in phone.styleSheet()  # red while invalid
    dialog.interests.entry.setText("MB-0001")
    qtbot.keyClick(dialog.interests.entry, Qt.Key.Key_Return)
    dialog.save_button.click()
    assert dialog.message.is_error
    assert "mobile" in dialog.message.text().lower()
    assert leads.find_leads(stall.db) == []
    assert dialog.result() != dialog.DialogCode.Accepted

    phone.clear()
    qtbot.keyClicks(phone, "98765 43210")
    assert dialog.phone.e164() == "+919876543210"
    assert "#1b7f3b" in phone.styleSheet()  # green once valid
    assert "+91 98765 43210" in dialog.phone.message.text()
    type_hindi(dialog.name_input, "सीता देवी")
    dialog.district_input.setText("Madhubani")  # typing would pop the completer up
    qtbot.keyClicks(dialog.interests.entry, "Sujani quilt, double bed")
    dialog.interests.add_button.click()
    notice = dialog.notice.text()
    assert leads.CONSENT_NOTICE_EN in notice and leads.CONSENT_NOTICE_HI in notice
    dialog.consent.click()
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.save_button.click()

    [lead] = leads.find_leads(stall.db)
    assert lead.phone_e164 == "+919876543210"
    assert lead.name == "सीता देवी"
    assert lead.district == "Madhubani"
    assert lead.consent and lead.consent_text == " ".join(notice.split())
    assert lead.interests == [
        {"sku": "MB-0001", "text": "Madhubani Fish Painting"},
        {"text": "Sujani quilt, double bed"},
    ]
    assert lead.staff_id == stall.cashier.id


def test_hindi_digits_in_the_phone_are_read_as_digits(
    qtbot: Any, services: Any, stall: Stall  # noqa: F811
) -> None:
    dialog = LeadDialog(services)
    qtbot.addWidget(dialog)
    type_hindi(dialog.phone.input, "९८७६५ ४३२१०")
    assert dialog.phone.text() == "98765 43210"
    assert dialog.phone.e164() == "+919876543210"


def test_lead_from_a_product_card_lists_the_product(
    qtbot: Any, services: Any, stall: Stall  # noqa: F811
) -> None:
    from pos import catalogue

    dialog = LeadDialog(services, product=catalogue.get(stall.db, "SK-0002"))
    qtbot.addWidget(dialog)
    assert dialog.interests.interests() == [{"sku": "SK-0002", "text": "Sikki Grass Basket"}]
    qtbot.keyClicks(dialog.phone.input, "+91-91234-56789")
    dialog.save_button.click()  # consent left unticked: a lead without consent is kept as no
    [lead] = leads.find_leads(stall.db)
    assert lead.consent is False and lead.phone_e164 == "+919123456789"


def test_leads_screen_finds_changes_status_and_erases(
    qtbot: Any, qtmodeltester: Any, services: Any, stall: Stall  # noqa: F811
) -> None:
    for number in ("98765 43210", "91234 56789"):
        leads.take_lead(stall.db, phone=number, interests=[{"text": "Manjusha box"}],
                        consent=True, notice_text=leads.CONSENT_NOTICE_EN,
                        staff_id=stall.cashier.id)
    screen = LeadsScreen(services)
    qtbot.addWidget(screen)
    assert screen.model.rowCount() == 2
    qtmodeltester.check(screen.model)
    qtbot.keyClicks(screen.search_box, "91234")
    assert screen.model.rowCount() == 1
    screen.table.selectRow(0)
    screen.set_status.setCurrentIndex(screen.set_status.findData("contacted"))
    screen.status_button.click()
    assert leads.find_leads(stall.db, "91234")[0].status == "contacted"

    box = screen.ask_erase()
    assert isinstance(box, QMessageBox) and box.objectName() == "eraseConfirm"
    box.button(QMessageBox.StandardButton.Yes).click()
    erased = [ld for ld in leads.find_leads(stall.db) if ld.erased]
    assert len(erased) == 1 and erased[0].phone_e164 is None
    assert "erased" in screen.message.text()
    screen.search_box.clear()
    screen.status_filter.setCurrentIndex(screen.status_filter.findData("new"))
    assert screen.model.rowCount() == 1


def test_take_a_preorder_print_its_slip_and_deliver_it(
    qtbot: Any, qtmodeltester: Any, services: Any, stall: Stall  # noqa: F811
) -> None:
    from pos import printing

    folder = stall.data_dir / "slips"
    printing.save_printer_settings(stall.db, printing.PrinterSettings(
        kind="pdf", connection=str(folder)))
    screen = LeadsScreen(services)
    qtbot.addWidget(screen)
    screen.new_preorder_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, PreorderDialog)
    qtbot.keyClicks(dialog.phone.input, "98765 43210")
    qtbot.keyClicks(dialog.name_input, "Meena")
    qtbot.keyClicks(dialog.item_entry, "MB-0001")
    dialog.add_item_button.click()
    qtbot.keyClicks(dialog.item_entry, "Sikki basket, 60 cm, red")
    dialog.add_item_button.click()
    assert dialog.message.is_error  # a free-text item needs its price
    qtbot.keyClicks(dialog.item_price, "2500")
    dialog.add_item_button.click()
    assert dialog.total() == 120000 + 250000
    qtbot.keyClicks(dialog.advance_input, "1000")
    assert dialog.balance_label.text() == "₹2,700.00"
    dialog.address_input.setPlainText("12 Boring Road, Patna")
    qtbot.keyClicks(dialog.pin_input, "800001")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.save_button.click()
    [order] = preorders.list_preorders(stall.db)
    assert order.advance_paise == 100000 and order.balance_paise == 270000
    assert order.pin_code == "800001" and order.phone_e164 == "+919876543210"
    assert [i["description"] for i in order.items][1] == "Sikki basket, 60 cm, red"
    qtbot.waitUntil(lambda: "Slip:" in screen.pre_message.text(), timeout=10_000)
    assert order.preorder_no in screen.pre_message.text()
    assert len(list(folder.glob("*.pdf"))) == 1

    qtmodeltester.check(screen.pre_model)
    assert screen.tabs.currentIndex() == 1
    screen.pre_table.selectRow(0)
    screen.delivered_button.click()
    pay = screen.dialog  # the pay dialog, for the balance only: the advance is applied
    assert pay.objectName() == "paymentDialog" and pay.total == 270000
    # The heading names the balance, not a bill total (the advance is already paid).
    assert pay.totalLabel.text() == "Balance due ₹2,700.00"
    pay.set_tendered(300000)
    pay.confirm()
    qtbot.waitUntil(lambda: "Delivered" in screen.pre_message.text(), timeout=10_000)
    assert preorders.list_preorders(stall.db, status="delivered")[0].id == order.id
    [found] = [b for b in bills.find_bills(stall.db) if b.invoice_no != order.advance_invoice_no]
    bill = bills.load_bill(stall.db, found.invoice_no)
    assert bill.total_paise == 370000 and bill.buyer.name == "Meena"
    assert [(p.method, p.amount_paise) for p in bill.payments] == [("cash", 270000)]
    assert bill.invoice_no in screen.pre_message.text()
    # The tax invoice's receipt prints (to the PDF folder) after the slip.
    qtbot.waitUntil(lambda: len(list(folder.glob("*.pdf"))) == 2, timeout=10_000)
    workers.wait_all()   # its worker reports back while the screen is still here
    qtbot.wait(20)


def test_a_paid_up_preorder_is_delivered_without_the_pay_dialog(
    qtbot: Any, services: Any, stall: Stall  # noqa: F811
) -> None:
    from datetime import timedelta

    from pos.ids import ist_today
    from pos.payments import Payment

    order = preorders.take_preorder(
        stall.db, phone="98765 43210", buyer_name="Meena", address="12 Fraser Road, Patna",
        pin_code="800001", promised_date=ist_today() + timedelta(days=5),
        items=[{"description": "Sikki basket", "qty": 1, "unit_price_paise": 150000}],
        advance=[Payment("cash", 150000)], staff_id=stall.cashier.id)
    screen = LeadsScreen(services)
    qtbot.addWidget(screen)
    screen.tabs.setCurrentIndex(1)
    screen.pre_table.selectRow(0)
    screen.delivered_button.click()
    box = screen.dialog
    assert box.objectName() == "deliverConfirm" and "₹1,500.00" in box.text()
    box.findChild(QPushButton, "deliverGo").click()
    qtbot.waitUntil(lambda: "Delivered" in screen.pre_message.text(), timeout=10_000)
    [delivered] = preorders.list_preorders(stall.db, status="delivered")
    assert delivered.id == order.id
    [found] = [b for b in bills.find_bills(stall.db) if b.invoice_no != order.advance_invoice_no]
    bill = bills.load_bill(stall.db, found.invoice_no)
    assert bill.payments == () or list(bill.payments) == []
    # Let the receipt's print job (no printer here: it offers a reprint) finish while the
    # screen still exists; under load it could otherwise land after the screen is gone.
    workers.wait_all()
    qtbot.waitUntil(lambda: screen.findChild(QMessageBox, "printerProblem") is not None,
                    timeout=10_000)


def test_cancel_a_preorder_refunds_the_advance_and_prints_the_credit_note(
    qtbot: Any, services: Any, stall: Stall  # noqa: F811
) -> None:
    from datetime import timedelta

    from pos import printing
    from pos.ids import ist_today
    from pos.payments import Payment

    folder = stall.data_dir / "notes"
    printing.save_printer_settings(stall.db, printing.PrinterSettings(
        kind="pdf", connection=str(folder)))
    order = preorders.take_preorder(
        stall.db, phone="98765 43210", buyer_name="Meena", address="12 Fraser Road, Patna",
        pin_code="800001", promised_date=ist_today() + timedelta(days=5),
        items=[{"description": "Sikki basket", "qty": 1, "unit_price_paise": 150000}],
        advance=[Payment("cash", 50000)], staff_id=stall.cashier.id)
    screen = LeadsScreen(services)
    qtbot.addWidget(screen)
    screen.tabs.setCurrentIndex(1)
    button = screen.findChild(QPushButton, "cancelPreorderButton")
    button.click()
    assert "Choose a pre-order" in screen.pre_message.text()
    screen.pre_table.selectRow(0)

    # No reason: refused, nothing asked of the manager, the order stays open.
    button.click()
    box = screen.dialog
    assert box.objectName() == "cancelPreorderConfirm" and "₹500.00" in box.labelText()
    box.setTextValue("   ")
    box.accept()
    assert screen.pre_message.is_error and "why" in screen.pre_message.text()
    assert preorders.list_preorders(stall.db, status="open")[0].id == order.id

    button.click()
    box = screen.dialog
    box.setTextValue("Buyer moved away")
    box.accept()
    approve_as_manager(qtbot, screen.approval, stall, wrong_first=False)
    qtbot.waitUntil(lambda: "Credit note:" in screen.pre_message.text(), timeout=10_000)
    [cancelled] = preorders.list_preorders(stall.db, status="cancelled")
    assert cancelled.id == order.id
    assert "₹500.00" in screen.pre_message.text()
    assert len(list(folder.glob("*.pdf"))) == 1
    # A cancelled order cannot be cancelled twice.
    screen.pre_table.selectRow(0)
    button.click()
    assert "open pre-order" in screen.pre_message.text()
    workers.wait_all()
