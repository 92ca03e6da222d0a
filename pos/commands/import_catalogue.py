"""``mela-pos import-catalogue FILE``: add or update products from a CSV or JSON file.

Every row is checked first; if any row is bad, the command names each bad row by its line
(CSV) or product number (JSON), exits non-zero and writes nothing. The columns are listed in
docs/catalogue.md and in ``pos.catalogue_file``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pos import catalogue
from pos.catalogue_file import CSV_COLUMNS
from pos.commands import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``import-catalogue`` command."""
    parser = sub.add_parser(
        "import-catalogue", parents=[common], help="import products from a CSV or JSON file",
        description="Add or update crafts, artisans and products from a CSV or JSON file. "
        "Nothing is written unless every row is good. CSV columns: "
        + ", ".join(CSV_COLUMNS) + " (mrp in rupees; picture paths relative to the file).",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="a .csv or .json catalogue")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Import the file and print what changed."""
    result = catalogue.import_file(ctx.db(), args.file)
    print(f"Imported {args.file.name}: {result.summary()}")
    return 0
