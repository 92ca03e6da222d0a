"""The pre-order form: something the buyer pays an advance for and gets delivered later.

Items may be catalogue products (by SKU or barcode, price filled in) or anything described
in words, such as a Madhubani painting in a size the stall does not carry. The advance is
taken by cash, UPI or card; the balance due, the delivery address with its PIN code and the
promised date go on the pre-order slip.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos import catalogue, preorders
from pos.errors import InputError, MelaError
from pos.ids import ist_today
from pos.payments import Payment
from ui import forms
from ui.forms import MessageLine, PhoneField, RupeeEdit, inr, qdate_to_date

DEFAULT_DELIVERY_DAYS = 21


class PreorderDialog(forms.BuyerForm):
    """Take a pre-order with its advance; accepted once it is saved."""

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preorderDialog")
        self.setModal(True)
        self.setMinimumWidth(640)
        self._services = services
        self.preorder: Any = None

        self.phone = PhoneField(self)
        self.name_input = QLineEdit(self)
        self.name_input.setObjectName("preorderNameInput")
        self.item_entry = QLineEdit(self)
        self.item_entry.setObjectName("preorderItemInput")
        self.item_price = RupeeEdit(self)
        self.item_price.setObjectName("preorderItemPrice")
        self.item_price.setMaximumWidth(110)
        self.add_item_button = QPushButton(self)
        self.add_item_button.setObjectName("addPreorderItemButton")
        self.remove_item_button = QPushButton(self)
        self.remove_item_button.setObjectName("removePreorderItemButton")
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.item_entry, 1)
        entry_row.addWidget(self.item_price)
        entry_row.addWidget(self.add_item_button)
        entry_row.addWidget(self.remove_item_button)
        self.items = QTableWidget(0, 3, self)
        self.items.setObjectName("preorderItems")
        self.items.setMaximumHeight(140)
        self.items.verticalHeader().hide()
        self.items.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.total_label = QLabel(inr(0), self)
        self.total_label.setObjectName("preorderTotal")
        self.advance_input = RupeeEdit(self)
        self.advance_input.setObjectName("advanceInput")
        self.advance_method = QComboBox(self)
        self.advance_method.setObjectName("advanceMethod")
        for method in ("cash", "upi", "card"):
            self.advance_method.addItem(method, method)
        self.advance_reference = QLineEdit(self)
        self.advance_reference.setObjectName("advanceReference")
        advance_row = QHBoxLayout()
        advance_row.addWidget(self.advance_input)
        advance_row.addWidget(self.advance_method)
        advance_row.addWidget(self.advance_reference, 1)
        self.balance_label = QLabel(inr(0), self)
        self.balance_label.setObjectName("balanceDue")
        self.address_input = QPlainTextEdit(self)
        self.address_input.setObjectName("addressInput")
        self.address_input.setMaximumHeight(60)
        self.pin_input = QLineEdit(self)
        self.pin_input.setObjectName("pinCodeInput")
        self.pin_input.setMaxLength(6)
        self.pin_input.setInputMask("999999;_")
        self.promised_input = QDateEdit(self)
        self.promised_input.setObjectName("promisedDate")
        self.promised_input.setCalendarPopup(True)
        self.promised_input.setDisplayFormat("dd-MM-yyyy")
        when = ist_today() + timedelta(days=DEFAULT_DELIVERY_DAYS)
        self.promised_input.setDate(QDate(when.year, when.month, when.day))
        today = ist_today()
        self.promised_input.setMinimumDate(QDate(today.year, today.month, today.day))
        self.message = MessageLine(self)
        self.message.setObjectName("preorderMessage")
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("savePreorderButton")
        self.save_button.setAutoDefault(False)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancelPreorderButton")
        self.cancel_button.setAutoDefault(False)

        self.form = QFormLayout()
        self._labels = [QLabel(self) for _ in range(9)]
        rows: list[Any] = [self.phone, self.name_input, entry_row, self.items,
                           self.total_label, advance_row, self.balance_label,
                           self.address_input, None]
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_input)
        self._promised_label = QLabel(self)
        pin_row.addWidget(self._promised_label)
        pin_row.addWidget(self.promised_input)
        pin_row.addStretch(1)
        rows[8] = pin_row
        for label, field in zip(self._labels, rows, strict=True):
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.add_item_button.clicked.connect(self.add_typed)
        self.item_entry.returnPressed.connect(self.add_typed)
        self.remove_item_button.clicked.connect(self._remove_selected)
        self.advance_input.textChanged.connect(self._update_totals)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        forms.shortcut(self, "Ctrl+S", self.save, self.save_button)
        self.retranslate()
        self.phone.input.setFocus()

    def take_over(self, *, phone: str, name: str, interests: list[dict[str, str]]) -> None:
        """Start from what the lead form already has: catalogue items come in with their
        price; the first described item waits in the entry for its agreed price."""
        self.phone.set_text(phone)
        self.name_input.setText(name)
        described = []
        for item in interests:
            product = catalogue.find_by_code(self._services.db, item["sku"]) \
                if item.get("sku") else None
            if product is not None:
                self.add_item({"sku": product.sku,
                               "description": f"{product.name_en} / {product.name_hi}"},
                              product.mrp_paise)
            else:
                described.append(item["text"])
        if described:
            self.item_entry.setText("; ".join(described))
            self.item_price.setFocus()

    # -- items -------------------------------------------------------------------------
    def add_typed(self) -> None:
        """Add the typed item: a known SKU/barcode with its price, or words with the price typed."""
        text = self.item_entry.text().strip()
        if not text:
            return
        product = catalogue.find_by_code(self._services.db, text)
        try:
            price = self.item_price.paise() if self.item_price.text().strip() else None
        except InputError as exc:
            self.message.error(str(exc))
            return
        if product is not None:
            self.add_item({"sku": product.sku,
                           "description": f"{product.name_en} / {product.name_hi}"},
                          price if price is not None else product.mrp_paise)
        else:
            if price is None:
                self.message.error(self.tr("Type the agreed price for '%1'.").replace("%1", text))
                self.item_price.setFocus()
                return
            self.add_item({"description": text}, price)
        self.item_entry.clear()
        self.item_price.clear()
        self.message.clear_message()

    def add_item(self, item: dict[str, Any], unit_price_paise: int, qty: int = 1) -> None:
        """Add one line (``item`` has ``description`` and maybe ``sku``)."""
        row = self.items.rowCount()
        self.items.insertRow(row)
        cell = QTableWidgetItem(item["description"])
        cell.setData(Qt.ItemDataRole.UserRole, dict(item, unit_price_paise=unit_price_paise))
        self.items.setItem(row, 0, cell)
        spin = QSpinBox(self.items)
        spin.setObjectName(f"preorderQty{row}")
        spin.setRange(1, 999)
        spin.setValue(qty)
        spin.valueChanged.connect(self._update_totals)
        self.items.setCellWidget(row, 1, spin)
        price = QTableWidgetItem(inr(unit_price_paise))
        price.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.items.setItem(row, 2, price)
        self._update_totals()

    def item_list(self) -> list[dict[str, Any]]:
        """The lines as ``take_preorder`` expects them."""
        out = []
        for row in range(self.items.rowCount()):
            cell = self.items.item(row, 0)
            if cell is None:
                continue
            data = dict(cell.data(Qt.ItemDataRole.UserRole))
            spin = self.items.cellWidget(row, 1)
            data["qty"] = spin.value() if isinstance(spin, QSpinBox) else 1
            out.append(data)
        return out

    def total(self) -> int:
        """The pre-order's total in paise."""
        return sum(i["unit_price_paise"] * i["qty"] for i in self.item_list())

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.items.selectedIndexes()}, reverse=True)
        for row in rows:
            self.items.removeRow(row)
        self._update_totals()

    def _update_totals(self) -> None:
        total = self.total()
        self.total_label.setText(inr(total))
        try:
            advance = self.advance_input.paise()
        except InputError:
            self.balance_label.setText("—")
            return
        self.balance_label.setText(inr(total - advance))

    # -- saving ------------------------------------------------------------------------
    def save(self) -> None:
        """Store the pre-order and its advance; on a problem keep the form open."""
        if self.phone.e164() is None:
            self.message.error(self.phone.message.text())
            self.phone.input.setFocus()
            return
        try:
            advance = self.advance_input.paise()
            payments: list[Payment] = []
            if advance:
                method = self.advance_method.currentData()
                payments.append(Payment(
                    method=method, amount_paise=advance,
                    reference=self.advance_reference.text().strip() or None,
                ))
            staff = self._services.staff
            self.preorder = preorders.take_preorder(
                self._services.db,
                phone=self.phone.text(),
                buyer_name=self.name_input.text().strip() or None,
                address=self.address_input.toPlainText().strip(),
                pin_code=self.pin_input.text().strip(),
                promised_date=qdate_to_date(self.promised_input.date()),
                items=self.item_list(),
                advance=payments,
                staff_id=staff.id if staff is not None else "",
            )
        except MelaError as exc:
            self.message.error(str(exc))
            return
        self._services.notify_changed("preorder")
        self.accept()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Take a pre-order"))
        for label, text in zip(
            self._labels,
            (self.tr("Mobile"), self.tr("Name"), self.tr("Add item"), self.tr("Items"),
             self.tr("Total"), self.tr("Advance"), self.tr("Balance due"),
             self.tr("Delivery address"), self.tr("PIN code")),
            strict=True,
        ):
            label.setText(text)
        self._promised_label.setText(self.tr("Promised by"))
        self.name_input.setPlaceholderText(self.tr("Buyer's name"))
        self.item_entry.setPlaceholderText(self.tr("SKU or barcode, or describe the item"))
        self.item_price.setPlaceholderText(self.tr("Price ₹"))
        self.add_item_button.setText(self.tr("Add"))
        self.remove_item_button.setText(self.tr("Remove"))
        self.items.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Qty"),
                                              self.tr("Price")])
        methods = {"cash": self.tr("Cash"), "upi": self.tr("UPI"), "card": self.tr("Card")}
        for i in range(self.advance_method.count()):
            self.advance_method.setItemText(i, methods[self.advance_method.itemData(i)])
        self.advance_reference.setPlaceholderText(self.tr("UTR (12 digits) or card ref."))
        self.address_input.setPlaceholderText(self.tr("House, street, town, district"))
        self.save_button.setText(self.tr("Save pre-order"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.phone.retranslate()


def print_slip_for_window(services: Any, window: QWidget | None, preorder_no: str) -> None:
    """Print a pre-order slip in a worker and say how it went in the window's status bar
    (used when the form was opened from the sell screen rather than the leads screen)."""
    from ui import messages, printjobs

    def printed(done: str) -> None:
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(
                QCoreApplication.translate("PreorderDialog", "Pre-order slip: %1.")
                .replace("%1", done), 8000)

    def failed(exc: BaseException) -> None:
        reason = str(exc) if isinstance(exc, MelaError) else type(exc).__name__
        messages.error(window, QCoreApplication.translate(
            "PreorderDialog", "Pre-order %1 is saved, but its slip did not print: %2 "
            "Print it again from the Leads screen.").replace("%1", preorder_no)
            .replace("%2", reason))

    services.run(window, lambda db: printjobs.preorder_slip(db, preorder_no), printed, failed,
                 lane="io")
