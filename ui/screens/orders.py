"""Orders: find a past bill, look at it, reprint it, refund part of it or void it.

A buyer comes back with a receipt, a phone number or just "about ₹1,200 this morning"; the
search takes any of those. Refunds and voids are new records (the bill itself never changes)
and each needs a manager's PIN. Reprints render and print in a worker; a printer problem is
shown in words with a button to try again, and never touches the bill.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos import bills, returns
from pos.errors import MelaError
from pos.ids import ist_today, to_ist
from pos.phone import format_for_display
from ui import forms, pdfimage, printjobs
from ui.forms import MessageLine, RupeeEdit, inr, qdate_to_date
from ui.tablemodel import Column, RecordsModel

STATUS_COLOURS = {"voided": "#f4c7c3", "refunded": "#fde2b3", "partially_refunded": "#fff3d6"}


def status_text(status: str) -> str:
    """A bill's status in the current language."""
    names = {
        "completed": QCoreApplication.translate("Orders", "paid"),
        "refunded": QCoreApplication.translate("Orders", "refunded"),
        "partially_refunded": QCoreApplication.translate("Orders", "part refunded"),
        "voided": QCoreApplication.translate("Orders", "voided"),
    }
    return names.get(status, status)


def method_text(method: str) -> str:
    """A payment method in the current language."""
    names = {
        "cash": QCoreApplication.translate("Orders", "Cash"),
        "upi": QCoreApplication.translate("Orders", "UPI"),
        "card": QCoreApplication.translate("Orders", "Card"),
    }
    return names.get(method, method)


class Screen(QWidget):
    """Find bills, view one, reprint, refund or void it."""

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersScreen")
        self._services = services
        self.approval: QWidget | None = None  # the open manager PIN dialog, if any
        self.bill: Any = None
        self._last_print: tuple[str, Callable[[Any], str]] | None = None

        # search row ---------------------------------------------------------------------
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("billSearch")
        self.search_box.setMinimumHeight(38)
        self.phone_box = QLineEdit(self)
        self.phone_box.setObjectName("billPhone")
        self.phone_box.setMinimumHeight(38)
        self.use_dates = QCheckBox(self)
        self.use_dates.setObjectName("billUseDates")
        self.date_from = QDateEdit(self)
        self.date_from.setObjectName("billDateFrom")
        self.date_to = QDateEdit(self)
        self.date_to.setObjectName("billDateTo")
        today = ist_today()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setDate(QDate(today.year, today.month, today.day))
            edit.setMinimumHeight(38)
        self.amount_box = RupeeEdit(self)
        self.amount_box.setObjectName("billAmount")
        self.amount_box.setMaximumWidth(120)
        self.find_button = QPushButton(self)
        self.find_button.setObjectName("findBillsButton")
        self.find_button.setMinimumHeight(38)
        search = QHBoxLayout()
        for widget in (self.search_box, self.phone_box, self.use_dates, self.date_from,
                       self.date_to, self.amount_box, self.find_button):
            search.addWidget(widget)
        search.setStretch(0, 2)
        search.setStretch(1, 1)

        # bills list ---------------------------------------------------------------------
        self.model = RecordsModel(
            [
                Column(lambda: self.tr("Bill"), lambda b: b.invoice_no),
                Column(lambda: self.tr("Time"),
                       lambda b: to_ist(b.created_at).strftime("%d-%m %H:%M")),
                Column(lambda: self.tr("Total"), lambda b: inr(b.total_paise), True),
                Column(lambda: self.tr("Paid by"),
                       lambda b: ", ".join(method_text(m) for m in
                                           b.payment_methods.split(",") if m)),
                Column(lambda: self.tr("Buyer"),
                       lambda b: " ".join(x for x in (b.buyer_name or "",
                                                      format_for_display(b.buyer_phone)) if x)),
                Column(lambda: self.tr("Status"), lambda b: status_text(b.status)),
            ],
            self,
            highlight=lambda b: STATUS_COLOURS.get(b.status),
        )
        self.table = QTableView(self)
        self.table.setObjectName("billsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

        # one bill -----------------------------------------------------------------------
        self.bill_box = QGroupBox(self)
        self.bill_header = QLabel(self.bill_box)
        self.bill_header.setObjectName("billHeader")
        self.bill_header.setWordWrap(True)
        self.lines = QTableWidget(0, 5, self.bill_box)
        self.lines.setObjectName("billLines")
        self.lines.verticalHeader().hide()
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.payments_label = QLabel(self.bill_box)
        self.payments_label.setObjectName("billPayments")
        self.payments_label.setWordWrap(True)
        self.roll_button = QPushButton(self.bill_box)
        self.roll_button.setObjectName("reprintRollButton")
        self.view_button = QPushButton(self.bill_box)
        self.view_button.setObjectName("showReceiptButton")
        self.a5_button = QPushButton(self.bill_box)
        self.a5_button.setObjectName("reprintA5Button")
        self.retry_button = QPushButton(self.bill_box)
        self.retry_button.setObjectName("reprintRetryButton")
        self.retry_button.hide()
        self.refund_method = QComboBox(self.bill_box)
        self.refund_method.setObjectName("refundMethod")
        for method in ("cash", "upi", "card"):
            self.refund_method.addItem(method, method)
        self.refund_reference = QLineEdit(self.bill_box)
        self.refund_reference.setObjectName("refundReference")
        self.reason_input = QLineEdit(self.bill_box)
        self.reason_input.setObjectName("refundReason")
        self.refund_button = QPushButton(self.bill_box)
        self.refund_button.setObjectName("refundButton")
        self.void_button = QPushButton(self.bill_box)
        self.void_button.setObjectName("voidButton")
        self.message = MessageLine(self.bill_box)
        self.message.setObjectName("ordersMessage")
        for button in (self.view_button, self.roll_button, self.a5_button, self.retry_button,
                       self.refund_button, self.void_button):
            button.setMinimumHeight(40)
        prints = QHBoxLayout()
        prints.addWidget(self.roll_button)
        prints.addWidget(self.a5_button)
        prints.insertWidget(0, self.view_button)
        prints.addWidget(self.retry_button)
        self.method_caption = QLabel(self.bill_box)
        self.reference_caption = QLabel(self.bill_box)
        self.reason_caption = QLabel(self.bill_box)
        money_back = QGridLayout()
        money_back.addWidget(self.method_caption, 0, 0)
        money_back.addWidget(self.refund_method, 0, 1)
        money_back.addWidget(self.reference_caption, 0, 2)
        money_back.addWidget(self.refund_reference, 0, 3)
        money_back.addWidget(self.reason_caption, 1, 0)
        money_back.addWidget(self.reason_input, 1, 1, 1, 3)
        money_back.addWidget(self.refund_button, 2, 0, 1, 2)
        money_back.addWidget(self.void_button, 2, 2, 1, 2)
        bill_layout = QVBoxLayout(self.bill_box)
        bill_layout.addWidget(self.bill_header)
        bill_layout.addWidget(self.lines, 1)
        bill_layout.addWidget(self.payments_label)
        bill_layout.addLayout(prints)
        bill_layout.addLayout(money_back)
        bill_layout.addWidget(self.message)

        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.bill_box)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(search)
        layout.addWidget(splitter, 1)

        self.find_button.clicked.connect(self.find_bills)
        self.search_box.returnPressed.connect(self.find_bills)
        self.phone_box.returnPressed.connect(self.find_bills)
        self.amount_box.returnPressed.connect(self.find_bills)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.roll_button.clicked.connect(lambda: self.reprint("roll"))
        self.a5_button.clicked.connect(lambda: self.reprint("a5"))
        self.view_button.clicked.connect(self.show_receipt)
        self.receipt_view: QDialog | None = None
        self.retry_button.clicked.connect(self._retry)
        self.refund_button.clicked.connect(self.ask_refund)
        self.void_button.clicked.connect(self.ask_void)
        services.changed.connect(self._on_changed)
        forms.shortcut(self, "Ctrl+F", self.search_box.setFocus)
        forms.shortcut(self, "F5", self.find_bills, self.find_button)
        forms.shortcut(self, "Ctrl+P", lambda: self.reprint(printjobs.ROLL), self.roll_button)
        forms.shortcut(self, "Ctrl+R", self.ask_refund, self.refund_button)
        self._dates_toggled(False)
        self.retranslate()
        self.show_bill(None)
        self.find_bills()

    def title(self) -> str:
        """The toolbar and window title of this screen."""
        return self.tr("Orders")

    def activated(self) -> None:
        """The screen came to the front: show fresh figures."""
        self.find_bills()

    # -- finding -----------------------------------------------------------------------
    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)

    def find_bills(self) -> None:
        """Search with every filter that is filled in (a short indexed read)."""
        try:
            amount = self.amount_box.paise() if self.amount_box.text().strip() else None
            found = bills.find_bills(
                self._services.db,
                text=self.search_box.text().strip() or None,
                phone=self.phone_box.text().strip() or None,
                date_from=qdate_to_date(self.date_from.date()) if self.use_dates.isChecked()
                else None,
                date_to=qdate_to_date(self.date_to.date()) if self.use_dates.isChecked()
                else None,
                amount_paise=amount,
            )
        except MelaError as exc:
            self.message.error(str(exc))
            return
        current = self.bill.invoice_no if self.bill is not None else None
        self.model.set_rows(found)
        self.table.resizeColumnsToContents()
        for row, summary in enumerate(found):
            if summary.invoice_no == current:
                self.table.selectRow(row)
                return
        if len(found) == 1:
            self.table.selectRow(0)
        elif current is not None:
            self.show_bill(None)

    def _on_changed(self, what: str) -> None:
        # A hidden screen catches up in activated(); re-reading on every sale would be waste.
        if what in ("sale", "refund", "void", "day") and self.isVisible():
            self.find_bills()

    def _row_chosen(self, current: Any, _previous: Any) -> None:
        if not current.isValid():
            return
        summary = self.model.record(current.row())
        self.open_bill(summary.invoice_no)

    def open_bill(self, invoice_no: str) -> None:
        """Load and show one bill with its lines, payments, refunds and void."""
        try:
            self.show_bill(bills.load_bill(self._services.db, invoice_no))
        except MelaError as exc:
            self.message.error(str(exc))

    # -- one bill ----------------------------------------------------------------------
    def show_bill(self, bill: Any) -> None:
        """Fill the bill panel (None empties it)."""
        self.bill = bill
        self.message.clear_message()
        self.retry_button.hide()
        has = bill is not None
        for widget in (self.view_button, self.roll_button, self.a5_button, self.refund_button,
                       self.void_button,
                       self.refund_method, self.refund_reference, self.reason_input):
            widget.setEnabled(has)
        self.lines.setRowCount(0)
        if bill is None:
            self.bill_header.setText(self.tr("Choose a bill on the left."))
            self.payments_label.setText("")
            return
        when = to_ist(bill.created_at).strftime("%d-%m-%Y %H:%M")
        buyer = " ".join(x for x in (bill.buyer.name or "",
                                     format_for_display(bill.buyer.phone)) if x)
        self.bill_header.setText(
            f"<b>{bill.invoice_no}</b> · {when} · {inr(bill.total_paise)} · "
            f"{status_text(bill.status)}" + (f"<br>{buyer}" if buyer else "")
        )
        self.lines.setRowCount(len(bill.lines))
        for row, line in enumerate(bill.lines):
            cells = (
                f"{line.name_en} / {line.name_hi}",
                str(line.qty),
                inr(line.total_paise),
                str(line.refunded_qty),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.lines.setItem(row, col, item)
            spin = QSpinBox(self.lines)
            spin.setObjectName(f"refundQty{row}")
            spin.setRange(0, line.refundable_qty)
            spin.setEnabled(line.refundable_qty > 0 and bill.void is None)
            self.lines.setCellWidget(row, 4, spin)
        self.lines.resizeColumnsToContents()
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        paid = ", ".join(
            f"{method_text(p.method)} {inr(p.amount_paise)}"
            + (f" ({p.reference})" if p.reference else "")
            for p in bill.payments
        )
        notes = [self.tr("Paid: %1").replace("%1", paid)]
        for refund in bill.refunds:
            notes.append(
                self.tr("Refund %1: %2 by %3").replace("%1", refund.credit_note_no or "")
                .replace("%2", inr(refund.amount_paise))
                .replace("%3", method_text(refund.method))
            )
        if bill.void is not None:
            notes.append(self.tr("Voided: %1").replace("%1", bill.void.reason))
        self.payments_label.setText("\n".join(notes))
        open_bill = bill.void is None
        self.refund_button.setEnabled(open_bill and any(ln.refundable_qty for ln in bill.lines))
        self.void_button.setEnabled(open_bill and not bill.refunds)

    def refund_quantities(self) -> dict[str, int]:
        """The pieces ticked for refund: order line id -> quantity."""
        chosen: dict[str, int] = {}
        if self.bill is None:
            return chosen
        for row, line in enumerate(self.bill.lines):
            spin = self.lines.cellWidget(row, 4)
            if isinstance(spin, QSpinBox) and spin.value() > 0:
                chosen[line.id] = spin.value()
        return chosen

    # -- refund and void -----------------------------------------------------------------
    def ask_refund(self) -> None:
        """Check the choice, then ask a manager's PIN before refunding."""
        if self.bill is None:
            return
        chosen = self.refund_quantities()
        reason = self.reason_input.text().strip()
        if not chosen:
            self.message.error(self.tr("Set how many pieces go back on each line to refund."))
            return
        if not reason:
            self.message.error(self.tr("Write why the money is given back."))
            self.reason_input.setFocus()
            return
        invoice_no = self.bill.invoice_no
        method = self.refund_method.currentData()
        reference = self.refund_reference.text().strip() or None
        self.approval = forms.ask_manager(
            self, self._services, "refund",
            self.tr("Refund on bill %1").replace("%1", invoice_no),
            lambda manager_id: self._refund(invoice_no, chosen, method, reference, reason,
                                            manager_id),
        )

    def _refund(self, invoice_no: str, chosen: dict[str, int], method: str,
                reference: str | None, reason: str, manager_id: str) -> None:
        staff_id = self._services.staff.id if self._services.staff else ""

        def op(db: Any) -> Any:
            return returns.refund(db, invoice_no, lines=chosen, method=method,
                                  reference=reference, reason=reason, staff_id=staff_id,
                                  approved_by=manager_id)

        self._services.run(self, op, lambda result: self._done("refund", result),
                           self._failed)

    def ask_void(self) -> None:
        """Ask a manager's PIN before cancelling the whole bill."""
        if self.bill is None:
            return
        reason = self.reason_input.text().strip()
        if not reason:
            self.message.error(self.tr("Write why the bill is voided."))
            self.reason_input.setFocus()
            return
        invoice_no = self.bill.invoice_no
        self.approval = forms.ask_manager(
            self, self._services, "void",
            self.tr("Void the whole bill %1").replace("%1", invoice_no),
            lambda manager_id: self._void(invoice_no, reason, manager_id),
        )

    def _void(self, invoice_no: str, reason: str, manager_id: str) -> None:
        staff_id = self._services.staff.id if self._services.staff else ""

        def op(db: Any) -> Any:
            return returns.void(db, invoice_no, reason=reason, staff_id=staff_id,
                                approved_by=manager_id)

        self._services.run(self, op, lambda result: self._done("void", result), self._failed)

    def _done(self, what: str, result: Any) -> None:
        invoice_no = self.bill.invoice_no if self.bill is not None else ""
        self.reason_input.clear()
        self.refund_reference.clear()
        self._services.notify_changed(what)
        self.open_bill(invoice_no)
        self.find_bills()
        if what == "refund":
            self.print_refund_note(result.credit_note_no,
                                   self.tr("Refund saved. Hand the money back."))
        else:
            self.message.ok(self.tr("Bill voided."))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, MelaError):
            self.message.error(str(exc))
        else:
            self.message.error(self.tr("Something went wrong (%1); see the log.")
                               .replace("%1", type(exc).__name__))

    # -- reprint -----------------------------------------------------------------------
    def reprint(self, kind: str) -> None:
        """Render and print the bill as a roll receipt or an A5 invoice, in a worker."""
        if self.bill is None:
            return
        invoice_no = self.bill.invoice_no
        self._print(invoice_no, lambda db: printjobs.reprint(db, invoice_no, kind))

    def print_refund_note(self, credit_note_no: str, note: str = "") -> None:
        """Print the credit note the buyer takes home with the refund."""
        self._print(credit_note_no, lambda db: printjobs.refund_note(db, credit_note_no), note)

    def _retry(self) -> None:
        if self._last_print is not None:
            self._print(*self._last_print)

    def _print(self, what: str, job: Callable[[Any], str], note: str = "") -> None:
        """Run a print job; ``note`` (what was just saved) stays in front of its outcome."""
        self._last_print = (what, job)
        self.retry_button.hide()
        lead = f"{note} " if note else ""
        self.message.ok(lead + self.tr("Printing %1…").replace("%1", what))

        def printed(done: str) -> None:
            self.message.ok(lead + self.tr("Printed: %1.").replace("%1", done))

        def failed(exc: BaseException) -> None:
            self._print_failed(exc)
            self.message.error(lead + self.message.text())

        self._services.run(self, job, printed, failed, lane="io")

    def show_receipt(self) -> None:
        """Show the bill exactly as its roll receipt prints (rendered in a worker)."""
        if self.bill is None:
            return
        invoice_no = self.bill.invoice_no

        def render(db: Any) -> list[bytes]:
            return pdfimage.pdf_pages_png(printjobs.receipt_pdf(db, invoice_no), width_px=420)

        self._services.run(self, render, lambda pages: self._open_receipt(invoice_no, pages),
                           self._failed, lane="io")

    def _open_receipt(self, invoice_no: str, pages: list[bytes]) -> None:
        dialog = QDialog(self)
        dialog.setObjectName("receiptPreview")
        dialog.setWindowTitle(self.tr("Receipt %1").replace("%1", invoice_no))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picture = QLabel(dialog)
        picture.setObjectName("receiptPicture")
        pixmap = QPixmap()
        if pages:
            pixmap.loadFromData(pages[0], "PNG")
        picture.setPixmap(pixmap)
        scroll = QScrollArea(dialog)
        scroll.setWidget(picture)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        dialog.resize(pixmap.width() + 60, 640)
        dialog.open()
        self.receipt_view = dialog

    def _print_failed(self, exc: BaseException) -> None:
        self._failed(exc)
        self.retry_button.show()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.search_box.setPlaceholderText(self.tr("Bill number, name or product"))
        self.phone_box.setPlaceholderText(self.tr("Buyer phone"))
        self.use_dates.setText(self.tr("Dates"))
        self.amount_box.setPlaceholderText(self.tr("Total ₹"))
        self.find_button.setText(self.tr("Find"))
        self.bill_box.setTitle(self.tr("Bill"))
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("Qty"), self.tr("Amount"), self.tr("Returned"),
             self.tr("Refund qty")]
        )
        self.roll_button.setText(self.tr("Reprint receipt"))
        self.a5_button.setText(self.tr("Print A5 invoice"))
        self.view_button.setText(self.tr("Show receipt"))
        self.retry_button.setText(self.tr("Reprint"))
        self.method_caption.setText(self.tr("Refund by"))
        for i, method in enumerate(("cash", "upi", "card")):
            self.refund_method.setItemText(i, method_text(method))
        self.reference_caption.setText(self.tr("UTR / ref."))
        self.reason_caption.setText(self.tr("Reason"))
        self.refund_button.setText(self.tr("Refund chosen pieces (manager PIN)"))
        self.void_button.setText(self.tr("Void whole bill (manager PIN)"))
        self.model.retranslate()
        if self.bill is not None:
            self.show_bill(self.bill)
        else:
            self.show_bill(None)
