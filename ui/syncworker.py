"""Background sync for the app: probes the hub, pushes and pulls, reports progress.

Everything here runs on QThreadPool threads with their own stall connection; the UI thread
only receives queued signals. A timer on the UI thread merely *starts* a probe job; the job
asks ``sync.monitor.HubMonitor``, which probes the hub's health only when its backoff says it
is time (doubling with jitter while the hub is down, so a fair ground of stalls without a
network does not spin). When the hub answers and records are waiting, a sync starts by
itself. Until the laptop is paired (or when the ``sync`` package is absent) the worker still
reports how many records wait.

One ``SyncWorker`` per app (``for_services``); one sync at a time.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from pos import records, store

log = logging.getLogger(__name__)

TICK_SECONDS = 5.0          # how often the UI asks the monitor whether a probe is due
MAX_TICK_SECONDS = 60.0

_sync: tuple[Any, Any] | None = None


def _sync_modules() -> tuple[Any, Any]:
    """``sync.client`` and ``sync.monitor``, imported on first use; (None, None) without them.

    The sync client is optional at run time: the app works unpaired without it. It is
    imported late because it brings httpx and pydantic (about 0.3 s), which the window
    must not wait for at start-up: the first probe imports it in the worker thread.
    """
    global _sync
    if _sync is None:
        try:
            from sync import client as sync_client
            from sync import monitor as sync_monitor
        except ModuleNotFoundError as exc:  # pragma: no cover - depends on the checkout
            if exc.name not in ("sync.client", "sync.monitor", "sync"):
                raise
            sync_client = sync_monitor = None
        _sync = (sync_client, sync_monitor)
    return _sync


def __getattr__(name: str) -> Any:
    """``syncworker.sync_client`` / ``sync_monitor`` for callers (imported on first use)."""
    if name == "sync_client":
        return _sync_modules()[0]
    if name == "sync_monitor":
        return _sync_modules()[1]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class Parked:
    """A record the hub refused, kept on the laptop for the manager to look at."""

    record_id: str
    kind: str
    created_at: str
    reason: str


@dataclass(frozen=True)
class SyncState:
    """What the status bar shows; made in a worker, read on the UI thread."""

    pending: int
    rejected: int
    paired: bool
    reachable: bool | None  # None: not probed (unpaired or no client)
    last_synced_at: str | None
    hub_url: str | None = None
    last_error: str | None = None


def read_state(db: store.Database, *, monitor: Any = None,
               network_came_up: bool = False) -> SyncState:
    """Outbox counts, pairing and whether the hub answers (asking ``monitor`` if given).

    Runs in a worker: the monitor may make a health request of a few seconds.
    ``network_came_up`` (the OS reported a network) skips the monitor's backoff.
    """
    pending = records.pending_count(db)
    rejected = records.rejected_count(db)
    sync_client, _monitor = _sync_modules()
    if sync_client is None:
        return SyncState(pending, rejected, False, None, None)
    info = sync_client.status(db)
    paired = bool(info["enrolled"])
    reachable = None
    if paired and monitor is not None:
        if monitor.hub_url != info["hub_url"] or network_came_up:
            monitor.hub_url = info["hub_url"]
            monitor.hint_online()
        reachable = monitor.poll()
    return SyncState(pending, rejected, paired, reachable, info["last_sync_at"],
                     info["hub_url"], info["last_error"])


def parked(db: store.Database) -> list[Parked]:
    """The records the hub refused, with its reasons (empty without the sync client)."""
    sync_client, _monitor = _sync_modules()
    if sync_client is None:
        return []
    return [Parked(r["record_id"], r["kind"], r["created_at"], r["reason"] or "")
            for r in sync_client.status(db)["rejected"]]


def run_sync(db: store.Database, progress: Callable[[str, int, int], None],
             retry: Any = None) -> str:
    """One push-and-pull with the hub, reporting progress; returns a one-line summary.

    Args:
        retry: a ``sync.client.RetryPolicy``; None keeps the client's own backoff.
    """
    sync_client, _monitor = _sync_modules()
    with sync_client.SyncClient(db, on_progress=progress, retry=retry) as client:
        report = client.sync()
    summary = f"{report.sent} sent, {report.changes} catalogue changes"
    if report.rejected:
        summary += f", {report.rejected} refused"
    return summary


class _Relay(QObject):
    """Lives on the UI thread; worker emissions arrive queued."""

    progress = Signal(str, int, int)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    """Run ``fn(db, on_progress)`` with a fresh connection on a pool thread."""

    def __init__(self, data_dir: Path, fn: Callable[..., Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._data_dir = data_dir
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        db = None
        try:
            db = store.connect(store.db_path(self._data_dir))
            result = self._fn(db, self._relay.progress.emit)
        except BaseException as exc:
            log.debug("sync job failed:\n%s", traceback.format_exc())
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)
        finally:
            if db is not None:
                db.close()


class SyncWorker(QObject):
    """The app's sync engine, seen from the UI thread.

    Signals:
        stateChanged(object): a new ``SyncState``.
        started(): a sync run began.
        progress(str, int, int): phase (``push``/``pull``/``pictures``), done, total.
        finished(bool, str): a run ended; ok and a one-line summary or the reason.
    """

    stateChanged = Signal(object)
    started = Signal()
    progress = Signal(str, int, int)
    finished = Signal(bool, str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = Path(data_dir)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one uploader per device
        self._busy = False
        self._probing = False
        # Lives across jobs; the one-thread pool means only one job touches it at a time.
        # Made by the first probe, in the worker (see ``_sync_modules``).
        self._monitor: Any = None
        self.state: SyncState | None = None
        self._reachable: bool | None = None
        self.retry: Any = None  # a sync.client.RetryPolicy; None: the client's default
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.probe)
        self._relays: set[_Relay] = set()
        self._network_came_up = False

    # -- public ------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """Whether a sync run is in progress."""
        return self._busy

    def paired(self) -> bool:
        """Whether the laptop is paired with a hub (as of the last state read)."""
        return bool(self.state and self.state.paired)

    def start(self) -> None:
        """Read the state now and keep probing on the timer."""
        self._watch_network()
        self.probe()

    def _watch_network(self) -> None:
        """Use the OS's word that a network came up as a hint to probe the hub at once.

        Only a hint: the periodic probe still decides, since "online" may be a Wi-Fi with
        no route to the hub, and some systems have no network-information backend at all.
        """
        # Imported here: QtNetwork costs ~7 ms of start-up and is only a hint.
        from PySide6.QtNetwork import QNetworkInformation

        if not QNetworkInformation.loadBackendByFeatures(
            QNetworkInformation.Feature.Reachability
        ):
            return
        info = QNetworkInformation.instance()
        if info is not None:
            info.reachabilityChanged.connect(self._reachability_changed)

    def _reachability_changed(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online:
            self._network_came_up = True
            if not self._busy and not self._probing:
                self._timer.start(0)

    def stop(self) -> None:
        """Stop probing and wait for a running job (app quit, tests)."""
        self._timer.stop()
        self._pool.waitForDone(15_000)

    @Slot(str)
    def refresh_after_change(self, _what: str) -> None:
        """Something was written: the waiting count may have changed."""
        self.refresh()

    def refresh(self) -> None:
        """Re-read counts without probing the network (after a sale, for instance)."""
        self._run(lambda db, _p: read_state(db), self._got_state, self._log)

    @Slot()
    def probe(self) -> None:
        """Check the hub in a worker; a sync follows if it answers and records wait."""
        if self._busy or self._probing:
            return
        self._probing = True
        came_up, self._network_came_up = self._network_came_up, False
        self._run(lambda db, _p: read_state(db, monitor=self._hub_monitor(),
                                            network_came_up=came_up),
                  self._probed, self._probe_failed)

    def _hub_monitor(self) -> Any:
        """The hub monitor, made on first use (runs in the one-thread pool)."""
        if self._monitor is None:
            sync_monitor = _sync_modules()[1]
            if sync_monitor is not None:
                self._monitor = sync_monitor.HubMonitor("")
        return self._monitor

    def sync_now(self) -> None:
        """Push and pull now (end of day, or the user asked). Ignored while one runs."""
        if self._busy:
            return
        if _sync_modules()[0] is None:
            self.finished.emit(False, self.tr("the sync client is not installed"))
            return
        self._busy = True
        self.started.emit()

        retry = self.retry
        self._run(lambda db, progress: run_sync(db, progress, retry), self._synced,
                  self._sync_failed, progress=self.progress.emit)

    # -- plumbing ----------------------------------------------------------------------
    def _run(
        self,
        fn: Callable[..., Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        *,
        progress: Callable[[str, int, int], None] | None = None,
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def handler(value: Any) -> None:
                self._relays.discard(relay)
                if not shiboken6.isValid(self):  # the window closed while the job ran
                    return
                callback(value)

            return handler

        relay.done.connect(finish(done))
        relay.failed.connect(finish(failed))
        if progress is not None:
            relay.progress.connect(progress)
        self._pool.start(_Job(self._data_dir, fn, relay))

    def _got_state(self, state: SyncState) -> None:
        if state.reachable is None and state.paired:
            # A plain refresh does not probe: keep showing what the last probe or sync learnt.
            state = replace(state, reachable=self._reachable)
        elif state.reachable is not None:
            self._reachable = state.reachable
        self.state = state
        self.stateChanged.emit(state)

    def _probed(self, state: SyncState) -> None:
        self._probing = False
        self._got_state(state)
        if state.reachable and state.pending:
            self.sync_now()
        self._schedule()

    def _probe_failed(self, exc: BaseException) -> None:
        self._probing = False
        self._log(exc)
        self._schedule()

    def _schedule(self) -> None:
        wait = TICK_SECONDS
        if self._monitor is not None and self.state is not None and self.state.paired:
            wait = min(max(self._monitor.seconds_until_next_probe(), TICK_SECONDS),
                       MAX_TICK_SECONDS)
        self._timer.start(int(wait * 1000))

    def _synced(self, summary: str) -> None:
        self._busy = False
        self._reachable = True
        self.finished.emit(True, summary)
        self.refresh()

    def _sync_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._log(exc)
        if self._monitor is not None:
            self._monitor.mark_down()
        sync_client = _sync_modules()[0]
        if sync_client is not None and isinstance(exc, sync_client.HubUnreachable):
            self._reachable = False
        self.finished.emit(False, str(exc) or type(exc).__name__)
        self.refresh()

    def _log(self, exc: BaseException) -> None:
        log.info("sync: %s", exc)


def for_services(services: Any) -> SyncWorker:
    """The app's one sync worker (made on first use, destroyed with ``services``)."""
    worker = getattr(services, "_sync_worker", None)
    if worker is None or not shiboken6.isValid(worker):
        worker = SyncWorker(services.data_dir, services)
        services._sync_worker = worker
        services.changed.connect(worker.refresh_after_change)
    return worker
