"""The one writer of user-named files: whole or not at all, never over a pipe or device."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from pos.files import replacing, write_atomic


def test_replaces_a_regular_file_whole(tmp_path: Path) -> None:
    out = tmp_path / "bill.pdf"
    out.write_bytes(b"old")
    write_atomic(out, b"new PDF")
    assert out.read_bytes() == b"new PDF"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bill.pdf"]


def test_a_failure_keeps_the_old_file_and_leaves_no_part(tmp_path: Path) -> None:
    out = tmp_path / "sales.csv"
    out.write_text("good export\n", encoding="utf-8")
    with pytest.raises(RuntimeError), replacing(out, "w", encoding="utf-8") as fh:
        fh.write("half an exp")
        raise RuntimeError("disk pulled out")
    assert out.read_text(encoding="utf-8") == "good export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sales.csv"]


def test_a_pipe_is_refused_and_kept(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    with pytest.raises(FileExistsError, match="not a regular file"):
        write_atomic(pipe, b"%PDF")
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert not (tmp_path / "pipe.pdf.part").exists()


def test_a_symlink_to_a_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "null.pdf"
    link.symlink_to("/dev/null")
    with pytest.raises(FileExistsError):
        write_atomic(link, b"%PDF")
    assert link.is_symlink()


@pytest.mark.parametrize("name", ["", "."])
def test_a_folder_is_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(IsADirectoryError):
        write_atomic(tmp_path / name if name else Path(name), b"%PDF")
