"""A faked calendar for the test suite: ``MELA_TEST_TODAY=2027-04-01 pytest ...`` makes
every clock the app reads say that date (same time of day), so tests that quietly depend on
the day they run (a hard-coded date, a financial year) fail today instead of next April."""

from __future__ import annotations

import importlib
from datetime import date, datetime, timedelta, tzinfo

# Modules that read the clock with ``datetime.now`` (their own ``datetime`` name is patched).
CLOCK_READERS = ("pos.ids", "pos.invoices", "pos.staff", "pos.leads", "pos.printing",
                 "pos.backup", "sync.hub.store")


def install(today: date) -> None:
    """Shift ``datetime.now`` in the app's modules so that the IST date is ``today``."""
    from pos.ids import IST

    offset = timedelta(days=(today - datetime.now(IST).date()).days)

    class ShiftedDatetime(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> datetime:  # type: ignore[override]
            return datetime.now(tz) + offset

    for name in CLOCK_READERS:
        module = importlib.import_module(name)
        module.datetime = ShiftedDatetime  # type: ignore[attr-defined]
