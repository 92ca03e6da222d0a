"""Small form parts the leads, orders, day, stock and settings screens share.

A message line instead of modal boxes (errors stay visible next to the field that caused
them and never block the counter), a rupee entry that parses the way staff type amounts,
and the buyer's mobile entry that turns red or green as the number is typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos import money, phone
from pos.errors import InputError
from ui.messages import explain

# A Hindi keyboard types ९८७६५ ४३२१०; the number is the same, so show and check it in ASCII.
DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")

OK_COLOUR = "#1b7f3b"
BAD_COLOUR = "#b3261e"


def qdate_to_date(value: QDate) -> date:
    """A calendar date from a date picker."""
    return date(value.year(), value.month(), value.day())


def inr(paise: int) -> str:
    """An amount for the screen, with Indian grouping: ₹1,23,456.00."""
    return money.format_inr(paise)


class BuyerForm(QDialog):
    """A form about a buyer (lead, pre-order): sized for its wrapped texts, bilingual live.

    Subclasses implement ``retranslate()``.
    """

    def retranslate(self) -> None:
        """Texts in the current language (subclasses fill this in)."""
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        """Open tall enough for the wrapped notice and messages (Qt sizes them too short)."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            self.resize(self.width(), max(self.height(), needed))
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch while the form is open."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MessageLine(QLabel):
    """One line of feedback under a form: green when all is well, red for a problem."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("messageLine")

    def ok(self, text: str) -> None:
        """Show a success note."""
        self.setStyleSheet(f"color: {OK_COLOUR}; font-weight: bold;")
        self.setText(text)

    def error(self, text: str) -> None:
        """Show a problem in one sentence."""
        self.setStyleSheet(f"color: {BAD_COLOUR}; font-weight: bold;")
        self.setText(text)

    def clear_message(self) -> None:
        """Empty the line."""
        self.setText("")

    @property
    def is_error(self) -> bool:
        """Whether the line currently shows a problem."""
        return bool(self.text()) and BAD_COLOUR in self.styleSheet()


class RupeeEdit(QLineEdit):
    """A rupee amount as typed (``1250``, ``1,250.50``, ``₹ 99``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("0")
        self.setMinimumHeight(36)

    def paise(self, *, allow_empty: bool = True) -> int:
        """The amount in paise; empty counts as zero unless ``allow_empty`` is False.

        Raises:
            InputError: the text is not an amount, or is negative.
        """
        text = self.text().strip()
        if not text and allow_empty:
            return 0
        value = money.parse_rupees(text)
        if value < 0:
            raise InputError(f"'{text}' is negative; enter an amount of zero or more.")
        return value

    def set_paise(self, paise: int) -> None:
        """Show an amount (plain rupees, easy to edit)."""
        self.setText(money.rupees(paise))


class PhoneField(QWidget):
    """The buyer's mobile number, checked on every keystroke.

    The entry turns green with the number as it will be stored, or red with the reason it
    cannot be taken, so the cashier can read it back to the buyer before saving.

    Signals:
        validity_changed(bool): the number became valid or invalid.
    """

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input = QLineEdit(self)
        self.input.setObjectName("phoneInput")
        self.input.setPlaceholderText("98765 43210")
        self.input.setMinimumHeight(40)
        self.input.setMaxLength(20)
        self.message = QLabel(self)
        self.message.setObjectName("phoneMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.input)
        layout.addWidget(self.message)
        self._e164: str | None = None
        self.input.textChanged.connect(self._check)
        self._check("")

    def e164(self) -> str | None:
        """The number in E.164 when valid, else None."""
        return self._e164

    def text(self) -> str:
        """The number as typed."""
        return self.input.text()

    def set_text(self, text: str) -> None:
        """Replace the number (checks it at once)."""
        self.input.setText(text)

    def _check(self, text: str) -> None:
        ascii_text = text.translate(DEVANAGARI_DIGITS)
        if ascii_text != text:
            cursor = self.input.cursorPosition()
            self.input.setText(ascii_text)  # checks again through textChanged
            self.input.setCursorPosition(cursor)
            return
        was_valid = self._e164 is not None
        if not text.strip():
            self._e164 = None
            self.input.setStyleSheet("")
            self.message.setStyleSheet("color: palette(mid);")
            self.message.setText(self.tr("Mobile number, 10 digits"))
        else:
            try:
                self._e164 = phone.normalise_mobile(text)
            except InputError as exc:
                self._e164 = None
                self._show(BAD_COLOUR, explain(exc))
            else:
                self._show(
                    OK_COLOUR,
                    self.tr("Valid mobile: %1").replace(
                        "%1", phone.format_for_display(self._e164)
                    ),
                )
        if was_valid != (self._e164 is not None):
            self.validity_changed.emit(self._e164 is not None)

    def _show(self, colour: str, text: str) -> None:
        self.input.setStyleSheet(f"QLineEdit {{ border: 2px solid {colour}; }}")
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setText(text)

    def retranslate(self) -> None:
        """Re-show the message in the current language."""
        self._check(self.input.text())


def ask_manager(
    parent: QWidget, services: Any, action: str, reason: str,
    on_approved: Callable[[str], None],
) -> QWidget:
    """Ask a manager's PIN for ``action``; ``on_approved(manager_id)`` runs if they say yes."""
    from ui.dialogs.approve import ask_approval

    return ask_approval(
        services, parent, action=action, reason=reason,
        on_approved=lambda manager: on_approved(manager.id),
    )


def shortcut(parent: QWidget, key: str, action: Callable[[], object],
             button: QAbstractButton | None = None) -> QShortcut:
    """A keyboard shortcut live while ``parent`` is on screen; a button also shows the key
    in its tooltip so staff can learn it."""
    made = QShortcut(QKeySequence(key), parent)
    made.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    made.activated.connect(action)
    if button is not None:
        button.setToolTip(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))
    return made
