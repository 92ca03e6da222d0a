"""What the screens print, in one place: ``pos.documents`` renders, ``pos.printing`` prints.

Every function here is meant to run in a worker (rendering and printer I/O take tens to
hundreds of milliseconds); each takes the worker's own connection. Printer problems arrive
as ``PrinterError`` sentences that the screens show next to a Reprint button.
"""

from __future__ import annotations

from pos import printing
from pos.documents.invoice_a5 import render_invoice_a5
from pos.documents.model import (
    preorder_slip_data,
    receipt_data,
    refund_note_data,
    zreport_data,
)
from pos.documents.preorder_slip import render_preorder_slip
from pos.documents.receipt import render_receipt
from pos.documents.refund_note import render_refund_note
from pos.documents.zreport import render_zreport
from pos.errors import MelaError
from pos.store import Database

ROLL = "roll"
A5 = "a5"


def report_paper(db: Database) -> str:
    """The paper full-page reports are laid out for: the roll on a thermal printer, else A4."""
    try:
        return printing.report_paper(printing.printer_settings(db))
    except MelaError:
        return "a4"  # unusable printer settings: the report still renders for the screen


def z_report_pdf(db: Database, business_date: str) -> bytes:
    """The Z report of one business day, on A4, or on the roll when the stall's printer is
    a thermal one (a full page would not print there)."""
    return render_zreport(zreport_data(db, business_date), paper=report_paper(db))


def send_report(db: Database, pdf: bytes, *, name: str | None = None) -> str:
    """Print a report rendered by ``z_report_pdf`` (roll or page, as it was laid out)."""
    return send(db, pdf, roll=report_paper(db) != "a4", name=name)


def send(db: Database, pdf: bytes, *, roll: bool, name: str | None = None) -> str:
    """Print a rendered document on the configured printer; returns what was done.

    Raises:
        PrinterError: no printer is set up, or the printer is off, missing or out of paper.
    """
    return printing.print_pdf(db, pdf, roll=roll, name=name)


def receipt_pdf(db: Database, invoice_no: str, kind: str = ROLL) -> bytes:
    """A bill as its roll receipt (on the stall printer's roll) or as an A5 invoice."""
    data = receipt_data(db, invoice_no)
    if kind == A5:
        return render_invoice_a5(data)
    return render_receipt(data, printing.printer_settings(db).roll)


def reprint(db: Database, invoice_no: str, kind: str) -> str:
    """Print a bill again as a roll receipt or an A5 invoice; returns what was done."""
    return printing.print_bill(db, invoice_no, a5=kind == A5)


def refund_note(db: Database, credit_note_no: str) -> str:
    """Print the credit note of a refund on the receipt printer; returns what was done."""
    paper = printing.printer_settings(db).roll
    pdf = render_refund_note(refund_note_data(db, credit_note_no), paper)
    return send(db, pdf, roll=True, name=credit_note_no.replace("/", "-"))


def preorder_slip(db: Database, preorder_no: str) -> str:
    """Print a pre-order slip (advance, balance, promised date) for the buyer to keep."""
    paper = printing.printer_settings(db).roll
    pdf = render_preorder_slip(preorder_slip_data(db, preorder_no), paper)
    return send(db, pdf, roll=True, name=preorder_no.replace("/", "-"))
