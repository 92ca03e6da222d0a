"""Buyer mobile numbers: the one rule for what the stall accepts and how it is stored.

A buyer's number is kept only to call or WhatsApp them about a product, so it must be an
Indian *mobile*: a Patna landline (0612 2234567) cannot receive WhatsApp and is refused.
Numbers are read the way stall staff type them (``98765 43210``, ``+91-98765-43210``,
``098765 43210``, ``0091 98765 43210``) and stored as E.164 (``+919876543210``), the form
the hub and messaging services expect. ``phonenumbers`` (Google's libphonenumber data)
decides what is a valid Indian mobile, so new number series need no code change.
"""

from __future__ import annotations

import re
from types import ModuleType

from pos.errors import InputError

REGION = "IN"
COUNTRY_CODE = 91

# Only what people type around digits; anything else (letters, '#', '*') is refused rather
# than letting phonenumbers turn vanity letters into digits.
_ALLOWED = re.compile(r"^[0-9+\-\s().]+$")


def _phonenumbers() -> ModuleType:
    """``phonenumbers``, imported on first use: its metadata costs about 30 ms, which the
    sell screen (``pos.cart`` imports this module) must not pay before its first paint."""
    import phonenumbers

    return phonenumbers


def normalise_mobile(text: str) -> str:
    """An Indian mobile number as typed, in E.164 (``+919876543210``).

    Raises:
        InputError: empty, not a phone number, not Indian, too short or long, or a landline.
    """
    raw = (text or "").strip()
    if not raw:
        raise InputError("Enter the buyer's mobile number.")
    if not _ALLOWED.match(raw):
        raise InputError(
            f"'{raw}' is not a phone number: use digits only, e.g. 98765 43210."
        )
    phonenumbers = _phonenumbers()
    try:
        number = phonenumbers.parse(raw, REGION)
    except phonenumbers.NumberParseException as exc:
        raise InputError(
            f"'{raw}' is not a phone number: use digits only, e.g. 98765 43210."
        ) from exc
    if number.country_code != COUNTRY_CODE:
        raise InputError(
            f"'{raw}' is not an Indian number; only Indian mobiles (+91) can be taken."
        )
    if not phonenumbers.is_valid_number(number):
        digits = re.sub(r"\D", "", raw)
        raise InputError(
            f"'{raw}' is not a valid Indian mobile number ({len(digits)} digits); "
            "a mobile has 10 digits, e.g. 98765 43210."
        )
    mobile_types = (phonenumbers.PhoneNumberType.MOBILE,
                    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    if phonenumbers.number_type(number) not in mobile_types:
        raise InputError(
            f"'{raw}' is a landline, not a mobile; ask the buyer for a mobile number "
            "that can receive calls and WhatsApp."
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_for_display(e164: str | None) -> str:
    """A stored number the way Indians read it: ``+91 98765 43210``; '' for none (erased)."""
    if not e164:
        return ""
    phonenumbers = _phonenumbers()
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
