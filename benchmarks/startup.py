"""Start-up to a painted sell screen, in a fresh process, against a bare PySide6 window.

Budget: median ≤ 1.0 s and ≤ 2× the bare window (both timed from just before the process
is created to the first paint event, so interpreter start is in both). Also the peak RSS of
the app with the catalogue shown, and after paging through all of it (budget 200 MB).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.core import Result, Sizes, missing
from benchmarks.data import Workshop

ROOT = Path(__file__).resolve().parents[1]


def _child(args: list[str]) -> tuple[float, dict[str, Any]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               MELA_POS_LOGS=tempfile.gettempdir() + "/mela-pos-bench-logs",
               # An installed app runs from compiled bytecode (pip and PyInstaller compile
               # it); a shell with PYTHONDONTWRITEBYTECODE would make every run compile the
               # app's sources again (about 40 ms) while the floor's PySide6 is compiled.
               PYTHONPYCACHEPREFIX=tempfile.gettempdir() + "/mela-pos-bench-pycache")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.time()
    done = subprocess.run([sys.executable, "-m", "benchmarks.startup_child", *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"start-up child failed ({done.returncode}): "
                           f"{(done.stderr or done.stdout)[-600:]}")
    report = json.loads(lines[-1])
    if "error" in report:
        raise RuntimeError(report["error"])
    return (report["painted"] - started) * 1000, report


def app_available() -> str | None:
    """Why the app cannot be started here, or None."""
    import importlib

    try:
        from ui import mainwindow

        for _key, module in mainwindow.SCREENS:
            importlib.import_module(module)
    except ImportError as exc:
        return f"feature missing: {str(exc).split(' (')[0]}"
    return None


def measure_startup(shop: Workshop, products: int, runs: int,
                    label: str | None = None) -> Result:
    """Fresh-process start-up of the app on ``products`` products vs a bare window."""
    metric = label or f"start-up to painted sell screen ({products:,} products)"
    why = app_available()
    if why:
        return missing(metric, "ms", why, budget=1000, max_ratio=2.0, on="median")
    data_dir = shop.catalogue(products)
    _child(["app", str(data_dir)])  # warm the disk cache, compile .pyc files
    result = Result(metric, "ms", floor_name="bare PySide6 window, fresh process",
                    budget=1000, max_ratio=2.0, on="median")
    for _ in range(runs):  # alternate, so both see the same machine load
        result.floor_samples.append(_child(["bare"])[0])
        result.samples.append(_child(["app", str(data_dir)])[0])
    return result


def measure_memory(shop: Workshop, products: int) -> list[Result]:
    """Peak RSS of the app showing ``products`` products, and after paging through all."""
    shown = f"app peak RSS, {products:,} products shown"
    scrolled = f"app peak RSS after paging through all {products:,}"
    why = app_available()
    if why:
        return [missing(shown, "MB", why, budget=200, on="median"),
                missing(scrolled, "MB", why, budget=200, on="median")]
    data_dir = shop.catalogue(products)
    _ms, report = _child(["app", str(data_dir), "--scroll"])
    _ms, bare = _child(["bare"])
    first = Result(shown, "MB", [report["rss_mb"]], [bare["rss_mb"]],
                   floor_name="bare PySide6 window", budget=200, on="median",
                   extra={"rows_shown": report.get("rows_shown")})
    full = Result(scrolled, "MB", [report["rss_scrolled_mb"]], [bare["rss_mb"]],
                  floor_name="bare PySide6 window", budget=200, on="median",
                  extra={"rows": report.get("rows_scrolled"),
                         "scroll_s": round(report.get("scroll_s", 0), 2)})
    return [first, full]


def run(shop: Workshop, sizes: Sizes) -> list[Result]:
    """Start-up, memory, and start-up growth (full mode)."""
    results = [measure_startup(shop, sizes.startup_products, sizes.startup_runs)]
    results += measure_memory(shop, sizes.startup_products)
    for n in sizes.growth:
        results.append(measure_startup(shop, n, max(3, sizes.startup_runs // 2),
                                       label=f"growth: start-up at {n:,} products"))
    return results
