"""The sell screen: find a product (grid, craft, search, scanner), build the bill, pay.

Left: craft filter, search box and the product grid (pages fetched as it scrolls). Right:
the bill with quantity and discount controls, the totals exactly as checkout will store
them, and the big Pay button. A barcode scanner adds its product whatever has focus.

Keyboard: F2 search, F3 craft, F4 quantity, + / - quantity, F8 line discount,
Shift+F8 bill discount, Del remove line, F9 lead, F12 pay, Esc clear the search (twice:
clear the bill).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos import catalogue
from pos.cart import Cart, Discount, discount_needs_manager
from pos.errors import MelaError
from pos.money import format_inr
from pos.profile import discount_limit_bp
from ui.dialogs.approve import ask_approval
from ui.dialogs.discount import DiscountDialog
from ui.fonts import app_font
from ui.look import go_button, warning_label
from ui.models.cart import COL_AMOUNT, COL_ITEM, CartModel
from ui.models.products import PAGE_SIZE, ProductGridModel, ProductRole
from ui.productcards import CARD_SIZE, ProductCardDelegate
from ui.scanner import ScannerFilter
from ui.services import Services

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 80   # one query per pause in typing, not per key
RESULT_COUNT_CAP = 1000  # beyond this the count line says "1000+ products"


def count_cap(text: str) -> int:
    """Where the result count stops ("1000+ products") for what is in the search box.

    Counting is a scan: words of three or more characters are counted from the trigram
    index up to 1000; a one- or two-letter word has no index and matches a large part of
    the catalogue, so its count stops at one page ("60+"), which keeps every keystroke
    within the 10 ms budget over 50,000 products.
    """
    words = text.split()
    if all(len(word) >= 3 for word in words):
        return RESULT_COUNT_CAP
    return PAGE_SIZE
TOUCH = 52             # minimum height of a touch target in pixels


class ProductGrid(QListView):
    """Icon-mode list whose cards widen to fill the row (no ragged gap on the right)."""

    def resizeEvent(self, event: Any) -> None:
        """Share the width between as many cards as fit."""
        width = self.viewport().width()
        columns = max(1, width // CARD_SIZE.width())
        size = QSize((width - 4) // columns, CARD_SIZE.height())
        delegate = self.itemDelegate()
        if isinstance(delegate, ProductCardDelegate) and delegate.card_size != size:
            delegate.card_size = size
            self.setGridSize(size)
        super().resizeEvent(event)


def _button(parent: QWidget, name: str, height: int = TOUCH) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setMinimumHeight(height)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys keep going to the search box
    return button


class SellScreen(QWidget):
    """Selling: the screen the stall lives on."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.approved_by: str | None = None  # manager who approved the bill's discounts
        self._pay_dialog: Any = None

        self._build_catalogue_side()
        self._build_bill_side()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.catalogueSide, 1)
        layout.addWidget(self.billSide, 0)
        self._build_shortcuts()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.searchBox.textChanged.connect(lambda _t: self._search_timer.start())

        self.scanner = ScannerFilter(self)
        self.scanner.scanned.connect(self.on_scanned)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.scanner)
        services.changed.connect(self._on_changed)

        self._fill_crafts()
        self.apply_filter()
        self._update_totals()
        self.retranslate()

    # layout ----------------------------------------------------------------------------
    def _build_catalogue_side(self) -> None:
        side = self.catalogueSide = QWidget(self)
        self.craftFilter = QComboBox(side)
        self.craftFilter.setObjectName("craftFilter")
        self.craftFilter.setMinimumHeight(TOUCH - 8)
        self.craftFilter.setMinimumWidth(200)
        self.craftFilter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.searchBox = QLineEdit(side)
        self.searchBox.setObjectName("searchBox")
        self.searchBox.setClearButtonEnabled(True)
        self.searchBox.setMinimumHeight(TOUCH - 8)
        self.searchBox.setFont(app_font(13))
        self.searchBox.returnPressed.connect(self._search_enter)
        self.searchBox.installEventFilter(self)
        self.leadButton = _button(side, "leadButton", TOUCH - 8)
        self.leadButton.clicked.connect(lambda: self.open_lead())
        top = QHBoxLayout()
        top.addWidget(self.craftFilter)
        top.addWidget(self.searchBox, 1)
        top.addWidget(self.leadButton)

        self.grid_model = ProductGridModel(self.services.db, self)
        self.productGrid = ProductGrid(side)
        self.productGrid.setObjectName("productGrid")
        self.productGrid.setViewMode(QListView.ViewMode.IconMode)
        self.productGrid.setResizeMode(QListView.ResizeMode.Adjust)
        self.productGrid.setMovement(QListView.Movement.Static)
        self.productGrid.setUniformItemSizes(True)
        self.productGrid.setGridSize(CARD_SIZE)
        self.productGrid.setSpacing(0)
        self.productGrid.setWordWrap(True)
        self.productGrid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.productGrid.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.productGrid.setItemDelegate(ProductCardDelegate(self.productGrid))
        self.productGrid.setModel(self.grid_model)
        self.productGrid.activated.connect(self._card_activated)
        self.productGrid.clicked.connect(self._card_activated)
        self.resultCount = QLabel(side)
        self.resultCount.setObjectName("resultCount")

        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.productGrid, 1)
        layout.addWidget(self.resultCount)

    def _build_bill_side(self) -> None:
        side = self.billSide = QFrame(self)
        side.setFixedWidth(440)
        self.notice = QLabel(side)
        self.notice.setObjectName("sellNotice")
        self.notice.setWordWrap(True)
        warning_label(self.notice)
        self.cart_model = CartModel(Cart(), self)
        self.cartTable = QTableView(side)
        self.cartTable.setObjectName("cartTable")
        self.cartTable.setModel(self.cart_model)
        self.cartTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cartTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cartTable.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.cartTable.verticalHeader().setVisible(False)
        self.cartTable.verticalHeader().setDefaultSectionSize(56)
        self.cartTable.setWordWrap(False)  # Hindi name over English name, each elided
        header = self.cartTable.horizontalHeader()
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        for col in range(COL_ITEM + 1, COL_AMOUNT + 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

        self.qtyMinus = _button(side, "qtyMinus")
        self.qtyPlus = _button(side, "qtyPlus")
        self.qtyButton = _button(side, "qtyButton")
        self.lineDiscountButton = _button(side, "lineDiscountButton")
        self.removeLineButton = _button(side, "removeLineButton")
        self.qtyMinus.clicked.connect(lambda: self.change_qty(-1))
        self.qtyPlus.clicked.connect(lambda: self.change_qty(+1))
        self.qtyButton.clicked.connect(self.ask_qty)
        self.lineDiscountButton.clicked.connect(self.ask_line_discount)
        self.removeLineButton.clicked.connect(self.remove_line)
        for small in (self.qtyMinus, self.qtyPlus):
            small.setFixedWidth(TOUCH + 4)
            small.setFont(app_font(16, bold=True))
        line_row = QHBoxLayout()
        for b in (self.qtyMinus, self.qtyPlus, self.qtyButton, self.lineDiscountButton,
                  self.removeLineButton):
            line_row.addWidget(b)

        totals = QGridLayout()
        self._total_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for row, key in enumerate(("gross", "discount", "taxable", "cgst", "sgst", "igst",
                                   "roundOff", "total")):
            caption, value = QLabel(side), QLabel(side)
            value.setObjectName(f"{key}Value")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            totals.addWidget(caption, row, 0)
            totals.addWidget(value, row, 1)
            self._total_labels[key] = (caption, value)
        big = app_font(20, bold=True)
        for label in self._total_labels["total"]:
            label.setFont(big)

        self.billDiscountButton = _button(side, "billDiscountButton")
        self.clearCartButton = _button(side, "clearCartButton")
        self.billDiscountButton.clicked.connect(self.ask_bill_discount)
        self.clearCartButton.clicked.connect(self.clear_bill)
        bill_row = QHBoxLayout()
        bill_row.addWidget(self.billDiscountButton)
        bill_row.addWidget(self.clearCartButton)
        self.payButton = _button(side, "payButton", 72)
        go_button(self.payButton)
        self.payButton.clicked.connect(self.pay)

        layout = QVBoxLayout(side)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.cartTable, 1)
        layout.addLayout(line_row)
        layout.addLayout(totals)
        layout.addLayout(bill_row)
        layout.addWidget(self.payButton)

    def _build_shortcuts(self) -> None:
        keys = {
            "F2": self.focus_search, "F3": self.craftFilter.showPopup, "F4": self.ask_qty,
            "+": lambda: self.change_qty(+1), "-": lambda: self.change_qty(-1),
            "F8": self.ask_line_discount, "Shift+F8": self.ask_bill_discount,
            "Del": self.remove_line, "F9": lambda: self.open_lead(), "F12": self.pay,
            "Ctrl+Del": self.clear_bill,
        }
        self.shortcuts: dict[str, QShortcut] = {}
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts[key] = shortcut
        # + and - belong to the search box while someone types there.
        for key in ("+", "-"):
            self.shortcuts[key].setContext(Qt.ShortcutContext.WidgetShortcut)
            self.shortcuts[key].setParent(self.cartTable)

    # screen protocol -------------------------------------------------------------------
    def title(self) -> str:
        """Toolbar label."""
        return self.tr("Sell")

    def activated(self) -> None:
        """Shown again: stock may have moved; put the cursor in the search box."""
        self.grid_model.refresh()
        self._show_count()
        self.focus_search()

    def shutdown(self) -> None:
        """Stop listening to the keyboard before the window goes."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scanner)

    def retranslate(self) -> None:
        """Re-label everything in the current language."""
        self.searchBox.setPlaceholderText(
            self.tr("Search name, SKU or barcode (F2) — नाम से खोजें"))
        self.leadButton.setText(self.tr("Buyer lead (F9)"))
        self.qtyMinus.setText("−")
        self.qtyPlus.setText("+")
        self.qtyButton.setText(self.tr("Qty (F4)"))
        self.lineDiscountButton.setText(self.tr("Discount (F8)"))
        self.removeLineButton.setText(self.tr("Remove"))
        self.billDiscountButton.setText(self.tr("Bill discount (Shift+F8)"))
        self.clearCartButton.setText(self.tr("New bill (Ctrl+Del)"))
        captions = {
            "gross": self.tr("Items"), "discount": self.tr("Discounts"),
            "taxable": self.tr("Taxable value"), "cgst": self.tr("CGST"),
            "sgst": self.tr("SGST"), "igst": self.tr("IGST"), "roundOff": self.tr("Round-off"),
            "total": self.tr("Total"),
        }
        for key, text in captions.items():
            self._total_labels[key][0].setText(text)
        self._fill_crafts()
        self.cart_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COL_AMOUNT)
        self.productGrid.viewport().update()
        self._show_count()
        self._update_totals()

    def changeEvent(self, event: QEvent) -> None:
        """Follow run-time language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # catalogue -------------------------------------------------------------------------
    def _fill_crafts(self) -> None:
        current = self.craftFilter.currentData()
        hindi = self.services.language == "hi"
        self.craftFilter.blockSignals(True)
        self.craftFilter.clear()
        self.craftFilter.addItem(self.tr("All crafts"), None)
        for craft in catalogue.crafts(self.services.db):
            self.craftFilter.addItem(craft.name_hi if hindi else craft.name_en, craft.code)
        index = self.craftFilter.findData(current)
        self.craftFilter.setCurrentIndex(max(index, 0))
        self.craftFilter.blockSignals(False)

    def apply_filter(self) -> None:
        """Show the products matching the search box and craft filter now."""
        self._search_timer.stop()
        self.grid_model.set_filter(self.searchBox.text(), self.craftFilter.currentData())
        self._show_count()

    def _show_count(self) -> None:
        cap = count_cap(self.searchBox.text())
        total = self.grid_model.total(cap=cap)
        shown = f"{cap}+" if total > cap else str(total)
        self.resultCount.setText(self.tr("{n} products").format(n=shown))

    def focus_search(self) -> None:
        """F2: type to search."""
        self.searchBox.setFocus()
        self.searchBox.selectAll()

    def _search_enter(self) -> None:
        """Enter in the search box: an exact code, or the only match, goes on the bill."""
        text = self.searchBox.text().strip()
        if not text:
            return
        product = catalogue.find_by_code(self.services.db, text)
        if product is None:
            self.apply_filter()
            if self.grid_model.rowCount() == 1:
                product = self.grid_model.product(0)
        if product is not None:
            self.add_product(product)
            self.searchBox.clear()

    def _card_activated(self, index: QModelIndex) -> None:
        product = index.data(ProductRole)
        if product is not None:
            self.add_product(product)

    def on_scanned(self, code: str) -> None:
        """A scanner read a code: add its product, whatever had focus."""
        if not self.isVisible() or self.services.staff is None or \
                QApplication.activeModalWidget() is not None:
            return
        focus = QApplication.focusWidget()
        # The scanner typed the code into whatever had focus; take it back out.
        if isinstance(focus, QLineEdit) and focus.text().endswith(code):
            focus.setText(focus.text()[: -len(code)])
        product = catalogue.find_by_code(self.services.db, code)
        if product is None:
            self.show_notice(self.tr("No product has the code {code}.").format(code=code))
            return
        self.add_product(product)

    # the bill --------------------------------------------------------------------------
    @property
    def cart(self) -> Cart:
        """The bill being built."""
        return self.cart_model.cart

    def _in_cart(self, sku: str) -> int:
        return sum(line.qty for line in self.cart.lines if line.sku == sku)

    def add_product(self, product: Any, qty: int = 1) -> None:
        """Put a product on the bill, refusing (with a manager override) past the stock."""
        wanted = self._in_cart(product.sku) + qty
        if product.stock is not None and wanted > product.stock:
            self._refuse_stock(product, qty, wanted)
            return
        self._add(product, qty)

    def _add(self, product: Any, qty: int, override_by: str | None = None) -> None:
        try:
            row = self.cart.add(product, qty)
            if override_by:
                self.cart.allow_below_stock(row, override_by)
        except MelaError as exc:
            self.show_notice(str(exc))
            return
        self.notice.clear()
        self._changed(select=row)

    def _refuse_stock(self, product: Any, qty: int, wanted: int) -> None:
        name = f"{product.name_hi} / {product.name_en}"
        if product.stock <= 0:
            text = self.tr("{name} is out of stock: none left to sell.").format(name=name)
        else:
            text = self.tr("Only {left} of {name} left; the bill would have {wanted}.").format(
                left=product.stock, name=name, wanted=wanted)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Out of stock"), text,
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("stockRefusal")
        override = box.addButton(self.tr("Manager override"), QMessageBox.ButtonRole.AcceptRole)
        override.setObjectName("stockOverride")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.show_notice(text)

        def done(_result: int) -> None:
            if box.clickedButton() is override:
                ask_approval(
                    self.services, self, action="sell_below_stock",
                    reason=self.tr("Sell {name} past the stock level?").format(name=name),
                    on_approved=lambda manager: self._add(product, qty, manager.id))

        box.finished.connect(done)
        box.open()

    def selected_row(self) -> int | None:
        """The selected bill line (the last one if none is selected)."""
        rows = self.cartTable.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        return len(self.cart.lines) - 1 if self.cart.lines else None

    def change_qty(self, delta: int) -> None:
        """+/-: one more or one fewer of the selected line (minus at 1 removes it)."""
        row = self.selected_row()
        if row is None:
            return
        line = self.cart.lines[row]
        if line.qty + delta < 1:
            self.remove_line()
            return
        if delta > 0 and line.sku is not None and line.stock_override_by is None:
            product = catalogue.find_by_code(self.services.db, line.sku)
            if product is not None and self._in_cart(line.sku) + delta > product.stock:
                self._refuse_stock(product, delta, self._in_cart(line.sku) + delta)
                return
        self._set_qty(row, line.qty + delta)

    def _set_qty(self, row: int, qty: int) -> None:
        try:
            self.cart.set_qty(row, qty)
        except MelaError as exc:
            self.show_notice(str(exc))
            return
        self.notice.clear()
        self._changed(select=row)

    def ask_qty(self) -> None:
        """F4: type the quantity of the selected line."""
        row = self.selected_row()
        if row is None:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("qtyDialog")
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(1, 9999)
        dialog.setIntValue(self.cart.lines[row].qty)
        dialog.setWindowTitle(self.tr("Quantity"))
        dialog.setLabelText(self.cart.lines[row].name_en)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.intValueSelected.connect(lambda qty: self._set_qty(row, qty))
        dialog.open()

    def remove_line(self) -> None:
        """Del: take the selected line off the bill."""
        row = self.selected_row()
        if row is None:
            return
        self.cart.remove(row)
        self._changed(select=min(row, len(self.cart.lines) - 1))

    def ask_line_discount(self) -> None:
        """F8: discount on the selected line."""
        row = self.selected_row()
        if row is None:
            return
        line = self.cart.lines[row]
        dialog = DiscountDialog(self, self.tr("Discount on {name}").format(name=line.name_en),
                                line.discount)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda d: self._set_discount(row, d))
        dialog.open()

    def ask_bill_discount(self) -> None:
        """Shift+F8: discount on the whole bill."""
        if not self.cart.lines:
            return
        dialog = DiscountDialog(self, self.tr("Discount on the whole bill"),
                                self.cart.bill_discount)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda d: self._set_discount(None, d))
        dialog.open()

    def _set_discount(self, row: int | None, discount: Discount | None) -> None:
        previous = self.cart.lines[row].discount if row is not None else self.cart.bill_discount
        try:
            if row is None:
                self.cart.set_bill_discount(discount)
            else:
                self.cart.set_line_discount(row, discount)
        except MelaError as exc:
            self.show_notice(str(exc))
            return
        limit = discount_limit_bp(self.services.db)
        if discount is not None and discount_needs_manager(self.cart, limit) and not (
            self.services.is_manager
        ):
            def undo() -> None:
                if row is None:
                    self.cart.set_bill_discount(previous)
                else:
                    self.cart.set_line_discount(row, previous)
                self._changed(select=row)

            dialog = ask_approval(
                self.services, self, action="discount",
                reason=self.tr("This discount is above the {limit} % a cashier may give.")
                .format(limit=f"{limit / 100:g}"),
                on_approved=lambda manager: self._approve_discount(manager.id))
            dialog.rejected.connect(undo)
        elif discount is not None and discount_needs_manager(self.cart, limit):
            self.approved_by = self.services.staff.id
        self.notice.clear()
        self._changed(select=row)

    def _approve_discount(self, manager_id: str) -> None:
        self.approved_by = manager_id

    def clear_bill(self) -> None:
        """Start a new, empty bill."""
        self.cart_model.set_cart(Cart())
        self.approved_by = None
        self.notice.clear()
        self._update_totals()

    def _changed(self, select: int | None = None) -> None:
        self.cart_model.reload()
        if select is not None and 0 <= select < len(self.cart.lines):
            self.cartTable.selectionModel().select(
                self.cart_model.index(select, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.cartTable.scrollTo(self.cart_model.index(select, 0))
        self._update_totals()

    def _update_totals(self) -> None:
        totals = self.cart_model.totals
        values = {
            "gross": totals.gross_paise, "discount": -totals.discount_paise,
            "taxable": totals.taxable_paise, "cgst": totals.cgst_paise,
            "sgst": totals.sgst_paise, "igst": totals.igst_paise,
            "roundOff": totals.round_off_paise, "total": totals.total_paise,
        }
        for key, paise in values.items():
            caption, value = self._total_labels[key]
            value.setText(format_inr(paise))
            hide = key in ("igst", "discount") and paise == 0
            caption.setVisible(not hide)
            value.setVisible(not hide)
        self.payButton.setEnabled(bool(self.cart.lines))
        self.payButton.setText(self.tr("Pay {total}  (F12)").format(
            total=format_inr(totals.total_paise, decimals=False)) if self.cart.lines
            else self.tr("Pay (F12)"))

    def show_notice(self, text: str) -> None:
        """One line of feedback above the bill (no box to click away)."""
        self.notice.setText(text)

    # paying ----------------------------------------------------------------------------
    def pay(self) -> None:
        """F12: open the payment dialog for this bill."""
        if not self.cart.lines or self._pay_dialog is not None:
            return
        try:
            self.cart.check_ready()
        except MelaError as exc:
            self.show_notice(str(exc))
            return
        from ui.dialogs.pay import PayDialog

        dialog = PayDialog(self.services, self, self.cart.copy(),
                           approved_by=self.approved_by)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.paid.connect(self._paid)
        dialog.cartUpdated.connect(self._adopt_cart)
        dialog.finished.connect(lambda _r: setattr(self, "_pay_dialog", None))
        self._pay_dialog = dialog
        dialog.open()

    def _adopt_cart(self, cart: Cart) -> None:
        """Checkout refreshed a changed price: show the bill as it now stands."""
        self.cart_model.set_cart(cart)
        self._update_totals()

    def _paid(self, sale: Any) -> None:
        """The bill is saved: ready for the next buyer at once."""
        self.clear_bill()
        self.grid_model.refresh()
        change = getattr(sale, "change_paise", 0)
        text = self.tr("Bill {invoice} saved.").format(invoice=sale.invoice_no)
        if change:
            text += " " + self.tr("Give change {change}.").format(change=format_inr(change))
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(text, 15000)
        self.focus_search()

    # leads -----------------------------------------------------------------------------
    def open_lead(self, product: Any = None) -> None:
        """F9: take a buyer's number (the lead form is the leads screen's)."""
        if product is None:
            index = self.productGrid.currentIndex()
            product = index.data(ProductRole) if index.isValid() else None
        try:
            from ui.dialogs.lead import LeadDialog
        except ModuleNotFoundError as exc:
            if exc.name != "ui.dialogs.lead":
                raise
            self.show_notice(self.tr("The lead form is not available in this build."))
            return
        dialog = LeadDialog(self.services, self, product=product)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_changed(self, what: str) -> None:
        if what in ("catalogue", "stock"):
            self._fill_crafts()
            self.grid_model.refresh()
            self._show_count()

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        """Esc in the search box clears it; Down moves into the grid."""
        if watched is self.searchBox and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                if self.searchBox.text():
                    self.searchBox.clear()
                    self.apply_filter()
                return True
            if event.key() == Qt.Key.Key_Down and self.grid_model.rowCount():
                self.productGrid.setFocus()
                self.productGrid.setCurrentIndex(self.grid_model.index(0, 0))
                return True
        return False

    def sizeHint(self) -> QSize:
        """Made for a 1366x768 laptop."""
        return QSize(1340, 640)


# The main window looks every screen up by this name.
Screen = SellScreen
