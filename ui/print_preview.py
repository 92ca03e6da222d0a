"""System printing with a preview, for every document the stall makes.

The app renders the PDF in a worker (``pos.documents``), then hands the bytes here. Pages are
rasterised with pdfium at the printer's resolution and painted onto the ``QPrinter``, so what
prints is exactly the PDF the buyer would get by e-mail, Devanagari shaping included (Qt's
own PDF support is not in the Essentials wheel). The printer's page size is set from the PDF
page, so an 80 mm roll receipt goes to a roll printer queue at its true size.

No SQL here: callers pass the PDF bytes, or a render function that runs in a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from pos import printing
from pos.store import Database

MAX_DPI = 300  # beyond this a page image only costs memory, not sharpness


def _page_image(page: pdfium.PdfPage, dpi: float) -> QImage:
    """One PDF page as a QImage at ``dpi``."""
    bitmap = page.render(scale=dpi / 72, grayscale=False)
    pil = bitmap.to_pil().convert("RGB")
    data = pil.tobytes("raw", "RGB")
    image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
    return image.copy()  # detach from the Python buffer before it is freed


def fit_printer_to(printer: QPrinter, pdf: bytes) -> None:
    """Give the printer the PDF's first page size and no margins (the PDF has its own)."""
    doc = pdfium.PdfDocument(pdf)
    try:
        width, height = doc[0].get_size()
    finally:
        doc.close()
    size = QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "Mela document",
                     QPageSize.SizeMatchPolicy.ExactMatch)
    orientation = (QPageLayout.Orientation.Landscape if width > height
                   else QPageLayout.Orientation.Portrait)
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)


def paint_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Paint every page of ``pdf`` onto ``printer``; returns the number of pages painted."""
    doc = pdfium.PdfDocument(pdf)
    painter = QPainter()
    if not painter.begin(printer):
        doc.close()
        raise RuntimeError("the printer could not start the job")
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        count = len(doc)
        for index in range(count):
            if index:
                printer.newPage()
            image = _page_image(doc[index], dpi)
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            # Keep the aspect ratio: scale to the page width, top-aligned.
            scale = min(target.width() / image.width(), target.height() / image.height())
            painter.drawImage(QRectF(target.left(), target.top(), image.width() * scale,
                                     image.height() * scale), image)
        return count
    finally:
        painter.end()
        doc.close()


def preview_and_print(pdf: bytes, *, title: str, parent: QWidget | None = None) -> bool:
    """Show the print preview dialog for a PDF; returns True when the user printed it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    fit_printer_to(printer, pdf)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda p: paint_pdf(p, pdf))
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_with_dialog(pdf: bytes, *, title: str, parent: QWidget | None = None) -> bool:
    """Ask for a printer with the system print dialog and print; True when printed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    fit_printer_to(printer, pdf)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_pdf(printer, pdf)
    return True


def print_document(
    services: Any,
    parent: QWidget | None,
    render: Callable[[Database], bytes],
    *,
    title: str,
    done: Callable[[str], None],
    failed: Callable[[BaseException], None],
) -> None:
    """Render a document in a worker, then print it the way the stall's printer wants.

    A system printer gets Qt's preview dialog (on the UI thread, any platform); a thermal
    printer or a PDF folder gets the document in a worker through ``pos.printing``.
    ``done`` receives a sentence for the status line; ``failed`` a ``PrinterError`` (or a
    bug), with the sale or report untouched either way.
    """

    def prepare(db: Database) -> tuple[bytes, str]:
        return render(db), printing.printer_settings(db).kind

    def rendered(result: tuple[bytes, str]) -> None:
        pdf, kind = result
        if kind == "system":
            if preview_and_print(pdf, title=title, parent=parent):
                done(f"Sent {title} to the printer.")
            return
        services.run(parent, lambda db: printing.print_pdf(db, pdf, roll=True, name=title),
                     done, failed, lane="io")

    services.run(parent, prepare, rendered, failed, lane="io")
