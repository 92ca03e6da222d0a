"""The bundled demo catalogue: complete, correct Hindi, real pictures, valid tax data."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from PIL import Image

from pos import catalogue, resources, store
from pos.catalogue_file import has_devanagari, parse_catalogue_file
from pos.schema import GST_RATES

DEMO = resources.asset("demo")
DOC = json.loads((DEMO / "catalogue.json").read_text(encoding="utf-8"))
GSTIN_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def gstin_check_char(first14: str) -> str:
    """The standard GSTIN checksum (mod 36, alternate weights 1 and 2)."""
    total = 0
    for i, ch in enumerate(first14):
        value = GSTIN_CHARS.index(ch) * (2 if i % 2 else 1)
        total += value // 36 + value % 36
    return GSTIN_CHARS[(36 - total % 36) % 36]


def test_demo_file_parses_without_errors() -> None:
    parsed = parse_catalogue_file(DEMO / "catalogue.json")
    assert parsed.errors == []


def test_size_and_coverage() -> None:
    assert len(DOC["crafts"]) >= 14
    assert len(DOC["products"]) >= 80
    crafts_used = {p["craft_code"] for p in DOC["products"]}
    assert crafts_used == {c["code"] for c in DOC["crafts"]}, "every craft has products"
    total = sum(f.stat().st_size for f in DEMO.rglob("*") if f.is_file())
    assert total < 5 * 1024 * 1024


@pytest.mark.parametrize("product", DOC["products"], ids=lambda p: p["sku"])
def test_every_product(product: dict) -> None:
    assert has_devanagari(product["name_hi"]) and not re.search(r"[A-Za-z]", product["name_hi"])
    assert product["name_en"].strip()
    assert product["gst_rate"] in GST_RATES
    assert re.fullmatch(r"\d{4}|\d{6}|\d{8}", product["hsn"])
    assert 50_00 <= product["mrp_paise"] <= 35_000_00
    assert product["artisan_id"] in {a["id"] for a in DOC["artisans"]}
    picture = DEMO / product["picture"]
    with Image.open(io.BytesIO(picture.read_bytes())) as img:
        img.load()
        assert img.format == "JPEG" and img.size == (240, 240)
    if product["one_of_a_kind"]:
        assert product["stock"] == 1
    for url in product["listing_urls"].values():
        assert url.startswith("https://")


def test_tax_rules_follow_the_product_kind() -> None:
    """Apparel and made-ups above ₹2,500 a piece at 18%, imitation jewellery at 3%."""
    for p in DOC["products"]:
        if p["hsn"][:2] in ("61", "62", "63"):
            expected = 18 if p["mrp_paise"] > 2500_00 else 5
            assert p["gst_rate"] == expected, p["sku"]
        if p["hsn"] == "7117":
            # Bangles of lac are exempt; other imitation jewellery is at 3%.
            bangle = any(w in p["name_en"].lower() for w in ("bangle", "kada", "chura"))
            assert p["gst_rate"] == (0 if bangle and p["craft_code"] == "LAC" else 3), p["sku"]
    assert any(p["mrp_paise"] == 50_00 for p in DOC["products"])
    assert any(p["mrp_paise"] == 35_000_00 for p in DOC["products"])


def test_pictures_are_distinct() -> None:
    data = [(DEMO / p["picture"]).read_bytes() for p in DOC["products"]]
    assert len(set(data)) == len(data)


def test_seller_profile_gstin_is_valid_for_bihar() -> None:
    profile = DOC["seller_profile"]
    gstin = profile["gstin"]
    assert re.fullmatch(r"10[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]", gstin)
    assert gstin[-1] == gstin_check_char(gstin[:14])
    assert gstin_check_char("27AAPFU0939F1Z") == "V"  # a published valid GSTIN
    assert profile["state_code"] == "10" and profile["composition"] is False


def test_load_demo_and_ensure_demo(db: store.Database) -> None:
    assert catalogue.ensure_demo(db) is True
    assert catalogue.count(db) == len(DOC["products"])
    assert len(catalogue.crafts(db)) == len(DOC["crafts"])
    assert store.get_setting(db, "seller_profile") == DOC["seller_profile"]
    device_id = db.execute("SELECT device_id FROM device").fetchone()[0]
    moves = db.execute(
        "SELECT DISTINCT kind, device_id, device_seq FROM stock_movements"
    ).fetchall()
    assert moves == [("allocation", device_id, None)]
    assert db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
    for product in catalogue.search(db, limit=500):
        assert product.picture_sha256 and catalogue.picture(db, product.picture_sha256)
        assert product.stock > 0
    assert catalogue.ensure_demo(db) is False
    assert catalogue.count(db) == len(DOC["products"])


def test_make_pictures_is_deterministic(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_pictures", DEMO / "make_pictures.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    product = DOC["products"][0]
    out = io.BytesIO()
    module.draw_product(product).save(out, "JPEG", quality=82, optimize=True)
    assert out.getvalue() == (DEMO / product["picture"]).read_bytes()
