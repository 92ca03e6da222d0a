"""Reading and checking a catalogue file (CSV or JSON) without touching any database.

The stall (``mela-pos import-catalogue``) and the hub (``mela-hub import-catalogue``) both read
files through ``parse_catalogue_file``: every row is checked and every problem is collected
with its place in the file (``line 7`` for CSV, ``product 3`` for JSON), so the office fixes a
spreadsheet in one pass instead of one error per attempt. Checks that need the database
(a craft or artisan the file does not define, a barcode another product already has) are
made by the importer, which also knows each row's place from ``ProductRow.where``.

CSV columns (header row required, UTF-8, comma separated; see docs/catalogue.md)::

    sku, barcode, name_en, name_hi, craft, craft_name_en, craft_name_hi, artisan_id,
    artisan_name, artisan_district, artisan_village, description, hsn, gst_rate,
    mrp (rupees), unit, one_of_a_kind (yes/no), stock, picture (path relative to the CSV),
    amazon_url, flipkart_url

JSON: ``{"seller_profile"?: {...}, "crafts": [...], "artisans": [...], "products": [...]}``
with ``mrp_paise`` as an integer (the shape of ``assets/demo/catalogue.json``).
"""

from __future__ import annotations

import csv
import io
import json
import re
import stat
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from PIL import Image, UnidentifiedImageError

from pos.errors import InputError
from pos.money import parse_rupees
from pos.schema import GST_RATES

CSV_COLUMNS = (
    "sku", "barcode", "name_en", "name_hi", "craft", "craft_name_en", "craft_name_hi",
    "artisan_id", "artisan_name", "artisan_district", "artisan_village", "description",
    "hsn", "gst_rate", "mrp", "unit", "one_of_a_kind", "stock", "picture",
    "amazon_url", "flipkart_url",
)
CSV_REQUIRED = ("sku", "name_en", "name_hi", "craft", "hsn", "gst_rate", "mrp")
LISTING_SITES = ("amazon", "flipkart")
UNITS = ("pc", "pair", "set", "m", "kg", "dozen")

SKU_RE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{1,31}$")
CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,15}$")
BARCODE_RE = re.compile(r"^[0-9]{8,14}$")
HSN_RE = re.compile(r"^(?:[0-9]{4}|[0-9]{6}|[0-9]{8})$")
DEVANAGARI_RE = re.compile(r"[\u0900-\u097F]")
MAX_FILE_BYTES = 200 * 1024 * 1024
_YES = {"yes": True, "y": True, "true": True, "1": True, "हाँ": True,
        "no": False, "n": False, "false": False, "0": False, "": False, "नहीं": False}


@dataclass
class ProductRow:
    """One checked product, in the columns of the ``products`` table plus import extras."""

    where: str                       # "line 7" or "product 3", for later error messages
    data: dict[str, Any]             # sku, barcode, name_en, ..., listing_urls
    picture_path: Path | None = None
    stock: int | None = None         # quantity on hand after import; None leaves it alone


@dataclass
class ParsedCatalogue:
    """Everything a file holds, already checked row by row."""

    path: Path
    crafts: list[dict[str, Any]] = field(default_factory=list)
    artisans: list[dict[str, Any]] = field(default_factory=list)
    products: list[ProductRow] = field(default_factory=list)
    seller_profile: dict[str, Any] | None = None
    errors: list[str] = field(default_factory=list)

    def raise_for_errors(self, extra: list[str] | None = None) -> None:
        """Raise one ``InputError`` naming every bad row, if there is any."""
        problems = self.errors + (extra or [])
        if problems:
            shown = "; ".join(problems[:50])
            more = f"; and {len(problems) - 50} more" if len(problems) > 50 else ""
            raise InputError(
                f"{self.path.name}: {len(problems)} problem(s), nothing was imported: "
                f"{shown}{more}"
            )


def nfc(text: object) -> str:
    """Trimmed text in Unicode NFC, so the same Hindi word always has the same code points."""
    return unicodedata.normalize("NFC", str(text if text is not None else "")).strip()


def has_devanagari(text: str) -> bool:
    """True when the text contains at least one Devanagari letter."""
    return bool(DEVANAGARI_RE.search(text))


class _Row:
    """Collects the problems of one row while its fields are converted."""

    def __init__(self, where: str, errors: list[str]) -> None:
        self.where, self.errors, self.ok = where, errors, True

    def bad(self, message: str) -> None:
        self.ok = False
        self.errors.append(f"{self.where}: {message}")


def _check_url(row: _Row, site: str, url: str) -> str | None:
    if not url:
        return None
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        row.bad(f"{site} link '{url}' is not an http(s) address")
        return None
    return url


def _check_picture(
    row: _Row, base: Path, name: str, checked: dict[Path, str | None]
) -> Path | None:
    if not name:
        return None
    # A spreadsheet made on Windows may write pics\fish.jpg; the file is the same.
    path = (base / name.replace("\\", "/")).resolve()
    if path not in checked:
        problem = None
        if not path.is_file():
            problem = f"picture '{name}' does not exist"
        else:
            try:
                with Image.open(path) as img:
                    img.verify()
            except (UnidentifiedImageError, OSError, SyntaxError):
                problem = f"picture '{name}' is not an image Mela POS can read"
        checked[path] = problem
    if checked[path]:
        row.bad(str(checked[path]))
        return None
    return path


def _product(
    row: _Row, raw: Mapping[str, Any], price_paise: int | None, base: Path,
    checked_pictures: dict[Path, str | None],
) -> ProductRow | None:
    """Check the fields common to CSV and JSON products; ``raw`` holds text values."""
    sku = nfc(raw.get("sku")).upper()
    if not SKU_RE.match(sku):
        row.bad(f"SKU '{sku}' must be 2-32 capital letters, digits, '-' or '_'")
    barcode = nfc(raw.get("barcode")) or None
    if barcode is not None and not BARCODE_RE.match(barcode):
        row.bad(f"barcode '{barcode}' must be 8 to 14 digits")
    name_en, name_hi = nfc(raw.get("name_en")), nfc(raw.get("name_hi"))
    if not name_en:
        row.bad("English name (name_en) is empty")
    if not name_hi:
        row.bad("Hindi name (name_hi) is empty")
    elif not has_devanagari(name_hi):
        row.bad(f"Hindi name '{name_hi}' has no Devanagari letters")
    craft = nfc(raw.get("craft")).upper()
    if not CODE_RE.match(craft):
        row.bad(f"craft code '{craft}' must be 1-16 capital letters or digits")
    hsn = nfc(raw.get("hsn"))
    if not HSN_RE.match(hsn):
        row.bad(f"HSN code '{hsn}' must be 4, 6 or 8 digits")
    rate_text = nfc(raw.get("gst_rate")).rstrip("%").strip()
    rate = int(rate_text) if re.fullmatch(r"[0-9]{1,3}", rate_text) else None
    if rate not in GST_RATES:
        rates = ", ".join(str(r) for r in GST_RATES)
        row.bad(f"gst_rate {rate_text or '(empty)'} is not a GST rate ({rates})")
    if price_paise is not None and price_paise < 0:
        row.bad("price cannot be negative")
    unit = nfc(raw.get("unit")).lower() or "pc"
    if unit not in UNITS:
        row.bad(f"unit '{unit}' is not one of {', '.join(UNITS)}")
    ooak_text = nfc(raw.get("one_of_a_kind")).lower()
    one_of_a_kind = _YES.get(ooak_text)
    if one_of_a_kind is None:
        row.bad(f"one_of_a_kind '{ooak_text}' must be yes or no")
    stock_text = nfc(raw.get("stock"))
    stock: int | None = None
    if stock_text:
        try:
            stock = int(stock_text)
            if stock < 0:
                row.bad(f"stock {stock} cannot be negative")
            elif one_of_a_kind and stock > 1:
                row.bad(f"stock {stock} for a one-of-a-kind piece (at most 1)")
        except ValueError:
            row.bad(f"stock '{stock_text}' is not a whole number")
    urls: dict[str, str] = {}
    for site in LISTING_SITES:
        url = _check_url(row, site, nfc(raw.get(f"{site}_url")))
        if url:
            urls[site] = url
    picture = _check_picture(row, base, nfc(raw.get("picture")), checked_pictures)
    if not row.ok:
        return None
    return ProductRow(
        where=row.where,
        data={
            "sku": sku, "barcode": barcode, "name_en": name_en, "name_hi": name_hi,
            "craft_code": craft, "artisan_id": nfc(raw.get("artisan_id")) or None,
            "description": nfc(raw.get("description")), "hsn": hsn, "gst_rate": rate,
            "mrp_paise": price_paise, "unit": unit, "one_of_a_kind": bool(one_of_a_kind),
            "listing_urls": urls,
        },
        picture_path=picture,
        stock=stock,
    )


def _read_text(path: Path) -> str:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(f"{path} does not exist") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{path} is a folder, not a catalogue file")
    # Reading a named pipe (or a device such as /dev/zero) would wait forever for an end of
    # file that never comes: only plain files are catalogues.
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{path} is not a regular file (a pipe or device?), "
                         "not a catalogue file")
    if info.st_size > MAX_FILE_BYTES:
        raise InputError(f"{path.name} is too large for a catalogue ({info.st_size} bytes)")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path.name} is not UTF-8 text (byte {exc.start}); save it as 'CSV UTF-8'"
        ) from None
    if not text.strip():
        raise InputError(f"{path.name} is empty")
    return text


def _duplicates(parsed: ParsedCatalogue) -> None:
    """Two rows with one SKU or one barcode would silently overwrite each other."""
    seen_sku: dict[str, str] = {}
    seen_code: dict[str, str] = {}
    for row in parsed.products:
        sku, code = row.data["sku"], row.data["barcode"]
        if sku in seen_sku:
            parsed.errors.append(f"{row.where}: SKU {sku} repeats {seen_sku[sku]}")
        seen_sku.setdefault(sku, row.where)
        if code and code in seen_code:
            parsed.errors.append(f"{row.where}: barcode {code} repeats {seen_code[code]}")
        if code:
            seen_code.setdefault(code, row.where)


def parse_csv(path: Path, text: str) -> ParsedCatalogue:
    """Check a CSV catalogue; errors are named by the file's line numbers."""
    parsed = ParsedCatalogue(path=path)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [nfc(h).lower() for h in next(reader)]
    except (StopIteration, csv.Error) as exc:
        raise InputError(f"{path.name} has no readable header row ({exc})") from None
    unknown = [h for h in header if h not in CSV_COLUMNS]
    missing = [h for h in CSV_REQUIRED if h not in header]
    if unknown or missing:
        parts = []
        if missing:
            parts.append(f"missing column(s) {', '.join(missing)}")
        if unknown:
            parts.append(f"unknown column(s) {', '.join(unknown)}")
        raise InputError(
            f"{path.name} line 1: {'; '.join(parts)}. Columns are: {', '.join(CSV_COLUMNS)}"
        )
    crafts: dict[str, dict[str, Any]] = {}
    artisans: dict[str, dict[str, Any]] = {}
    pictures: dict[Path, str | None] = {}
    base = path.resolve().parent
    line_end = 1
    while True:
        start = line_end + 1
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InputError(f"{path.name} line {reader.line_num}: {exc}") from None
        line_end = reader.line_num
        if not any(v.strip() for v in values):
            continue
        row = _Row(f"line {start}", parsed.errors)
        if len(values) != len(header):
            row.bad(f"has {len(values)} fields, the header has {len(header)}")
            continue
        raw = dict(zip(header, values, strict=True))
        price: int | None = None
        try:
            price = parse_rupees(raw.get("mrp", ""))
        except InputError:
            row.bad(f"mrp '{raw.get('mrp', '')}' is not an amount in rupees (e.g. 1250.00)")
        product = _product(row, raw, price, base, pictures)
        craft_en, craft_hi = nfc(raw.get("craft_name_en")), nfc(raw.get("craft_name_hi"))
        if product and (craft_en or craft_hi):
            if not (craft_en and has_devanagari(craft_hi)):
                row.bad("craft_name_en and craft_name_hi (in Devanagari) go together")
            else:
                code = product.data["craft_code"]
                crafts.setdefault(code, {"code": code, "name_en": craft_en,
                                         "name_hi": craft_hi, "sort_order": len(crafts)})
        artisan_name = nfc(raw.get("artisan_name"))
        if product and artisan_name:
            aid = product.data["artisan_id"]
            if not aid:
                row.bad("artisan_name is given without an artisan_id")
            else:
                artisans.setdefault(aid, {
                    "id": aid, "name": artisan_name, "name_hi": None,
                    "village": nfc(raw.get("artisan_village")) or None,
                    "district": nfc(raw.get("artisan_district")) or None,
                    "craft_code": product.data["craft_code"],
                })
        if product and row.ok:
            parsed.products.append(product)
    if not parsed.products and not parsed.errors:
        raise InputError(f"{path.name} has a header but no product rows")
    parsed.crafts, parsed.artisans = list(crafts.values()), list(artisans.values())
    _duplicates(parsed)
    return parsed


def _json_text(value: Any) -> str:
    return "" if value is None else str(value)


def parse_json(path: Path, text: str) -> ParsedCatalogue:
    """Check a JSON catalogue; errors name ``product N`` / ``craft N`` / ``artisan N`` (from 1)."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{path.name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("products"), list):
        raise InputError(f"{path.name} must be a JSON object with a \"products\" list")
    parsed = ParsedCatalogue(path=path)
    base = path.resolve().parent
    for i, craft in enumerate(doc.get("crafts") or [], 1):
        row = _Row(f"craft {i}", parsed.errors)
        if not isinstance(craft, dict):
            row.bad("is not an object")
            continue
        code = nfc(craft.get("code")).upper()
        if not CODE_RE.match(code):
            row.bad(f"code '{code}' must be 1-16 capital letters or digits")
        if not nfc(craft.get("name_en")):
            row.bad("name_en is empty")
        if not has_devanagari(nfc(craft.get("name_hi"))):
            row.bad("name_hi must be in Devanagari")
        order = craft.get("sort_order", i)
        if row.ok:
            parsed.crafts.append({"code": code, "name_en": nfc(craft["name_en"]),
                                  "name_hi": nfc(craft["name_hi"]),
                                  "sort_order": order if isinstance(order, int) else i})
    for i, artisan in enumerate(doc.get("artisans") or [], 1):
        row = _Row(f"artisan {i}", parsed.errors)
        if not isinstance(artisan, dict):
            row.bad("is not an object")
            continue
        if not nfc(artisan.get("id")):
            row.bad("id is empty")
        if not nfc(artisan.get("name")):
            row.bad("name is empty")
        if row.ok:
            parsed.artisans.append({
                "id": nfc(artisan["id"]), "name": nfc(artisan["name"]),
                "name_hi": nfc(artisan.get("name_hi")) or None,
                "village": nfc(artisan.get("village")) or None,
                "district": nfc(artisan.get("district")) or None,
                "craft_code": nfc(artisan.get("craft_code")).upper() or None,
            })
    pictures: dict[Path, str | None] = {}
    for i, item in enumerate(doc["products"], 1):
        row = _Row(f"product {i}", parsed.errors)
        if not isinstance(item, dict):
            row.bad("is not an object")
            continue
        price = item.get("mrp_paise")
        if isinstance(price, bool) or not isinstance(price, int):
            row.bad(f"mrp_paise {price!r} must be a whole number of paise")
            price = None
        urls = item.get("listing_urls") or {}
        if not isinstance(urls, dict):
            row.bad("listing_urls must be an object like {\"amazon\": \"https://...\"}")
            urls = {}
        unknown_sites = sorted(set(urls) - set(LISTING_SITES))
        if unknown_sites:
            row.bad(f"listing_urls has unknown site(s) {', '.join(unknown_sites)}")
        ooak = item.get("one_of_a_kind", False)
        raw = {
            "sku": _json_text(item.get("sku")), "barcode": _json_text(item.get("barcode")),
            "name_en": _json_text(item.get("name_en")), "name_hi": _json_text(item.get("name_hi")),
            "craft": _json_text(item.get("craft_code")), "hsn": _json_text(item.get("hsn")),
            "gst_rate": _json_text(item.get("gst_rate")), "unit": _json_text(item.get("unit")),
            "artisan_id": _json_text(item.get("artisan_id")),
            "description": _json_text(item.get("description")),
            "one_of_a_kind": ("yes" if ooak else "no") if isinstance(ooak, bool) else str(ooak),
            "stock": _json_text(item.get("stock")), "picture": _json_text(item.get("picture")),
            "amazon_url": _json_text(urls.get("amazon")),
            "flipkart_url": _json_text(urls.get("flipkart")),
        }
        product = _product(row, raw, price, base, pictures)
        if product and row.ok:
            parsed.products.append(product)
    profile = doc.get("seller_profile")
    if profile is not None and not isinstance(profile, dict):
        parsed.errors.append("seller_profile must be an object")
    parsed.seller_profile = profile if isinstance(profile, dict) else None
    if not doc["products"]:
        raise InputError(f"{path.name} has an empty \"products\" list")
    _duplicates(parsed)
    return parsed


def parse_catalogue_file(path: Path | str) -> ParsedCatalogue:
    """Read and check a ``.csv`` or ``.json`` catalogue file.

    Returns:
        The checked rows; ``errors`` lists every bad row (empty when the file is good).

    Raises:
        InputError: the file cannot be read at all (missing, not UTF-8, empty, not CSV/JSON,
            broken JSON, wrong header).
    """
    path = Path(path)
    if not path.name:  # "" arrives as Path("."): there is no file name to speak of
        raise InputError("No catalogue file given; name a .csv or .json file, "
                         "such as products.csv")
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".json"):
        raise InputError(f"{path.name}: a catalogue must be a .csv or .json file")
    text = _read_text(path)
    return parse_json(path, text) if suffix == ".json" else parse_csv(path, text)
