"""Lock the till after a stretch with no keyboard, mouse or touch input."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin, QEvent.Type.Wheel,
})


class IdleWatcher(QObject):
    """Application event filter that emits ``idle`` once after ``minutes`` without input.

    Signals:
        idle(): the limit passed since the last input event.
    """

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._limit = minutes * 60
        self._last = time.monotonic()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(5_000)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def set_minutes(self, minutes: float) -> None:
        """Change the limit (0 turns the lock off)."""
        self._limit = minutes * 60

    def reset(self) -> None:
        """Count from now (after a sign-in)."""
        self._last = time.monotonic()
        self._fired = False

    def check(self) -> None:
        """Emit ``idle`` if the limit has passed (called by the timer; public for tests)."""
        if self._limit > 0 and not self._fired and time.monotonic() - self._last >= self._limit:
            self._fired = True
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note the time of every input event; never consumes it."""
        if event.type() in _INPUT_EVENTS:
            self._last = time.monotonic()
            self._fired = False
        return False
