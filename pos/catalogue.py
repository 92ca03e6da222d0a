"""The stall's catalogue: crafts, artisans, products, pictures and their search.

Readers (``crafts``, ``search``, ``count``, ``find_by_code``, ``get``, ``picture``) serve the
sell screen and the scanner. Writers (``upsert_*``, ``store_picture``) are shared by the file
import, the demo loader and the hub pull; callers wrap them in ``store.write`` so one import
or one pulled page commits as a whole.

Search is a case-insensitive substring match over SKU, barcode and both names. Words of three
or more characters go through the trigram FTS5 index (``products_fts``), so typing stays fast
over 50,000 products in any script; shorter words fall back to LIKE, which the trigram index
cannot answer.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pos import records, resources, schema, store
from pos.catalogue_file import (
    ParsedCatalogue,
    ProductRow,
    nfc,
    parse_catalogue_file,
)
from pos.errors import InputError, NotFound
from pos.ids import utc_now, uuid7
from pos.store import Database

__all__ = [
    "Craft", "ImportResult", "ParsedCatalogue", "Product", "count", "crafts", "ensure_demo",
    "find_by_code", "get", "import_file", "is_empty", "load_demo", "parse_catalogue_file",
    "picture", "search", "store_picture", "upsert_artisan", "upsert_craft", "upsert_product",
    "upsert_products",
]

SELLER_PROFILE_KEY = "seller_profile"


@dataclass(frozen=True)
class Craft:
    """A craft tradition the stall sells, e.g. Madhubani painting / मधुबनी चित्रकला."""

    code: str
    name_en: str
    name_hi: str


@dataclass(frozen=True)
class Product:
    """One product as the sell screen shows it, with the stall's stock level."""

    id: int
    sku: str
    barcode: str | None
    name_en: str
    name_hi: str
    craft_code: str | None
    artisan_id: str | None
    artisan_name: str | None
    description: str
    hsn: str
    gst_rate: int
    mrp_paise: int
    unit: str
    one_of_a_kind: bool
    active: bool
    picture_sha256: str | None
    listing_urls: dict[str, str] = field(hash=False)  # a dict cannot be hashed
    stock: int = 0


_SELECT = """
SELECT p.id, p.sku, p.barcode, p.name_en, p.name_hi, p.craft_code, p.artisan_id, a.name,
       p.description, p.hsn, p.gst_rate, p.mrp_paise, p.unit, p.one_of_a_kind, p.active,
       p.picture_sha256, p.listing_urls, coalesce(s.qty, 0)
FROM products p
LEFT JOIN artisans a ON a.id = p.artisan_id
LEFT JOIN stock_levels s ON s.sku = p.sku
"""


def _product(row: tuple[Any, ...]) -> Product:
    values = list(row)
    values[13], values[14] = bool(values[13]), bool(values[14])
    values[16] = json.loads(values[16] or "{}")
    return Product(*values)


def crafts(db: Database) -> list[Craft]:
    """Active crafts in display order."""
    rows = db.execute(
        "SELECT code, name_en, name_hi FROM crafts WHERE active = 1 "
        "ORDER BY sort_order, name_en"
    ).fetchall()
    return [Craft(*r) for r in rows]


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# search_text joins SKU, barcode and both names with a unit separator (schema 0006), which
# str.split() treats as white space, so no search word can match across two fields.
_LIKE_ANY = "p.search_text LIKE ? ESCAPE '\\'"
# How many rows, in shelf order, a broad query scans before it turns to the trigram index.
PROBE_ROWS = 3000


def _terms(text: str, craft: str | None, *, use_index: bool = True
           ) -> tuple[list[str], list[Any], str | None]:
    """Split a search into plain conditions over ``p`` (with their parameters) and the FTS5
    match expression for the trigram index (None when no word goes through it).

    With ``use_index`` words of three or more characters go through the trigram index;
    without it every word is a LIKE (used for the cheap probe of broad queries).
    """
    clauses, params = ["p.active = 1"], []
    if craft:
        clauses.append("p.craft_code = ?")
        params.append(craft)
    words = nfc(text).split()
    indexed = [w for w in words if len(w) >= 3] if use_index else []
    for word in words:
        if word not in indexed:
            clauses.append(_LIKE_ANY)
            params.append(_like_pattern(word))
    # Each word as an FTS5 string (quotes doubled): an AND of substrings, any order.
    match = " ".join('"' + w.replace('"', '""') + '"' for w in indexed) or None
    return clauses, params, match


def _where(text: str, craft: str | None, *, use_index: bool = True) -> tuple[str, list[Any]]:
    """The WHERE clause (over ``p``) for a search box text and an optional craft."""
    clauses, params, match = _terms(text, craft, use_index=use_index)
    if match is not None:
        clauses.append("p.id IN (SELECT rowid FROM products_fts WHERE products_fts MATCH ?)")
        params.append(match)
    return " AND ".join(clauses), params


def _caseless(text: str) -> bool:
    """True when LIKE (which folds ASCII case only) and the trigram index (which folds all
    case) agree on the text: ASCII, or scripts without case such as Devanagari."""
    return all(c.isascii() or c.lower() == c.upper() for c in text)


def _page_ids(db: Database, text: str, craft: str | None, limit: int, offset: int) -> list[int]:
    """The ids of one page of results, in shelf order (English name, then SKU)."""
    wanted = limit + offset
    indexed = any(len(w) >= 3 for w in nfc(text).split())
    if indexed and wanted <= PROBE_ROWS and _caseless(text):
        # A broad word ("syn", a barcode prefix, "मोर") matches much of the catalogue and
        # the trigram index would hand back thousands of ids to sort. Scanning the first
        # rows in shelf order with LIKE finds the same first page at once.
        where, params = _where(text, craft, use_index=False)
        ids = [r[0] for r in db.execute(
            "SELECT id FROM (SELECT p.id, p.search_text, p.craft_code, p.active "
            "FROM products p WHERE p.active = 1 "
            f"ORDER BY p.name_en COLLATE NOCASE, p.sku LIMIT {PROBE_ROWS}) p "
            f"WHERE {where} LIMIT ?", [*params, wanted],
        )]
        if len(ids) == wanted:
            return ids[offset:]
    where, params = _where(text, craft)
    # With trigram matches, fetch them by rowid and sort the (few) hits; walking the shelf
    # index instead would read every product before giving up on a rare word.
    source = "products p NOT INDEXED" if indexed else "products p"
    return [r[0] for r in db.execute(
        f"SELECT p.id FROM {source} WHERE {where} "
        "ORDER BY p.name_en COLLATE NOCASE, p.sku LIMIT ? OFFSET ?", [*params, limit, offset],
    )]


def search(
    db: Database, text: str = "", craft: str | None = None, *, limit: int = 60, offset: int = 0
) -> list[Product]:
    """Active products whose SKU, barcode or names contain every word of ``text``.

    Args:
        text: what the cashier typed; empty lists everything.
        craft: a craft code to narrow to, or None for all crafts.
        limit, offset: one page of results, in a stable order (English name, then SKU).
    """
    ids = _page_ids(db, text, craft, limit, offset)
    if not ids:
        return []
    # Join artisans and stock for the page's few rows only.
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"{_SELECT} WHERE p.id IN ({marks}) ORDER BY p.name_en COLLATE NOCASE, p.sku", ids
    ).fetchall()
    return [_product(r) for r in rows]


def count(db: Database, text: str = "", craft: str | None = None, *,
          cap: int | None = None) -> int:
    """How many active products ``search`` would find in all pages.

    Args:
        cap: stop counting there (a screen can show "1,000+"): a broad word over a large
            catalogue then costs a fraction of a full count.
    """
    clauses, params, match = _terms(text, craft)
    where = " AND ".join(clauses)
    limit = "" if cap is None else f" LIMIT {int(cap)}"
    if match is not None:
        # Joining the FTS table (rather than IN) lets it stream, so LIMIT stops it early.
        sql = (f"SELECT 1 FROM products_fts JOIN products p NOT INDEXED "
               f"ON p.id = products_fts.rowid WHERE products_fts MATCH ? AND {where}{limit}")
        params = [match, *params]
    elif craft or len(clauses) == 1:  # the craft index narrows first (or counts it all)
        sql = f"SELECT 1 FROM products p INDEXED BY products_craft WHERE {where}{limit}"
    else:  # short words: one LIKE per shelf index entry, no table lookups
        sql = f"SELECT 1 FROM products p INDEXED BY products_shelf WHERE {where}{limit}"
    return int(db.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])


def find_by_code(db: Database, code: str) -> Product | None:
    """The active product with exactly this SKU or barcode (what a scanner types), or None."""
    code = nfc(code)
    if not code:
        return None
    row = db.execute(
        f"{_SELECT} WHERE p.active = 1 AND (p.sku = ? OR p.barcode = ?) "
        "ORDER BY p.sku = ? DESC LIMIT 1",
        [code.upper(), code, code.upper()],
    ).fetchone()
    return _product(row) if row else None


def get(db: Database, sku: str) -> Product:
    """The product with this SKU, active or retired.

    Raises:
        NotFound: no product has this SKU.
    """
    row = db.execute(f"{_SELECT} WHERE p.sku = ?", [nfc(sku).upper()]).fetchone()
    if row is None:
        raise NotFound(f"No product has SKU {sku}.")
    return _product(row)


def picture(db: Database, sha256: str) -> bytes | None:
    """The picture's bytes, or None if it has not arrived (yet)."""
    row = db.execute("SELECT data FROM pictures WHERE sha256 = ?", [sha256]).fetchone()
    return bytes(row[0]) if row else None


def is_empty(db: Database) -> bool:
    """True when the stall has no products at all (first run)."""
    return db.execute("SELECT 1 FROM products LIMIT 1").fetchone() is None


# Writers -------------------------------------------------------------------------------


_CRAFT_COLUMNS = ("name_en", "name_hi", "sort_order", "active")


def upsert_craft(db: Database, data: Mapping[str, Any]) -> bool:
    """Add or update a craft (``code, name_en, name_hi``; optional ``sort_order, active``).
    Keys left out keep their stored value on update.

    Returns:
        True when the craft is new.
    """
    return _upsert(db, "crafts", "code", data, _CRAFT_COLUMNS)


_ARTISAN_COLUMNS = ("name", "name_hi", "village", "district", "craft_code", "active")


def upsert_artisan(db: Database, data: Mapping[str, Any]) -> bool:
    """Add or update an artisan (``id, name``; optional ``name_hi, village, district,
    craft_code, active``). Keys left out keep their stored value on update.

    Returns:
        True when the artisan is new.
    """
    return _upsert(db, "artisans", "id", data, _ARTISAN_COLUMNS)


_PRODUCT_COLUMNS = (
    "barcode", "name_en", "name_hi", "craft_code", "artisan_id", "description", "hsn",
    "gst_rate", "mrp_paise", "unit", "one_of_a_kind", "active", "picture_sha256",
    "listing_urls", "hub_op_id",
)


def upsert_product(db: Database, data: Mapping[str, Any]) -> bool:
    """Add or update a product by ``sku``.

    A new product needs ``sku, name_en, name_hi, hsn, gst_rate, mrp_paise``; an update
    changes only the keys present (a pulled price change may carry just ``sku`` and
    ``mrp_paise``). ``listing_urls`` is a dict; booleans may be bools.

    Returns:
        True when the product is new.
    """
    return _upsert(db, "products", "sku", data, _PRODUCT_COLUMNS)


# A page with at least this many new products indexes them for search in one statement.
_BULK_FTS_MIN = 64


def upsert_products(db: Database, rows: Sequence[Mapping[str, Any]]) -> int:
    """``upsert_product`` for many products at once (a pulled page); returns how many are new.

    The same rows as calling ``upsert_product`` for each in turn, in a fraction of the time:
    one ``executemany`` per shape of row; an update sets only the columns whose value
    changes (besides ``hub_op_id`` and ``updated_at``), so an unchanged name does not
    re-index the product for search; and a large batch of new products is added to the
    trigram index in one ``INSERT ... SELECT`` with the row trigger dropped and re-created
    around it, inside the caller's transaction (a crash rolls the trigger back with the rows).
    """
    keys = [nfc(r["sku"]).upper() for r in rows]
    if len(set(keys)) != len(keys):  # the same product twice: order matters, go one by one
        return sum(upsert_product(db, r) for r in rows)
    now = utc_now()
    current: dict[str, tuple[Any, ...]] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        for found in db.execute(
            f"SELECT sku, {', '.join(_PRODUCT_COLUMNS)} FROM products "
            f"WHERE sku IN ({', '.join('?' * len(chunk))})", chunk,
        ):
            current[found[0]] = found[1:]
    inserts: dict[tuple[str, ...], list[list[Any]]] = {}
    updates: dict[tuple[str, ...], list[list[Any]]] = {}
    for key, row in zip(keys, rows, strict=True):
        given = tuple(c for c in _PRODUCT_COLUMNS if c in row)
        values = {c: _db_value(c, row[c]) for c in given}
        old = current.get(key)
        if old is None:
            text = schema.search_text(key, values.get("barcode"), values.get("name_en", ""),
                                      values.get("name_hi", ""))
            inserts.setdefault(given, []).append([key, *values.values(), now, text])
            continue
        was = dict(zip(_PRODUCT_COLUMNS, old, strict=True))
        changed = tuple(c for c in given if c == "hub_op_id" or values[c] != was[c])
        updates.setdefault(changed, []).append([*(values[c] for c in changed), now, key])
    for changed, params in updates.items():
        assignments = ", ".join(f"{c} = ?" for c in [*changed, "updated_at"])
        db.conn.executemany(f"UPDATE products SET {assignments} WHERE sku = ?", params)
    added = sum(len(p) for p in inserts.values())
    if not added:
        return 0
    trigger = None
    if added >= _BULK_FTS_MIN:
        found = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                           "AND name = 'products_fts_insert'").fetchone()
        trigger = found[0] if found else None
    last_id = db.execute("SELECT coalesce(max(id), 0) FROM products").fetchone()[0]
    if trigger:
        db.execute("DROP TRIGGER products_fts_insert")
    for given, params in inserts.items():
        names = ", ".join(["sku", *given, "updated_at", "search_text"])
        marks = ", ".join("?" * (len(given) + 3))
        db.conn.executemany(f"INSERT INTO products({names}) VALUES ({marks})", params)
    if trigger:
        # Same values as the trigger inserts; the rows are new, so above the old largest id.
        db.execute("INSERT INTO products_fts(rowid, sku, barcode, name_en, name_hi) "
                   "SELECT id, sku, coalesce(barcode, ''), name_en, name_hi FROM products "
                   "WHERE id > ?", [last_id])
        db.execute(trigger)
    return added


def _db_value(column: str, value: Any) -> Any:
    if column == "listing_urls":
        return json.dumps(value or {}, ensure_ascii=False, sort_keys=True)
    if column in ("one_of_a_kind", "active"):
        return int(bool(value))
    if column in ("name_en", "name_hi", "name", "description") and value is not None:
        return nfc(value)
    return value


def _upsert(
    db: Database, table: str, key: str, data: Mapping[str, Any], columns: tuple[str, ...]
) -> bool:
    """Insert a row, or update only the given columns of the existing row."""
    key_value = nfc(data[key]).upper() if key == "sku" else data[key]
    given = [c for c in columns if c in data]
    values = [_db_value(c, data[c]) for c in given]
    exists = db.execute(f"SELECT 1 FROM {table} WHERE {key} = ?", [key_value]).fetchone()
    if exists:
        assignments = ", ".join(f"{c} = ?" for c in [*given, "updated_at"])
        db.execute(f"UPDATE {table} SET {assignments} WHERE {key} = ?",
                   [*values, utc_now(), key_value])
        return False
    names = ", ".join([key, *given, "updated_at"])
    marks = ", ".join("?" * (len(given) + 2))
    db.execute(f"INSERT INTO {table}({names}) VALUES ({marks})", [key_value, *values, utc_now()])
    return True


def store_picture(db: Database, data: bytes, mime: str = "image/jpeg") -> str:
    """Keep a picture by its content hash (the same bytes are stored once); returns the hash."""
    digest = hashlib.sha256(data).hexdigest()
    if db.execute("SELECT 1 FROM pictures WHERE sha256 = ?", [digest]).fetchone():
        return digest
    from PIL import Image  # on first use: Pillow is not needed to open the till

    size: tuple[int, int] | tuple[None, None]
    try:
        with Image.open(io.BytesIO(data)) as img:
            size = img.size
    except OSError:  # kept anyway: the hub decides what a picture is; the grid shows a blank
        size = (None, None)
    width, height = size
    db.execute(
        "INSERT INTO pictures(sha256, mime, width, height, data) VALUES (?, ?, ?, ?, ?)",
        [digest, mime, width, height, data],
    )
    return digest


# Import --------------------------------------------------------------------------------


@dataclass
class ImportResult:
    """What an import changed, for the command's summary line."""

    crafts_added: int = 0
    crafts_updated: int = 0
    artisans_added: int = 0
    artisans_updated: int = 0
    products_added: int = 0
    products_updated: int = 0
    pictures: int = 0
    stock_movements: int = 0

    def summary(self) -> str:
        """One line for the terminal."""
        return (
            f"products: {self.products_added} added, {self.products_updated} updated; "
            f"crafts: {self.crafts_added} added, {self.crafts_updated} updated; "
            f"artisans: {self.artisans_added} added, {self.artisans_updated} updated; "
            f"{self.pictures} picture(s), {self.stock_movements} stock movement(s)"
        )


_MIME = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png",
         ".webp": "image/webp", ".gif": "image/gif"}


def _database_problems(db: Database, parsed: ParsedCatalogue) -> list[str]:
    """Checks only the stall's data can answer: unknown crafts/artisans, taken barcodes."""
    known_crafts = {r[0] for r in db.execute("SELECT code FROM crafts")}
    known_crafts |= {c["code"] for c in parsed.crafts}
    known_artisans = {r[0] for r in db.execute("SELECT id FROM artisans")}
    known_artisans |= {a["id"] for a in parsed.artisans}
    problems = []
    for row in parsed.products:
        data = row.data
        if data["craft_code"] not in known_crafts:
            problems.append(
                f"{row.where}: unknown craft {data['craft_code']} "
                "(give craft_name_en and craft_name_hi to add it)"
            )
        if data["artisan_id"] and data["artisan_id"] not in known_artisans:
            problems.append(
                f"{row.where}: unknown artisan {data['artisan_id']} (give artisan_name to add it)"
            )
        if data["barcode"]:
            other = db.execute(
                "SELECT sku FROM products WHERE barcode = ? AND sku <> ?",
                [data["barcode"], data["sku"]],
            ).fetchone()
            if other:
                problems.append(
                    f"{row.where}: barcode {data['barcode']} already belongs to {other[0]}"
                )
    return problems


def _set_stock(db: Database, row: ProductRow, device_id: str, now: str) -> bool:
    """Bring the stall's level to the file's figure with one allocation movement."""
    if row.stock is None:
        return False
    level = db.execute(
        "SELECT qty FROM stock_levels WHERE sku = ?", [row.data["sku"]]
    ).fetchone()
    delta = row.stock - (level[0] if level else 0)
    if delta == 0:
        return False
    # Stock received from the office is an allocation, like the hub's; it is not pushed back
    # (device_seq NULL), exactly as pulled allocations are not.
    db.execute(
        "INSERT INTO stock_movements(id, device_id, device_seq, sku, qty, kind, reason, "
        "created_at) VALUES (?, ?, NULL, ?, ?, 'allocation', 'catalogue import', ?)",
        [uuid7(), device_id, row.data["sku"], delta, now],
    )
    return True


def write_parsed(db: Database, parsed: ParsedCatalogue) -> ImportResult:
    """Write an already checked catalogue inside the caller's transaction."""
    result = ImportResult()
    for craft in parsed.crafts:
        if upsert_craft(db, craft):
            result.crafts_added += 1
        else:
            result.crafts_updated += 1
    for artisan in parsed.artisans:
        if upsert_artisan(db, artisan):
            result.artisans_added += 1
        else:
            result.artisans_updated += 1
    device_id = records.device(db).device_id
    now = utc_now()
    hashes: dict[Path, str] = {}
    for row in parsed.products:
        data = dict(row.data)
        if row.picture_path is not None:
            if row.picture_path not in hashes:
                mime = _MIME.get(row.picture_path.suffix.lower(), "image/jpeg")
                hashes[row.picture_path] = store_picture(db, row.picture_path.read_bytes(), mime)
                result.pictures += 1
            data["picture_sha256"] = hashes[row.picture_path]
        if upsert_product(db, data):
            result.products_added += 1
        else:
            result.products_updated += 1
        if _set_stock(db, row, device_id, now):
            result.stock_movements += 1
    return result


def import_file(db: Database, path: Path | str) -> ImportResult:
    """Import a CSV or JSON catalogue: all of it in one transaction, or nothing.

    Raises:
        InputError: the file is unreadable, or lists every bad row by its line (CSV) or
            product number (JSON). Nothing is written in that case.
    """
    parsed = parse_catalogue_file(path)
    with store.write(db):
        parsed.raise_for_errors(_database_problems(db, parsed))
        return write_parsed(db, parsed)


def demo_path() -> Path:
    """The bundled demo catalogue."""
    return resources.asset("demo", "catalogue.json")


def load_demo(db: Database) -> ImportResult:
    """Load the bundled demo catalogue, its pictures, opening stock and seller profile."""
    parsed = parse_catalogue_file(demo_path())
    with store.write(db):
        parsed.raise_for_errors(_database_problems(db, parsed))
        result = write_parsed(db, parsed)
        if parsed.seller_profile is not None:
            store.set_setting(db, SELLER_PROFILE_KEY, parsed.seller_profile)
    return result


def ensure_demo(db: Database) -> bool:
    """Load the demo catalogue when the stall has no products (first run); True if loaded."""
    if not is_empty(db):
        return False
    try:
        load_demo(db)
    except InputError as exc:  # a broken bundle is a packaging bug, not the user's input
        raise RuntimeError(f"the bundled demo catalogue is broken: {exc}") from exc
    return True
