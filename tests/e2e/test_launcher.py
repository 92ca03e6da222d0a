"""``mela-pos`` with no command opens the app without loading every command first."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ui import cli

ROOT = Path(__file__).resolve().parents[2]

# Run in a fresh interpreter: the test process has long imported everything.
PROBE = """
import json, sys
from ui import cli
seen = {}
def open_app(args, ctx):
    seen["data_dir"] = str(ctx.data_dir)
    seen["loaded"] = sorted(m for m in sys.modules if m.startswith(
        ("pos.commands.", "sync.commands", "ui.commands", "reportlab", "httpx", "PySide6")))
    return 0
cli.open_app = open_app
code = cli.main(sys.argv[1:])
print(json.dumps({"code": code, **seen}))
"""


def _launch(*argv: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], cwd=ROOT, check=True,
                          capture_output=True, text=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def test_opening_the_app_loads_no_command_module(tmp_path: Path) -> None:
    seen = _launch("--data-dir", str(tmp_path / "stall"))
    assert seen["code"] == 0
    assert seen["data_dir"] == str(tmp_path / "stall")
    assert seen["loaded"] == [], "the window needs none of these to open"


@pytest.mark.parametrize("argv", [[], ["--data-dir", "/x"], ["--data-dir=/x"], ["--self-test"]])
def test_top_level_options_alone_open_the_app(argv: list[str]) -> None:
    assert cli._just_the_app(argv) is not None


@pytest.mark.parametrize("argv", [["demo"], ["--data-dir", "/x", "export", "sales"], ["-h"],
                                  ["--help"], ["--nope"], ["staff", "--help"]])
def test_a_command_help_or_typo_takes_the_full_parser(argv: list[str]) -> None:
    assert cli._just_the_app(argv) is None


def test_a_typo_is_still_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["--nope"])
    assert stop.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("mela-pos: error: unrecognized arguments: --nope")
    assert len(err.splitlines()) == 1
