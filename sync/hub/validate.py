"""Checks on pushed record payloads, per kind, before the hub stores anything.

The hub stores payloads verbatim, so these checks only decide *whether* a record may be
stored: the fields its effects (sales export, artisan ledger, stock, audit chain) read must be
present with the right types. A failure is one sentence naming the field, returned to the
stall as the record's rejection reason.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

Spec = dict[str, type | tuple[type, ...]]

_TEXT = str
_INT = int
_OPT_TEXT = (str, type(None))
_OPT_INT = (int, type(None))

_ORDER: Spec = {
    "invoice_no": _TEXT, "created_at": _TEXT, "round_off_paise": _INT, "total_paise": _INT,
    "lines": list, "payments": list,
}
_ORDER_LINE: Spec = {
    "id": _TEXT, "line_no": _INT, "name_en": _TEXT, "hsn": _TEXT, "gst_rate": _INT, "qty": _INT,
    "gross_paise": _INT, "discount_paise": _INT, "taxable_paise": _INT, "cgst_paise": _INT,
    "sgst_paise": _INT, "igst_paise": _INT, "total_paise": _INT, "sku": _OPT_TEXT,
    "artisan_id": _OPT_TEXT,
}
_PAYMENT: Spec = {"method": _TEXT, "amount_paise": _INT}
_REFUND: Spec = {"order_id": _TEXT, "created_at": _TEXT, "amount_paise": _INT, "lines": list}
_REFUND_LINE: Spec = {
    "order_line_id": _TEXT, "qty": _INT, "taxable_paise": _INT, "total_paise": _INT,
}
_SPECS: dict[str, Spec] = {
    "order": _ORDER,
    "refund": _REFUND,
    "void": {"order_id": _TEXT, "created_at": _TEXT},
    "lead": {"created_at": _TEXT, "phone_e164": _OPT_TEXT, "consent": (bool, int)},
    "lead_erasure": {"lead_id": _TEXT, "erased_at": _TEXT},
    "preorder": {"created_at": _TEXT, "phone_e164": _TEXT, "items": list, "total_paise": _INT},
    "stock_movement": {"sku": _TEXT, "qty": _INT, "created_at": _TEXT},
    "day_close": {"business_date": _TEXT},
    "audit": {
        "chain_no": _INT, "created_at": _TEXT, "action": _TEXT, "details": _TEXT,
        "prev_hash": _TEXT, "hash": _TEXT,
    },
}


_LIMIT = 2**63 - 1   # what the database's integers hold


class Invalid(ValueError):
    """A payload the hub refuses; the message is the rejection reason."""


def _check(obj: Any, spec: Spec, where: str) -> None:
    if not isinstance(obj, dict):
        raise Invalid(f"{where} is not a JSON object")
    for name, types in spec.items():
        if name not in obj:
            raise Invalid(f"{where} has no {name}")
        value = obj[name]
        # bool is an int in Python; a money field holding true is a bug on the sender.
        if isinstance(value, bool) and types in (_INT, _OPT_INT):
            raise Invalid(f"{where}.{name} must be an integer")
        if not isinstance(value, types):
            raise Invalid(f"{where}.{name} has the wrong type ({type(value).__name__})")
        if isinstance(value, int) and not -_LIMIT <= value <= _LIMIT:
            raise Invalid(f"{where}.{name} is out of range")
        if name.endswith("_at") and isinstance(value, str):
            try:
                datetime.fromisoformat(value)
            except ValueError as exc:
                raise Invalid(f"{where}.{name} is not an ISO-8601 time") from exc


def check_payload(kind: str, payload: Any) -> None:
    """Raise ``Invalid`` unless ``payload`` has what the hub needs for a record of ``kind``."""
    spec = _SPECS.get(kind)
    if spec is None:
        raise Invalid(f"unknown record kind {kind!r}")
    _check(payload, spec, kind)
    if kind == "order":
        if not payload["lines"]:
            raise Invalid("order has no lines")
        for i, line in enumerate(payload["lines"]):
            _check(line, _ORDER_LINE, f"order.lines[{i}]")
            if line["qty"] <= 0:
                raise Invalid(f"order.lines[{i}].qty must be positive")
        for i, pay in enumerate(payload["payments"]):
            _check(pay, _PAYMENT, f"order.payments[{i}]")
        # Older stalls send no advance_adjusted_paise: it is then 0.
        advance = payload.get("advance_adjusted_paise", 0)
        if isinstance(advance, bool) or not isinstance(advance, int) or not (
                0 <= advance <= payload["total_paise"]):
            raise Invalid("order.advance_adjusted_paise must be an integer from 0 to the total")
    elif kind == "refund":
        for i, line in enumerate(payload["lines"]):
            _check(line, _REFUND_LINE, f"refund.lines[{i}]")
    elif kind == "stock_movement" and payload["qty"] == 0:
        raise Invalid("stock_movement.qty must not be zero")
