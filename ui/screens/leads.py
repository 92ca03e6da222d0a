"""Leads and pre-orders: the buyers the stall promised to call back or deliver to.

The leads tab finds a buyer by phone digits, name, district or product, changes a lead's
status as the office works through it, and erases a buyer's data when they ask (after a
confirmation, since it cannot be undone). The pre-orders tab lists orders waiting for
delivery with their balance due and delivers them: the bill with the advance applied, the
balance taken in the pay dialog (``ui.delivery``), or cancels them: a reason, a manager's
PIN, the advance given back in cash by a credit note that prints for the buyer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos import leads, preorders
from pos.errors import MelaError
from pos.ids import to_ist
from pos.phone import format_for_display
from ui import delivery, forms, printjobs
from ui.dialogs.lead import LeadDialog
from ui.dialogs.preorder import PreorderDialog
from ui.forms import MessageLine, inr
from ui.tablemodel import Column, RecordsModel

LEAD_COLOURS = {"new": "#e3f2fd", "converted": "#e6f4ea", "closed": "#eeeeee"}
PREORDER_COLOURS = {"delivered": "#e6f4ea", "cancelled": "#eeeeee"}


def lead_status_text(status: str) -> str:
    """A lead status in the current language."""
    names = {
        "new": QCoreApplication.translate("Leads", "new"),
        "contacted": QCoreApplication.translate("Leads", "contacted"),
        "converted": QCoreApplication.translate("Leads", "bought"),
        "closed": QCoreApplication.translate("Leads", "closed"),
    }
    return names.get(status, status)


def preorder_status_text(status: str) -> str:
    """A pre-order status in the current language."""
    names = {
        "open": QCoreApplication.translate("Leads", "to deliver"),
        "delivered": QCoreApplication.translate("Leads", "delivered"),
        "cancelled": QCoreApplication.translate("Leads", "cancelled"),
    }
    return names.get(status, status)


def _interests_text(lead: Any) -> str:
    return ", ".join(item.get("text") or item.get("sku") or "" for item in lead.interests)


def _reselect(table: QTableView, model: RecordsModel, record: Any) -> None:
    if record is None:
        return
    for row, candidate in enumerate(model.records()):
        if candidate.id == record.id:
            table.selectRow(row)
            return


class Screen(QWidget):
    """Find and work through leads; see and deliver pre-orders."""

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadsScreen")
        self._services = services
        self.dialog: QWidget | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("leadsTabs")

        # Leads tab ----------------------------------------------------------------------
        leads_page = QWidget(self.tabs)
        self.search_box = QLineEdit(leads_page)
        self.search_box.setObjectName("leadSearch")
        self.search_box.setMinimumHeight(38)
        self.status_filter = QComboBox(leads_page)
        self.status_filter.setObjectName("leadStatusFilter")
        self.status_filter.addItem("", None)
        for status in leads.STATUSES:
            self.status_filter.addItem(status, status)
        self.new_lead_button = QPushButton(leads_page)
        self.new_lead_button.setObjectName("newLeadButton")
        self.new_preorder_button = QPushButton(leads_page)
        self.new_preorder_button.setObjectName("newPreorderButton")
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.status_filter)
        top.addWidget(self.new_lead_button)
        top.addWidget(self.new_preorder_button)
        self.model = RecordsModel(
            [
                Column(lambda: self.tr("Taken"),
                       lambda ld: to_ist(ld.created_at).strftime("%d-%m-%Y %H:%M")),
                Column(lambda: self.tr("Mobile"),
                       lambda ld: format_for_display(ld.phone_e164) if not ld.erased
                       else self.tr("(erased)")),
                Column(lambda: self.tr("Name"), lambda ld: ld.name or ""),
                Column(lambda: self.tr("District"), lambda ld: ld.district or ""),
                Column(lambda: self.tr("Interested in"), _interests_text),
                Column(lambda: self.tr("Consent"),
                       lambda ld: self.tr("yes") if ld.consent else self.tr("no")),
                Column(lambda: self.tr("Status"), lambda ld: lead_status_text(ld.status)),
            ],
            self,
            highlight=lambda ld: "#eeeeee" if ld.erased else LEAD_COLOURS.get(ld.status),
        )
        self.table = QTableView(leads_page)
        self.table.setObjectName("leadsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.set_status = QComboBox(leads_page)
        self.set_status.setObjectName("leadStatus")
        for status in leads.STATUSES:
            self.set_status.addItem(status, status)
        self.status_button = QPushButton(leads_page)
        self.status_button.setObjectName("setLeadStatusButton")
        self.erase_button = QPushButton(leads_page)
        self.erase_button.setObjectName("eraseLeadButton")
        self.message = MessageLine(leads_page)
        self.message.setObjectName("leadsMessage")
        actions = QHBoxLayout()
        actions.addWidget(self.set_status)
        actions.addWidget(self.status_button)
        actions.addStretch(1)
        actions.addWidget(self.erase_button)
        leads_layout = QVBoxLayout(leads_page)
        leads_layout.addLayout(top)
        leads_layout.addWidget(self.table, 1)
        leads_layout.addLayout(actions)
        leads_layout.addWidget(self.message)

        # Pre-orders tab -----------------------------------------------------------------
        pre_page = QWidget(self.tabs)
        self.pre_model = RecordsModel(
            [
                Column(lambda: self.tr("Pre-order"), lambda p: p.preorder_no),
                Column(lambda: self.tr("Taken"),
                       lambda p: to_ist(p.created_at).strftime("%d-%m-%Y")),
                Column(lambda: self.tr("Mobile"), lambda p: format_for_display(p.phone_e164)),
                Column(lambda: self.tr("Name"), lambda p: p.buyer_name or ""),
                Column(lambda: self.tr("Promised"), lambda p: p.promised_date),
                Column(lambda: self.tr("Total"), lambda p: inr(p.total_paise), True),
                Column(lambda: self.tr("Advance"), lambda p: inr(p.advance_paise), True),
                Column(lambda: self.tr("Balance due"), lambda p: inr(p.balance_paise), True),
                Column(lambda: self.tr("Status"), lambda p: preorder_status_text(p.status)),
            ],
            self,
            highlight=lambda p: PREORDER_COLOURS.get(p.status),
        )
        self.pre_table = QTableView(pre_page)
        self.pre_table.setObjectName("preordersTable")
        self.pre_table.setModel(self.pre_model)
        self.pre_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pre_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pre_table.horizontalHeader().setStretchLastSection(True)
        self.pre_table.verticalHeader().hide()
        self.delivered_button = QPushButton(pre_page)
        self.delivered_button.setObjectName("deliverButton")
        self.slip_button = QPushButton(pre_page)
        self.slip_button.setObjectName("printSlipButton")
        self.cancel_preorder_button = QPushButton(pre_page)
        self.cancel_preorder_button.setObjectName("cancelPreorderButton")
        self.pre_message = MessageLine(pre_page)
        self.pre_message.setObjectName("preordersMessage")
        pre_actions = QHBoxLayout()
        pre_actions.addStretch(1)
        pre_actions.addWidget(self.cancel_preorder_button)
        pre_actions.addWidget(self.slip_button)
        pre_actions.addWidget(self.delivered_button)
        pre_layout = QVBoxLayout(pre_page)
        pre_layout.addWidget(self.pre_table, 1)
        pre_layout.addLayout(pre_actions)
        pre_layout.addWidget(self.pre_message)

        self.tabs.addTab(leads_page, "")
        self.tabs.addTab(pre_page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.search_box.textChanged.connect(self.refresh)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._lead_chosen)
        self.status_button.clicked.connect(self.change_status)
        self.erase_button.clicked.connect(self.ask_erase)
        self.new_lead_button.clicked.connect(self.new_lead)
        self.new_preorder_button.clicked.connect(self.new_preorder)
        self.delivered_button.clicked.connect(self.deliver)
        self.slip_button.clicked.connect(self._print_selected_slip)
        self.cancel_preorder_button.clicked.connect(self.ask_cancel)
        services.changed.connect(self._on_changed)
        forms.shortcut(self, "Ctrl+F", self.search_box.setFocus)
        forms.shortcut(self, "Ctrl+N", self.new_lead, self.new_lead_button)
        forms.shortcut(self, "Ctrl+Shift+N", self.new_preorder, self.new_preorder_button)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        """The toolbar and window title of this screen."""
        return self.tr("Leads")

    def activated(self) -> None:
        """The screen came to the front: show fresh figures."""
        self.refresh()

    # -- lists -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read both lists (short indexed reads, at most a few hundred rows)."""
        chosen = self.selected_lead()
        chosen_order = self.selected_preorder()
        try:
            found = leads.find_leads(
                self._services.db, self.search_box.text(), self.status_filter.currentData()
            )
        except MelaError as exc:
            self.message.error(str(exc))
            found = []
        self.model.set_rows(found)
        self.table.resizeColumnsToContents()
        self.pre_model.set_rows(preorders.list_preorders(self._services.db, status=None))
        self.pre_table.resizeColumnsToContents()
        # Keep the row the manager was working on selected across the refresh.
        _reselect(self.table, self.model, chosen)
        _reselect(self.pre_table, self.pre_model, chosen_order)
        self._lead_chosen()

    def _on_changed(self, what: str) -> None:
        # A hidden screen catches up in activated(); re-reading on every sale would be waste.
        if what in ("lead", "preorder", "sale") and self.isVisible():
            self.refresh()

    def selected_lead(self) -> Any:
        """The lead picked in the table, or None."""
        index = self.table.selectionModel().currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def selected_preorder(self) -> Any:
        """The pre-order picked in its table, or None."""
        index = self.pre_table.selectionModel().currentIndex()
        return self.pre_model.record(index.row()) if index.isValid() else None

    def _lead_chosen(self, *_args: Any) -> None:
        lead = self.selected_lead()
        usable = lead is not None and not lead.erased
        for widget in (self.set_status, self.status_button, self.erase_button):
            widget.setEnabled(usable)
        if usable:
            self.set_status.setCurrentIndex(max(0, self.set_status.findData(lead.status)))

    # -- actions -----------------------------------------------------------------------
    def _staff_id(self) -> str:
        staff = self._services.staff
        return staff.id if staff is not None else ""

    def change_status(self) -> None:
        """Store the status picked for the selected lead."""
        lead = self.selected_lead()
        if lead is None:
            return
        try:
            leads.set_status(self._services.db, lead.id, self.set_status.currentData(),
                             self._staff_id())
        except MelaError as exc:
            self.message.error(str(exc))
            return
        self._services.notify_changed("lead")
        self.refresh()
        self.message.ok(self.tr("Status saved."))

    def ask_erase(self) -> QMessageBox | None:
        """Ask for confirmation, then erase the selected buyer's data."""
        lead = self.selected_lead()
        if lead is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Erase this buyer's data?"),
            self.tr("Erase the phone number, name, district, note and products of %1? "
                    "This cannot be undone; the hub erases its copy too.")
            .replace("%1", format_for_display(lead.phone_e164)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self,
        )
        box.setObjectName("eraseConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        lead_id = lead.id

        def answered(button: Any) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self.erase(lead_id)

        box.buttonClicked.connect(answered)
        box.open()
        return box

    def erase(self, lead_id: str) -> None:
        """Erase one lead's personal data (confirmed already)."""
        try:
            leads.erase(self._services.db, lead_id, self._staff_id())
        except MelaError as exc:
            self.message.error(str(exc))
            return
        self._services.notify_changed("lead")
        self.refresh()
        self.message.ok(self.tr("The buyer's data was erased."))

    def new_lead(self) -> LeadDialog:
        """Open the lead form."""
        dialog = LeadDialog(self._services, self)
        dialog.open()
        self.dialog = dialog
        return dialog

    def new_preorder(self) -> PreorderDialog:
        """Open the pre-order form."""
        dialog = PreorderDialog(self._services, self)
        dialog.accepted.connect(lambda: self._taken(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _taken(self, dialog: PreorderDialog) -> None:
        self.refresh()
        self.tabs.setCurrentIndex(1)
        self.print_slip(dialog.preorder.preorder_no,
                        self.tr("Pre-order %1 saved.").replace("%1", dialog.preorder.preorder_no))

    def _print_selected_slip(self) -> None:
        order = self.selected_preorder()
        if order is None:
            self.pre_message.error(self.tr("Choose a pre-order first."))
            return
        self.print_slip(order.preorder_no)

    def print_slip(self, preorder_no: str, note: str = "") -> None:
        """Print the buyer's pre-order slip in a worker; ``note`` stays in front of the outcome."""
        lead = f"{note} " if note else ""
        self.pre_message.ok(lead + self.tr("Printing the slip…"))

        def printed(done: str) -> None:
            self.pre_message.ok(lead + self.tr("Slip: %1.").replace("%1", done))

        def failed(exc: BaseException) -> None:
            reason = str(exc) if isinstance(exc, MelaError) else type(exc).__name__
            self.pre_message.error(lead + self.tr("The slip did not print: %1 Use Print slip "
                                                  "to try again.").replace("%1", reason))

        self._services.run(self, lambda db: printjobs.preorder_slip(db, preorder_no), printed,
                           failed, lane="io")

    def deliver(self) -> None:
        """Hand the selected pre-order over: its bill with the advance applied, the balance
        taken in the pay dialog (none when the advance covers it), the receipt printed."""
        order = self.selected_preorder()
        if order is None:
            self.pre_message.error(self.tr("Choose a pre-order first."))
            return
        self.dialog = delivery.deliver(self._services, self, order, self._delivered,
                                       self.pre_message.error)

    def ask_cancel(self) -> QInputDialog | None:
        """Confirm the cancellation and ask why (one box), then a manager's PIN."""
        order = self.selected_preorder()
        if order is None:
            self.pre_message.error(self.tr("Choose a pre-order first."))
            return None
        if order.status != "open":
            self.pre_message.error(self.tr("Only an open pre-order can be cancelled."))
            return None
        box = QInputDialog(self)
        box.setObjectName("cancelPreorderConfirm")
        box.setWindowTitle(self.tr("Cancel pre-order %1?").replace("%1", order.preorder_no))
        if order.advance_paise:
            text = self.tr("Cancel pre-order %1 for %2? The advance %3 is given back in cash "
                           "with a credit note. Why is it cancelled?")
        else:
            text = self.tr("Cancel pre-order %1 for %2? No advance was taken. "
                           "Why is it cancelled?")
        box.setLabelText(text.replace("%1", order.preorder_no)
                         .replace("%2", order.buyer_name or format_for_display(order.phone_e164))
                         .replace("%3", inr(order.advance_paise)))
        box.setOkButtonText(self.tr("Cancel the pre-order"))
        box.setCancelButtonText(self.tr("Keep it"))
        preorder_no = order.preorder_no
        box.textValueSelected.connect(lambda reason: self._cancel_reason(preorder_no, reason))
        box.open()
        self.dialog = box
        return box

    def _cancel_reason(self, preorder_no: str, reason: str) -> None:
        reason = reason.strip()
        if not reason:
            self.pre_message.error(self.tr("Write why the pre-order is cancelled."))
            return
        self.approval = forms.ask_manager(
            self, self._services, "preorder_cancel",
            self.tr("Cancel pre-order %1").replace("%1", preorder_no),
            lambda manager_id: self.cancel(preorder_no, reason, manager_id),
        )
        self.dialog = self.approval

    def cancel(self, preorder_no: str, reason: str, manager_id: str) -> None:
        """Cancel the pre-order in a worker (the refund writes a credit note), then print it."""
        staff_id = self._staff_id()
        self.pre_message.ok(self.tr("Cancelling %1…").replace("%1", preorder_no))

        def op(db: Any) -> Any:
            return preorders.cancel_preorder(db, preorder_no, reason=reason, staff_id=staff_id,
                                             approved_by=manager_id)

        def failed(exc: BaseException) -> None:
            self.pre_message.error(str(exc) if isinstance(exc, MelaError)
                                   else type(exc).__name__)

        self._services.run(self, op, lambda refund: self._cancelled(preorder_no, refund),
                           failed)

    def _cancelled(self, preorder_no: str, refund: Any) -> None:
        self._services.notify_changed("preorder")
        self.refresh()
        note = self.tr("Pre-order %1 cancelled.").replace("%1", preorder_no)
        if refund is None:
            self.pre_message.ok(note)
            return
        note += " " + self.tr("Give back %1.").replace("%1", inr(refund.amount_paise))
        credit_note_no = refund.credit_note_no
        self.pre_message.ok(note + " " + self.tr("Printing the credit note…"))

        def printed(done: str) -> None:
            self.pre_message.ok(note + " " + self.tr("Credit note: %1.").replace("%1", done))

        def failed(exc: BaseException) -> None:
            why = str(exc) if isinstance(exc, MelaError) else type(exc).__name__
            self.pre_message.error(note + " " + self.tr("The credit note %1 did not print: %2")
                                   .replace("%1", credit_note_no).replace("%2", why))

        self._services.run(self, lambda db: printjobs.refund_note(db, credit_note_no), printed,
                           failed, lane="io")

    def _delivered(self, sale: Any) -> None:
        self.refresh()
        self.pre_message.ok(self.tr("Delivered: bill %1, advance %2 applied. Printing the "
                                    "receipt…").replace("%1", sale.invoice_no)
                            .replace("%2", inr(sale.advance_adjusted_paise)))

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.tabs.setTabText(0, self.tr("Leads"))
        self.tabs.setTabText(1, self.tr("Pre-orders"))
        self.search_box.setPlaceholderText(self.tr("Find by phone, name, district or product"))
        self.status_filter.setItemText(0, self.tr("All statuses"))
        for i, status in enumerate(leads.STATUSES):
            self.status_filter.setItemText(i + 1, lead_status_text(status))
            self.set_status.setItemText(i, lead_status_text(status))
        self.new_lead_button.setText(self.tr("New lead"))
        self.new_preorder_button.setText(self.tr("New pre-order"))
        self.status_button.setText(self.tr("Set status"))
        self.erase_button.setText(self.tr("Erase on request…"))
        self.delivered_button.setText(self.tr("Deliver and bill balance"))
        self.slip_button.setText(self.tr("Print slip"))
        self.cancel_preorder_button.setText(self.tr("Cancel pre-order…"))
        self.model.retranslate()
        self.pre_model.retranslate()
