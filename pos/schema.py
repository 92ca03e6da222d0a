"""The stall database schema, as ordered sqlite-utils migrations.

Conventions every table follows:

* Money is integer paise (``*_paise``). Never a float.
* Times are UTC ISO-8601 text (``pos.ids.utc_now``); business dates are IST ``YYYY-MM-DD``.
* A record that leaves the laptop (order, refund, void, lead, pre-order, stock movement,
  business day, audit entry) has a UUIDv7 text ``id`` made here, the ``device_id`` and a
  ``device_seq`` taken from ``device.next_seq`` in the same transaction.
* Sales records are never edited: refunds and voids are new rows pointing at the original,
  and triggers refuse UPDATE and DELETE on the money tables and the audit journal.

A migration, once released, is never changed: add a new function at the end instead.
``PRAGMA user_version`` mirrors the number of applied steps for outside tools.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pos.ids import utc_now, uuid7

if TYPE_CHECKING:
    import sqlite_utils

MIGRATION_SET = "mela-pos"
# sqlite-utils keeps the applied steps here; ``applied_names`` reads it without importing
# sqlite-utils, so an up-to-date file opens without it (the app's start-up).
MIGRATIONS_TABLE = "_sqlite_migrations"
# (name, function) in order. The sqlite-utils ``Migrations`` set is made from this list
# when a step is pending (``migrations()``).
STEPS: list[tuple[str, Callable[[Any], None]]] = []


def _step(name: str) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
    def register(fn: Callable[[Any], None]) -> Callable[[Any], None]:
        STEPS.append((name, fn))
        return fn
    return register

GST_RATES = (0, 3, 5, 12, 18, 28, 40)
RECORD_KINDS = (
    "order", "refund", "void", "lead", "lead_erasure", "preorder",
    "stock_movement", "day_close", "audit",
)


def run_script(db: Any, script: str) -> None:
    """Execute several statements inside the caller's transaction.

    ``sqlite3.executescript`` would COMMIT first and break the migration's atomicity, so the
    script is split on complete statements (triggers keep their inner semicolons).
    """
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statement = buffer.strip()
            if statement:
                db.execute(statement)
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement: {buffer[:80]}")


def _immutable(table: str) -> str:
    return f"""
CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
BEGIN SELECT RAISE(ABORT, '{table} rows are never edited; write a new record'); END;
CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
BEGIN SELECT RAISE(ABORT, '{table} rows are never deleted; write a new record'); END;
"""


_GST = ",".join(str(r) for r in GST_RATES)
_KINDS = ",".join(f"'{k}'" for k in RECORD_KINDS)

SCHEMA_V1 = f"""
CREATE TABLE device (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    device_id TEXT NOT NULL,
    device_code TEXT NOT NULL,          -- short code in invoice numbers, e.g. M03
    device_name TEXT,
    next_seq INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL                 -- JSON
);

CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,               -- hub_url, token, cursor, last_sync_at, last_error
    value TEXT
);

-- Catalogue (written by import and by pulls from the hub) ------------------------------
CREATE TABLE crafts (
    code TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_hi TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT
);

CREATE TABLE artisans (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_hi TEXT,
    village TEXT,
    district TEXT,
    craft_code TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT
);

CREATE TABLE pictures (
    sha256 TEXT PRIMARY KEY,
    mime TEXT NOT NULL,
    width INTEGER,
    height INTEGER,
    data BLOB NOT NULL
);

CREATE TABLE products (
    id INTEGER PRIMARY KEY,             -- stable rowid for the search index
    sku TEXT NOT NULL UNIQUE,
    barcode TEXT UNIQUE,
    name_en TEXT NOT NULL,
    name_hi TEXT NOT NULL,
    craft_code TEXT,                    -- soft reference: pulls may bring a product first
    artisan_id TEXT,
    description TEXT NOT NULL DEFAULT '',
    hsn TEXT NOT NULL,
    gst_rate INTEGER NOT NULL CHECK (gst_rate IN ({_GST})),
    mrp_paise INTEGER NOT NULL CHECK (mrp_paise >= 0),
    unit TEXT NOT NULL DEFAULT 'pc',
    one_of_a_kind INTEGER NOT NULL DEFAULT 0 CHECK (one_of_a_kind IN (0, 1)),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    picture_sha256 TEXT,
    listing_urls TEXT NOT NULL DEFAULT '{{}}',   -- JSON {{"amazon": url, "flipkart": url}}
    updated_at TEXT,
    hub_op_id INTEGER
);
CREATE INDEX products_craft ON products(craft_code, active);
CREATE INDEX products_artisan ON products(artisan_id);

-- Staff -------------------------------------------------------------------------------
CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('cashier', 'manager')),
    pin_hash TEXT NOT NULL,
    pin_salt TEXT NOT NULL,
    pin_params TEXT NOT NULL,           -- hash parameters, so they can be raised later
    must_change_pin INTEGER NOT NULL DEFAULT 0,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

-- Business days -----------------------------------------------------------------------
CREATE TABLE business_days (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    business_date TEXT NOT NULL UNIQUE,   -- IST date
    opened_at TEXT NOT NULL,
    opened_by TEXT NOT NULL REFERENCES staff(id),
    opening_float_paise INTEGER NOT NULL CHECK (opening_float_paise >= 0),
    closed_at TEXT,
    closed_by TEXT REFERENCES staff(id),
    close_approved_by TEXT REFERENCES staff(id),
    counted_json TEXT,                   -- {{"50000": 3, "20000": 1, ..., "coins": 1250}}
    counted_cash_paise INTEGER,
    expected_cash_paise INTEGER,
    variance_paise INTEGER,
    z_json TEXT                          -- the Z report figures, frozen at close
);

-- Invoice series: one per device per financial year ---------------------------------------
CREATE TABLE invoice_series (
    series TEXT PRIMARY KEY,             -- e.g. M03/2627
    last_no INTEGER NOT NULL CHECK (last_no >= 0)
);

-- Sales -------------------------------------------------------------------------------
CREATE TABLE orders (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    invoice_no TEXT NOT NULL UNIQUE CHECK (length(invoice_no) <= 16),
    series TEXT NOT NULL,
    series_no INTEGER NOT NULL,
    doc_type TEXT NOT NULL CHECK (doc_type IN ('tax_invoice', 'bill_of_supply', 'receipt_voucher')),
    business_day_id TEXT REFERENCES business_days(id),
    staff_id TEXT REFERENCES staff(id),
    created_at TEXT NOT NULL,
    buyer_name TEXT,
    buyer_phone TEXT,                    -- E.164
    buyer_address TEXT,
    buyer_gstin TEXT,
    buyer_state_code TEXT,
    inter_state INTEGER NOT NULL DEFAULT 0 CHECK (inter_state IN (0, 1)),
    bill_discount_paise INTEGER NOT NULL DEFAULT 0 CHECK (bill_discount_paise >= 0),
    bill_discount_reason TEXT,
    discount_approved_by TEXT REFERENCES staff(id),
    gross_paise INTEGER NOT NULL,
    discount_paise INTEGER NOT NULL,
    taxable_paise INTEGER NOT NULL,
    cgst_paise INTEGER NOT NULL,
    sgst_paise INTEGER NOT NULL,
    igst_paise INTEGER NOT NULL,
    round_off_paise INTEGER NOT NULL CHECK (round_off_paise BETWEEN -50 AND 50),
    total_paise INTEGER NOT NULL CHECK (total_paise >= 0),
    preorder_id TEXT,                    -- set when this bill is a pre-order advance
    UNIQUE (series, series_no)
);
CREATE INDEX orders_day ON orders(business_day_id);
CREATE INDEX orders_created ON orders(created_at);
CREATE INDEX orders_phone ON orders(buyer_phone);

CREATE TABLE order_lines (
    id TEXT PRIMARY KEY,
    order_id TEXT NOT NULL REFERENCES orders(id),
    line_no INTEGER NOT NULL,
    sku TEXT,                            -- no FK: history outlives catalogue changes
    name_en TEXT NOT NULL,
    name_hi TEXT NOT NULL,
    hsn TEXT NOT NULL,
    gst_rate INTEGER NOT NULL CHECK (gst_rate IN ({_GST})),
    craft_code TEXT,
    artisan_id TEXT,
    unit_price_paise INTEGER NOT NULL CHECK (unit_price_paise >= 0),
    qty INTEGER NOT NULL CHECK (qty > 0),
    gross_paise INTEGER NOT NULL,
    discount_paise INTEGER NOT NULL DEFAULT 0 CHECK (discount_paise >= 0),
    discount_reason TEXT,
    taxable_paise INTEGER NOT NULL,
    cgst_paise INTEGER NOT NULL,
    sgst_paise INTEGER NOT NULL,
    igst_paise INTEGER NOT NULL,
    total_paise INTEGER NOT NULL,
    price_override_by TEXT REFERENCES staff(id),
    stock_override_by TEXT REFERENCES staff(id),
    UNIQUE (order_id, line_no)
);
CREATE INDEX order_lines_sku ON order_lines(sku);

CREATE TABLE payments (
    id TEXT PRIMARY KEY,
    order_id TEXT NOT NULL REFERENCES orders(id),
    method TEXT NOT NULL CHECK (method IN ('cash', 'upi', 'card')),
    amount_paise INTEGER NOT NULL CHECK (amount_paise > 0),
    tendered_paise INTEGER,              -- cash only
    change_paise INTEGER,                -- cash only
    reference TEXT,                      -- UPI UTR (12 digits) or card terminal reference
    created_at TEXT NOT NULL
);
CREATE INDEX payments_order ON payments(order_id);

CREATE TABLE refunds (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    order_id TEXT NOT NULL REFERENCES orders(id),
    credit_note_no TEXT UNIQUE,
    business_day_id TEXT REFERENCES business_days(id),
    created_at TEXT NOT NULL,
    staff_id TEXT REFERENCES staff(id),
    approved_by TEXT REFERENCES staff(id),
    reason TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('cash', 'upi', 'card')),
    reference TEXT,
    taxable_paise INTEGER NOT NULL,
    cgst_paise INTEGER NOT NULL,
    sgst_paise INTEGER NOT NULL,
    igst_paise INTEGER NOT NULL,
    round_off_paise INTEGER NOT NULL DEFAULT 0,
    amount_paise INTEGER NOT NULL CHECK (amount_paise > 0)
);
CREATE INDEX refunds_order ON refunds(order_id);

CREATE TABLE refund_lines (
    id TEXT PRIMARY KEY,
    refund_id TEXT NOT NULL REFERENCES refunds(id),
    order_line_id TEXT NOT NULL REFERENCES order_lines(id),
    qty INTEGER NOT NULL CHECK (qty > 0),
    taxable_paise INTEGER NOT NULL,
    cgst_paise INTEGER NOT NULL,
    sgst_paise INTEGER NOT NULL,
    igst_paise INTEGER NOT NULL,
    total_paise INTEGER NOT NULL
);
CREATE INDEX refund_lines_line ON refund_lines(order_line_id);

CREATE TABLE voids (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    order_id TEXT NOT NULL UNIQUE REFERENCES orders(id),
    business_day_id TEXT REFERENCES business_days(id),
    created_at TEXT NOT NULL,
    staff_id TEXT REFERENCES staff(id),
    approved_by TEXT REFERENCES staff(id),
    reason TEXT NOT NULL
);

-- Stock: the level is the sum of signed movements ----------------------------------------
CREATE TABLE stock_movements (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    device_seq INTEGER,                  -- NULL for allocations pulled from the hub
    sku TEXT NOT NULL,
    qty INTEGER NOT NULL CHECK (qty <> 0),
    kind TEXT NOT NULL CHECK (kind IN ('allocation', 'sale', 'refund', 'void', 'adjustment')),
    reason TEXT,
    order_id TEXT REFERENCES orders(id),
    refund_id TEXT REFERENCES refunds(id),
    void_id TEXT REFERENCES voids(id),
    staff_id TEXT REFERENCES staff(id),
    approved_by TEXT REFERENCES staff(id),
    created_at TEXT NOT NULL
);
CREATE INDEX stock_movements_sku ON stock_movements(sku);

CREATE TABLE stock_levels (
    sku TEXT PRIMARY KEY,
    qty INTEGER NOT NULL
);
CREATE TRIGGER stock_movements_level AFTER INSERT ON stock_movements
BEGIN
    INSERT INTO stock_levels(sku, qty) VALUES (NEW.sku, NEW.qty)
    ON CONFLICT(sku) DO UPDATE SET qty = qty + NEW.qty;
END;

-- Buyers --------------------------------------------------------------------------------
CREATE TABLE leads (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    staff_id TEXT REFERENCES staff(id),
    phone_e164 TEXT,                     -- NULL after erasure
    name TEXT,
    district TEXT,
    interests TEXT NOT NULL DEFAULT '[]',  -- JSON list of {{"sku"?, "text"}}
    note TEXT,
    consent INTEGER NOT NULL CHECK (consent IN (0, 1)),
    consent_at TEXT,
    consent_text TEXT,
    status TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'contacted', 'converted', 'closed')),
    updated_at TEXT NOT NULL,
    erased_at TEXT
);
CREATE INDEX leads_phone ON leads(phone_e164);

CREATE TABLE preorders (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    preorder_no TEXT NOT NULL UNIQUE,
    business_day_id TEXT REFERENCES business_days(id),
    created_at TEXT NOT NULL,
    staff_id TEXT REFERENCES staff(id),
    phone_e164 TEXT NOT NULL,
    buyer_name TEXT,
    address TEXT NOT NULL,
    pin_code TEXT NOT NULL CHECK (length(pin_code) = 6),
    promised_date TEXT NOT NULL,
    items TEXT NOT NULL,                 -- JSON [{{"sku"?, "description", "qty", ...}}]
    total_paise INTEGER NOT NULL CHECK (total_paise >= 0),
    advance_paise INTEGER NOT NULL CHECK (advance_paise >= 0),
    balance_paise INTEGER NOT NULL,
    advance_order_id TEXT REFERENCES orders(id),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'delivered', 'cancelled')),
    note TEXT
);

-- Audit journal: append-only, hash-chained ------------------------------------------------
CREATE TABLE audit (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    chain_no INTEGER NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    action TEXT NOT NULL,
    staff_id TEXT,
    approved_by TEXT,
    subject_kind TEXT,
    subject_id TEXT,
    details TEXT NOT NULL DEFAULT '{{}}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

-- Outbox: written in the same transaction as the record it carries -------------------------
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    record_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ({_KINDS})),
    device_seq INTEGER NOT NULL,
    bundle TEXT NOT NULL,                -- rows of one bundle (a bill) go in one push batch
    payload TEXT NOT NULL,               -- canonical JSON, made once, never rewritten
    payload_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'rejected')),
    attempts INTEGER NOT NULL DEFAULT 0,
    sent_at TEXT,
    hub_status TEXT,
    reject_reason TEXT,
    last_error TEXT
);
CREATE INDEX outbox_state ON outbox(state, seq);
CREATE TRIGGER outbox_payload_frozen BEFORE UPDATE OF record_id, kind, payload, payload_hash, bundle
    ON outbox
BEGIN SELECT RAISE(ABORT, 'outbox payloads are made once and never rewritten'); END;
CREATE TRIGGER outbox_no_delete BEFORE DELETE ON outbox
BEGIN SELECT RAISE(ABORT, 'outbox rows are kept; mark them sent instead'); END;
""" + "".join(
    _immutable(t)
    for t in ("orders", "order_lines", "payments", "refunds", "refund_lines", "voids",
              "stock_movements", "audit")
)


@_step("0001_initial")
def m0001_initial(db: Any) -> None:
    """Every table of the first release, and this laptop's device identity."""
    run_script(db, SCHEMA_V1)
    db.execute(
        "INSERT INTO device(singleton, device_id, device_code, next_seq, created_at) "
        "VALUES (1, ?, 'S01', 1, ?)",
        [uuid7(), utc_now()],
    )


SEARCH_V2 = """
CREATE VIRTUAL TABLE products_fts USING fts5(
    sku, barcode, name_en, name_hi,
    content='products', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER products_fts_insert AFTER INSERT ON products BEGIN
    INSERT INTO products_fts(rowid, sku, barcode, name_en, name_hi)
    VALUES (NEW.id, NEW.sku, coalesce(NEW.barcode, ''), NEW.name_en, NEW.name_hi);
END;
CREATE TRIGGER products_fts_delete AFTER DELETE ON products BEGIN
    INSERT INTO products_fts(products_fts, rowid, sku, barcode, name_en, name_hi)
    VALUES ('delete', OLD.id, OLD.sku, coalesce(OLD.barcode, ''), OLD.name_en, OLD.name_hi);
END;
CREATE TRIGGER products_fts_update AFTER UPDATE OF sku, barcode, name_en, name_hi ON products
BEGIN
    INSERT INTO products_fts(products_fts, rowid, sku, barcode, name_en, name_hi)
    VALUES ('delete', OLD.id, OLD.sku, coalesce(OLD.barcode, ''), OLD.name_en, OLD.name_hi);
    INSERT INTO products_fts(rowid, sku, barcode, name_en, name_hi)
    VALUES (NEW.id, NEW.sku, coalesce(NEW.barcode, ''), NEW.name_en, NEW.name_hi);
END;
INSERT INTO products_fts(rowid, sku, barcode, name_en, name_hi)
    SELECT id, sku, coalesce(barcode, ''), name_en, name_hi FROM products;
"""


@_step("0002_product_search")
def m0002_product_search(db: Any) -> None:
    """Substring search over SKU, barcode and both names (trigram FTS5, any script)."""
    run_script(db, SEARCH_V2)


SYNC_V3 = """
CREATE TABLE sync_seen (
    kind TEXT NOT NULL,                  -- product, craft, artisan
    entity_id TEXT NOT NULL,
    PRIMARY KEY (kind, entity_id)
) WITHOUT ROWID;
CREATE INDEX outbox_bundle ON outbox(bundle, state);
"""


@_step("0003_sync_full_copy")
def m0003_sync_full_copy(db: Any) -> None:
    """What a full catalogue copy from the hub has brought so far (kept across restarts, so
    an interrupted resync resumes), and an index so a push batch finds a bill's rows fast."""
    run_script(db, SYNC_V3)


CATALOGUE_ORDER_V4 = """
CREATE INDEX products_shelf ON products(
    active, name_en COLLATE NOCASE, sku, craft_code, barcode, name_hi
);
"""


@_step("0004_catalogue_order")
def m0004_catalogue_order(db: Any) -> None:
    """The sell screen's order (active products by English name): a covering index, so the
    first page of a broad search stops after a few dozen rows instead of sorting them all."""
    run_script(db, CATALOGUE_ORDER_V4)


LEAD_ERASURE_V5 = """
DROP TRIGGER outbox_payload_frozen;
CREATE TRIGGER outbox_payload_frozen BEFORE UPDATE OF record_id, kind, payload, payload_hash, bundle
    ON outbox
    WHEN NOT (OLD.kind = 'lead' AND NEW.kind = 'lead' AND NEW.record_id = OLD.record_id
              AND NEW.bundle = OLD.bundle
              AND EXISTS (SELECT 1 FROM leads WHERE id = OLD.record_id
                          AND erased_at IS NOT NULL))
BEGIN SELECT RAISE(ABORT, 'outbox payloads are made once and never rewritten'); END;
"""


@_step("0005_lead_erasure_scrub")
def m0005_lead_erasure_scrub(db: Any) -> None:
    """Let an erased lead's outbox payload be blanked too: erasure on the buyer's request
    must not leave their number in the laptop's outbox. Every other payload stays frozen."""
    run_script(db, LEAD_ERASURE_V5)


_HAYSTACK = (
    "{t}.sku || char(31) || coalesce({t}.barcode, '') || char(31) || {t}.name_en "
    "|| char(31) || {t}.name_hi"
)
SEARCH_TEXT_V6 = f"""
ALTER TABLE products ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
UPDATE products SET search_text = {_HAYSTACK.format(t="products")};
CREATE TRIGGER products_search_text_insert AFTER INSERT ON products
WHEN NEW.search_text IS NOT ({_HAYSTACK.format(t="NEW")})
BEGIN
    UPDATE products SET search_text = {_HAYSTACK.format(t="NEW")} WHERE id = NEW.id;
END;
CREATE TRIGGER products_search_text_update
AFTER UPDATE OF sku, barcode, name_en, name_hi, search_text ON products
WHEN NEW.search_text IS NOT ({_HAYSTACK.format(t="NEW")})
BEGIN
    UPDATE products SET search_text = {_HAYSTACK.format(t="NEW")} WHERE id = NEW.id;
END;
DROP INDEX products_shelf;
CREATE INDEX products_shelf
    ON products(active, name_en COLLATE NOCASE, sku, craft_code, search_text);
"""


def search_text(sku: str, barcode: str | None, name_en: str, name_hi: str) -> str:
    """The ``products.search_text`` value, as the triggers compute it (for bulk inserts)."""
    return "\x1f".join((sku, barcode or "", name_en, name_hi))


@_step("0006_search_text")
def m0006_search_text(db: Any) -> None:
    """One text per product joining SKU, barcode and both names (unit-separator between),
    kept by triggers and carried in the shelf index: a 1-2 character search is then one
    LIKE per index entry instead of four, with no table lookups."""
    run_script(db, SEARCH_TEXT_V6)


_BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
UNPAIRED_CODE = "S01"  # what 0001 gave every laptop before it was paired with a hub


def unpaired_device_code(device_id: str) -> str:
    """A laptop's own code until the hub gives it one: 'L' and three base-36 characters
    from the random bits of its UUIDv7 id, so two unpaired laptops of one seller do not
    print the same invoice numbers ('LK7Q/2627/000001' is 16 characters, the GST limit)."""
    random_bits = int(device_id.replace("-", "")[-15:], 16)  # rand_b of the UUIDv7
    code = ""
    for _ in range(3):
        random_bits, digit = divmod(random_bits, 36)
        code += _BASE36[digit]
    return "L" + code


ADVANCE_V7 = """
ALTER TABLE orders ADD COLUMN advance_adjusted_paise INTEGER NOT NULL DEFAULT 0;
CREATE INDEX payments_upi_reference ON payments(reference) WHERE method = 'upi';
CREATE INDEX stock_movements_order ON stock_movements(order_id) WHERE order_id IS NOT NULL;
"""


@_step("0007_advance_and_device_code")
def m0007_advance_and_device_code(db: Any) -> None:
    """Pre-order deliveries record the advance they apply; UPI references are looked up
    (a UTR pays one bill only), as are a bill's stock movements (a void puts back exactly
    what the sale took); and a laptop still on the shared unpaired code 'S01' that
    has issued no document yet takes a code of its own (a new laptop gets it at first
    open, as this runs right after 0001)."""
    run_script(db, ADVANCE_V7)
    (device_id, code) = db.execute("SELECT device_id, device_code FROM device").fetchone()
    issued = db.execute(
        "SELECT EXISTS (SELECT 1 FROM orders) OR EXISTS (SELECT 1 FROM refunds) "
        "OR EXISTS (SELECT 1 FROM preorders) OR EXISTS (SELECT 1 FROM invoice_series)"
    ).fetchone()[0]
    if code == UNPAIRED_CODE and not issued:
        db.execute("UPDATE device SET device_code = ?", [unpaired_device_code(device_id)])


MIGRATION_NAMES = frozenset(name for name, _fn in STEPS)
_migrations: sqlite_utils.Migrations | None = None


def migrations() -> sqlite_utils.Migrations:
    """The schema as a sqlite-utils migration set (made, and sqlite-utils imported, once)."""
    global _migrations
    if _migrations is None:
        import sqlite_utils

        _migrations = sqlite_utils.Migrations(MIGRATION_SET)
        for name, fn in STEPS:
            _migrations(name=name)(fn)
    return _migrations


def __getattr__(name: str) -> Any:
    # ``schema.MIGRATIONS`` for tests and tools; the module itself never needs it at import.
    if name == "MIGRATIONS":
        return migrations()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def applied_names(db: Any) -> list[str]:
    """The names of the steps applied to this file, in order, read straight from
    sqlite-utils' table (its layout is checked against ``migrations().applied``)."""
    conn = db.conn
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                          [MIGRATIONS_TABLE]).fetchone()
    if exists is None:
        return []
    return [row[0] for row in conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET])]


def migrate(db: Any) -> None:
    """Apply pending migrations, each in its own transaction, and record the version.

    An up-to-date file is not written at all: setting ``user_version`` rewrites the header
    page, and a file opened before its deferred integrity check must stay untouched.
    """
    applied = applied_names(db)
    if MIGRATION_NAMES - set(applied):
        utils = getattr(db, "utils", db)  # a pos.store.Database, or sqlite-utils' own
        migrations().apply(utils)
        applied = applied_names(db)
    if db.execute("PRAGMA user_version").fetchone()[0] != len(applied):
        db.execute(f"PRAGMA user_version = {len(applied)}")
