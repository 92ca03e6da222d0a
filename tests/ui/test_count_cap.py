"""Where the sell screen's result count stops, so a keystroke never counts 50,000 rows."""

from __future__ import annotations

from ui.models.products import PAGE_SIZE
from ui.screens.sell import RESULT_COUNT_CAP, count_cap


def test_indexed_words_count_to_a_thousand_short_ones_to_a_page() -> None:
    assert count_cap("") == RESULT_COUNT_CAP
    assert count_cap("silk stole") == RESULT_COUNT_CAP
    assert count_cap("मधु") == RESULT_COUNT_CAP
    assert count_cap("म") == PAGE_SIZE
    assert count_cap("silk ab") == PAGE_SIZE
