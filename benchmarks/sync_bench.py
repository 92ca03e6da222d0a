"""Sync over loopback: push 10,000 orders, pull 50,000 products; time and peak memory.

Run from the repository root::

    python benchmarks/sync_bench.py [--orders 10000] [--products 50000]

The hub runs as its own process (``mela-hub serve``) so its memory is measured apart from
the client's. Peak RSS is the kernel's high-water mark (``VmHWM``), reset before each phase
(``/proc/PID/clear_refs``), so setup work does not count. Budget (docs/sync.md): 5 s or
less for each, memory flat (pages and batches, never a whole table in memory).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pos import store  # noqa: E402
from sync import client  # noqa: E402
from sync.hub.store import HubStore  # noqa: E402
from tests.helpers import stalldata  # noqa: E402
from tests.helpers.hubserver import free_port  # noqa: E402


def _reset_peak(pid: int) -> None:
    with contextlib.suppress(OSError):
        Path(f"/proc/{pid}/clear_refs").write_text("5")


def _peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import psutil

    return float(psutil.Process(pid).memory_info().rss) / 2**20


def _cpu(pid: int) -> float:
    """User plus system CPU seconds of a process: steadier than wall time on a busy box."""
    import psutil

    times = psutil.Process(pid).cpu_times()
    return float(times.user + times.system)


def _start_hub(db: Path, port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "sync.hub.cli", "serve", "--db", str(db), "--port", str(port)],
        cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    for _ in range(400):
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200:
                return proc
        time.sleep(0.05)
    proc.kill()
    raise SystemExit("the hub did not start")


def _stall(folder: Path, hub: HubStore, url: str, name: str) -> store.Database:
    db = store.open_store(folder / name)
    code = hub.create_enroll_code(name)
    client.enroll(db, url, code)
    return db


def main() -> int:
    """Run both measurements and print a small report (JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=10_000)
    parser.add_argument("--products", type=int, default=50_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results: dict[str, float | int] = {"load_average_1min": round(os.getloadavg()[0], 2)}
    with tempfile.TemporaryDirectory(prefix="mela-sync-bench-") as tmp:
        folder = Path(tmp)
        hub_db = folder / "hub.sqlite"
        admin = HubStore(hub_db)
        template = {"name_en": "Madhubani painting", "name_hi": "मधुबनी चित्र",
                    "craft_code": "MADHUBANI", "artisan_id": "A1", "hsn": "9701",
                    "gst_rate": 5, "description": "Natural colours on handmade paper"}
        admin.upsert_entities("craft", [("MADHUBANI", {"code": "MADHUBANI",
                                                       "name_en": "Madhubani",
                                                       "name_hi": "मधुबनी"})])
        admin.upsert_entities("product", (
            (f"MB-{n:06d}", dict(template, sku=f"MB-{n:06d}", mrp_paise=10_000 + n))
            for n in range(args.products)
        ))
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        hub = _start_hub(hub_db, port)
        try:
            # -- push ---------------------------------------------------------------------
            seller = _stall(folder, admin, url, "seller")
            rng = random.Random(1)
            for start in range(0, args.orders, 1000):
                with store.write(seller):   # setup only: many bills per commit
                    for _ in range(min(1000, args.orders - start)):
                        stalldata.make_sale(seller, rng)
            client.set_state(seller, "cursor", "999999999")   # measure the push alone
            records_ = int(seller.execute("SELECT count(*) FROM outbox").fetchone()[0])
            _reset_peak(hub.pid)
            _reset_peak(os.getpid())
            cpu = (_cpu(hub.pid), _cpu(os.getpid()))
            began = time.perf_counter()
            with client.SyncClient(seller, batch_size=1000) as c:
                report = c.push()
            push_s = time.perf_counter() - began
            hub_cpu, client_cpu = _cpu(hub.pid) - cpu[0], _cpu(os.getpid()) - cpu[1]
            assert report.sent == records_, report
            results.update(push_orders=args.orders, push_records=records_,
                           push_seconds=round(push_s, 2),
                           push_orders_per_s=round(args.orders / push_s),
                           push_records_per_s=round(records_ / push_s),
                           push_hub_cpu_s=round(hub_cpu, 2),
                           push_client_cpu_s=round(client_cpu, 2),
                           push_hub_peak_mb=round(_peak_mb(hub.pid), 1),
                           push_client_peak_mb=round(_peak_mb(os.getpid()), 1))
            seller.close()
            # -- pull ---------------------------------------------------------------------
            reader = _stall(folder, admin, url, "reader")
            _reset_peak(hub.pid)
            _reset_peak(os.getpid())
            cpu = (_cpu(hub.pid), _cpu(os.getpid()))
            began = time.perf_counter()
            with client.SyncClient(reader, page_size=5000) as c:
                report = c.pull()
            pull_s = time.perf_counter() - began
            hub_cpu, client_cpu = _cpu(hub.pid) - cpu[0], _cpu(os.getpid()) - cpu[1]
            count = int(reader.execute("SELECT count(*) FROM products").fetchone()[0])
            assert count == args.products, count
            results.update(pull_products=count, pull_seconds=round(pull_s, 2),
                           pull_products_per_s=round(count / pull_s),
                           pull_hub_cpu_s=round(hub_cpu, 2),
                           pull_client_cpu_s=round(client_cpu, 2),
                           pull_hub_peak_mb=round(_peak_mb(hub.pid), 1),
                           pull_client_peak_mb=round(_peak_mb(os.getpid()), 1))
            reader.close()
        finally:
            hub.kill()
            hub.wait()
            admin.close()
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        width = max(len(k) for k in results)
        for key, value in results.items():
            print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
