"""The bill being built at the counter, as a table: item, qty, price, discount, amount.

The model wraps a ``pos.cart.Cart`` and only shows it; the sell screen changes the cart
through the cart's own methods and then calls ``reload()`` so every figure on screen is the
cart's own (the same ones checkout stores and the receipt prints).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from pos.cart import BillTotals, Cart
from pos.money import format_inr

_Index = QModelIndex | QPersistentModelIndex
COL_ITEM, COL_QTY, COL_PRICE, COL_DISCOUNT, COL_AMOUNT = range(5)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CartModel(QAbstractTableModel):
    """Read-only table view of a ``Cart``."""

    def __init__(self, cart: Cart | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cart = cart or Cart()
        self._totals: BillTotals = self.cart.totals()

    @property
    def totals(self) -> BillTotals:
        """The bill's figures as last reloaded."""
        return self._totals

    def set_cart(self, cart: Cart) -> None:
        """Show another cart (a fresh one after checkout)."""
        self.beginResetModel()
        self.cart = cart
        self._totals = cart.totals()
        self.endResetModel()

    def reload(self) -> None:
        """Re-read every line and total after the cart was changed."""
        self.beginResetModel()
        self._totals = self.cart.totals()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """One row per bill line."""
        return 0 if parent.isValid() else len(self.cart.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Item, qty, price, discount, amount."""
        return 0 if parent.isValid() else COL_AMOUNT + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        headers = (self.tr("Item"), self.tr("Qty"), self.tr("Price"), self.tr("Discount"),
                   self.tr("Amount"))
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section != COL_ITEM:
            return int(_RIGHT)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text of one cell."""
        if not index.isValid() or not 0 <= index.row() < len(self.cart.lines):
            return None
        line = self.cart.lines[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            figures = self._totals.lines[index.row()] if index.row() < len(
                self._totals.lines) else None
            if col == COL_ITEM:
                return f"{line.name_hi}\n{line.name_en}"
            if col == COL_QTY:
                return str(line.qty)
            if col == COL_PRICE:
                return format_inr(line.unit_price_paise, decimals=False) if (
                    line.unit_price_paise % 100 == 0) else format_inr(line.unit_price_paise)
            if col == COL_DISCOUNT:
                amount = figures.line_discount_paise if figures else 0
                return format_inr(-amount) if amount else ""
            if col == COL_AMOUNT:
                net = line.gross_paise - (figures.line_discount_paise if figures else 0)
                return format_inr(net)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != COL_ITEM:
            return int(_RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole:
            reason = line.discount.reason if line.discount else ""
            return f"{line.sku or ''} {reason}".strip()
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Lines are selected, never edited in place (the buttons change them)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren
