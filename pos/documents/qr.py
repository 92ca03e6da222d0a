"""QR codes on documents: what they say and how they are drawn.

A paid bill's QR carries a short verification text anyone can read with a phone camera:
the invoice number, date, total, device and the first 12 hex digits of the bill's hash (the
outbox payload hash the hub also holds), so the office can tell a genuine bill from a
forged one. While a bill is unpaid the QR is the ``upi://pay`` link for the balance instead.

QR modules are drawn as vector rectangles (one per horizontal run of dark modules), which is
sharp at any printer resolution and cheap to write.
"""

from __future__ import annotations

import functools
from datetime import datetime
from urllib.parse import parse_qs, urlsplit

import qrcode
import qrcode.constants
from reportlab.pdfgen.canvas import Canvas

from pos.money import rupees

VERIFY_HEADER = "MELA-POS BILL"
HASH_CHARS = 12
QUIET_MODULES = 4  # the quiet zone scanners need around a QR
MASK = 2


def verification_payload(
    invoice_no: str, when: datetime, total_paise: int, device_code: str, bill_hash: str
) -> str:
    """The text in a paid bill's QR, one ``KEY: value`` per line after a header."""
    return "\n".join((
        VERIFY_HEADER,
        f"INV: {invoice_no}",
        f"DATE: {when.strftime('%Y-%m-%d %H:%M')} IST",
        f"TOTAL: INR {rupees(total_paise)}",
        f"DEVICE: {device_code}",
        f"HASH: {bill_hash[:HASH_CHARS]}",
    ))


def parse_verification_payload(text: str) -> dict[str, str]:
    """The fields of a verification payload (``INV``, ``DATE``, ``TOTAL``, ...).

    Raises:
        ValueError: the text is not a Mela POS verification payload.
    """
    lines = text.strip().splitlines()
    if not lines or lines[0] != VERIFY_HEADER:
        raise ValueError("not a Mela POS bill QR")
    fields = {}
    for line in lines[1:]:
        key, _, value = line.partition(": ")
        fields[key] = value
    return fields


def parse_upi_link(link: str) -> dict[str, str]:
    """The parameters of a ``upi://pay`` link (made by ``pos.payments.upi_link``), decoded."""
    parts = urlsplit(link)
    if parts.scheme != "upi" or parts.netloc != "pay":
        raise ValueError("not a upi://pay link")
    return {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}


@functools.lru_cache(maxsize=256)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR modules of a payload (medium error correction, no quiet zone).

    The mask is fixed rather than chosen by scoring all eight: scoring is most of the cost
    of making a code, and any mask gives a valid code that phones read.
    """
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0,
                         mask_pattern=MASK)
    code.add_data(payload.encode("utf-8"))
    code.make(fit=True)
    return tuple(tuple(bool(m) for m in row) for row in code.get_matrix())


@functools.lru_cache(maxsize=256)
def _qr_operators(payload: str) -> tuple[int, str]:
    """PDF path operators drawing the code in module units (one rectangle per run of dark
    modules in a row), and the code's size in modules."""
    matrix = qr_matrix(payload)
    ops = []
    for r, row in enumerate(matrix):
        c, n = 0, len(row)
        while c < n:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < n and row[c]:
                c += 1
            # 1.05 high: a hair of overlap so previews never show seams between rows.
            ops.append(f"{start} {-(r + 1)} {c - start} 1.05 re")
    return len(matrix), "\n".join(ops) + "\nf"


def draw_qr(canvas: Canvas, x: float, y: float, size: float, payload: str) -> None:
    """Draw a QR whose square, quiet zone included, has its lower-left corner at (x, y)."""
    n, operators = _qr_operators(payload)
    module = size / (n + 2 * QUIET_MODULES)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    # Work in module units from the code's top-left corner: integer coordinates keep the
    # content stream small and fast to write.
    canvas.transform(module, 0, 0, module, x + QUIET_MODULES * module,
                     y + size - QUIET_MODULES * module)
    canvas.addLiteral(operators)
    canvas.restoreState()
