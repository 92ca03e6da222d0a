"""Record ids (UUIDv7) and Indian Standard Time."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from pos import ids


def test_uuid7_is_a_standard_version_7_uuid_in_canonical_text() -> None:
    for _ in range(1000):
        text = ids.uuid7()
        parsed = uuid.UUID(text)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
        assert str(parsed) == text  # lower-case hex, dashes in the usual places


def test_uuid7_sorts_in_the_order_made() -> None:
    made = [ids.uuid7() for _ in range(20_000)]  # many within one millisecond
    assert made == sorted(made)
    assert len(set(made)) == len(made)


@given(st.datetimes(min_value=datetime(1946, 1, 1), max_value=datetime(2100, 1, 1),
                    timezones=st.just(UTC)))
def test_fixed_ist_agrees_with_the_time_zone_database(moment: datetime) -> None:
    kolkata = moment.astimezone(ZoneInfo("Asia/Kolkata"))
    fixed = moment.astimezone(ids.IST)
    assert fixed.replace(tzinfo=None) == kolkata.replace(tzinfo=None)
    assert fixed.utcoffset() == timedelta(hours=5, minutes=30)
    assert fixed.tzname() == kolkata.tzname() == "IST"
