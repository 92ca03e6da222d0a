"""Selling-side budgets: checkout commit, roll receipt, Z report and day close.

- checkout commit (order, lines, payments, stock, audit, outbox; synchronous=FULL) against
  a bare SQLite commit of the same rows (the bill's own writes replayed with no app code,
  ``checkout_commit.SameRows``) with the same pragmas, interleaved in blocks on the same
  disk; budget p95 ≤ 2× the floor. The one-table commit used before is reported beside it;
- roll receipt PDF (80 mm) with Devanagari and the QR: bill read + render, p95 ≤ 50 ms;
- Z report PDF of a day of N bills: figures + render, p95 ≤ 1 s;
- day close computation over N bills (the live Z figures ``days.z_report``), p95 ≤ 200 ms,
  and the whole ``days.close_day`` transaction once per fresh copy, for reference.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.core import Result, Sizes, missing, ms_since, timed
from benchmarks.data import Workshop
from pos import store


def measure_checkout(sizes: Sizes) -> list[Result]:
    """Checkout p95 against a bare commit of the same rows (and, for reference, of 15 rows
    into one plain table, the floor used before)."""
    metric = "checkout commit (3 lines, UPI+cash, fsync)"
    try:
        from benchmarks import checkout_commit as cc
    except ImportError as exc:
        return [missing(metric, "ms", f"feature missing: {exc.name}", max_ratio=2.0)]
    runs = sizes.checkout_runs
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db, cashier, picks = cc.make_stall(folder / "stall", min(sizes.startup_products, 20_000))
        try:
            checkout, same_rows, one_table = cc.interleaved(
                folder, db, cashier, picks, runs, blocks=10 if runs >= 50 else 2)
        finally:
            db.close()
    budget = Result(metric, "ms", checkout, same_rows, max_ratio=2.0,
                    floor_name="the same rows committed with no app code (same tables, "
                               "indexes, triggers, pragmas)")
    reference = Result(f"reference: {metric} vs {cc.ROWS_PER_CHECKOUT} rows into one table",
                       "ms", checkout, one_table,
                       floor_name=f"bare commit of {cc.ROWS_PER_CHECKOUT} rows into one table")
    return [budget, reference]


def _last_invoice(db: store.Database) -> str:
    return str(db.execute("SELECT invoice_no FROM orders ORDER BY created_at DESC, series_no DESC "
                          "LIMIT 1").fetchone()[0])


def measure_documents(shop: Workshop, sizes: Sizes) -> list[Result]:
    """Roll receipt and Z report rendering on a day of ``sizes.bills`` bills."""
    receipt_metric = "roll receipt PDF (80 mm, Devanagari + QR)"
    z_metric = f"Z report PDF ({sizes.bills:,} bills)"
    try:
        from pos import days
        from pos.documents import model, receipt, zreport
    except ImportError as exc:
        return [missing(receipt_metric, "ms", f"feature missing: {exc.name}", budget=50),
                missing(z_metric, "ms", f"feature missing: {exc.name}", budget=1000)]
    data_dir = shop.trading_day(sizes.startup_products, sizes.bills)
    db = store.open_store(data_dir)
    try:
        invoice = _last_invoice(db)
        day = days.current_day(db)
        assert day is not None
        receipt.render_receipt(model.receipt_data(db, invoice), "roll80")  # fonts, caches
        roll = Result(receipt_metric, "ms", budget=50)
        for _ in range(sizes.render_runs * 3):
            ms, pdf = timed(lambda: receipt.render_receipt(
                model.receipt_data(db, invoice), "roll80"))
            roll.samples.append(ms)
        roll.extra["pdf_kb"] = round(len(pdf) / 1024, 1)
        z = Result(z_metric, "ms", budget=1000)
        for _ in range(max(3, sizes.render_runs // 3)):
            ms, pdf = timed(lambda: zreport.render_zreport(
                model.zreport_data(db, day.business_date)))
            z.samples.append(ms)
        z.extra["pdf_kb"] = round(len(pdf) / 1024, 1)
        bills = db.execute("SELECT count(*) FROM orders WHERE business_day_id = ?",
                           [day.id]).fetchone()[0]
        z.extra["bills_in_day"] = bills
    finally:
        db.close()
    return [roll, z]


def measure_day_close(shop: Workshop, sizes: Sizes) -> list[Result]:
    """The day-close figures over ``sizes.bills`` bills, and the close transaction."""
    compute_metric = f"day close computation ({sizes.bills:,} bills)"
    close_metric = f"day close transaction ({sizes.bills:,} bills)"
    try:
        from pos import days, staff
    except ImportError as exc:
        return [missing(compute_metric, "ms", f"feature missing: {exc.name}", budget=200)]
    compute = Result(compute_metric, "ms", budget=200)
    close = Result(close_metric, "ms", note="one close per fresh copy of the day; for reference")
    data_dir = shop.trading_day(sizes.startup_products, sizes.bills)
    db = store.open_store(data_dir)
    try:
        open_day = days.current_day(db)
        assert open_day is not None
        day_id = open_day.id
        for _ in range(sizes.render_runs):
            compute.samples.append(timed(lambda: days.z_report(db, day_id))[0])
    finally:
        db.close()
    for _ in range(3 if sizes.name != "tiny" else 1):
        copy = shop.trading_day(sizes.startup_products, sizes.bills)
        db = store.open_store(copy)
        try:
            day = days.current_day(db)
            assert day is not None
            manager = next(s for s in staff.list_staff(db) if s.role == "manager")
            expected = days.expected_cash(db, day.id)
            counted = {"50000": expected // 50000, "coins": expected % 50000}
            start = time.perf_counter()
            days.close_day(db, day.id, counted=counted, staff_id=manager.id,
                           approved_by=manager.id)
            close.samples.append(ms_since(start))
        finally:
            db.close()
    return [compute, close]


def run(shop: Workshop, sizes: Sizes) -> list[Result]:
    """Every selling-side measurement."""
    return [*measure_checkout(sizes), *measure_documents(shop, sizes),
            *measure_day_close(shop, sizes)]
