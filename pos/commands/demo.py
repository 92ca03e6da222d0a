"""``mela-pos demo``: fill a data folder with the demo catalogue, synthetic products and sales.

With an empty data folder it first loads the bundled demo (16 Bihar crafts, their artisans
and about a hundred products with pictures). ``--products N`` adds N synthetic products for
trials and benchmarks; ``--sales M`` adds M realistic sales through the checkout code.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time

from pos import catalogue, demo_catalogue
from pos.commands import Context
from pos.errors import MelaError


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0 or value > 1_000_000:
        raise argparse.ArgumentTypeError("must be between 0 and 1,000,000")
    return value


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``demo`` command."""
    parser = sub.add_parser(
        "demo", parents=[common], help="load the demo catalogue; add synthetic products/sales",
        description="Load the bundled demo catalogue into an empty data folder, then "
        "optionally add synthetic products and sales for trials and benchmarks.",
    )
    parser.add_argument("--products", metavar="N", type=_count, default=0,
                        help="add N synthetic products (mixed English/Hindi names)")
    parser.add_argument("--sales", metavar="M", type=_count, default=0,
                        help="add M realistic sales through the checkout code")
    parser.add_argument("--seed", type=int, default=None,
                        help="random seed, for a reproducible catalogue")
    parser.set_defaults(run=run)


def _progress(done: int, total: int) -> None:
    if total >= 5000:
        print(f"  {done:,} / {total:,} products", file=sys.stderr, flush=True)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Load the demo if needed, then add what was asked for."""
    db = ctx.db()
    if catalogue.is_empty(db):
        result = catalogue.load_demo(db)
        print(f"Loaded the demo catalogue into {ctx.data_dir}: {result.summary()}")
    elif not (args.products or args.sales):
        print(f"{ctx.data_dir} already has a catalogue; the demo was not loaded again.")
    if args.products:
        began = time.perf_counter()
        demo_catalogue.add_synthetic_products(db, args.products, seed=args.seed,
                                              progress=_progress)
        print(f"Added {args.products:,} synthetic products "
              f"in {time.perf_counter() - began:.1f} s.")
    if args.sales:
        try:
            demo_sales = importlib.import_module("pos.demo_sales")
        except ModuleNotFoundError as exc:
            if exc.name != "pos.demo_sales":
                raise
            raise MelaError(
                "Synthetic sales are not available in this version of Mela POS "
                "(the pos.demo_sales module is missing)."
            ) from None
        began = time.perf_counter()
        demo_sales.add_sales(db, args.sales)
        print(f"Added {args.sales:,} sales in {time.perf_counter() - began:.1f} s.")
    print(f"The catalogue now has {catalogue.count(db):,} active products.")
    return 0
