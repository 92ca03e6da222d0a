"""Where a checkout's time goes, next to the bare commit of ``checkout_commit.py``.

Not a budget: the diagnosis behind docs/performance-checkout.md, reproducible.

- SQL calls per checkout, and the COMMIT (with its fsync) against the rest of the call;
- WAL frames (4 KB pages) one checkout writes, by table and index;
- the schema floor: the exact SQL of real checkouts replayed with no Python logic, timed
  and interleaved with the bare commit exactly as the benchmark does;
- the first checkout after a pause (what every real sale is: the cashier was talking).

Usage: python benchmarks/checkout_profile.py [--products 20000] [--runs 300]
"""

from __future__ import annotations

import argparse
import collections
import shutil
import statistics
import struct
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import checkout_commit as cc
from pos import store


class Recorder:
    """Stands in for ``Database.conn``: records (and times) every statement it runs."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.calls: list[tuple[str, str, tuple[Any, ...], float]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)

    def execute(self, sql: str, *args: Any) -> Any:
        start = time.perf_counter()
        cursor = self.conn.execute(sql, *args)
        self.calls.append(("one", sql, args, time.perf_counter() - start))
        return cursor

    def executemany(self, sql: str, rows: Any) -> Any:
        rows = [list(r) for r in rows]
        start = time.perf_counter()
        cursor = self.conn.executemany(sql, rows)
        self.calls.append(("many", sql, (rows,), time.perf_counter() - start))
        return cursor


def p95(samples: list[float]) -> float:
    """The benchmark's p95 (nearest rank below)."""
    return sorted(samples)[int(0.95 * (len(samples) - 1))]


def line(name: str, samples: list[float]) -> str:
    """Median and p95 in ms."""
    return f"{name:34s} median {statistics.median(samples):5.2f}  p95 {p95(samples):5.2f} ms"


def split_commit(db: store.Database, cashier: str, picks: list, runs: int) -> None:
    """SQL calls per checkout and the COMMIT against the rest of the checkout call."""
    recorder = Recorder(db.conn)
    db.conn = recorder  # type: ignore[assignment]  # records, then forwards
    totals, commits, rest_sql = [], [], []
    try:
        for _ in range(runs):
            recorder.calls.clear()
            totals += cc.time_checkouts(db, cashier, picks, 1)
            commits.append(sum(c[3] for c in recorder.calls if c[1] == "COMMIT") * 1000)
            rest_sql.append(sum(c[3] for c in recorder.calls if c[1] != "COMMIT") * 1000)
        calls = len(recorder.calls)
    finally:
        db.conn = recorder.conn
    print(f"SQL calls per checkout (BEGIN and COMMIT included): {calls}")
    print(line("checkout call", totals))
    print(line("  COMMIT (WAL write + fsync)", commits))
    print(line("  other SQL", rest_sql))
    print(line("  Python", [t - c - s for t, c, s in zip(totals, commits, rest_sql, strict=True)]))


def wal_frames(db: store.Database, folder: Path, cashier: str, picks: list, runs: int) -> None:
    """Pages one checkout writes to the WAL, by b-tree (read from the WAL's frame headers)."""
    db.execute("PRAGMA wal_autocheckpoint = 0")  # this diagnosis only: keep every frame
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    cc.time_checkouts(db, cashier, picks, runs)
    data = (folder / "stall.sqlite-wal").read_bytes()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA wal_autocheckpoint = 1000")
    page_size = struct.unpack(">I", data[8:12])[0]
    owner = dict((page, name) for name, page in db.execute("SELECT name, pageno FROM dbstat"))
    frames = collections.Counter(
        owner.get(struct.unpack(">I", data[at:at + 4])[0], "?")
        for at in range(32, len(data) - 24, 24 + page_size))
    print(f"WAL frames per checkout: {sum(frames.values()) / runs:.1f} "
          f"(the bare commit of {cc.ROWS_PER_CHECKOUT} rows writes about 4)")
    for name, count in frames.most_common():
        print(f"  {count / runs:4.1f}  {name}")


def schema_floor(folder: Path, cashier: str, picks: list, runs: int) -> None:
    """Replay the SQL of ``runs`` real checkouts on a copy of the stall, with no Python."""
    shutil.copytree(folder, folder.with_name("replay"))
    db = store.open_store(folder)
    recorder = Recorder(db.conn)
    db.conn = recorder  # type: ignore[assignment]  # records, then forwards
    bills = []
    for _ in range(runs + 20):
        recorder.calls.clear()
        cc.time_checkouts(db, cashier, picks, 1)
        bills.append(list(recorder.calls))
    db.conn = recorder.conn
    db.close()
    copy = store.open_store(folder.with_name("replay"))

    def replay(count: int) -> list[float]:
        samples = []
        for _ in range(count):
            start = time.perf_counter()
            for kind, sql, args, _took in bills.pop(0):
                if kind == "many":
                    copy.conn.executemany(sql, *args)
                else:
                    copy.conn.execute(sql, *args).fetchall()
            samples.append((time.perf_counter() - start) * 1000)
        return samples

    replay(20)
    replayed, bare = [], []
    for _ in range(10):
        replayed += replay(runs // 10)
        bare += cc.time_bare(folder.parent, runs // 10)
    copy.close()
    print(line("checkout SQL replayed, no Python", replayed))
    print(line("bare commit", bare))
    print(f"p95 ratio of the replay alone: {p95(replayed) / p95(bare):.2f}")


def after_pause(db: store.Database, cashier: str, picks: list) -> None:
    """The first checkouts after a 10 ms pause against checkouts in a row."""
    first, second, later = [], [], []
    for _ in range(15):
        time.sleep(0.01)
        samples = cc.time_checkouts(db, cashier, picks, 8)
        first.append(samples[0])
        second.append(samples[1])
        later.append(statistics.median(samples[3:]))
    print(line("1st checkout after a 10 ms pause", first))
    print(line("2nd", second))
    print(line("4th to 8th", later))


def main() -> None:
    """Print every part of the diagnosis."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "stall"
        db, cashier, picks = cc.make_stall(folder, args.products)
        try:
            cc.time_checkouts(db, cashier, picks, 20)
            split_commit(db, cashier, picks, args.runs)
            after_pause(db, cashier, picks)
            wal_frames(db, folder, cashier, picks, 30)
        finally:
            db.close()
        schema_floor(folder, cashier, picks, args.runs)


if __name__ == "__main__":
    main()
