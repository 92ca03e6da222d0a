"""Indian mobile numbers, validated with ``phonenumbers`` and stored as E.164.

One rule for every place a buyer's phone is taken (bills, leads, pre-orders): a follow-up
by SMS or WhatsApp needs a mobile, so a landline is refused even when it is a valid number.
"""

from __future__ import annotations

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType

from pos.errors import InputError

_MOBILE_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)


def normalise_mobile(text: str) -> str:
    """An Indian mobile number as E.164 (+919876543210).

    Accepts +91, 0-prefixed, 91-prefixed and spaced or dashed forms.

    Raises:
        InputError: empty, malformed, not Indian, or not a mobile number.
    """
    raw = str(text or "").strip()
    if not raw:
        raise InputError("Enter the buyer's mobile number.")
    try:
        number = phonenumbers.parse(raw, "IN")
    except NumberParseException as exc:
        raise InputError(f"'{raw}' is not a phone number.") from exc
    if number.country_code != 91:
        raise InputError(f"'{raw}' is not an Indian number; enter a +91 mobile number.")
    if not phonenumbers.is_valid_number(number):
        raise InputError(f"'{raw}' is not a valid Indian phone number.")
    if phonenumbers.number_type(number) not in _MOBILE_TYPES:
        raise InputError(f"'{raw}' is a landline; enter a mobile number.")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
