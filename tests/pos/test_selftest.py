"""The self-test runner and the resource lookup it relies on when frozen."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest

from pos import resources, selftest


def test_runner_prints_one_line_per_check_and_stops_at_the_first_failure() -> None:
    seen: list[str] = []

    def good(trial: selftest.Trial) -> str:
        seen.append("good")
        return "fine"

    def bad(trial: selftest.Trial) -> str:
        raise selftest.CheckFailed("drawer jammed")

    def never(trial: selftest.Trial) -> str:
        seen.append("never")
        return "unreachable"

    out = io.StringIO()
    code = selftest.run(out, (("first", good), ("second", bad), ("third", never)))
    lines = out.getvalue().splitlines()
    assert code == 1
    assert lines[1:] == ["ok    first: fine", "FAIL  second: drawer jammed"]
    assert seen == ["good"]


def test_a_crashing_check_is_a_failure_not_a_traceback() -> None:
    def broken(trial: selftest.Trial) -> str:
        raise KeyError("font")

    out = io.StringIO()
    assert selftest.run(out, (("fonts", broken),)) == 1
    assert "FAIL  fonts: KeyError: 'font'" in out.getvalue()


def test_storage_and_fonts_checks_pass_from_source() -> None:
    out = io.StringIO()
    code = selftest.run(out, selftest.CHECKS[:2])
    assert code == 0, out.getvalue()
    assert "ok    storage: new stall database" in out.getvalue()


def test_frozen_lookup_uses_the_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "_internal"
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert resources.asset("fonts", "NotoSans-Regular.ttf") == (
        bundle / "assets" / "fonts" / "NotoSans-Regular.ttf"
    )
    out = io.StringIO()
    assert selftest.run(out, selftest.CHECKS[:1]) == 1
    assert "FAIL  bundled fonts: missing in" in out.getvalue()
    shutil.copytree(Path(__file__).resolve().parents[2] / "assets" / "fonts",
                    bundle / "assets" / "fonts")
    out = io.StringIO()
    assert selftest.run(out, selftest.CHECKS[:1]) == 0
    assert "(frozen," in out.getvalue() and str(bundle) in out.getvalue()


def test_cli_option_runs_the_self_test(monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    from ui import cli

    monkeypatch.setattr(selftest, "CHECKS", selftest.CHECKS[:2])
    assert cli.main(["--self-test"]) == 0
    assert "all 2 checks passed" in capsys.readouterr().out


def test_full_self_test_passes_from_source() -> None:
    out = io.StringIO()
    code = selftest.run(out)
    text = out.getvalue()
    assert code == 0, text
    assert f"all {len(selftest.CHECKS)} checks passed" in text
    assert "ok    receipt: roll80 PDF" in text and "QR decoded" in text
    assert "ok    audit chain:" in text
