"""Printing: settings, rasterising at the printer's dot width, ESC/POS output, failures."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pos import printing
from pos.documents import model
from pos.documents.receipt import render_receipt
from pos.errors import InputError, PrinterError
from pos.store import Database
from tests.helpers import doc_stall as stall_fixtures
from tests.helpers.doc_stall import DocStall

doc_stall_template = stall_fixtures.doc_stall_template
doc_stall = stall_fixtures.doc_stall

GS_V0 = b"\x1dv0"
CUT = b"\x1dV"
DRAWER = b"\x1bp"


@dataclass
class Bill:
    """The invoice the printing tests print."""

    invoice_no: str


@pytest.fixture
def bill(doc_stall: DocStall) -> Bill:
    return Bill(doc_stall.sell([(i, 1) for i in range(8)]).invoice_no)


@pytest.fixture
def db(doc_stall: DocStall) -> Database:
    return doc_stall.db


def _raster_blocks(data: bytes) -> list[tuple[int, int]]:
    """(width in bytes, height in dots) of every GS v 0 image in an ESC/POS stream."""
    blocks = []
    at = data.find(GS_V0)
    while at >= 0:
        head = data[at + 4: at + 8]
        width, height = head[0] + 256 * head[1], head[2] + 256 * head[3]
        blocks.append((width, height))
        at = data.find(GS_V0, at + 8 + width * height)
    return blocks


@pytest.mark.parametrize(("paper", "dots"), [("roll80", 576), ("roll58", 384)])
def test_escpos_file_device_gets_raster_at_dot_width(
    db: Database, bill: Bill, tmp_path: Path, paper: str, dots: int
) -> None:
    out = tmp_path / "lp0"
    settings = printing.save_printer_settings(db, {
        "kind": "escpos", "connection": "file", "device": str(out), "paper": paper,
        "cash_drawer": True,
    })
    message = printing.print_bill(db, bill.invoice_no)
    assert "Printed" in message and settings.describe() in message
    data = out.read_bytes()
    blocks = _raster_blocks(data)
    assert blocks and all(width == dots // 8 for width, _ in blocks)
    pdf = render_receipt(model.receipt_data(db, bill.invoice_no), paper)
    image = printing.rasterise(pdf, printing.PAPERS[paper])
    assert image.width == dots and image.mode == "1"
    assert sum(h for _, h in blocks) == image.height
    assert data.startswith(b"\x1b@")  # initialised first
    assert CUT in data[data.rfind(GS_V0):] and DRAWER in data


def test_rasterised_receipt_has_ink_in_the_printable_strip(db: Database, bill: Bill) -> None:
    pdf = render_receipt(model.receipt_data(db, bill.invoice_no), "roll58")
    image = printing.rasterise(pdf, printing.PAPERS["roll58"])
    # 203 dpi: the page height in points times 203.2 / 72, within a dot.
    assert image.width == 384
    inked = image.convert("L").point(lambda v: 255 if v == 0 else 0).getbbox()
    assert inked is not None and inked[0] < 10 and inked[2] > 370  # text reaches both edges


def test_no_printer_configured(db: Database, bill: Bill) -> None:
    with pytest.raises(PrinterError, match="No printer is set up"):
        printing.print_bill(db, bill.invoice_no)


def test_missing_device_is_one_clear_sentence(db: Database, bill: Bill,
                                              tmp_path: Path) -> None:
    printing.save_printer_settings(db, {"kind": "escpos", "connection": "file",
                                "device": str(tmp_path / "no" / "such" / "lp0")})
    with pytest.raises(PrinterError) as info:
        printing.print_bill(db, bill.invoice_no)
    message = str(info.value)
    assert message.startswith("The thermal printer (device ") and "was not found" in message
    assert "\n" not in message
    # The sale is untouched.
    assert db.execute("SELECT count(*) FROM orders").fetchone()[0] == 1


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_network_printer_refusing(db: Database, bill: Bill) -> None:
    printing.save_printer_settings(db, {"kind": "escpos", "connection": "network",
                                "address": f"127.0.0.1:{_closed_port()}"})
    with pytest.raises(PrinterError, match="refused the connection"):
        printing.print_bill(db, bill.invoice_no)


@pytest.fixture
def paperless_printer() -> Iterator[int]:
    """A network 'printer' that answers every real-time status query with "no paper"."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    received = bytearray()

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            conn.settimeout(3)
            try:
                while chunk := conn.recv(4096):
                    received.extend(chunk)
                    if b"\x10\x04\x04" in chunk:
                        conn.sendall(bytes([114]))
            except OSError:
                pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield int(server.getsockname()[1])
    server.close()
    thread.join(timeout=5)
    assert GS_V0 not in received  # nothing was printed on an empty roll


def test_out_of_paper(db: Database, bill: Bill, paperless_printer: int) -> None:
    printing.save_printer_settings(db, {"kind": "escpos", "connection": "network",
                                "address": f"127.0.0.1:{paperless_printer}"})
    with pytest.raises(PrinterError, match="out of paper; load a new roll and reprint"):
        printing.print_bill(db, bill.invoice_no)


def test_pdf_kind_saves_into_the_folder(db: Database, bill: Bill, tmp_path: Path) -> None:
    printing.save_printer_settings(db, {"kind": "pdf", "folder": str(tmp_path / "receipts")})
    message = printing.print_bill(db, bill.invoice_no)
    saved = tmp_path / "receipts" / f"{bill.invoice_no.replace('/', '-')}.pdf"
    assert str(saved) in message and saved.read_bytes().startswith(b"%PDF")
    printing.print_bill(db, bill.invoice_no, a5=True)
    assert saved.with_name(saved.stem + "-a5.pdf").exists()


@pytest.mark.parametrize(("value", "message"), [
    ({"kind": "laser"}, "Printer kind must be one of"),
    ({"kind": "escpos", "connection": "usb"}, "vendor and product ids"),
    ({"kind": "escpos", "connection": "usb", "vendor_id": "zz", "product_id": "0x1"},
     "not a hex number"),
    ({"kind": "escpos", "connection": "network"}, "needs its address"),
    ({"kind": "escpos", "connection": "network", "address": "10.0.0.9:lp"},
     "not a network printer address"),
    ({"kind": "escpos", "connection": "file", "paper": "roll110", "device": "x"},
     "roll80 or roll58"),
    ({"kind": "pdf"}, "folder"),
    ({"kind": "pdf", "folder": "x", "colour": "red"}, "Unknown printer setting 'colour'"),
])
def test_bad_settings_are_refused(db: Database, value: dict[str, object], message: str) -> None:
    with pytest.raises(InputError, match=message):
        printing.save_printer_settings(db, value)
    assert printing.load_settings(db) is None


def test_usb_ids_are_parsed(db: Database) -> None:
    saved = printing.save_printer_settings(db, {"kind": "escpos", "connection": "usb",
                                                "vendor_id": "0x0416", "product_id": "5011"})
    target = saved.target()
    assert (target.vendor_id, target.product_id) == (0x0416, 0x5011)
    assert saved.connection == "usb:0416:5011"
    assert printing.load_settings(db) == saved
    assert saved.describe() == "thermal printer (USB 0416:5011)"
    # Stored in the documented JSON form.
    assert db.execute("SELECT value FROM settings WHERE key = 'printer'").fetchone()[0] == (
        '{"kind": "escpos", "paper": "roll80", "cash_drawer": false, "connection": "usb", '
        '"vendor_id": "0x0416", "product_id": "0x5011"}')


@pytest.mark.parametrize(("text", "canonical"), [
    ("usb:0x0416:0x5011", "usb:0416:5011"),
    ("USB:4b8:e15", "usb:04b8:0e15"),
    ("192.168.1.50", "network:192.168.1.50:9100"),
    ("tcp://printer.local:9101", "network:printer.local:9101"),
    ("network:10.0.0.7:9100", "network:10.0.0.7:9100"),
    ("COM3", "serial:COM3@9600"),
    ("serial:/dev/ttyUSB0@19200", "serial:/dev/ttyUSB0@19200"),
    ("/dev/usb/lp0", "file:/dev/usb/lp0"),
    ("file:/tmp/out.bin", "file:/tmp/out.bin"),
])
def test_one_line_connections(db: Database, text: str, canonical: str) -> None:
    """The settings screen's single "where" field, as typed and as shown back."""
    saved = printing.save_printer_settings(
        db, printing.PrinterSettings(kind="escpos", connection=text, paper="roll58"))
    assert saved.connection == canonical
    assert printing.printer_settings(db) == saved


@pytest.mark.parametrize("text", ["", "usb:0416", "usb:xyz:1", "my printer", "serial:@9600",
                                  "network:10.0.0.1:99999"])
def test_bad_connection_text(db: Database, text: str) -> None:
    with pytest.raises(InputError):
        printing.save_printer_settings(db, printing.PrinterSettings(kind="escpos",
                                                                   connection=text))
    assert not printing.printer_settings(db).configured


def test_print_pdf_and_test_print(db: Database, bill: Bill, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    printing.save_printer_settings(db, printing.PrinterSettings(kind="pdf",
                                                                connection=str(folder)))
    message = printing.print_pdf(db, b"%PDF-1.4 test", roll=False, name="Z report 2026-11-26")
    assert (folder / "Z-report-2026-11-26.pdf").read_bytes() == b"%PDF-1.4 test"
    assert "Saved Z report 2026-11-26" in message
    device = tmp_path / "lp0"
    thermal = printing.PrinterSettings(kind="escpos", connection=str(device), paper="roll58")
    printing.test_print(db, thermal)  # not saved: a test before saving
    assert _raster_blocks(device.read_bytes())[0][0] == 48
    a5 = printing.render_invoice_a5(model.receipt_data(db, bill.invoice_no))
    with pytest.raises(PrinterError, match="not laid out for the thermal printer's roll58"):
        printing.send_pdf(a5, printing.validated(thermal), roll=False, name="x")


def test_usb_printer_absent_or_no_libusb(db: Database, bill: Bill) -> None:
    printing.save_printer_settings(db, printing.PrinterSettings(kind="escpos",
                                                                connection="usb:0416:5011"))
    with pytest.raises(PrinterError) as info:
        printing.print_bill(db, bill.invoice_no)
    message = str(info.value)
    assert message.startswith("Cannot reach the thermal printer (USB 0416:5011)") or (
        "was not found" in message)


def test_failure_sentences() -> None:
    from escpos.exceptions import DeviceNotFoundError

    name = "thermal printer (device /dev/usb/lp0)"
    denied = DeviceNotFoundError("Could not open")
    denied.__cause__ = PermissionError(13, "Permission denied")
    assert "refused access" in printing._why(name, denied)
    assert "did not answer" in printing._why(name, TimeoutError("timed out"))
    assert "refused the connection" in printing._why(name, ConnectionRefusedError())
    assert "was not found" in printing._why(name, DeviceNotFoundError("Device not found"))
