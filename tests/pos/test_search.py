"""Catalogue search as the cashier types: SKU, barcode, English and Hindi substrings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pos import catalogue, demo_catalogue, store
from pos.errors import NotFound


@pytest.fixture(scope="module")
def stall(tmp_path_factory: pytest.TempPathFactory) -> Iterator[store.Database]:
    """The demo catalogue plus 3,000 synthetic products (shared: searches only read)."""
    db = store.open_store(Path(tmp_path_factory.mktemp("stall")))
    catalogue.load_demo(db)
    demo_catalogue.add_synthetic_products(db, 3000, seed=11)
    yield db
    db.close()


def skus(products: list[catalogue.Product]) -> set[str]:
    return {p.sku for p in products}


def brute_force(db: store.Database, text: str, craft: str | None = None) -> list[str]:
    """What search must return, computed the slow, obvious way in Python."""
    words = text.lower().split()
    rows = db.execute(
        "SELECT sku, coalesce(barcode, ''), name_en, name_hi, craft_code FROM products "
        "WHERE active = 1 ORDER BY name_en COLLATE NOCASE, sku"
    ).fetchall()
    return [
        r[0] for r in rows
        if (craft is None or r[4] == craft)
        and all(any(w in field.lower() for field in r[:4]) for w in words)
    ]


@pytest.mark.parametrize("text", [
    "", "m", "mb", "fish", "FISH", "madhubani fish", "fish madhubani", "sikki", "ikk",
    "सिक्की", "सि", "म", "मछली", "मोर", "चूड़ियाँ", "तसर सिल्क", "sk-", "SK-PAUTI", "89012",
    "8901234000", "syn-00", "29000000", "peacock", "पेपरमेशी", "zzzq", "q", "%", "_", "a_b",
    "lotus कमल", "mâché", "MÂCHÉ", '"silk"', "sk-pauti*", "NEAR(fish", "a' OR 1=1 --", "  ",
])
def test_search_matches_brute_force(stall: store.Database, text: str) -> None:
    expected = brute_force(stall, text)
    got = catalogue.search(stall, text, limit=60)
    assert [p.sku for p in got] == expected[:60]
    assert catalogue.count(stall, text) == len(expected)


@pytest.mark.parametrize(("text", "sku"), [
    ("Fish Pair", "MB-FISH-A4"),
    ("मछली जोड़ा", "MB-FISH-A4"),
    ("pauti", "SK-PAUTI"),
    ("पौती", "SK-PAUTI"),
    ("sk-pa", "SK-PAUTI"),
    ("ghicha", "TS-SAREE-GHICHA"),
    ("घीचा", "TS-SAREE-GHICHA"),
    ("खल", "PK-KHAL-MUSAL"),
    ("kosi", "TC-KOSI-HATHI"),
])
def test_finds_named_product(stall: store.Database, text: str, sku: str) -> None:
    assert sku in skus(catalogue.search(stall, text))


def test_barcode_substring_and_exact_code(stall: store.Database) -> None:
    pauti = catalogue.get(stall, "SK-PAUTI")
    assert pauti.barcode
    assert "SK-PAUTI" in skus(catalogue.search(stall, pauti.barcode[-6:]))
    assert catalogue.find_by_code(stall, pauti.barcode) == pauti
    assert catalogue.find_by_code(stall, "sk-pauti") == pauti
    assert catalogue.find_by_code(stall, "SK-PAUT") is None
    assert catalogue.find_by_code(stall, "") is None


def test_craft_filter(stall: store.Database) -> None:
    lac = catalogue.search(stall, "", "LAC", limit=1000)
    assert lac and {p.craft_code for p in lac} == {"LAC"}
    assert catalogue.count(stall, "", "LAC") == len(lac)
    assert [p.sku for p in catalogue.search(stall, "bangle", "LAC", limit=1000)] == brute_force(
        stall, "bangle", "LAC")
    assert catalogue.search(stall, "madhubani", "LAC") == []


def test_pages_are_stable_and_complete(stall: store.Database) -> None:
    total = catalogue.count(stall, "peacock")
    pages = [catalogue.search(stall, "peacock", limit=25, offset=o) for o in range(0, total, 25)]
    joined = [p.sku for page in pages for p in page]
    assert joined == brute_force(stall, "peacock")


def test_product_fields(stall: store.Database) -> None:
    saree = catalogue.get(stall, "TS-SAREE-ZARI")
    assert saree.mrp_paise == 12_000_00 and saree.gst_rate == 5 and saree.hsn == "5007"
    assert saree.artisan_name == "Mohammad Iqbal Ansari"
    assert saree.stock == 3 and saree.active and not saree.one_of_a_kind
    assert set(saree.listing_urls) == {"amazon", "flipkart"}
    with pytest.raises(NotFound):
        catalogue.get(stall, "NO-SUCH")


def test_retired_products_are_hidden(db: store.Database) -> None:
    catalogue.load_demo(db)
    with store.write(db):
        catalogue.upsert_product(db, {"sku": "SK-PAUTI", "active": False})
    assert "SK-PAUTI" not in skus(catalogue.search(db, "pauti"))
    assert catalogue.find_by_code(db, "SK-PAUTI") is None
    assert catalogue.get(db, "SK-PAUTI").active is False


def test_renamed_product_is_found_by_its_new_name(db: store.Database) -> None:
    catalogue.load_demo(db)
    with store.write(db):
        catalogue.upsert_product(db, {"sku": "SK-PAUTI", "name_en": "Sikki Bridal Casket",
                                      "name_hi": "सिक्की दुल्हन मंजूषा", "mrp_paise": 130000})
    assert [p.sku for p in catalogue.search(db, "casket")] == ["SK-PAUTI"]
    assert catalogue.search(db, "पौती") == []  # the old Hindi name is gone from the index
    assert catalogue.get(db, "SK-PAUTI").mrp_paise == 130000


def test_upsert_product_new_needs_required_fields(db: store.Database) -> None:
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError), store.write(db):
        catalogue.upsert_product(db, {"sku": "NEW-1", "mrp_paise": 100})
    assert catalogue.is_empty(db)


def test_store_picture_is_content_addressed(db: store.Database) -> None:
    data = (Path(__file__).parents[2] / "assets/demo/pictures/sk-pauti.jpg").read_bytes()
    with store.write(db):
        first = catalogue.store_picture(db, data)
        second = catalogue.store_picture(db, data)
    assert first == second and catalogue.picture(db, first) == data
    assert db.execute("SELECT width, height FROM pictures").fetchone() == (240, 240)
    assert catalogue.picture(db, "0" * 64) is None


def test_search_text_follows_every_change(db: store.Database) -> None:
    """The joined search text is kept by triggers, whoever writes the product."""
    catalogue.load_demo(db)
    demo_catalogue.add_synthetic_products(db, 50, seed=2)
    with store.write(db):
        db.execute("UPDATE products SET barcode = NULL WHERE sku = 'SK-PAUTI'")
        db.execute("UPDATE products SET search_text = 'stale' WHERE sku = 'SK-BASKET-S'")
        catalogue.upsert_product(db, {"sku": "TC-SURAHI", "name_hi": "मटका सुराही"})
    stale = db.execute(
        "SELECT sku FROM products WHERE search_text IS NOT "
        "(sku || char(31) || coalesce(barcode, '') || char(31) || name_en || char(31) || name_hi)"
    ).fetchall()
    assert stale == []
    assert [p.sku for p in catalogue.search(db, "मट")] == ["TC-SURAHI"]


@pytest.mark.parametrize("text", ["", "p", "syn", "peacock", "मोर", "zq", "gh"])
@pytest.mark.parametrize("craft", [None, "SIKKI"])
def test_capped_count(stall: store.Database, text: str, craft: str | None) -> None:
    full = len(brute_force(stall, text, craft))
    assert catalogue.count(stall, text, craft) == full
    assert catalogue.count(stall, text, craft, cap=100) == min(full, 100)
