"""A big on-screen number pad for PINs and amounts on a touch screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QWidget

KEY_SIZE = 64


class Keypad(QWidget):
    """Digits, back and clear; types into ``target`` (a QLineEdit that can change).

    Signals:
        enterPressed(): the OK key was tapped.
    """

    enterPressed = Signal()

    def __init__(self, parent: QWidget | None = None, *, with_enter: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("keypad")
        self.target: QLineEdit | None = None
        grid = QGridLayout(self)
        grid.setSpacing(6)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "back", "0",
                "enter" if with_enter else "clear"]
        self.buttons: dict[str, QPushButton] = {}
        for i, key in enumerate(keys):
            button = QPushButton(self)
            button.setObjectName(f"keypad{key.capitalize()}")
            button.setMinimumSize(KEY_SIZE, KEY_SIZE)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep focus in the PIN field
            button.clicked.connect(lambda _c=False, k=key: self._press(k))
            grid.addWidget(button, i // 3, i % 3)
            self.buttons[key] = button
        self.retranslate()

    def retranslate(self) -> None:
        """Label the keys (digits stay Latin: PINs and amounts are typed that way)."""
        for key, button in self.buttons.items():
            if key.isdigit():
                button.setText(key)
        self.buttons["back"].setText("⌫")
        if "enter" in self.buttons:
            self.buttons["enter"].setText(self.tr("OK"))
        if "clear" in self.buttons:
            self.buttons["clear"].setText(self.tr("Clear"))

    def _press(self, key: str) -> None:
        target = self.target
        if key == "enter":
            self.enterPressed.emit()
            return
        if target is None:
            return
        if key == "back":
            target.backspace()
        elif key == "clear":
            target.clear()
        else:
            target.insert(key)
