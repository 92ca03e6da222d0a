"""A newcomer's stall day through the commands alone, each in its own process.

On a fresh data folder: ``mela-pos demo --products 200 --sales 50``, then the day's GST
export (checked column by column against the selling issue's fixed header and for totals
that add up bill by bill), a roll receipt and the Z report when those commands exist, and
``mela-pos status``. Nothing here imports the code under test except to find the data file.
"""

from __future__ import annotations

import csv
import os
import re
import sqlite3
import subprocess
import sys
from collections import defaultdict
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

ROOT = Path(__file__).resolve().parents[2]

# The selling issue's columns, in its order: the accountant's contract.
COLUMNS = [
    "invoice_no", "invoice_date", "device", "staff", "sku", "product", "hsn", "qty", "gross",
    "discount", "taxable_value", "gst_rate", "cgst", "sgst", "igst", "line_total",
    "bill_round_off", "bill_total", "payment_methods", "status",
]
MONEY = ["gross", "discount", "taxable_value", "cgst", "sgst", "igst", "line_total",
         "bill_round_off", "bill_total"]
TWO_DECIMALS = re.compile(r"^-?[0-9]+\.[0-9]{2}$")


def mela_pos(data: Path, *argv: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Run ``mela-pos ARGV --data-dir DATA`` as a user would; fail loudly on a bad exit."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(home),
           "XDG_STATE_HOME": str(home / "state")}
    env.pop("MELA_POS_DATA", None)
    done = subprocess.run([sys.executable, "-m", "ui.cli", *argv, "--data-dir", str(data)],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 0, f"mela-pos {' '.join(argv)}: {done.stderr}"
    assert "Traceback" not in done.stderr
    return done


def paise(text: str) -> int:
    assert TWO_DECIMALS.match(text), f"{text!r} is not rupees with two decimals"
    return int(Decimal(text) * 100)


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """A fresh data folder after the demo, and the commands the launcher offers."""
    root = tmp_path_factory.mktemp("day")
    data, home = root / "stall", root / "home"
    demo = mela_pos(data, "demo", "--products", "200", "--sales", "50", home=home)
    commands = set(re.findall(r"^    ([a-z][a-z-]+)\s", mela_pos(data, "--help", home=home).stdout,
                              re.MULTILINE))
    return {"root": root, "data": data, "home": home, "demo": demo.stdout,
            "commands": commands, "today": datetime.now(ZoneInfo("Asia/Kolkata")).date()}


def test_demo_makes_a_trading_stall(day: dict[str, object]) -> None:
    out = str(day["demo"])
    assert "Added 200 synthetic products" in out and "Added 50 sales" in out
    conn = sqlite3.connect(f"file:{day['data']}/stall.sqlite?mode=ro", uri=True)
    try:
        (bills,) = conn.execute(
            "SELECT count(*) FROM orders WHERE doc_type <> 'receipt_voucher'").fetchone()
        numbers = [n for (n,) in conn.execute(
            "SELECT series_no FROM orders WHERE doc_type <> 'receipt_voucher' "
            "ORDER BY series_no")]
    finally:
        conn.close()
    assert bills >= 50
    assert numbers == list(range(1, len(numbers) + 1)), "invoice numbers have a gap"


@pytest.fixture(scope="module")
def exported(day: dict[str, object]) -> tuple[list[str], list[dict[str, str]], str]:
    """``mela-pos export sales`` for today: (header, rows, what the command printed)."""
    today = str(day["today"])
    out = Path(str(day["root"])) / "sales.csv"
    done = mela_pos(Path(str(day["data"])), "export", "sales", "--from", today, "--to", today,
                    "--out", str(out), home=Path(str(day["home"])))
    with out.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader), done.stdout


def test_the_days_export_adds_up(
    day: dict[str, object], exported: tuple[list[str], list[dict[str, str]], str]
) -> None:
    today = str(day["today"])
    header, rows, printed = exported
    assert header == COLUMNS
    assert f"{len(rows)} rows written" in printed
    assert rows, "the demo's sales are not in today's export"
    bills: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        assert row["invoice_date"] == today
        assert row["status"] in ("completed", "refunded", "partially_refunded", "voided")
        gross, discount, taxable, cgst, sgst, igst, total = (
            paise(row[c]) for c in ("gross", "discount", "taxable_value", "cgst", "sgst",
                                    "igst", "line_total"))
        assert gross - discount == total, row
        assert taxable + cgst + sgst + igst == total, row
        # Within Bihar CGST = tax // 2 and SGST the rest; an inter-state bill is all IGST.
        assert (igst == 0 and cgst == (cgst + sgst) // 2) or cgst == sgst == 0, row
        rate = int(row["gst_rate"])
        # taxable = round(total x 100 / (100 + rate)), halves up
        assert taxable == (total * 100 * 2 + (100 + rate)) // (2 * (100 + rate)), row
        bills[row["invoice_no"]].append(row)
    assert len(bills) >= 40
    for number, lines in bills.items():
        assert len({(r["bill_round_off"], r["bill_total"], r["payment_methods"], r["status"])
                    for r in lines}) == 1, f"{number}: bill columns differ between its lines"
        round_off, bill_total = paise(lines[0]["bill_round_off"]), paise(lines[0]["bill_total"])
        assert sum(paise(r["line_total"]) for r in lines) + round_off == bill_total, number
        assert -50 < round_off <= 50 and bill_total % 100 == 0, number


def _needs(day: dict[str, object], command: str) -> None:
    assert command in day["commands"], f"`mela-pos {command}` is missing"  # type: ignore[operator]


def test_a_receipt_from_the_export(
    day: dict[str, object], exported: tuple[list[str], list[dict[str, str]], str]
) -> None:
    _needs(day, "receipt")
    # A sale bill (not a pre-order's receipt voucher, S01R...) that nobody refunded.
    invoice = next(r["invoice_no"] for r in exported[1]
                   if re.fullmatch(r"[A-Za-z0-9-]+/[0-9]{4}/[0-9]+", r["invoice_no"])
                   and r["status"] == "completed")
    out = Path(str(day["root"])) / "r.pdf"
    mela_pos(Path(str(day["data"])), "receipt", invoice, "--format", "roll80", "--out",
             str(out), home=Path(str(day["home"])))
    assert out.read_bytes()[:5] == b"%PDF-"


def test_the_z_report(day: dict[str, object]) -> None:
    _needs(day, "report")
    out = Path(str(day["root"])) / "z.pdf"
    mela_pos(Path(str(day["data"])), "report", "day", "--out", str(out),
             home=Path(str(day["home"])))
    assert out.read_bytes()[:5] == b"%PDF-"


def test_status_counts_what_waits_for_the_hub(day: dict[str, object]) -> None:
    _needs(day, "status")
    done = mela_pos(Path(str(day["data"])), "status", home=Path(str(day["home"])))
    conn = sqlite3.connect(f"file:{day['data']}/stall.sqlite?mode=ro", uri=True)
    try:
        (pending,) = conn.execute("SELECT count(*) FROM outbox").fetchone()
    finally:
        conn.close()
    assert pending > 50
    assert re.search(rf"waiting:\s+{pending} record", done.stdout), done.stdout
    assert "not paired" in done.stdout
