"""Printing documents: printer settings, ESC/POS thermal printers, saving PDFs, system queues.

Thermal printers have no Devanagari code page, so a receipt is never sent as text: the same
PDF the app shows is rasterised at exactly the printer's dot width (576 dots across the
72 mm printable on 80 mm paper, 384 across 48 mm on 58 mm paper), made 1-bit, and sent as a
``GS v 0`` raster image, then the paper is cut and the cash drawer optionally kicked.

Every failure (no printer configured, device missing, connection refused, permission denied,
out of paper) becomes one ``PrinterError`` sentence. Printing happens after the sale is
committed and never writes to the database, so a failed print can only cost a reprint.

Settings live in the settings key ``printer`` as JSON::

    {"kind": "escpos" | "system" | "pdf",
     "connection": "usb" | "network" | "serial" | "file",
     "address": "192.168.1.50:9100", "vendor_id": "0x0416", "product_id": "0x5011",
     "device": "/dev/ttyUSB0" or "/dev/usb/lp0", "baudrate": 9600,
     "printer_name": "EPSON_TM_T82", "folder": "~/Receipts",
     "paper": "roll80" | "roll58", "cash_drawer": false}

In the app the whole "where" is one line of text, ``PrinterSettings.connection``:
``usb:0416:5011``, ``network:192.168.1.50:9100`` (or just ``192.168.1.50``),
``serial:/dev/ttyUSB0@19200`` (or ``COM3``), ``file:/dev/usb/lp0`` (or just the path) for a
thermal printer; the queue name for a system printer (empty: the default queue); the folder
for PDF "printing".
"""

from __future__ import annotations

import contextlib
import copy
import re
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PIL import Image

from pos import store
from pos.documents import model
from pos.documents.fonts import one_at_a_time
from pos.documents.invoice_a5 import render_invoice_a5
from pos.documents.layout import PAPERS, Paper, Roll
from pos.documents.receipt import render_receipt
from pos.errors import InputError, PrinterError
from pos.files import write_atomic
from pos.ids import IST
from pos.store import Database

SETTINGS_KEY = "printer"
PRINTER_KINDS = ("escpos", "system", "pdf")
CONNECTIONS = ("usb", "network", "serial", "file")
DEFAULT_PORT = 9100
DEFAULT_BAUD = 9600
NETWORK_TIMEOUT_S = 5.0
STATUS_TIMEOUT_S = 1.0
THRESHOLD = 150  # grey level below which a dot is burnt: keeps thin Devanagari strokes

_HOST = re.compile(r"^[A-Za-z0-9.-]+$")


@dataclass(frozen=True)
class Target:
    """Where a thermal printer is, parsed from the connection text."""

    connection: str  # usb, network, serial, file
    vendor_id: int | None = None
    product_id: int | None = None
    host: str | None = None
    port: int = DEFAULT_PORT
    device: str | None = None
    baudrate: int = DEFAULT_BAUD

    def text(self) -> str:
        """The canonical one-line form (what the settings screen shows)."""
        if self.connection == "usb":
            return f"usb:{_hex(self.vendor_id)}:{_hex(self.product_id)}"
        if self.connection == "network":
            return f"network:{self.host}:{self.port}"
        if self.connection == "serial":
            return f"serial:{self.device}@{self.baudrate}"
        return f"file:{self.device}"


@dataclass(frozen=True)
class PrinterSettings:
    """Where and how documents are printed.

    ``connection`` is the one-line "where" (see the module docstring); ``None`` with kind
    ``pdf`` means no printer has been set up.
    """

    kind: str = "pdf"
    connection: str | None = None
    paper: str = "roll80"
    cash_drawer: bool = False

    @property
    def roll(self) -> Paper:
        """The roll the printer holds."""
        return PAPERS[self.paper]

    @property
    def configured(self) -> bool:
        """Whether a printer (or PDF folder) has been chosen."""
        return self.kind in ("escpos", "system") or bool(self.connection)

    def target(self) -> Target:
        """The thermal printer's connection, parsed (kind ``escpos`` only)."""
        return parse_target(self.connection or "")

    def describe(self) -> str:
        """A short name of the printer for messages."""
        if self.kind == "pdf":
            return f"PDF folder {self.connection}"
        if self.kind == "system":
            return f"system printer {self.connection or '(default)'}"
        t = self.target()
        where = {
            "usb": f"USB {_hex(t.vendor_id)}:{_hex(t.product_id)}",
            "network": f"network {t.host}:{t.port}",
            "serial": f"serial {t.device}",
            "file": f"device {t.device}",
        }[t.connection]
        return f"thermal printer ({where})"


def _hex(value: int | None) -> str:
    return f"{value:04x}" if value is not None else "????"


def _usb_id(value: Any, what: str) -> int:
    try:
        number = int(value, 16) if isinstance(value, str) else int(value)
    except (TypeError, ValueError):
        raise InputError(f"The USB {what} id {value!r} is not a hex number like 0x0416.") from None
    if not 0 <= number <= 0xFFFF:
        raise InputError(f"The USB {what} id {value!r} is out of range (0x0000 to 0xFFFF).")
    return number


def _network(where: str) -> Target:
    host, _, port = where.strip().removeprefix("tcp://").partition(":")
    if not host or not _HOST.match(host) or (
        port and not (port.isdigit() and 0 < int(port) < 65536)
    ):
        raise InputError(f"'{where}' is not a network printer address like 192.168.1.50:9100.")
    return Target("network", host=host, port=int(port or DEFAULT_PORT))


def parse_target(text: str) -> Target:
    """Parse a thermal printer's connection text; InputError if it names nothing usable."""
    where = text.strip()
    scheme, sep, rest = where.partition(":")
    scheme = scheme.lower() if sep else ""
    if scheme == "usb":
        vendor, _, product = rest.partition(":")
        if not vendor or not product:
            raise InputError("A USB printer needs its vendor and product ids, e.g. usb:0416:5011.")
        return Target("usb", vendor_id=_usb_id(vendor, "vendor"),
                      product_id=_usb_id(product, "product"))
    if scheme in ("network", "tcp"):
        return _network(rest.removeprefix("//"))
    if scheme == "serial" or re.match(r"^(COM\d+|/dev/tty\S+)$", where, re.IGNORECASE):
        path, _, baud = (rest if scheme == "serial" else where).partition("@")
        if not path or (baud and not baud.isdigit()):
            raise InputError(f"'{where}' is not a serial port like serial:/dev/ttyUSB0@9600.")
        return Target("serial", device=path, baudrate=int(baud or DEFAULT_BAUD))
    if scheme == "file" or where.startswith(("/", "\\\\", "~")) or re.match(r"^[A-Za-z]:\\", where):
        path = rest if scheme == "file" else where
        if not path:
            raise InputError("Give the printer's device path, e.g. /dev/usb/lp0.")
        return Target("file", device=str(Path(path).expanduser()))
    if where and _HOST.match(where.partition(":")[0]) and "." in where:
        return _network(where)
    raise InputError(
        "Say where the thermal printer is: usb:VENDOR:PRODUCT, network:ADDRESS, "
        "serial:PORT or a device path such as /dev/usb/lp0."
    )


def validated(settings: PrinterSettings) -> PrinterSettings:
    """Check printer settings and normalise the connection text; InputError otherwise."""
    if settings.kind not in PRINTER_KINDS:
        raise InputError(f"Printer kind must be one of {', '.join(PRINTER_KINDS)}, "
                         f"not {settings.kind!r}.")
    if settings.paper not in PAPERS:
        raise InputError(f"Paper must be roll80 or roll58, not {settings.paper!r}.")
    where = (settings.connection or "").strip() or None
    if settings.kind == "escpos":
        where = parse_target(where or "").text()
    elif settings.kind == "pdf" and not where:
        raise InputError("Choose a folder to save receipts in.")
    return replace(settings, connection=where, cash_drawer=bool(settings.cash_drawer))


def parse_settings(value: dict[str, Any]) -> PrinterSettings:
    """Printer settings from their stored JSON form (or the one-line form); InputError."""
    known = {"kind", "connection", "address", "vendor_id", "product_id", "device", "baudrate",
             "printer_name", "folder", "paper", "cash_drawer"}
    unknown = sorted(set(value) - known)
    if unknown:
        raise InputError(f"Unknown printer setting {unknown[0]!r}.")
    kind = value.get("kind", "pdf")
    connection = value.get("connection")
    if kind == "escpos" and connection in CONNECTIONS:
        if connection == "usb":
            if value.get("vendor_id") in (None, "") or value.get("product_id") in (None, ""):
                raise InputError("A USB printer needs its vendor and product ids (e.g. 0x0416).")
            connection = (f"usb:{_hex(_usb_id(value['vendor_id'], 'vendor'))}:"
                          f"{_hex(_usb_id(value['product_id'], 'product'))}")
        elif connection == "network":
            if not value.get("address"):
                raise InputError("A network printer needs its address, e.g. 192.168.1.50:9100.")
            connection = f"network:{value['address']}"
        else:
            if not value.get("device"):
                raise InputError("Give the printer's device path, e.g. /dev/usb/lp0 or COM3.")
            baud = f"@{value['baudrate']}" if connection == "serial" and value.get("baudrate") \
                else ""
            connection = f"{connection}:{value['device']}{baud}"
    elif kind == "system":
        connection = value.get("printer_name") or (
            connection if connection not in CONNECTIONS else None)
    elif kind == "pdf":
        connection = value.get("folder") or connection
    return validated(PrinterSettings(kind=kind, connection=connection,
                                     paper=value.get("paper", "roll80"),
                                     cash_drawer=bool(value.get("cash_drawer", False))))


def settings_json(settings: PrinterSettings) -> dict[str, Any]:
    """The stored JSON form of printer settings."""
    value: dict[str, Any] = {"kind": settings.kind, "paper": settings.paper,
                             "cash_drawer": settings.cash_drawer}
    if settings.kind == "pdf":
        value["folder"] = settings.connection
    elif settings.kind == "system":
        value["printer_name"] = settings.connection
    else:
        t = settings.target()
        value["connection"] = t.connection
        if t.connection == "usb":
            value["vendor_id"] = f"0x{_hex(t.vendor_id)}"
            value["product_id"] = f"0x{_hex(t.product_id)}"
        elif t.connection == "network":
            value["address"] = f"{t.host}:{t.port}"
        else:
            value["device"] = t.device
            if t.connection == "serial":
                value["baudrate"] = t.baudrate
    return value


def load_settings(db: Database) -> PrinterSettings | None:
    """The configured printer, or None when none has been set up."""
    value = store.get_setting(db, SETTINGS_KEY, None)
    if not isinstance(value, dict):
        return None
    try:
        return parse_settings(value)
    except InputError as exc:
        raise PrinterError(f"The printer settings are not usable: {exc}") from exc


def printer_settings(db: Database) -> PrinterSettings:
    """The configured printer, or the unconfigured default (``configured`` is False)."""
    return load_settings(db) or PrinterSettings()


def save_printer_settings(
    db: Database, value: dict[str, Any] | PrinterSettings
) -> PrinterSettings:
    """Validate and store printer settings; returns them normalised."""
    settings = validated(value) if isinstance(value, PrinterSettings) else parse_settings(value)
    store.set_setting(db, SETTINGS_KEY, settings_json(settings))
    return settings


# -- rasterising ------------------------------------------------------------------------


def rasterise(pdf: bytes, paper: Paper) -> Image.Image:
    """The first page of a roll PDF as a 1-bit image exactly ``paper.dots`` wide.

    Only the printable strip is rendered (the margins are paper the head cannot reach), at
    the printer's own resolution, so every PDF point lands on a whole number of dots.
    """
    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[0]
        scale = paper.dots / paper.printable
        bitmap = page.render(scale=scale, crop=(paper.margin, 0, paper.margin, 0),
                             grayscale=True)
        image = bitmap.to_pil().convert("L")
    finally:
        doc.close()
    if image.width != paper.dots:
        # Rounding in the renderer can leave one dot more or less: pad or trim the edge.
        fixed = Image.new("L", (paper.dots, image.height), 255)
        fixed.paste(image.crop((0, 0, min(image.width, paper.dots), image.height)), (0, 0))
        image = fixed
    return image.point(lambda v: 0 if v < THRESHOLD else 255).convert("1", dither=None)


# -- ESC/POS ----------------------------------------------------------------------------


def open_escpos(settings: PrinterSettings) -> Any:
    """Open the ESC/POS printer the settings describe.

    Raises:
        PrinterError: the printer is not there, not reachable or not allowed.
    """
    from escpos import printer as escpos_printer
    from escpos.exceptions import Error as EscposError

    name = settings.describe()
    t = settings.target()
    try:
        if t.connection == "usb":
            device = escpos_printer.Usb(t.vendor_id, t.product_id)
        elif t.connection == "network":
            device = escpos_printer.Network(t.host, t.port, timeout=NETWORK_TIMEOUT_S)
            # Connect here rather than in Network.open, which leaks its socket on failure.
            device.device = socket.create_connection((t.host, t.port),
                                                     timeout=NETWORK_TIMEOUT_S)
            return _sized(device, settings)
        elif t.connection == "serial":
            device = escpos_printer.Serial(t.device, baudrate=t.baudrate)
        else:
            device = escpos_printer.File(t.device)
        device.open()
    except RuntimeError as exc:
        raise PrinterError(
            f"Cannot reach the {name}: this computer lacks the {t.connection} "
            "printer support library."
        ) from exc
    except ValueError as exc:
        # pyusb's NoBackendError: the libusb system library is missing.
        if type(exc).__name__ != "NoBackendError":
            raise
        raise PrinterError(
            f"Cannot reach the {name}: USB printing needs the libusb library on this "
            "computer (on Linux the libusb-1.0 package); or set the printer up as a system "
            "printer."
        ) from exc
    except (EscposError, OSError) as exc:
        raise PrinterError(_why(name, exc)) from exc
    return _sized(device, settings)


def _sized(device: Any, settings: PrinterSettings) -> Any:
    """Tell the printer profile the paper width: the generic profile does not know it, and
    without it python-escpos prints warnings and cannot check that an image fits."""
    profile = copy.deepcopy(device.profile.profile_data)
    profile["media"]["width"]["pixels"] = settings.roll.dots
    device.profile.profile_data = profile
    return device


def _why(name: str, exc: BaseException) -> str:
    """One sentence for a failed printer connection."""
    text = str(exc).lower()
    cause = exc.__cause__ or exc.__context__
    causes = (exc, cause)
    if any(isinstance(c, PermissionError) for c in causes) or "permission" in text or (
        "access denied" in text
    ):
        return (f"The {name} refused access: this user may not use the device; "
                "ask for printer permission (on Linux, the lp or dialout group).")
    if any(isinstance(c, ConnectionRefusedError) for c in causes) or "refused" in text:
        return f"The {name} refused the connection; check it is on and its address is right."
    if any(isinstance(c, socket.timeout | TimeoutError) for c in causes) or "timed out" in text:
        return f"The {name} did not answer; check it is switched on and on this network."
    return f"The {name} was not found; check it is switched on and connected."


def send_escpos(pdf: bytes, settings: PrinterSettings, *, device: Any = None) -> Image.Image:
    """Print a roll PDF on an ESC/POS printer: raster image, cut, optional drawer kick.

    Returns the image that was sent (for previews and tests).

    Raises:
        PrinterError: the printer is missing, unreachable, out of paper or failed mid-job.
    """
    from escpos.exceptions import Error as EscposError

    image = rasterise(pdf, settings.roll)
    printer = device or open_escpos(settings)
    name = settings.describe()
    try:
        if settings.target().connection in ("network", "usb", "serial"):
            _check_paper(printer, name)
        printer.hw("INIT")  # ESC @: clear whatever a previous program left set
        printer.image(image, impl="bitImageRaster", fragment_height=960)
        printer.cut()
        if settings.cash_drawer:
            printer.cashdraw(2)
    except PrinterError:
        raise
    except (EscposError, OSError) as exc:
        raise PrinterError(f"The {name} stopped while printing ({exc.__class__.__name__}); "
                           "check paper and cable, then reprint.") from exc
    finally:
        # Closing a dead connection must not hide why it died.
        with contextlib.suppress(EscposError, OSError):
            printer.close()
    return image


def _check_paper(printer: Any, name: str) -> None:
    """Ask the printer for its paper sensor; printers that do not answer are trusted.

    The answer is awaited one second at most, so a printer without real-time status costs
    a second, not a hang.
    """
    sock = getattr(printer, "_device", None)
    old_timeout = sock.gettimeout() if isinstance(sock, socket.socket) else None
    if isinstance(sock, socket.socket):
        sock.settimeout(STATUS_TIMEOUT_S)
    try:
        status = printer.paper_status()
    except Exception:  # the query is optional: any failure means "just print"
        return
    finally:
        if isinstance(sock, socket.socket):
            sock.settimeout(old_timeout)
    if status == 0:
        raise PrinterError(f"The {name} is out of paper; load a new roll and reprint.")


# -- the other kinds ----------------------------------------------------------------------


def save_pdf(pdf: bytes, settings: PrinterSettings, filename: str) -> Path:
    """Save a PDF into the configured receipts folder; returns its path."""
    folder = Path(settings.connection or ".").expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / filename
        write_atomic(path, pdf)
    except OSError as exc:
        raise PrinterError(f"Cannot save the document in {folder}: {exc.strerror}.") from exc
    return path


def send_system(pdf: bytes, settings: PrinterSettings, title: str) -> None:
    """Send a PDF to a system print queue with ``lp`` (CUPS). The app's preview dialog
    (``ui.print_preview``) prints through Qt instead and works on every platform."""
    lp = shutil.which("lp")
    if lp is None:
        raise PrinterError("Printing to a system printer without the app needs CUPS (lp); "
                           "print from the app's preview instead.")
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        tmp.write(pdf)
        tmp.flush()
        command = [lp, "-t", title]
        if settings.connection:
            command += ["-d", settings.connection]
        try:
            result = subprocess.run([*command, tmp.name], capture_output=True, text=True,
                                    timeout=30, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PrinterError(f"The {settings.describe()} did not take the job: {exc}.") from exc
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise PrinterError(f"The {settings.describe()} refused the job: "
                           f"{detail[0] if detail else 'no reason given'}.")


def _configured(db: Database, settings: PrinterSettings | None) -> PrinterSettings:
    settings = settings or load_settings(db)
    if settings is None or not settings.configured:
        raise PrinterError("No printer is set up; choose one in Settings → Printer "
                           "(or save receipts as PDF with `mela-pos receipt`).")
    return settings


def fits_roll(pdf: bytes, paper: Paper) -> bool:
    """Whether a PDF's first page is exactly as wide as the roll."""
    doc = pdfium.PdfDocument(pdf)
    try:
        width = doc[0].get_size()[0] if len(doc) else 0.0
    finally:
        doc.close()
    return abs(width - paper.width) < 0.5


def report_paper(settings: PrinterSettings) -> str:
    """The paper full-page reports (the Z report) should be laid out for on this printer:
    the roll for a thermal printer, A4 otherwise."""
    return settings.paper if settings.kind == "escpos" else "a4"


def send_pdf(pdf: bytes, settings: PrinterSettings, *, roll: bool, name: str) -> str:
    """Send a rendered document to a printer; returns what was done.

    Args:
        pdf: the document.
        settings: the printer.
        roll: whether the document was laid out on roll paper (kept for callers; a thermal
            printer checks the page width itself).
        name: the document's name, for the print queue and the saved file.
    """
    if settings.kind == "escpos":
        # Trust the page rather than the caller's flag: a document laid out for this roll
        # prints, a full page (or the other roll width) would come out unreadably small.
        if not fits_roll(pdf, settings.roll):
            raise PrinterError("This document is not laid out for the thermal printer's "
                               f"{settings.paper} paper; print it on a system printer or "
                               "save it as PDF.")
        send_escpos(pdf, settings)
        return f"Printed {name} on the {settings.describe()}."
    if settings.kind == "pdf":
        path = save_pdf(pdf, settings, re.sub(r"[^\w.-]+", "-", name).strip("-") + ".pdf")
        return f"Saved {name} as {path}."
    send_system(pdf, settings, name)
    return f"Sent {name} to the {settings.describe()}."


def print_pdf(db: Database, pdf: bytes, *, roll: bool, name: str | None = None) -> str:
    """Print an already rendered document on the configured printer; returns what was done.

    Raises:
        PrinterError: no printer is set up, or it failed.
    """
    settings = _configured(db, None)
    stamp = datetime.now(IST).strftime("%Y%m%d-%H%M%S")
    return send_pdf(pdf, settings, roll=roll, name=name or f"document-{stamp}")


def print_bill(
    db: Database, invoice_no: str, *, settings: PrinterSettings | None = None,
    a5: bool = False,
) -> str:
    """Print (or reprint) a bill on the configured printer; returns what was done.

    Reads the bill only; the sale is never changed, whatever happens to the printer.

    Raises:
        NotFound: no bill has that number.
        PrinterError: no printer is configured, or it failed.
    """
    # The bill first: a wrong number must be reported as such, printer or no printer.
    data = model.receipt_data(db, invoice_no)
    settings = _configured(db, settings)
    if a5 and settings.kind == "escpos":
        raise PrinterError("A thermal roll printer cannot print an A5 invoice; "
                           "use a system printer.")
    pdf = render_invoice_a5(data) if a5 else render_receipt(data, settings.roll)
    name = f"{invoice_no}{' A5' if a5 else ''}"
    if settings.kind == "pdf":
        name = f"{invoice_no.replace('/', '-')}{'-a5' if a5 else ''}"
    return send_pdf(pdf, settings, roll=not a5, name=name)


def print_receipt(db: Database, invoice_no: str) -> str:
    """Print a bill's roll receipt on the configured printer (what the till calls after a
    sale and for a reprint)."""
    return print_bill(db, invoice_no)


@one_at_a_time
def test_slip(settings: PrinterSettings) -> bytes:
    """A short roll slip to check a printer: both scripts, the printable width, a QR."""
    roll = Roll(settings.roll)
    body = settings.roll.body
    roll.text("Mela POS — test print", body + 3, bold=True, align="centre")
    roll.text("परीक्षण पर्ची · प्रिंटर ठीक है", body + 1, align="centre")
    roll.rule(dashed=False)
    roll.text(settings.describe())
    roll.text(f"Paper {settings.paper}: {settings.roll.dots} dots across")
    roll.text(datetime.now(IST).strftime("%d-%m-%Y %H:%M IST"))
    roll.pair("|<-- left edge", "right edge -->|")
    roll.qr("Mela POS test print", settings.roll.printable * 0.4, "QR check")
    return roll.render(title="Test print")


def test_print(db: Database, settings: PrinterSettings) -> str:
    """Print a test slip on ``settings`` (saved or not); returns what was done.

    Raises:
        InputError: the settings are incomplete.
        PrinterError: the printer failed.
    """
    del db  # the slip needs nothing from the stall; kept for the workers' calling shape
    settings = validated(settings)
    if not settings.configured:
        raise PrinterError("Choose a printer first.")
    return send_pdf(test_slip(settings), settings, roll=True, name="test print")
