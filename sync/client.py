"""The stall's sync client: push the outbox to the hub, pull catalogue changes back.

No Qt here: the app runs ``SyncClient.sync`` in a worker and turns ``on_progress(phase, done,
total)`` calls into signals; ``mela-pos sync`` draws them on the terminal.

Guarantees, each with the failure it guards against:

* A batch never splits a bundle (a bill with its stock movements and audit entry), so the hub
  never holds half a sale.
* Rows are marked sent only after the hub's answer, which it gives after its commit. A lost
  answer means a resend, which the hub recognises by record id (``duplicate``): no sale is
  lost and none is counted twice.
* Network errors, timeouts and 5xx are retried with exponential backoff and jitter; a
  rejected record is parked with its reason and never blocks the records behind it.
* One uploader per laptop (``sync.lock``), across threads and processes.
* A pulled page and its cursor commit together; a 410 starts a full copy that keeps the old
  catalogue visible and retires only at the end what the copy no longer has.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import random
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pydantic

from pos import records, store
from pos.errors import MelaError
from pos.ids import utc_now
from pos.store import Database
from sync import apply, protocol
from sync.lock import SyncBusy, UploaderLock

__all__ = ["HubUnreachable", "NotEnrolled", "SyncBusy", "SyncClient", "SyncError", "enroll"]

log = logging.getLogger(__name__)

ProgressFn = Callable[[str, int, int], None]


class SyncError(MelaError):
    """Sync could not complete; the message says why and what to do."""


class NotEnrolled(SyncError):
    """The laptop has no hub pairing, or the hub no longer accepts its token."""


class HubUnreachable(SyncError):
    """The hub did not answer after every retry; everything stays queued."""


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter: attempt n waits up to ``min(cap, base * 2**n)``."""

    attempts: int = 6
    base: float = 0.5
    cap: float = 30.0

    def delay(self, attempt: int, rng: random.Random) -> float:
        """Seconds to wait before retry number ``attempt`` (0-based); full jitter above half."""
        ceiling = min(self.cap, self.base * (2 ** attempt))
        return rng.uniform(ceiling / 2, ceiling)


@dataclass
class SyncReport:
    """What one sync run did."""

    sent: int = 0
    duplicates: int = 0
    rejected: int = 0
    batches: int = 0
    changes: int = 0
    pictures: int = 0
    retired: int = 0
    full_copy: bool = False
    retries: int = 0
    notes: list[str] = field(default_factory=list)


# -- sync_state ---------------------------------------------------------------------------

def get_state(db: Database, key: str) -> str | None:
    """One value of ``sync_state``."""
    row = db.execute("SELECT value FROM sync_state WHERE key = ?", [key]).fetchone()
    return None if row is None else row[0]


def _put_state(db: Database, key: str, value: str | None) -> None:
    if value is None:
        db.execute("DELETE FROM sync_state WHERE key = ?", [key])
    else:
        db.execute(
            "INSERT INTO sync_state(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value],
        )


def set_state(db: Database, key: str, value: str | None) -> None:
    """Store (or with None, remove) one value of ``sync_state`` in its own transaction."""
    with store.write(db):
        _put_state(db, key, value)


def database_file(db: Database) -> Path:
    """The file behind a stall connection (for the lock file next to it)."""
    return Path(db.execute("PRAGMA database_list").fetchone()[2])


CA_ENV = "MELA_HUB_CA"


def tls_context() -> ssl.SSLContext:
    """The certificates a hub is checked against: the public authorities, or the CA file
    named by ``$MELA_HUB_CA`` (a fair-ground hub on a laptop)."""
    return _tls_context(os.environ.get(CA_ENV) or None)


@functools.lru_cache(maxsize=4)
def _tls_context(cafile: str | None) -> ssl.SSLContext:
    # Loading the CA bundle costs ~40 ms of CPU; every client and probe shares one context.
    if cafile is None:
        return httpx.create_ssl_context()
    try:
        return ssl.create_default_context(cafile=cafile)
    except (OSError, ssl.SSLError) as exc:
        raise SyncError(f"cannot use the hub certificate file {cafile} (${CA_ENV}): "
                        f"{exc}") from exc


def http_client(timeout: float, **options: Any) -> httpx.Client:
    """An HTTP client for the hub, checking its certificate with ``tls_context()``."""
    return httpx.Client(timeout=timeout, verify=tls_context(), **options)


def _headers(token: str | None = None) -> dict[str, str]:
    headers = {"Mela-Protocol-Version": str(protocol.PROTOCOL_VERSION),
               "Mela-App-Version": protocol.APP_VERSION}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return headers


def _detail(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        detail = None
    return str(detail) if detail else response.reason_phrase


# -- enrolment -----------------------------------------------------------------------------

def hub_address(text: str) -> str:
    """``text`` checked as a hub's base address (``http(s)://host[:port][/path]``), without
    its trailing slash; a ``SyncError`` says what is wrong with it."""
    url = text.strip().rstrip("/")
    if not url.lower().startswith(("http://", "https://")):
        raise SyncError(f"the hub address must start with http:// or https:// (got {text!r})")
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise SyncError(f"the hub address {text!r} is not valid: {exc}") from exc
    if not parsed.host or any(ch.isspace() for ch in url):
        raise SyncError(f"the hub address {text!r} has no valid host name")
    if parsed.port is not None and not 1 <= parsed.port <= 65535:
        raise SyncError(f"the hub address {text!r} has a port outside 1-65535")
    if parsed.query or parsed.fragment or parsed.userinfo:
        raise SyncError(f"the hub address {text!r} must not carry a query, fragment or "
                        "password; give only https://host[:port][/path]")
    return url


def enroll_code(text: str) -> str:
    """A one-time code as typed, checked for its shape (the hub alone knows if it is valid)."""
    code = text.strip()
    low, high = protocol.ENROLL_CODE_LENGTH
    if not low <= len(code) <= high or not code.isprintable():
        raise SyncError(f"the enrolment code {text!r} is not one the hub gives: codes look "
                        "like K7QD-3MZP (ask the office for `mela-hub enroll-code`)")
    return code


def _first_problem(exc: pydantic.ValidationError) -> str:
    for error in exc.errors():
        where = ".".join(str(p) for p in error["loc"]) or "answer"
        return f"{where}: {error['msg']}"
    return "invalid"


def enroll(
    db: Database, hub_url: str, code: str, *, http: httpx.Client | None = None,
    timeout: float = 15.0,
) -> protocol.EnrollResponse:
    """Pair this laptop with a hub using a one-time code from ``mela-hub enroll-code``.

    The laptop keeps its own device id (records written before pairing already carry it);
    the hub gives it a short device code, used for invoice numbers from now on.
    """
    hub_url = hub_address(hub_url)
    code = enroll_code(code)
    dev = records.device(db)
    try:
        body = protocol.EnrollRequest(
            code=code, device_id=dev.device_id,
            device_name=dev.device_name or f"Stall {dev.device_code}",
            protocol_version=protocol.PROTOCOL_VERSION, app_version=protocol.APP_VERSION,
        )
    except pydantic.ValidationError as exc:
        raise SyncError(f"this laptop cannot ask to enrol: {_first_problem(exc)}") from exc
    client = http or http_client(timeout)
    try:
        response = client.post(f"{hub_url}/v1/enroll", content=body.model_dump_json(),
                               headers={**_headers(), "Content-Type": "application/json"})
    except httpx.HTTPError as exc:
        raise HubUnreachable(f"cannot reach the hub at {hub_url}: {exc}") from exc
    except httpx.InvalidURL as exc:   # not an HTTPError; hub_address should have caught it
        raise SyncError(f"the hub address {hub_url} is not valid: {exc}") from exc
    finally:
        if http is None:
            client.close()
    if response.status_code != 200:
        raise SyncError(f"the hub refused the enrolment: {_detail(response)}")
    try:
        answer = protocol.EnrollResponse.model_validate_json(response.content)
    except pydantic.ValidationError as exc:
        raise SyncError(f"the answer from {hub_url} is not a Mela hub's enrolment "
                        f"({_first_problem(exc)}); nothing was saved") from exc
    if answer.device_id != dev.device_id:
        raise SyncError("the hub answered for another device; enrolment not saved")
    with store.write(db):
        if get_state(db, "hub_url") not in (None, hub_url):
            # Another hub's change log means nothing here: the next pull is a full copy.
            for key in ("cursor", "full_copy_cursor"):
                _put_state(db, key, None)
        _put_state(db, "hub_url", hub_url)
        _put_state(db, "token", answer.token)
        _put_state(db, "enrolled_at", utc_now())
        db.execute("UPDATE device SET device_code = ?, device_name = ?",
                   [answer.device_code, body.device_name])
    return answer


# -- the client ----------------------------------------------------------------------------

class SyncClient:
    """Push and pull for one stall database. Use from one thread; open one per worker.

    Args:
        db: the stall database (this client's own connection).
        http: an httpx client to use (tests pass one without keep-alive); made if None.
        retry: backoff policy for network errors, timeouts and 5xx.
        batch_size: records per push batch (a bill is never split, so a batch may exceed
            it by the rest of one bill).
        page_size: changes per pull page.
        on_progress: called as ``(phase, done, total)`` with phase push, pull or pictures.
        lock_wait: seconds to wait for another uploader on this laptop before giving up.
    """

    def __init__(
        self, db: Database, *, http: httpx.Client | None = None,
        retry: RetryPolicy | None = None, batch_size: int = 500,
        page_size: int = protocol.DEFAULT_PAGE, timeout: float = 30.0,
        on_progress: ProgressFn | None = None, lock_wait: float = 0.0,
        max_batch_bytes: int = protocol.MAX_BATCH_BYTES // 2,
        sleep: Callable[[float], None] = time.sleep, rng: random.Random | None = None,
    ) -> None:
        self.db = db
        hub_url, token = get_state(db, "hub_url"), get_state(db, "token")
        if not hub_url or not token:
            raise NotEnrolled("this laptop is not paired with a hub; run "
                              "`mela-pos enroll HUB_URL CODE` with a code from the office")
        self.hub_url, self.token = hub_url, token
        self._own_http = http is None
        self.http = http or http_client(timeout)
        self.retry = retry or RetryPolicy()
        self.batch_size = batch_size
        self.page_size = page_size
        self.max_batch_bytes = max_batch_bytes
        self.on_progress = on_progress or (lambda phase, done, total: None)
        self.lock_wait = lock_wait
        self.sleep = sleep
        self.rng = rng or random.Random()
        self.device_id = records.device(db).device_id
        self.report = SyncReport()

    def close(self) -> None:
        """Close the HTTP client if this object made it."""
        if self._own_http:
            self.http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def sync(self, *, pictures: bool = True) -> SyncReport:
        """Push everything waiting, then pull the catalogue, then fetch missing pictures."""
        self.report = SyncReport()
        with UploaderLock(database_file(self.db).with_suffix(".sync.lock"), wait=self.lock_wait):
            try:
                self._push()
                self._pull()
                if pictures:
                    self._pictures()
            except MelaError as exc:
                set_state(self.db, "last_error", str(exc))
                raise
            with store.write(self.db):
                _put_state(self.db, "last_sync_at", utc_now())
                _put_state(self.db, "last_error", None)
        return self.report

    def push(self) -> SyncReport:
        """Only push the outbox (the app does this right after a sale when online)."""
        self.report = SyncReport()
        with UploaderLock(database_file(self.db).with_suffix(".sync.lock"), wait=self.lock_wait):
            self._push()
        return self.report

    def pull(self) -> SyncReport:
        """Only pull catalogue changes."""
        self.report = SyncReport()
        with UploaderLock(database_file(self.db).with_suffix(".sync.lock"), wait=self.lock_wait):
            self._pull()
        return self.report

    # -- HTTP with retries -----------------------------------------------------------------

    def _request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """One request, retried on network errors, timeouts, 408/429 and 5xx."""
        url = f"{self.hub_url}{path}"
        headers = {**_headers(self.token), **kwargs.pop("headers", {})}
        last = ""
        asked = 0.0   # a busy hub's Retry-After, honoured up to the policy's cap
        for attempt in range(self.retry.attempts):
            if attempt:
                self.report.retries += 1
                self.sleep(max(self.retry.delay(attempt - 1, self.rng),
                               min(asked, self.retry.cap)))
                asked = 0.0
            try:
                response = self.http.request(method, url, headers=headers, **kwargs)
            except httpx.HTTPError as exc:   # network, timeouts, a garbled answer
                last = f"{type(exc).__name__}: {exc}"
                log.info("sync %s %s failed (%s); will retry", method, path, last)
                continue
            except httpx.InvalidURL as exc:   # a hub address stored before it was checked
                raise SyncError(f"the hub address {self.hub_url} is not valid ({exc}); "
                                "enrol again with the right address") from exc
            if response.status_code in (408, 429) or response.status_code >= 500:
                last = f"HTTP {response.status_code} {_detail(response)}"
                retry_after = response.headers.get("retry-after", "")
                asked = float(retry_after) if retry_after.isdigit() else 0.0
                continue
            if response.status_code == 401:
                raise NotEnrolled(f"the hub refused this laptop's token ({_detail(response)}); "
                                  "ask the office for a new code and enrol again")
            return response
        raise HubUnreachable(f"the hub at {self.hub_url} did not answer ({last}); "
                             "everything stays queued and will be sent later")

    # -- push ------------------------------------------------------------------------------

    def _next_batch(self, limit: int) -> list[tuple[Any, ...]]:
        """Pending rows, oldest first, in whole bundles, up to ``limit`` rows if possible."""
        window = self.db.execute(
            "SELECT DISTINCT bundle FROM (SELECT bundle FROM outbox WHERE state = 'pending' "
            "ORDER BY seq LIMIT ?)", [limit],
        ).fetchall()
        if not window:
            return []
        bundles = [b[0] for b in window]
        rows: list[tuple[Any, ...]] = []
        for start in range(0, len(bundles), 500):
            chunk = bundles[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows += self.db.execute(
                "SELECT seq, record_id, kind, device_seq, payload, payload_hash, bundle "
                f"FROM outbox WHERE state = 'pending' AND bundle IN ({marks})", chunk,
            ).fetchall()
        rows.sort(key=lambda r: r[0])
        # Keep whole bundles, oldest first, within the row and byte limits (the first bundle
        # always goes, however big: a bill cannot be split).
        by_bundle: dict[str, list[tuple[Any, ...]]] = {}
        for row in rows:
            by_bundle.setdefault(row[6], []).append(row)
        first_seq = sorted(by_bundle, key=lambda b: by_bundle[b][0][0])
        batch: list[tuple[Any, ...]] = []
        size = 0
        for bundle in first_seq:
            members = by_bundle[bundle]
            extra = sum(len(m[4]) + 200 for m in members)
            if batch and (len(batch) + len(members) > limit or size + extra > self.max_batch_bytes):
                break
            batch += members
            size += extra
        batch.sort(key=lambda r: r[0])
        return batch

    def _push(self) -> None:
        total = records.pending_count(self.db)
        done = 0
        limit = self.batch_size
        self.on_progress("push", 0, total)
        while True:
            batch = self._next_batch(limit)
            if not batch:
                break
            wire: list[protocol.PushRecord] = []
            unfit: dict[str, str] = {}   # bundle -> why one of its rows cannot go on the wire
            for r in batch:
                try:
                    wire.append(protocol.PushRecord(kind=r[2], id=r[1], device_seq=r[3],
                                                    payload=r[4], payload_hash=r[5]))
                except pydantic.ValidationError as exc:
                    unfit.setdefault(r[6], _first_problem(exc))
            if unfit:
                # Park the whole bill (never half of one); the rest goes on the next round.
                for bundle, why in unfit.items():
                    self._park([r for r in batch if r[6] == bundle],
                               f"this record cannot be sent ({why})")
                continue
            body = protocol.PushBatch(
                protocol_version=protocol.PROTOCOL_VERSION, app_version=protocol.APP_VERSION,
                records=wire,
            ).model_dump_json()
            response = self._request("POST", "/v1/push", content=body,
                                     headers={"Content-Type": "application/json"})
            if response.status_code == 413:
                if len({r[6] for r in batch}) > 1:
                    limit = max(1, len(batch) // 2)
                    continue
                self._park(batch, "this bill is too large for the hub to accept")
                continue
            if response.status_code != 200:
                raise SyncError(f"the hub refused a batch: HTTP {response.status_code} "
                                f"{_detail(response)}")
            try:
                answer = protocol.PushResponse.model_validate_json(response.content)
            except pydantic.ValidationError as exc:
                raise SyncError("the hub's answer to a push was not understood; "
                                "nothing was marked sent") from exc
            changed = self._record_results(batch, answer)
            if changed == 0:
                raise SyncError("the hub answered for none of the records sent; "
                                "nothing was marked sent")
            self.report.batches += 1
            done += changed
            self.on_progress("push", done, max(total, done))

    def _record_results(self, batch: list[tuple[Any, ...]], answer: protocol.PushResponse) -> int:
        sent_ids = {r[1] for r in batch}
        now = utc_now()
        answered = [r for r in answer.results if r.id in sent_ids]
        counts = {"applied": 0, "duplicate": 0, "rejected": 0}
        with store.write(self.db):
            for status in counts:
                mine = [r for r in answered if r.status == status]
                if not mine:
                    continue
                before = self.db.conn.total_changes
                if status == "rejected":
                    self.db.conn.executemany(
                        "UPDATE outbox SET state = 'rejected', hub_status = 'rejected', "
                        "reject_reason = ?, attempts = attempts + 1 "
                        "WHERE record_id = ? AND state = 'pending'",
                        [(r.reason or "refused by the hub", r.id) for r in mine],
                    )
                else:
                    self.db.conn.executemany(
                        "UPDATE outbox SET state = 'sent', hub_status = ?, sent_at = ?, "
                        "attempts = attempts + 1 WHERE record_id = ? AND state = 'pending'",
                        [(status, now, r.id) for r in mine],
                    )
                counts[status] = self.db.conn.total_changes - before
            _put_state(self.db, "last_push_at", now)
        self.report.sent += counts["applied"]
        self.report.duplicates += counts["duplicate"]
        self.report.rejected += counts["rejected"]
        return sum(counts.values())

    def _park(self, batch: list[tuple[Any, ...]], reason: str) -> None:
        with store.write(self.db):
            for row in batch:
                self.db.execute(
                    "UPDATE outbox SET state = 'rejected', reject_reason = ?, "
                    "hub_status = 'not sent' WHERE record_id = ? AND state = 'pending'",
                    [reason, row[1]],
                )
        self.report.rejected += len(batch)

    # -- pull ------------------------------------------------------------------------------

    def _pull(self) -> None:
        if get_state(self.db, "cursor") is None and get_state(self.db, "full_copy_cursor") is None:
            # The first pull is a full copy: it replaces a demo or hand-loaded catalogue.
            self._begin_full_copy()
        done = restarts = 0
        while True:
            full = get_state(self.db, "full_copy_cursor")
            since = int(full if full is not None else get_state(self.db, "cursor") or 0)
            response = self._request("GET", "/v1/changes", params={
                "since": since, "limit": self.page_size,
                "protocol_version": protocol.PROTOCOL_VERSION,
                "full_copy": "true" if full is not None else "false",
            })
            if response.status_code == 410:
                restarts += 1
                if restarts > 3:
                    raise SyncError("the hub's change log keeps moving during a full copy; "
                                    "sync again later")
                self.report.notes.append("catalogue cursor expired: full copy")
                self._begin_full_copy()
                continue
            if response.status_code != 200:
                raise SyncError(f"the hub refused to send catalogue changes: "
                                f"HTTP {response.status_code} {_detail(response)}")
            try:
                page = protocol.ChangesPage.model_validate_json(response.content)
            except pydantic.ValidationError as exc:
                raise SyncError("the hub sent a catalogue page that was not understood") from exc
            if full is not None:
                started_floor = int(get_state(self.db, "full_copy_floor") or page.floor)
                if page.floor > started_floor:
                    # Compacted during the copy: a deletion may have been dropped unseen.
                    restarts += 1
                    if restarts > 3:
                        raise SyncError("the hub's change log keeps moving during a full "
                                        "copy; sync again later")
                    self.report.notes.append("change log compacted during a full copy: again")
                    self._begin_full_copy()
                    continue
            self._apply_page(page, full_copy=full is not None)
            done += len(page.changes)
            self.on_progress("pull", done, done + page.remaining)
            if page.complete:
                break

    def _begin_full_copy(self) -> None:
        self.report.full_copy = True
        with store.write(self.db):
            apply.start_full_copy(self.db)
            _put_state(self.db, "full_copy_cursor", "0")
            _put_state(self.db, "full_copy_floor", None)

    def _apply_page(self, page: protocol.ChangesPage, *, full_copy: bool) -> None:
        with store.write(self.db):
            apply.apply_page(self.db, [c.model_dump() for c in page.changes], self.device_id,
                             full_copy=full_copy)
            if full_copy:
                _put_state(self.db, "full_copy_cursor", str(page.next))
                if get_state(self.db, "full_copy_floor") is None:
                    _put_state(self.db, "full_copy_floor", str(page.floor))
                if page.complete:
                    self.report.retired += apply.finish_full_copy(self.db)
                    _put_state(self.db, "cursor", str(page.next))
                    _put_state(self.db, "full_copy_cursor", None)
                    _put_state(self.db, "full_copy_floor", None)
            else:
                _put_state(self.db, "cursor", str(page.next))
            _put_state(self.db, "last_pull_at", utc_now())
        self.report.changes += len(page.changes)

    # -- pictures --------------------------------------------------------------------------

    def missing_pictures(self) -> list[str]:
        """Pictures the catalogue names but this laptop does not have yet."""
        return [r[0] for r in self.db.execute(
            "SELECT DISTINCT picture_sha256 FROM products WHERE picture_sha256 IS NOT NULL "
            "AND picture_sha256 NOT IN (SELECT sha256 FROM pictures)"
        ).fetchall()]

    def _pictures(self) -> None:
        from pos import catalogue

        wanted = self.missing_pictures()
        self.on_progress("pictures", 0, len(wanted))
        for i, digest in enumerate(wanted, 1):
            try:
                response = self._request("GET", f"/v1/images/{digest}")
            except HubUnreachable:
                # Pictures are a nicety: sales and prices are through; the rest comes later.
                self.report.notes.append(f"{len(wanted) - i + 1} picture(s) left for next time")
                return
            if response.status_code != 200:
                self.report.notes.append(f"picture {digest[:12]} not on the hub")
                continue
            data = response.content
            if hashlib.sha256(data).hexdigest() != digest:
                self.report.notes.append(f"picture {digest[:12]} arrived damaged; skipped")
                continue
            mime = response.headers.get("content-type", "image/jpeg").split(";")[0]
            with store.write(self.db):
                catalogue.store_picture(self.db, data, mime)
            self.report.pictures += 1
            self.on_progress("pictures", i, len(wanted))


def requeue_rejected(db: Database, record_ids: list[str] | None = None) -> int:
    """Put parked records back in the queue (all, or those named), e.g. once the office has
    fixed what the hub refused them for. Returns how many were requeued."""
    with store.write(db):
        if record_ids is None:
            cur = db.execute("UPDATE outbox SET state = 'pending', reject_reason = NULL, "
                             "hub_status = NULL WHERE state = 'rejected'")
            return int(cur.rowcount)
        count = 0
        for rid in record_ids:
            cur = db.execute("UPDATE outbox SET state = 'pending', reject_reason = NULL, "
                             "hub_status = NULL WHERE state = 'rejected' AND record_id = ?",
                             [rid])
            if cur.rowcount == 0:
                raise SyncError(f"no parked record {rid}")
            count += cur.rowcount
        return count


def status(db: Database) -> dict[str, Any]:
    """A summary for ``mela-pos status`` and the app's sync indicator."""
    dev = records.device(db)
    rejected = [
        {"record_id": r[0], "kind": r[1], "reason": r[2], "created_at": r[3]}
        for r in db.execute(
            "SELECT record_id, kind, reject_reason, created_at FROM outbox "
            "WHERE state = 'rejected' ORDER BY seq"
        ).fetchall()
    ]
    return {
        "device_id": dev.device_id, "device_code": dev.device_code,
        "hub_url": get_state(db, "hub_url"), "enrolled": bool(get_state(db, "token")),
        "pending": records.pending_count(db), "rejected": rejected,
        "last_sync_at": get_state(db, "last_sync_at"),
        "last_error": get_state(db, "last_error"),
        "cursor": get_state(db, "cursor"),
    }


def dumps_status(info: dict[str, Any]) -> str:
    """The status as JSON text (for scripts)."""
    return json.dumps(info, ensure_ascii=False, indent=2)
