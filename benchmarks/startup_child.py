"""Child process for the start-up benchmark: start, paint once, report, quit.

``python -m benchmarks.startup_child bare`` shows an empty PySide6 window (the floor);
``... grid`` a minimal PySide6 product grid with Babel prices (a reference, see ``grid``);
``python -m benchmarks.startup_child app DATA_DIR [--scroll]`` runs the real launcher,
``ui.cli.main(["--data-dir", DATA_DIR])`` (what the ``mela-pos`` command runs), with one
hook on ``ui.app.build``: the first manager is signed in as the window is built (the PIN is
the user's time, not the app's) and the sell screen's product grid is watched. Either mode
prints one JSON line: the wall-clock time when the first paint has been handled (the event
loop's next turn after the paint event; the parent subtracts its own clock reading taken
just before starting the process) and the peak RSS. With ``--scroll`` the app then pages
through the whole catalogue, as a cashier flicking to the end of the grid would, and
reports the peak RSS after that too.
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


def _first_paint_watcher(report: dict[str, Any], on_paint: Any) -> Any:
    """An event filter that notes when the first paint it sees has been drawn."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                QTimer.singleShot(0, self.painted)  # the loop's next turn: drawn by then
            return False

        def painted(self) -> None:
            report["painted"] = time.time()
            on_paint()

    return FirstPaint()


def bare(report: dict[str, Any]) -> None:
    """The floor: an empty window of the app's size, to its first paint."""
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1366, 768)

    def after() -> None:
        report["rss_mb"] = _peak_rss_mb()
        app.quit()

    watcher = _first_paint_watcher(report, after)
    window.installEventFilter(watcher)
    window.show()
    app.exec()


def grid(report: dict[str, Any]) -> None:
    """A reference, not a budget: the least a PySide6 product grid costs.

    One window with a search box and an icon-mode list of 60 cards drawn by a delegate
    (name, Babel-formatted price in en_IN), touching the Qt types every such screen
    needs (the ``Qt`` namespace, ``QStyle``, item views). No database, no app code: what
    is left between this and the app is the app's own work.
    """
    from babel.numbers import format_currency
    from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, Qt
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import (
        QApplication,
        QLineEdit,
        QListView,
        QStyle,
        QStyledItemDelegate,
        QVBoxLayout,
        QWidget,
    )

    class Cards(QAbstractListModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 60

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            return f"Product {index.row()}" if role == Qt.ItemDataRole.DisplayRole else None

    class Card(QStyledItemDelegate):
        def sizeHint(self, option: Any, index: Any) -> QSize:
            return QSize(188, 252)

        def paint(self, painter: Any, option: Any, index: Any) -> None:
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            painter.setPen(QColor("#c2185b") if selected else QColor("#d0c4b0"))
            painter.drawRoundedRect(option.rect.adjusted(4, 4, -4, -4), 8, 8)
            painter.setPen(QColor("#3b2314"))
            painter.drawText(option.rect, Qt.AlignmentFlag.AlignCenter, index.data())
            price = format_currency(1250 + index.row(), "INR", locale="en_IN")
            painter.drawText(option.rect, Qt.AlignmentFlag.AlignBottom, price)

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1366, 768)
    layout = QVBoxLayout(window)
    layout.addWidget(QLineEdit(window))
    view = QListView(window)
    view.setViewMode(QListView.ViewMode.IconMode)
    view.setUniformItemSizes(True)
    model, delegate = Cards(view), Card(view)
    view.setModel(model)
    view.setItemDelegate(delegate)
    layout.addWidget(view)

    def after() -> None:
        report["rss_mb"] = _peak_rss_mb()
        app.quit()

    watcher = _first_paint_watcher(report, after)
    view.viewport().installEventFilter(watcher)
    window.show()
    app.exec()


def app(report: dict[str, Any], data_dir: str, scroll: bool) -> None:
    """``mela-pos --data-dir DATA_DIR``, signed in, to the sell screen's first paint.

    PySide6 is imported by the app itself, in its own order, as on a real start.
    """
    from pos import staff
    from ui import app as ui_app
    from ui import cli

    watched: dict[str, Any] = {}

    def after() -> None:
        from PySide6.QtWidgets import QApplication

        grid = watched["grid"]
        report["rss_mb"] = _peak_rss_mb()
        model = grid.model()
        report["rows_shown"] = model.rowCount()
        if scroll:
            start = time.perf_counter()
            while model.canFetchMore(grid.rootIndex()):
                model.fetchMore(grid.rootIndex())
                grid.scrollToBottom()
                QApplication.processEvents()
            report["scroll_s"] = time.perf_counter() - start
            report["rows_scrolled"] = model.rowCount()
            report["rss_scrolled_mb"] = _peak_rss_mb()
        QApplication.quit()

    real_build = ui_app.build

    def build_signed_in(folder: Any) -> Any:
        from PySide6.QtWidgets import QAbstractItemView

        window = real_build(folder)
        manager = next(s for s in staff.list_staff(window.services.db) if s.role == "manager")
        window._on_signed_in(manager)
        grid = window.findChild(QAbstractItemView, "productGrid")
        if grid is None:
            raise RuntimeError("no productGrid in the sell screen")
        watched["grid"] = grid
        watched["watcher"] = _first_paint_watcher(report, after)
        grid.viewport().installEventFilter(watched["watcher"])
        return window

    ui_app.build = build_signed_in
    code = cli.main(["--data-dir", data_dir])
    if "painted" not in report:
        report["error"] = f"mela-pos exited ({code}) before its first paint"


def main(argv: list[str]) -> int:
    """Run one start-up and print its figures."""
    report: dict[str, Any] = {}
    if argv[0] == "bare":
        bare(report)
    elif argv[0] == "grid":
        grid(report)
    else:
        app(report, argv[1], "--scroll" in argv)
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    # Leave without tearing Qt down: only the figures matter, and interpreter shutdown
    # with live windows and worker threads is not what is measured.
    os._exit(main(sys.argv[1:]))
