"""Save the app's screenshots for the docs (offscreen, 1366x768, English and Hindi).

Usage: QT_QPA_PLATFORM=offscreen python tools/app_screenshots.py [OUT_DIR]
(default docs/screens). Builds the app on a temporary copy of the demo catalogue.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Run as a script from anywhere: the repository root must be importable (pos, ui).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtGui import QColor, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pos import catalogue, days, staff
from pos.cart import Buyer
from ui import app

SIZE = (1366, 768)


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _wait_for(condition: Callable[[], bool], timeout_s: float = 10.0) -> None:
    end = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < end:
        QTest.qWait(5)


def _over(window: Any, dialog: Any, path: Path) -> None:
    """Save the dialog over the dimmed window, as the cashier sees it."""
    shot = window.grab()
    painter = QPainter(shot)
    picture = dialog.grab()
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 90))
    painter.drawPixmap((shot.width() - picture.width()) // 2,
                       (shot.height() - picture.height()) // 2, picture)
    painter.end()
    shot.save(str(path))


def main(out: Path) -> int:
    """Write sell-, pay-upi- and buyer-en/hi.png into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="mela-shots-"))
    window = app.build(data)
    window.resize(*SIZE)
    window.show()
    panel = window.signin
    panel.pinInput.setText(staff.DEFAULT_MANAGER_PIN)
    panel.submit()
    _wait_for(lambda: not panel.busy)
    panel.newPinInput.setText("2580")
    panel.confirmPinInput.setText("2580")
    panel.submit()
    _wait_for(lambda: not panel.busy)
    db = window.services.db
    days.open_day(db, staff_id=window.services.staff.id, float_paise=2000_00)
    sell = window.screens["sell"]
    for sku in ("TS-SAREE-GOLD", "MB-BOOKMARK-5", "MB-BOOKMARK-5", "MB-COASTER-6"):
        sell.add_product(catalogue.get(db, sku))
    # A registered buyer from Maharashtra: the bill panel names them and charges IGST.
    sell.bill.set_buyer(Buyer(name="Asha Textiles", phone="98765 43210",
                              address="12 Linking Road, Bandra, Mumbai 400050",
                              gstin="27AAPFU0939F1ZV").validated(), True)
    sell.searchBox.setText("madhubani")
    sell.apply_filter()
    for language in ("en", "hi"):
        window.services.set_language(language)
        _settle()
        window.grab().save(str(out / f"sell-{language}.png"))
        sell.pay()
        dialog = sell._pay_dialog
        dialog.choose("upi")
        dialog.utrInput.setText("40781234")
        _settle()
        _over(window, dialog, out / f"pay-upi-{language}.png")
        dialog.reject()
        _settle()
        buyer = sell.bill.ask_buyer()
        _settle()
        _over(window, buyer, out / f"buyer-{language}.png")
        buyer.reject()
        _settle()
    window.services.set_language("en")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screens")))
