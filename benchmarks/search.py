"""Search as you type over a large catalogue, with the sell screen's model update.

Each keystroke does what ``ui.screens.sell.Screen.apply_filter`` does: the product grid
model's ``set_filter`` (``pos.catalogue.search`` for the first page, model reset) and the
result count (``catalogue.count``), and then reads the visible cells as the grid would.
Queries are typed one character at a time, 1 to 6 characters, in English and in Hindi, plus
SKU and barcode prefixes. Budget: p95 ≤ 10 ms a keystroke. The floor is the bare trigram
FTS5 lookup of the same text (a single indexed query, no model), for reference.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from benchmarks.core import Result, Sizes, missing, ms_since
from benchmarks.data import Workshop
from pos import store

WORDS = ("madhubani", "silk", "sikki", "basket", "tikuli", "peacock", "SYN-01", "29000001",
         "मधुबनी", "रेशम", "सिक्की", "मोर", "टिकुली", "चित्र")
VISIBLE_CELLS = 24  # what a 1366×768 grid shows at once


def keystrokes() -> list[str]:
    """Every prefix of 1 to 6 characters of every word, in typing order."""
    return [word[:k] for word in WORDS for k in range(1, min(6, len(word)) + 1)]


def _model(db: store.Database) -> object | None:
    try:
        from PySide6.QtWidgets import QApplication

        from ui.models.products import ProductGridModel
    except ImportError:
        return None
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication([])
    return ProductGridModel(db)


def _count_cap() -> Any:
    """The sell screen's cap on the result count for a text (None where it has none)."""
    try:
        from ui.screens.sell import count_cap
    except ImportError:
        return lambda _text: 10**9
    return count_cap


def _floor_query(path: Path, text: str) -> float:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        start = time.perf_counter()
        if len(text) >= 3:
            conn.execute("SELECT rowid FROM products_fts WHERE products_fts MATCH ? LIMIT 60",
                         ['"' + text.replace('"', '""') + '"']).fetchall()
        else:
            conn.execute("SELECT id FROM products WHERE name_en LIKE ? LIMIT 60",
                         [f"%{text}%"]).fetchall()
        return ms_since(start)
    finally:
        conn.close()


def measure_search(shop: Workshop, products: int, rounds: int,
                   label: str | None = None) -> Result:
    """Per-keystroke time over ``products`` products."""
    metric = label or f"search as you type ({products:,} products)"
    try:
        from pos import catalogue
    except ImportError:
        return missing(metric, "ms", "feature missing: pos.catalogue", budget=10)
    data_dir = shop.catalogue(products)
    db = store.open_store(data_dir)
    try:
        model = _model(db)
        result = Result(metric, "ms", floor_name="bare FTS5/LIKE query, first page",
                        budget=10, note="model update included" if model else
                        "Qt model missing: catalogue.search + count only")
        typed = keystrokes()
        count_cap = _count_cap()
        for _ in range(rounds):
            for text in typed:
                start = time.perf_counter()
                if model is not None:
                    from PySide6.QtCore import Qt

                    model.set_filter(text, None)  # type: ignore[attr-defined]
                    model.total(cap=count_cap(text) + 1)  # type: ignore[attr-defined]
                    for row in range(min(VISIBLE_CELLS, model.rowCount())):  # type: ignore[attr-defined]
                        index = model.index(row, 0)  # type: ignore[attr-defined]
                        model.data(index, Qt.ItemDataRole.DisplayRole)  # type: ignore[attr-defined]
                else:
                    catalogue.search(db, text, None, limit=60)
                    catalogue.count(db, text, None, cap=count_cap(text) + 1)
                result.samples.append(ms_since(start))
                result.floor_samples.append(_floor_query(data_dir / "stall.sqlite", text))
        slowest = sorted(zip(result.samples, typed * rounds, strict=True), reverse=True)[:3]
        result.extra["slowest"] = [[t, round(ms, 2)] for ms, t in slowest]
        result.extra["keystrokes"] = len(typed)
    finally:
        db.close()
    return result


def run(shop: Workshop, sizes: Sizes) -> list[Result]:
    """Search at the budget size, and its growth (full mode)."""
    results = [measure_search(shop, sizes.search_products, sizes.keystroke_rounds)]
    for n in sizes.growth:
        results.append(measure_search(shop, n, 2, label=f"growth: search at {n:,} products"))
    return results
