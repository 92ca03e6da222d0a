"""Backup from the app, the day-close reminder and the log folder button."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from pos import backup, logsetup, store
from pos.ids import utc_now
from ui import safekeeping, workers


class FakeServices:
    """What BackupBox needs from ``ui.services.Services``: the folder and a worker."""

    def __init__(self, data_dir: Path, db: store.Database) -> None:
        self.data_dir = data_dir
        self.db = db

    def run(self, parent: Any, op: Callable[[store.Database], Any],
            success: Callable[[Any], None], failure: Callable[[BaseException], None],
            *, lane: str = "db") -> workers.DbOp:
        job = workers.DbOp(parent, self.data_dir, op, success).lane(lane).failure(failure)
        job.run_in_background()
        return job


def test_back_up_now_writes_a_checked_copy(qtbot: QtBot, data_dir: Path, db: store.Database,
                                           tmp_path: Path) -> None:
    box = safekeeping.BackupBox(FakeServices(data_dir, db))
    qtbot.add_widget(box)
    usb = tmp_path / "usb"
    usb.mkdir()
    box.back_up_to(usb)
    qtbot.waitUntil(lambda: box.backup_button.isEnabled(), timeout=10_000)
    copies = list(usb.glob("mela-pos-*.sqlite"))
    assert len(copies) == 1, box.message.text()
    assert "Backup saved" in box.message.text()
    assert backup.verify_backup(copies[0]) == db.execute(
        "SELECT device_id FROM device").fetchone()[0]


def test_back_up_to_a_missing_folder_says_so(qtbot: QtBot, data_dir: Path,
                                             db: store.Database, tmp_path: Path) -> None:
    box = safekeeping.BackupBox(FakeServices(data_dir, db))
    qtbot.add_widget(box)
    box.back_up_to(tmp_path / "unplugged")
    qtbot.waitUntil(lambda: box.backup_button.isEnabled(), timeout=10_000)
    assert box.message.is_error
    assert "USB stick" in box.message.text()


def test_reminder_only_when_not_synced_today(db: store.Database) -> None:
    assert "USB stick" in (safekeeping.backup_reminder(db) or "")
    with store.write(db):
        db.execute("INSERT INTO sync_state(key, value) VALUES ('last_sync_at', ?)", [utc_now()])
    assert safekeeping.backup_reminder(db) is None
    with store.write(db):
        db.execute("UPDATE sync_state SET value = '2020-01-01T05:00:00+00:00' "
                   "WHERE key = 'last_sync_at'")
    assert safekeeping.backup_reminder(db) is not None


def test_open_log_folder(qtbot: QtBot, data_dir: Path, db: store.Database, tmp_path: Path,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(safekeeping.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    logsetup.teardown()
    logsetup.setup(tmp_path / "logs")
    try:
        box = safekeeping.BackupBox(FakeServices(data_dir, db))
        qtbot.add_widget(box)
        box.log_button.click()
    finally:
        logsetup.teardown()
    assert opened == [str(tmp_path / "logs")]
    assert not box.message.is_error


def test_backup_box_speaks_hindi(qtbot: QtBot, qapp: Any, data_dir: Path,
                                 db: store.Database) -> None:
    from ui import fonts
    from ui.i18n import Translations

    fonts.install(qapp)
    translations = Translations(qapp)
    box = safekeeping.BackupBox(FakeServices(data_dir, db))
    qtbot.add_widget(box)
    translations.set_language("hi")
    try:
        box.retranslate()
        assert box.title() == "बैकअप और लॉग"
        assert box.log_button.text() == "लॉग फ़ोल्डर खोलें"
        assert "USB स्टिक" in (safekeeping.backup_reminder(db) or "")
    finally:
        translations.set_language("en")
    box.retranslate()
    assert box.title() == "Backup and log"


class _FakeApp:
    quits = 0

    @classmethod
    def instance(cls) -> type[_FakeApp]:
        return cls

    @classmethod
    def quit(cls) -> None:
        cls.quits += 1


def test_only_a_manager_may_restore(qtbot: QtBot, data_dir: Path, db: store.Database) -> None:
    box = safekeeping.BackupBox(FakeServices(data_dir, db))
    qtbot.add_widget(box)
    box.restore_button.click()
    assert box.message.is_error and "manager" in box.message.text()


def test_restore_checks_confirms_restores_and_closes(
        qtbot: QtBot, data_dir: Path, db: store.Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.pos.test_backup import _sale, _staff

    services = FakeServices(data_dir, db)
    services.is_manager = True  # type: ignore[attr-defined]
    staff_id = _staff(db)
    _sale(db, staff_id, 1)
    info = backup.make_backup(data_dir, tmp_path / "b.sqlite")
    later = _sale(db, staff_id, 2)
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(safekeeping.QMessageBox, "question",
                        lambda _p, _t, text: asked.append(text)
                        or safekeeping.QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(safekeeping.QMessageBox, "information",
                        lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(safekeeping, "QApplication", _FakeApp)
    box = safekeeping.BackupBox(services)
    qtbot.add_widget(box)
    box.restore_from(info.path)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert "b.sqlite" in asked[0]
    assert "kept as" in told[0] and _FakeApp.quits == 1
    restored = store.open_store(data_dir)
    try:
        assert restored.execute("SELECT count(*) FROM orders WHERE id = ?",
                                [later]).fetchone()[0] == 1
    finally:
        restored.close()
    assert list(data_dir.glob("stall.sqlite.replaced-*"))


def test_restore_of_a_damaged_backup_is_refused_before_anything_closes(
        qtbot: QtBot, data_dir: Path, db: store.Database, tmp_path: Path) -> None:
    services = FakeServices(data_dir, db)
    info = backup.make_backup(data_dir, tmp_path / "b.sqlite")
    info.checksum_path.write_text("0" * 64 + "  b.sqlite\n")
    box = safekeeping.BackupBox(services)
    qtbot.add_widget(box)
    box.restore_from(info.path)
    qtbot.waitUntil(lambda: box.restore_button.isEnabled(), timeout=10_000)
    assert box.message.is_error and "checksum" in box.message.text()
    assert db.execute("SELECT count(*) FROM device").fetchone()[0] == 1  # still open
