"""Barcode scanners that act as keyboards: fast keystrokes ending in Enter.

A scanner "types" a whole code within a few milliseconds per character; a person needs
well over 50 ms between keys. This application event filter watches every key press,
whatever widget has focus, and when an Enter closes a burst of fast printable keys it emits
``scanned(code)`` and swallows that Enter. The burst's characters have already reached the
focused widget; the listener removes them from a text field if it wants to.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

MAX_GAP_S = 0.035   # scanners send a key every 1-20 ms; typists rarely beat 60 ms
MIN_LENGTH = 4      # shorter bursts are a fast typist, not a barcode


class ScannerFilter(QObject):
    """Recognises scanner bursts in the application's key events.

    Signals:
        scanned(str): a complete code, emitted on the closing Enter.
    """

    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None, *, max_gap_s: float = MAX_GAP_S,
                 min_length: int = MIN_LENGTH,
                 accept: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        # Asked at the closing Enter: a burst typed while the listener cannot use it (a
        # dialog is open, the till is locked) stays ordinary typing, Enter included.
        self.accept = accept or (lambda: True)
        self.max_gap_s = max_gap_s
        self.min_length = min_length
        self.enabled = True
        self.listening = False  # installed as the application's event filter
        self._buffer = ""
        self._last = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Track key presses; consume only the Enter that ends a scan."""
        if event.type() != QEvent.Type.KeyPress or not self.enabled:
            return False
        if not self._first_receiver(watched):
            return False
        assert isinstance(event, QKeyEvent)
        if event.isAutoRepeat():
            self._reset()
            return False
        now = time.monotonic()
        gap = now - self._last
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            code = self._buffer
            fast = gap <= self.max_gap_s
            self._reset()
            if fast and len(code) >= self.min_length and self.accept():
                self.scanned.emit(code)
                return True
            return False
        text = event.text()
        if len(text) == 1 and text.isprintable() and not (
            event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                 | Qt.KeyboardModifier.AltModifier)
        ):
            if self._buffer and gap > self.max_gap_s:
                self._buffer = ""
            self._buffer += text
            self._last = now
            return False
        if key not in (Qt.Key.Key_Shift,):
            self._reset()
        return False

    @staticmethod
    def _first_receiver(watched: QObject) -> bool:
        """Qt shows one key press to the window, the focus widget and its parents in turn;
        count each physical key once, at the widget that receives it first."""
        if not isinstance(watched, QWidget):
            return False
        focus = QApplication.focusWidget()
        return watched is focus if focus is not None else watched.isWindow()

    def _reset(self) -> None:
        self._buffer = ""
        self._last = 0.0
