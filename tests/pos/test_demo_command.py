"""The ``mela-pos demo`` and ``mela-pos import-catalogue`` commands, end to end."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest

from pos import catalogue, store
from pos.catalogue_file import CSV_COLUMNS, has_devanagari
from pos.schema import GST_RATES
from ui import cli


def test_demo_products(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "stall"
    assert cli.main(["demo", "--data-dir", str(data), "--products", "2000", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "Loaded the demo catalogue" in out and "Added 2,000 synthetic products" in out
    db = store.open_store(data)
    try:
        demo_count = db.execute("SELECT count(*) FROM products WHERE sku NOT LIKE 'SYN-%'")
        demo = demo_count.fetchone()[0]
        assert demo >= 80 and catalogue.count(db) == demo + 2000
        synthetic = catalogue.search(db, "syn-", limit=2000)
        assert len(synthetic) == 2000
        assert all(has_devanagari(p.name_hi) and p.name_en.isascii() for p in synthetic
                   if "mâché" not in p.name_en)
        assert all(p.gst_rate in GST_RATES and p.mrp_paise > 0 and p.stock > 0
                   for p in synthetic)
        assert all(p.picture_sha256 and p.craft_code for p in synthetic)
        for p in synthetic:
            if p.hsn in ("6214", "6304", "6211") and p.mrp_paise > 2500_00:
                assert p.gst_rate == 18, p
        assert len({p.name_en for p in synthetic}) > 1000, "names vary"
        assert db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
    finally:
        db.close()
    # A second run adds more products after the first ones, never over them.
    assert cli.main(["demo", "--data-dir", str(data), "--products", "10"]) == 0
    db = store.open_store(data)
    try:
        assert catalogue.get(db, "SYN-002010").sku == "SYN-002010"
        assert catalogue.count(db, "syn-") == 2010
    finally:
        db.close()


def test_demo_without_options_loads_once(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "stall"
    assert cli.main(["demo", "--data-dir", str(data)]) == 0
    assert cli.main(["demo", "--data-dir", str(data)]) == 0
    assert "already has a catalogue" in capsys.readouterr().out


def test_demo_sales(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["demo", "--data-dir", str(tmp_path / "s"), "--sales", "3"])
    if importlib.util.find_spec("pos.demo_sales") is None:
        assert code != 0
        assert "pos.demo_sales module is missing" in capsys.readouterr().err
    else:
        assert code == 0
        assert "Added 3 sales" in capsys.readouterr().out


def test_bad_count_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["demo", "--data-dir", str(tmp_path), "--products", "-3"])
    assert caught.value.code != 0
    assert "between 0 and 1,000,000" in capsys.readouterr().err


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in CSV_COLUMNS})
    return path


ROW = {"sku": "JT-BAG", "name_en": "Jute Bag", "name_hi": "जूट का थैला", "craft": "JUTE",
       "craft_name_en": "Jute Craft", "craft_name_hi": "जूट शिल्प", "hsn": "6305",
       "gst_rate": "5", "mrp": "220", "stock": "12"}


def test_import_catalogue_with_one_bad_row(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "stall"
    rows = [ROW, dict(ROW, sku="JT-RUG", name_en="Jute Rug", name_hi="जूट दरी", gst_rate="7"),
            dict(ROW, sku="JT-DOLL", name_en="Jute Doll", name_hi="जूट गुड़िया")]
    code = cli.main(["import-catalogue", "--data-dir", str(data), str(_write(tmp_path / "c.csv",
                                                                            rows))])
    err = capsys.readouterr().err
    assert code != 0
    assert "line 3: gst_rate 7 is not a GST rate" in err and "nothing was imported" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    db = store.open_store(data)
    try:
        assert catalogue.is_empty(db) and catalogue.crafts(db) == []
        assert db.execute("SELECT count(*) FROM stock_movements").fetchone()[0] == 0
    finally:
        db.close()


def test_import_catalogue_good_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "stall"
    path = _write(tmp_path / "c.csv", [ROW])
    assert cli.main(["import-catalogue", "--data-dir", str(data), str(path)]) == 0
    assert "products: 1 added, 0 updated; crafts: 1 added" in capsys.readouterr().out
    assert cli.main(["import-catalogue", "--data-dir", str(data), str(path)]) == 0
    assert "products: 0 added, 1 updated" in capsys.readouterr().out


@pytest.mark.parametrize("command", ["demo", "import-catalogue"])
def test_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main([command, "--help"])
    assert caught.value.code == 0
    assert "--data-dir" in capsys.readouterr().out
