"""QR codes as pixmaps (the UPI payment QR on the pay dialog)."""

from __future__ import annotations

import io

import qrcode
import qrcode.constants
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap


def qr_pixmap(text: str, size: int) -> QPixmap:
    """``text`` as a square QR of ``size`` pixels, crisp (no smoothing) with a quiet zone."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=8,
                         border=4)
    code.add_data(text)
    code.make(fit=True)
    image = code.make_image(fill_color="black", back_color="white")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.FastTransformation)
