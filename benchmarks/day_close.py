"""Day-close figures on a busy day: the Z report over real bills, the close, and PIN checks.

Fills a fresh data folder with M sales through ``pos.demo_sales`` (the app's own checkout,
refunds, voids, pre-orders and leads), then times ``days.z_report`` (median and p95), one
``days.close_day`` with its fsync, and ``staff.sign_in`` at the production PIN cost.

Usage: python benchmarks/day_close.py [--sales 2000] [--products 500] [--runs 50] [--dir DIR]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pos import days, demo_sales, staff, store
from tests.helpers.selling import add_product


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return f"median {statistics.median(ordered) * 1000:7.2f} ms   p95 {p95 * 1000:7.2f} ms"


def main() -> None:
    """Run the benchmark and print one line per figure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sales", type=int, default=2000)
    parser.add_argument("--products", type=int, default=500)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="mela-day-close-"))
    db = store.open_store(folder)
    rng = random.Random(1)
    crafts = ["madhubani", "sikki", "silk", "manjusha", "sujani", "tikuli", "stone"]
    for i in range(args.products):
        add_product(db, f"BD-{i:05d}", rng.choice([9900, 25000, 65000, 150000, 420000]),
                    gst_rate=rng.choice([3, 5, 5, 5, 12, 18]), stock=rng.choice([5, 20]),
                    one_of_a_kind=i % 15 == 0, craft_code=crafts[i % len(crafts)],
                    artisan_id=f"art-{i % 60}")
    began = time.perf_counter()
    counts = demo_sales.add_sales(db, args.sales, seed=1)
    filled = time.perf_counter() - began
    print(f"{args.sales} demo sales through checkout: {filled:.2f} s "
          f"({filled / max(1, args.sales) * 1000:.2f} ms a sale); {counts}")
    day = days.current_day(db)
    assert day is not None
    samples = []
    for _ in range(args.runs):
        start = time.perf_counter()
        days.z_report(db, day.id)
        samples.append(time.perf_counter() - start)
    print(f"z_report over {args.sales} bills:            {_ms(samples)}")
    manager = next(s for s in staff.list_staff(db) if s.is_manager)
    start = time.perf_counter()
    days.close_day(db, day.id, counted={"50000": 10}, staff_id=manager.id,
                   approved_by=manager.id)
    closing = (time.perf_counter() - start) * 1000
    print(f"close_day (Z frozen, outbox, audit, fsync): {closing:7.2f} ms")
    cashier = next(s for s in staff.list_staff(db) if not s.is_manager)
    samples = []
    for _ in range(max(5, args.runs // 5)):
        start = time.perf_counter()
        staff.sign_in(db, cashier.id, demo_sales.DEMO_CASHIER_PIN)
        samples.append(time.perf_counter() - start)
    print(f"sign_in at {staff.PIN_HASH_PARAMS}: {_ms(samples)}")
    db.close()


if __name__ == "__main__":
    main()
