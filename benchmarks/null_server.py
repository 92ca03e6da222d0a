"""The floor for the sync measurements: an HTTP endpoint that does nothing.

``POST /sink`` reads the body and answers ``{}``; ``GET /bytes?n=N`` answers N bytes.
Served by uvicorn like the hub, so the floor holds the same HTTP stack and loopback cost
and nothing else. Run as ``python -m benchmarks.null_server PORT``.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


async def app(scope: dict[str, Any], receive: Receive, send: Send) -> None:
    """A bare ASGI app: drain the request, answer the asked number of bytes."""
    if scope["type"] != "http":
        return
    more = True
    while more:
        message = await receive()
        more = message.get("more_body", False)
    query = parse_qs(scope.get("query_string", b"").decode())
    body = b"x" * int(query.get("n", ["0"])[0]) if scope["path"] == "/bytes" else b"{}"
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="error")
