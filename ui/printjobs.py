"""What the screens print, in one place: ``pos.documents`` renders, ``pos.printing`` prints.

Every function here is meant to run in a worker (rendering and printer I/O take tens to
hundreds of milliseconds); each takes the worker's own connection. Printer problems arrive
as ``PrinterError`` sentences that the screens show next to a Reprint button.
"""

from __future__ import annotations

from pos import printing
from pos.documents.model import zreport_data
from pos.documents.zreport import render_zreport
from pos.store import Database

ROLL = "roll"
A5 = "a5"


def z_report_pdf(db: Database, business_date: str) -> bytes:
    """The Z report of one business day."""
    return render_zreport(zreport_data(db, business_date))


def send(db: Database, pdf: bytes, *, roll: bool, name: str) -> str:
    """Print a rendered document on the configured printer; returns what was done.

    Raises:
        PrinterError: no printer is set up, or the printer is off, missing or out of paper.
    """
    return printing.print_pdf(db, pdf, roll=roll, name=name)


def reprint(db: Database, invoice_no: str, kind: str) -> str:
    """Print a bill again as a roll receipt or an A5 invoice; returns what was done."""
    return printing.print_bill(db, invoice_no, a5=kind == A5)
