"""The crash handler logs the traceback and shows one short message."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtCore, QtWidgets

from pos import logsetup
from ui import crash


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
              qapp: QtWidgets.QApplication) -> Iterator[Path]:
    monkeypatch.setattr(logsetup.resources, "log_dir", lambda: tmp_path)
    logsetup.teardown()  # an earlier test may have run the launcher
    path = logsetup.setup(tmp_path)
    assert path is not None
    crash.install()
    yield path
    crash.uninstall()
    logsetup.teardown()


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_unhandled_exception_is_logged_and_shown(installed: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QtWidgets.QMessageBox, "exec",
                        lambda box: shown.append(box.text()) or 0)
    try:
        raise ZeroDivisionError("till drawer")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    _flush()
    text = installed.read_text(encoding="utf-8")
    assert "Traceback" in text and "ZeroDivisionError: till drawer" in text
    assert len(shown) == 1
    assert "completed sale is already saved" in shown[0]
    assert str(installed) in shown[0]


def test_worker_thread_exception_is_logged(installed: Path) -> None:
    def worker() -> None:
        raise RuntimeError("printer thread")

    thread = threading.Thread(target=worker, name="printer")
    thread.start()
    thread.join()
    _flush()
    assert "RuntimeError: printer thread" in installed.read_text(encoding="utf-8")


def test_qt_messages_reach_the_log(installed: Path) -> None:
    QtCore.qInfo("qt says hello")
    _flush()
    assert "qt says hello" in installed.read_text(encoding="utf-8")
