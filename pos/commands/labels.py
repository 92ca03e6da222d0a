"""``mela-pos labels [--craft C | --sku S ...] --out FILE.pdf``: price tags on A4 sheets."""

from __future__ import annotations

import argparse

from pos.commands import Context, out_file
from pos.documents import model
from pos.documents.labels import SHEETS, render_labels
from pos.documents.layout import save_document
from pos.errors import InputError

# A sheet run of more copies than this is a typing slip (99999999 would render for hours).
MAX_COPIES = 500
MAX_LABELS = 10_000  # about 420 A4 sheets, a few seconds to render


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Handle ``labels``."""
    labels = model.label_data(ctx.db(), skus=args.sku, craft=args.craft)
    if len(labels) * args.copies > MAX_LABELS:
        raise InputError(f"That is {len(labels) * args.copies} labels; print at most "
                         f"{MAX_LABELS} at a time (fewer --copies, or one --craft).")
    copies = [label for label in labels for _ in range(args.copies)]
    pdf = render_labels(copies, sheet=args.sheet, start=args.skip,
                        outlines=not args.no_outlines)
    path = save_document(args.out, pdf)
    print(f"Wrote {len(copies)} labels to {path}")
    return 0


def _copies(text: str) -> int:
    value = int(text) if text.isdigit() else 0
    if not 1 <= value <= MAX_COPIES:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a whole number from 1 to {MAX_COPIES}")
    return value


def _name(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("is empty; give a craft or SKU")
    return text.strip()


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number")
    return int(text)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``labels [--craft C | --sku S ...] --out FILE.pdf``."""
    parser = sub.add_parser("labels", parents=[common],
                            help="price tags with barcode and QR on A4 label sheets")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--craft", type=_name, metavar="C", help="every active product of a craft")
    which.add_argument("--sku", type=_name, metavar="S", nargs="+", action="extend",
                       help="these products, in this order")
    parser.add_argument("--out", required=True, type=out_file, metavar="FILE.pdf",
                        help="the PDF to write")
    parser.add_argument("--sheet", choices=sorted(SHEETS), default="a4-24",
                        help="label stock: a4-24 (70 x 37 mm) or a4-14 (99.1 x 38.1 mm)")
    parser.add_argument("--copies", type=_copies, default=1, metavar="N",
                        help=f"labels per product, 1 to {MAX_COPIES} (default 1)")
    parser.add_argument("--skip", type=_count, default=0, metavar="N",
                        help="labels already used on the first sheet")
    parser.add_argument("--no-outlines", action="store_true",
                        help="no cutting outlines (for pre-cut label stock)")
    parser.set_defaults(run=run)
