"""The buyer's details for a full tax invoice: name, phone, address, GSTIN, state.

A bill names its buyer when the buyer asks (a registered business claiming input tax
credit gives its GSTIN) and must from ₹50,000 up (name and address, Rule 46 of the CGST
Rules). Everything is checked as it is typed: the phone (``ui.forms.PhoneField``), the
GSTIN with its check character (``pos.gstin``), which also fixes the buyer's state. A buyer
from another state than the stall's is billed IGST (inter-state), ticked automatically.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.cart import Buyer
from pos.documents.model import STATE_NAMES
from pos.errors import InputError
from pos.gstin import validate_gstin
from pos.phone import format_for_display
from pos.profile import seller_profile
from ui.forms import MessageLine, PhoneField, shortcut
from ui.look import set_text_colour
from ui.messages import explain, label_buttons
from ui.services import Services
from ui.states import state_name

OK_COLOUR, BAD_COLOUR = "#1b7d2a", "#b00020"


class BuyerDialog(QDialog):
    """Enter or change the buyer named on the bill.

    Signals:
        chosen(object, bool): the validated ``pos.cart.Buyer`` (empty when cleared) and
            whether the bill is inter-state (IGST).
    """

    chosen = Signal(object, bool)

    def __init__(self, services: Services, parent: QWidget | None, buyer: Buyer | None = None,
                 *, inter_state: bool = False, reason: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("buyerDialog")
        self.setModal(True)
        self.setMinimumWidth(560)
        self.services = services
        self.seller_state = seller_profile(services.db).state_code
        buyer = buyer or Buyer()

        self.reasonLabel = QLabel(reason, self)
        self.reasonLabel.setObjectName("buyerReason")
        self.reasonLabel.setWordWrap(True)
        set_text_colour(self.reasonLabel, BAD_COLOUR)
        self.reasonLabel.setVisible(bool(reason))
        self.buyerName = QLineEdit(buyer.name or "", self)
        self.buyerName.setObjectName("buyerName")
        self.phone = PhoneField(self)
        self.phone.input.setObjectName("buyerPhone")
        self.phone.set_text(format_for_display(buyer.phone) if buyer.phone else "")
        self.buyerAddress = QLineEdit(buyer.address or "", self)
        self.buyerAddress.setObjectName("buyerAddress")
        self.buyerGstin = QLineEdit(buyer.gstin or "", self)
        self.buyerGstin.setObjectName("buyerGstin")
        self.buyerGstin.setMaxLength(15)
        self.buyerGstin.setPlaceholderText("10ABCDE1234F1Z5")
        self.gstinMessage = QLabel(self)
        self.gstinMessage.setObjectName("gstinMessage")
        self.gstinMessage.setWordWrap(True)
        self.buyerState = QComboBox(self)
        self.buyerState.setObjectName("buyerState")
        self.interStateCheck = QCheckBox(self)
        self.interStateCheck.setObjectName("interStateCheck")
        self.message = MessageLine(self)
        self.message.setObjectName("buyerMessage")
        for field in (self.buyerName, self.phone.input, self.buyerAddress, self.buyerGstin,
                      self.buyerState):
            field.setMinimumHeight(40)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("buyerButtons")
        self.okButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.okButton.setObjectName("buyerOk")
        self.clearButton = QPushButton(self)
        self.clearButton.setObjectName("buyerClear")
        self.buttons.addButton(self.clearButton, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.clearButton.clicked.connect(self.clear_buyer)
        shortcut(self, "Ctrl+S", self.save, self.okButton)

        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(6)]
        rows: tuple[QWidget, ...] = (self.buyerName, self.phone, self.buyerAddress,
                                     self.buyerGstin, self.buyerState, self.interStateCheck)
        for label, row in zip(self.labels, rows, strict=True):
            self.form.addRow(label, row)
        self.form.insertRow(4, "", self.gstinMessage)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reasonLabel)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self._fill_states(buyer.state_code)
        self.interStateCheck.setChecked(inter_state)
        self.buyerGstin.textChanged.connect(self._gstin_typed)
        self.buyerState.currentIndexChanged.connect(lambda _i: self._state_chosen())
        self.phone.input.textChanged.connect(lambda _t: self._update_ok())
        self.retranslate()
        self._gstin_typed(self.buyerGstin.text(), initial=True)
        self.buyerName.setFocus()

    # states ------------------------------------------------------------------------------
    def _fill_states(self, chosen: str | None) -> None:
        current = chosen if chosen is not None else self.buyerState.currentData()
        self.buyerState.blockSignals(True)
        self.buyerState.clear()
        self.buyerState.addItem(self.tr("— not given —"), None)
        for code in sorted(STATE_NAMES):
            self.buyerState.addItem(f"{code}  {state_name(code, self.services.language)}",
                                    code)
        self.buyerState.setCurrentIndex(max(0, self.buyerState.findData(current)))
        self.buyerState.blockSignals(False)

    def _state_chosen(self, *, keep_tick: bool = False) -> None:
        """A state other than the stall's is an inter-state (IGST) sale; the stall's own
        never is."""
        state = self.buyerState.currentData()
        other = state is not None and state != self.seller_state
        self.interStateCheck.setEnabled(other)
        if not keep_tick or not other:
            self.interStateCheck.setChecked(other)

    # GSTIN ---------------------------------------------------------------------------------
    def _gstin_typed(self, text: str, *, initial: bool = False) -> None:
        upper = text.upper().replace(" ", "")
        if upper != text:
            self.buyerGstin.setText(upper)  # checks again through textChanged
            return
        self._gstin_ok = True
        if not upper:
            self.gstinMessage.setText(self.tr("Only for a registered buyer (15 characters)"))
            set_text_colour(self.gstinMessage, "#555555")
            self.buyerState.setEnabled(True)
        else:
            try:
                gstin = validate_gstin(upper)
            except InputError as exc:
                self._gstin_ok = False
                self.gstinMessage.setText(explain(exc))
                set_text_colour(self.gstinMessage, BAD_COLOUR)
                self.buyerState.setEnabled(True)
            else:
                state = gstin[:2]
                self.gstinMessage.setText(self.tr("Valid GSTIN, state {state}").format(
                    state=f"{state} {state_name(state, self.services.language)}"))
                set_text_colour(self.gstinMessage, OK_COLOUR)
                # The GSTIN fixes the state (its first two digits).
                self.buyerState.blockSignals(True)
                self.buyerState.setCurrentIndex(self.buyerState.findData(state))
                self.buyerState.blockSignals(False)
                self.buyerState.setEnabled(False)
        self._state_chosen(keep_tick=initial)
        self._update_ok()

    def _update_ok(self) -> None:
        phone_ok = not self.phone.text().strip() or self.phone.e164() is not None
        self.okButton.setEnabled(self._gstin_ok and phone_ok)

    # answers -------------------------------------------------------------------------------
    def buyer(self) -> Buyer:
        """The buyer as typed, validated (InputError says what is wrong)."""
        return Buyer(name=self.buyerName.text(), phone=self.phone.text().strip() or None,
                     address=self.buyerAddress.text(), gstin=self.buyerGstin.text() or None,
                     state_code=self.buyerState.currentData()).validated()

    def save(self) -> None:
        """OK: hand the buyer to the bill, or say what is wrong and stay open."""
        if not self.okButton.isEnabled():
            return
        try:
            buyer = self.buyer()
        except InputError as exc:
            self.message.error(explain(exc))
            return
        if buyer.gstin and not (buyer.name and buyer.address):
            self.message.error(self.tr("With a GSTIN, give the buyer's name and address too."))
            return
        self.chosen.emit(buyer, self.interStateCheck.isChecked())
        self.accept()

    def clear_buyer(self) -> None:
        """Take the buyer off the bill."""
        self.chosen.emit(Buyer(), False)
        self.accept()

    def retranslate(self) -> None:
        """Re-label in the current language."""
        self.setWindowTitle(self.tr("Buyer on the bill"))
        texts = (self.tr("Name"), self.tr("Mobile"), self.tr("Address"), self.tr("GSTIN"),
                 self.tr("State"), self.tr("Inter-state"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.interStateCheck.setText(self.tr("Buyer from another state: charge IGST"))
        self.buyerAddress.setPlaceholderText(self.tr("Needed from ₹50,000 and with a GSTIN"))
        self.clearButton.setText(self.tr("No buyer"))
        label_buttons(self.buttons)
        self.phone.retranslate()
        self._fill_states(None)
        if hasattr(self, "_gstin_ok"):
            self._gstin_typed(self.buyerGstin.text(), initial=True)

    def changeEvent(self, event: QEvent) -> None:
        """Follow run-time language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def ask_buyer(services: Services, parent: QWidget | None, cart: Any, on_chosen: Any, *,
              reason: str = "") -> BuyerDialog:
    """Open the buyer dialog for ``cart``; ``on_chosen(buyer, inter_state)`` on OK."""
    dialog = BuyerDialog(services, parent, cart.buyer, inter_state=cart.inter_state,
                         reason=reason)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.chosen.connect(on_chosen)
    dialog.open()
    return dialog
