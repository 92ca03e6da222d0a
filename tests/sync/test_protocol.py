"""The wire models: one vocabulary with the stall, strict types, bounded sizes."""

from __future__ import annotations

import typing

import pydantic
import pytest

from pos.schema import RECORD_KINDS
from sync import protocol


def test_record_kinds_are_the_stalls():
    assert protocol.RECORD_KINDS == RECORD_KINDS
    assert typing.get_args(protocol.RecordKind) == RECORD_KINDS
    assert typing.get_args(protocol.ChangeKind) == protocol.CHANGE_KINDS


def _record(**over):
    return {"kind": "order", "id": "r1", "device_seq": 1, "payload": "{}",
            "payload_hash": "a" * 64, **over}


@pytest.mark.parametrize("bad", [
    {"device_seq": "1"}, {"device_seq": 1.5}, {"device_seq": -1}, {"kind": "gift"},
    {"payload_hash": "A" * 64}, {"id": ""}, {"extra": 1}, {"device_seq": 2**53},
])
def test_push_records_are_strict(bad):
    with pytest.raises(pydantic.ValidationError):
        protocol.PushRecord.model_validate(_record(**bad))


def test_whole_floats_count_as_integers_and_batches_are_bounded():
    assert protocol.PushRecord.model_validate(_record(device_seq=7.0)).device_seq == 7
    too_many = [_record(id=f"r{n}") for n in range(protocol.MAX_BATCH_RECORDS + 1)]
    with pytest.raises(pydantic.ValidationError):
        protocol.PushBatch.model_validate(
            {"protocol_version": 1, "app_version": "x", "records": too_many})
