"""``mela-pos print INVOICE_NO``: print (or reprint) a bill on the configured printer.

A printer that is missing, off or out of paper gives one clear line and exit code 4; the
bill itself is already saved and is never changed by printing.

(The module is not called ``print.py``: importing ``pos.commands.print`` would bind the name
``print`` in the ``pos.commands`` package and shadow the builtin there.)
"""

from __future__ import annotations

import argparse

from pos import printing
from pos.commands import Context


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Handle ``print``."""
    print(printing.print_bill(ctx.db(), args.number, a5=args.a5))
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``print INVOICE_NO [--a5]``."""
    parser = sub.add_parser("print", parents=[common],
                            help="print a bill on the printer chosen in settings")
    parser.add_argument("number", metavar="INVOICE_NO", help="the invoice number")
    parser.add_argument("--a5", action="store_true",
                        help="the full A5 invoice (system or PDF printers only)")
    parser.set_defaults(run=run)
