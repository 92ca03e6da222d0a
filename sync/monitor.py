"""Is the hub reachable? A cheap health probe with backoff, for the app to poll.

No Qt here: the app calls ``poll()`` from a timer (and may call ``hint_online()`` when Qt's
network information says a link came up); when ``poll()`` turns True it starts a sync worker.
While the hub is down the probe interval doubles up to ``max_interval`` so a laptop on a fair
ground without a network does not spin; a success or a hint resets it.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import httpx

from sync import protocol
from sync.client import tls_context

Probe = Callable[[str], bool]


def probe_health(hub_url: str, timeout: float = 3.0) -> bool:
    """True if the hub answers its health check with a protocol we can speak."""
    if not hub_url:
        return False
    try:
        response = httpx.get(f"{hub_url.rstrip('/')}/v1/health", timeout=timeout,
                             verify=tls_context())
        if response.status_code != 200:
            return False
        return int(response.json().get("protocol_version", 0)) >= protocol.MIN_PULL_PROTOCOL
    except (httpx.HTTPError, httpx.InvalidURL, ValueError, AttributeError):
        return False


class HubMonitor:
    """Tracks reachability; ``poll()`` probes only when the backoff says it is time."""

    def __init__(
        self, hub_url: str, *, probe: Probe = probe_health, min_interval: float = 5.0,
        max_interval: float = 300.0, clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        self.hub_url = hub_url
        self.probe = probe
        self.min_interval = min_interval
        self.max_interval = max_interval
        self.clock = clock
        self.rng = rng or random.Random()
        self.reachable = False
        self.failures = 0
        self._next_probe = clock()

    def seconds_until_next_probe(self) -> float:
        """How long ``poll()`` will answer from memory."""
        return max(0.0, self._next_probe - self.clock())

    def poll(self) -> bool:
        """Probe if due; returns whether the hub is believed reachable."""
        now = self.clock()
        if now < self._next_probe:
            return self.reachable
        if self.probe(self.hub_url):
            self.reachable = True
            self.failures = 0
            self._next_probe = now + self.min_interval
        else:
            self.mark_down()
        return self.reachable

    def mark_down(self) -> None:
        """A probe or a sync failed: back off before the next probe."""
        self.reachable = False
        self.failures += 1
        ceiling = min(self.max_interval, self.min_interval * (2 ** (self.failures - 1)))
        # Jitter, so twenty stalls that lost the link together do not probe in lockstep.
        self._next_probe = self.clock() + self.rng.uniform(ceiling / 2, ceiling)

    def hint_online(self) -> None:
        """The OS says a network came up: probe at the next poll."""
        self.failures = 0
        self._next_probe = self.clock()


# The app's sync worker looks for ``monitor.probe``; one probe for the app and the CLI.
probe = probe_health
