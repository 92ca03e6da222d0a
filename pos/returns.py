"""Refunds and voids: new records that point at a bill, never edits of it.

A refund gives back some or all pieces of a bill against a credit note (its own number
series), with the tax given back in proportion per line, and puts the pieces back in stock.
A void cancels a whole bill that has had no refund; its invoice number stays used so the
series keeps no gap. Both need a manager.

Proportions are cumulative: the k-th of n pieces gives back round(total x k / n) minus what
the earlier pieces gave back, so refunding a line piece by piece returns exactly its total.
The refund amount is rounded to the rupee the same way, against what was already refunded,
and a bill refunded in full gives back exactly what the buyer paid.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pos import audit, invoices, records, store
from pos.bills import Bill, BillLine, RefundLine, load_bill
from pos.days import BusinessDay, require_open_day
from pos.errors import InputError
from pos.ids import utc_now, uuid7
from pos.money import is_whole, round_bill, round_half_up_div
from pos.payments import Payment, validate_payment
from pos.staff import Staff, active_member, require_manager
from pos.stock import write_movement
from pos.store import Database


@dataclass(frozen=True)
class RefundResult:
    """A written refund and its credit note."""

    refund_id: str
    credit_note_no: str
    invoice_no: str
    amount_paise: int
    taxable_paise: int
    cgst_paise: int
    sgst_paise: int
    igst_paise: int
    round_off_paise: int
    lines: tuple[RefundLine, ...]


@dataclass(frozen=True)
class VoidResult:
    """A written void."""

    void_id: str
    invoice_no: str
    created_at: str


def _share(amount: int, part: int, whole: int) -> int:
    return round_half_up_div(amount * part, whole)


def refund_figures(line: BillLine, before: int, qty: int, inter_state: bool) -> dict[str, int]:
    """The tax and total given back for ``qty`` more pieces after ``before`` were refunded."""

    def upto(k: int) -> tuple[int, int, int, int, int]:
        total = _share(line.total_paise, k, line.qty)
        taxable = _share(line.taxable_paise, k, line.qty)
        tax = total - taxable
        if inter_state:
            return total, taxable, 0, 0, tax
        cgst = tax // 2
        return total, taxable, cgst, tax - cgst, 0

    after, earlier = upto(before + qty), upto(before)
    keys = ("total_paise", "taxable_paise", "cgst_paise", "sgst_paise", "igst_paise")
    return {k: a - b for k, a, b in zip(keys, after, earlier, strict=True)}


def _chosen(bill: Bill, lines: dict[str, int] | None) -> list[tuple[BillLine, int]]:
    by_id = {ln.id: ln for ln in bill.lines}
    if lines is None:
        chosen = [(ln, ln.refundable_qty) for ln in bill.lines if ln.refundable_qty > 0]
    elif not lines:
        raise InputError("Choose the pieces to refund.")
    else:
        chosen = []
        for line_id, qty in lines.items():
            line = by_id.get(line_id)
            if line is None:
                raise InputError(f"Bill {bill.invoice_no} has no line {line_id}.")
            if not is_whole(qty) or qty <= 0:
                raise InputError(f"Refund quantities must be whole numbers above 0, not {qty}.")
            if qty > line.refundable_qty:
                raise InputError(
                    f"Only {line.refundable_qty} of {line.name_en} can still be refunded "
                    f"(sold {line.qty}, refunded {line.refunded_qty})."
                )
            chosen.append((line, qty))
    if not chosen:
        raise InputError(f"Nothing is left to refund on bill {bill.invoice_no}.")
    return chosen


def _approved_bill_action(
    db: Database, invoice_no: str, staff_id: str, approved_by: str | None, what: str,
    now: datetime | None,
) -> tuple[BusinessDay, Staff, Staff, Bill]:
    """What a refund and a void both check inside their transaction: the open day, the
    acting staff, the approving manager, and a bill that has not been voided."""
    day = require_open_day(db, now)
    staff = active_member(db, staff_id)
    approver = require_manager(db, approved_by, what)
    bill = load_bill(db, invoice_no)
    if bill.void is not None:
        raise InputError(f"Bill {bill.invoice_no} was already voided.")
    return day, staff, approver, bill


def refund(
    db: Database,
    invoice_no: str,
    *,
    lines: dict[str, int] | None = None,
    method: str,
    reference: str | None = None,
    reason: str,
    staff_id: str,
    approved_by: str | None,
    now: datetime | None = None,
) -> RefundResult:
    """Give money back for some pieces of a bill (``lines``: order line id -> qty; None: all left).

    Raises:
        InputError: unknown bill, voided bill, more than is left, no reason, bad reference.
        PermissionDenied: no manager approved.
    """
    if not str(reason or "").strip():
        raise InputError("Give a reason for the refund.")
    with store.write(db):
        day, staff, approver, bill = _approved_bill_action(
            db, invoice_no, staff_id, approved_by, "A refund", now)
        chosen = _chosen(bill, lines)
        figures = [refund_figures(ln, ln.refunded_qty, qty, bill.inter_state)
                   for ln, qty in chosen]
        lines_total = sum(f["total_paise"] for f in figures)
        earlier_lines = sum(sum(rl.total_paise for rl in r.lines) for r in bill.refunds)
        earlier_amount = bill.refunded_paise
        everything_back = all(
            (ln.refunded_qty + dict((c.id, q) for c, q in chosen).get(ln.id, 0)) >= ln.qty
            for ln in bill.lines
        )
        after = bill.total_paise if everything_back else min(
            bill.total_paise, round_bill(earlier_lines + lines_total)[0]
        )
        amount = after - earlier_amount
        if amount <= 0:
            raise InputError("This refund rounds to nothing; refund more pieces at once.")
        checked = validate_payment(Payment(method, amount, reference=reference))
        created_at = utc_now(now)
        dev = records.device(db)
        credit_note_no, _, _ = invoices.take_next(db, kind="credit_note", when=now)
        refund_id, seq = uuid7(), records.next_device_seq(db)
        totals = {k: sum(f[k] for f in figures)
                  for k in ("taxable_paise", "cgst_paise", "sgst_paise", "igst_paise")}
        round_off = amount - lines_total
        db.execute(
            "INSERT INTO refunds(id, device_id, device_seq, order_id, credit_note_no, "
            "business_day_id, created_at, staff_id, approved_by, reason, method, reference, "
            "taxable_paise, cgst_paise, sgst_paise, igst_paise, round_off_paise, amount_paise) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [refund_id, dev.device_id, seq, bill.id, credit_note_no, day.id, created_at,
             staff.id, approver.id, reason.strip(), method, checked.reference,
             totals["taxable_paise"], totals["cgst_paise"], totals["sgst_paise"],
             totals["igst_paise"], round_off, amount],
        )
        line_payloads: list[dict[str, Any]] = []
        for (line, qty), fig in zip(chosen, figures, strict=True):
            payload = {"id": uuid7(), "order_line_id": line.id, "sku": line.sku, "qty": qty,
                       **fig}
            db.execute(
                "INSERT INTO refund_lines(id, refund_id, order_line_id, qty, taxable_paise, "
                "cgst_paise, sgst_paise, igst_paise, total_paise) VALUES (?,?,?,?,?,?,?,?,?)",
                [payload["id"], refund_id, line.id, qty, fig["taxable_paise"],
                 fig["cgst_paise"], fig["sgst_paise"], fig["igst_paise"], fig["total_paise"]],
            )
            line_payloads.append(payload)
        records.enqueue(db, kind="refund", record_id=refund_id, device_seq=seq,
                        bundle=refund_id, payload={
            "id": refund_id, "device_id": dev.device_id, "device_seq": seq,
            "order_id": bill.id, "invoice_no": bill.invoice_no,
            "credit_note_no": credit_note_no, "business_date": day.business_date,
            "created_at": created_at, "staff_id": staff.id, "approved_by": approver.id,
            "reason": reason.strip(), "method": method, "reference": checked.reference,
            **totals, "round_off_paise": round_off, "amount_paise": amount,
            "lines": line_payloads,
        })
        for line, qty in chosen:
            if line.sku is not None:
                write_movement(db, sku=line.sku, qty=qty, kind="refund", refund_id=refund_id,
                               order_id=bill.id, staff_id=staff.id, approved_by=approver.id,
                               reason=reason.strip(), created_at=created_at, bundle=refund_id)
        audit.append(db, "refund", staff_id=staff.id, approved_by=approver.id,
                     subject_kind="refund", subject_id=refund_id, bundle=refund_id,
                     details={"invoice_no": bill.invoice_no, "credit_note_no": credit_note_no,
                              "amount_paise": amount, "method": method,
                              "reason": reason.strip()})
    return RefundResult(
        refund_id=refund_id, credit_note_no=credit_note_no, invoice_no=bill.invoice_no,
        amount_paise=amount, round_off_paise=round_off, **totals,
        lines=tuple(RefundLine(**p) for p in line_payloads),
    )


def void(
    db: Database,
    invoice_no: str,
    *,
    reason: str,
    staff_id: str,
    approved_by: str | None,
    now: datetime | None = None,
) -> VoidResult:
    """Cancel a whole bill that has had no refund; stock goes back, the number stays used.

    Raises:
        InputError: unknown bill, already voided, refunded, or no reason.
        PermissionDenied: no manager approved.
    """
    if not str(reason or "").strip():
        raise InputError("Give a reason for voiding the bill.")
    with store.write(db):
        day, staff, approver, bill = _approved_bill_action(
            db, invoice_no, staff_id, approved_by, "Voiding a bill", now)
        if bill.doc_type == "receipt_voucher":
            raise InputError(f"{bill.invoice_no} is a pre-order's advance: cancel the "
                             "pre-order to give the advance back.")
        if bill.business_day_id != day.id:
            # The closed day's Z report and cash count already hold this bill; undoing it
            # now is a refund against a credit note, which the new day reports.
            raise InputError(
                f"Bill {bill.invoice_no} belongs to an earlier, closed business day and can "
                "no longer be voided; give a refund (credit note) instead.")
        if bill.refunds:
            raise InputError(
                f"Bill {bill.invoice_no} has refunds; refund the rest instead of voiding it."
            )
        created_at = utc_now(now)
        dev = records.device(db)
        void_id, seq = uuid7(), records.next_device_seq(db)
        db.execute(
            "INSERT INTO voids(id, device_id, device_seq, order_id, business_day_id, "
            "created_at, staff_id, approved_by, reason) VALUES (?,?,?,?,?,?,?,?,?)",
            [void_id, dev.device_id, seq, bill.id, day.id, created_at, staff.id, approver.id,
             reason.strip()],
        )
        records.enqueue(db, kind="void", record_id=void_id, device_seq=seq, bundle=void_id,
                        payload={
            "id": void_id, "device_id": dev.device_id, "device_seq": seq, "order_id": bill.id,
            "invoice_no": bill.invoice_no, "business_date": day.business_date,
            "created_at": created_at, "staff_id": staff.id, "approved_by": approver.id,
            "reason": reason.strip(),
        })
        if bill.preorder_id is not None:
            # The delivery bill of a pre-order is undone: the pre-order waits again, its
            # advance still held by its receipt voucher.
            db.execute("UPDATE preorders SET status = 'open' WHERE id = ?", [bill.preorder_id])
        # Put back exactly what the sale took (a pre-order's made-to-order piece took none).
        for sku, taken in db.execute(
                "SELECT sku, -sum(qty) FROM stock_movements WHERE order_id = ? AND kind = 'sale' "
                "GROUP BY sku ORDER BY min(rowid)", [bill.id]).fetchall():
            write_movement(db, sku=sku, qty=int(taken), kind="void", void_id=void_id,
                           order_id=bill.id, staff_id=staff.id, approved_by=approver.id,
                           reason=reason.strip(), created_at=created_at, bundle=void_id)
        audit.append(db, "void", staff_id=staff.id, approved_by=approver.id,
                     subject_kind="void", subject_id=void_id, bundle=void_id,
                     details={"invoice_no": bill.invoice_no, "total_paise": bill.total_paise,
                              "reason": reason.strip()})
    return VoidResult(void_id, bill.invoice_no, created_at)
