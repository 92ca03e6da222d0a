"""Hostile HTTP against a real hub (uvicorn over loopback): bodies with no length that never
end, oversized headers and tokens, out-of-range cursors and picture names that try to climb
out of their folder. Each gets a 4xx, the hub's memory stays flat and nothing is written."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from sync import protocol
from tests.helpers.hubserver import ThreadHub

LIMIT = 64 * 1024
UPLOAD = 20 * 1024 * 1024


@pytest.fixture(scope="module")
def small_hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ThreadHub, str]]:
    """One hub (64 KiB body limit) and a device token, shared by this module's tests."""
    hub = ThreadHub(tmp_path_factory.mktemp("hostile") / "hub.sqlite", max_body=LIMIT).start()
    _, token = hub.store.enroll(hub.store.create_enroll_code("x"), "dev-1", "x", 1, "t")
    yield hub, token
    hub.stop()


def _head(path: str, token: str, extra: str = "") -> bytes:
    return (f"POST {path} HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
            f"Authorization: Bearer {token}\r\nTransfer-Encoding: chunked\r\n{extra}\r\n"
            ).encode()


def _stream_forever(sock: socket.socket, sent: list[int]) -> None:
    """Send chunks until UPLOAD bytes are out or the hub hangs up."""
    chunk = b"a" * 65536
    framed = b"%x\r\n%s\r\n" % (len(chunk), chunk)
    start = b'{"protocol_version": 1, "app_version": "x", "records": ["'
    try:
        sock.sendall(b"%x\r\n%s\r\n" % (len(start), start))
        while sent[0] < UPLOAD:
            sock.sendall(framed)
            sent[0] += len(chunk)
    except OSError:
        pass   # the hub closed the connection: what we want


def _read_all(sock: socket.socket) -> bytes:
    answer = b""
    try:
        while chunk := sock.recv(65536):
            answer += chunk
    except OSError:
        pass
    return answer


@pytest.mark.parametrize(("path", "stranger", "status"), [
    ("/v1/push", False, b"413"), ("/v1/enroll", False, b"413"),
    ("/v1/push", True, b"401"),   # a push without a token is refused before its body is read
])
def test_a_chunked_body_over_the_limit_is_refused_and_never_buffered(
    small_hub: tuple[ThreadHub, str], path: str, stranger: bool, status: bytes,
) -> None:
    hub, token = small_hub
    token = "" if stranger else token
    before = hub.store.record_count()
    tracemalloc.start()
    try:
        with socket.create_connection(("127.0.0.1", hub.port), timeout=10) as sock:
            sock.sendall(_head(path, token))
            sent = [0]
            sender = threading.Thread(target=_stream_forever, args=(sock, sent))
            started = time.monotonic()
            sender.start()
            answer = _read_all(sock)
            sender.join(timeout=10)
            took = time.monotonic() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert answer.startswith(b"HTTP/1.1 " + status), answer[:200]
    assert b"connection: close" in answer.lower()
    # The hub hung up instead of swallowing the rest of the 20 MB ...
    assert not sender.is_alive() and sent[0] < UPLOAD, sent
    # ... and held at most a few limits' worth of it at any time (the client's own chunk
    # is 64 KiB and is not re-allocated).
    assert peak < 8 * LIMIT + 2_000_000, peak
    assert took < 5 and hub.store.record_count() == before


def test_a_declared_length_over_the_limit_is_refused_before_reading(
    small_hub: tuple[ThreadHub, str],
) -> None:
    hub, token = small_hub
    with socket.create_connection(("127.0.0.1", hub.port), timeout=10) as sock:
        sock.sendall(f"POST /v1/push HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer {token}\r\n"
                     f"Content-Type: application/json\r\nContent-Length: {2 * 1024**3}\r\n\r\n"
                     .encode())
        answer = _read_all(sock)
    assert answer.startswith(b"HTTP/1.1 413") and b"connection: close" in answer.lower()


@pytest.mark.parametrize("size", [20_000, 1_000_000])
def test_oversized_headers_are_refused_without_a_500(
    small_hub: tuple[ThreadHub, str], size: int,
) -> None:
    hub, _ = small_hub
    with socket.create_connection(("127.0.0.1", hub.port), timeout=10) as sock:
        with contextlib.suppress(OSError):   # hung up while we still sent: also a refusal
            sock.sendall(f"GET /v1/health HTTP/1.1\r\nHost: hub\r\nX-Junk: {'j' * size}\r\n\r\n"
                         .encode())
        answer = _read_all(sock)
    assert answer == b"" or answer.startswith((b"HTTP/1.1 431", b"HTTP/1.1 400")), answer[:200]


@pytest.mark.parametrize("token", ["x" * 10_000, "é" * 10, "a b", ""])
def test_odd_tokens_are_401(small_hub: tuple[ThreadHub, str], token: str) -> None:
    hub, _ = small_hub
    with socket.create_connection(("127.0.0.1", hub.port), timeout=10) as sock:
        sock.sendall(b"GET /v1/changes?protocol_version=1 HTTP/1.1\r\nHost: hub\r\n"
                     b"Connection: close\r\nAuthorization: Bearer " + token.encode() + b"\r\n\r\n")
        answer = _read_all(sock)
    assert answer.startswith(b"HTTP/1.1 401"), answer[:200]


@pytest.mark.parametrize("query", [
    {"since": -1}, {"since": 2**63}, {"since": "1e3"}, {"since": "0x10"}, {"limit": 0},
    {"limit": protocol.MAX_PAGE + 1}, {"limit": -5}, {"limit": "all"}, {"protocol_version": 0},
])
def test_cursor_and_page_size_out_of_bounds_are_422(
    small_hub: tuple[ThreadHub, str], query: dict[str, object],
) -> None:
    hub, token = small_hub
    params = {"protocol_version": 1, "since": 0, **query}
    response = httpx.get(f"{hub.url}/v1/changes", params=params,  # type: ignore[arg-type]
                         headers={"Authorization": f"Bearer {token}"}, timeout=10)
    assert response.status_code == 422, response.text


@pytest.mark.parametrize("name", [
    "..%2F..%2F..%2Fetc%2Fpasswd", "..%2Fhub.sqlite", "%2E%2E", "A" * 64, "0" * 63,
    "0" * 65, "0" * 63 + "g", "%00" + "0" * 61, "0" * 64 + "%2F..",
])
def test_picture_names_cannot_leave_the_picture_table(
    small_hub: tuple[ThreadHub, str], name: str, tmp_path: Path,
) -> None:
    hub, token = small_hub
    with socket.create_connection(("127.0.0.1", hub.port), timeout=10) as sock:
        sock.sendall(f"GET /v1/images/{name} HTTP/1.1\r\nHost: hub\r\nConnection: close\r\n"
                     f"Authorization: Bearer {token}\r\n\r\n".encode())
        answer = _read_all(sock)
    assert answer.startswith(b"HTTP/1.1 404"), answer[:200]
