"""Buyer mobile numbers: what is accepted, how it is stored, and what is refused."""

from __future__ import annotations

import pytest

from pos.errors import InputError
from pos.phone import format_for_display, normalise_mobile

GOOD = [
    ("9876543210", "+919876543210"),
    ("98765 43210", "+919876543210"),
    ("98765-43210", "+919876543210"),
    ("+91 98765 43210", "+919876543210"),
    ("+91-98765-43210", "+919876543210"),
    ("+919876543210", "+919876543210"),
    ("09876543210", "+919876543210"),
    ("098765 43210", "+919876543210"),
    ("0091 98765 43210", "+919876543210"),
    ("91 98765 43210", "+919876543210"),
    ("  7004512345 ", "+917004512345"),
    ("(0) 6200 123 456", "+916200123456"),
]

BAD = [
    ("", "Enter the buyer's mobile number"),
    ("   ", "Enter the buyer's mobile number"),
    ("0612 2234567", "landline"),          # Patna landline
    ("0612-2234567", "landline"),
    ("+91 612 223 4567", "landline"),
    ("011 2345 6789", "landline"),         # Delhi landline
    ("12345", "not a valid Indian mobile"),
    ("98765", "not a valid Indian mobile"),
    ("98765432101234", "not a valid Indian mobile"),
    ("abcdefghij", "not a phone number"),
    ("98765abcde", "not a phone number"),
    ("9876543210#", "not a phone number"),
    ("+1 650 253 0000", "not an Indian number"),
    ("+44 7700 900123", "not an Indian number"),
    ("+977 9841234567", "not an Indian number"),
]


@pytest.mark.parametrize(("typed", "e164"), GOOD)
def test_accepts_indian_mobiles_in_every_usual_form(typed: str, e164: str) -> None:
    assert normalise_mobile(typed) == e164


@pytest.mark.parametrize(("typed", "message"), BAD)
def test_refuses_with_one_clear_message(typed: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        normalise_mobile(typed)


def test_display_form_is_grouped_the_indian_way() -> None:
    assert format_for_display("+919876543210") == "+91 98765 43210"
    assert format_for_display(None) == ""
    assert format_for_display("") == ""
