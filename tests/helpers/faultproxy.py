"""A small fault-injecting TCP proxy for sync tests.

It sits between the stall client and the hub on loopback. Each new connection takes the next
fault from a plan (or the default, ``pass``), so with a client that opens one connection per
request a test says exactly which request fails and how:

* ``pass``: forward both ways.
* ``refuse``: reset the connection at once (the hub looks down).
* ``drop_request``: read part of the request, then reset; the hub never sees it.
* ``drop_response``: forward the whole request, read the hub's whole answer (so the hub has
  committed), then reset instead of answering: the classic lost acknowledgement.
* ``cut_response``: forward half of the hub's answer, then reset.
* ``error_503``: answer 503 without forwarding anything.
* ``error_500_after_commit``: forward, let the hub commit, answer 500 instead.
* ``delay``: wait ``delay_seconds`` before forwarding.
* ``hang``: forward, let the hub commit, then say nothing for ``hang_seconds`` (the client's
  read timeout fires first).

HTTP framing is read from ``Content-Length`` (httpx and uvicorn both send it here).
"""

from __future__ import annotations

import collections
import contextlib
import socket
import struct
import threading
import time

FAULTS = ("pass", "refuse", "drop_request", "drop_response", "cut_response", "error_503",
          "error_500_after_commit", "delay", "hang")


def _reset(sock: socket.socket) -> None:
    # SO_LINGER 0 makes close() send RST: the peer sees a hard connection failure.
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.close()


def read_message(sock: socket.socket) -> bytes:
    """Read one HTTP message (headers plus Content-Length body); b'' if the peer closed."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def _status(code: int, reason: str) -> bytes:
    body = f'{{"detail":"{reason} (injected)"}}'.encode()
    return (f"HTTP/1.1 {code} {reason}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode() + body


class FaultProxy:
    """Listen on a free loopback port and forward to ``upstream_port`` with faults."""

    def __init__(self, upstream_port: int, *, delay_seconds: float = 0.5,
                 hang_seconds: float = 3.0) -> None:
        self.upstream_port = upstream_port
        self.delay_seconds = delay_seconds
        self.hang_seconds = hang_seconds
        self.default = "pass"
        self._plan: collections.deque[str] = collections.deque()
        self._lock = threading.Lock()
        self.injected: collections.Counter[str] = collections.Counter()
        self.connections = 0
        self.held = 0   # delayed requests received whole and being held
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(64)
        self.port = self._server.getsockname()[1]
        self._closed = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        """The address the client should use."""
        return f"http://127.0.0.1:{self.port}"

    def plan(self, *faults: str) -> None:
        """Faults for the next connections, in order."""
        for fault in faults:
            if fault not in FAULTS:
                raise ValueError(f"unknown fault {fault}")
        with self._lock:
            self._plan.extend(faults)

    def clear(self) -> None:
        """Forget planned faults not used yet."""
        with self._lock:
            self._plan.clear()

    def pending(self) -> int:
        """Planned faults not yet used."""
        with self._lock:
            return len(self._plan)

    def total_injected(self) -> int:
        """Faults applied so far (``pass`` is not a fault)."""
        return sum(n for f, n in self.injected.items() if f != "pass")

    def close(self) -> None:
        """Stop accepting connections."""
        self._closed = True
        with contextlib.suppress(OSError):
            self._server.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            with self._lock:
                fault = self._plan.popleft() if self._plan else self.default
                self.connections += 1
                self.injected[fault] += 1
            threading.Thread(target=self._handle, args=(client, fault), daemon=True).start()

    def _upstream(self) -> socket.socket | None:
        try:
            return socket.create_connection(("127.0.0.1", self.upstream_port), timeout=30)
        except OSError:
            return None

    def _handle(self, client: socket.socket, fault: str) -> None:
        try:
            self._fault(client, fault)
        except OSError:
            _reset(client)

    def _fault(self, client: socket.socket, fault: str) -> None:
        if fault == "refuse":
            _reset(client)
            return
        if fault == "drop_request":
            client.recv(256)
            _reset(client)
            return
        if fault == "error_503":
            read_message(client)
            client.sendall(_status(503, "Service Unavailable"))
            client.close()
            return
        request = b""
        if fault == "delay":
            # Hold the whole request, so a test can act while it is held (kill the till).
            request = read_message(client)
            with self._lock:
                self.held += 1
            time.sleep(self.delay_seconds)
        upstream = self._upstream()
        if upstream is None:
            _reset(client)
            return
        if fault in ("drop_response", "cut_response", "error_500_after_commit", "hang"):
            request = read_message(client)
            upstream.sendall(request)
            response = read_message(upstream)
            upstream.close()
            if fault == "hang":
                time.sleep(self.hang_seconds)
            elif fault == "cut_response":
                client.sendall(response[: max(1, len(response) // 2)])
            elif fault == "error_500_after_commit":
                client.sendall(_status(500, "Internal Server Error"))
                client.close()
                return
            _reset(client)
            return
        if request:
            upstream.sendall(request)
        self._pipe(client, upstream)

    def _pipe(self, client: socket.socket, upstream: socket.socket) -> None:
        def copy(src: socket.socket, dst: socket.socket) -> None:
            try:
                while chunk := src.recv(65536):
                    dst.sendall(chunk)
            except OSError:
                pass
            finally:
                with contextlib.suppress(OSError):
                    dst.shutdown(socket.SHUT_WR)

        back = threading.Thread(target=copy, args=(upstream, client), daemon=True)
        back.start()
        copy(client, upstream)
        back.join(timeout=60)
        client.close()
        upstream.close()
