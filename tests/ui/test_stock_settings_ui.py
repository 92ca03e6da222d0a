"""Stock and settings screens through the real widgets."""

from __future__ import annotations

from typing import Any

from pos import profile, records, stock
from tests.helpers.stall import Stall, approve_as_manager, services, stall  # noqa: F401
from ui.screens.settings import Screen as SettingsScreen
from ui.screens.stock import LOW_COLOUR, SOLD_OUT_COLOUR
from ui.screens.stock import Screen as StockScreen


def _row_of(screen: StockScreen, sku: str) -> int:
    return [p.sku for p in screen.model.records()].index(sku)


def test_stock_levels_highlight_and_count_adjustment(
    qtbot: Any, qtmodeltester: Any, services: Any, stall: Stall  # noqa: F811
) -> None:
    stall.sell("SK-0002", 2)  # sold out
    screen = StockScreen(services)
    qtbot.addWidget(screen)
    qtmodeltester.check(screen.model)
    from PySide6.QtCore import Qt

    def colour(sku: str) -> str | None:
        brush = screen.model.index(_row_of(screen, sku), 0).data(Qt.ItemDataRole.BackgroundRole)
        return brush.color().name() if brush is not None else None

    assert colour("SK-0002") == SOLD_OUT_COLOUR
    assert colour("MB-0001") is None  # 5 left
    assert colour("TK-0003") is None  # one-of-a-kind: one left is normal
    screen.low_only.click()
    assert [p.sku for p in screen.model.records()] == ["SK-0002"]
    screen.low_only.click()

    screen.table.selectRow(_row_of(screen, "MB-0001"))
    assert screen.counted.value() == 5
    screen.counted.setValue(3)
    screen.adjust_button.click()
    assert screen.message.is_error and screen.approval is None  # reason first
    qtbot.keyClicks(screen.reason, "two damaged in the rain")
    screen.adjust_button.click()
    approve_as_manager(qtbot, screen.approval, stall)
    assert stock.level(stall.db, "MB-0001") == 3
    assert "corrected" in screen.message.text()
    assert colour("MB-0001") is None and screen.selected().sku == "MB-0001"
    screen.counted.setValue(2)
    qtbot.keyClicks(screen.reason, "x")
    screen.adjust_button.click()
    approve_as_manager(qtbot, screen.approval, stall, wrong_first=False)
    assert colour("MB-0001") == LOW_COLOUR


def test_settings_save_seller_profile_and_discount_limit(
    qtbot: Any, services: Any, stall: Stall  # noqa: F811
) -> None:
    screen = SettingsScreen(services)
    qtbot.addWidget(screen)
    code = records.device(stall.db).device_code
    assert f"{code}/" in screen.series_label.text() and screen.device_code.text() == code
    screen.device_code.setText("m07")
    screen.set_code_button.click()
    assert records.device(stall.db).device_code == "M07"
    assert "M07/" in screen.series_label.text() and not screen.seller_message.is_error
    screen.device_code.setText("M-7")
    screen.set_code_button.click()
    assert screen.seller_message.is_error and records.device(stall.db).device_code == "M07"
    assert "Not paired" in screen.pair_state.text()
    qtbot.keyClicks(screen.seller_name, "Upendra Maharathi Shilp Anusandhan Sansthan")
    screen.seller_address.setPlainText("Patliputra Colony, Patna 800013")
    qtbot.keyClicks(screen.gstin, "10AAAAA0000A1Z")  # 14 characters: refused
    screen.save_seller_button.click()
    assert screen.seller_message.is_error
    assert profile.seller_profile(stall.db).name == ""
    screen.gstin.clear()
    qtbot.keyClicks(screen.upi_vpa, "umsas@sbi")
    qtbot.keyClicks(screen.upi_payee, "UMSAS Patna")
    screen.save_seller_button.click()
    assert not screen.seller_message.is_error, screen.seller_message.text()
    saved = profile.seller_profile(stall.db)
    assert saved.upi_vpa == "umsas@sbi" and saved.upi_payee_name == "UMSAS Patna"
    assert saved.doc_type == "bill_of_supply"

    screen.discount_limit.setValue(12.5)
    screen.save_limit_button.click()
    assert profile.discount_limit_bp(stall.db) == 1250

    screen.pair_button.click()
    assert screen.hub_message.is_error  # no address or code


def test_settings_printer_save_and_test_print(
    qtbot: Any, services: Any, stall: Stall, tmp_path: Any  # noqa: F811
) -> None:
    from pos import printing

    screen = SettingsScreen(services)
    qtbot.addWidget(screen)
    screen.printer_kind.setCurrentIndex(screen.printer_kind.findData("escpos"))
    qtbot.keyClicks(screen.printer_target, "usb:zz:5011")
    screen.save_printer_button.click()
    assert screen.printer_message.is_error
    assert printing.printer_settings(stall.db).configured is False

    device = tmp_path / "lp0"
    screen.printer_target.setText(f"file:{device}")
    screen.paper_width.setCurrentIndex(screen.paper_width.findData("roll58"))
    screen.save_printer_button.click()
    assert not screen.printer_message.is_error, screen.printer_message.text()
    saved = printing.printer_settings(stall.db)
    assert saved.kind == "escpos" and saved.paper == "roll58"
    screen.test_print_button.click()
    qtbot.waitUntil(lambda: "Test slip" in screen.printer_message.text()
                    or screen.printer_message.is_error, timeout=10_000)
    assert not screen.printer_message.is_error, screen.printer_message.text()
    assert device.stat().st_size > 500


def test_price_tags_for_a_product_and_for_all_shown(
    qtbot: Any, services: Any, stall: Stall  # noqa: F811
) -> None:
    import io

    import pypdfium2

    screen = StockScreen(services)
    qtbot.addWidget(screen)
    shown: list[bytes] = []
    screen.show_pdf = lambda pdf, **_kw: shown.append(pdf)

    screen.table.clearSelection()
    screen.table.selectionModel().clearCurrentIndex()
    screen.labels_button.click()
    assert screen.labels_message.is_error and not shown  # choose a product first

    screen.table.selectRow(_row_of(screen, "MB-0001"))  # five in stock: five tags
    screen.labels_button.click()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    text = pypdfium2.PdfDocument(io.BytesIO(shown[0]))[0].get_textpage().get_text_range()
    assert text.count("MB-0001") >= 5

    screen.search_box.setText("SK-0002")
    screen.shown_labels_button.click()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10_000)
    page = pypdfium2.PdfDocument(io.BytesIO(shown[1]))[0]
    assert round(page.get_width()) == 595  # an A4 sheet, not the receipt roll
    text = page.get_textpage().get_text_range()
    assert "SK-0002" in text and "MB-0001" not in text
