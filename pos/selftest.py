"""``mela-pos --self-test``: check an installed (or frozen) build end to end, no display.

Runs in a temporary data folder so the stall's real data is never touched: creates the
database, loads the bundled demo catalogue, signs in a manager and opens a day, makes one
sale through the real checkout, renders a roll receipt with Devanagari and a QR code,
reads the QR back, and verifies the audit chain. One line per check; the first failure
stops the run (later checks depend on earlier ones) and the exit code is 1.

Each check is a function taking the shared ``Trial`` and returning the detail to print.
"""

from __future__ import annotations

import importlib
import io
import logging
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from pos import audit, resources, store

log = logging.getLogger(__name__)

FONTS = (
    "NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
    "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf",
)


class CheckFailed(Exception):
    """A check found something wrong; the message says what."""


@dataclass
class Trial:
    """What the checks share: the temporary stall and what earlier checks made."""

    data_dir: Path
    db: store.Database | None = None
    facts: dict[str, Any] = field(default_factory=dict)

    def database(self) -> store.Database:
        """The trial's database (opened by the first check)."""
        if self.db is None:
            raise CheckFailed("the database was not opened")
        return self.db


def _feature(module: str) -> Any:
    """Import a feature module, or fail the check saying the build lacks it."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        raise CheckFailed(f"{module} is missing from this build ({exc.name})") from exc


def check_assets(trial: Trial) -> str:
    """The bundled fonts are where the resource helper looks (frozen or not)."""
    missing = [f for f in FONTS if not resources.asset("fonts", f).is_file()]
    if missing:
        raise CheckFailed(f"missing in {resources.asset('fonts')}: {', '.join(missing)}")
    return f"{len(FONTS)} fonts in {resources.assets_dir()}"


def check_storage(trial: Trial) -> str:
    """A new stall database opens, migrates and passes its integrity check."""
    trial.db = store.open_store(trial.data_dir)
    problems = store.integrity_problems(trial.db, full=True)
    if problems:
        raise CheckFailed(problems[0])
    version = trial.db.execute("PRAGMA user_version").fetchone()[0]
    return f"new stall database, schema step {version}, integrity ok"


def check_demo(trial: Trial) -> str:
    """The bundled demo catalogue loads and can be searched in Hindi."""
    catalogue = _feature("pos.catalogue")
    db = trial.database()
    catalogue.load_demo(db)
    total = catalogue.count(db)
    if total == 0:
        raise CheckFailed("the demo catalogue has no products")
    hindi = [p for p in catalogue.search(db, "", limit=500) if p.name_hi.strip()]
    if not hindi:
        raise CheckFailed("no product has a Hindi name")
    probe = hindi[0].name_hi.split()[0]
    if not catalogue.search(db, probe):
        raise CheckFailed(f"searching for {probe!r} found nothing")
    trial.facts["product"] = next(
        (p for p in catalogue.search(db, "", limit=500) if p.stock > 0), hindi[0]
    )
    return f"{total} products"


def check_staff_and_day(trial: Trial) -> str:
    """A manager can be created and sign in, and a business day opens."""
    staff = _feature("pos.staff")
    days = _feature("pos.days")
    db = trial.database()
    manager = staff.create_staff(db, "Self-test Manager", "manager", "4826")
    staff.sign_in(db, manager.id, "4826")
    trial.facts["staff_id"] = manager.id
    day = days.open_day(db, staff_id=manager.id, float_paise=100_000)
    trial.facts["day"] = day
    return f"manager signed in, day {day.business_date} opened"


def check_sale(trial: Trial) -> str:
    """One cash sale through the real checkout, committed with its outbox rows."""
    sales = _feature("pos.sales")
    cart_module = _feature("pos.cart")
    payments = _feature("pos.payments")
    records = _feature("pos.records")
    db = trial.database()
    product = trial.facts["product"]
    before = records.pending_count(db)
    cart = cart_module.Cart()
    cart.add(product, 1)
    total = cart.totals().total_paise
    # Round the tendered note up to the next 500 rupees so change is worked out too.
    tendered = -(-total // 50_000) * 50_000
    payment = payments.Payment(method="cash", amount_paise=tendered, tendered_paise=tendered)
    sale = sales.checkout(db, cart, [payment], staff_id=trial.facts["staff_id"])
    trial.facts["sale"] = sale
    if records.pending_count(db) <= before:
        raise CheckFailed("the sale was saved without its outbox rows")
    money = _feature("pos.money")
    return (f"invoice {sale.invoice_no}, {money.format_inr(sale.total_paise)}, "
            f"change {money.format_inr(sale.change_paise)}, queued for the hub")


def check_receipt(trial: Trial) -> str:
    """A roll receipt with Devanagari and a QR renders; the QR reads back."""
    model = _feature("pos.documents.model")
    receipt = _feature("pos.documents.receipt")
    db = trial.database()
    sale = trial.facts["sale"]
    data = model.receipt_data(db, sale.invoice_no)
    if not any(_has_devanagari(line.name_hi) for line in data.lines):
        raise CheckFailed("the bill line has no Hindi name to print")
    pdf = receipt.render_receipt(data, "roll80")
    if not pdf.startswith(b"%PDF"):
        raise CheckFailed("the receipt is not a PDF")
    if b"NotoSansDevanagari" not in pdf:
        raise CheckFailed("the receipt does not embed the Devanagari font")
    trial.facts["receipt_pdf"] = pdf
    return f"roll80 PDF, {len(pdf) // 1024} KB, {_qr_detail(pdf, sale.invoice_no)}"


def check_thermal(trial: Trial) -> str:
    """The receipt rasterises to ESC/POS raster commands (a printer that is a file)."""
    printing = _feature("pos.printing")
    device = trial.data_dir / "thermal-printer.bin"
    device.touch()
    settings = printing.PrinterSettings(kind="escpos", connection=f"file:{device}")
    image = printing.send_escpos(trial.facts["receipt_pdf"], settings)
    sent = device.read_bytes()
    if b"\x1dv0" not in sent:  # GS v 0: print raster bit image
        raise CheckFailed("no raster image reached the printer stream")
    return f"{image.width}×{image.height} dots, {len(sent) // 1024} KB of ESC/POS"


def _has_devanagari(text: str) -> bool:
    return any("\u0900" <= ch <= "\u097f" for ch in text)


def _qr_detail(pdf: bytes, invoice_no: str) -> str:
    """Decode the receipt's QR when the decoder is present, else check for an image."""
    try:
        import pypdfium2
        import zxingcpp
    except ImportError:
        if b"/Subtype /Image" not in pdf and b"/Subtype/Image" not in pdf:
            raise CheckFailed("the receipt carries no QR image") from None
        return "QR image present (no decoder in this build)"
    page = pypdfium2.PdfDocument(io.BytesIO(pdf))[0]
    image = page.render(scale=4).to_pil()
    found = zxingcpp.read_barcodes(image)
    texts = [r.text for r in found if r.format == zxingcpp.BarcodeFormat.QRCode]
    if not texts:
        raise CheckFailed("the receipt's QR code cannot be read")
    if invoice_no not in texts[0]:
        raise CheckFailed(f"the QR does not name invoice {invoice_no}: {texts[0][:60]}")
    return "QR decoded"


def check_audit(trial: Trial) -> str:
    """The audit journal's hash chain is intact."""
    db = trial.database()
    problems = audit.verify(db)
    if problems:
        raise CheckFailed(f"entry {problems[0].chain_no} {problems[0].problem}")
    entries = db.execute("SELECT count(*) FROM audit").fetchone()[0]
    if entries == 0:
        raise CheckFailed("the journal is empty after a sale")
    return f"{entries} entries, chain intact"


CHECKS: tuple[tuple[str, Callable[[Trial], str]], ...] = (
    ("bundled fonts", check_assets),
    ("storage", check_storage),
    ("demo catalogue", check_demo),
    ("staff and day", check_staff_and_day),
    ("sale", check_sale),
    ("receipt", check_receipt),
    ("thermal printer", check_thermal),
    ("audit chain", check_audit),
)


Check = tuple[str, Callable[[Trial], str]]


def run(out: TextIO | None = None, checks: tuple[Check, ...] | None = None) -> int:
    """Run every check in a temporary data folder; 0 when all pass, 1 at the first failure."""
    out = out or sys.stdout
    checks = CHECKS if checks is None else checks
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    print(f"Mela POS self-test ({frozen}, Python {platform.python_version()}, "
          f"{platform.system()})", file=out)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="mela-pos-selftest-") as folder:
        trial = Trial(Path(folder))
        try:
            for name, check in checks:
                try:
                    detail = check(trial)
                except CheckFailed as exc:
                    return _fail(out, name, str(exc))
                except Exception as exc:  # a bug or broken build: say which check, log why
                    log.exception("self-test check %s crashed", name)
                    return _fail(out, name, f"{type(exc).__name__}: {exc}")
                print(f"ok    {name}: {detail}", file=out)
                log.info("self-test ok: %s: %s", name, detail)
        finally:
            if trial.db is not None:
                trial.db.close()
    print(f"all {len(checks)} checks passed in {time.perf_counter() - started:.1f} s", file=out)
    return 0


def _fail(out: TextIO, name: str, why: str) -> int:
    print(f"FAIL  {name}: {why}", file=out)
    log.error("self-test failed: %s: %s", name, why)
    return 1
