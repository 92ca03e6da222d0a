"""A read-only table model over a list of records, for the leads, orders and stock lists.

Each screen describes its columns (a translated header and how to show one record); the
model holds the rows a ``pos`` query returned and never queries anything itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its header (called again after a language switch) and cell text."""

    header: Callable[[], str]
    text: Callable[[Any], str]
    align_right: bool = False


class RecordsModel(QAbstractTableModel):
    """Rows of records shown through ``Column`` descriptions.

    Args:
        columns: what to show.
        highlight: optional ``record -> colour name or None`` for a row's background
            (low stock, rejected, erased).
    """

    def __init__(
        self,
        columns: Sequence[Column],
        parent: QObject | None = None,
        *,
        highlight: Callable[[Any], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._highlight = highlight

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> Any:
        """The record shown on ``row``."""
        return self._rows[row]

    def records(self) -> list[Any]:
        """Every record, in display order."""
        return list(self._rows)

    def retranslate(self) -> None:
        """Headers and cells are re-read after a language switch."""
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        """Number of records (a flat table: no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns (a flat table: no children)."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, alignment and row highlight."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self._columns[index.column()]
        record = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self._highlight is not None:
            colour = self._highlight(record)
            return QBrush(QColor(colour)) if colour else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column headers; rows are numbered from 1."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section].header()
            return None
        return str(section + 1)
