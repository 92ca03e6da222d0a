"""Record ids and timestamps.

Every record that leaves the laptop gets a UUIDv7 made here: time-ordered (so indexes stay
compact and the hub can sort by creation) and unique without any coordination.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, date, datetime, timedelta, timezone

# India has kept +05:30 without daylight saving since 1945. A fixed offset needs no time
# zone database (Windows has none unless the tzdata package is installed, and ``zoneinfo``
# costs 2 ms of start-up).
IST = timezone(timedelta(hours=5, minutes=30), "IST")

_last_ms = 0
_counter = 0


def uuid7() -> str:
    """A new UUIDv7 (RFC 9562) as text; monotonic within this process."""
    global _last_ms, _counter
    ms = time.time_ns() // 1_000_000
    if ms <= _last_ms:
        # Same or earlier millisecond: keep order by bumping a 12-bit counter.
        _counter += 1
        if _counter > 0xFFF:
            _last_ms += 1
            _counter = 0
        ms = _last_ms
    else:
        _last_ms = ms
        _counter = int.from_bytes(os.urandom(2), "big") & 0x7FF
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= _counter << 64
    value |= 0b10 << 62
    value |= rand_b
    digits = f"{value:032x}"  # the uuid module's text form, without importing it (3 ms)
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


def utc_now(now: datetime | None = None) -> str:
    """A moment (now by default) as UTC ISO-8601 with microseconds, the form stored everywhere.

    Raises:
        ValueError: ``now`` has no time zone (a naive time would be stored as a wrong moment).
    """
    when = now if now is not None else datetime.now(UTC)
    if when.tzinfo is None:
        raise ValueError("times must carry a time zone")
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def parse_utc(text: str) -> datetime:
    """Parse a stored UTC timestamp."""
    return datetime.fromisoformat(text)


def to_ist(text: str) -> datetime:
    """A stored UTC timestamp as Indian Standard Time, for display."""
    return parse_utc(text).astimezone(IST)


def ist_today() -> date:
    """Today's date at the stall (Asia/Kolkata), whatever the laptop's time zone."""
    return datetime.now(IST).date()
