"""GSTIN checksum, mobile numbers and the seller profile."""

from __future__ import annotations

import pytest

from pos.errors import InputError
from pos.gstin import check_character, state_code, validate_gstin
from pos.phone import normalise_mobile
from pos.profile import (
    SellerProfile,
    discount_limit_bp,
    save_seller_profile,
    seller_profile,
    set_discount_limit_bp,
)

VALID = "27AAPFU0939F1ZV"  # a published sample GSTIN (Maharashtra)
BIHAR_GSTIN = "10AABCU9603R1Z" + check_character("10AABCU9603R1Z")


def test_valid_gstin_is_normalised() -> None:
    assert validate_gstin(" 27aapfu0939f1zv ") == VALID
    assert state_code(VALID) == "27"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("27AAPFU0939F1ZW", "check character"),
        ("27AAPFU0939F1Z", "15 characters"),
        ("2AAAPFU0939F1ZV", "not a GSTIN"),
        ("00AAPFU0939F1ZV", "state code"),
    ],
)
def test_bad_gstin_says_what_is_wrong(text: str, words: str) -> None:
    with pytest.raises(InputError, match=words):
        validate_gstin(text)


@pytest.mark.parametrize(
    "text", ["9876543210", "+91 98765 43210", "098765-43210", "91 9876543210"]
)
def test_mobile_forms_accepted(text: str) -> None:
    assert normalise_mobile(text) == "+919876543210"


@pytest.mark.parametrize(
    ("text", "words"),
    [("0612 2234567", "landline"), ("12345", "not a valid"), ("+1 415 555 0100", "Indian"),
     ("", "Enter"), ("abc", "not a")],
)
def test_bad_mobiles_refused(text: str, words: str) -> None:
    with pytest.raises(InputError, match=words):
        normalise_mobile(text)


def test_profile_round_trip_and_doc_type(db) -> None:
    assert seller_profile(db).doc_type == "bill_of_supply"
    saved = save_seller_profile(db, SellerProfile(
        name="Upendra Maharathi Stall", address="Patna", gstin=BIHAR_GSTIN.lower(),
        upi_vpa=" umsas@sbi ", upi_payee_name="UMSAS"))
    assert saved.gstin == BIHAR_GSTIN and saved.upi_vpa == "umsas@sbi"
    assert seller_profile(db) == saved
    assert saved.doc_type == "tax_invoice"
    composition = save_seller_profile(db, SellerProfile(name="x", gstin=BIHAR_GSTIN,
                                                        composition=True))
    assert composition.doc_type == "bill_of_supply"


@pytest.mark.parametrize(
    ("profile", "words"),
    [
        (SellerProfile(gstin=VALID), "belongs to state 27"),
        (SellerProfile(upi_vpa="not-a-vpa"), "UPI ID"),
        (SellerProfile(composition=True), "needs a GSTIN"),
        (SellerProfile(state_code="77"), "state code"),
    ],
)
def test_bad_profile_refused_and_not_saved(db, profile: SellerProfile, words: str) -> None:
    with pytest.raises(InputError, match=words):
        save_seller_profile(db, profile)
    assert seller_profile(db) == SellerProfile()


def test_discount_limit(db) -> None:
    assert discount_limit_bp(db) == 1000
    set_discount_limit_bp(db, 1500)
    assert discount_limit_bp(db) == 1500
    with pytest.raises(InputError):
        set_discount_limit_bp(db, 20000)
