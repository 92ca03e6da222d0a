"""``mela-pos report day [--date YYYY-MM-DD] --out FILE.pdf``: the Z report of a day."""

from __future__ import annotations

import argparse
from datetime import date

from pos.commands import Context, out_file
from pos.documents import model
from pos.documents.layout import save_document
from pos.documents.zreport import render_zreport
from pos.errors import InputError
from pos.ids import ist_today


def _date(text: str | None) -> date:
    if text is None:
        return ist_today()
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise InputError(f"--date '{text}' is not a date like 2026-11-26.") from exc


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Handle ``report day``."""
    data = model.zreport_data(ctx.db(), _date(args.date))
    path = save_document(args.out, render_zreport(data, paper=args.format))
    print(f"Wrote the Z report of {data.business_date} to {path}")
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``report day [--date D] --out FILE.pdf``."""
    report = sub.add_parser("report", parents=[common], help="business reports as PDF")
    which = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    day = which.add_parser("day", parents=[common],
                           help="the Z report of a business day (default today)")
    day.add_argument("--date", metavar="YYYY-MM-DD", help="the IST business date")
    day.add_argument("--format", choices=("a4", "roll80", "roll58"), default="a4",
                     help="a4 for the file (default), or a thermal roll width")
    day.add_argument("--out", required=True, type=out_file, metavar="FILE.pdf",
                     help="the PDF to write")
    day.set_defaults(run=run)
