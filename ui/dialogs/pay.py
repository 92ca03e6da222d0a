"""Taking the money: cash with change, UPI by QR and UTR, card by reference, and splits.

The dialog keeps a list of payments already taken; the page in front (cash, UPI or card)
is a payment being entered. "Confirm" adds that one if it is filled in, and when the
payments cover the bill the checkout runs in a worker (its own connection, one
transaction). Once it is saved the dialog closes at once, the sell screen clears for the
next buyer, and the receipt prints in the background.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos import invoices, payments, profile, sales
from pos.cart import Cart
from pos.errors import InputError, MelaError
from pos.money import format_inr, parse_rupees
from pos.payments import Payment
from ui import receipts
from ui.fonts import app_font
from ui.look import go_button, set_text_colour, warning_label
from ui.messages import explain
from ui.qr import qr_pixmap
from ui.services import Services

log = logging.getLogger(__name__)

QR_SIZE = 320          # pixels: scans from a phone held across the counter
QUICK_NOTES = (100_00, 200_00, 500_00, 2000_00)
UTR_DIGITS = 12
METHODS = ("cash", "upi", "card")


def _amount(text: str) -> int | None:
    """Rupees typed in a field, or None when empty or not an amount."""
    if not text.strip():
        return None
    try:
        return parse_rupees(text)
    except InputError:
        return None


def _big_button(parent: QWidget, name: str, height: int = 52) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setMinimumHeight(height)
    return button


class PayDialog(QDialog):
    """Payment for one bill.

    Args:
        services: the app services (signed-in staff, data folder).
        parent: the sell screen.
        cart: a copy of the bill (checkout may refresh it if a price changed).
        approved_by: the manager who approved the bill's discount, if one was needed.

    Signals:
        paid(object): the saved ``pos.sales.Sale``.
        cartUpdated(object): checkout found a changed price; the refreshed cart.
    """

    paid = Signal(object)
    cartUpdated = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None, cart: Cart, *,
                 approved_by: str | None = None, due_paise: int | None = None,
                 save: Callable[[Any, list[Payment], str], Any] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.setModal(True)
        self.services = services
        self.cart = cart
        self.approved_by = approved_by
        # A pre-order's delivery takes only what the advance left due, and saves itself
        # (``save(db, payments, staff_id)`` returns the Sale) instead of a checkout.
        self.total = cart.totals().total_paise if due_paise is None else due_paise
        self._save = save
        self.taken: list[Payment] = []
        self.saving = False
        self._qr_for: tuple[int, str] | None = None

        self.totalLabel = QLabel(self)
        self.totalLabel.setObjectName("totalDue")
        self.totalLabel.setFont(app_font(22, bold=True))
        self.remainingLabel = QLabel(self)
        self.remainingLabel.setObjectName("remainingDue")
        self.remainingLabel.setFont(app_font(16, bold=True))

        self.methodButtons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        methods_row = QHBoxLayout()
        for method in METHODS:
            button = _big_button(self, f"{method}Method", 56)
            button.setCheckable(True)
            button.setFont(app_font(14, bold=True))
            group.addButton(button)
            button.clicked.connect(lambda _c=False, m=method: self.choose(m))
            methods_row.addWidget(button)
            self.methodButtons[method] = button

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._cash_page())
        self.pages.addWidget(self._upi_page())
        self.pages.addWidget(self._card_page())

        self.paymentList = QListWidget(self)
        self.paymentList.setObjectName("paymentList")
        self.paymentList.setMaximumHeight(90)
        self.removePayment = _big_button(self, "removePayment", 44)
        self.removePayment.clicked.connect(self.remove_selected)
        self.message = warning_label(QLabel(self))
        self.message.setObjectName("payMessage")
        self.message.setWordWrap(True)
        self.confirmPayment = _big_button(self, "confirmPayment", 64)
        go_button(self.confirmPayment, 16)
        self.confirmPayment.clicked.connect(self.confirm)
        self.cancelButton = _big_button(self, "cancelPayment", 64)
        self.cancelButton.clicked.connect(self.reject)

        taken_row = QHBoxLayout()
        taken_row.addWidget(self.paymentList, 1)
        taken_row.addWidget(self.removePayment, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addWidget(self.cancelButton, 1)
        bottom.addWidget(self.confirmPayment, 2)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(self.totalLabel, 1)
        header.addWidget(self.remainingLabel, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(header)
        layout.addLayout(methods_row)
        layout.addWidget(self.pages, 1)
        layout.addLayout(taken_row)
        layout.addWidget(self.message)
        layout.addLayout(bottom)

        for key, slot in (("F12", self.confirm), ("Ctrl+Return", self.confirm),
                          ("F5", lambda: self.choose("cash")), ("F6", lambda: self.choose("upi")),
                          ("F7", lambda: self.choose("card"))):
            QShortcut(QKeySequence(key), self).activated.connect(slot)

        self._qr_timer = QTimer(self)
        self._qr_timer.setSingleShot(True)
        self._qr_timer.setInterval(250)
        self._qr_timer.timeout.connect(self.refresh_qr)
        self.resize(760, 720)
        self.retranslate()
        self.choose("cash")

    # pages -----------------------------------------------------------------------------
    def _cash_page(self) -> QWidget:
        page = QWidget(self)
        self.cashLabel = QLabel(page)
        self.cashTendered = QLineEdit(page)
        self.cashTendered.setObjectName("cashTendered")
        self.cashTendered.setMinimumHeight(52)
        self.cashTendered.setFont(app_font(20, bold=True))
        self.cashTendered.textChanged.connect(lambda _t: self.update_state())
        self.cashTendered.returnPressed.connect(self.confirm)
        quick = QGridLayout()
        self.quickButtons: dict[str, QPushButton] = {}
        for i, paise in enumerate(QUICK_NOTES):
            button = _big_button(page, f"quick{paise // 100}")
            button.setText(format_inr(paise, decimals=False))
            button.clicked.connect(lambda _c=False, p=paise: self.set_tendered(p))
            quick.addWidget(button, 0, i)
            self.quickButtons[str(paise // 100)] = button
        self.quickExact = _big_button(page, "quickExact")
        self.quickExact.clicked.connect(lambda: self.set_tendered(self.remaining()))
        quick.addWidget(self.quickExact, 0, len(QUICK_NOTES))
        self.changeLabel = QLabel(page)
        self.changeLabel.setObjectName("changeDue")
        self.changeLabel.setFont(app_font(20, bold=True))
        set_text_colour(self.changeLabel, "#1b5e20")
        self.addCash = _big_button(page, "addCash", 44)
        self.addCash.clicked.connect(lambda: self.take("cash"))
        layout = QVBoxLayout(page)
        layout.addWidget(self.cashLabel)
        layout.addWidget(self.cashTendered)
        layout.addLayout(quick)
        layout.addWidget(self.changeLabel)
        layout.addWidget(self.addCash)
        layout.addStretch(1)
        return page

    def _upi_page(self) -> QWidget:
        page = QWidget(self)
        self.upiQr = QLabel(page)
        self.upiQr.setObjectName("upiQr")
        self.upiQr.setFixedSize(QR_SIZE, QR_SIZE)
        self.upiQr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.upiQr.setWordWrap(True)
        self.upiAmountLabel = QLabel(page)
        self.upiAmount = QLineEdit(page)
        self.upiAmount.setObjectName("upiAmount")
        self.upiAmount.setMinimumHeight(44)
        self.upiAmount.textChanged.connect(lambda _t: self._qr_timer.start())
        self.upiPayee = QLabel(page)
        self.upiPayee.setObjectName("upiPayee")
        self.upiPayee.setWordWrap(True)
        self.utrLabel = QLabel(page)
        self.utrLabel.setWordWrap(True)
        self.utrInput = QLineEdit(page)
        self.utrInput.setObjectName("utrInput")
        self.utrInput.setMinimumHeight(52)
        self.utrInput.setFont(app_font(18, bold=True))
        self.utrInput.setMaxLength(UTR_DIGITS)
        self.utrInput.setValidator(
            QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{UTR_DIGITS}}}"),
                                        self.utrInput))
        self.utrInput.textChanged.connect(lambda _t: self.update_state())
        self.utrInput.returnPressed.connect(self.confirm)
        self.utrStatus = QLabel(page)
        self.utrStatus.setObjectName("utrStatus")
        self.addUpi = _big_button(page, "addUpi", 44)
        self.addUpi.clicked.connect(lambda: self.take("upi"))
        side = QVBoxLayout()
        side.addWidget(self.upiAmountLabel)
        side.addWidget(self.upiAmount)
        side.addWidget(self.upiPayee)
        side.addSpacing(12)
        side.addWidget(self.utrLabel)
        side.addWidget(self.utrInput)
        side.addWidget(self.utrStatus)
        side.addWidget(self.addUpi)
        side.addStretch(1)
        layout = QHBoxLayout(page)
        layout.addWidget(self.upiQr, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(side, 1)
        return page

    def _card_page(self) -> QWidget:
        page = QWidget(self)
        self.cardAmountLabel = QLabel(page)
        self.cardAmount = QLineEdit(page)
        self.cardAmount.setObjectName("cardAmount")
        self.cardAmount.setMinimumHeight(44)
        self.cardAmount.textChanged.connect(lambda _t: self.update_state())
        self.cardLabel = QLabel(page)
        self.cardLabel.setWordWrap(True)
        self.cardReference = QLineEdit(page)
        self.cardReference.setObjectName("cardReference")
        self.cardReference.setMinimumHeight(52)
        self.cardReference.setMaxLength(24)
        self.cardReference.textChanged.connect(lambda _t: self.update_state())
        self.cardReference.returnPressed.connect(self.confirm)
        self.addCard = _big_button(page, "addCard", 44)
        self.addCard.clicked.connect(lambda: self.take("card"))
        layout = QVBoxLayout(page)
        layout.addWidget(self.cardAmountLabel)
        layout.addWidget(self.cardAmount)
        layout.addWidget(self.cardLabel)
        layout.addWidget(self.cardReference)
        layout.addWidget(self.addCard)
        layout.addStretch(1)
        return page

    # state -----------------------------------------------------------------------------
    def method(self) -> str:
        """The payment method whose page is in front."""
        return METHODS[self.pages.currentIndex()]

    def paid_so_far(self) -> int:
        """Paise already taken (cash counted at what the bill needs, not what was handed)."""
        return sum(p.amount_paise for p in self.taken)

    def remaining(self) -> int:
        """Paise still to take."""
        return max(self.total - self.paid_so_far(), 0)

    def choose(self, method: str) -> None:
        """Bring a method's page to the front, pre-filled with what is still due."""
        self.pages.setCurrentIndex(METHODS.index(method))
        self.methodButtons[method].setChecked(True)
        due = self.remaining()
        rupees = f"{due / 100:.2f}".removesuffix(".00")
        if method == "upi":
            self.upiAmount.setText(rupees)
            self.refresh_qr()
            self.utrInput.setFocus()
        elif method == "card":
            self.cardAmount.setText(rupees)
            self.cardReference.setFocus()
        else:
            self.cashTendered.setFocus()
        self.update_state()

    def set_tendered(self, paise: int) -> None:
        """A quick button: the buyer handed this note (or exactly what is due)."""
        self.choose("cash")
        self.cashTendered.setText(f"{paise / 100:.2f}".removesuffix(".00"))

    def pending(self) -> Payment | None:
        """The payment being entered on the page in front, or None if it is not complete."""
        method = self.method()
        due = self.remaining()
        if due <= 0:
            return None
        if method == "cash":
            tendered = _amount(self.cashTendered.text())
            if not tendered:
                return None
            return Payment("cash", min(tendered, due), tendered_paise=tendered)
        if method == "upi":
            amount = _amount(self.upiAmount.text())
            utr = self.utrInput.text()
            if not amount or len(utr) != UTR_DIGITS or amount > due:
                return None
            return Payment("upi", amount, reference=utr)
        amount = _amount(self.cardAmount.text())
        ref = self.cardReference.text().strip()
        if not amount or not ref or amount > due:
            return None
        return Payment("card", amount, reference=ref)

    def update_state(self) -> None:
        """Recompute what is due, the change, the UTR hint and which buttons work."""
        due = self.remaining()
        if self._save is None:
            self.totalLabel.setText(self.tr("Bill total {total}").format(
                total=format_inr(self.total)))
        else:
            # A pre-order delivery: the advance is already paid, so only the balance is due.
            self.totalLabel.setText(self.tr("Balance due {total}").format(
                total=format_inr(self.total)))
        self.remainingLabel.setText(self.tr("Still due {due}").format(due=format_inr(due)))
        tendered = _amount(self.cashTendered.text())
        if self.cashTendered.text().strip() and tendered is None:
            self.changeLabel.setText(self.tr("Type the cash handed over, e.g. 500"))
        elif tendered is not None and tendered >= due:
            self.changeLabel.setText(self.tr("Change {change}").format(
                change=format_inr(tendered - due)))
        elif tendered:
            self.changeLabel.setText(self.tr("{left} more is due after this cash").format(
                left=format_inr(due - tendered)))
        else:
            self.changeLabel.setText("")
        typed = len(self.utrInput.text())
        if typed == UTR_DIGITS:
            self.utrStatus.setText(self.tr("UTR complete ✓"))
            set_text_colour(self.utrStatus, "#1b5e20")
        elif typed:
            self.utrStatus.setText(self.tr("{n} of 12 digits").format(n=typed))
            set_text_colour(self.utrStatus, "#b00020")
        else:
            self.utrStatus.setText(self.tr("12 digits, from the buyer's payment screen"))
            set_text_colour(self.utrStatus, "#555555")
        pending = self.pending()
        covered = self.paid_so_far() + (pending.amount_paise if pending else 0) >= self.total
        self.confirmPayment.setEnabled(covered and not self.saving)
        self.addCash.setEnabled(pending is not None and self.method() == "cash")
        self.addUpi.setEnabled(pending is not None and self.method() == "upi")
        self.addCard.setEnabled(pending is not None and self.method() == "card")
        self.removePayment.setEnabled(bool(self.taken) and not self.saving)

    def refresh_qr(self) -> None:
        """Draw the UPI QR for the amount in the UPI field (the exact amount due)."""
        amount = _amount(self.upiAmount.text())
        if not amount:
            self.upiQr.clear()
            self.upiQr.setText(self.tr("Type the UPI amount"))
            self.upiPayee.clear()
            self._qr_for = None
            return
        try:
            seller = profile.seller_profile(self.services.db)
            tr = invoices.peek_next(self.services.db)
            link = payments.upi_link(seller, amount, tr, f"Bill {tr}")
        except MelaError as exc:
            self.upiQr.clear()
            self.upiQr.setText(explain(exc))
            self.upiPayee.clear()
            self._qr_for = None
            return
        if self._qr_for != (amount, link):
            self.upiQr.setPixmap(qr_pixmap(link, QR_SIZE))
            self._qr_for = (amount, link)
        self.upiQr.setToolTip(link)
        self.upiPayee.setText(self.tr("Pay {amount} to {payee} ({vpa})").format(
            amount=format_inr(amount), payee=seller.payee_name, vpa=seller.upi_vpa))
        self.update_state()

    @property
    def qr_link(self) -> str | None:
        """The ``upi://pay`` link the QR shows now (None if none is shown)."""
        return self._qr_for[1] if self._qr_for else None

    # actions ---------------------------------------------------------------------------
    def take(self, method: str) -> None:
        """Add the payment on the page to the list (a split), if it is complete."""
        payment = self.pending()
        if payment is None or payment.method != method:
            self.message.setText(self._incomplete_text())
            return
        if self._add(payment) and self.remaining():
            self.choose(self.method())

    def _add(self, payment: Payment) -> bool:
        """Check one payment (e.g. the card reference) and list it; False if refused."""
        try:
            payments.validate_payment(payment)
        except MelaError as exc:
            warning_label(self.message)
            self.message.setText(explain(exc))
            return False
        self.taken.append(payment)
        self.paymentList.addItem(self._describe(payment))
        self.message.clear()
        self.cashTendered.clear()
        self.utrInput.clear()
        self.cardReference.clear()
        self._qr_for = None
        self.update_state()
        return True

    def remove_selected(self) -> None:
        """Drop a payment taken by mistake (the last one if none is selected)."""
        if not self.taken:
            return
        row = self.paymentList.currentRow()
        row = row if 0 <= row < len(self.taken) else len(self.taken) - 1
        del self.taken[row]
        self.paymentList.takeItem(row)
        self.choose(self.method())

    def _describe(self, payment: Payment) -> str:
        amount = format_inr(payment.amount_paise)
        if payment.method == "cash":
            return self.tr("Cash {amount} (handed {tendered})").format(
                amount=amount, tendered=format_inr(payment.tendered_paise or 0))
        if payment.method == "upi":
            return self.tr("UPI {amount}, UTR {utr}").format(amount=amount,
                                                             utr=payment.reference)
        return self.tr("Card {amount}, ref {ref}").format(amount=amount, ref=payment.reference)

    def _short_text(self, pending: Payment) -> str:
        return self.tr("{left} is still due after this. Press Add to take it as part of the "
                       "payment.").format(left=format_inr(self.remaining() - pending.amount_paise))

    def _incomplete_text(self) -> str:
        method = self.method()
        if method == "upi":
            if len(self.utrInput.text()) != UTR_DIGITS:
                return self.tr("Type the 12-digit UTR from the buyer's UPI app.")
            return self.tr("The UPI amount must be more than zero and not more than is due.")
        if method == "card":
            return self.tr("Type the card terminal's reference and an amount not more than "
                           "is due.")
        return self.tr("Type the cash handed over.")

    def confirm(self) -> None:
        """Save the bill if the payments cover it (checkout runs in a worker)."""
        if self.saving:
            return
        pending = self.pending()
        if pending is not None and self.paid_so_far() + pending.amount_paise >= self.total \
                and not self._add(pending):
            return
        if self.paid_so_far() < self.total:
            # A part payment is only taken with its own Add button, never by accident.
            self.message.setText(self._short_text(pending) if pending is not None
                                 else self._incomplete_text())
            return
        staff = self.services.staff
        if staff is None:
            self.message.setText(self.tr("Sign in first."))
            return
        self.saving = True
        self.message.setText(self.tr("Saving the bill…"))
        set_text_colour(self.message, "#333333")
        self._set_inputs_enabled(False)
        cart, taken, approved_by = self.cart, list(self.taken), self.approved_by
        save = self._save

        def op(db: Any) -> Any:
            if save is not None:
                return save(db, taken, staff.id)
            return sales.checkout(db, cart, taken, staff_id=staff.id, approved_by=approved_by)

        self.services.run(self, op, self._saved, self._failed)

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.pages, self.paymentList, self.removePayment, self.cancelButton,
                       *self.methodButtons.values()):
            widget.setEnabled(enabled)
        self.update_state()

    def _saved(self, sale: Any) -> None:
        self.saving = False
        self.services.notify_changed("sale")
        self.paid.emit(sale)
        parent = self.parentWidget()
        self.accept()
        receipts.print_receipt(self.services, parent, sale.invoice_no)

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self._set_inputs_enabled(True)
        warning_label(self.message)
        if isinstance(exc, sales.PriceChanged):
            self.total = self.cart.totals().total_paise
            self.cartUpdated.emit(self.cart)
            self.update_state()
        if isinstance(exc, MelaError):
            self.message.setText(explain(exc))
        else:
            log.error("checkout failed", exc_info=exc)
            self.message.setText(self.tr(
                "The bill could not be saved because of an error inside Mela POS; nothing "
                "was written. Try again, or note the sale on paper."))

    def reject(self) -> None:
        """Cancel (not while the bill is being saved)."""
        if not self.saving:
            super().reject()

    # language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Re-label in the current language."""
        self.setWindowTitle(self.tr("Payment"))
        self.methodButtons["cash"].setText(self.tr("Cash (F5)"))
        self.methodButtons["upi"].setText(self.tr("UPI QR (F6)"))
        self.methodButtons["card"].setText(self.tr("Card (F7)"))
        self.cashLabel.setText(self.tr("Cash handed over by the buyer"))
        self.quickExact.setText(self.tr("Exact"))
        self.addCash.setText(self.tr("Add cash, pay the rest another way"))
        self.upiAmountLabel.setText(self.tr("UPI amount"))
        self.utrLabel.setText(self.tr("When the money has arrived, type the UTR (12 digits) "
                                      "from the buyer's phone:"))
        self.addUpi.setText(self.tr("Add UPI, pay the rest another way"))
        self.cardAmountLabel.setText(self.tr("Card amount"))
        self.cardLabel.setText(self.tr("Reference number printed on the card terminal's slip:"))
        self.addCard.setText(self.tr("Add card, pay the rest another way"))
        self.removePayment.setText(self.tr("Remove"))
        self.confirmPayment.setText(self.tr("Confirm and print (F12)"))
        self.cancelButton.setText(self.tr("Back to bill"))
        if self.method() == "upi":
            self.refresh_qr()
        self.update_state()

    def changeEvent(self, event: QEvent) -> None:
        """Follow run-time language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


