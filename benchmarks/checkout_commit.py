"""Checkout commit latency with fsync, next to a bare SQLite commit of the same rows.

Budget (DESIGN.md): checkout p95 <= 2x a bare SQLite commit of the same rows.

A checkout of a three-line bill paid by UPI + cash writes 15 rows (1 order, 3 lines,
2 payments, 3 stock movements, 1 audit entry, 5 outbox rows) plus counters. Two floors are
measured, interleaved in blocks with the checkouts on the same disk and pragmas (WAL,
synchronous=FULL):

- the floor of the budget (``SameRows``): the bill's own INSERT and UPDATE statements, with
  the same values, committed with no application code on a copy of the stall. It writes
  the pages the bill must write (36 to 47 WAL frames: 9 tables, 22 indexes);
- for reference, 15 rows of about 400 bytes into one plain table (about 4 frames), the
  floor used before; its ratio measures the schema's indexes as much as the checkout code.

Usage: python benchmarks/checkout_commit.py [--products 20000] [--runs 300] [--dir DIR]
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

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


class _WriteRecorder:
    """Stands in for ``Database.conn`` during real checkouts and keeps their writes."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.writes: list[tuple[str, str, Any]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)

    def execute(self, sql: str, *args: Any) -> Any:
        if sql.lstrip()[:6].upper() in ("INSERT", "UPDATE", "DELETE"):
            self.writes.append(("one", sql, args[0] if args else ()))
        return self.conn.execute(sql, *args)

    def executemany(self, sql: str, rows: Any) -> Any:
        rows = [tuple(r) for r in rows]
        self.writes.append(("many", sql, rows))
        return self.conn.executemany(sql, rows)


class SameRows:
    """The floor of DESIGN.md, "a bare SQLite commit of the same rows".

    Real checkouts are run once on the stall while their INSERT and UPDATE statements are
    recorded (with their values); the floor then commits exactly those statements, one
    bill per ``BEGIN IMMEDIATE`` ... ``COMMIT``, on a copy of the stall taken before them:
    the same rows into the same tables and indexes (triggers included), the same pragmas,
    the same disk, and no application code (no validation reads, no JSON, no hashing).
    """

    def __init__(self, folder: Path, db: store.Database, cashier: str, picks: list,
                 bills: int) -> None:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        copy = folder.with_name(folder.name + "-same-rows")
        shutil.rmtree(copy, ignore_errors=True)
        copy.mkdir()
        shutil.copy2(store.db_path(folder), store.db_path(copy))
        recorder = _WriteRecorder(db.conn)
        real = db.conn
        db.conn = recorder  # type: ignore[assignment]
        self._bills: list[list[tuple[str, str, Any]]] = []
        try:
            for _ in range(bills):
                recorder.writes = []
                time_checkouts(db, cashier, picks, 1)
                self._bills.append(recorder.writes)
        finally:
            db.conn = real
        self._db = store.connect(store.db_path(copy))

    def time(self, runs: int) -> list[float]:
        """Commit the next ``runs`` recorded bills, one transaction each."""
        conn, samples = self._db.conn, []
        for _ in range(runs):
            writes = self._bills.pop(0)
            start = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            for kind, sql, values in writes:
                if kind == "many":
                    conn.executemany(sql, values)
                else:
                    conn.execute(sql, values).fetchall()  # RETURNING rows are read
            conn.execute("COMMIT")
            samples.append((time.perf_counter() - start) * 1000)
        return samples

    def close(self) -> None:
        """Close the copy's connection."""
        self._db.close()


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


def interleaved(folder: Path, db: store.Database, cashier: str, picks: list, runs: int,
                blocks: int = 10) -> tuple[list[float], list[float], list[float]]:
    """Checkouts, the same-rows floor and the one-table commit, in alternating blocks.

    Returns (checkout, same rows, one table) samples in milliseconds.
    """
    time_checkouts(db, cashier, picks, 10)  # warm caches
    same_rows = SameRows(folder / "stall", db, cashier, picks, runs + 10)
    try:
        same_rows.time(10)
        time_bare(folder, 10)
        checkout: list[float] = []
        floor: list[float] = []
        one_table: list[float] = []
        for _ in range(blocks):  # so all three see the same disk and machine load
            checkout += time_checkouts(db, cashier, picks, runs // blocks)
            floor += same_rows.time(runs // blocks)
            one_table += time_bare(folder, runs // blocks)
    finally:
        same_rows.close()
    return checkout, floor, one_table


def main() -> None:
    """Run the three measurements and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--dir", type=Path, default=None, help="folder on the disk to measure")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        folder = Path(tmp)
        db, cashier, picks = make_stall(folder / "stall", args.products)
        try:
            checkout, floor, one_table = interleaved(folder, db, cashier, picks, args.runs)
        finally:
            db.close()

    def p95(samples: list[float]) -> float:
        return sorted(samples)[int(0.95 * (len(samples) - 1))]

    print(f"catalogue {args.products} products, {len(checkout)} runs each, synchronous=FULL, WAL")
    print(f"checkout (3 lines, UPI+cash, {ROWS_PER_CHECKOUT} rows): {stats(checkout)}")
    print(f"the same rows, no app code (floor):  {stats(floor)}")
    print(f"{ROWS_PER_CHECKOUT} rows into one table (reference):   {stats(one_table)}")
    print(f"p95 ratio {p95(checkout) / p95(floor):.2f} to the same rows (budget <= 2.00); "
          f"{p95(checkout) / p95(one_table):.2f} to the one-table commit")


if __name__ == "__main__":
    main()
