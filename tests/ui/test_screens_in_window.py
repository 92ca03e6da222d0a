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
