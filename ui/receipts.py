"""Print a bill's receipt in the background; a printer problem never loses the sale.

The sale is already committed when this runs. Rendering and printing go to a worker on the
``io`` lane so the counter stays responsive; a ``PrinterError`` (no paper, unplugged, no
printer set) shows its sentence with a Reprint button.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from pos.errors import MelaError
from pos.store import Database
from ui.messages import explain, offer
from ui.services import Services

log = logging.getLogger(__name__)


def _print(db: Database, invoice_no: str) -> Any:
    # Imported by name so a build without the printing module says so plainly.
    printing = importlib.import_module("pos.printing")
    return printing.print_receipt(db, invoice_no)


def print_receipt(services: Services, parent: QWidget | None, invoice_no: str) -> None:
    """Print the receipt of ``invoice_no`` in a worker; report problems with a Reprint offer."""

    def done(_result: Any) -> None:
        log.info("receipt %s: %s", invoice_no, _result)
        window = parent.window() if parent is not None else None
        status = getattr(window, "statusBar", None)
        if callable(status):
            # Keep "give change ..." from the sale on screen; add the printer's news.
            before = status().currentMessage()
            printed = QCoreApplication.translate("Receipts", "Receipt {invoice} printed.") \
                .format(invoice=invoice_no)
            status().showMessage(f"{before} {printed}".strip(), 15000)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, ModuleNotFoundError) and exc.name == "pos.printing":
            text = QCoreApplication.translate(
                "Receipts", "Receipt printing is not available in this build; bill {invoice} "
                "is saved.").format(invoice=invoice_no)
        elif isinstance(exc, MelaError):
            text = QCoreApplication.translate(
                "Receipts", "The receipt for bill {invoice} did not print: {problem} "
                "The bill is saved.").format(invoice=invoice_no, problem=explain(exc))
        else:
            log.error("printing %s failed", invoice_no, exc_info=exc)
            text = QCoreApplication.translate(
                "Receipts", "The receipt for bill {invoice} did not print because of an "
                "error inside Mela POS. The bill is saved.").format(invoice=invoice_no)
        offer(parent, name="printerProblem",
              title=QCoreApplication.translate("Receipts", "Printer"), text=text,
              action=QCoreApplication.translate("Receipts", "Reprint"),
              action_name="reprintButton",
              on_action=lambda: print_receipt(services, parent, invoice_no),
              dismiss=QMessageBox.StandardButton.Close)

    services.run(parent, lambda db: _print(db, invoice_no), done, failed, lane="io")
