"""Ask for a discount: percent or rupees, and a reason (always recorded)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pos.cart import Discount
from pos.errors import InputError, MelaError
from pos.money import parse_rupees
from ui.fonts import app_font
from ui.look import warning_label
from ui.messages import explain, label_buttons


def parse_percent(text: str) -> int:
    """'12.5' or '12.5 %' as basis points (1250)."""
    clean = text.replace("%", "").strip()
    try:
        whole, _, frac = clean.partition(".")
        if not whole.isdigit() or (frac and not frac.isdigit()) or len(frac) > 2:
            raise ValueError
        return int(whole) * 100 + int(frac.ljust(2, "0") or 0)
    except ValueError:
        raise InputError(f"'{text}' is not a percentage (e.g. 10 or 12.5).") from None


class DiscountDialog(QDialog):
    """One discount for a line or the whole bill; ``chosen`` carries a ``Discount`` or None.

    Signals:
        chosen(object): the new ``pos.cart.Discount``, or None to remove the discount.
    """

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None, heading: str,
                 current: Discount | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discountDialog")
        self.setModal(True)
        self.setMinimumWidth(460)
        self.heading = QLabel(heading, self)
        self.heading.setFont(app_font(13, bold=True))
        self.heading.setWordWrap(True)
        self.percentKind = QRadioButton(self)
        self.percentKind.setObjectName("discountPercent")
        self.amountKind = QRadioButton(self)
        self.amountKind.setObjectName("discountAmount")
        group = QButtonGroup(self)
        group.addButton(self.percentKind)
        group.addButton(self.amountKind)
        self.percentKind.setChecked(True)
        self.discountValue = QLineEdit(self)
        self.discountValue.setObjectName("discountValue")
        self.discountValue.setMinimumHeight(44)
        self.discountReason = QLineEdit(self)
        self.discountReason.setObjectName("discountReason")
        self.discountReason.setMinimumHeight(44)
        if current is not None:
            if current.kind == "amount":
                self.amountKind.setChecked(True)
                self.discountValue.setText(f"{current.value / 100:g}")
            else:
                self.discountValue.setText(f"{current.value / 100:g}")
            self.discountReason.setText(current.reason)
        self.message = QLabel(self)
        self.message.setObjectName("discountMessage")
        warning_label(self.message)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.removeButton = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ResetRole)
        self.removeButton.setObjectName("removeDiscount")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("discountOk")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.removeButton.clicked.connect(self._remove)
        kinds = QHBoxLayout()
        kinds.addWidget(self.percentKind)
        kinds.addWidget(self.amountKind)
        form = QFormLayout()
        self.kindLabel, self.valueLabel, self.reasonLabel = QLabel(self), QLabel(self), \
            QLabel(self)
        form.addRow(self.kindLabel, kinds)
        form.addRow(self.valueLabel, self.discountValue)
        form.addRow(self.reasonLabel, self.discountReason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.discountValue.setFocus()

    def submit(self) -> None:
        """Check the entry; emit ``chosen`` and close, or say what is wrong."""
        try:
            text = self.discountValue.text()
            if self.percentKind.isChecked():
                discount = Discount("percent", parse_percent(text), self.discountReason.text())
            else:
                discount = Discount("amount", parse_rupees(text), self.discountReason.text())
        except MelaError as exc:
            self.message.setText(explain(exc))
            return
        self.chosen.emit(discount)
        self.accept()

    def _remove(self) -> None:
        self.chosen.emit(None)
        self.accept()

    def retranslate(self) -> None:
        """Re-label in the current language."""
        self.setWindowTitle(self.tr("Discount"))
        self.percentKind.setText(self.tr("Percent"))
        self.amountKind.setText(self.tr("Rupees"))
        self.kindLabel.setText(self.tr("Kind"))
        self.valueLabel.setText(self.tr("Discount"))
        self.reasonLabel.setText(self.tr("Reason"))
        self.removeButton.setText(self.tr("No discount"))
        label_buttons(self.buttons)

    def changeEvent(self, event: QEvent) -> None:
        """Follow run-time language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

