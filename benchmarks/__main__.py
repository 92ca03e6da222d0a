"""``python -m benchmarks [--quick] [--json FILE]``: run the performance suite.

Every measurement runs on generated data in a temporary folder and, where the budget is
relative, next to its floor in the same run. Prints the table (metric, median, p95, floor,
ratio, budget, ok) and, with ``--json``, writes the same as JSON. Exit code 0 when every
measured budget is met, 1 when one is missed (missing features do not fail the run).

Modes: full (DESIGN.md sizes, ~10 minutes on 2 cores), ``--quick`` (smaller, under two
minutes), ``--tiny`` (seconds; for the unit test that checks the suite runs).
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from benchmarks import core
from benchmarks.data import Workshop

GROUPS = ("selling", "search", "startup", "sync")
MODULES = {"selling": "selling", "search": "search", "startup": "startup", "sync": "syncing"}


def _group(name: str) -> Callable[[Workshop, core.Sizes], list[core.Result]]:
    """The ``run`` function of one group's module."""
    module = importlib.import_module(f"benchmarks.{MODULES[name]}")
    return module.run


def main(argv: list[str] | None = None) -> int:
    """Run the chosen groups at the chosen sizes; print and optionally save the results."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split(
        "\n")[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="smaller sizes, under two minutes")
    size.add_argument("--tiny", action="store_true", help="a few seconds (the unit test)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results here")
    parser.add_argument("--only", metavar="GROUPS", default=",".join(GROUPS),
                        help=f"comma-separated subset of {','.join(GROUPS)}")
    parser.add_argument("--workdir", type=Path, help="keep generated data here (default: temp)")
    args = parser.parse_args(argv)
    sizes = core.TINY if args.tiny else core.QUICK if args.quick else core.FULL
    groups = [g for g in args.only.split(",") if g]
    unknown = set(groups) - set(GROUPS)
    if unknown:
        parser.error(f"unknown group(s): {', '.join(sorted(unknown))}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("MELA_POS_LOGS", os.path.join(tempfile.gettempdir(),
                                                        "mela-pos-bench-logs"))
    root = args.workdir or Path(tempfile.mkdtemp(prefix="mela-pos-bench-"))
    shop = Workshop(root)
    started = time.perf_counter()
    results: list[core.Result] = []
    try:
        for name in groups:
            print(f"… {name}", file=sys.stderr, flush=True)
            try:
                results += _group(name)(shop, sizes)
            except Exception as exc:  # one broken group must not hide the others' figures
                traceback.print_exc()
                failed = core.Result(f"{name} (error)", "ms",
                                     note=f"{type(exc).__name__}: {exc}")
                failed.samples = []
                failed.missing = f"error: {type(exc).__name__}: {str(exc)[:80]}"
                results.append(failed)
    finally:
        if args.workdir is None:
            shutil.rmtree(root, ignore_errors=True)
    seconds = time.perf_counter() - started
    print(core.table(results))
    info = core.machine()
    print(f"\n{sizes.name} run, {seconds:.0f} s, {info.get('cpus')} CPUs, "
          f"{info.get('memory_gb', '?')} GB, Python {info['python']}")
    if args.json:
        core.write_json(args.json, sizes, results, seconds)
        print(f"results written to {args.json}")
    errors = any(r.missing and r.missing.startswith("error") for r in results)
    return 1 if errors or any(r.ok is False for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
