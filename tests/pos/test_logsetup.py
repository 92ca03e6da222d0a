"""The rotating log file."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from pos import logsetup


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "logs"
    logsetup.teardown()  # an earlier test may have run the launcher
    yield folder
    logsetup.teardown()


def test_records_go_to_the_file_and_setup_is_idempotent(log_folder: Path) -> None:
    path = logsetup.setup(log_folder)
    assert path == log_folder / "mela-pos.log"
    assert logsetup.setup(log_folder) == path
    logging.getLogger("pos.test").info("sold %s", "मधुबनी")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert text.count("sold मधुबनी") == 1


def test_log_rotates(log_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logsetup, "MAX_BYTES", 2_000)
    path = logsetup.setup(log_folder)
    assert path is not None
    for i in range(100):
        logging.getLogger("pos.test").info("line %03d %s", i, "x" * 50)
    assert (log_folder / "mela-pos.log.1").exists()
    assert len(list(log_folder.glob("mela-pos.log*"))) <= 1 + logsetup.BACKUP_COUNT


def test_unwritable_folder_does_not_stop_the_app(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert logsetup.setup(blocker / "logs") is None
    assert "cannot write the log" in capsys.readouterr().err
