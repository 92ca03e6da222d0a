"""The sales export command and the UPI payment link."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from pos import commands, records, sales, store
from pos.cart import Buyer, Cart, Discount
from pos.errors import InputError
from pos.payments import Payment, upi_link
from pos.profile import SellerProfile, save_seller_profile
from pos.salesexport import COLUMNS
from tests.helpers.selling import add_product, add_staff, close_open_day, open_day


def run_cli(*argv: str) -> int:
    return commands.run(list(argv), prog="mela-pos", description="test",
                        modules=commands.pos_command_modules())


def test_export_sales_rows_and_statuses(data_dir: Path, tmp_path: Path, capsys) -> None:
    db = store.open_store(data_dir)
    cashier, boss = add_staff(db, "Sita"), add_staff(db, "Ravi", "manager")
    open_day(db, cashier, "2026-11-25")
    save_seller_profile(db, SellerProfile(name="Stall", gstin="10AAAGU0487K1Z9"))
    device_code = records.device(db).device_code
    painting = add_product(db, "MB-001", 125000, name_en="Madhubani painting")
    basket = add_product(db, "SK-002", 39900, gst_rate=12, name_en="Sikki basket")
    day1 = datetime(2026, 11, 25, 5, 0, tzinfo=UTC)
    day2 = datetime(2026, 11, 26, 20, 0, tzinfo=UTC)  # 27 November in IST
    numbers = []
    for when in (day1, day1, day2):
        if when is day2:   # the 25th was closed (its second bill voided first); the 27th
            sales.void(db, numbers[1], reason="mistake", staff_id=cashier, approved_by=boss,
                       now=day1)
            close_open_day(db)
            open_day(db, cashier, "2026-11-27")
        cart = Cart(inter_state=when is day2)
        if when is day2:
            cart.buyer = Buyer(name="Asha", address="Karol Bagh, Delhi", state_code="07")
        cart.add(painting)
        cart.add(basket, 2)
        cart.set_bill_discount(Discount("amount", 500, "regular"))
        numbers.append(sales.checkout(db, cart, [Payment("card", cart.totals().total_paise,
                                                         reference="T77")],
                                      staff_id=cashier, now=when).invoice_no)
    db.close()
    out = tmp_path / "sales.csv"
    assert run_cli("export", "sales", "--from", "2026-11-25", "--to", "2026-11-26",
                   "--out", str(out), "--data-dir", str(data_dir)) == 0
    assert capsys.readouterr().out.strip() == f"4 rows written to {out}"
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0]) == COLUMNS
    assert [(r["invoice_no"], r["status"]) for r in rows] == [
        (numbers[0], "completed"), (numbers[0], "completed"),
        (numbers[1], "voided"), (numbers[1], "voided")]
    assert rows[0]["invoice_date"] == "2026-11-25" and rows[0]["staff"] == "Sita"
    assert rows[0]["payment_methods"] == "card" and rows[0]["device"] == device_code
    first = [r for r in rows if r["invoice_no"] == numbers[0]]
    assert sum(float(r["line_total"]) for r in first) + float(first[0]["bill_round_off"]) == (
        pytest.approx(float(first[0]["bill_total"])))
    assert run_cli("export", "sales", "--from", "2026-11-27", "--to", "2026-11-27",
                   "--out", str(out), "--data-dir", str(data_dir)) == 0
    with out.open(encoding="utf-8-sig") as fh:
        later = list(csv.DictReader(fh))
    assert len(later) == 2 and float(later[0]["igst"]) > 0 and later[0]["cgst"] == "0.00"


@pytest.mark.parametrize(
    ("args", "words"),
    [(["--from", "26-11-2026", "--to", "2026-11-26"], "not a date"),
     (["--from", "2026-11-27", "--to", "2026-11-26"], "before"),
     (["--from", "2026-11-26", "--to", "2026-11-26", "--out", "/no/such/dir/x.csv"],
      "does not exist")],
)
def test_export_bad_input(data_dir: Path, tmp_path: Path, capsys, args, words) -> None:
    if "--out" not in args:
        args = [*args, "--out", str(tmp_path / "x.csv")]
    assert run_cli("export", "sales", *args, "--data-dir", str(data_dir)) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1


def test_upi_link_fields_parse_back() -> None:
    profile = SellerProfile(name="Shilp Stall & Co", upi_vpa="umsas@sbi",
                            upi_payee_name="UMSAS Patna")
    link = upi_link(profile, 123450, "S01/2627/000123", "Mela bill S01/2627/000123")
    parts = urlsplit(link)
    assert parts.scheme == "upi" and parts.netloc == "pay"
    assert link.startswith("upi://pay?pa=umsas@sbi&pn=UMSAS%20Patna&am=1234.50&cu=INR&tr=")
    fields = {k: v[0] for k, v in parse_qs(parts.query, strict_parsing=True).items()}
    assert fields == {"pa": "umsas@sbi", "pn": "UMSAS Patna", "am": "1234.50", "cu": "INR",
                      "tr": "S01/2627/000123", "tn": "Mela bill S01/2627/000123"}
    assert upi_link(profile, 100, "x", "n").split("am=")[1].startswith("1.00&")
    with pytest.raises(InputError, match="UPI ID"):
        upi_link(SellerProfile(), 100, "x", "n")
    with pytest.raises(InputError, match="positive"):
        upi_link(profile, 0, "x", "n")
