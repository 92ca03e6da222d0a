"""``mela-pos staff list | add | reset-pin`` through the command parser."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from pos import audit, commands, staff, store
from pos.errors import PermissionDenied
from pos.staff import WrongPin
from tests.helpers.people import fast_pins
from tests.helpers.snapshot import row_counts

__all__ = ["fast_pins"]
pytestmark = pytest.mark.usefixtures("fast_pins")


def run_cli(data_dir: Path, *argv: str) -> int:
    return commands.run([*argv, "--data-dir", str(data_dir)], prog="mela-pos",
                        description="test", modules=commands.pos_command_modules())


def pins_on_stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def add(data_dir: Path, monkeypatch: pytest.MonkeyPatch, name: str, role: str,
        pin: str) -> int:
    pins_on_stdin(monkeypatch, pin + "\n")
    return run_cli(data_dir, "staff", "add", "--name", name, "--role", role, "--pin-stdin")


def test_add_with_pin_on_stdin_then_list(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(data_dir, "staff", "list") == 0
    assert "No staff yet" in capsys.readouterr().out
    assert add(data_dir, monkeypatch, "Rekha Devi", "manager", "2580") == 0
    assert add(data_dir, monkeypatch, "Sonu Kumar", "cashier", "१३५७") == 0
    assert "Added cashier Sonu Kumar" in capsys.readouterr().out
    assert run_cli(data_dir, "staff", "list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("  ")[0].strip() for line in lines] == ["Rekha Devi", "Sonu Kumar"]
    assert "manager" in lines[0] and "cashier" in lines[1]
    db = store.open_store(data_dir)
    try:
        people = {p.name: p for p in staff.list_staff(db)}
        assert staff.sign_in(db, people["Sonu Kumar"].id, "1357").role == "cashier"
        assert not people["Rekha Devi"].must_change_pin
    finally:
        db.close()


def test_the_first_person_added_must_be_a_manager(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert add(data_dir, monkeypatch, "Sonu Kumar", "cashier", "1357") == 2
    assert "Add a manager first" in capsys.readouterr().err
    assert add(data_dir, monkeypatch, "Rekha Devi", "manager", "2580") == 0
    assert add(data_dir, monkeypatch, "Sonu Kumar", "cashier", "1357") == 0


def test_add_reads_the_pin_twice_from_the_terminal(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add(data_dir, monkeypatch, "Rekha Devi", "manager", "2580")
    typed = iter(["4826", "4862"])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    assert run_cli(data_dir, "staff", "add", "--name", "Pinki", "--role", "cashier") == 2
    assert "differ" in capsys.readouterr().err
    typed = iter(["4826", "4826"])
    assert run_cli(data_dir, "staff", "add", "--name", "Pinki", "--role", "cashier") == 0


@pytest.mark.parametrize(
    ("argv", "stdin", "words"),
    [
        (["--name", "Pinki", "--role", "cashier", "--pin-stdin"], "12\n", "4 to 6 digits"),
        (["--name", "Pinki", "--role", "cashier", "--pin-stdin"], "", "held no PIN"),
        (["--name", "   ", "--role", "cashier", "--pin-stdin"], "4826\n", "name"),
        (["--name", "Rekha Devi", "--role", "cashier", "--pin-stdin"], "4826\n",
         "already exists"),
        (["--name", "Pinki", "--role", "boss", "--pin-stdin"], "4826\n", "invalid choice"),
        (["--name", "Pinki", "--role", "cashier"], "4826\n", "--pin-stdin"),
    ],
)
def test_bad_adds_change_nothing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    argv: list[str], stdin: str, words: str,
) -> None:
    add(data_dir, monkeypatch, "Rekha Devi", "manager", "2580")
    db = store.open_store(data_dir)
    before = row_counts(db)
    db.close()
    capsys.readouterr()
    pins_on_stdin(monkeypatch, stdin)
    try:
        code = run_cli(data_dir, "staff", "add", *argv)
    except SystemExit as exc:  # argparse's own refusals
        code = int(exc.code or 0)
    err = capsys.readouterr().err
    assert code == 2
    assert words in err and len(err.strip().splitlines()) == 1
    db = store.open_store(data_dir)
    try:
        assert row_counts(db) == before
    finally:
        db.close()


def test_reset_pin_lets_the_only_manager_back_in(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add(data_dir, monkeypatch, "Rekha Devi", "manager", "2580")
    db = store.open_store(data_dir)
    try:
        manager = staff.list_staff(db)[0]
        for _ in range(staff.MAX_FAILED_TRIES):  # forgot it, and is now locked out too
            with pytest.raises((WrongPin, PermissionDenied)):
                staff.sign_in(db, manager.id, "9999")
    finally:
        db.close()
    capsys.readouterr()
    assert run_cli(data_dir, "staff", "reset-pin", "  rekha   DEVI ") == 0
    out = capsys.readouterr().out
    temporary = re.search(r"Temporary PIN for Rekha Devi: ([0-9]{6})", out)
    assert temporary is not None
    assert run_cli(data_dir, "staff", "list") == 0
    assert "must change PIN" in capsys.readouterr().out
    db = store.open_store(data_dir)
    try:
        signed = staff.sign_in(db, manager.id, temporary.group(1))
        assert signed.must_change_pin
        with pytest.raises(PermissionDenied, match="must change"):
            staff.approve(db, manager.id, temporary.group(1), action="refund",
                          for_staff=manager.id)
        staff.change_pin(db, manager.id, temporary.group(1), "8642")
        assert staff.approve(db, manager.id, "8642", action="refund", for_staff=manager.id)
        (details,) = db.execute(
            "SELECT details FROM audit WHERE action = 'pin_reset'").fetchone()
        assert json.loads(details)["via"] == "mela-pos staff reset-pin"
        assert audit.verify(db) == []
    finally:
        db.close()


@pytest.mark.parametrize(("who", "words"), [("Nobody", "No staff member called 'Nobody'"),
                                            ("  ", "name or id")])
def test_reset_pin_of_an_unknown_person_changes_nothing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    who: str, words: str,
) -> None:
    add(data_dir, monkeypatch, "Rekha Devi", "manager", "2580")
    db = store.open_store(data_dir)
    before = row_counts(db)
    db.close()
    capsys.readouterr()
    assert run_cli(data_dir, "staff", "reset-pin", who) == 2
    err = capsys.readouterr().err
    assert words in err and len(err.strip().splitlines()) == 1
    db = store.open_store(data_dir)
    try:
        assert row_counts(db) == before
    finally:
        db.close()


def test_reset_pin_by_id_and_refused_for_former_staff(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add(data_dir, monkeypatch, "Rekha Devi", "manager", "2580")
    add(data_dir, monkeypatch, "Sonu Kumar", "cashier", "1357")
    db = store.open_store(data_dir)
    try:
        people = {p.name: p for p in staff.list_staff(db)}
        staff.set_active(db, people["Sonu Kumar"].id, False)
    finally:
        db.close()
    assert run_cli(data_dir, "staff", "reset-pin", people["Rekha Devi"].id) == 0
    assert run_cli(data_dir, "staff", "reset-pin", "Sonu Kumar") == 2
    assert "no longer active" in capsys.readouterr().err
    assert run_cli(data_dir, "staff", "list", "--all") == 0
    assert "inactive" in capsys.readouterr().out
