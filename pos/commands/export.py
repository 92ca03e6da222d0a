"""``mela-pos export sales``: the GST sales file for the accountant.

Built from the very payloads queued for the hub (order, refund and void records in the
outbox) with ``pos.salesexport.export_rows``, the function ``mela-hub export sales`` uses,
so the stall's file and the hub's file agree line for line.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from pos.commands import Context, out_file
from pos.days import parse_date
from pos.errors import InputError
from pos.salesexport import export_rows, write_csv
from pos.store import Database


def sales_payloads(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every order, refund and void payload this laptop has written, by kind."""
    out: dict[str, list[dict[str, Any]]] = {"order": [], "refund": [], "void": []}
    for kind, payload in db.execute(
        "SELECT kind, payload FROM outbox WHERE kind IN ('order', 'refund', 'void') ORDER BY seq"
    ):
        out[kind].append(json.loads(payload))
    return out


def export_sales(db: Database, date_from: date, date_to: date, out: Path | str) -> int:
    """Write the sales CSV for [date_from, date_to] (IST dates); returns the row count."""
    if date_to < date_from:
        raise InputError(f"--to {date_to} is before --from {date_from}.")
    out = Path(out)
    if not out.parent.is_dir():
        raise InputError(f"The folder {out.parent} does not exist (or is not a folder).")
    payloads = sales_payloads(db)
    rows = export_rows(payloads["order"], payloads["refund"], payloads["void"],
                       date_from=date_from, date_to=date_to)
    try:
        return write_csv(rows, out)
    except OSError as exc:
        raise InputError(f"Cannot write {out}: {exc.strerror or exc}.") from exc


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Handle ``export sales``."""
    date_from = parse_date(args.date_from, "--from")
    date_to = parse_date(args.date_to, "--to")
    count = export_sales(ctx.db(), date_from, date_to, args.out)
    print(f"{count} rows written to {args.out}")
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``export sales --from DATE --to DATE --out FILE.csv``."""
    export = sub.add_parser("export", parents=[common], help="export records to files")
    what = export.add_subparsers(dest="what", metavar="WHAT", required=True)
    sales = what.add_parser(
        "sales", parents=[common],
        help="one CSV row per bill line with the GST columns, for the accountant",
    )
    sales.add_argument("--from", dest="date_from", required=True, metavar="DATE",
                       help="first IST date, YYYY-MM-DD")
    sales.add_argument("--to", dest="date_to", required=True, metavar="DATE",
                       help="last IST date, YYYY-MM-DD")
    sales.add_argument("--out", required=True, type=out_file, metavar="FILE.csv",
                       help="the CSV to write")
    sales.set_defaults(run=run)
