"""Fixtures shared by every test package."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt tests run without a display; set before any test imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The launcher logs to a file; keep test runs out of the user's real log folder.
os.environ.setdefault(
    "MELA_POS_LOGS", os.path.join(tempfile.gettempdir(), f"mela-pos-test-logs-{os.getpid()}")
)

from pos import store

if os.environ.get("MELA_TEST_TODAY"):   # run the suite as if on another date
    from datetime import date

    from tests.helpers import fakeclock

    fakeclock.install(date.fromisoformat(os.environ["MELA_TEST_TODAY"]))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty stall data folder."""
    path = tmp_path / "stall"
    path.mkdir()
    return path


@pytest.fixture
def db(data_dir: Path) -> Iterator[store.Database]:
    """A fresh, migrated stall database, closed after the test."""
    database = store.open_store(data_dir)
    yield database
    database.close()
