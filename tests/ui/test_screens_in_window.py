"""The screens inside the real stall window: toolbar, status bar, sell-screen lead, Hindi."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from pos import leads
from tests.ui.conftest import close_dialogs, open_dialog
from ui.dialogs.lead import LeadDialog
from ui.syncstatus import SyncStatus


def test_lead_from_the_sell_screen_and_day_close_in_hindi(qtbot: Any, selling: Any) -> None:
    window = selling
    status = window.findChild(SyncStatus, "syncStatus")
    assert status is not None
    qtbot.waitUntil(lambda: "Not paired" in status.text(), timeout=3000)

    sell = window.screens["sell"]
    qtbot.mouseClick(sell.leadButton, Qt.MouseButton.LeftButton)
    dialog = open_dialog("leadDialog")
    assert isinstance(dialog, LeadDialog)
    qtbot.keyClicks(dialog.phone.input, "12345")
    assert dialog.phone.e164() is None
    dialog.phone.input.clear()
    qtbot.keyClicks(dialog.phone.input, "9876543210")
    qtbot.keyClicks(dialog.interests.entry, "Bawan Buti saree, blue")
    dialog.interests.add_button.click()
    dialog.consent.setChecked(True)
    dialog.save_button.click()
    assert [ld.phone_e164 for ld in leads.find_leads(window.services.db)] == ["+919876543210"]
    close_dialogs()
    qtbot.waitUntil(lambda: "waiting" in status.text(), timeout=3000)
    window.show_screen("leads")  # it was hidden when the lead was taken: it catches up now
    leads_screen = window.screens["leads"]
    assert leads_screen.model.rowCount() == 1
    leads_screen.search_box.setFocus()
    qtbot.keyClick(leads_screen.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(leads_screen.dialog, LeadDialog) and leads_screen.dialog.isVisible()
    close_dialogs()

    qtbot.mouseClick(window.dayCloseButton, Qt.MouseButton.LeftButton)
    day = window.screens["day"]
    assert window.current_screen() is day
    assert day.close_button.text() == "Close the day (manager PIN)"
    qtbot.mouseClick(window.languageSwitch, Qt.MouseButton.LeftButton)
    assert window.services.language == "hi"
    assert day.close_button.text() == "दिन बंद करें (मैनेजर PIN)"
    assert day.count.title() == "गल्ले की नकदी गिनें"
    assert window.screens["orders"].find_button.text() == "खोजें"
    assert "हब से नहीं जुड़ा" in status.text()


def test_pre_order_from_the_sell_screen_lead_form(qtbot: Any, selling: Any) -> None:
    from pos import preorders, printing

    window = selling
    folder = window.services.data_dir / "slips"
    printing.save_printer_settings(window.services.db, printing.PrinterSettings(
        kind="pdf", connection=str(folder)))
    sell = window.screens["sell"]
    qtbot.mouseClick(sell.leadButton, Qt.MouseButton.LeftButton)
    lead = open_dialog("leadDialog")
    qtbot.keyClicks(lead.phone.input, "98765 43210")
    qtbot.keyClicks(lead.name_input, "Meena")
    qtbot.keyClicks(lead.interests.entry, "Madhubani painting 3 x 4 ft, Kohbar")
    lead.interests.add_button.click()
    lead.preorder_button.click()
    dialog = open_dialog("preorderDialog")
    assert dialog.phone.e164() == "+919876543210" and dialog.name_input.text() == "Meena"
    assert dialog.item_entry.text() == "Madhubani painting 3 x 4 ft, Kohbar"
    qtbot.keyClicks(dialog.item_price, "18000")
    dialog.add_item_button.click()
    qtbot.keyClicks(dialog.advance_input, "5000")
    dialog.advance_method.setCurrentIndex(dialog.advance_method.findData("cash"))
    dialog.address_input.setPlainText("Ward 7, Jitwarpur, Madhubani")
    qtbot.keyClicks(dialog.pin_input, "847211")
    dialog.save_button.click()
    [order] = preorders.list_preorders(window.services.db)
    assert order.balance_paise == 13000_00 and order.advance_paise == 5000_00
    qtbot.waitUntil(lambda: "slip" in window.statusBar().currentMessage(), timeout=10_000)
    assert len(list(folder.glob("*.pdf"))) == 1
    assert leads.find_leads(window.services.db) == []  # a pre-order, not a lead
    close_dialogs()
