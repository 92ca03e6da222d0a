"""The lead form: a buyer who wants something we cannot hand over today leaves a number.

Opened from the sell screen's Lead button or a product card (the product is then already
in the list of interests). The mobile number is checked as it is typed; the consent notice
is shown in Hindi and English so the cashier can read it out, and the answer is recorded
with the exact notice text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos import catalogue, leads
from pos.errors import MelaError
from ui import forms
from ui.forms import MessageLine, PhoneField

# Bihar's districts, offered as the cashier types (anything else may still be typed).
BIHAR_DISTRICTS = (
    "Araria", "Arwal", "Aurangabad", "Banka", "Begusarai", "Bhagalpur", "Bhojpur", "Buxar",
    "Darbhanga", "East Champaran", "Gaya", "Gopalganj", "Jamui", "Jehanabad", "Kaimur",
    "Katihar", "Khagaria", "Kishanganj", "Lakhisarai", "Madhepura", "Madhubani", "Munger",
    "Muzaffarpur", "Nalanda", "Nawada", "Patna", "Purnia", "Rohtas", "Saharsa", "Samastipur",
    "Saran", "Sheikhpura", "Sheohar", "Sitamarhi", "Siwan", "Supaul", "Vaishali",
    "West Champaran",
)


def consent_notice_label(parent: QWidget) -> QLabel:
    """The consent notice in both languages, framed so it stands out to be read aloud."""
    label = QLabel(f"{leads.CONSENT_NOTICE_HI}\n\n{leads.CONSENT_NOTICE_EN}", parent)
    label.setObjectName("consentNotice")
    label.setWordWrap(True)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("QLabel { background: #fff8e1; padding: 8px; }")
    return label


class InterestList(QWidget):
    """Products of interest: a catalogue product by SKU or name, or words for anything else."""

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.entry = QLineEdit(self)
        self.entry.setObjectName("interestInput")
        self.entry.setMinimumHeight(36)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addInterestButton")
        self.list = QListWidget(self)
        self.list.setObjectName("interestList")
        self.list.setFixedHeight(78)  # three rows: room to see what was added
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeInterestButton")
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.add_button.clicked.connect(self.add_typed)
        self.entry.returnPressed.connect(self.add_typed)
        self.remove_button.clicked.connect(self._remove_selected)
        self.retranslate()

    def add_product(self, product: catalogue.Product) -> None:
        """Add one catalogue product (shown with both names)."""
        item = QListWidgetItem(f"{product.name_en} / {product.name_hi} ({product.sku})")
        item.setData(Qt.ItemDataRole.UserRole, {"sku": product.sku, "text": product.name_en})
        self.list.addItem(item)

    def add_typed(self) -> None:
        """Add what was typed: a known SKU becomes that product, anything else stays words."""
        text = self.entry.text().strip()
        if not text:
            return
        product = catalogue.find_by_code(self._services.db, text)
        if product is not None:
            self.add_product(product)
        else:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, {"text": text})
            self.list.addItem(item)
        self.entry.clear()

    def interests(self) -> list[dict[str, str]]:
        """The list as ``take_lead`` stores it."""
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
        ]

    def _remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.entry.setPlaceholderText(self.tr("SKU, or describe the product"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))


class LeadDialog(forms.BuyerForm):
    """Take a buyer's lead; accepted once the lead is saved.

    Args:
        services: the app's ``ui.services.Services``.
        product: a product the buyer asked about, listed as an interest from the start.
    """

    def __init__(
        self, services: Any, parent: QWidget | None = None, product: Any = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leadDialog")
        self.setModal(True)
        self.setMinimumWidth(560)
        self._services = services
        self.lead_id: str | None = None

        self.phone = PhoneField(self)
        self.name_input = QLineEdit(self)
        self.name_input.setObjectName("leadNameInput")
        self.district_input = QLineEdit(self)
        self.district_input.setObjectName("districtInput")
        self.district_input.setCompleter(QCompleter(list(BIHAR_DISTRICTS), self))
        self.interests = InterestList(services, self)
        self.note_input = QLineEdit(self)
        self.note_input.setObjectName("leadNoteInput")
        self.notice = consent_notice_label(self)
        self.consent = QCheckBox(self)
        self.consent.setObjectName("consentCheck")
        self.message = MessageLine(self)
        self.message.setObjectName("leadMessage")
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveLeadButton")
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.preorder_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.ActionRole)
        self.preorder_button.setObjectName("preorderInsteadButton")
        self.preorder_button.setAutoDefault(False)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancelLeadButton")
        self.cancel_button.setAutoDefault(False)

        self.form = QFormLayout()
        self._labels = [QLabel(self) for _ in range(5)]
        for label, field in zip(
            self._labels,
            (self.phone, self.name_input, self.district_input, self.interests, self.note_input),
            strict=True,
        ):
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.notice)
        layout.addWidget(self.consent)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.preorder_button.clicked.connect(self.switch_to_preorder)
        forms.shortcut(self, "Ctrl+S", self.save, self.save_button)
        self.preorder_dialog: QDialog | None = None
        if product is not None:
            self.interests.add_product(product)
        self.retranslate()
        self.phone.input.setFocus()

    def save(self) -> None:
        """Store the lead; on a problem keep the form open with the reason shown."""
        e164 = self.phone.e164()
        if e164 is None:
            self.message.error(self.phone.message.text() or self.tr("Enter the buyer's mobile."))
            self.phone.input.setFocus()
            return
        staff = self._services.staff
        try:
            lead = leads.take_lead(
                self._services.db,
                phone=self.phone.text(),
                name=self.name_input.text().strip() or None,
                district=self.district_input.text().strip() or None,
                interests=self.interests.interests(),
                note=self.note_input.text().strip() or None,
                consent=self.consent.isChecked(),
                notice_text=self.notice.text(),
                staff_id=staff.id if staff is not None else "",
            )
        except MelaError as exc:
            self.message.error(str(exc))
            return
        self.lead_id = lead.id
        self._services.notify_changed("lead")
        self.accept()

    def switch_to_preorder(self) -> QDialog:
        """The buyer will pay an advance: carry the phone, name and items over to the
        pre-order form, and close this one without saving a lead."""
        from ui.dialogs.preorder import PreorderDialog, print_slip_for_window

        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        dialog = PreorderDialog(self._services, parent)
        dialog.take_over(phone=self.phone.text(), name=self.name_input.text().strip(),
                         interests=self.interests.interests())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        services = self._services  # this form is gone by the time the pre-order is saved
        dialog.accepted.connect(lambda: print_slip_for_window(
            services, window, dialog.preorder.preorder_no))
        dialog.open()
        self.preorder_dialog = dialog
        self.reject()
        return dialog

    def retranslate(self) -> None:
        """Texts in the current language (the notice itself always shows both)."""
        self.setWindowTitle(self.tr("Take a lead"))
        for label, text in zip(
            self._labels,
            (
                self.tr("Mobile"),
                self.tr("Name"),
                self.tr("District"),
                self.tr("Interested in"),
                self.tr("Note"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.name_input.setPlaceholderText(self.tr("Optional"))
        self.district_input.setPlaceholderText(self.tr("e.g. Madhubani"))
        self.consent.setText(self.tr("The buyer agrees to be contacted (notice read out)"))
        self.save_button.setText(self.tr("Save lead"))
        self.preorder_button.setText(self.tr("Pre-order with advance…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.interests.retranslate()
        self.phone.retranslate()
