"""Fixtures for driving the real stall window offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from pos import days, staff
from ui import app, workers
from ui.mainwindow import MainWindow

MANAGER_PIN = "2580"


@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The app on the demo catalogue, shown offscreen at the fair laptop's size."""
    win = app.build(data_dir)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    if win.services.language != "en":
        win.services.set_language("en")
    win.close()
    workers.wait_all(5000)
    QApplication.processEvents()


def sign_in_manager(window: MainWindow) -> staff.Staff:
    """Sign in as the first-run manager, choosing a new PIN on the way."""
    panel = window.signin
    panel.pinInput.setText(staff.DEFAULT_MANAGER_PIN)
    panel.submit()
    panel.newPinInput.setText(MANAGER_PIN)
    panel.confirmPinInput.setText(MANAGER_PIN)
    panel.submit()
    assert window.services.staff is not None
    return window.services.staff


@pytest.fixture
def selling(window: MainWindow) -> MainWindow:
    """Signed in as the manager, with the day open, on the sell screen."""
    person = sign_in_manager(window)
    days.open_day(window.services.db, staff_id=person.id, float_paise=2000_00)
    window.show_screen("sell")
    return window


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
