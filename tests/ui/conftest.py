"""Fixtures for driving the real stall window offscreen."""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from pos import catalogue, days, staff, store
from ui import app, firstpaint, workers
from ui.dialogs.signin import SignInPanel
from ui.mainwindow import MainWindow

MANAGER_PIN = "2580"


@pytest.fixture(autouse=True)
def prompt_first_paint_chores(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the after-first-paint chores at the first paint, not 150 ms later."""
    monkeypatch.setattr(firstpaint, "DELAY_MS", 0)


@pytest.fixture(scope="session")
def stall_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A stall database with the demo catalogue and a manager who already chose a PIN.

    PIN hashing is deliberately slow (scrypt); doing the first-run set-up once per session
    keeps each window test to a single sign-in.
    """
    folder = tmp_path_factory.mktemp("stall-template")
    db = store.open_store(folder)
    catalogue.ensure_demo(db)
    manager = staff.ensure_default_manager(db)
    assert manager is not None
    staff.change_pin(db, manager.id, staff.DEFAULT_MANAGER_PIN, MANAGER_PIN)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return folder


def show_window(qtbot, data_dir: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """Build the window on ``data_dir``, show it at 1366x768, close it afterwards."""
    win = app.build(data_dir)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    # The idle clock and the scanner start after the first paint, as on a real start.
    qtbot.waitUntil(lambda: firstpaint.chores_done(win), timeout=5000)
    yield win
    if win.services.language != "en":
        win.services.set_language("en")
    db = win.services.db
    win.close()
    workers.wait_all(5000)
    QApplication.processEvents()
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    with pytest.raises(sqlite3.ProgrammingError):  # the window took its connection along
        db.execute("SELECT 1")


@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The app on a first run (demo catalogue loaded now), shown offscreen at 1366x768."""
    yield from show_window(qtbot, data_dir)


@pytest.fixture
def stall(qtbot, data_dir: Path, stall_template: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The app on a copy of the prepared stall (the manager's PIN is MANAGER_PIN)."""
    shutil.copy(store.db_path(stall_template), store.db_path(data_dir))
    yield from show_window(qtbot, data_dir)


def settle(panel: SignInPanel, timeout_s: float = 10.0) -> None:
    """Wait until the sign-in page has finished checking a PIN (it does so in a worker)."""
    end = time.monotonic() + timeout_s
    while panel.busy and time.monotonic() < end:
        QTest.qWait(5)
    assert not panel.busy, "the PIN check did not finish"


def sign_in(window: MainWindow, staff_id: str, pin: str) -> None:
    """Pick a person on the sign-in page, type the PIN, wait for the answer."""
    window.signin.select_staff(staff_id)
    window.signin.pinInput.setText(pin)
    window.signin.submit()
    settle(window.signin)


def sign_in_manager(window: MainWindow) -> staff.Staff:
    """Sign in as the manager (choosing a new PIN on the way on a first run)."""
    panel = window.signin
    manager = next(p for p in staff.list_staff(window.services.db) if p.is_manager)
    panel.select_staff(manager.id)
    panel.pinInput.setText(staff.DEFAULT_MANAGER_PIN if manager.must_change_pin
                           else MANAGER_PIN)
    panel.submit()
    settle(panel)
    if manager.must_change_pin:
        panel.newPinInput.setText(MANAGER_PIN)
        panel.confirmPinInput.setText(MANAGER_PIN)
        panel.submit()
        settle(panel)
    assert window.services.staff is not None
    return window.services.staff


@pytest.fixture
def selling(stall: MainWindow) -> MainWindow:
    """Signed in as the manager, with the day open, on the sell screen."""
    person = sign_in_manager(stall)
    days.open_day(stall.services.db, staff_id=person.id, float_paise=2000_00)
    stall.show_screen("sell")
    return stall


def open_dialog(name: str) -> QWidget:
    """The visible top-level dialog (or message box) with this objectName."""
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    raise LookupError(f"no visible {name}")


def close_dialogs() -> None:
    """Close every open dialog and message box (printer notices and the like)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
