"""Reading rendered documents back: page sizes, text, character boxes and QR codes."""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image


@dataclass
class PageInfo:
    """One rendered page: its size in points, its text and its character boxes."""

    width: float
    height: float
    text: str
    boxes: list[tuple[float, float, float, float]]  # left, bottom, right, top


def pages(pdf: bytes) -> list[PageInfo]:
    """Size, text and character boxes of every page."""
    doc = pdfium.PdfDocument(pdf)
    result = []
    try:
        for page in doc:
            width, height = page.get_size()
            textpage = page.get_textpage()
            count = textpage.count_chars()
            text = textpage.get_text_range()
            boxes = [textpage.get_charbox(i) for i in range(count)]
            result.append(PageInfo(width, height, text, boxes))
    finally:
        doc.close()
    return result


def raster(pdf: bytes, page: int = 0, scale: float = 2.0) -> Image.Image:
    """A page as a greyscale image (scale 2 = 144 dpi)."""
    doc = pdfium.PdfDocument(pdf)
    try:
        return doc[page].render(scale=scale, grayscale=True).to_pil().convert("L")
    finally:
        doc.close()


def qr_texts(pdf: bytes, page: int = 0, scale: float = 2.0) -> list[str]:
    """Every QR code found on a page, decoded."""
    found = zxingcpp.read_barcodes(raster(pdf, page, scale),
                                   formats=zxingcpp.BarcodeFormat.QRCode)
    return [b.text for b in found]


def barcodes(pdf: bytes, page: int = 0, scale: float = 3.0) -> list[tuple[str, str]]:
    """Every barcode on a page as (format name, text)."""
    return [(b.format.name, b.text) for b in zxingcpp.read_barcodes(raster(pdf, page, scale))]


def flat(text: str) -> str:
    """Text with every kind of space and line break removed, for substring checks."""
    return "".join(text.split()).replace("\u00a0", "")
