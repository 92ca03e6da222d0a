"""Screenshots of the lead form, day close, orders and settings at 1366x768, English and Hindi.

Run from the repository root (no display needed)::

    QT_QPA_PLATFORM=offscreen python docs/screens/shoot_screens.py [OUT_DIR]

It builds the real window on a fresh demo stall, signs in a manager, rings up a few sales
through the real checkout, and grabs each screen. A dialog is a separate top-level window
offscreen, so it is painted over the window grab where the window manager would put it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from pos import catalogue, days, leads, preorders, staff
from pos.cart import Buyer, Cart
from pos.ids import ist_today
from pos.payments import Payment
from pos.sales import checkout
from ui import app, workers
from ui.dialogs.lead import LeadDialog

SIZE = (1366, 768)


def settle(seconds: float = 0.3) -> None:
    """Let queued signals, worker results and layouts land."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def grab(window: QWidget, path: Path, dialog: QWidget | None = None) -> None:
    """Save the window, with ``dialog`` painted centred over it as on a real screen."""
    settle()
    picture = window.grab()
    if dialog is not None:
        over = dialog.grab()
        painter = QPainter(picture)
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))  # the modal shade
        corner = QPoint((picture.width() - over.width()) // 2,
                        max(0, (picture.height() - over.height()) // 2))
        painter.drawPixmap(corner, over)
        painter.end()
    picture.save(str(path))
    print(path)


def make_stall(data_dir: Path) -> tuple[QWidget, object]:
    """The window on a demo stall with a manager signed in, a day open and a few sales."""
    window = app.build(data_dir)
    db = window.services.db
    manager = staff.create_staff(db, "Asha Devi", "manager", "4321")
    days.open_day(db, staff_id=manager.id, float_paise=2000_00)
    products = catalogue.search(db, "", limit=8)
    for n, product in enumerate(products[:6]):
        cart = Cart()
        cart.add(product, 1 + n % 2)
        if n % 3 == 0:
            cart.buyer = Buyer(phone=f"98765 4321{n}")
        total = cart.totals().total_paise
        method = "cash" if n % 2 == 0 else "upi"
        pay = Payment("cash", total, total) if method == "cash" else Payment(
            "upi", total, reference=f"41234567890{n}")
        checkout(db, cart, [pay], staff_id=manager.id)
    leads.take_lead(db, phone="91234 56789", name="Ramesh Yadav", district="Darbhanga",
                    interests=[{"text": "Sikki lamp shade"}], consent=True,
                    notice_text=leads.CONSENT_NOTICE_EN, staff_id=manager.id)
    preorders.take_preorder(
        db, phone="98765 43210", buyer_name="Meena Kumari",
        address="Ward 7, Jitwarpur, Madhubani", pin_code="847211",
        promised_date=ist_today() + timedelta(days=12),
        items=[{"description": "Madhubani painting 3 x 4 ft, Kohbar",
                "unit_price_paise": 18000_00, "qty": 1}],
        advance=[Payment("cash", 5000_00)], staff_id=manager.id)
    window.resize(*SIZE)
    window.show()
    window.services.notify_changed("sale")
    window._on_signed_in(staff.get_staff(db, manager.id))
    return window, products[0]


def shoot(out: Path, language: str) -> None:
    """Every screenshot in one language."""
    with tempfile.TemporaryDirectory() as tmp:
        window, product = make_stall(Path(tmp))
        services = window.services
        services.set_language(language)
        settle()

        window.show_screen("sell")
        dialog = LeadDialog(services, window, product=product)
        dialog.phone.input.setText("98765 43210")
        dialog.name_input.setText("सीता देवी" if language == "hi" else "Sita Devi")
        dialog.district_input.setText("Madhubani")
        dialog.interests.entry.setText("Sujani quilt, double bed")
        dialog.interests.add_typed()
        dialog.consent.setChecked(True)
        dialog.show()
        settle()
        grab(window, out / f"lead-{language}.png", dialog)
        dialog.phone.input.setText("0612 22345")
        settle()
        dialog.grab().save(str(out / f"lead-bad-phone-{language}.png"))
        dialog.close()

        window.show_screen("day")
        day = window.screens["day"]
        expected = days.expected_cash(services.db, days.current_day(services.db).id)
        short_by = 1000  # a ₹10 note gone missing: the variance shows in red
        left = expected - short_by
        for paise in days.DENOMINATIONS:
            day.count.spins[paise].setValue(left // paise)
            left %= paise
        day.count.coins.setText(str(left // 100))
        day.preview_z()
        deadline = time.monotonic() + 20
        while day.preview.pixmap().isNull() and time.monotonic() < deadline:
            settle(0.1)
        grab(window, out / f"dayclose-{language}.png")

        window.show_screen("orders")
        orders = window.screens["orders"]
        orders.table.selectRow(0)
        grab(window, out / f"orders-{language}.png")

        window.show_screen("leads")
        grab(window, out / f"leads-{language}.png")
        leads_screen = window.screens["leads"]
        leads_screen.tabs.setCurrentIndex(1)
        leads_screen.pre_table.selectRow(0)
        grab(window, out / f"preorders-{language}.png")
        leads_screen.tabs.setCurrentIndex(0)
        preorder = window.screens["leads"].new_preorder()
        preorder.phone.set_text("98765 43210")
        preorder.name_input.setText("मीना कुमारी" if language == "hi" else "Meena Kumari")
        preorder.add_item({"sku": product.sku,
                           "description": f"{product.name_en} / {product.name_hi}"},
                          product.mrp_paise, 2)
        preorder.add_item({"description": "Madhubani painting 3 x 4 ft, Kohbar"}, 1800000)
        preorder.advance_input.setText("5000")
        preorder.advance_method.setCurrentIndex(preorder.advance_method.findData("upi"))
        preorder.advance_reference.setText("412345678901")
        preorder.address_input.setPlainText("Ward 7, Jitwarpur, Madhubani, Bihar")
        preorder.pin_input.setText("847211")
        settle()
        grab(window, out / f"preorder-{language}.png", preorder)
        preorder.reject()
        window.show_screen("stock")
        grab(window, out / f"stock-{language}.png")
        window.show_screen("settings")
        grab(window, out / f"settings-{language}.png")
        workers.wait_all(10_000)
        settle()
        window.close()
        settle()


def main() -> None:
    """Shoot both languages into the folder given (default docs/screens)."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    app.application()
    for language in ("en", "hi"):
        shoot(out, language)


if __name__ == "__main__":
    main()
