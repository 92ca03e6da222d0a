"""A stall whose bills are made by the real checkout, for the document tests.

Building staff (scrypt PIN hashes) and 64 products takes a moment, so one template stall is
built per test session and each test gets its own copy of the database file.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from pos import catalogue, days, preorders, profile, returns, staff, stock, store
from pos.cart import Buyer, Cart, Discount
from pos.ids import ist_today
from pos.payments import Payment
from pos.sales import Sale, checkout
from tests.helpers.doc_fixtures import LONG_NAMES, SELLER
from tests.helpers.selling import utr

PRODUCTS = 64
CRAFTS = (("madhubani", "Madhubani painting", "मधुबनी चित्रकला"),
          ("sikki", "Sikki grass work", "सिक्की घास कला"),
          ("silk", "Bhagalpuri silk", "भागलपुरी सिल्क"),
          ("manjusha", "Manjusha art", "मंजूषा कला"))
RATES = (5, 12, 5, 18)


def sku(i: int) -> str:
    """The SKU of the i-th template product."""
    return f"MB-{1000 + i}"


@dataclass
class DocStall:
    """A stall with staff, a catalogue with stock, and an open business day."""

    db: store.Database
    data_dir: Path
    cashier: str
    manager: str
    day_id: str

    def sell(self, items: list[tuple[int, int]], payments: list[Payment] | None = None, *,
             buyer: Buyer | None = None, inter_state: bool = False,
             line_discount: Discount | None = None,
             bill_discount: Discount | None = None) -> Sale:
        """Ring up (product index, qty) pairs; pays the total in cash unless told."""
        cart = Cart()
        for index, qty in items:
            cart.add(catalogue.get(self.db, sku(index)), qty)
        if line_discount:
            cart.set_line_discount(0, line_discount)
        cart.bill_discount = bill_discount
        cart.inter_state = inter_state
        if buyer:
            cart.buyer = buyer
        total = cart.totals().total_paise
        if payments is None:
            payments = [Payment("cash", total, ((total + 49_999) // 50_000) * 50_000)]
        approver = self.manager if (line_discount or bill_discount) else None
        return checkout(self.db, cart, payments, staff_id=self.cashier, approved_by=approver)

    def refund(self, invoice_no: str, lines: dict[str, int] | None = None,
               method: str = "cash", reference: str | None = None) -> returns.RefundResult:
        """Refund pieces of a bill (all that is left when ``lines`` is None)."""
        return returns.refund(self.db, invoice_no, lines=lines, method=method,
                              reference=reference,
                              reason="Colour not as expected", staff_id=self.cashier,
                              approved_by=self.manager)

    def void(self, invoice_no: str) -> None:
        """Void a whole bill."""
        returns.void(self.db, invoice_no, reason="Wrong item keyed", staff_id=self.cashier,
                     approved_by=self.manager)

    def preorder(self) -> preorders.Preorder:
        """A pre-order for a large painting and a pair of sikki elephants, ₹5,000 advance."""
        promised = ist_today() + timedelta(days=21)
        return preorders.take_preorder(
            self.db, phone="9876543210", buyer_name="Anjali Sinha",
            address="Flat 4B, Ashiana Towers, Boring Road, Patna", pin_code="800001",
            promised_date=promised,
            items=[{"description": "Madhubani painting, Ardhanarishvara, 30 x 40 inch",
                    "qty": 1, "unit_price_paise": 1_850_000},
                   {"sku": sku(1), "description": "Sikki grass elephant pair", "qty": 2,
                    "unit_price_paise": 125_000}],
            advance=[Payment("upi", 500_000, reference=utr())],
            staff_id=self.cashier, note="Call before delivery; gift wrap.")

    def close_day(self, counted: dict[Any, Any]) -> days.ZReport:
        """Close the business day with a drawer count."""
        return days.close_day(self.db, self.day_id, counted=counted, staff_id=self.cashier,
                              approved_by=self.manager)

    @property
    def business_date(self) -> date:
        """The open day's IST date."""
        return date.fromisoformat(days.get_day(self.db, self.day_id).business_date)


def _build(data_dir: Path) -> None:
    db = store.open_store(data_dir)
    try:
        profile.save_seller_profile(db, profile.SellerProfile(**SELLER))
        manager = staff.create_staff(db, "Asha Devi", "manager", "4321")
        staff.create_staff(db, "Sunita Devi", "cashier", "1111")
        with store.write(db):
            for code, en, hi in CRAFTS:
                catalogue.upsert_craft(db, {"code": code, "name_en": en, "name_hi": hi})
            catalogue.upsert_artisan(db, {"id": "baua", "name": "Baua Devi",
                                          "name_hi": "बौआ देवी", "craft_code": "madhubani"})
            for i in range(PRODUCTS):
                en, hi = LONG_NAMES[i % len(LONG_NAMES)]
                catalogue.upsert_product(db, {
                    "sku": sku(i), "barcode": f"890{i:010d}", "name_en": en, "name_hi": hi,
                    "craft_code": CRAFTS[i % len(CRAFTS)][0], "hsn": "9701",
                    "artisan_id": "baua" if i % 3 == 0 else None,
                    "gst_rate": RATES[i % len(RATES)], "mrp_paise": 45_000 + 1_275 * i,
                    "listing_urls": ({"amazon": f"https://www.amazon.in/dp/B0MELA{i:04d}"}
                                     if i % 2 == 0 else {}),
                })
        for i in range(PRODUCTS):
            stock.allocate_local(db, sku(i), 20)
        days.open_day(db, staff_id=manager.id, float_paise=200_000)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()


@pytest.fixture(scope="session")
def doc_stall_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template stall's data folder, built once."""
    folder = tmp_path_factory.mktemp("doc-stall")
    _build(folder)
    return folder


@pytest.fixture
def doc_stall(doc_stall_template: Path, tmp_path: Path) -> Iterator[DocStall]:
    """A private copy of the template stall."""
    folder = tmp_path / "stall"
    shutil.copytree(doc_stall_template, folder)
    db = store.open_store(folder)
    people = {s.role: s.id for s in staff.list_staff(db)}
    day = days.current_day(db)
    assert day is not None
    yield DocStall(db, folder, people["cashier"], people["manager"], day.id)
    db.close()
