"""The window on 20,000+ products: opens, searches as you type and scrolls without lag."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from pos import store
from pos.demo_catalogue import add_synthetic_products
from tests.ui.conftest import show_window, sign_in_manager

# The offscreen platform says so whenever a dialog sets a fixed size; harmless there.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture(scope="module")
def big_template(stall_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The prepared stall plus 20,000 synthetic products (made once for this module)."""
    folder = tmp_path_factory.mktemp("big-stall")
    shutil.copy(store.db_path(stall_template), store.db_path(folder))
    db = store.open_store(folder)
    add_synthetic_products(db, 20_000, seed=7)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return folder


@pytest.fixture
def big_stall(qtbot, data_dir: Path, big_template: Path):  # type: ignore[no-untyped-def]
    """A window on a copy of the big stall."""
    shutil.copy(store.db_path(big_template), store.db_path(data_dir))
    yield from show_window(qtbot, data_dir)


def test_search_as_you_type_stays_fast_on_20000_products(qtbot, big_stall) -> None:  # type: ignore[no-untyped-def]
    sign_in_manager(big_stall)
    sell = big_stall.screens["sell"]
    assert sell.grid_model.total() > 20_000
    timings = []
    typed = ""
    for ch in "silk saree":
        typed += ch
        started = time.perf_counter()
        sell.searchBox.setText(typed)
        sell.apply_filter()  # what the debounce timer does after a pause
        QApplication.processEvents()
        timings.append(time.perf_counter() - started)
    assert 0 < sell.grid_model.rowCount() <= sell.grid_model.total() < 20_000
    assert all("silk" in sell.grid_model.product(r).name_en.lower()
               or "silk" in sell.grid_model.product(r).sku.lower()
               for r in range(sell.grid_model.rowCount()))
    sell.searchBox.clear()
    event = QInputMethodEvent("", [])
    event.setCommitString("मधुबनी")
    started = time.perf_counter()
    QApplication.sendEvent(sell.searchBox, event)
    sell.apply_filter()
    QApplication.processEvents()
    timings.append(time.perf_counter() - started)
    assert sell.grid_model.rowCount() > 0
    worst = max(timings)
    median = sorted(timings)[len(timings) // 2]
    print(f"\nsearch update on 20k products: worst {worst * 1000:.1f} ms, "
          f"median {median * 1000:.1f} ms")
    # Typical: ~6 ms median, ~30 ms worst including the repaint. The bounds leave room for a
    # busy shared CI machine while still catching a search that scans the whole catalogue.
    assert median < 0.05
    assert worst < 0.5


def test_scrolling_fetches_pages_lazily(big_stall) -> None:  # type: ignore[no-untyped-def]
    sign_in_manager(big_stall)
    grid = big_stall.screens["sell"].productGrid
    model = grid.model()
    assert model.rowCount() == 60
    grid.scrollToBottom()
    QApplication.processEvents()
    assert 60 < model.rowCount() < 1000  # more pages arrived, not the whole catalogue
