"""The hub database schema (SQLite). Money is integer paise, times UTC ISO-8601, dates IST.

Every statement is idempotent (``IF NOT EXISTS``); ``SCHEMA_VERSION`` is kept in ``meta``.
"""

SCHEMA_VERSION = 1

SCHEMA = """
-- The hub database (SQLite). Money is integer paise, times UTC ISO-8601, dates IST.
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS devices (
    device_id TEXT PRIMARY KEY,
    device_code TEXT NOT NULL UNIQUE,
    device_name TEXT NOT NULL,
    token_hash TEXT UNIQUE,              -- sha256 of the bearer token; NULL once revoked
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT,
    protocol_version INTEGER,
    app_version TEXT,
    last_seen_at TEXT
);

CREATE TABLE IF NOT EXISTS enroll_codes (
    code_hash TEXT PRIMARY KEY,
    device_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    device_id TEXT
);

-- Every pushed record, verbatim. The id is unique forever: that is the deduplication.
CREATE TABLE IF NOT EXISTS records (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    device_id TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    payload TEXT NOT NULL,
    payload_hash TEXT NOT NULL,
    day TEXT,                            -- IST date of created_at, for date-bounded reports
    received_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS records_kind_day ON records(kind, day);
CREATE INDEX IF NOT EXISTS records_device ON records(device_id, device_seq);

CREATE TABLE IF NOT EXISTS rejections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    record_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);

-- Catalogue: the current state of each entity and the change log stalls pull.
CREATE TABLE IF NOT EXISTS catalogue (
    kind TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    data TEXT NOT NULL,                  -- JSON, in the stall's column names
    deleted INTEGER NOT NULL DEFAULT 0,
    op_id INTEGER NOT NULL,
    PRIMARY KEY (kind, entity_id)
);

CREATE TABLE IF NOT EXISTS changes (
    op_id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    data TEXT,
    device_id TEXT,                      -- NULL: for every device; else only that device
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS changes_entity ON changes(kind, entity_id, op_id);

CREATE TABLE IF NOT EXISTS pictures (
    sha256 TEXT PRIMARY KEY,
    mime TEXT NOT NULL,
    data BLOB NOT NULL
);

-- Stock per device: allocations from the office plus the stall's signed movements.
CREATE TABLE IF NOT EXISTS stock (
    device_id TEXT NOT NULL,
    sku TEXT NOT NULL,
    qty INTEGER NOT NULL,
    PRIMARY KEY (device_id, sku)
);

-- What each artisan's pieces sold for: sales positive, refunds and voids negative.
CREATE TABLE IF NOT EXISTS artisan_ledger (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    record_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    order_id TEXT NOT NULL,
    order_line_id TEXT NOT NULL,
    artisan_id TEXT,
    sku TEXT,
    entry TEXT NOT NULL CHECK (entry IN ('sale', 'refund', 'void')),
    qty INTEGER NOT NULL,
    total_paise INTEGER NOT NULL,
    taxable_paise INTEGER NOT NULL,
    day TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS artisan_ledger_line ON artisan_ledger(order_line_id);
CREATE INDEX IF NOT EXISTS artisan_ledger_order ON artisan_ledger(order_id);
CREATE INDEX IF NOT EXISTS artisan_ledger_day ON artisan_ledger(day, artisan_id);

CREATE TABLE IF NOT EXISTS leads (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('lead', 'preorder')),
    device_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    phone_e164 TEXT,
    name TEXT,
    products TEXT NOT NULL,              -- JSON list of what the buyer wants
    consent INTEGER NOT NULL,
    status TEXT,
    erased_at TEXT
);

CREATE TABLE IF NOT EXISTS erasures (
    lead_id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,             -- only the stall that took a lead can erase it
    erased_at TEXT NOT NULL
);

-- Each device's audit chain as received; flags are gaps, edits and broken links.
CREATE TABLE IF NOT EXISTS audit_entries (
    device_id TEXT NOT NULL,
    chain_no INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (device_id, chain_no)
);
CREATE TABLE IF NOT EXISTS audit_chain (
    device_id TEXT PRIMARY KEY,
    verified_no INTEGER NOT NULL,
    verified_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_flags (
    device_id TEXT NOT NULL,
    chain_no INTEGER NOT NULL,
    problem TEXT NOT NULL,
    flagged_at TEXT NOT NULL,
    PRIMARY KEY (device_id, chain_no, problem)
);
"""
