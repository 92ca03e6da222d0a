"""Money and GST rules, in integer paise. The one place these rules live.

Prices are MRP, GST-inclusive. For a line's gross (after its discounts):
taxable = round(gross x 100 / (100 + rate)) with halves rounded up, tax = gross - taxable;
within Bihar the tax splits CGST = tax // 2 and SGST = tax - CGST, for an inter-state buyer
it is all IGST. The bill is rounded to the nearest rupee (50 paise rounds up) with a visible
round-off line. The hub imports this module too, so both ends compute the same figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeGuard

from pos.errors import InputError


@dataclass(frozen=True)
class LineTax:
    """The GST breakdown of one GST-inclusive amount."""

    gross: int
    taxable: int
    cgst: int
    sgst: int
    igst: int

    @property
    def tax(self) -> int:
        """All GST on the amount."""
        return self.cgst + self.sgst + self.igst


def is_whole(value: object) -> TypeGuard[int]:
    """True for an int that is not a bool: paise and piece counts must be whole numbers,
    and Python's True would otherwise count as 1."""
    return isinstance(value, int) and not isinstance(value, bool)


def round_half_up_div(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded to the nearest integer, halves away from zero."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    sign = -1 if numerator < 0 else 1
    q, r = divmod(abs(numerator), denominator)
    if 2 * r >= denominator:
        q += 1
    return sign * q


def split_tax(gross_paise: int, gst_rate: int, *, inter_state: bool = False) -> LineTax:
    """Split a GST-inclusive amount into taxable value and CGST/SGST or IGST."""
    if gst_rate < 0:
        raise ValueError("GST rate cannot be negative")
    taxable = round_half_up_div(gross_paise * 100, 100 + gst_rate)
    tax = gross_paise - taxable
    if inter_state:
        return LineTax(gross_paise, taxable, 0, 0, tax)
    cgst = tax // 2
    return LineTax(gross_paise, taxable, cgst, tax - cgst, 0)


def round_bill(total_paise: int) -> tuple[int, int]:
    """Round a bill to whole rupees (half a rupee up). Returns (rounded, round_off)."""
    rounded = ((total_paise + 50) // 100) * 100
    return rounded, rounded - total_paise


def percent_of(amount_paise: int, basis_points: int) -> int:
    """``basis_points`` / 100 percent of an amount (1250 = 12.5 %), rounded half up."""
    return round_half_up_div(amount_paise * basis_points, 10_000)


def allocate(amount: int, weights: list[int]) -> list[int]:
    """Split ``amount`` across ``weights`` proportionally, exactly (largest remainder).

    Used to spread a bill discount over its lines so each line's tax is computed on what the
    buyer really paid for it; the parts always add up to ``amount``.
    """
    total = sum(weights)
    if amount == 0 or total == 0:
        return [0] * len(weights)
    if amount > total:
        raise ValueError("cannot allocate more than the total weight")
    shares = [amount * w // total for w in weights]
    remainders = sorted(
        range(len(weights)), key=lambda i: (-(amount * weights[i] % total), i)
    )
    for i in remainders[: amount - sum(shares)]:
        shares[i] += 1
    return shares


def format_inr(paise: int, *, locale: str = "en_IN", decimals: bool = True) -> str:
    """₹1,23,456.00 (Indian grouping). ``decimals=False`` gives ₹1,23,456 for whole rupees."""
    # Imported on first use: Babel's import is not needed by commands that print no money.
    from babel.numbers import format_currency

    value = Decimal(paise) / 100
    if not decimals:
        return format_currency(value, "INR", format="¤#,##,##0", locale=locale,
                               currency_digits=False)
    return format_currency(value, "INR", locale=locale)


def format_number(value: int, *, locale: str = "en_IN") -> str:
    """An integer with Indian grouping (1,23,456)."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=locale)


def rupees(paise: int) -> str:
    """Plain rupees with two decimals and no grouping, for CSV and wire formats: -12.50."""
    sign = "-" if paise < 0 else ""
    whole, part = divmod(abs(paise), 100)
    return f"{sign}{whole}.{part:02d}"


_RUPEES_RE = re.compile(r"^\s*(?:₹|rs\.?|inr)?\s*(-)?\s*([0-9][0-9,]*)(?:\.([0-9]{1,2}))?\s*$",
                        re.IGNORECASE)


def parse_rupees(text: str) -> int:
    """Parse '1,234.50', '₹ 99', 'Rs. 12.5' into paise. Raises InputError otherwise."""
    match = _RUPEES_RE.match(str(text))
    if not match:
        raise InputError(f"'{text}' is not an amount in rupees (e.g. 1250 or 1,250.50)")
    negative, whole, frac = match.groups()
    paise = int(whole.replace(",", "")) * 100 + int((frac or "0").ljust(2, "0"))
    return -paise if negative else paise


_ONES = (
    "", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
    "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen",
    "Eighteen", "Nineteen",
)
_TENS = ("", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety")


def _below_hundred(n: int) -> str:
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(f"{_ONES[hundreds]} Hundred")
    if rest:
        parts.append(_below_hundred(rest))
    return " ".join(parts)


def number_in_words(n: int) -> str:
    """A whole number in Indian English words: 12,34,567 -> Twelve Lakh Thirty-Four ..."""
    if n == 0:
        return "Zero"
    if n < 0:
        return "Minus " + number_in_words(-n)
    parts = []
    crore, n = divmod(n, 10_000_000)
    lakh, n = divmod(n, 100_000)
    thousand, n = divmod(n, 1000)
    if crore:
        parts.append(f"{number_in_words(crore)} Crore")
    if lakh:
        parts.append(f"{_below_hundred(lakh)} Lakh")
    if thousand:
        parts.append(f"{_below_hundred(thousand)} Thousand")
    if n:
        parts.append(_below_thousand(n))
    return " ".join(parts)


def amount_in_words(paise: int) -> str:
    """'Rupees One Lakh Twenty Thousand and Fifty Paise Only', as printed on invoices."""
    rupee_part, paise_part = divmod(abs(paise), 100)
    text = f"Rupees {number_in_words(rupee_part)}"
    if paise_part:
        text += f" and {number_in_words(paise_part)} Paise"
    return ("Minus " if paise < 0 else "") + text + " Only"
