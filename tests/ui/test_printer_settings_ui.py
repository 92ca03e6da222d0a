"""The settings screen's printer section driving ``pos.printing`` for real."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pos import printing
from tests.helpers.stall import Stall, services, stall  # noqa: F401
from ui import workers
from ui.screens.settings import Screen as SettingsScreen


def test_choose_a_thermal_printer_save_and_test_print(
    qtbot: Any, services: Any, stall: Stall, tmp_path: Path  # noqa: F811
) -> None:
    screen = SettingsScreen(services)
    qtbot.addWidget(screen)
    assert [screen.printer_kind.itemData(i) for i in range(screen.printer_kind.count())] == list(
        printing.PRINTER_KINDS)
    screen.printer_kind.setCurrentIndex(screen.printer_kind.findData("escpos"))
    screen.paper_width.setCurrentIndex(screen.paper_width.findData("roll58"))
    qtbot.keyClicks(screen.printer_target, "usb:zz:1")  # not a USB id: refused
    screen.save_printer_button.click()
    assert screen.printer_message.is_error
    assert not printing.printer_settings(stall.db).configured

    device = tmp_path / "lp0"
    screen.printer_target.setText(str(device))
    screen.save_printer_button.click()
    assert not screen.printer_message.is_error, screen.printer_message.text()
    saved = printing.printer_settings(stall.db)
    assert (saved.kind, saved.connection, saved.paper) == ("escpos", f"file:{device}", "roll58")

    screen.test_print_button.click()
    qtbot.waitUntil(lambda: screen.test_print_button.isEnabled(), timeout=10_000)
    workers.wait_all(5000)
    assert not screen.printer_message.is_error, screen.printer_message.text()
    data = device.read_bytes()
    at = data.find(b"\x1dv0")
    assert at >= 0 and data[at + 4] + 256 * data[at + 5] == 48  # 384 dots across

    # A reopened screen shows the saved printer in the same one-line form.
    again = SettingsScreen(services)
    qtbot.addWidget(again)
    assert again.printer_target.text() == f"file:{device}"
    assert again.paper_width.currentData() == "roll58"


def test_z_report_follows_the_printer(stall: Stall, tmp_path: Path) -> None:  # noqa: F811
    """With a thermal printer the Z report is laid out on its roll, and prints there."""
    from ui import printjobs

    today = stall.db.execute("SELECT business_date FROM business_days").fetchone()[0]
    stall.sell("MB-0001")
    a4 = printjobs.z_report_pdf(stall.db, today)
    assert not printing.fits_roll(a4, printing.PAPERS["roll80"])
    device = tmp_path / "lp0"
    printing.save_printer_settings(stall.db, printing.PrinterSettings(
        kind="escpos", connection=str(device), paper="roll80"))
    roll = printjobs.z_report_pdf(stall.db, today)
    assert printing.fits_roll(roll, printing.PAPERS["roll80"])
    printjobs.send(stall.db, roll, roll=False)  # the day screen's call
    assert device.read_bytes().count(b"\x1dv0") >= 1


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's limitation
def test_print_document_follows_the_printer_kind(
    qtbot: Any, services: Any, stall: Stall, tmp_path: Path  # noqa: F811
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QApplication

    from ui import print_preview, printjobs

    sale = stall.sell("MB-0001")
    results: list[str] = []
    errors: list[BaseException] = []

    def render(db: Any) -> bytes:
        return printjobs.receipt_pdf(db, sale.invoice_no, printjobs.A5)

    # A PDF folder: saved by a worker, reported back.
    printing.save_printer_settings(stall.db, printing.PrinterSettings(
        kind="pdf", connection=str(tmp_path / "saved")))
    print_preview.print_document(services, None, render, title="Bill A5", done=results.append,
                                 failed=errors.append)
    qtbot.waitUntil(lambda: bool(results or errors), timeout=10_000)
    assert not errors and "Saved Bill A5" in results[0]
    assert (tmp_path / "saved" / "Bill-A5.pdf").exists()

    # A system printer: Qt's preview opens on the UI thread (cancelled here).
    printing.save_printer_settings(stall.db, printing.PrinterSettings(kind="system"))
    seen: list[str] = []

    def close_preview() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QPrintPreviewDialog) and widget.isVisible():
                seen.append(widget.windowTitle())
                widget.reject()
                return
        QTimer.singleShot(20, close_preview)

    QTimer.singleShot(20, close_preview)
    results.clear()
    print_preview.print_document(services, None, render, title="Bill A5", done=results.append,
                                 failed=errors.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == ["Bill A5"] and not results and not errors
