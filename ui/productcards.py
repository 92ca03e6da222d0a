"""How a product card looks in the grid: picture, Hindi and English names, price, stock."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from pos.money import format_inr
from ui.fonts import app_font
from ui.models.products import THUMB_SIZE, ProductRole

CARD_SIZE = QSize(188, 252)
_PAD = 8


def stock_text(stock: int | None, one_of_a_kind: bool) -> str:
    """'3 left', 'Last piece', 'Out of stock' in the current language."""
    if stock is None:
        return ""
    if stock <= 0:
        return QCoreApplication.translate("ProductCard", "Out of stock")
    if one_of_a_kind or stock == 1:
        return QCoreApplication.translate("ProductCard", "Last piece")
    return QCoreApplication.translate("ProductCard", "{n} left").format(n=stock)


class ProductCardDelegate(QStyledItemDelegate):
    """Paints one card; the model gives the product and its thumbnail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_hi_font = app_font(12, bold=True)
        self.name_en_font = app_font(10)
        self.price_font = app_font(14, bold=True)
        self.small_font = app_font(9)
        self.card_size = QSize(CARD_SIZE)  # widened by the grid to fill its rows

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Every card is the same size, so the grid lays out without measuring text."""
        return self.card_size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """Draw the card inside ``option.rect``."""
        product: Any = index.data(ProductRole)
        if product is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        stock = product.stock
        sold_out = stock is not None and stock <= 0
        painter.setPen(QPen(QColor("#c2185b") if selected else QColor("#d0c4b0"),
                            3 if selected else 1))
        painter.setBrush(QColor("#f1f1f1") if sold_out else QColor("#fffaf0"))
        painter.drawRoundedRect(rect, 8, 8)

        picture_rect = QRect(rect.left() + (rect.width() - THUMB_SIZE.width()) // 2,
                             rect.top() + _PAD, THUMB_SIZE.width(), THUMB_SIZE.height())
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if pixmap is not None and not pixmap.isNull():
            x = picture_rect.left() + (picture_rect.width() - pixmap.width()) // 2
            y = picture_rect.top() + (picture_rect.height() - pixmap.height()) // 2
            painter.drawPixmap(x, y, pixmap)
        else:
            painter.fillRect(picture_rect, QColor("#eadfcb"))

        text_left = rect.left() + _PAD
        text_width = rect.width() - 2 * _PAD
        y = picture_rect.bottom() + 6
        painter.setPen(QColor("#3b2314"))
        for font, text, height in (
            (self.name_hi_font, product.name_hi, 24),
            (self.name_en_font, product.name_en, 20),
        ):
            painter.setFont(font)
            elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                      text_width)
            painter.drawText(QRect(text_left, y, text_width, height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
            y += height
        painter.setFont(self.price_font)
        painter.setPen(QColor("#1b5e20"))
        painter.drawText(QRect(text_left, y, text_width, 28),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         format_inr(product.mrp_paise, decimals=False))
        painter.setFont(self.small_font)
        painter.setPen(QColor("#b00020") if sold_out or (stock or 0) <= 1 else QColor("#555"))
        painter.drawText(QRect(text_left, y, text_width, 28),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         stock_text(stock, bool(product.one_of_a_kind)))
        painter.restore()
