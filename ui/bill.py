"""The bill at the counter: lines with quantity and discount controls, totals, Pay.

Every figure shown is the cart's own (``pos.cart.Cart.totals``), exactly what checkout stores
and the receipt prints. Selling past the stock level and discounts past the cashier's limit
stop here with a clear sentence and the offer of a manager's PIN.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos import catalogue
from pos.cart import Buyer, Cart, Discount, discount_needs_manager
from pos.errors import MelaError
from pos.money import format_inr
from pos.profile import discount_limit_bp, seller_profile
from ui.dialogs.approve import ask_approval
from ui.dialogs.discount import DiscountDialog
from ui.fonts import app_font
from ui.look import go_button, warning_label
from ui.messages import explain, label_buttons
from ui.models.cart import COL_AMOUNT, COL_ITEM, CartModel
from ui.services import Services
from ui.states import state_name

TOUCH = 52             # minimum height of a touch target in pixels


def touch_button(parent: QWidget, name: str, height: int = TOUCH) -> QPushButton:
    """A big button that never takes the keyboard focus (keys keep going to the search)."""
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setMinimumHeight(height)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


class BillPanel(QFrame):
    """The right-hand side of the sell screen.

    Signals:
        payRequested(): the Pay button was pressed.
    """

    payRequested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("billPanel")
        self.services = services
        self.approved_by: str | None = None  # manager who approved the bill's discounts
        self._build()
        self.retranslate()

    def _build(self) -> None:
        side = self
        side.setFixedWidth(440)
        self.notice = QLabel(side)
        self.notice.setObjectName("sellNotice")
        self.notice.setWordWrap(True)
        warning_label(self.notice)
        self.cart_model = CartModel(self._new_cart(), self)
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

        self.qtyMinus = touch_button(side, "qtyMinus")
        self.qtyPlus = touch_button(side, "qtyPlus")
        self.qtyButton = touch_button(side, "qtyButton")
        self.lineDiscountButton = touch_button(side, "lineDiscountButton")
        self.removeLineButton = touch_button(side, "removeLineButton")
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

        self.billDiscountButton = touch_button(side, "billDiscountButton")
        self.clearCartButton = touch_button(side, "clearCartButton")
        self.billDiscountButton.clicked.connect(self.ask_bill_discount)
        self.clearCartButton.clicked.connect(self.clear_bill)
        bill_row = QHBoxLayout()
        bill_row.addWidget(self.billDiscountButton)
        bill_row.addWidget(self.clearCartButton)
        self.buyerSummary = QLabel(side)
        self.buyerSummary.setObjectName("buyerSummary")
        self.buyerSummary.setWordWrap(True)
        self.buyerButton = touch_button(side, "buyerButton", TOUCH - 8)
        self.buyerButton.clicked.connect(lambda: self.ask_buyer())
        buyer_row = QHBoxLayout()
        buyer_row.addWidget(self.buyerSummary, 1)
        buyer_row.addWidget(self.buyerButton)
        self.payButton = touch_button(side, "payButton", 72)
        go_button(self.payButton)
        self.payButton.clicked.connect(self.payRequested.emit)

        layout = QVBoxLayout(side)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.cartTable, 1)
        layout.addLayout(line_row)
        layout.addLayout(totals)
        layout.addLayout(bill_row)
        layout.addLayout(buyer_row)
        layout.addWidget(self.payButton)


    def retranslate(self) -> None:
        """Re-label in the current language."""
        self.qtyMinus.setText("−")
        self.qtyPlus.setText("+")
        self.qtyButton.setText(self.tr("Qty (F4)"))
        self.lineDiscountButton.setText(self.tr("Discount (F8)"))
        self.removeLineButton.setText(self.tr("Remove"))
        self.billDiscountButton.setText(self.tr("Bill discount (Shift+F8)"))
        self.clearCartButton.setText(self.tr("New bill (Ctrl+Del)"))
        self.buyerButton.setText(self.tr("Buyer (Ctrl+B)"))
        captions = {
            "gross": self.tr("Items"), "discount": self.tr("Discounts"),
            "taxable": self.tr("Taxable value"), "cgst": self.tr("CGST"),
            "sgst": self.tr("SGST"), "igst": self.tr("IGST"), "roundOff": self.tr("Round-off"),
            "total": self.tr("Total"),
        }
        for key, text in captions.items():
            self._total_labels[key][0].setText(text)
        self.cart_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COL_AMOUNT)
        self._update_totals()
        self._show_buyer()

    def changeEvent(self, event: QEvent) -> None:
        """Follow run-time language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
            self.show_notice(explain(exc))
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
        label_buttons(box)
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
            self.show_notice(explain(exc))
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
        dialog.setOkButtonText(self.tr("OK"))
        dialog.setCancelButtonText(self.tr("Cancel"))
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
        name = line.name_hi if self.services.language == "hi" else line.name_en
        dialog = DiscountDialog(self, self.tr("Discount on {name}").format(name=name),
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
            self.show_notice(explain(exc))
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

    def _new_cart(self) -> Cart:
        # The tax split shown must be the stored one: a bill of supply has no CGST/SGST.
        return Cart(charges_gst=seller_profile(self.services.db).charges_gst)

    def follow_profile(self) -> None:
        """The seller profile changed: the bill being built follows its GST status."""
        self.cart.charges_gst = seller_profile(self.services.db).charges_gst
        self._changed()

    def clear_bill(self) -> None:
        """Start a new, empty bill."""
        self.cart_model.set_cart(self._new_cart())
        self.approved_by = None
        self.notice.clear()
        self._update_totals()
        self._show_buyer()

    # the buyer -------------------------------------------------------------------------
    def ask_buyer(self, reason: str = "") -> Any:
        """Ctrl+B: the buyer's name, phone, address, GSTIN and state for the invoice."""
        from ui.dialogs.buyer import ask_buyer

        return ask_buyer(self.services, self, self.cart, self.set_buyer, reason=reason)

    def set_buyer(self, buyer: Buyer, inter_state: bool) -> None:
        """Name the buyer on the bill (an empty ``Buyer`` takes them off)."""
        self.cart.buyer = buyer
        self.cart.inter_state = inter_state
        self.notice.clear()
        self._changed()
        self._show_buyer()

    def _show_buyer(self) -> None:
        buyer = self.cart.buyer
        if buyer.is_empty:
            self.buyerSummary.setText(self.tr("No buyer named on the bill"))
            return
        parts = [buyer.name or self.tr("(no name)")]
        if buyer.gstin:
            parts.append(buyer.gstin)
        if buyer.state_code:
            name = state_name(buyer.state_code, self.services.language)
            parts.append(f"{buyer.state_code} {name}")
        if self.cart.inter_state:
            parts.append(self.tr("IGST"))
        self.buyerSummary.setText(self.tr("Buyer: {who}").format(who=" · ".join(parts)))

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
            # A bill of supply or an inter-state bill has no CGST/SGST: no zero rows.
            hide = key in ("cgst", "sgst", "igst", "discount") and paise == 0
            caption.setVisible(not hide)
            value.setVisible(not hide)
        self.payButton.setEnabled(bool(self.cart.lines))
        self.payButton.setText(self.tr("Pay {total}  (F12)").format(
            total=format_inr(totals.total_paise, decimals=False)) if self.cart.lines
            else self.tr("Pay (F12)"))

    def show_notice(self, text: str) -> None:
        """One line of feedback above the bill (no box to click away)."""
        self.notice.setText(text)


    def adopt_cart(self, cart: Cart) -> None:
        """Show another cart (checkout refreshed a changed price)."""
        self.cart_model.set_cart(cart)
        self._update_totals()
        self._show_buyer()
