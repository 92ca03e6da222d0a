"""Sign-in: pick your name, type your PIN (on-screen keypad or keyboard).

Shown full-window at start, after "Lock", "Switch user" and the idle lock. Wrong PINs and
lock-outs come back from ``pos.staff.sign_in`` as one clear sentence. The default manager
made on first run must choose a new PIN before going further.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos import staff as staff_mod
from pos.errors import MelaError
from ui.fonts import app_font
from ui.keypad import Keypad
from ui.look import set_text_colour, warning_label
from ui.messages import bug_text, explain
from ui.services import Services

PIN_MAX = 6


def _pin_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(PIN_MAX)
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    field.setMinimumHeight(48)
    field.setFont(app_font(18))
    return field


class SignInPanel(QWidget):
    """The lock screen.

    Signals:
        signedIn(object): the ``pos.staff.Staff`` who signed in (PIN already changed if
            it had to be).
    """

    signedIn = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInPanel")
        self.services = services
        self._pending: Any = None  # signed in, but must change the PIN first
        self._busy = False
        self._old_pin = ""

        self.title = QLabel(self)
        self.title.setFont(app_font(20, bold=True))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.staffList = QListWidget(self)
        self.staffList.setObjectName("staffList")
        self.staffList.setFont(app_font(16))
        self.staffList.setMinimumWidth(280)
        self.staffList.setSpacing(4)
        self.staffList.currentItemChanged.connect(lambda *_: self._focus_pin())

        self.steps = QStackedWidget(self)
        # step 1: the PIN
        pin_page = QWidget(self.steps)
        self.pinLabel = QLabel(pin_page)
        self.pinInput = _pin_field(pin_page, "pinInput")
        self.pinInput.returnPressed.connect(self.submit)
        self.signInButton = QPushButton(pin_page)
        self.signInButton.setObjectName("signInButton")
        self.signInButton.setMinimumHeight(56)
        self.signInButton.clicked.connect(self.submit)
        # Only on a new laptop: who has never read the README must still get in.
        self.firstStartNote = QLabel(pin_page)
        self.firstStartNote.setObjectName("firstStartNote")
        self.firstStartNote.setWordWrap(True)
        self.firstStartNote.hide()
        pin_layout = QVBoxLayout(pin_page)
        pin_layout.addWidget(self.pinLabel)
        pin_layout.addWidget(self.pinInput)
        pin_layout.addWidget(self.signInButton)
        pin_layout.addWidget(self.firstStartNote)
        pin_layout.addStretch(1)
        # step 2: a new PIN for the default manager
        change_page = QWidget(self.steps)
        self.changeNote = QLabel(change_page)
        self.changeNote.setWordWrap(True)
        self.newPinInput = _pin_field(change_page, "newPinInput")
        self.confirmPinInput = _pin_field(change_page, "confirmPinInput")
        self.newPinInput.returnPressed.connect(self.confirmPinInput.setFocus)
        self.confirmPinInput.returnPressed.connect(self.submit)
        self.changePinButton = QPushButton(change_page)
        self.changePinButton.setObjectName("changePinButton")
        self.changePinButton.setMinimumHeight(56)
        self.changePinButton.clicked.connect(self.submit)
        form = QFormLayout()
        self.newPinLabel = QLabel(change_page)
        self.confirmPinLabel = QLabel(change_page)
        form.addRow(self.newPinLabel, self.newPinInput)
        form.addRow(self.confirmPinLabel, self.confirmPinInput)
        change_layout = QVBoxLayout(change_page)
        change_layout.addWidget(self.changeNote)
        change_layout.addLayout(form)
        change_layout.addWidget(self.changePinButton)
        change_layout.addStretch(1)
        self.steps.addWidget(pin_page)
        self.steps.addWidget(change_page)

        self.message = QLabel(self)
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        warning_label(self.message)
        self.keypad = Keypad(self)
        self.keypad.enterPressed.connect(self.submit)
        self.keypad.target = self.pinInput
        for field in (self.pinInput, self.newPinInput, self.confirmPinInput):
            field.installEventFilter(self)

        right = QVBoxLayout()
        right.addWidget(self.steps)
        right.addWidget(self.message)
        right.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addStretch(1)
        body.addWidget(self.staffList, 2)
        body.addSpacing(24)
        body.addLayout(right, 2)
        body.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addSpacing(24)
        outer.addWidget(self.title)
        outer.addSpacing(16)
        outer.addLayout(body, 1)
        self.retranslate()

    # public ----------------------------------------------------------------------------
    def reset(self) -> None:
        """Fresh page: staff list re-read, fields empty, first step."""
        self._pending = None
        self._old_pin = ""
        current = self.services.staff
        self.staffList.clear()
        people = staff_mod.list_staff(self.services.db)
        self.firstStartNote.setVisible(
            len(people) == 1 and people[0].must_change_pin
            and people[0].name == staff_mod.DEFAULT_MANAGER_NAME
        )
        for person in people:
            item = QListWidgetItem(person.name, self.staffList)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setSizeHint(QSize(0, 56))
            if current is not None and person.id == current.id:
                self.staffList.setCurrentItem(item)
        if self.staffList.currentItem() is None and self.staffList.count():
            self.staffList.setCurrentRow(0)
        for field in (self.pinInput, self.newPinInput, self.confirmPinInput):
            field.clear()
        self.message.clear()
        self.steps.setCurrentIndex(0)
        self.keypad.target = self.pinInput

    def select_staff(self, staff_id: str) -> None:
        """Pick a person in the list (for tests and automation)."""
        for row in range(self.staffList.count()):
            if self.staffList.item(row).data(Qt.ItemDataRole.UserRole) == staff_id:
                self.staffList.setCurrentRow(row)
                return
        raise KeyError(staff_id)

    @property
    def busy(self) -> bool:
        """A PIN is being checked in the background (tests and automation wait on this)."""
        return self._busy

    def submit(self) -> None:
        """Check the PIN (step 1) or store the new PIN (step 2)."""
        if self._busy:
            return
        if self.steps.currentIndex() == 0:
            self._sign_in()
        else:
            self._change_pin()

    # steps -----------------------------------------------------------------------------
    def _sign_in(self) -> None:
        item = self.staffList.currentItem()
        if item is None:
            self.message.setText(self.tr("Choose your name first."))
            return
        pin = self.pinInput.text()
        self.pinInput.clear()
        if not pin:
            self.message.setText(self.tr("Type your PIN."))
            return
        staff_id = item.data(Qt.ItemDataRole.UserRole)

        def signed_in(person: Any) -> None:
            if person.must_change_pin:
                self._pending = person
                self._old_pin = pin
                self.steps.setCurrentIndex(1)
                self.keypad.target = self.newPinInput
                self.newPinInput.setFocus()
                return
            self.signedIn.emit(person)

        self._check(lambda db: staff_mod.sign_in(db, staff_id, pin), signed_in, self.pinInput)

    def _change_pin(self) -> None:
        new, again = self.newPinInput.text(), self.confirmPinInput.text()
        if new != again:
            self.message.setText(self.tr("The two new PINs differ; type them again."))
            self.newPinInput.clear()
            self.confirmPinInput.clear()
            self.newPinInput.setFocus()
            return
        staff_id, old_pin = self._pending.id, self._old_pin

        def changed(person: Any) -> None:
            self._pending = None
            self._old_pin = ""
            self.signedIn.emit(person)

        self._check(lambda db: staff_mod.change_pin(db, staff_id, old_pin, new), changed,
                    self.newPinInput)

    def _check(self, op: Callable[[Any], Any], then: Callable[[Any], None],
               retry_field: QLineEdit) -> None:
        """PIN hashing is deliberately slow (scrypt): it runs in a worker, not the UI."""
        self._set_busy(True)

        def done(person: Any) -> None:
            self._set_busy(False)
            self.message.clear()
            then(person)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            warning_label(self.message)
            self.message.setText(explain(exc) if isinstance(exc, MelaError) else bug_text(exc))
            retry_field.setFocus()

        self.services.run(self, op, done, failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.steps, self.keypad, self.staffList):
            widget.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Checking the PIN…"))
            set_text_colour(self.message, "#333333")

    def _focus_pin(self) -> None:
        self.message.clear()
        self.pinInput.setFocus()

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        """The keypad types into whichever PIN field last had focus."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            self.keypad.target = watched
        return False

    def retranslate(self) -> None:
        """Re-label in the current language."""
        self.title.setText(self.tr("Who is at the counter?"))
        self.pinLabel.setText(self.tr("PIN"))
        self.signInButton.setText(self.tr("Sign in"))
        self.firstStartNote.setText(self.tr(
            "First start: the manager's starting PIN is %1. You will choose your own PIN "
            "right after signing in.").replace("%1", staff_mod.DEFAULT_MANAGER_PIN))
        self.changeNote.setText(self.tr(
            "This is the first sign-in with the starting PIN. Choose a new PIN of 4 to 6 "
            "digits that only you know."))
        self.newPinLabel.setText(self.tr("New PIN"))
        self.confirmPinLabel.setText(self.tr("New PIN again"))
        self.changePinButton.setText(self.tr("Save PIN and sign in"))
        self.keypad.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """Follow run-time language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
