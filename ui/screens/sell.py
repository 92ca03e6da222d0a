"""The sell screen: find a product (grid, craft, search, scanner), build the bill, pay.

Left: craft filter, search box and the product grid (pages fetched as it scrolls). Right:
the bill with quantity and discount controls, the totals exactly as checkout will store
them, and the big Pay button. A barcode scanner adds its product whatever has focus.

Keyboard: F2 search, F3 craft, F4 quantity, + / - quantity, F8 line discount,
Shift+F8 bill discount, Del remove line, F9 lead, F12 pay, Esc clear the search (on an
empty search, Esc twice clears the bill), Ctrl+Del new bill, Ctrl+B the buyer's details.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGestureEvent,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QScroller,
    QTapAndHoldGesture,
    QVBoxLayout,
    QWidget,
)

from pos import catalogue, days
from pos.cart import BuyerDetailsNeeded, Cart
from pos.errors import MelaError
from pos.money import format_inr, format_number
from ui.bill import TOUCH, BillPanel, touch_button
from ui.fonts import app_font
from ui.messages import explain
from ui.models.products import PAGE_SIZE, ProductGridModel, ProductRole
from ui.productcards import CARD_SIZE, ProductCardDelegate
from ui.scanner import ScannerFilter
from ui.services import Services
from ui.staleday import prompt_stale_day

log = logging.getLogger(__name__)

ESCAPE_AGAIN_S = 3.0   # a second Esc within this clears the bill
SEARCH_DELAY_MS = 80   # one query per pause in typing, not per key
RESULT_COUNT_CAP = 1000  # beyond this the count line says "1,000+ products"


def count_cap(text: str) -> int:
    """Where the result count stops ("1,000+ products") for what is in the search box.

    Counting is a scan: words of three or more characters are counted from the trigram
    index up to 1000; a one- or two-letter word has no index and matches a large part of
    the catalogue, so its count stops at one page ("60+"), which keeps every keystroke
    within the 10 ms budget over 50,000 products.
    """
    words = text.split()
    if all(len(word) >= 3 for word in words):
        return RESULT_COUNT_CAP
    return PAGE_SIZE


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


class SellScreen(QWidget):
    """Selling: the screen the stall lives on."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._pay_dialog: Any = None
        self._escape_armed = 0.0  # when Esc last asked "again to clear the bill?"

        self._build_catalogue_side()
        self.bill = BillPanel(services, self)
        self.bill.payRequested.connect(self.pay)
        # The names automation and tests reach for on the sell screen.
        self.cartTable = self.bill.cartTable
        self.payButton = self.bill.payButton
        self.notice = self.bill.notice
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.catalogueSide, 1)
        layout.addWidget(self.bill, 0)
        self._build_shortcuts()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.searchBox.textChanged.connect(lambda _t: self._search_timer.start())

        # Listening starts with ``listen_to_scanner`` (the main window calls it after its
        # first paint): an application-wide filter sees every event of the app.
        self.scanner = ScannerFilter(self, accept=self._can_take_scan)
        self.scanner.scanned.connect(self.on_scanned)
        services.changed.connect(self._on_changed)

        self.retranslate()  # labels, and the craft list in the current language
        self.apply_filter()

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
        self.leadButton = touch_button(side, "leadButton", TOUCH - 8)
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
        # Finger drags scroll the grid on a touch screen (mouse clicks still pick cards).
        QScroller.grabGesture(self.productGrid.viewport(),
                              QScroller.ScrollerGestureType.TouchGesture)
        # A long press on a card opens the same menu as a right-click (touch screens).
        self.productGrid.viewport().grabGesture(Qt.GestureType.TapAndHoldGesture)
        self.productGrid.viewport().installEventFilter(self)
        self.productGrid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.productGrid.customContextMenuRequested.connect(self._card_menu)
        self.productGrid.activated.connect(self._card_activated)
        self.productGrid.clicked.connect(self._card_activated)
        self.resultCount = QLabel(side)
        self.resultCount.setObjectName("resultCount")

        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.productGrid, 1)
        layout.addWidget(self.resultCount)

    def _build_shortcuts(self) -> None:
        bill = self.bill
        keys = {
            "F2": self.focus_search, "F3": self.craftFilter.showPopup, "F4": bill.ask_qty,
            "+": lambda: bill.change_qty(+1), "-": lambda: bill.change_qty(-1),
            "F8": bill.ask_line_discount, "Shift+F8": bill.ask_bill_discount,
            "Del": bill.remove_line, "F9": lambda: self.open_lead(), "F12": self.pay,
            "Ctrl+Del": bill.clear_bill, "Esc": self.escape, "Ctrl+B": bill.ask_buyer,
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

    def listen_to_scanner(self) -> None:
        """Take scanner bursts whatever widget has focus (idempotent)."""
        app = QApplication.instance()
        if app is not None and not self.scanner.listening:
            app.installEventFilter(self.scanner)
            self.scanner.listening = True

    def shutdown(self) -> None:
        """Stop listening to the keyboard before the window goes."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scanner)
            self.scanner.listening = False

    def retranslate(self) -> None:
        """Re-label everything in the current language."""
        self.searchBox.setPlaceholderText(
            self.tr("Search name, SKU or barcode (F2) — नाम से खोजें"))
        self.leadButton.setText(self.tr("Buyer lead (F9)"))
        self._fill_crafts()
        self.productGrid.viewport().update()
        self._show_count()
        self.bill.retranslate()

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
        self.craftFilter.addItem(self.tr("All crafts"))  # no data: currentData() is None
        for craft in catalogue.crafts(self.services.db):
            self.craftFilter.addItem(craft.name_hi if hindi else craft.name_en, craft.code)
        index = self.craftFilter.findData(current) if current is not None else 0
        self.craftFilter.setCurrentIndex(max(index, 0))
        self.craftFilter.blockSignals(False)

    def apply_filter(self) -> None:
        """Show the products matching the search box and craft filter now."""
        self._search_timer.stop()
        self.grid_model.set_filter(self.searchBox.text(), self.craftFilter.currentData())
        self._show_count()

    def _show_count(self) -> None:
        cap = count_cap(self.searchBox.text())
        total = self.grid_model.total(cap=cap + 1)  # one past the cap: "more than" is known
        shown = f"{format_number(cap)}+" if total > cap else format_number(total)
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

    def _can_take_scan(self) -> bool:
        return self.isVisible() and self.services.staff is not None and \
            QApplication.activeModalWidget() is None

    def _card_menu(self, point: QPoint) -> None:
        """Right-click or long-press on a card: add it, or take a lead for it."""
        index = self.productGrid.indexAt(point)
        product = index.data(ProductRole) if index.isValid() else None
        if product is None:
            return
        menu = QMenu(self)
        menu.setObjectName("cardMenu")
        menu.addAction(self.tr("Add to bill"), lambda: self.add_product(product))
        menu.addAction(self.tr("Buyer wants this: take a lead"),
                       lambda: self.open_lead(product))
        menu.popup(self.productGrid.viewport().mapToGlobal(point))

    def on_scanned(self, code: str) -> None:
        """A scanner read a code: add its product, whatever had focus."""
        if not self._can_take_scan():
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

    def escape(self) -> None:
        """Esc: clear the search; on an empty search, Esc twice starts a new bill."""
        if self.searchBox.text():
            self.searchBox.clear()
            self.apply_filter()
            self.focus_search()
            return
        if not self.cart.lines:
            return
        now = time.monotonic()
        if now - self._escape_armed <= ESCAPE_AGAIN_S:
            self._escape_armed = 0.0
            self.bill.clear_bill()
            self.focus_search()
            return
        self._escape_armed = now
        self.show_notice(self.tr("Press Esc again to clear this bill and start a new one."))

    # the bill --------------------------------------------------------------------------
    @property
    def cart(self) -> Cart:
        """The bill being built."""
        return self.bill.cart

    def add_product(self, product: Any, qty: int = 1) -> None:
        """Put a product on the bill (refused past the stock unless a manager allows it)."""
        self.bill.add_product(product, qty)

    def show_notice(self, text: str) -> None:
        """One line of feedback above the bill."""
        self.bill.show_notice(text)

    # paying ----------------------------------------------------------------------------
    def pay(self) -> None:
        """F12: open the payment dialog for this bill."""
        if not self.cart.lines or self._pay_dialog is not None:
            return
        day = days.current_day(self.services.db)
        if day is None:
            self.show_notice(self.tr("Open the day first: Day screen (Ctrl+4), then Open day."))
            return
        if day.is_stale():
            prompt_stale_day(self, day)
            return
        try:
            self.cart.check_ready()
        except BuyerDetailsNeeded as exc:
            # Say why and open the form where the missing name and address go.
            self.show_notice(explain(exc))
            self.bill.ask_buyer(reason=explain(exc))
            return
        except MelaError as exc:
            self.show_notice(explain(exc))
            return
        from ui.dialogs.pay import PayDialog

        dialog = PayDialog(self.services, self, self.cart.copy(),
                           approved_by=self.bill.approved_by)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.paid.connect(self._paid)
        dialog.cartUpdated.connect(self.bill.adopt_cart)
        dialog.finished.connect(lambda _r: setattr(self, "_pay_dialog", None))
        self._pay_dialog = dialog
        dialog.open()

    def _paid(self, sale: Any) -> None:
        """The bill is saved: ready for the next buyer at once."""
        self.bill.clear_bill()
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
        if what == "catalogue":
            self._fill_crafts()
        if what == "settings":
            self.bill.follow_profile()
        # Hidden, the screen catches up in activated(); after its own sale it refreshed.
        if what in ("catalogue", "stock", "refund", "void") and self.isVisible():
            self.grid_model.refresh()
            self._show_count()

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        """Down in the search box moves into the grid; a long press on a card opens its
        menu."""
        if watched is self.productGrid.viewport() and isinstance(event, QGestureEvent):
            gesture = event.gesture(Qt.GestureType.TapAndHoldGesture)
            if isinstance(gesture, QTapAndHoldGesture) and \
                    gesture.state() == Qt.GestureState.GestureFinished:
                viewport = self.productGrid.viewport()
                self._card_menu(viewport.mapFromGlobal(gesture.position().toPoint()))
                return True
            return False
        if watched is self.searchBox and isinstance(event, QKeyEvent) and \
                event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down \
                and self.grid_model.rowCount():
            self.productGrid.setFocus()
            self.productGrid.setCurrentIndex(self.grid_model.index(0, 0))
            return True
        return False

    def sizeHint(self) -> QSize:
        """Made for a 1366x768 laptop."""
        return QSize(1340, 640)


# The main window looks every screen up by this name.
Screen = SellScreen
