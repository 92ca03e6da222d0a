"""Catalogue import: good files land whole, bad rows are named, nothing partial is written."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PIL import Image

from pos import catalogue, store
from pos.catalogue_file import CSV_COLUMNS, parse_catalogue_file
from pos.errors import InputError

GOOD_ROWS = [
    {
        "sku": "MB-FISH-1", "barcode": "8901234500011", "name_en": "Madhubani Fish Painting",
        "name_hi": "मधुबनी मछली चित्र", "craft": "MADHUBANI",
        "craft_name_en": "Madhubani Painting", "craft_name_hi": "मधुबनी चित्रकला",
        "artisan_id": "A-1", "artisan_name": "Kamla Devi", "artisan_district": "Madhubani",
        "artisan_village": "Jitwarpur", "description": "Pair of fish,\non handmade paper",
        "hsn": "9701", "gst_rate": "5", "mrp": "1,250.00", "unit": "pc",
        "one_of_a_kind": "yes", "stock": "1", "picture": "pics/fish.jpg",
        "amazon_url": "https://www.amazon.in/dp/B0TEST0001", "flipkart_url": "",
    },
    {
        "sku": "SK-BANGLE", "barcode": "", "name_en": "Sikki Bangles (pair)",
        "name_hi": "सिक्की चूड़ियाँ (जोड़ी)", "craft": "SIKKI", "craft_name_en": "Sikki Grass",
        "craft_name_hi": "सिक्की कला", "artisan_id": "", "artisan_name": "",
        "artisan_district": "", "artisan_village": "", "description": "",
        "hsn": "4602", "gst_rate": "5%", "mrp": "50", "unit": "pair", "one_of_a_kind": "no",
        "stock": "40", "picture": "", "amazon_url": "",
        "flipkart_url": "https://www.flipkart.com/sikki/p/itm1",
    },
    {
        "sku": "TS-DUPATTA", "barcode": "8901234500028", "name_en": "Tussar Dupatta with Zari",
        "name_hi": "ज़री वाला तसर दुपट्टा", "craft": "TUSSAR",
        "craft_name_en": "Bhagalpuri Tussar Silk", "craft_name_hi": "भागलपुरी तसर सिल्क",
        "artisan_id": "A-1", "artisan_name": "", "artisan_district": "",
        "artisan_village": "", "description": "", "hsn": "6214", "gst_rate": "18",
        "mrp": "₹3,200", "unit": "pc", "one_of_a_kind": "no", "stock": "", "picture": "",
        "amazon_url": "", "flipkart_url": "",
    },
]


def write_csv(folder: Path, rows: list[dict[str, str]], name: str = "catalogue.csv") -> Path:
    pics = folder / "pics"
    pics.mkdir(exist_ok=True)
    Image.new("RGB", (32, 32), (200, 40, 40)).save(pics / "fish.jpg")
    (pics / "notes.jpg").write_text("this is not a picture")
    path = folder / name
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def table_counts(db: store.Database) -> dict[str, int]:
    return {
        t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("products", "crafts", "artisans", "pictures", "stock_movements", "settings")
    }


def test_good_csv(db: store.Database, tmp_path: Path) -> None:
    result = catalogue.import_file(db, write_csv(tmp_path, GOOD_ROWS))
    assert (result.products_added, result.crafts_added, result.artisans_added) == (3, 3, 1)
    assert result.pictures == 1 and result.stock_movements == 2
    fish = catalogue.get(db, "MB-FISH-1")
    assert fish.mrp_paise == 125_000 and fish.one_of_a_kind and fish.stock == 1
    assert fish.description == "Pair of fish,\non handmade paper"
    assert fish.artisan_name == "Kamla Devi"
    assert fish.listing_urls == {"amazon": "https://www.amazon.in/dp/B0TEST0001"}
    assert catalogue.picture(db, fish.picture_sha256 or "")[:2] == b"\xff\xd8"
    bangle = catalogue.get(db, "SK-BANGLE")
    assert (bangle.mrp_paise, bangle.gst_rate, bangle.unit, bangle.stock) == (5000, 5, "pair", 40)
    dupatta = catalogue.get(db, "TS-DUPATTA")
    assert (dupatta.gst_rate, dupatta.mrp_paise, dupatta.stock) == (18, 320_000, 0)
    assert [c.code for c in catalogue.crafts(db)] == ["MADHUBANI", "SIKKI", "TUSSAR"]


def test_reimport_updates_without_doubling_stock(db: store.Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path, GOOD_ROWS)
    catalogue.import_file(db, path)
    rows = [dict(r) for r in GOOD_ROWS]
    rows[1]["mrp"] = "60"
    rows[1]["stock"] = "35"
    again = catalogue.import_file(db, write_csv(tmp_path, rows))
    assert (again.products_added, again.products_updated) == (0, 3)
    assert again.stock_movements == 1
    bangle = catalogue.get(db, "SK-BANGLE")
    assert (bangle.mrp_paise, bangle.stock) == (6000, 35)
    assert catalogue.get(db, "MB-FISH-1").stock == 1


def test_good_json(db: store.Database, tmp_path: Path) -> None:
    Image.new("RGB", (16, 16), (10, 90, 200)).save(tmp_path / "silk.png")
    doc = {
        "crafts": [{"code": "TUSSAR", "name_en": "Tussar Silk", "name_hi": "तसर सिल्क"}],
        "artisans": [{"id": "A-7", "name": "Anil Tanti", "district": "Bhagalpur"}],
        "products": [{
            "sku": "TS-SAREE", "barcode": "8901234500035", "name_en": "Tussar Saree",
            "name_hi": "तसर साड़ी", "craft_code": "TUSSAR", "artisan_id": "A-7", "hsn": "5007",
            "gst_rate": 5, "mrp_paise": 1_200_000, "unit": "pc", "one_of_a_kind": False,
            "picture": "silk.png", "listing_urls": {"flipkart": "https://www.flipkart.com/x"},
            "stock": 3,
        }],
    }
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = catalogue.import_file(db, path)
    assert result.products_added == 1
    saree = catalogue.get(db, "TS-SAREE")
    assert (saree.mrp_paise, saree.stock, saree.artisan_name) == (1_200_000, 3, "Anil Tanti")
    assert db.execute("SELECT mime FROM pictures").fetchone()[0] == "image/png"


BAD_ROWS = [
    ("sku", "mb fish!", "SKU 'MB FISH!'"),
    ("name_en", "", "English name (name_en) is empty"),
    ("name_hi", "", "Hindi name (name_hi) is empty"),
    ("name_hi", "Machhli", "Hindi name 'Machhli' has no Devanagari letters"),
    ("gst_rate", "7", "gst_rate 7 is not a GST rate (0, 3, 5, 12, 18, 28, 40)"),
    ("gst_rate", "five", "gst_rate five is not a GST rate"),
    ("hsn", "97", "HSN code '97' must be 4, 6 or 8 digits"),
    ("mrp", "twelve", "mrp 'twelve' is not an amount in rupees"),
    ("mrp", "-5", "price cannot be negative"),
    ("barcode", "12AB", "barcode '12AB' must be 8 to 14 digits"),
    ("unit", "box", "unit 'box'"),
    ("one_of_a_kind", "maybe", "one_of_a_kind 'maybe' must be yes or no"),
    ("stock", "-1", "stock -1 cannot be negative"),
    ("stock", "2.5", "stock '2.5' is not a whole number"),
    ("picture", "pics/missing.jpg", "picture 'pics/missing.jpg' does not exist"),
    ("picture", "pics/notes.jpg", "picture 'pics/notes.jpg' is not an image"),
    ("amazon_url", "ftp://amazon.in/x", "amazon link 'ftp://amazon.in/x' is not an http(s)"),
    ("flipkart_url", "flipkart.com/x", "flipkart link 'flipkart.com/x' is not an http(s)"),
]


@pytest.mark.parametrize(("column", "value", "message"), BAD_ROWS)
def test_bad_csv_row_is_named_and_nothing_written(
    db: store.Database, tmp_path: Path, column: str, value: str, message: str
) -> None:
    rows = [dict(r) for r in GOOD_ROWS]
    rows[2][column] = value  # the third product: line 5, since line 2-3 is one quoted row
    path = write_csv(tmp_path, rows)
    before = table_counts(db)
    with pytest.raises(InputError) as caught:
        catalogue.import_file(db, path)
    assert f"line 5: {message}" in str(caught.value)
    assert "nothing was imported" in str(caught.value)
    assert table_counts(db) == before


def test_several_bad_rows_are_all_listed(db: store.Database, tmp_path: Path) -> None:
    rows = [dict(r) for r in GOOD_ROWS]
    rows[0]["gst_rate"] = "7"
    rows[2]["name_hi"] = "Dupatta"
    with pytest.raises(InputError) as caught:
        catalogue.import_file(db, write_csv(tmp_path, rows))
    text = str(caught.value)
    assert "2 problem(s)" in text
    assert "line 2: gst_rate 7" in text and "line 5: Hindi name 'Dupatta'" in text


def test_database_checks_unknown_craft_artisan_and_taken_barcode(
    db: store.Database, tmp_path: Path
) -> None:
    catalogue.import_file(db, write_csv(tmp_path, GOOD_ROWS))
    before = table_counts(db)
    rows = [dict(r) for r in GOOD_ROWS]
    rows[1].update(sku="SK-NEW", craft="GODNA", craft_name_en="", craft_name_hi="")
    rows[2].update(sku="TS-NEW", artisan_id="A-404", barcode="8901234500011")
    with pytest.raises(InputError) as caught:
        catalogue.import_file(db, write_csv(tmp_path, rows, "second.csv"))
    text = str(caught.value)
    assert "line 4: unknown craft GODNA" in text
    assert "line 5: unknown artisan A-404" in text
    assert "line 5: barcode 8901234500011 already belongs to MB-FISH-1" in text
    assert table_counts(db) == before


def test_known_craft_needs_no_names(db: store.Database, tmp_path: Path) -> None:
    catalogue.import_file(db, write_csv(tmp_path, GOOD_ROWS))
    rows = [dict(GOOD_ROWS[1], sku="SK-NEW", craft_name_en="", craft_name_hi="")]
    assert catalogue.import_file(db, write_csv(tmp_path, rows, "b.csv")).products_added == 1


def test_duplicates_within_the_file(db: store.Database, tmp_path: Path) -> None:
    rows = [dict(r) for r in GOOD_ROWS]
    rows.append(dict(GOOD_ROWS[1]))
    rows.append(dict(GOOD_ROWS[2], sku="TS-OTHER"))
    with pytest.raises(InputError) as caught:
        catalogue.import_file(db, write_csv(tmp_path, rows))
    assert "line 6: SKU SK-BANGLE repeats line 4" in str(caught.value)
    assert "line 7: barcode 8901234500028 repeats line 5" in str(caught.value)
    assert catalogue.is_empty(db)


def test_bad_json_product_is_named(db: store.Database, tmp_path: Path) -> None:
    doc = {"crafts": [{"code": "LAC", "name_en": "Lac", "name_hi": "लाह"}], "products": [
        {"sku": "LC-1", "name_en": "Lac bangles", "name_hi": "लाह की चूड़ियाँ",
         "craft_code": "LAC", "hsn": "7117", "gst_rate": 0, "mrp_paise": 35000},
        {"sku": "LC-2", "name_en": "Lac kada", "name_hi": "लाह कड़ा", "craft_code": "LAC",
         "hsn": "7117", "gst_rate": 0, "mrp_paise": 480.5},
    ]}
    path = tmp_path / "c.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError, match=r"product 2: mrp_paise 480.5 must be a whole number"):
        catalogue.import_file(db, path)
    assert catalogue.is_empty(db)


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.csv", b"", "is empty"),
    ("blank.csv", b"  \n\n", "is empty"),
    ("latin1.csv", "sku,name_en\nMB-1,Papier-m\xe2ch\xe9\n".encode("latin-1"), "not UTF-8"),
    ("broken.json", b'{"products": [', "not valid JSON"),
    ("list.json", b"[1, 2]", "must be a JSON object"),
    ("noproducts.json", b'{"products": []}', "empty \"products\" list"),
    ("catalogue.xlsx", b"PK\x03\x04", "must be a .csv or .json"),
    ("header.csv", b"sku,name_en\n", "missing column(s) name_hi, craft, hsn, gst_rate, mrp"),
    ("typo.csv", ",".join([*CSV_COLUMNS, "gst rate"]).encode() + b"\n", "unknown column(s)"),
])
def test_malformed_files(
    db: store.Database, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        catalogue.import_file(db, path)
    assert catalogue.is_empty(db)


def test_missing_file(db: store.Database, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        catalogue.import_file(db, tmp_path / "nowhere.csv")


def test_header_only_csv(db: store.Database, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no product rows"):
        catalogue.import_file(db, write_csv(tmp_path, []))


def test_wrong_field_count(db: store.Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path, GOOD_ROWS)
    with path.open("a", encoding="utf-8") as fh:
        fh.write("XX-1,123\n")
    with pytest.raises(InputError, match="line 6: has 2 fields, the header has 21"):
        catalogue.import_file(db, path)


def test_parsing_needs_no_database(tmp_path: Path) -> None:
    parsed = parse_catalogue_file(write_csv(tmp_path, GOOD_ROWS))
    assert parsed.errors == []
    assert [p.where for p in parsed.products] == ["line 2", "line 4", "line 5"]
    assert parsed.products[0].data["mrp_paise"] == 125_000


def test_windows_picture_path(db: store.Database, tmp_path: Path) -> None:
    rows = [dict(GOOD_ROWS[0], picture="pics\\fish.jpg")]
    assert catalogue.import_file(db, write_csv(tmp_path, rows)).pictures == 1
