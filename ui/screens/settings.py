"""Settings: who the seller is, how bills print, pairing with the hub, and the language.

The seller profile decides what every bill says (name, address, GSTIN: tax invoice or bill
of supply) and where UPI payments go (VPA and payee name). The invoice series is shown, not
edited: it comes from the device code the hub gives at pairing, so two laptops never share
numbers. Test prints and pairing talk to devices and the network, so they run in workers.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pos import invoices, printing, profile, records
from pos.errors import MelaError
from ui import syncworker
from ui.forms import MessageLine
from ui.safekeeping import BackupBox

PAPER_WIDTHS = ("roll80", "roll58")


class Screen(QWidget):
    """Seller profile, printer, discount limit, hub pairing and language."""

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsScreen")
        self._services = services
        body = QWidget(self)

        # Seller -------------------------------------------------------------------------
        self.seller_box = QGroupBox(body)
        seller = QFormLayout(self.seller_box)
        self.seller_name = QLineEdit(self.seller_box)
        self.seller_name.setObjectName("sellerName")
        self.seller_address = QPlainTextEdit(self.seller_box)
        self.seller_address.setObjectName("sellerAddress")
        self.seller_address.setMaximumHeight(64)
        self.gstin = QLineEdit(self.seller_box)
        self.gstin.setObjectName("gstinInput")
        self.gstin.setMaxLength(15)
        self.composition = QCheckBox(self.seller_box)
        self.composition.setObjectName("compositionCheck")
        self.seller_phone = QLineEdit(self.seller_box)
        self.seller_phone.setObjectName("sellerPhone")
        self.upi_vpa = QLineEdit(self.seller_box)
        self.upi_vpa.setObjectName("upiVpaInput")
        self.upi_payee = QLineEdit(self.seller_box)
        self.upi_payee.setObjectName("upiPayeeInput")
        self.series_label = QLabel(self.seller_box)
        self.series_label.setObjectName("invoiceSeries")
        self._seller_captions = [QLabel(self.seller_box) for _ in range(7)]
        for caption, field in zip(
            self._seller_captions,
            (self.seller_name, self.seller_address, self.gstin, self.seller_phone,
             self.upi_vpa, self.upi_payee, self.series_label),
            strict=True,
        ):
            seller.addRow(caption, field)
        seller.insertRow(3, "", self.composition)
        # The device code starts every invoice number; the hub sets it at pairing.
        code_row = QHBoxLayout()
        self.device_code = QLineEdit(self.seller_box)
        self.device_code.setObjectName("deviceCodeInput")
        self.device_code.setMaxLength(4)
        self.set_code_button = QPushButton(self.seller_box)
        self.set_code_button.setObjectName("setDeviceCodeButton")
        code_row.addWidget(self.device_code)
        code_row.addWidget(self.set_code_button)
        self._code_caption = QLabel(self.seller_box)
        seller.addRow(self._code_caption, code_row)
        self.save_seller_button = QPushButton(self.seller_box)
        self.save_seller_button.setObjectName("saveSellerButton")
        self.seller_message = MessageLine(self.seller_box)
        self.seller_message.setObjectName("sellerMessage")
        seller.addRow(self.save_seller_button)
        seller.addRow(self.seller_message)

        # Printer ------------------------------------------------------------------------
        self.printer_box = QGroupBox(body)
        printer = QFormLayout(self.printer_box)
        self.printer_kind = QComboBox(self.printer_box)
        self.printer_kind.setObjectName("printerKind")
        for kind in printing.PRINTER_KINDS:
            self.printer_kind.addItem(kind, kind)
        self.printer_target = QLineEdit(self.printer_box)
        self.printer_target.setObjectName("printerConnection")
        self.paper_width = QComboBox(self.printer_box)
        self.paper_width.setObjectName("paperWidth")
        for width in PAPER_WIDTHS:
            self.paper_width.addItem(width, width)
        self.cash_drawer = QCheckBox(self.printer_box)
        self.cash_drawer.setObjectName("cashDrawerCheck")
        self.test_print_button = QPushButton(self.printer_box)
        self.test_print_button.setObjectName("testPrintButton")
        self.save_printer_button = QPushButton(self.printer_box)
        self.save_printer_button.setObjectName("savePrinterButton")
        self.printer_message = MessageLine(self.printer_box)
        self.printer_message.setObjectName("printerMessage")
        self._printer_captions = [QLabel(self.printer_box) for _ in range(3)]
        for caption, field in zip(
            self._printer_captions, (self.printer_kind, self.printer_target, self.paper_width),
            strict=True,
        ):
            printer.addRow(caption, field)
        printer.addRow("", self.cash_drawer)
        printer_buttons = QHBoxLayout()
        printer_buttons.addWidget(self.save_printer_button)
        printer_buttons.addWidget(self.test_print_button)
        printer.addRow(printer_buttons)
        printer.addRow(self.printer_message)

        # Selling ------------------------------------------------------------------------
        self.selling_box = QGroupBox(body)
        selling = QFormLayout(self.selling_box)
        self.discount_limit = QDoubleSpinBox(self.selling_box)
        self.discount_limit.setObjectName("discountLimit")
        self.discount_limit.setRange(0, 100)
        self.discount_limit.setDecimals(2)
        self.discount_limit.setSuffix(" %")
        self.save_limit_button = QPushButton(self.selling_box)
        self.save_limit_button.setObjectName("saveDiscountLimitButton")
        self.language = QComboBox(self.selling_box)
        self.language.setObjectName("languageChoice")
        self.language.addItem("English", "en")
        self.language.addItem("हिन्दी", "hi")
        self.selling_message = MessageLine(self.selling_box)
        self.selling_message.setObjectName("sellingMessage")
        self._selling_captions = [QLabel(self.selling_box) for _ in range(2)]
        limit_row = QHBoxLayout()
        limit_row.addWidget(self.discount_limit)
        limit_row.addWidget(self.save_limit_button)
        selling.addRow(self._selling_captions[0], limit_row)
        selling.addRow(self._selling_captions[1], self.language)
        selling.addRow(self.selling_message)

        # Hub ----------------------------------------------------------------------------
        self.hub_box = QGroupBox(body)
        hub = QFormLayout(self.hub_box)
        self.hub_url = QLineEdit(self.hub_box)
        self.hub_url.setObjectName("hubUrlInput")
        self.hub_code = QLineEdit(self.hub_box)
        self.hub_code.setObjectName("hubCodeInput")
        self.pair_button = QPushButton(self.hub_box)
        self.pair_button.setObjectName("pairButton")
        self.pair_state = QLabel(self.hub_box)
        self.pair_state.setObjectName("pairState")
        self.pair_state.setWordWrap(True)
        self.hub_message = MessageLine(self.hub_box)
        self.hub_message.setObjectName("hubMessage")
        self._hub_captions = [QLabel(self.hub_box) for _ in range(2)]
        hub.addRow(self._hub_captions[0], self.hub_url)
        hub.addRow(self._hub_captions[1], self.hub_code)
        hub.addRow(self.pair_button)
        hub.addRow(self.pair_state)
        hub.addRow(self.hub_message)

        grid = QGridLayout(body)
        grid.addWidget(self.seller_box, 0, 0, 2, 1)
        grid.addWidget(self.printer_box, 0, 1)
        grid.addWidget(self.selling_box, 1, 1)
        grid.addWidget(self.hub_box, 2, 0)
        self.backup_box = BackupBox(services, body)
        grid.addWidget(self.backup_box, 2, 1)  # side by side: the page fits 1366x768
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.save_seller_button.clicked.connect(self.save_seller)
        self.set_code_button.clicked.connect(self.set_device_code)
        self.save_printer_button.clicked.connect(self.save_printer)
        self.test_print_button.clicked.connect(self.test_print)
        self.save_limit_button.clicked.connect(self.save_discount_limit)
        self.language.activated.connect(self._language_chosen)
        self.pair_button.clicked.connect(self.pair)
        self.retranslate()
        self.load()

    def title(self) -> str:
        """The toolbar and window title of this screen."""
        return self.tr("Settings")

    def activated(self) -> None:
        """The screen came to the front: show fresh figures."""
        self.load()

    # -- loading -----------------------------------------------------------------------
    def load(self) -> None:
        """Show the stored settings (short reads)."""
        db = self._services.db
        seller = profile.seller_profile(db)
        self.seller_name.setText(seller.name)
        self.seller_address.setPlainText(seller.address)
        self.gstin.setText(seller.gstin or "")
        self.composition.setChecked(seller.composition)
        self.seller_phone.setText(seller.phone or "")
        self.upi_vpa.setText(seller.upi_vpa or "")
        self.upi_payee.setText(seller.upi_payee_name or "")
        self._show_series()
        settings = printing.printer_settings(db)
        self.printer_kind.setCurrentIndex(max(0, self.printer_kind.findData(settings.kind)))
        self.printer_target.setText(settings.connection or "")
        self.paper_width.setCurrentIndex(max(0, self.paper_width.findData(settings.paper)))
        self.cash_drawer.setChecked(settings.cash_drawer)
        self.discount_limit.setValue(profile.discount_limit_bp(db) / 100)
        self.language.setCurrentIndex(max(0, self.language.findData(self._services.language)))
        self._show_pairing()

    def _show_series(self) -> None:
        device = records.device(self._services.db)
        self.device_code.setText(device.device_code)
        self.series_label.setText(
            self.tr("Device %1 · next bill %2").replace("%1", device.device_code)
            .replace("%2", invoices.peek_next(self._services.db))
        )

    def _show_pairing(self) -> None:
        state = syncworker.read_state(self._services.db)
        if state.paired:
            self.pair_state.setText(self.tr("Paired with %1.").replace("%1", state.hub_url or ""))
            self.hub_url.setText(state.hub_url or "")
        else:
            self.pair_state.setText(self.tr("Not paired: sales stay on this laptop until you "
                                            "pair it with the hub."))

    # -- saving ------------------------------------------------------------------------
    def save_seller(self) -> None:
        """Validate and store the seller profile."""
        try:
            saved = profile.save_seller_profile(
                self._services.db,
                profile.SellerProfile(
                    name=self.seller_name.text(),
                    address=self.seller_address.toPlainText(),
                    gstin=self.gstin.text().strip().upper() or None,
                    upi_vpa=self.upi_vpa.text().strip() or None,
                    upi_payee_name=self.upi_payee.text().strip() or None,
                    phone=self.seller_phone.text().strip() or None,
                    composition=self.composition.isChecked(),
                ),
            )
        except MelaError as exc:
            self.seller_message.error(str(exc))
            return
        self.gstin.setText(saved.gstin or "")
        kind = self.tr("tax invoices") if saved.doc_type == "tax_invoice" \
            else self.tr("bills of supply")
        self.seller_message.ok(self.tr("Saved. Bills will be %1.").replace("%1", kind))
        self._services.notify_changed("settings")

    def _printer_choice(self) -> Any:
        return printing.PrinterSettings(
            kind=self.printer_kind.currentData(),
            connection=self.printer_target.text().strip() or None,
            paper=self.paper_width.currentData(),
            cash_drawer=self.cash_drawer.isChecked(),
        )

    def save_printer(self) -> None:
        """Store the printer choice."""
        try:
            saved = printing.save_printer_settings(self._services.db, self._printer_choice())
        except MelaError as exc:
            self.printer_message.error(str(exc))
            return
        self.printer_target.setText(saved.connection or "")
        self.printer_message.ok(self.tr("Printer saved: %1.").replace("%1", saved.describe()))
        self._services.notify_changed("settings")

    def test_print(self) -> None:
        """Print a test slip on the chosen printer, in a worker."""
        choice = self._printer_choice()
        self.printer_message.ok(self.tr("Printing a test slip…"))
        self.test_print_button.setEnabled(False)

        def done(result: Any) -> None:
            self.test_print_button.setEnabled(True)
            self.printer_message.ok(self.tr("Test slip: %1.").replace("%1", str(result)))

        def failed(exc: BaseException) -> None:
            self.test_print_button.setEnabled(True)
            self.printer_message.error(str(exc) if isinstance(exc, MelaError)
                                       else type(exc).__name__)

        self._services.run(self, lambda db: printing.test_print(db, choice), done, failed,
                           lane="io")

    def set_device_code(self) -> None:
        """Set the code that starts this laptop's invoice numbers (before its first bill of
        the year; the manager's screen)."""
        try:
            profile.set_device_code(self._services.db, self.device_code.text())
        except MelaError as exc:
            self.seller_message.error(str(exc))
            return
        self._show_series()
        self.seller_message.ok(self.tr("Device code saved."))
        self._services.notify_changed("settings")

    def save_discount_limit(self) -> None:
        """Store the cashier's discount limit."""
        try:
            profile.set_discount_limit_bp(self._services.db,
                                          round(self.discount_limit.value() * 100))
        except MelaError as exc:
            self.selling_message.error(str(exc))
            return
        self.selling_message.ok(self.tr("Discount limit saved."))
        self._services.notify_changed("settings")

    def _language_chosen(self, _index: int) -> None:
        self._services.set_language(self.language.currentData())

    def pair(self) -> None:
        """Exchange the one-time code for this laptop's identity, in a worker."""
        client = syncworker.sync_client
        url, code = self.hub_url.text().strip(), self.hub_code.text().strip()
        if client is None:
            self.hub_message.error(self.tr("The sync client is not part of this build."))
            return
        if not url or not code:
            self.hub_message.error(self.tr("Enter the hub address and the pairing code."))
            return
        self.pair_button.setEnabled(False)
        self.hub_message.ok(self.tr("Pairing…"))

        def done(_result: Any) -> None:
            self.pair_button.setEnabled(True)
            self.hub_code.clear()
            self.hub_message.ok(self.tr("Paired. The first sync starts now."))
            self._show_series()
            self._show_pairing()
            self._services.notify_changed("settings")
            syncworker.for_services(self._services).sync_now()

        def failed(exc: BaseException) -> None:
            self.pair_button.setEnabled(True)
            self.hub_message.error(str(exc) if isinstance(exc, MelaError)
                                   else type(exc).__name__)

        self._services.run(self, lambda db: client.enroll(db, url, code), done, failed,
                           lane="net")

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.seller_box.setTitle(self.tr("Seller (printed on every bill)"))
        for caption, text in zip(
            self._seller_captions,
            (self.tr("Name"), self.tr("Address"), self.tr("GSTIN"), self.tr("Phone"),
             self.tr("UPI ID (VPA)"), self.tr("UPI payee name"), self.tr("Invoice series")),
            strict=True,
        ):
            caption.setText(text)
        self.gstin.setPlaceholderText(self.tr("Leave empty if not registered"))
        self.upi_vpa.setPlaceholderText("stall@okaxis")
        self.composition.setText(self.tr("Composition scheme (bill of supply)"))
        self.save_seller_button.setText(self.tr("Save seller"))
        self._code_caption.setText(self.tr("Device code"))
        self.set_code_button.setText(self.tr("Set code"))
        self.printer_box.setTitle(self.tr("Receipt printer"))
        for caption, text in zip(
            self._printer_captions,
            (self.tr("Printer"), self.tr("Connection"), self.tr("Paper")),
            strict=True,
        ):
            caption.setText(text)
        self.printer_target.setPlaceholderText(
            self.tr("usb:0416:5011, 192.168.1.50, serial:/dev/ttyUSB0, a queue or a folder")
        )
        self.save_printer_button.setText(self.tr("Save printer"))
        kinds = {"escpos": self.tr("Thermal roll printer (ESC/POS)"),
                 "system": self.tr("System printer"), "pdf": self.tr("Save as PDF in a folder")}
        for i in range(self.printer_kind.count()):
            kind = self.printer_kind.itemData(i)
            self.printer_kind.setItemText(i, kinds.get(kind, kind))
        widths = {"roll80": self.tr("80 mm roll"), "roll58": self.tr("58 mm roll")}
        for i in range(self.paper_width.count()):
            self.paper_width.setItemText(i, widths[self.paper_width.itemData(i)])
        self.cash_drawer.setText(self.tr("Open the cash drawer after a cash sale"))
        self.test_print_button.setText(self.tr("Test print"))
        self.selling_box.setTitle(self.tr("Selling"))
        self._selling_captions[0].setText(self.tr("Cashier discount limit"))
        self._selling_captions[1].setText(self.tr("Language"))
        self.save_limit_button.setText(self.tr("Save limit"))
        self.hub_box.setTitle(self.tr("Hub pairing"))
        self._hub_captions[0].setText(self.tr("Hub address"))
        self._hub_captions[1].setText(self.tr("Pairing code"))
        self.hub_url.setPlaceholderText("https://hub.example.org")
        self.pair_button.setText(self.tr("Pair this laptop"))
        self._show_pairing()
        if hasattr(self, "backup_box"):
            self.backup_box.retranslate()
