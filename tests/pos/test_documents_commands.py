"""The document commands: receipt, report day, labels and print."""

from __future__ import annotations

from pathlib import Path

import pytest

from pos import commands, printing, store
from pos.store import Database
from tests.helpers import doc_fixtures as fx
from tests.helpers import pdf_read


def mela(data_dir: Path, *argv: str) -> int:
    return commands.run(["--data-dir", str(data_dir), *argv], prog="mela-pos",
                        description="test", modules=commands.pos_command_modules())


@pytest.fixture
def stall(data_dir: Path) -> tuple[Path, fx.Bill]:
    db = store.open_store(data_dir)
    try:
        staff = fx.set_up_stall(db)
        day = fx.open_day(db, staff, "2026-11-26")
        when = fx.datetime(2026, 11, 26, 8, 0, tzinfo=fx.UTC)
        bill = fx.make_bill(db, [fx.Item(*fx.LONG_NAMES[1], price=120_000)], staff_id=staff,
                            day_id=day, when=when)
        fx.make_refund(db, bill, 0, 1, staff_id=staff, day_id=day)
        fx.make_preorder(db, staff_id=staff)
        fx.add_products(db, 4)
    finally:
        db.close()
    return data_dir, bill


@pytest.mark.parametrize(("fmt", "width"), [("roll80", 226.77), ("roll58", 164.41),
                                            ("a5", 419.53)])
def test_receipt_command(stall: tuple[Path, fx.Bill], tmp_path: Path, fmt: str,
                         width: float, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, bill = stall
    out = tmp_path / f"{fmt}.pdf"
    assert mela(data_dir, "receipt", bill.invoice_no, "--format", fmt, "--out", str(out)) == 0
    assert f"Wrote {out}" in capsys.readouterr().out
    assert pdf_read.pages(out.read_bytes())[0].width == pytest.approx(width, abs=0.01)


def test_receipt_command_other_documents(stall: tuple[Path, fx.Bill], tmp_path: Path) -> None:
    data_dir, _ = stall
    note, slip = tmp_path / "cn.pdf", tmp_path / "po.pdf"
    assert mela(data_dir, "receipt", "CN/2627/0001", "--credit-note", "--out", str(note)) == 0
    assert mela(data_dir, "receipt", "PO/S01/0007", "--preorder", "--format", "roll58",
                "--out", str(slip)) == 0
    assert "CreditNote" in pdf_read.flat(pdf_read.pages(note.read_bytes())[0].text)
    assert "Pre-orderSlip" in pdf_read.flat(pdf_read.pages(slip.read_bytes())[0].text)


def test_receipt_command_errors(stall: tuple[Path, fx.Bill], tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, bill = stall
    assert mela(data_dir, "receipt", "S01/2627/999999", "--out", str(tmp_path / "x.pdf")) == 2
    err = capsys.readouterr().err.strip()
    assert err == "mela-pos: error: There is no bill with invoice number 'S01/2627/999999'."
    assert mela(data_dir, "receipt", bill.invoice_no, "--out",
                str(tmp_path / "missing" / "x.pdf")) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_report_day_command(stall: tuple[Path, fx.Bill], tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, bill = stall
    out = tmp_path / "z.pdf"
    assert mela(data_dir, "report", "day", "--date", "2026-11-26", "--out", str(out)) == 0
    text = pdf_read.flat(pdf_read.pages(out.read_bytes())[0].text)
    assert "ZReport" in text and bill.invoice_no in text
    assert mela(data_dir, "report", "day", "--date", "26/11/2026", "--out", str(out)) == 2
    assert "is not a date like 2026-11-26" in capsys.readouterr().err
    assert mela(data_dir, "report", "day", "--date", "2020-01-01", "--out", str(out)) == 2
    assert "Nothing was opened or sold on 2020-01-01" in capsys.readouterr().err


def test_labels_command(stall: tuple[Path, fx.Bill], tmp_path: Path,
                        capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, _ = stall
    out = tmp_path / "labels.pdf"
    assert mela(data_dir, "labels", "--sku", "MB-1002", "MB-1000", "--copies", "2",
                "--out", str(out)) == 0
    assert "Wrote 4 labels" in capsys.readouterr().out
    codes = [t for f, t in pdf_read.barcodes(out.read_bytes()) if f == "Code128"]
    assert sorted(codes) == ["MB-1000", "MB-1000", "MB-1002", "MB-1002"]
    assert mela(data_dir, "labels", "--craft", "SIKKI", "--out", str(out)) == 0
    assert mela(data_dir, "labels", "--sku", "NOPE", "--out", str(out)) == 2
    assert "No product has the SKU 'NOPE'" in capsys.readouterr().err


def test_print_command(stall: tuple[Path, fx.Bill], tmp_path: Path,
                       capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, bill = stall
    assert mela(data_dir, "print", bill.invoice_no) == 4
    assert "No printer is set up" in capsys.readouterr().err
    db: Database = store.open_store(data_dir)
    try:
        printing.save_printer_settings(db, {"kind": "escpos", "connection": "file",
                                    "device": str(tmp_path / "gone" / "lp0")})
    finally:
        db.close()
    assert mela(data_dir, "print", bill.invoice_no) == 4
    err = capsys.readouterr().err.strip()
    assert err.startswith("mela-pos: error: The thermal printer") and "not found" in err
    db = store.open_store(data_dir)
    try:
        printing.save_printer_settings(db, {"kind": "escpos", "connection": "file",
                                    "device": str(tmp_path / "lp0"), "paper": "roll58"})
    finally:
        db.close()
    assert mela(data_dir, "print", bill.invoice_no) == 0
    assert (tmp_path / "lp0").read_bytes().count(b"\x1dv0") >= 1
