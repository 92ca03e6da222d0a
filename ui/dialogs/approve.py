"""Manager approval: a manager picks their name and types their PIN for one action.

Used for discounts past the limit, selling past the stock level, refunds, voids, stock
counts and day close. The dialog is opened with ``open()`` (never ``exec()``) so workers and
tests keep running; listen to ``approved`` for the manager who said yes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos import staff as staff_mod
from pos.errors import MelaError
from ui.fonts import app_font
from ui.keypad import Keypad
from ui.look import warning_label
from ui.messages import bug_text, explain, label_buttons
from ui.services import Services


class ApproveDialog(QDialog):
    """Ask a manager's PIN for one action.

    Args:
        services: the app services.
        parent: the dialog's parent window.
        action: short machine name of what is approved (``"discount"``, ``"refund"``...),
            recorded in the audit journal by ``pos.staff.approve``.
        reason: the sentence shown to the manager (already translated).

    Signals:
        approved(object): the approving ``pos.staff.Staff``; emitted before the dialog closes.
        refused(str): the PIN was not accepted (the message shown).
    """

    approved = Signal(object)
    refused = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None, *, action: str,
                 reason: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("approveDialog")
        self.setModal(True)
        self.services = services
        self.action = action
        self.manager: Any = None
        self._busy = False

        self.reasonLabel = QLabel(reason, self)
        self.reasonLabel.setWordWrap(True)
        self.reasonLabel.setFont(app_font(13, bold=True))
        self.managerChoice = QComboBox(self)
        self.managerChoice.setObjectName("managerChoice")
        self.managerChoice.setMinimumHeight(44)
        current = services.staff
        for person in staff_mod.list_staff(services.db):
            if person.is_manager:
                self.managerChoice.addItem(person.name, person.id)
                if current is not None and person.id == current.id:
                    self.managerChoice.setCurrentIndex(self.managerChoice.count() - 1)
        self.managerPin = QLineEdit(self)
        self.managerPin.setObjectName("managerPin")
        self.managerPin.setEchoMode(QLineEdit.EchoMode.Password)
        self.managerPin.setMaxLength(6)
        self.managerPin.setMinimumHeight(44)
        self.managerPin.returnPressed.connect(self.check)
        self.message = QLabel(self)
        self.message.setObjectName("approveMessage")
        self.message.setWordWrap(True)
        warning_label(self.message)
        self.keypad = Keypad(self)
        self.keypad.target = self.managerPin
        self.keypad.enterPressed.connect(self.check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("approveButtons")
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.managerLabel = QLabel(self)
        self.pinLabel = QLabel(self)
        self.form.addRow(self.managerLabel, self.managerChoice)
        self.form.addRow(self.pinLabel, self.managerPin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reasonLabel)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.managerPin.setFocus()

    @property
    def busy(self) -> bool:
        """True while the PIN is being checked in a worker."""
        return self._busy

    def check(self) -> None:
        """Verify the PIN in a worker (scrypt is deliberately slow); on success emit
        ``approved`` and close, else show why and emit ``refused``."""
        if self._busy:
            return
        manager_id = self.managerChoice.currentData() or ""
        pin = self.managerPin.text()
        self.managerPin.clear()
        for_staff = self.services.staff.id if self.services.staff is not None else ""
        action = self.action
        self._set_busy(True)
        self.services.run(
            self,
            lambda db: staff_mod.approve(db, manager_id, pin, action=action,
                                         for_staff=for_staff),
            self._said_yes, self._said_no)

    def _said_yes(self, manager: Any) -> None:
        self._set_busy(False)
        self.manager = manager
        self.approved.emit(manager)
        self.accept()

    def _said_no(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message.setText(explain(exc) if isinstance(exc, MelaError) else bug_text(exc))
        self.managerPin.setFocus()
        self.refused.emit(self.message.text())

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.managerChoice, self.managerPin, self.keypad):
            widget.setEnabled(not busy)
        self.message.setText(self.tr("Checking the PIN…") if busy else "")

    def reject(self) -> None:
        """Cancel; not while a PIN is being checked (its answer would land on nothing)."""
        if not self._busy:
            super().reject()

    def retranslate(self) -> None:
        """Re-label in the current language."""
        self.setWindowTitle(self.tr("Manager approval"))
        self.managerLabel.setText(self.tr("Manager"))
        self.pinLabel.setText(self.tr("Manager PIN"))
        label_buttons(self.buttons)
        self.keypad.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """Follow run-time language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def ask_approval(services: Services, parent: QWidget | None, *, action: str, reason: str,
                 on_approved: Any) -> ApproveDialog:
    """Open the approval dialog and call ``on_approved(manager)`` if a manager says yes."""
    dialog = ApproveDialog(services, parent, action=action, reason=reason)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.approved.connect(on_approved)
    dialog.open()
    return dialog
