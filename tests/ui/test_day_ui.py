"""The day screen through the real widgets: count the drawer, preview Z, close with a PIN."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from pos import days, printing
from tests.helpers.stall import (  # noqa: F401
    Stall,
    approve_as_manager,
    make_stall,
    services,
    stall,
)
from ui.screens.day import Screen as DayScreen


def test_close_the_day_with_denominations(
    qtbot: Any, services: Any, stall: Stall  # noqa: F811
) -> None:
    stall.sell("MB-0001")  # ₹1,200 cash on top of the ₹2,000 float
    screen = DayScreen(services)
    qtbot.addWidget(screen)
    assert not screen.open_box.isVisible() and screen.count.isEnabled()
    assert screen.expected_value.text() == "₹3,200.00"

    screen.count.spins[50000].setValue(6)
    screen.count.spins[10000].setValue(1)
    screen.count.spins[1000].setValue(9)
    qtbot.keyClicks(screen.count.coins, "5")
    assert screen.counted_value.text() == "₹3,195.00"
    assert screen.variance_value.text() == "-₹5.00"
    qtbot.keyClicks(screen.count.coins, "x")  # a typing slip shows, and blocks closing
    assert screen.counted_value.text() == "—"
    screen.close_button.click()
    assert screen.message.is_error and screen.approval is None
    screen.count.coins.setText("5")

    screen.preview_button.click()
    qtbot.waitUntil(lambda: not screen.preview.pixmap().isNull(), timeout=10_000)

    screen.close_button.click()
    approve_as_manager(qtbot, screen.approval, stall)
    qtbot.waitUntil(lambda: screen.closed_day_id is not None, timeout=10_000)
    day = days.get_day(stall.db, screen.closed_day_id)
    assert not day.is_open
    assert day.counted_cash_paise == 319500 and day.variance_paise == -500
    assert day.close_approved_by == stall.manager.id
    assert day.counted is not None and day.counted["50000"] == 6
    assert not screen.open_box.isHidden()  # ready to open the next day
    assert days.current_day(stall.db) is None
    assert "not paired" in screen.sync_note.text()
    assert screen.print_button.isEnabled()

    folder = stall.data_dir / "printed"
    printing.save_printer_settings(stall.db, printing.PrinterSettings(
        kind="pdf", connection=str(folder)))
    screen.print_button.click()
    qtbot.waitUntil(lambda: "Z report:" in screen.message.text(), timeout=10_000)
    [saved] = folder.glob("*.pdf")
    assert saved.read_bytes().startswith(b"%PDF")


def test_open_the_day_with_a_float(qtbot: Any, data_dir: Path) -> None:
    from ui import fonts, syncworker, workers
    from ui.i18n import Translations
    from ui.services import Services

    stall = make_stall(data_dir, open_day=False)  # noqa: F811
    fonts.install(QApplication.instance())
    app_services = Services(stall.data_dir, stall.db, Translations())
    app_services.set_staff(stall.manager)
    try:
        screen = DayScreen(app_services)
        qtbot.addWidget(screen)
        assert not screen.open_box.isHidden() and not screen.close_button.isEnabled()
        assert "No day is open" in screen.state_label.text()
        qtbot.keyClicks(screen.float_input, "abc")
        screen.open_button.click()
        assert screen.message.is_error and days.current_day(stall.db) is None
        screen.float_input.clear()
        qtbot.keyClicks(screen.float_input, "1,500")
        screen.open_button.click()
        day = days.current_day(stall.db)
        assert day is not None and day.opening_float_paise == 150000
        assert screen.open_box.isHidden() and screen.close_button.isEnabled()
        assert screen.expected_value.text() == "₹1,500.00"
    finally:
        syncworker.for_services(app_services).stop()
        workers.wait_all()
        stall.db.close()
