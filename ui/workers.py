"""Background work for the UI, in the spirit of Anki's ``QueryOp``.

``DbOp(parent, op, success).failure(on_error).run_in_background()`` runs ``op(db)`` on a
QThreadPool thread with its OWN stall connection (SQLite connections never cross threads) and
delivers the result or the error back on the UI thread through queued signals. The op must
not touch widgets. A ``MelaError`` is the user's to read: by default it appears in a message
box; anything else is a bug and is logged with its traceback.

Two lanes: ``"db"`` runs one op at a time, so checkouts and other writes are serialised;
``"io"`` (printing, PDF rendering) may run alongside it.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from pos import store
from pos.errors import MelaError

log = logging.getLogger(__name__)

_pools: dict[str, QThreadPool] = {}
_running: set[DbOp] = set()


def pool(lane: str) -> QThreadPool:
    """The thread pool of one lane (``db`` is single-threaded)."""
    if lane not in _pools:
        p = QThreadPool()
        p.setMaxThreadCount(1 if lane == "db" else 2)
        p.setExpiryTimeout(30_000)
        _pools[lane] = p
    return _pools[lane]


def pending() -> int:
    """How many ops have been started and not yet reported back (for tests and quitting)."""
    return len(_running)


def wait_all(timeout_ms: int = 10_000) -> bool:
    """Block until every lane is idle (used on quit so a checkout is never cut short)."""
    return all(p.waitForDone(timeout_ms) for p in _pools.values())


class _Relay(QObject):
    """Lives on the UI thread; signals emitted from the worker are queued to it."""

    succeeded = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, data_dir: Path, op: Callable[[Any], Any], relay: _Relay,
                 needs_db: bool) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._data_dir = data_dir
        self._op = op
        self._relay = relay
        self._needs_db = needs_db

    def run(self) -> None:
        db = None
        try:
            if self._needs_db:
                db = store.connect(store.db_path(self._data_dir))
            result = self._op(db)
        except BaseException as exc:  # reported on the UI thread, never lost
            self._relay.failed.emit(exc, traceback.format_exc())
        else:
            self._relay.succeeded.emit(result)
        finally:
            if db is not None:
                db.close()


class DbOp:
    """One piece of background work and what to do with its result.

    Args:
        parent: the widget the result belongs to (message boxes are parented to it).
        data_dir: the stall data folder; the worker opens its own connection there.
        op: ``op(db) -> result``, run off the UI thread. Must not touch widgets.
        success: called on the UI thread with the result.
    """

    def __init__(self, parent: QWidget | None, data_dir: Path,
                 op: Callable[[Any], Any],
                 success: Callable[[Any], None] | None = None) -> None:
        self._parent = parent
        self._data_dir = Path(data_dir)
        self._op = op
        self._success = success
        self._failure: Callable[[BaseException], None] | None = None
        self._lane = "db"
        self._needs_db = True
        self._started = 0.0
        self._relay = _Relay()
        self._relay.succeeded.connect(self._on_success)
        self._relay.failed.connect(self._on_failure)

    def failure(self, on_error: Callable[[BaseException], None]) -> DbOp:
        """Handle errors yourself instead of the default message box / log."""
        self._failure = on_error
        return self

    def lane(self, name: str) -> DbOp:
        """Run on another lane (``"io"`` for printing and rendering)."""
        self._lane = name
        return self

    def without_db(self) -> DbOp:
        """The op needs no database connection; it is called with ``None``."""
        self._needs_db = False
        return self

    def run_in_background(self) -> None:
        """Start the op; the callbacks run later on the UI thread."""
        _running.add(self)
        self._started = time.perf_counter()
        pool(self._lane).start(_Job(self._data_dir, self._op, self._relay, self._needs_db))

    @Slot(object)
    def _on_success(self, result: Any) -> None:
        _running.discard(self)
        log.debug("op %s done in %.1f ms", getattr(self._op, "__name__", "op"),
                  (time.perf_counter() - self._started) * 1000)
        if self._success is not None:
            self._success(result)

    @Slot(object, str)
    def _on_failure(self, exc: BaseException, trace: str) -> None:
        _running.discard(self)
        if not isinstance(exc, MelaError):
            log.error("background work failed:\n%s", trace)
        if self._failure is not None:
            self._failure(exc)
            return
        from ui import messages

        if isinstance(exc, MelaError):
            messages.error(self._parent, messages.explain(exc))
        else:
            messages.error(self._parent, messages.bug_text(exc))
