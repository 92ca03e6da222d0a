"""Child process for the start-up benchmark: start, paint once, report, quit.

``python -m benchmarks.startup_child bare`` shows an empty PySide6 window (the floor);
``python -m benchmarks.startup_child app DATA_DIR [--scroll]`` builds the real app with
``ui.app.build``, signs the first manager in (the PIN is the user's time, not the app's),
shows the window and waits for the sell screen's product grid to paint. Either prints one
JSON line: the wall-clock time of that first paint (the parent subtracts its own clock
reading taken just before starting the process) and the peak RSS. With ``--scroll`` the app
then pages through the whole catalogue, as a cashier flicking to the end of the grid would,
and reports the peak RSS after that too.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from typing import Any


def _peak_rss_mb() -> float:
    """This process's peak RSS. ``VmHWM`` first: Linux carries ``ru_maxrss`` across
    ``execve``, so a child started by a big parent would report the parent's peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> int:
    """Run one start-up and print its figures."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

    mode = argv[0]
    report: dict[str, Any] = {}

    class FirstPaint(QObject):
        def __init__(self, on_paint: Any) -> None:
            super().__init__()
            self.on_paint = on_paint
            self.seen = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                report["painted"] = time.time()
                QTimer.singleShot(0, self.on_paint)
            return False

    if mode == "bare":
        app = QApplication(sys.argv[:1])
        window = QWidget()
        window.resize(1366, 768)
        target: QWidget = window

        def after() -> None:
            report["rss_mb"] = _peak_rss_mb()
            app.quit()
    else:
        from pos import staff
        from ui import app as ui_app

        window = ui_app.build(argv[1])
        app = QApplication.instance()  # type: ignore[assignment]
        manager = next(s for s in staff.list_staff(window.services.db) if s.role == "manager")
        window._on_signed_in(manager)
        grid = window.findChild(QAbstractItemView, "productGrid")
        if grid is None:
            print(json.dumps({"error": "no productGrid in the sell screen"}))
            return 2
        target = grid.viewport()

        def after() -> None:
            report["rss_mb"] = _peak_rss_mb()
            model = grid.model()
            report["rows_shown"] = model.rowCount()
            if "--scroll" in argv:
                start = time.perf_counter()
                while model.canFetchMore(grid.rootIndex()):
                    model.fetchMore(grid.rootIndex())
                    grid.scrollToBottom()
                    app.processEvents()
                report["scroll_s"] = time.perf_counter() - start
                report["rows_scrolled"] = model.rowCount()
                report["rss_scrolled_mb"] = _peak_rss_mb()
            app.quit()

    watcher = FirstPaint(after)
    target.installEventFilter(watcher)
    window.show()
    app.exec()
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    # Leave without tearing Qt down: only the figures matter, and interpreter shutdown
    # with live windows and worker threads is not what is measured.
    os._exit(main(sys.argv[1:]))
