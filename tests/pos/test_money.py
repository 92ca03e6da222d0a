"""The money rules in pos.money: GST split, bill rounding, allocation, words and formats."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos import money
from pos.errors import InputError
from pos.schema import GST_RATES

amounts = st.integers(min_value=0, max_value=10**11)


@given(amounts, st.sampled_from(GST_RATES), st.booleans())
def test_split_tax_adds_up_and_follows_the_formula(gross: int, rate: int, inter: bool) -> None:
    tax = money.split_tax(gross, rate, inter_state=inter)
    assert tax.taxable + tax.cgst + tax.sgst + tax.igst == gross
    # taxable = round(gross x 100 / (100 + rate)), halves up, in exact integer arithmetic
    exact = gross * 100 / (100 + rate)
    assert abs(tax.taxable - exact) <= 0.5
    if inter:
        assert tax.cgst == tax.sgst == 0 and tax.igst == gross - tax.taxable
    else:
        assert tax.igst == 0
        assert tax.cgst == (gross - tax.taxable) // 2
        assert tax.sgst - tax.cgst in (0, 1)


def test_split_tax_known_values() -> None:
    assert money.split_tax(105_000, 5) == money.LineTax(105_000, 100_000, 2_500, 2_500, 0)
    # 1 paisa at 5 %: 100/105 = 0.952 rounds to 1, no tax
    assert money.split_tax(1, 5).taxable == 1
    # 21 paise at 5 %: 20 taxable, 1 paisa tax, CGST 0 and SGST 1
    assert money.split_tax(21, 5) == money.LineTax(21, 20, 0, 1, 0)
    assert money.split_tax(11_800, 18, inter_state=True) == money.LineTax(
        11_800, 10_000, 0, 0, 1_800)


@given(st.integers(min_value=0, max_value=10**12))
def test_round_bill_to_the_nearest_rupee_half_up(total: int) -> None:
    rounded, off = money.round_bill(total)
    assert rounded % 100 == 0
    assert rounded == total + off
    assert -49 <= off <= 50


@pytest.mark.parametrize(("total", "rounded"), [
    (0, 0), (49, 0), (50, 100), (99, 100), (12_349, 12_300), (12_350, 12_400),
])
def test_round_bill_examples(total: int, rounded: int) -> None:
    assert money.round_bill(total)[0] == rounded


@given(st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=60),
       st.data())
def test_allocate_is_exact_and_proportional(weights: list[int], data: st.DataObject) -> None:
    amount = data.draw(st.integers(min_value=0, max_value=sum(weights)))
    shares = money.allocate(amount, weights)
    assert sum(shares) == amount
    total = sum(weights)
    for share, weight in zip(shares, weights, strict=True):
        assert 0 <= share <= weight
        if total:
            assert abs(share - amount * weight / total) < 1


def test_allocate_refuses_more_than_the_weights() -> None:
    with pytest.raises(ValueError):
        money.allocate(11, [5, 5])


def test_percent_of_rounds_half_up() -> None:
    assert money.percent_of(10_000, 1_000) == 1_000       # 10 % of ₹100
    assert money.percent_of(999, 1_250) == 125            # 12.5 % of 9.99 = 124.875


def test_indian_formats() -> None:
    assert money.format_inr(12_345_600) == "₹1,23,456.00"
    assert money.format_inr(12_345_600, decimals=False) == "₹1,23,456"
    assert money.format_inr(5) == "₹0.05"
    assert money.format_number(1_234_567) == "12,34,567"
    assert money.rupees(-1_250) == "-12.50"


@pytest.mark.parametrize(("paise", "words"), [
    (0, "Rupees Zero Only"),
    (100, "Rupees One Only"),
    (2_294_00, "Rupees Two Thousand Two Hundred Ninety-Four Only"),
    (12_345_650, "Rupees One Lakh Twenty-Three Thousand Four Hundred Fifty-Six and Fifty "
                 "Paise Only"),
    (12_34_56_789_00, "Rupees Twelve Crore Thirty-Four Lakh Fifty-Six Thousand Seven Hundred "
                      "Eighty-Nine Only"),
])
def test_amount_in_words_indian_system(paise: int, words: str) -> None:
    assert money.amount_in_words(paise) == words


@pytest.mark.parametrize(("text", "paise"), [
    ("1250", 125_000), ("1,250.50", 125_050), ("₹ 99", 9_900), ("Rs. 12.5", 1_250),
])
def test_parse_rupees(text: str, paise: int) -> None:
    assert money.parse_rupees(text) == paise


@pytest.mark.parametrize("text", ["", "abc", "12.345", "1 2", "₹"])
def test_parse_rupees_refuses_what_is_not_an_amount(text: str) -> None:
    with pytest.raises(InputError):
        money.parse_rupees(text)
