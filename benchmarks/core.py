"""What every measurement shares: sizes, timing, statistics, the result row and the table.

A ``Result`` holds one metric's samples and, when the budget is relative, its floor's
samples from the same run (so a loaded machine slows both and the ratio still means
something). A metric whose feature has not landed is a ``Result`` with ``missing`` set:
the table says "n/a (feature missing)" rather than printing an invented number.
"""

from __future__ import annotations

import json
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Sizes:
    """How big and how often; ``full`` follows DESIGN.md, ``quick`` and ``tiny`` shrink it."""

    name: str
    startup_products: int
    search_products: int
    bills: int
    push_orders: int
    pull_products: int
    growth: tuple[int, ...]
    startup_runs: int
    keystroke_rounds: int
    checkout_runs: int
    render_runs: int


FULL = Sizes("full", 20_000, 50_000, 2_000, 10_000, 50_000, (5_000, 20_000, 100_000),
             11, 5, 300, 30)
QUICK = Sizes("quick", 5_000, 20_000, 300, 2_000, 10_000, (), 3, 2, 100, 10)
TINY = Sizes("tiny", 300, 500, 20, 60, 300, (), 1, 1, 10, 3)
SIZES = {s.name: s for s in (FULL, QUICK, TINY)}


def percentile(samples: list[float], q: float) -> float:
    """The q-th quantile by nearest rank (q in 0..1)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


@dataclass
class Result:
    """One row of the table.

    ``budget`` is an absolute ceiling on ``p95`` (or on ``median`` when ``on="median"``,
    for metrics measured a handful of times, such as process start-up) and ``max_ratio``
    a ceiling on the same statistic divided by the floor's.
    """

    metric: str
    unit: str
    samples: list[float] = field(default_factory=list)
    floor_samples: list[float] = field(default_factory=list)
    floor_name: str = ""
    budget: float | None = None
    max_ratio: float | None = None
    on: str = "p95"
    missing: str | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def stat(self, samples: list[float]) -> float | None:
        if not samples:
            return None
        return statistics.median(samples) if self.on == "median" else percentile(samples, 0.95)

    @property
    def median(self) -> float | None:
        return statistics.median(self.samples) if self.samples else None

    @property
    def p95(self) -> float | None:
        return percentile(self.samples, 0.95) if self.samples else None

    @property
    def floor(self) -> float | None:
        return self.stat(self.floor_samples)

    @property
    def ratio(self) -> float | None:
        value, floor = self.stat(self.samples), self.floor
        return None if value is None or not floor else value / floor

    @property
    def ok(self) -> bool | None:
        value = self.stat(self.samples)
        if self.missing or value is None or (self.budget is None and self.max_ratio is None):
            return None  # not measured, or a figure reported without a budget
        if self.budget is not None and value > self.budget:
            return False
        ratio = self.ratio
        return not (self.max_ratio is not None and ratio is not None and ratio > self.max_ratio)

    def budget_text(self) -> str:
        parts = []
        if self.budget is not None:
            parts.append(f"{self.on} ≤ {_num(self.budget)} {self.unit}")
        if self.max_ratio is not None:
            parts.append(f"≤ {self.max_ratio:g}× floor")
        return ", ".join(parts) or "report"

    def to_json(self) -> dict[str, Any]:
        return {
            "metric": self.metric, "unit": self.unit, "n": len(self.samples),
            "median": self.median, "p95": self.p95, "floor": self.floor,
            "floor_name": self.floor_name, "ratio": self.ratio, "budget": self.budget_text(),
            "ok": self.ok, "missing": self.missing, "note": self.note, "extra": self.extra,
            "samples": [round(s, 3) for s in self.samples],
            "floor_samples": [round(s, 3) for s in self.floor_samples],
        }


def missing(metric: str, unit: str, why: str, **budget: Any) -> Result:
    """A row for a measurement whose feature is not in this checkout."""
    return Result(metric, unit, missing=why, **budget)


def ms_since(start: float) -> float:
    """Milliseconds from ``time.perf_counter()`` value ``start`` to now."""
    return (time.perf_counter() - start) * 1000


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Run ``fn`` once; (milliseconds, its result)."""
    start = time.perf_counter()
    value = fn()
    return ms_since(start), value


def _num(value: float | None) -> str:
    if value is None:
        return "—"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def table(results: list[Result]) -> str:
    """The results as an aligned text table."""
    head = ("metric", "median", "p95", "floor", "ratio", "budget", "ok")
    rows = []
    for r in results:
        if r.missing:
            rows.append((r.metric, f"n/a ({r.missing})", "", "", "", r.budget_text(), "—"))
            continue
        ok = {True: "ok", False: "MISS", None: "—"}[r.ok]
        rows.append((
            r.metric, f"{_num(r.median)} {r.unit}", f"{_num(r.p95)} {r.unit}",
            f"{_num(r.floor)} {r.unit}" if r.floor_samples else "—",
            f"{r.ratio:.2f}×" if r.ratio is not None else "—", r.budget_text(), ok,
        ))
    widths = [max(len(str(row[i])) for row in [head, *rows]) for i in range(len(head))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(head, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True))
              for row in rows]
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    """Where the figures were measured."""
    import os

    info: dict[str, Any] = {
        "cpus": os.cpu_count(), "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}", "processor": platform.machine(),
    }
    try:
        import psutil

        info["memory_gb"] = round(psutil.virtual_memory().total / 2**30, 1)
        info["load_avg"] = [round(x, 2) for x in os.getloadavg()]
    except ImportError:
        pass
    try:
        import PySide6

        info["pyside6"] = PySide6.__version__
    except ImportError:
        pass
    return info


def write_json(path: Path, sizes: Sizes, results: list[Result], seconds: float) -> None:
    """The run as JSON (the committed record of a full run)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "suite": "mela-pos benchmarks", "mode": sizes.name, "sizes": sizes.__dict__,
        "machine": machine(), "seconds": round(seconds, 1),
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "results": [r.to_json() for r in results],
    }
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
