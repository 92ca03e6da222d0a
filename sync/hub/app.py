"""The hub's HTTP API (FastAPI), served by uvicorn (``mela-hub serve``).

Every handler is a thin layer over ``sync.hub.store``. Bad requests get a 4xx with a reason a
person can read (``{"detail": ...}``), never a 500: pydantic checks the wire models from
``sync.protocol``, the size limit is enforced before a body is read whole, and each pushed
record is judged on its own. Handlers are plain ``def`` functions: FastAPI runs them in its
thread pool, so a slow commit never blocks the event loop.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync import protocol
from sync.hub.store import (
    SERVE_BUSY_TIMEOUT_S,
    CursorExpired,
    Device,
    HubError,
    HubStore,
    Incoming,
    is_busy,
)

_bearer = HTTPBearer(auto_error=False)
_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": protocol.Problem} for code in (400, 401, 403, 404, 410, 413, 422, 426)
}


# Headers of a real client are a few hundred bytes; uvicorn alone would take far more.
MAX_HEADER_BYTES = 16 * 1024
_CLOSE = (b"connection", b"close")
MAX_TOKEN_CHARS = 256   # the hub's tokens are 43 characters


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413 (and headers over
    ``MAX_HEADER_BYTES`` with 431) before they are read whole.

    A refusal closes the connection: otherwise the server would keep reading, and
    discarding, the rest of a body that may never end.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry point."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = scope.get("headers", [])
        if sum(len(n) + len(v) for n, v in headers) > MAX_HEADER_BYTES:
            await _refuse(send, 431, f"request headers larger than {MAX_HEADER_BYTES} bytes")
            return
        for name, value in headers:
            if name == b"content-length" and value.isdigit() and int(value) > self.limit:
                await _refuse(send, 413, _too_large(self.limit))
                return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge(self.limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                if seen > self.limit:   # FastAPI answered our _TooLarge itself
                    message = {**message, "headers": [*message.get("headers", []), _CLOSE]}
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await _refuse(send, 413, _too_large(self.limit))


class TokenFirst:
    """Refuse a push that carries no well-formed device token before its body is read, so a
    stranger cannot make the hub read and parse megabytes of JSON (FastAPI reads the body
    before any dependency). Whether the token is known is still checked by ``device``: a
    database lookup here would delay the first read of the body, and uvicorn drops a body
    that is not read before its sender hangs up."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry point."""
        if scope["type"] == "http" and scope["path"] == "/v1/push":
            scheme, _, token = dict(scope["headers"]).get(b"authorization", b"").partition(b" ")
            if scheme.lower() != b"bearer" or not 0 < len(token) <= MAX_TOKEN_CHARS:
                await _refuse(send, 401, "a device token is required",
                              (b"www-authenticate", b"Bearer"))
                return
        await self.app(scope, receive, send)


def _too_large(limit: int) -> str:
    return f"request body larger than {limit} bytes"


class _TooLarge(HTTPException):
    """Raised while a streamed body is read; FastAPI passes HTTP errors through as they are."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, _too_large(limit))


async def _refuse(send: Send, status: int, detail: str, *extra: tuple[bytes, bytes]) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()), _CLOSE, *extra]})
    await send({"type": "http.response.body", "body": body})


def _store(request: Request) -> HubStore:
    store: HubStore = request.app.state.store
    return store


def device(
    request: Request,
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Device:
    """The device whose bearer token came with the request (401 otherwise)."""
    if creds is None or creds.scheme.lower() != "bearer":
        raise HTTPException(401, "a device token is required",
                            headers={"WWW-Authenticate": "Bearer"})
    if len(creds.credentials) > MAX_TOKEN_CHARS:   # not ours: no need to hash and look it up
        raise HTTPException(401, "this device token is unknown or was revoked",
                            headers={"WWW-Authenticate": "Bearer"})
    dev = _store(request).device_for_token(creds.credentials)
    if dev is None:
        raise HTTPException(401, "this device token is unknown or was revoked",
                            headers={"WWW-Authenticate": "Bearer"})
    return dev


def create_app(db_path: Path | str, *, max_body: int = protocol.MAX_BATCH_BYTES) -> FastAPI:
    """The hub app over the database at ``db_path``."""
    store = HubStore(db_path, busy_timeout=SERVE_BUSY_TIMEOUT_S)
    app = FastAPI(
        title="Mela POS hub", version=protocol.APP_VERSION,
        description="Central catalogue and sales ledger for Mela POS stalls.",
    )
    app.state.store = store
    app.add_middleware(TokenFirst)
    app.add_middleware(BodyLimit, limit=max_body)   # added last: runs first

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        # Keep only what helps the sender; the raw input may be huge.
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()
        ]
        return JSONResponse({"detail": errors}, status_code=422)

    @app.exception_handler(sqlite3.OperationalError)
    async def _busy(request: Request, exc: sqlite3.OperationalError) -> JSONResponse:
        # An office command held the database past the wait: the device retries later.
        if not is_busy(exc):
            raise exc
        return JSONResponse({"detail": "the hub database is busy; try again shortly"},
                            status_code=503, headers={"Retry-After": "2"})

    @app.get("/v1/health", response_model=protocol.Health)
    def health() -> protocol.Health:
        """Liveness and the protocol versions this hub speaks."""
        return protocol.Health(
            status="ok", protocol_version=protocol.PROTOCOL_VERSION,
            min_pull_protocol=protocol.MIN_PULL_PROTOCOL, app_version=protocol.APP_VERSION,
        )

    @app.post("/v1/enroll", response_model=protocol.EnrollResponse, responses=_ERRORS)
    def enroll(req: protocol.EnrollRequest) -> protocol.EnrollResponse:
        """Exchange a one-time code for a device code and token."""
        try:
            dev, token = store.enroll(
                req.code, req.device_id, req.device_name, req.protocol_version, req.app_version
            )
        except HubError as exc:
            raise HTTPException(403, str(exc)) from exc
        return protocol.EnrollResponse(
            device_id=dev.device_id, device_code=dev.device_code, token=token
        )

    @app.post("/v1/push", response_model=protocol.PushResponse, responses=_ERRORS)
    def push(
        batch: protocol.PushBatch, dev: Annotated[Device, Depends(device)]
    ) -> protocol.PushResponse:
        """Store a batch of records; one result per record, after the commit.

        Pushes are accepted from every protocol version, so an old stall never loses a sale.
        """
        results = store.push(dev, (
            Incoming(r.kind, r.id, r.device_seq, r.payload, r.payload_hash)
            for r in batch.records
        ))
        return protocol.PushResponse(results=[
            protocol.RecordResult(id=i, status=s, reason=why)  # type: ignore[arg-type]
            for i, s, why in results
        ])

    @app.get("/v1/changes", response_model=protocol.ChangesPage, responses=_ERRORS)
    def changes(
        dev: Annotated[Device, Depends(device)],
        protocol_version: Annotated[int, Query(ge=1, le=protocol.MAX_INT)],
        since: Annotated[int, Query(ge=0, le=protocol.MAX_INT)] = 0,
        limit: Annotated[int, Query(ge=1, le=protocol.MAX_PAGE)] = protocol.DEFAULT_PAGE,
        full_copy: bool = False,
    ) -> Response:
        """A page of catalogue changes after ``since`` (410 when compacted past it).

        ``full_copy=true`` says the device is paging through a copy that began at 0 and
        will retire at its end whatever the copy did not bring, so a cursor below the
        compaction floor is fine for it.
        """
        if protocol_version < protocol.MIN_PULL_PROTOCOL:
            raise HTTPException(426, "this Mela POS is too old to read the catalogue; update "
                                     "it (its sales are still accepted)")
        try:
            page = store.changes(dev.device_id, since, limit, full_copy=full_copy)
        except CursorExpired as exc:
            raise HTTPException(410, str(exc)) from exc
        # Built by hand: validating 5,000 changes through pydantic again costs more than
        # the database read.
        body = protocol.ChangesPage.model_construct(
            changes=[protocol.Change.model_construct(**c) for c in page.changes],
            next=page.next, complete=page.complete, floor=page.floor, remaining=page.remaining,
        )
        return Response(body.model_dump_json(), media_type="application/json")

    @app.get(
        "/v1/images/{sha256}", responses={**_ERRORS, 200: {"content": {"image/*": {}}}},
        response_class=Response,
    )
    def image(
        sha256: str, request: Request, dev: Annotated[Device, Depends(device)]
    ) -> Response:
        """A picture by content hash; immutable, so cached forever."""
        if len(sha256) != 64 or any(ch not in "0123456789abcdef" for ch in sha256):
            raise HTTPException(404, "no such picture")
        etag = f'"{sha256}"'
        headers = {"ETag": etag, "Cache-Control": "public, max-age=31536000, immutable"}
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers=headers)
        found = store.picture(sha256)
        if found is None:
            raise HTTPException(404, "no such picture")
        mime, data = found
        return Response(data, media_type=mime, headers=headers)

    return app
