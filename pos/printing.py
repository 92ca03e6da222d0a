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
"""

from __future__ import annotations

import contextlib
import copy
import shutil
import socket
import subprocess
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PIL import Image

from pos import store
from pos.documents import model
from pos.documents.invoice_a5 import render_invoice_a5
from pos.documents.layout import PAPERS, Paper, write_atomic
from pos.documents.receipt import render_receipt
from pos.errors import InputError, PrinterError
from pos.store import Database

SETTINGS_KEY = "printer"
KINDS = ("escpos", "system", "pdf")
CONNECTIONS = ("usb", "network", "serial", "file")
DEFAULT_PORT = 9100
NETWORK_TIMEOUT_S = 5.0
STATUS_TIMEOUT_S = 1.0
THRESHOLD = 150  # grey level below which a dot is burnt: keeps thin Devanagari strokes


@dataclass(frozen=True)
class PrinterSettings:
    """Where and how receipts are printed."""

    kind: str = "pdf"
    connection: str = "usb"
    address: str | None = None
    vendor_id: int | None = None
    product_id: int | None = None
    device: str | None = None
    baudrate: int = 9600
    printer_name: str | None = None
    folder: str | None = None
    paper: str = "roll80"
    cash_drawer: bool = False

    @property
    def roll(self) -> Paper:
        """The roll the printer holds."""
        return PAPERS[self.paper]

    def describe(self) -> str:
        """A short name of the printer for messages."""
        if self.kind == "pdf":
            return f"PDF folder {self.folder}"
        if self.kind == "system":
            return f"system printer {self.printer_name or '(default)'}"
        target = {
            "usb": f"USB {_hex(self.vendor_id)}:{_hex(self.product_id)}",
            "network": f"network {self.address}",
            "serial": f"serial {self.device}",
            "file": f"device {self.device}",
        }[self.connection]
        return f"thermal printer ({target})"


def _hex(value: int | None) -> str:
    return f"{value:04x}" if value is not None else "????"


def _usb_id(value: Any, what: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(value, 16) if isinstance(value, str) else int(value)
    except (TypeError, ValueError):
        raise InputError(f"The USB {what} id {value!r} is not a hex number like 0x0416.") from None
    if not 0 <= number <= 0xFFFF:
        raise InputError(f"The USB {what} id {value!r} is out of range (0x0000 to 0xFFFF).")
    return number


def parse_settings(value: dict[str, Any]) -> PrinterSettings:
    """Check stored or entered printer settings; InputError on anything unusable."""
    known = {f.name for f in fields(PrinterSettings)}
    unknown = sorted(set(value) - known)
    if unknown:
        raise InputError(f"Unknown printer setting {unknown[0]!r}.")
    s = PrinterSettings(**{k: v for k, v in value.items() if v is not None})
    if s.kind not in KINDS:
        raise InputError(f"Printer kind must be one of {', '.join(KINDS)}, not {s.kind!r}.")
    if s.paper not in PAPERS:
        raise InputError(f"Paper must be roll80 or roll58, not {s.paper!r}.")
    s = replace(s, vendor_id=_usb_id(s.vendor_id, "vendor"),
                product_id=_usb_id(s.product_id, "product"),
                cash_drawer=bool(s.cash_drawer), baudrate=int(s.baudrate))
    if s.kind == "pdf" and not s.folder:
        raise InputError("Choose a folder to save receipts in.")
    if s.kind == "escpos":
        if s.connection not in CONNECTIONS:
            raise InputError(f"Connection must be one of {', '.join(CONNECTIONS)}, "
                             f"not {s.connection!r}.")
        if s.connection == "usb" and (s.vendor_id is None or s.product_id is None):
            raise InputError("A USB printer needs its vendor and product ids (e.g. 0x0416).")
        if s.connection == "network":
            host, _, port = (s.address or "").strip().partition(":")
            if not host or (port and not (port.isdigit() and 0 < int(port) < 65536)):
                raise InputError("A network printer needs its address, e.g. 192.168.1.50:9100.")
        if s.connection in ("serial", "file") and not s.device:
            raise InputError("Give the printer's device path, e.g. /dev/usb/lp0 or COM3.")
    return s


def load_settings(db: Database) -> PrinterSettings | None:
    """The configured printer, or None when none has been set up."""
    value = store.get_setting(db, SETTINGS_KEY, None)
    if not isinstance(value, dict):
        return None
    try:
        return parse_settings(value)
    except InputError as exc:
        raise PrinterError(f"The printer settings are not usable: {exc}") from exc


def save_settings(db: Database, value: dict[str, Any] | PrinterSettings) -> PrinterSettings:
    """Validate and store printer settings; returns them normalised."""
    settings = parse_settings(asdict(value) if isinstance(value, PrinterSettings) else value)
    store.set_setting(db, SETTINGS_KEY, asdict(settings))
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
    try:
        if settings.connection == "usb":
            device = escpos_printer.Usb(settings.vendor_id, settings.product_id)
        elif settings.connection == "network":
            host, _, port = (settings.address or "").partition(":")
            device = escpos_printer.Network(host, int(port or DEFAULT_PORT),
                                            timeout=NETWORK_TIMEOUT_S)
            # Connect here rather than in Network.open, which leaks its socket on failure.
            device.device = socket.create_connection((host, int(port or DEFAULT_PORT)),
                                                     timeout=NETWORK_TIMEOUT_S)
            return _sized(device, settings)
        elif settings.connection == "serial":
            device = escpos_printer.Serial(settings.device, baudrate=settings.baudrate)
        else:
            device = escpos_printer.File(settings.device)
        device.open()
    except RuntimeError as exc:
        raise PrinterError(
            f"Cannot reach the {name}: this computer lacks the {settings.connection} "
            "printer support library."
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
        if settings.connection in ("network", "usb", "serial"):
            _check_paper(printer, name)
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
    folder = Path(settings.folder or ".").expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / filename
        write_atomic(path, pdf)
    except OSError as exc:
        raise PrinterError(f"Cannot save the receipt in {folder}: {exc.strerror}.") from exc
    return path


def send_system(pdf: bytes, settings: PrinterSettings, title: str) -> None:
    """Send a PDF to a system print queue with ``lp`` (CUPS). The app uses Qt's dialog."""
    lp = shutil.which("lp")
    if lp is None:
        raise PrinterError("System printing from the command line needs CUPS (lp); "
                           "print from the app instead.")
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        tmp.write(pdf)
        tmp.flush()
        command = [lp, "-t", title]
        if settings.printer_name:
            command += ["-d", settings.printer_name]
        result = subprocess.run([*command, tmp.name], capture_output=True, text=True,
                                timeout=30, check=False)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise PrinterError(f"The {settings.describe()} refused the job: "
                           f"{detail[0] if detail else 'no reason given'}.")


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
    settings = settings or load_settings(db)
    if settings is None:
        raise PrinterError("No printer is set up; choose one in Settings → Printer "
                           "(or save receipts as PDF with `mela-pos receipt`).")
    data = model.receipt_data(db, invoice_no)
    if a5 and settings.kind == "escpos":
        raise PrinterError("A thermal roll printer cannot print an A5 invoice; "
                           "use a system printer.")
    pdf = render_invoice_a5(data) if a5 else render_receipt(data, settings.roll)
    if settings.kind == "escpos":
        send_escpos(pdf, settings)
        return f"Printed {invoice_no} on the {settings.describe()}."
    safe = invoice_no.replace("/", "-")
    if settings.kind == "pdf":
        path = save_pdf(pdf, settings, f"{safe}{'-a5' if a5 else ''}.pdf")
        return f"Saved {invoice_no} as {path}."
    send_system(pdf, settings, f"Bill {invoice_no}")
    return f"Sent {invoice_no} to the {settings.describe()}."
