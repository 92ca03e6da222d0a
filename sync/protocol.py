"""The sync wire format: the one module both the stall client and the hub use.

Every request carries ``protocol_version`` and the app version. The hub refuses to serve
catalogue pages to a client older than ``MIN_PULL_PROTOCOL`` (it would misread them) but
always accepts its pushes, so a stall that was not updated never loses a sale.

A pushed record's ``payload`` is the JSON text exactly as it sits in the stall's outbox;
``payload_hash`` is the SHA-256 of that text. Neither is ever re-serialised on the way, so
a hub can later relay records verbatim.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

PROTOCOL_VERSION = 1
MIN_PULL_PROTOCOL = 1
APP_VERSION = "0.1.0"

RECORD_KINDS = (
    "order", "refund", "void", "lead", "lead_erasure", "preorder",
    "stock_movement", "day_close", "audit",
)
CHANGE_KINDS = ("product", "craft", "artisan", "price", "allocation", "setting")

RecordKind = Literal[
    "order", "refund", "void", "lead", "lead_erasure", "preorder",
    "stock_movement", "day_close", "audit",
]
ChangeKind = Literal["product", "craft", "artisan", "price", "allocation", "setting"]
RecordStatus = Literal["applied", "duplicate", "rejected"]

# A batch larger than this is refused whole with 413; the client never builds one (except
# for a single bill too big to send, which it parks).
MAX_BATCH_BYTES = 8 * 1024 * 1024
MAX_BATCH_RECORDS = 2000
MAX_PAGE = 5000
DEFAULT_PAGE = 1000
ENROLL_CODE_LENGTH = (4, 64)   # shortest and longest one-time code a hub accepts



def _whole_float(value: Any) -> Any:
    # JSON Schema counts 7.0 as an integer; a string "7" is still refused.
    return int(value) if isinstance(value, float) and value.is_integer() else value


# Wire integers stay within 2**53 - 1: exact in every JSON parser (JavaScript's included)
# and well inside SQLite's 64-bit integers.
MAX_INT = 2**53 - 1
Int = Annotated[int, BeforeValidator(_whole_float)]

_ID = Field(min_length=1, max_length=64)
_HASH = Field(pattern=r"^[0-9a-f]{64}$")


class _Strict(BaseModel):
    """Unknown fields and loose types ("7" for 7) are refused, so a bug on either side
    shows at once instead of being coerced."""

    model_config = ConfigDict(extra="forbid", strict=True)


class EnrollRequest(_Strict):
    """A laptop asks to join the hub with a one-time code, proposing its own device id."""

    code: str = Field(min_length=ENROLL_CODE_LENGTH[0], max_length=ENROLL_CODE_LENGTH[1])
    device_id: str = _ID
    device_name: str = Field(min_length=1, max_length=100)
    protocol_version: Int = Field(ge=1, le=MAX_INT)
    app_version: str = Field(max_length=40)


class EnrollResponse(_Strict):
    """The laptop's identity at the hub and its secret token."""

    device_id: str
    device_code: str
    token: str


class PushRecord(_Strict):
    """One outbox row on the wire."""

    kind: RecordKind
    id: str = _ID
    device_seq: Int = Field(ge=0, le=MAX_INT)
    payload: str = Field(min_length=2)
    payload_hash: str = _HASH


class PushBatch(_Strict):
    """Records of whole bills, oldest first."""

    protocol_version: Int = Field(ge=1, le=MAX_INT)
    app_version: str = Field(max_length=40)
    records: list[PushRecord] = Field(max_length=MAX_BATCH_RECORDS)


class RecordResult(_Strict):
    """The hub's answer for one record, given after its commit."""

    id: str
    status: RecordStatus
    reason: str | None = None


class PushResponse(_Strict):
    """One result per pushed record, in the batch's order."""

    results: list[RecordResult]


class Change(_Strict):
    """One entry of the catalogue change log."""

    op_id: int
    kind: ChangeKind
    id: str
    op: Literal["upsert", "delete"]
    data: dict[str, Any] | None = None


class ChangesPage(_Strict):
    """A page of changes; ``next`` is the cursor to ask with next time.

    ``floor`` is the compaction floor: entries at or below it may have been dropped. If it
    rises while a device pages through a full copy, the copy may have missed a deletion and
    starts again.
    """

    changes: list[Change]
    next: int
    complete: bool
    floor: int = 0
    remaining: int = 0   # changes after this page, for a progress bar


class Health(_Strict):
    """What ``GET /v1/health`` answers."""

    status: Literal["ok"]
    protocol_version: int
    min_pull_protocol: int
    app_version: str


class Problem(BaseModel):
    """Every 4xx and 5xx body: a reason a person can read."""

    detail: Any
