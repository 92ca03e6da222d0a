"""Run start-up chores after the window's first paint, not before it.

Work started in a worker thread while the window is still being built is not free: Python
threads share one interpreter lock, so a background import of the printer stack or the sync
client (0.2-0.4 s each) slows the UI thread's own imports and its first paint by about as
much. Start-up work the cashier does not need to see the sell screen (warming the PDF and
printer modules, the first hub probe, the full integrity check) is therefore scheduled with
``after_first_paint``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# After the first paint, leave the event loop a moment to finish showing the window.
DELAY_MS = 150
# A window shown but never painted (minimised at start): do the chores anyway.
FALLBACK_MS = 3000


class _FirstPaint(QObject):
    """Watches one window for its first paint event and then runs the chores once."""

    def __init__(self, window: QWidget, delay_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self._delay_ms = delay_ms
        self._chores: list[Callable[[], None]] = []
        self.done = False
        window.installEventFilter(self)
        # At the event loop's first turn: a window that is not on screen (a widget built
        # on its own, in a test or a dialog) will not be painted, so nothing waits.
        QTimer.singleShot(0, self, self._first_turn)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def add(self, chore: Callable[[], None]) -> None:
        """Run ``chore`` with the others (at once if they have already run)."""
        if self.done:
            chore()
        else:
            self._chores.append(chore)

    def _first_turn(self) -> None:
        if not self._window.isVisible():
            self._run()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window's first paint: schedule the chores just after it."""
        if event.type() == QEvent.Type.Paint and not self.done:
            QTimer.singleShot(self._delay_ms, self, self._run)
        return False

    def _run(self) -> None:
        if self.done:
            return
        self.done = True
        self._window.removeEventFilter(self)
        chores, self._chores = self._chores, []
        for chore in chores:
            chore()


def chores_done(widget: QWidget) -> bool:
    """Whether the first-paint chores of ``widget``'s window have run (tests wait on it)."""
    watcher = widget.window().findChild(_FirstPaint, "firstPaint")
    return watcher is None or watcher.done


def after_first_paint(widget: QWidget, chore: Callable[[], None],
                      delay_ms: int | None = None) -> None:
    """Run ``chore`` on the UI thread shortly after ``widget``'s window first paints.

    If the window is not visible when the event loop first turns, ``chore`` runs then; a
    window never painted runs it after ``FALLBACK_MS``.
    """
    window = widget.window()
    watcher = window.findChild(_FirstPaint, "firstPaint")
    if watcher is None:
        watcher = _FirstPaint(window, DELAY_MS if delay_ms is None else delay_ms)
        watcher.setObjectName("firstPaint")
    watcher.add(chore)
