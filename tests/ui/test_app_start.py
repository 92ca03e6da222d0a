"""Starting the app: a damaged stall file is refused with a clear error and left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from pos import store
from pos.errors import DatabaseCorrupt
from ui import app


def test_build_refuses_a_damaged_stall_file_and_leaves_it_untouched(data_dir: Path) -> None:
    path = store.db_path(data_dir)
    path.write_bytes(b"this is not a database at all" * 10)
    before = path.read_bytes()
    with pytest.raises(DatabaseCorrupt, match="untouched"):
        app.build(data_dir)
    assert path.read_bytes() == before
