"""Stock: what is left at the stall, and corrections after a count.

Levels come from the catalogue search (one page at a time, so a 20,000-product catalogue
stays quick); sold-out rows are red and low rows amber, except one-of-a-kind pieces where
one left is normal. A count adjustment needs a reason and a manager's PIN, and is written
as a new stock movement (the history is never edited).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos import catalogue, stock
from pos.errors import MelaError
from ui import forms, print_preview
from ui.forms import MessageLine, inr
from ui.messages import bug_text, explain
from ui.tablemodel import Column, RecordsModel

LOW_STOCK = 2
PAGE = 500
MAX_TAGS_PER_PRODUCT = 100  # one tag a piece, but not a ream for a bulk item
SOLD_OUT_COLOUR = "#f4c7c3"
LOW_COLOUR = "#fde2b3"


def stock_colour(product: Any) -> str | None:
    """Row colour: red when none is left, amber when few are (not for one-of-a-kind)."""
    if product.stock <= 0:
        return SOLD_OUT_COLOUR
    if product.stock <= LOW_STOCK and not product.one_of_a_kind:
        return LOW_COLOUR
    return None


class Screen(QWidget):
    """Stock levels with highlights, and count adjustments."""

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stockScreen")
        self._services = services
        self.approval: QWidget | None = None  # the open manager PIN dialog, if any
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("stockSearch")
        self.search_box.setMinimumHeight(38)
        self.craft_filter = QComboBox(self)
        self.craft_filter.setObjectName("stockCraftFilter")
        self.low_only = QPushButton(self)
        self.low_only.setObjectName("stockLowOnly")
        self.low_only.setCheckable(True)
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.craft_filter)
        top.addWidget(self.low_only)
        self.model = RecordsModel(
            [
                Column(lambda: self.tr("SKU"), lambda p: p.sku),
                Column(lambda: self.tr("Product"), lambda p: f"{p.name_en} / {p.name_hi}"),
                Column(lambda: self.tr("Artisan"), lambda p: p.artisan_name or ""),
                Column(lambda: self.tr("Price"), lambda p: inr(p.mrp_paise), True),
                Column(lambda: self.tr("In stock"), lambda p: str(p.stock), True),
            ],
            self,
            highlight=stock_colour,
        )
        self.table = QTableView(self)
        self.table.setObjectName("stockTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.summary = QLabel(self)
        self.summary.setObjectName("stockSummary")
        # Price tags go to an A4 label sheet on the office printer, never to the roll.
        self.labels_button = QPushButton(self)
        self.labels_button.setObjectName("printLabelsButton")
        self.labels_button.setMinimumHeight(40)
        self.shown_labels_button = QPushButton(self)
        self.shown_labels_button.setObjectName("printShownLabelsButton")
        self.shown_labels_button.setMinimumHeight(40)
        self.labels_message = MessageLine(self)
        self.labels_message.setObjectName("labelsMessage")
        self.show_pdf = print_preview.preview_and_print  # replaced by tests

        self.adjust_box = QGroupBox(self)
        self.chosen_label = QLabel(self.adjust_box)
        self.chosen_label.setObjectName("stockChosen")
        self.counted = QSpinBox(self.adjust_box)
        self.counted.setObjectName("countedQty")
        self.counted.setRange(0, 99_999)
        self.counted.setMinimumHeight(36)
        self.reason = QLineEdit(self.adjust_box)
        self.reason.setObjectName("adjustReason")
        self.adjust_button = QPushButton(self.adjust_box)
        self.adjust_button.setObjectName("adjustStockButton")
        self.adjust_button.setMinimumHeight(40)
        self.counted_caption = QLabel(self.adjust_box)
        self.message = MessageLine(self.adjust_box)
        self.message.setObjectName("stockMessage")
        row = QHBoxLayout()
        row.addWidget(self.chosen_label, 2)
        row.addWidget(self.counted_caption)
        row.addWidget(self.counted)
        row.addWidget(self.reason, 2)
        row.addWidget(self.adjust_button)
        adjust_layout = QVBoxLayout(self.adjust_box)
        adjust_layout.addLayout(row)
        adjust_layout.addWidget(self.message)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.labels_message, 1)
        summary_row.addWidget(self.labels_button)
        summary_row.addWidget(self.shown_labels_button)
        layout.addLayout(summary_row)
        layout.addWidget(self.adjust_box)

        self.search_box.textChanged.connect(self.refresh)
        self.craft_filter.currentIndexChanged.connect(self.refresh)
        self.low_only.toggled.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.adjust_button.clicked.connect(self.ask_adjust)
        self.labels_button.clicked.connect(self.print_chosen_labels)
        self.shown_labels_button.clicked.connect(self.print_shown_labels)
        services.changed.connect(self._on_changed)
        forms.shortcut(self, "Ctrl+F", self.search_box.setFocus)
        self._fill_crafts()
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        """The toolbar and window title of this screen."""
        return self.tr("Stock")

    def activated(self) -> None:
        """The screen came to the front: show fresh figures."""
        self.refresh()

    def _fill_crafts(self) -> None:
        current = self.craft_filter.currentData()
        self.craft_filter.blockSignals(True)
        self.craft_filter.clear()
        self.craft_filter.addItem(self.tr("All crafts"), None)
        hindi = getattr(self._services, "language", "en") == "hi"
        for craft in catalogue.crafts(self._services.db):
            self.craft_filter.addItem(craft.name_hi if hindi else craft.name_en, craft.code)
        self.craft_filter.setCurrentIndex(max(0, self.craft_filter.findData(current)))
        self.craft_filter.blockSignals(False)

    def refresh(self) -> None:
        """Re-read one page of levels (short read) and keep the chosen product."""
        chosen = self.selected()
        products = catalogue.search(self._services.db, self.search_box.text(),
                                    self.craft_filter.currentData(), limit=PAGE)
        if self.low_only.isChecked():
            products = [p for p in products if stock_colour(p)]
        self.model.set_rows(products)
        self.table.resizeColumnsToContents()
        sold_out = sum(1 for p in products if p.stock <= 0)
        low = sum(1 for p in products if stock_colour(p) == LOW_COLOUR)
        self.summary.setText(
            self.tr("%1 products shown · %2 sold out · %3 running low")
            .replace("%1", str(len(products))).replace("%2", str(sold_out))
            .replace("%3", str(low))
        )
        if chosen is not None:
            for row, product in enumerate(products):
                if product.sku == chosen.sku:
                    self.table.selectRow(row)
                    break
        self._chosen()

    def _on_changed(self, what: str) -> None:
        if what == "catalogue":
            self._fill_crafts()
        # A hidden screen catches up in activated(); re-reading on every sale would be waste.
        if what in ("sale", "stock", "refund", "void", "catalogue") and self.isVisible():
            self.refresh()

    def selected(self) -> Any:
        """The product picked in the table, or None."""
        index = self.table.selectionModel().currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _chosen(self, *_args: Any) -> None:
        product = self.selected()
        self.adjust_box.setEnabled(product is not None)
        if product is None:
            self.chosen_label.setText(self.tr("Choose a product to correct its count."))
            return
        self.chosen_label.setText(
            self.tr("%1: %2 in the system").replace("%1", product.sku)
            .replace("%2", str(product.stock))
        )
        self.counted.setValue(max(product.stock, 0))

    def print_chosen_labels(self) -> None:
        """Price tags for the chosen product: one a piece in stock (at least one)."""
        product = self.selected()
        if product is None:
            self.labels_message.error(self.tr("Choose a product to print its price tags."))
            return
        copies = min(max(product.stock, 1), MAX_TAGS_PER_PRODUCT)
        self._print_labels([product.sku] * copies)

    def print_shown_labels(self) -> None:
        """One price tag for every product in the table (after search and craft filter)."""
        skus = [self.model.record(row).sku for row in range(self.model.rowCount())]
        if not skus:
            self.labels_message.error(self.tr("No products are shown to print tags for."))
            return
        self._print_labels(skus)

    def _print_labels(self, skus: list[str]) -> None:
        """Render the A4 sheets in a worker, then show Qt's print preview."""
        from pos.documents import labels as label_sheets
        from pos.documents import model as documents

        def render(db: Any) -> bytes:
            return label_sheets.render_labels(documents.label_data(db, skus=skus))

        def rendered(pdf: bytes) -> None:
            self.labels_message.ok(self.tr("%1 price tags ready.").replace("%1", str(len(skus))))
            self.show_pdf(pdf, title=self.tr("Price tags"), parent=self)

        def failed(exc: BaseException) -> None:
            self.labels_message.error(explain(exc) if isinstance(exc, MelaError)
                                      else bug_text(exc))

        self.labels_message.ok(self.tr("Preparing %1 price tags…").replace("%1", str(len(skus))))
        self._services.run(self, render, rendered, failed, lane="io")

    def ask_adjust(self) -> None:
        """Work out the difference from the count and ask a manager's PIN."""
        product = self.selected()
        if product is None:
            return
        delta = self.counted.value() - product.stock
        reason = self.reason.text().strip()
        if delta == 0:
            self.message.error(self.tr("The count matches the system; nothing to correct."))
            return
        if not reason:
            self.message.error(self.tr("Write why the count differs (damaged, found, …)."))
            self.reason.setFocus()
            return
        sku = product.sku
        self.approval = forms.ask_manager(
            self, self._services, "stock_adjustment",
            self.tr("Correct %1 by %2 pieces").replace("%1", sku)
            .replace("%2", f"{delta:+d}"),
            lambda manager_id: self._adjust(sku, delta, reason, manager_id),
        )

    def _adjust(self, sku: str, delta: int, reason: str, manager_id: str) -> None:
        staff = self._services.staff
        try:
            stock.adjust(self._services.db, sku, delta, reason,
                         staff.id if staff else "", manager_id)
        except MelaError as exc:
            self.message.error(str(exc))
            return
        self.reason.clear()
        self._services.notify_changed("stock")
        self.refresh()
        self.message.ok(self.tr("Stock of %1 corrected by %2.").replace("%1", sku)
                        .replace("%2", f"{delta:+d}"))

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.search_box.setPlaceholderText(self.tr("Find by SKU, barcode or name"))
        self.low_only.setText(self.tr("Low and sold out only"))
        self.adjust_box.setTitle(self.tr("Count correction (manager)"))
        self.counted_caption.setText(self.tr("Counted"))
        self.reason.setPlaceholderText(self.tr("Reason, e.g. damaged in transit"))
        self.adjust_button.setText(self.tr("Correct stock (manager PIN)"))
        self.labels_button.setText(self.tr("Price tags for this product"))
        self.shown_labels_button.setText(self.tr("Price tags for all shown"))
        self._fill_crafts()
        self.model.retranslate()
        self._chosen()
