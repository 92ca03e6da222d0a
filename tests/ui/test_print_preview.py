"""System printing: the PDF's pages are painted onto a QPrinter at the PDF's page size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos.documents import model
from pos.documents.receipt import render_receipt
from pos.store import Database
from tests.helpers import doc_fixtures as fx
from tests.helpers import pdf_read
from ui import print_preview


@pytest.fixture
def receipt_pdf(db: Database) -> bytes:
    staff = fx.set_up_stall(db)
    bill = fx.make_bill(db, [fx.Item(*fx.LONG_NAMES[0], price=125_000)], staff_id=staff)
    return render_receipt(model.receipt_data(db, bill.invoice_no), "roll58")


def test_paint_to_a_pdf_printer_keeps_the_roll_size(qtbot: QtBot, receipt_pdf: bytes,
                                                    tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    out = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    print_preview.fit_printer_to(printer, receipt_pdf)
    assert print_preview.paint_pdf(printer, receipt_pdf) == 1
    (page,) = pdf_read.pages(out.read_bytes())
    original = pdf_read.pages(receipt_pdf)[0]
    assert page.width == pytest.approx(original.width, abs=1)
    assert page.height == pytest.approx(original.height, abs=1)
    # The painted page carries the receipt's QR, readable from the printed copy.
    assert pdf_read.qr_texts(out.read_bytes(), scale=2)


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's limitation
def test_preview_dialog_opens_and_can_be_cancelled(
    qtbot: QtBot, receipt_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    painted: list[int] = []
    real_paint = print_preview.paint_pdf

    def counting_paint(printer: QPrinter, pdf: bytes) -> int:
        painted.append(real_paint(printer, pdf))
        return painted[-1]

    monkeypatch.setattr(print_preview, "paint_pdf", counting_paint)
    def close_preview() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QPrintPreviewDialog) and widget.isVisible():
                assert widget.objectName() == "printPreview"
                widget.reject()
                return
        QTimer.singleShot(20, close_preview)

    QTimer.singleShot(20, close_preview)
    assert print_preview.preview_and_print(receipt_pdf, title="Bill") is False
    assert painted and painted[0] == 1  # the preview drew the receipt's one page
