"""The bill's GST status, the buyer's details dialog and the stale-day prompt."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from pos import bills, catalogue, days, printing, profile
from pos.gstin import check_character
from pos.ids import ist_today
from tests.ui.conftest import close_dialogs, open_dialog, sign_in_manager
from ui import workers

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

SELLER_GSTIN = "10AAAAA0000A1Z" + check_character("10AAAAA0000A1Z")
BUYER_GSTIN = "27AAPFU0939F1Z" + check_character("27AAPFU0939F1Z")   # Maharashtra


def _register(window, *, composition: bool = False) -> None:  # type: ignore[no-untyped-def]
    db = window.services.db
    profile.save_seller_profile(db, profile.SellerProfile(
        name="Madhubani Kala Kendra", address="Gandhi Maidan, Patna", gstin=SELLER_GSTIN,
        composition=composition))
    window.services.notify_changed("settings")


def _add(window, *skus: str) -> None:  # type: ignore[no-untyped-def]
    for sku in skus:
        window.screens["sell"].add_product(catalogue.get(window.services.db, sku))


def _pay_cash(qtbot, window) -> bills.Bill:  # type: ignore[no-untyped-def]
    sell = window.screens["sell"]
    sell.pay()
    dialog = open_dialog("paymentDialog")
    dialog.set_tendered(sell.cart.totals().total_paise)
    dialog.confirm()
    qtbot.waitUntil(lambda: workers.pending() == 0 and not sell.cart.lines, timeout=5000)
    close_dialogs()
    [found] = bills.find_bills(window.services.db)
    return bills.load_bill(window.services.db, found.invoice_no)


def test_bill_follows_the_sellers_gst_status(qtbot, selling) -> None:  # type: ignore[no-untyped-def]
    bill = selling.screens["sell"].bill
    _register(selling, composition=True)
    _add(selling, "TS-STOLE")
    # A composition dealer issues a bill of supply: no CGST/SGST shown.
    assert not bill.cart.charges_gst
    cgst = bill.findChild(type(bill.notice), "cgstValue")
    assert bill.cart_model.totals.cgst_paise == 0 and cgst.isHidden()
    _register(selling)  # the bill being built follows at once
    assert bill.cart.charges_gst
    shown = bill.cart_model.totals
    assert shown.cgst_paise > 0 and not cgst.isHidden()
    stored = _pay_cash(qtbot, selling)
    assert stored.doc_type == "tax_invoice"
    assert (stored.cgst_paise, stored.sgst_paise, stored.total_paise) == (
        shown.cgst_paise, shown.sgst_paise, shown.total_paise)
    # The next bill starts with the same status.
    assert bill.cart.charges_gst


def test_big_bill_asks_for_the_buyer_then_sells_inter_state(qtbot, selling, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _register(selling)
    sell = selling.screens["sell"]
    _add(selling, "MB-TREE-5X3", "TS-SAREE-ZARI", "TS-SAREE-GHICHA")  # ₹55,500
    sell.pay()
    dialog = open_dialog("buyerDialog")
    assert "50,000" in dialog.reasonLabel.text() and dialog.reasonLabel.isVisible()
    # A mistyped GSTIN is refused as it is typed; the right one fixes the state.
    dialog.buyerGstin.setText(BUYER_GSTIN[:-1] + ("A" if BUYER_GSTIN[-1] != "A" else "B"))
    assert not dialog.okButton.isEnabled() and "check" in dialog.gstinMessage.text()
    dialog.buyerGstin.setText(BUYER_GSTIN.lower())
    assert dialog.buyerGstin.text() == BUYER_GSTIN and dialog.okButton.isEnabled()
    assert dialog.buyerState.currentData() == "27" and not dialog.buyerState.isEnabled()
    assert dialog.interStateCheck.isChecked()
    dialog.phone.set_text("12345")
    assert not dialog.okButton.isEnabled()
    dialog.phone.set_text("98765 43210")
    dialog.save()  # no name or address yet
    assert dialog.isVisible() and dialog.message.is_error
    dialog.buyerName.setText("Asha Textiles")
    dialog.buyerAddress.setText("12 Linking Road, Mumbai")
    qtbot.mouseClick(dialog.okButton, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    summary = sell.bill.buyerSummary.text()
    assert "Asha Textiles" in summary and BUYER_GSTIN in summary and "IGST" in summary
    shown = sell.bill.cart_model.totals
    assert shown.igst_paise > 0 and shown.cgst_paise == 0
    assert sell.bill.findChild(type(sell.notice), "igstValue").isVisible()
    stored = _pay_cash(qtbot, selling)
    assert stored.inter_state and stored.igst_paise == shown.igst_paise
    assert (stored.buyer.name, stored.buyer.gstin, stored.buyer.state_code,
            stored.buyer.phone) == ("Asha Textiles", BUYER_GSTIN, "27", "+919876543210")
    assert "No buyer" in sell.bill.buyerSummary.text()  # the next bill starts clean

    # The full tax invoice (A5) prints from the Orders screen with the buyer on it.
    folder = tmp_path / "invoices"
    printing.save_printer_settings(selling.services.db, printing.PrinterSettings(
        kind="pdf", connection=str(folder)))
    selling.show_screen("orders")
    orders = selling.screens["orders"]
    orders.open_bill(stored.invoice_no)
    orders.a5_button.click()
    qtbot.waitUntil(lambda: any(folder.glob("*.pdf")), timeout=10_000)
    [pdf] = folder.glob("*.pdf")
    text = _pdf_text(pdf)
    for shown in ("Asha Textiles", BUYER_GSTIN, "Linking Road", "IGST"):
        assert shown in text, shown


def _pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def test_buyer_from_bihar_is_never_igst_and_can_be_cleared(qtbot, selling) -> None:  # type: ignore[no-untyped-def]
    sell = selling.screens["sell"]
    _add(selling, "TS-STOLE")
    qtbot.keyClick(sell.searchBox, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog("buyerDialog")
    dialog.buyerName.setText("Ravi")
    dialog.buyerState.setCurrentIndex(dialog.buyerState.findData("10"))
    assert not dialog.interStateCheck.isChecked() and not dialog.interStateCheck.isEnabled()
    dialog.buyerState.setCurrentIndex(dialog.buyerState.findData("07"))
    assert dialog.interStateCheck.isChecked()
    dialog.save()
    assert sell.cart.inter_state and sell.cart.buyer.state_code == "07"
    sell.bill.ask_buyer()
    open_dialog("buyerDialog").clear_buyer()
    assert sell.cart.buyer.is_empty and not sell.cart.inter_state


def test_hindi_buyer_dialog_names_states_in_hindi(qtbot, selling) -> None:  # type: ignore[no-untyped-def]
    selling.services.set_language("hi")
    selling.screens["sell"].bill.ask_buyer()
    dialog = open_dialog("buyerDialog")
    assert dialog.buyerState.itemText(dialog.buyerState.findData("10")) == "10  बिहार"
    assert dialog.windowTitle() != "Buyer on the bill"
    dialog.buyerGstin.setText("10ABC")
    assert "GSTIN" in dialog.gstinMessage.text()
    dialog.reject()


def test_a_day_left_open_yesterday_is_closed_before_selling(qtbot, stall) -> None:  # type: ignore[no-untyped-def]
    db = stall.services.db
    manager = next(p for p in __import__("pos.staff").staff.list_staff(db) if p.is_manager)
    yesterday = ist_today() - timedelta(days=1)
    days.open_day(db, staff_id=manager.id, float_paise=1000_00, business_date=yesterday)
    sign_in_manager(stall)
    prompt = open_dialog("staleDayPrompt")
    assert yesterday.strftime("%d-%m-%Y") in prompt.text()
    prompt.reject()
    _add(stall, "TS-STOLE")
    stall.screens["sell"].pay()
    prompt = open_dialog("staleDayPrompt")
    with pytest.raises(LookupError):
        open_dialog("paymentDialog")
    qtbot.mouseClick(prompt.findChild(type(prompt.buttons()[0]), "staleDayGo"),
                     Qt.MouseButton.LeftButton)
    assert stall.current_screen() is stall.screens["day"]
