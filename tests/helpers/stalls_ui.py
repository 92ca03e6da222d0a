"""Measuring how long the UI thread is ever blocked, the way a cashier would feel it."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer

TICK_MS = 5


class StallMeter(QObject):
    """A timer ticking every 5 ms on the UI thread; the longest gap between ticks is the
    longest time the UI could not react to a tap or a scanner keystroke."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest_ms = 0.0
        self.ticks = 0

    def start(self) -> None:
        """Start measuring from now."""
        self._last = time.perf_counter()
        self.longest_ms = 0.0
        self.ticks = 0
        self._timer.start()

    def stop(self) -> float:
        """Stop and return the longest gap in milliseconds."""
        self._tick()
        self._timer.stop()
        return self.longest_ms

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest_ms = max(self.longest_ms, (now - self._last) * 1000)
        self._last = now
        self.ticks += 1
