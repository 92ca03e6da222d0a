"""The performance suite runs end to end (tiny sizes) and reports every budget.

The budgets themselves are judged by a full run (``python -m benchmarks``), not here: on a
shared CI machine a tiny run proves the suite works, not that the app is fast.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from benchmarks import core

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = (
    "checkout commit", "roll receipt PDF", "Z report PDF", "day close computation",
    "search as you type", "start-up to painted sell screen", "app peak RSS",
    "push ", "pull ", "hub peak RSS",
)


def test_tiny_run_reports_every_measurement(tmp_path: Path) -> None:
    out = tmp_path / "tiny.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--tiny", "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=180,
    )
    assert out.exists(), done.stderr[-3000:]
    data = json.loads(out.read_text(encoding="utf-8"))
    rows = {r["metric"]: r for r in data["results"]}
    for prefix in EXPECTED:
        assert any(m.startswith(prefix) for m in rows), (prefix, sorted(rows))
    for metric, row in rows.items():
        assert not (row["missing"] or "").startswith("error"), (metric, row["missing"])
        if row["missing"] is None:
            assert row["n"] >= 1 and row["median"] > 0, metric
    assert "metric" in done.stdout and "budget" in done.stdout
    assert data["machine"]["cpus"] >= 1


def test_result_rules() -> None:
    within = core.Result("x", "ms", [1.0, 1.5, 1.8], [1.0, 1.0], budget=5, max_ratio=2.0)
    assert within.ok is True and within.ratio == 1.8
    assert within.median == 1.5 and within.p95 == 1.8
    slow = core.Result("x", "ms", [1.0, 2.0, 30.0], budget=5)
    assert slow.ok is False
    far = core.Result("x", "ms", [4.0], [1.0], max_ratio=2.0)
    assert far.ok is False
    assert core.missing("x", "ms", "feature missing: y").ok is None
    assert "n/a (feature missing: y)" in core.table([core.missing("x", "ms",
                                                                  "feature missing: y")])
