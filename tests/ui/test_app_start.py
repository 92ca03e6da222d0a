"""Starting the app: a damaged stall file is refused with a clear error and left alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

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


def test_damage_found_after_the_first_paint_locks_the_till(
        data_dir: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    db = store.open_store(data_dir)
    db.close()

    def damaged(_data_dir: object) -> None:
        raise DatabaseCorrupt("The stall database failed its integrity check (page 5).")

    monkeypatch.setattr(app, "CHECK_LATER_BYTES", 0)
    monkeypatch.setattr(store, "check_integrity", damaged)
    window = app.build(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "integrityError") is not None,
                    timeout=5000)
    box = window.findChild(QMessageBox, "integrityError")
    assert "integrity check" in box.text()
    assert not window.pages.isEnabled()
    assert window.services.staff is None
    box.done(0)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


def test_a_sound_file_checked_after_the_first_paint_stays_open(
        data_dir: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    db = store.open_store(data_dir)
    db.close()
    checked: list[object] = []
    monkeypatch.setattr(app, "CHECK_LATER_BYTES", 0)
    monkeypatch.setattr(store, "check_integrity", checked.append)
    window = app.build(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: checked == [window.services.data_dir], timeout=5000)
    qtbot.wait(50)
    assert window.findChild(QMessageBox, "integrityError") is None
    assert window.pages.isEnabled()
