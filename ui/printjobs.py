"""What the screens print, in one place: render a document with ``pos.documents`` and send
it to the configured printer with ``pos.printing``.

Every function here is meant to run in a worker (rendering and printer I/O take tens to
hundreds of milliseconds); each takes the worker's own connection. Printer problems arrive
as ``MelaError`` sentences the screens show next to a Reprint button.
"""

from __future__ import annotations

from types import ModuleType

from pos.documents.invoice_a5 import render_invoice_a5
from pos.documents.model import receipt_data, zreport_data
from pos.documents.receipt import render_receipt
from pos.documents.zreport import render_zreport
from pos.errors import MelaError
from pos.store import Database

ROLL = "roll"
A5 = "a5"


def printing_module() -> ModuleType | None:
    """``pos.printing`` when this build has it (it arrives with the documents work)."""
    try:
        from pos import printing
    except ImportError:
        return None
    return printing


def roll_paper(db: Database) -> str:
    """The roll width the stall's printer takes (``roll80`` unless set to ``roll58``)."""
    printing = printing_module()
    if printing is None:
        return "roll80"
    return str(printing.printer_settings(db).paper)


def receipt_pdf(db: Database, invoice_no: str, kind: str) -> bytes:
    """A bill as a roll receipt (``kind="roll"``) or an A5 tax invoice (``"a5"``)."""
    data = receipt_data(db, invoice_no)
    if kind == A5:
        return render_invoice_a5(data)
    return render_receipt(data, roll_paper(db))


def z_report_pdf(db: Database, business_date: str) -> bytes:
    """The Z report of one business day."""
    return render_zreport(zreport_data(db, business_date))


def send(db: Database, pdf: bytes, *, roll: bool) -> None:
    """Print a rendered document on the configured printer.

    Raises:
        MelaError: no printer is set up, or the printer is off, missing or out of paper.
    """
    printing = printing_module()
    if printing is None:
        raise MelaError("Printing is not set up in this build; save the PDF instead.")
    printing.print_pdf(db, pdf, roll=roll)


def reprint(db: Database, invoice_no: str, kind: str) -> None:
    """Render and print one bill again."""
    send(db, receipt_pdf(db, invoice_no, kind), roll=kind == ROLL)
