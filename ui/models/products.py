"""The catalogue grid's model: products fetched a page at a time as the grid scrolls.

With 20,000+ products only what the buyer scrolls to is ever read: ``canFetchMore`` /
``fetchMore`` ask ``pos.catalogue.search`` for the next page, and thumbnails are decoded once
into a small LRU cache keyed by picture hash (many cards share none, a few share one).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QIODevice,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QImage, QImageReader, QPixmap

from pos import catalogue
from pos.store import Database

PAGE_SIZE = 60
THUMB_SIZE = QSize(168, 120)
THUMB_CACHE = 600
ProductRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class ThumbnailCache:
    """Decoded, scaled product pictures, least recently used dropped first."""

    def __init__(self, db: Database, size: QSize = THUMB_SIZE, limit: int = THUMB_CACHE) -> None:
        self._db = db
        self._size = size
        self._limit = limit
        self._cache: OrderedDict[str, QPixmap | None] = OrderedDict()

    def get(self, sha256: str | None) -> QPixmap | None:
        """The thumbnail of one picture, or None if the product has none (yet)."""
        if not sha256:
            return None
        if sha256 in self._cache:
            self._cache.move_to_end(sha256)
            return self._cache[sha256]
        data = catalogue.picture(self._db, sha256)
        pixmap = self._decode(data) if data else None
        # A picture not yet fetched from the hub is not cached as missing for good.
        if data:
            self._cache[sha256] = pixmap
            if len(self._cache) > self._limit:
                self._cache.popitem(last=False)
        return pixmap

    def _decode(self, data: bytes) -> QPixmap | None:
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        original = reader.size()
        if original.isValid():
            # Decoding at the target size is several times faster than scaling afterwards.
            reader.setScaledSize(original.scaled(self._size,
                                                 Qt.AspectRatioMode.KeepAspectRatio))
        image: QImage = reader.read()
        if image.isNull():
            return None
        return QPixmap.fromImage(image)


class ProductGridModel(QAbstractListModel):
    """Products matching the current search text and craft, in pages."""

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._text = ""
        self._craft: str | None = None
        self._products: list[Any] = []
        self._more = False
        self.thumbnails = ThumbnailCache(db)

    # filtering -------------------------------------------------------------------------
    @property
    def text(self) -> str:
        """The search text in force."""
        return self._text

    @property
    def craft(self) -> str | None:
        """The craft code in force (None: all crafts)."""
        return self._craft

    def set_filter(self, text: str, craft: str | None) -> None:
        """Show the first page of products matching ``text`` within ``craft``."""
        self.beginResetModel()
        self._text = text.strip()
        self._craft = craft or None
        self._products = catalogue.search(self._db, self._text, self._craft,
                                          limit=PAGE_SIZE, offset=0)
        self._more = len(self._products) == PAGE_SIZE
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read after a sale or a catalogue change (stock levels move)."""
        loaded = max(len(self._products), PAGE_SIZE)
        self.beginResetModel()
        self._products = catalogue.search(self._db, self._text, self._craft,
                                          limit=loaded, offset=0)
        self._more = len(self._products) == loaded
        self.endResetModel()

    def total(self, cap: int | None = None) -> int:
        """How many products match in all (not just the loaded pages).

        A first page that came back short is the whole answer, so no query runs; with
        ``cap`` the count stops there (see ``catalogue.count``).
        """
        if not self._more:
            return len(self._products)
        return catalogue.count(self._db, self._text, self._craft, cap=cap)

    def product(self, row: int) -> Any:
        """The ``pos.catalogue.Product`` on a row."""
        return self._products[row]

    # Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Loaded products (a list has no children)."""
        return 0 if parent.isValid() else len(self._products)

    def canFetchMore(self, parent: _Index) -> bool:
        """More pages exist when the last page came back full."""
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index) -> None:
        """Append the next page."""
        if parent.isValid() or not self._more:
            return
        page = catalogue.search(self._db, self._text, self._craft, limit=PAGE_SIZE,
                                offset=len(self._products))
        self._more = len(page) == PAGE_SIZE
        if not page:
            return
        first = len(self._products)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._products.extend(page)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Name, picture, tooltip or the whole product for a card."""
        if not index.isValid() or not 0 <= index.row() < len(self._products):
            return None
        product = self._products[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{product.name_hi} / {product.name_en}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnails.get(product.picture_sha256)
        if role == Qt.ItemDataRole.ToolTipRole:
            artisan = f" — {product.artisan_name}" if product.artisan_name else ""
            return f"{product.sku}{artisan}\n{product.description}".strip()
        if role == ProductRole:
            return product
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Cards can be selected, not edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren
