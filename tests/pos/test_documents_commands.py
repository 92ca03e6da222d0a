"""The document commands: receipt, report day, labels and print."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from pos import commands, printing, store
from pos.store import Database
from tests.helpers import doc_stall as stall_fixtures
from tests.helpers import pdf_read
from tests.helpers.doc_stall import DocStall

doc_stall_template = stall_fixtures.doc_stall_template
doc_stall = stall_fixtures.doc_stall


def mela(data_dir: Path, *argv: str) -> int:
    return commands.run(["--data-dir", str(data_dir), *argv], prog="mela-pos",
                        description="test", modules=commands.pos_command_modules())


@dataclass
class Made:
    """What the command tests print."""

    data_dir: Path
    invoice_no: str
    credit_note_no: str
    preorder_no: str
    business_date: str


@pytest.fixture
def stall(doc_stall: DocStall) -> Made:
    sale = doc_stall.sell([(1, 1), (2, 1)])
    refund = doc_stall.refund(sale.invoice_no)
    preorder = doc_stall.preorder()
    return Made(doc_stall.data_dir, sale.invoice_no, refund.credit_note_no,
                preorder.preorder_no, doc_stall.business_date.isoformat())


@pytest.mark.parametrize(("fmt", "width"), [("roll80", 226.77), ("roll58", 164.41),
                                            ("a5", 419.53)])
def test_receipt_command(stall: Made, tmp_path: Path, fmt: str,
                         width: float, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = stall.data_dir
    out = tmp_path / f"{fmt}.pdf"
    assert mela(data_dir, "receipt", stall.invoice_no, "--format", fmt, "--out", str(out)) == 0
    assert f"Wrote {out}" in capsys.readouterr().out
    assert pdf_read.pages(out.read_bytes())[0].width == pytest.approx(width, abs=0.01)


def test_receipt_command_other_documents(stall: Made, tmp_path: Path) -> None:
    data_dir = stall.data_dir
    note, slip = tmp_path / "cn.pdf", tmp_path / "po.pdf"
    assert mela(data_dir, "receipt", stall.credit_note_no, "--credit-note", "--out", str(note)) == 0
    assert mela(data_dir, "receipt", stall.preorder_no, "--preorder", "--format", "roll58",
                "--out", str(slip)) == 0
    assert "CreditNote" in pdf_read.flat(pdf_read.pages(note.read_bytes())[0].text)
    assert "Pre-orderSlip" in pdf_read.flat(pdf_read.pages(slip.read_bytes())[0].text)


def test_receipt_command_errors(stall: Made, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = stall.data_dir
    assert mela(data_dir, "receipt", "S01/2627/999999", "--out", str(tmp_path / "x.pdf")) == 2
    err = capsys.readouterr().err.strip()
    assert err == "mela-pos: error: There is no bill with invoice number 'S01/2627/999999'."
    assert mela(data_dir, "receipt", stall.invoice_no, "--out",
                str(tmp_path / "missing" / "x.pdf")) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_report_day_command(stall: Made, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = stall.data_dir
    out = tmp_path / "z.pdf"
    assert mela(data_dir, "report", "day", "--date", stall.business_date, "--out", str(out)) == 0
    text = pdf_read.flat(pdf_read.pages(out.read_bytes())[0].text)
    assert "ZReport" in text and stall.invoice_no in text
    assert mela(data_dir, "report", "day", "--date", "26/11/2026", "--out", str(out)) == 2
    assert "is not a date like 2026-11-26" in capsys.readouterr().err
    assert mela(data_dir, "report", "day", "--date", "2020-01-01", "--out", str(out)) == 2
    assert "No business day was opened on 2020-01-01" in capsys.readouterr().err


def test_labels_command(stall: Made, tmp_path: Path,
                        capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = stall.data_dir
    out = tmp_path / "labels.pdf"
    assert mela(data_dir, "labels", "--sku", "MB-1002", "MB-1000", "--copies", "2",
                "--out", str(out)) == 0
    assert "Wrote 4 labels" in capsys.readouterr().out
    codes = [t for f, t in pdf_read.barcodes(out.read_bytes()) if f == "Code128"]
    assert sorted(codes) == ["MB-1000", "MB-1000", "MB-1002", "MB-1002"]
    assert mela(data_dir, "labels", "--craft", "sikki", "--out", str(out)) == 0
    assert mela(data_dir, "labels", "--sku", "NOPE", "--out", str(out)) == 2
    assert "No product has the SKU 'NOPE'" in capsys.readouterr().err


def test_labels_refuse_a_run_too_big_to_print(stall: Made, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    from pos.commands import labels

    monkeypatch.setattr(labels, "MAX_LABELS", 3)
    out = tmp_path / "labels.pdf"
    assert mela(stall.data_dir, "labels", "--sku", "MB-1002", "MB-1000", "--copies", "2",
                "--out", str(out)) == 2
    assert "That is 4 labels; print at most 3" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("choice", [{"craft": ""}, {"craft": "  "}, {"skus": ["MB-1000", ""]}])
def test_label_data_refuses_a_blank_choice(stall: Made, choice: dict[str, object]) -> None:
    from pos.documents import model
    from pos.errors import InputError

    db = store.open_store(stall.data_dir)
    try:
        with pytest.raises(InputError, match="empty one matches nothing"):
            model.label_data(db, **choice)  # type: ignore[arg-type]
    finally:
        db.close()


def test_print_command(stall: Made, tmp_path: Path,
                       capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = stall.data_dir
    assert mela(data_dir, "print", stall.invoice_no) == 4
    assert "No printer is set up" in capsys.readouterr().err
    # A wrong number is named as such before the missing printer.
    assert mela(data_dir, "print", "S01/2627/999999") == 2
    assert "There is no bill" in capsys.readouterr().err
    db: Database = store.open_store(data_dir)
    try:
        printing.save_printer_settings(db, {"kind": "escpos", "connection": "file",
                                    "device": str(tmp_path / "gone" / "lp0")})
    finally:
        db.close()
    assert mela(data_dir, "print", stall.invoice_no) == 4
    err = capsys.readouterr().err.strip()
    assert err.startswith("mela-pos: error: The thermal printer") and "not found" in err
    db = store.open_store(data_dir)
    try:
        printing.save_printer_settings(db, {"kind": "escpos", "connection": "file",
                                    "device": str(tmp_path / "lp0"), "paper": "roll58"})
    finally:
        db.close()
    assert mela(data_dir, "print", stall.invoice_no) == 0
    assert (tmp_path / "lp0").read_bytes().count(b"\x1dv0") >= 1
