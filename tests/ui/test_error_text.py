"""The commonest messages from ``pos`` are said whole in Hindi, details kept.

Each message is produced by the real ``pos`` code, so a change of wording there that the
app no longer recognises fails here instead of showing English on a Hindi screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from pos import catalogue, days, payments, phone, printing, sales, staff, store
from pos.cart import Buyer, Cart
from pos.errors import InputError, MelaError, PrinterError
from pos.staff import StaffLocked, WrongPin
from tests.helpers.selling import add_product
from ui.i18n import Translations
from ui.messages import explain


@pytest.fixture
def hindi(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translations = Translations()
    translations.set_language("hi")
    yield
    translations.set_language("en")


def _raised(action: Callable[[], object]) -> MelaError:
    with pytest.raises(MelaError) as caught:
        action()
    return caught.value


def _pos_messages(db: store.Database) -> list[tuple[MelaError, str]]:
    """(exception from pos, a detail that must survive translation)."""
    now = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    return [
        (_raised(lambda: payments.validate_payment(
            payments.Payment("upi", 100_00, reference="12345"))), "12345"),
        (_raised(lambda: payments.validate_cover(
            500_00, [payments.Payment("cash", 200_00)])), "₹300.00"),
        (_raised(lambda: phone.normalise_mobile("98765")), "98765"),
        (_raised(lambda: phone.normalise_mobile("98x65")), "98x65"),
        (_raised(lambda: phone.normalise_mobile("")), ""),
        (_raised(lambda: printing._configured(db, None)), "→"),
        (PrinterError(printing._why("thermal printer", OSError("no device"))), ""),
        (WrongPin("Wrong PIN for Sunita Devi. 3 tries left before a 5-minute lock."),
         "Sunita Devi"),
        (StaffLocked(staff._lock_message("Sunita Devi", now + timedelta(minutes=4), now)),
         "Sunita Devi"),
        (InputError("Only 0 of TS-STOLE (Tussar Silk Stole) in stock, 1 on the bill; "
                    "a manager can allow selling below stock."), "TS-STOLE"),
        *_bill_messages(db),
    ]


def _bill_messages(db: store.Database) -> list[tuple[MelaError, str]]:
    """What checking a bill at the pay step says, from the real cart and checkout code."""
    painting = add_product(db, "MB-BIG", 60_000_00, name_en="Madhubani Kohbar panel")
    stole = add_product(db, "TS-STOLE", 2_500_00, name_en="Tussar Silk Stole")

    def bill(*products: Any, **buyer: str) -> Cart:
        cart = Cart()
        for product in products:
            cart.add(product)
        cart.buyer = Buyer(**buyer)
        return cart

    igst = bill(stole)
    igst.inter_state = True
    gone = bill(stole)
    with store.write(db):
        catalogue.upsert_product(db, {"sku": "TS-STOLE", "active": False})
    return [
        (_raised(lambda: days.require_open_day(db)), ""),
        (_raised(lambda: Cart().check_ready()), ""),
        (_raised(lambda: bill(stole, gstin="10AAAGU0487K1Z9").check_ready()), "GSTIN"),
        (_raised(lambda: bill(painting).check_ready()), "₹50,000"),
        (_raised(lambda: sales._check_place_of_supply(igst, "10")), "IGST"),
        (_raised(lambda: sales._refresh_lines(db, gone)), "Tussar Silk Stole"),
    ]


def test_common_pos_messages_are_whole_hindi_sentences(hindi, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = store.open_store(tmp_path)
    messages = _pos_messages(db)
    db.close()
    for exc, detail in messages:
        text = explain(exc)
        assert detail in text, text
        assert any("\u0900" <= ch <= "\u097f" for ch in text), text
        # No English sentence left over (names and codes are kept as they are).
        for word in ("the", "is", "not", "Wrong", "left", "digits"):
            assert f" {word} " not in f" {text} ", text


def test_english_screens_get_the_message_unchanged() -> None:
    exc = _raised(lambda: phone.normalise_mobile("98765"))
    assert explain(exc, "en") == str(exc)


def test_unknown_messages_keep_the_hindi_headline(hindi) -> None:  # type: ignore[no-untyped-def]
    text = explain(InputError("Something unusual happened."))
    headline, detail = text.split("\n", 1)
    assert headline == "कृपया जाँचें:" and detail == "Something unusual happened."
