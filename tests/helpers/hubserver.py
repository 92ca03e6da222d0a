"""A real hub for tests: uvicorn on a free loopback port, in a thread or a child process.

The thread server can be stopped and started again on the same port (hub down, hub back).
The process server can be killed with SIGKILL mid-request, like a crashed machine.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from sync.hub.app import create_app
from sync.hub.store import HubStore

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _PromptServer(uvicorn.Server):
    """uvicorn checks ``should_exit`` every 100 ms; a test hub checks every 10 ms, which takes
    ~0.1 s off each stop (tests stop a hub some sixty times)."""

    async def main_loop(self) -> None:
        """Tick until asked to exit."""
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            await asyncio.sleep(0.01)


class ThreadHub:
    """The hub app served by uvicorn in a background thread."""

    def __init__(self, db_path: Path, port: int | None = None, *, max_body: int | None = None):
        self.db_path = db_path
        self.port = port or free_port()
        self.max_body = max_body
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.app = None

    @property
    def url(self) -> str:
        """The hub's address."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def store(self) -> HubStore:
        """The running hub's storage (for admin actions in tests)."""
        assert self.app is not None
        return self.app.state.store  # type: ignore[no-any-return]

    def start(self) -> ThreadHub:
        """Start serving; returns once the port accepts connections."""
        kwargs = {} if self.max_body is None else {"max_body": self.max_body}
        self.app = create_app(self.db_path, **kwargs)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        config = uvicorn.Config(self.app, log_level="error", lifespan="off",
                                timeout_graceful_shutdown=1)
        self._server = _PromptServer(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]},
                                        daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the test hub did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        """Stop serving and close the database."""
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)
            self.store.close()
            self._server = None


class ProcessHub:
    """``mela-hub serve`` in a child process, for crash tests."""

    def __init__(self, db_path: Path, port: int | None = None) -> None:
        self.db_path = db_path
        self.port = port or free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The hub's address."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ProcessHub:
        """Start the process and wait for its health check."""
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "sync.hub.cli", "serve", "--db", str(self.db_path),
             "--port", str(self.port)], env=env, cwd=ROOT,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        # One plain-HTTP client for the whole wait: a new one per poll loads the CA bundle.
        with httpx.Client(timeout=1, verify=False) as probe:
            while time.monotonic() < deadline:
                with contextlib.suppress(httpx.HTTPError):
                    if probe.get(f"{self.url}/v1/health").status_code == 200:
                        return self
                if self.proc.poll() is not None:
                    raise RuntimeError("the hub process exited at start")
                time.sleep(0.05)
        raise RuntimeError("the hub process did not start")

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush beyond what SQLite already committed."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)
        self.proc = None
