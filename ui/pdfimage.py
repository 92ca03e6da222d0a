"""PDF pages as pictures, for on-screen previews (Z report, receipts).

Runs in a worker: rasterising is tens of milliseconds a page, too slow for the UI thread.
Returns PNG bytes, which cross threads safely and load into a ``QPixmap`` on the UI thread.
"""

from __future__ import annotations

import io

import pypdfium2


def pdf_pages_png(pdf: bytes, *, width_px: int = 900, max_pages: int = 4) -> list[bytes]:
    """The first ``max_pages`` pages of ``pdf`` as PNG images ``width_px`` wide."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        pictures: list[bytes] = []
        for number in range(min(len(document), max_pages)):
            page = document[number]
            try:
                scale = width_px / page.get_width()
                bitmap = page.render(scale=scale)
                image = bitmap.to_pil()
                out = io.BytesIO()
                image.save(out, format="PNG")
                pictures.append(out.getvalue())
            finally:
                page.close()
        return pictures
    finally:
        document.close()
