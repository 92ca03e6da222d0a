"""Handing a pre-order over: bill it, apply the advance, take the balance, print.

``pos.preorders.deliver_preorder`` writes the delivery's tax invoice (or bill of supply)
at the agreed prices, applies the advance already received and takes only the balance, in
one transaction. Here the pay dialog collects that balance (cash, UPI QR, card, splits);
when the advance covers everything a confirmation replaces it. The bill is written in a
worker and its receipt printed like any sale's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from pos import days, preorders
from pos.cart import Cart
from pos.errors import MelaError
from pos.money import format_inr
from pos.payments import Payment
from ui import receipts
from ui.messages import bug_text, explain, offer
from ui.services import Services
from ui.staleday import prompt_stale_day


def deliver(services: Services, parent: QWidget, order: Any,
            on_delivered: Callable[[Any], None],
            on_refused: Callable[[str], None]) -> QWidget | None:
    """Start delivering ``order`` (a ``pos.preorders.Preorder``); returns the dialog shown.

    ``on_delivered(sale)`` runs once the bill is saved (its receipt is then printing);
    ``on_refused(message)`` when it cannot start (not open, no day, no balance figure).
    """
    if order.status != "open":
        on_refused(QCoreApplication.translate(
            "Delivery", "Only a pre-order still to deliver can be delivered."))
        return None
    day = days.current_day(services.db)
    if day is None:
        on_refused(QCoreApplication.translate(
            "Delivery", "Open the day first: Day screen (Ctrl+4), then Open day."))
        return None
    if day.is_stale():
        return prompt_stale_day(parent, day)
    try:
        due = preorders.delivery_due(services.db, order.preorder_no)
    except MelaError as exc:
        on_refused(explain(exc))
        return None
    order_id = order.id

    def save(db: Any, payments: list[Payment], staff_id: str) -> Any:
        return preorders.deliver_preorder(db, order_id, payments=payments, staff_id=staff_id)

    def saved(sale: Any) -> None:
        services.notify_changed("preorder")
        on_delivered(sale)

    if due > 0:
        from ui.dialogs.pay import PayDialog

        dialog = PayDialog(services, parent, Cart(), due_paise=due, save=save)
        dialog.setWindowTitle(QCoreApplication.translate(
            "Delivery", "Balance for pre-order {number}").format(number=order.preorder_no))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.paid.connect(saved)  # the pay dialog prints the receipt itself
        dialog.open()
        return dialog
    return _confirm_paid_up(services, parent, order, save, saved, on_refused)


def _confirm_paid_up(services: Services, parent: QWidget, order: Any,
                     save: Callable[[Any, list[Payment], str], Any],
                     saved: Callable[[Any], None],
                     on_refused: Callable[[str], None]) -> QMessageBox:
    """The advance covers the bill: confirm, then write it with no payment and print."""
    text = QCoreApplication.translate(
        "Delivery", "The advance of {advance} covers pre-order {number}: nothing more "
        "to take. Deliver it and print the invoice?").format(
            advance=format_inr(order.advance_paise), number=order.preorder_no)

    def go() -> None:
        staff = services.staff
        staff_id = staff.id if staff is not None else ""

        def done(sale: Any) -> None:
            services.notify_changed("sale")
            saved(sale)
            receipts.print_receipt(services, parent, sale.invoice_no)

        def failed(exc: BaseException) -> None:
            on_refused(explain(exc) if isinstance(exc, MelaError) else bug_text(exc))

        services.run(parent, lambda db: save(db, [], staff_id), done, failed)

    return offer(parent, name="deliverConfirm",
                 title=QCoreApplication.translate("Delivery", "Deliver the pre-order"),
                 text=text, icon=QMessageBox.Icon.Question,
                 action=QCoreApplication.translate("Delivery", "Deliver and print"),
                 action_name="deliverGo", on_action=go)
