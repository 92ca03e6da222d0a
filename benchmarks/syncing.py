"""Push and pull through a real hub on loopback, against the same bytes to a null endpoint.

The hub runs as its own process (``mela-hub serve``) so its memory is measured apart from
the client's: peak RSS is the kernel's high-water mark (``VmHWM``), reset before the push
(``/proc/PID/clear_refs``) so start-up and catalogue loading do not count. Every request
the sync client makes is recorded (body sizes going up, response sizes coming down) and
replayed against ``benchmarks.null_server``: the floor is what moving those bytes over the
same HTTP stack costs with no work behind it.

Budgets: push of N orders ≤ 5 s, pull of M products ≤ 5 s, hub peak RSS during the push
≤ 150 MB. In full mode the pull is repeated at 5,000, 20,000 and 100,000 products.
"""

from __future__ import annotations

import contextlib
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.core import Result, Sizes, missing
from benchmarks.data import Workshop

# The peak-memory probes of the sync engineer's stand-alone benchmark (VmHWM, reset with
# clear_refs), so both report the same figure.
from benchmarks.sync_bench import _peak_mb, _reset_peak
from pos import store

ROOT = Path(__file__).resolve().parents[1]
PRODUCT = {"name_en": "Madhubani painting", "name_hi": "मधुबनी चित्र", "craft_code": "MADHUBANI",
           "hsn": "9701", "gst_rate": 5, "description": "Natural colours on handmade paper"}


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def _process(args: list[str], health: str) -> Iterator[subprocess.Popen[bytes]]:
    import httpx

    proc = subprocess.Popen([sys.executable, *args], cwd=ROOT,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(health, timeout=1).status_code == 200:
                    break
            if proc.poll() is not None:
                raise RuntimeError(f"{args[1]} exited at start")
            time.sleep(0.05)
        else:
            raise RuntimeError(f"{args[1]} did not start")
        yield proc
    finally:
        proc.kill()
        proc.wait()


class Recorder:
    """httpx event hooks that note each request's path, body size and response size."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, int, int]] = []

    def hooks(self) -> dict[str, list[Any]]:
        return {"response": [self._response]}

    def _response(self, response: Any) -> None:
        response.read()
        request = response.request
        self.calls.append((request.method, request.url.path, len(request.content or b""),
                           len(response.content)))


def _replay(calls: list[tuple[str, str, int, int]], port: int) -> float:
    """Send the same bytes up and fetch the same bytes down from the null server; ms."""
    import httpx

    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
        start = time.perf_counter()
        for method, _path, sent, received in calls:
            if method == "POST":
                http.post("/sink", content=b"x" * sent)
            if received > 2:
                http.get("/bytes", params={"n": received})
        return (time.perf_counter() - start) * 1000


def _hub_with_catalogue(folder: Path, products: int) -> Path:
    from sync.hub.store import HubStore

    path = folder / f"hub-{products}.sqlite"
    if path.exists():
        return path
    admin = HubStore(path)
    try:
        admin.upsert_entities("craft", [("MADHUBANI", {"code": "MADHUBANI",
                                                       "name_en": "Madhubani",
                                                       "name_hi": "मधुबनी"})])
        admin.upsert_entities("product", (
            (f"MB-{n:06d}", dict(PRODUCT, sku=f"MB-{n:06d}", mrp_paise=10_000 + n))
            for n in range(products)
        ))
    finally:
        admin.close()
    return path


def _enrolled_stall(folder: Path, hub_path: Path, url: str, name: str) -> store.Database:
    from sync import client
    from sync.hub.store import HubStore

    admin = HubStore(hub_path)
    try:
        code = admin.create_enroll_code(name)
    finally:
        admin.close()
    db = store.open_store(folder / name)
    client.enroll(db, url, code)
    return db


def measure(shop: Workshop, sizes: Sizes) -> list[Result]:
    """Push, pull, hub memory, and pull growth."""
    push_metric = f"push {sizes.push_orders:,} orders to a loopback hub"
    pull_metric = f"pull {sizes.pull_products:,} products from a loopback hub"
    rss_metric = "hub peak RSS during the push"
    try:
        import httpx

        from sync import client
        from sync.hub import store as _hub_store  # noqa: F401
        from tests.helpers import stalldata
    except ImportError as exc:
        why = f"feature missing: {exc.name}"
        return [missing(push_metric, "ms", why, budget=5000),
                missing(pull_metric, "ms", why, budget=5000),
                missing(rss_metric, "MB", why, budget=150)]
    folder = shop.root / f"sync-{os.getpid()}"
    folder.mkdir(exist_ok=True)
    results: list[Result] = []
    hub_path = _hub_with_catalogue(folder, sizes.pull_products)
    port, null_port = _free_port(), _free_port()
    url = f"http://127.0.0.1:{port}"
    with _process(["-m", "sync.hub.cli", "serve", "--db", str(hub_path), "--port", str(port)],
                  f"{url}/v1/health") as hub, \
         _process(["-m", "benchmarks.null_server", str(null_port)],
                  f"http://127.0.0.1:{null_port}/bytes?n=1"):
        # Push: N bills made by the record builders, a thousand per setup commit.
        seller = _enrolled_stall(folder, hub_path, url, "seller")
        try:
            seller.execute("PRAGMA synchronous = OFF")
            rng = random.Random(1)
            for start in range(0, sizes.push_orders, 1000):
                with store.write(seller):
                    for _ in range(min(1000, sizes.push_orders - start)):
                        stalldata.make_sale(seller, rng)
            seller.execute("PRAGMA synchronous = FULL")
            records = int(seller.execute("SELECT count(*) FROM outbox").fetchone()[0])
            recorder = Recorder()
            _reset_peak(hub.pid)
            with httpx.Client(timeout=60, event_hooks=recorder.hooks()) as http, \
                 client.SyncClient(seller, http=http, batch_size=1000) as sync:
                began = time.perf_counter()
                report = sync.push()
                push_ms = (time.perf_counter() - began) * 1000
            if report.sent != records:
                raise RuntimeError(f"push sent {report.sent} of {records} records")
            hub_peak = _peak_mb(hub.pid)
            floor = _replay(recorder.calls, null_port)
            results.append(Result(
                push_metric, "ms", [push_ms], [floor], floor_name="same bytes to a null endpoint",
                budget=5000, on="median",
                extra={"records": records, "batches": len(recorder.calls),
                       "bytes_up": sum(c[2] for c in recorder.calls)},
            ))
            results.append(Result(rss_metric, "MB", [hub_peak], budget=150, on="median"))
        finally:
            seller.close()
        results.append(_pull(folder, hub_path, url, null_port, sizes.pull_products, pull_metric))
    for n in sizes.growth:
        results.append(_pull_alone(folder, n))
    return results


def _pull(folder: Path, hub_path: Path, url: str, null_port: int, products: int,
          metric: str) -> Result:
    import httpx

    from sync import client

    reader = _enrolled_stall(folder, hub_path, url, f"reader-{products}-{time.time_ns()}")
    try:
        recorder = Recorder()
        with httpx.Client(timeout=60, event_hooks=recorder.hooks()) as http, \
             client.SyncClient(reader, http=http, page_size=5000) as sync:
            began = time.perf_counter()
            sync.pull()
            pull_ms = (time.perf_counter() - began) * 1000
        got = int(reader.execute("SELECT count(*) FROM products").fetchone()[0])
        if got != products:
            raise RuntimeError(f"pulled {got} of {products} products")
    finally:
        reader.close()
    floor = _replay(recorder.calls, null_port)
    return Result(metric, "ms", [pull_ms], [floor], floor_name="same bytes from a null endpoint",
                  budget=5000, on="median",
                  extra={"pages": len(recorder.calls),
                         "bytes_down": sum(c[3] for c in recorder.calls)})


def _pull_alone(folder: Path, products: int) -> Result:
    """Pull growth: a hub of ``products`` products, its own processes."""
    hub_path = _hub_with_catalogue(folder, products)
    port, null_port = _free_port(), _free_port()
    url = f"http://127.0.0.1:{port}"
    with _process(["-m", "sync.hub.cli", "serve", "--db", str(hub_path), "--port", str(port)],
                  f"{url}/v1/health"), \
         _process(["-m", "benchmarks.null_server", str(null_port)],
                  f"http://127.0.0.1:{null_port}/bytes?n=1"):
        result = _pull(folder, hub_path, url, null_port, products,
                       f"growth: pull at {products:,} products")
    result.budget = None
    return result


def run(shop: Workshop, sizes: Sizes) -> list[Result]:
    """Every sync measurement."""
    return measure(shop, sizes)
