"""``mela-pos receipt INVOICE_NO --format roll80|roll58|a5 --out FILE.pdf``: re-render a bill.

The same command renders a refund note (``--credit-note``) or a pre-order slip
(``--preorder``) by their numbers, on roll paper.
"""

from __future__ import annotations

import argparse

from pos.commands import Context, out_file
from pos.documents import model
from pos.documents.invoice_a5 import render_invoice_a5
from pos.documents.layout import save_document
from pos.documents.preorder_slip import render_preorder_slip
from pos.documents.receipt import render_receipt
from pos.documents.refund_note import render_refund_note
from pos.errors import InputError

FORMATS = ("roll80", "roll58", "a5")


def render(ctx: Context, args: argparse.Namespace) -> bytes:
    """The PDF the arguments ask for."""
    db = ctx.db()
    if args.credit_note or args.preorder:
        if args.format == "a5":
            raise InputError("Refund notes and pre-order slips are printed on roll paper; "
                             "use --format roll80 or roll58.")
        if args.credit_note:
            return render_refund_note(model.refund_note_data(db, args.number), args.format)
        return render_preorder_slip(model.preorder_slip_data(db, args.number), args.format)
    data = model.receipt_data(db, args.number)
    if args.format == "a5":
        return render_invoice_a5(data)
    return render_receipt(data, args.format)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Handle ``receipt``."""
    path = save_document(args.out, render(ctx, args))
    print(f"Wrote {path}")
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``receipt NUMBER [--format F] --out FILE.pdf``."""
    parser = sub.add_parser("receipt", parents=[common],
                            help="render a bill (or refund note, pre-order slip) as PDF")
    parser.add_argument("number", metavar="INVOICE_NO",
                        help="the invoice number, e.g. S01/2627/000123")
    parser.add_argument("--format", choices=FORMATS, default="roll80",
                        help="roll80 or roll58 thermal roll, or a5 full invoice "
                             "(default roll80)")
    parser.add_argument("--out", required=True, type=out_file, metavar="FILE.pdf",
                        help="the PDF to write")
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--credit-note", action="store_true",
                      help="the number is a refund's credit note number")
    kind.add_argument("--preorder", action="store_true",
                      help="the number is a pre-order number")
    parser.set_defaults(run=run)
