"""Checkout commit latency with fsync, next to a bare SQLite commit of the same rows.

Budget (DESIGN.md): checkout p95 <= 2x a bare SQLite commit of the same rows.

A checkout of a three-line bill paid by UPI + cash writes 15 rows (1 order, 3 lines,
2 payments, 3 stock movements, 1 audit entry, 5 outbox rows) plus counters. The bare
baseline commits 15 rows of similar size into one plain table, on a connection with the
same pragmas (WAL, synchronous=FULL), in the same folder (same disk).

Usage: python benchmarks/checkout_commit.py [--products 20000] [--runs 300] [--dir DIR]
"""

from __future__ import annotations

import argparse
import itertools
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pos import sales, store
from pos.cart import Cart
from pos.payments import Payment
from tests.helpers.selling import add_product, add_staff, open_day

ROWS_PER_CHECKOUT = 15


def stats(samples: list[float]) -> str:
    """Median and p95 in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return f"median {statistics.median(ordered):6.2f} ms   p95 {p95:6.2f} ms"


def make_stall(folder: Path, products: int) -> tuple[store.Database, str, list]:
    """A stall with ``products`` products (stock 1000 each), a cashier and an open day."""
    db = store.open_store(folder)
    cashier = add_staff(db, "Bench")
    open_day(db, cashier)
    db.execute("PRAGMA synchronous = OFF")  # filling the catalogue is not what is measured
    with store.write(db):
        db.conn.executemany(
            "INSERT INTO products(sku, name_en, name_hi, hsn, gst_rate, mrp_paise) "
            "VALUES (?, ?, 'मधुबनी चित्र', '9701', 5, ?)",
            [(f"B{n:05d}", f"Bench product {n}", 10000 + n) for n in range(3, products)],
        )
    picks = [add_product(db, f"PICK-{i}", 125000 + i * 999, gst_rate=(5, 12, 18)[i], stock=10**6)
             for i in range(3)]
    db.execute("PRAGMA synchronous = FULL")
    return db, cashier, picks


# A UPI reference (UTR) pays one bill only, so every timed bill gets its own.
_UTRS = itertools.count(400_000_000_000)


def time_checkouts(db: store.Database, cashier: str, picks: list, runs: int) -> list[float]:
    """Wall time of each checkout call (validation, re-reads, writes and the fsync'd commit)."""
    samples = []
    for i in range(runs):
        cart = Cart()
        for product in picks:
            cart.add(product, 1 + i % 2)
        total = cart.totals().total_paise
        payments = [Payment("upi", total // 2, reference=str(next(_UTRS))),
                    Payment("cash", total - total // 2 + 1000)]
        start = time.perf_counter()
        sales.checkout(db, cart, payments, staff_id=cashier)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def time_bare(folder: Path, runs: int) -> list[float]:
    """Commit 15 rows of about 400 bytes each in one transaction, ``runs`` times."""
    conn = sqlite3.connect(folder / "bare.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("CREATE TABLE IF NOT EXISTS rows (id TEXT PRIMARY KEY, data TEXT NOT NULL)")
    samples = []
    for i in range(runs):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO rows VALUES (?, ?)",
                         [(f"{i}-{j}-{os.urandom(8).hex()}", "x" * 400)
                          for j in range(ROWS_PER_CHECKOUT)])
        conn.execute("COMMIT")
        samples.append((time.perf_counter() - start) * 1000)
    conn.close()
    return samples


def main() -> None:
    """Run both measurements and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--dir", type=Path, default=None, help="folder on the disk to measure")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        folder = Path(tmp)
        db, cashier, picks = make_stall(folder / "stall", args.products)
        time_checkouts(db, cashier, picks, 20)  # warm caches
        bare = time_bare(folder, 20)
        checkout, bare = [], []
        # Interleave in blocks so both see the same disk and machine load.
        for _ in range(10):
            checkout += time_checkouts(db, cashier, picks, args.runs // 10)
            bare += time_bare(folder, args.runs // 10)
        db.close()
    ratio = sorted(checkout)[int(0.95 * (len(checkout) - 1))] / sorted(bare)[
        int(0.95 * (len(bare) - 1))]
    print(f"catalogue {args.products} products, {len(checkout)} runs each, synchronous=FULL, WAL")
    print(f"checkout (3 lines, UPI+cash, {ROWS_PER_CHECKOUT} rows): {stats(checkout)}")
    print(f"bare SQLite commit of {ROWS_PER_CHECKOUT} rows:        {stats(bare)}")
    print(f"p95 ratio {ratio:.2f} (budget <= 2.00)")


if __name__ == "__main__":
    main()
