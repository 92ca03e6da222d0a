"""The Babel-free fast path of ``format_inr``/``format_number`` gives Babel's exact text."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_currency, format_decimal
from hypothesis import given
from hypothesis import strategies as st

from pos.money import format_inr, format_number

EDGES = [0, 1, 5, 99, 100, 101, 999, 1000, 99_999, 100_000, 1_234_567, 12_345_678_901,
         10**15 + 7]


def _babel_inr(paise: int, decimals: bool) -> str:
    value = Decimal(paise) / 100
    if not decimals:
        return format_currency(value, "INR", format="¤#,##,##0", locale="en_IN",
                               currency_digits=False)
    return format_currency(value, "INR", locale="en_IN")


def test_edges_match_babel() -> None:
    for magnitude in EDGES:
        for paise in (magnitude, -magnitude):
            assert format_inr(paise) == _babel_inr(paise, True)
            assert format_inr(paise * 100, decimals=False) == _babel_inr(paise * 100, False)
            assert format_inr(paise, decimals=False) == _babel_inr(paise, False)
            assert format_number(paise) == format_decimal(paise, locale="en_IN")


@given(st.integers(min_value=-10**14, max_value=10**14))
def test_any_amount_matches_babel(paise: int) -> None:
    assert format_inr(paise) == _babel_inr(paise, True)
    assert format_inr(paise, decimals=False) == _babel_inr(paise, False)
    assert format_number(paise) == format_decimal(paise, locale="en_IN")


def test_other_locales_still_use_babel() -> None:
    assert format_inr(12350, locale="hi_IN") == format_currency(
        Decimal("123.50"), "INR", locale="hi_IN")
    assert format_number(1234567, locale="en_US") == "1,234,567"
