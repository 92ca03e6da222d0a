"""GSTIN (GST identification number) checks.

A GSTIN is 15 characters: a two-digit state code, the holder's PAN (5 letters, 4 digits, a
letter), an entity number, the letter Z, and a check character computed mod 36 over the
first 14. A typo on a B2B invoice makes the buyer lose the input tax credit, so the check
character is verified, not just the shape.
"""

from __future__ import annotations

import re

from pos.errors import InputError

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SHAPE = re.compile(r"^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$")

# State and union territory codes used in GSTINs (97 = other territory, 99 = centre).
STATE_CODES = frozenset(
    [f"{n:02d}" for n in range(1, 39)] + ["97", "99"]
)


def check_character(first14: str) -> str:
    """The mod-36 check character for the first 14 characters of a GSTIN."""
    total = 0
    for position, char in enumerate(first14):
        product = _ALPHABET.index(char) * (2 if position % 2 else 1)
        total += product // 36 + product % 36
    return _ALPHABET[(36 - total % 36) % 36]


def validate_gstin(text: str) -> str:
    """The GSTIN normalised to upper case without spaces, or InputError saying what is wrong."""
    gstin = re.sub(r"\s+", "", str(text or "")).upper()
    if len(gstin) != 15:
        raise InputError(f"A GSTIN has 15 characters; '{text}' has {len(gstin)}.")
    if not _SHAPE.match(gstin):
        raise InputError(
            f"'{gstin}' is not a GSTIN: expected 2 digits, a 10-character PAN, an entity "
            "number, Z and a check character."
        )
    if gstin[:2] not in STATE_CODES:
        raise InputError(f"'{gstin}' starts with {gstin[:2]}, which is not a GST state code.")
    if check_character(gstin[:14]) != gstin[14]:
        raise InputError(f"'{gstin}' is mistyped: its check character does not match.")
    return gstin


def state_code(gstin: str) -> str:
    """The two-digit state code of a (valid) GSTIN, e.g. '10' for Bihar."""
    return validate_gstin(gstin)[:2]
