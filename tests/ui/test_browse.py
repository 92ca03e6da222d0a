"""The catalogue grid: search as you type in English and Hindi, craft filter, paging."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from pos import catalogue
from tests.ui.conftest import sign_in_manager
from ui.models.products import PAGE_SIZE, ProductGridModel, ProductRole

# The offscreen platform says so whenever a dialog sets a fixed size; harmless there.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _names(grid) -> list[str]:  # type: ignore[no-untyped-def]
    model = grid.model()
    return [model.index(r, 0).data(ProductRole).name_en for r in range(model.rowCount())]


def test_typing_in_search_box_filters_the_grid(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    sign_in_manager(window)
    sell = window.screens["sell"]
    grid = window.findChild(type(sell.productGrid), "productGrid")
    everything = grid.model().total()
    assert everything == catalogue.count(window.services.db)
    assert grid.model().rowCount() == min(everything, PAGE_SIZE)

    box = window.findChild(type(sell.searchBox), "searchBox")
    qtbot.keyClicks(box, "silk")
    qtbot.waitUntil(lambda: grid.model().text == "silk", timeout=2000)
    names = _names(grid)
    assert names and len(names) < everything
    assert all("silk" in n.lower() for n in names)
    assert "silk" in sell.resultCount.text() or str(len(names)) in sell.resultCount.text()


def test_hindi_typed_through_an_input_method_filters_the_grid(qtbot, stall) -> None:  # type: ignore[no-untyped-def]
    sign_in_manager(stall)
    sell = stall.screens["sell"]
    sell.searchBox.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString("साड़ी")
    QApplication.sendEvent(sell.searchBox, event)
    assert sell.searchBox.text() == "साड़ी"
    qtbot.waitUntil(lambda: sell.grid_model.text == "साड़ी", timeout=2000)
    model = sell.grid_model
    assert 0 < model.rowCount() < model.total() + 1
    assert all("साड़ी" in model.product(r).name_hi for r in range(model.rowCount()))


def test_craft_filter_narrows_to_one_craft(stall) -> None:  # type: ignore[no-untyped-def]
    sign_in_manager(stall)
    sell = stall.screens["sell"]
    combo = sell.craftFilter
    index = next(i for i in range(combo.count()) if combo.itemData(i) == "SIKKI")
    combo.setCurrentIndex(index)
    model = sell.grid_model
    assert model.rowCount() > 0
    assert {model.product(r).craft_code for r in range(model.rowCount())} == {"SIKKI"}


def test_grid_fetches_more_pages_on_demand(db) -> None:  # type: ignore[no-untyped-def]
    catalogue.ensure_demo(db)
    model = ProductGridModel(db)
    model.set_filter("", None)
    total = model.total()
    assert total > PAGE_SIZE
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(model.index(-1, 0).parent())
    while model.canFetchMore(model.index(-1, 0).parent()):
        model.fetchMore(model.index(-1, 0).parent())
    assert model.rowCount() == total
    skus = [model.product(r).sku for r in range(total)]
    assert len(set(skus)) == total
    first = model.index(0, 0)
    assert first.data(Qt.ItemDataRole.DecorationRole) is not None


def test_product_grid_model_passes_qt_model_tests(qtmodeltester, db) -> None:  # type: ignore[no-untyped-def]
    catalogue.ensure_demo(db)
    model = ProductGridModel(db)
    model.set_filter("", None)
    qtmodeltester.check(model, force_py=True)
    model.set_filter("madhubani", None)
    qtmodeltester.check(model, force_py=True)
