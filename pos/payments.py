"""How a bill is paid: cash, UPI and card, alone or split.

A bill is complete only when its payments cover it. Only cash may go over the total (the
buyer gets change); UPI and card are taken for the exact amount they carry. A UPI payment is
confirmed by the 12-digit UTR (the bank's reference) the cashier reads from the stall's
phone; a card payment by the outside terminal's reference on its slip.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from urllib.parse import quote

from pos import money
from pos.errors import InputError
from pos.profile import SellerProfile
from pos.store import Database

METHODS = ("cash", "upi", "card")
_UTR = re.compile(r"^[0-9]{12}$")
_CARD_REF = re.compile(r"^[A-Za-z0-9/-]{1,40}$")
NOTE_MAX = 50  # UPI apps cut the note short; keep what matters at the start


@dataclass(frozen=True)
class Payment:
    """One payment towards a bill.

    For cash, ``amount_paise`` is what goes towards the bill and ``tendered_paise`` what the
    buyer handed over (None when exact); before ``validate_cover`` the amount may include
    the change.
    """

    method: str
    amount_paise: int
    tendered_paise: int | None = None
    reference: str | None = None

    @property
    def change_paise(self) -> int:
        """Cash handed back to the buyer."""
        if self.method != "cash" or self.tendered_paise is None:
            return 0
        return self.tendered_paise - self.amount_paise


def normalise_utr(text: str | None) -> str:
    """A UPI transaction reference: exactly 12 digits (spaces ignored)."""
    utr = re.sub(r"\s+", "", str(text or ""))
    if not _UTR.match(utr):
        raise InputError(
            f"A UPI reference (UTR) is 12 digits; '{text or ''}' has {len(utr)} characters."
        )
    return utr


def validate_payment(payment: Payment) -> Payment:
    """One payment checked and normalised; InputError says what is wrong."""
    if payment.method not in METHODS:
        raise InputError(f"Payment method must be cash, UPI or card, not '{payment.method}'.")
    amount = payment.amount_paise
    if not money.is_whole(amount) or amount <= 0:
        raise InputError("A payment must be a positive amount.")
    if payment.method == "cash":
        tendered = payment.tendered_paise
        if tendered is not None and (
            not money.is_whole(tendered) or tendered < amount
        ):
            raise InputError("Cash tendered cannot be less than the cash amount.")
        return replace(payment, reference=None)
    if payment.tendered_paise is not None:
        raise InputError("Only cash is tendered; UPI and card are taken for the exact amount.")
    if payment.method == "upi":
        return replace(payment, reference=normalise_utr(payment.reference))
    ref = str(payment.reference or "").strip()
    if not ref:
        raise InputError("Enter the card terminal's reference from its slip.")
    if not _CARD_REF.match(ref):
        raise InputError(f"'{ref}' is not a card terminal reference (letters and digits).")
    return replace(payment, reference=ref)


def validate_cover(total_paise: int, payments: list[Payment]) -> list[Payment]:
    """Check that ``payments`` pay ``total_paise`` exactly, apart from cash change.

    Returns the payments as they are stored: a cash payment that went over the total is cut
    to what the bill needed, keeping what was tendered, so the change is visible.

    Raises:
        InputError: a bad payment, too little paid, or UPI/card paying more than the bill.
    """
    checked = [validate_payment(p) for p in payments]
    paid = sum(p.amount_paise for p in checked)
    if paid < total_paise:
        raise InputError(
            f"Payments of {money.format_inr(paid)} do not cover the bill of "
            f"{money.format_inr(total_paise)}: {money.format_inr(total_paise - paid)} is still due."
        )
    excess = paid - total_paise
    cash_total = sum(p.amount_paise for p in checked if p.method == "cash")
    if excess > cash_total:
        raise InputError(
            "UPI and card payments cannot be more than the bill; only cash gives change."
        )
    if excess and sum(1 for p in checked if p.method == "cash") > 1:
        raise InputError("Take cash once per bill when it needs change.")
    settled = []
    for p in checked:
        if p.method == "cash" and excess:
            tendered = p.tendered_paise if p.tendered_paise is not None else p.amount_paise
            p = replace(p, amount_paise=p.amount_paise - excess, tendered_paise=tendered)
            excess = 0
            if p.amount_paise == 0:
                raise InputError("The cash is not needed: the other payments cover the bill.")
        settled.append(p)
    return settled


def refuse_reused_utr(db: Database, payments: list[Payment]) -> None:
    """Refuse a UPI reference (UTR) already recorded on a bill: each bank transfer pays one
    bill, and an old payment screenshot shown again is a common fraud.

    Raises:
        InputError: the UTR is on an earlier bill (named) or twice on this one.
    """
    seen: set[str] = set()
    for p in payments:
        if p.method != "upi" or not p.reference:
            continue
        if p.reference in seen:
            raise InputError(f"UPI reference {p.reference} is entered twice on this bill.")
        seen.add(p.reference)
        row = db.execute(
            "SELECT o.invoice_no FROM payments p JOIN orders o ON o.id = p.order_id "
            "WHERE p.method = 'upi' AND p.reference = ? LIMIT 1", [p.reference]).fetchone()
        if row is not None:
            raise InputError(
                f"UPI reference {p.reference} was already used to pay bill {row[0]}: check "
                "the payment on the stall's phone; an old screenshot is not a new payment.")


def change_due(payments: list[Payment]) -> int:
    """Change to hand back for settled payments."""
    return sum(p.change_paise for p in payments)


def upi_link(profile: SellerProfile, amount_paise: int, tr: str, note: str) -> str:
    """The ``upi://pay`` link for a dynamic QR: exact amount, the invoice number as ``tr``.

    Raises:
        InputError: the stall has no UPI ID set, or the amount is not positive.
    """
    if not profile.upi_vpa:
        raise InputError("Set the stall's UPI ID in the seller profile to take UPI payments.")
    if not money.is_whole(amount_paise) or amount_paise <= 0:
        raise InputError("A UPI payment must be a positive amount.")
    amount = f"{Decimal(amount_paise) / 100:.2f}"
    fields = [
        ("pa", profile.upi_vpa), ("pn", profile.payee_name or profile.upi_vpa),
        ("am", amount), ("cu", "INR"), ("tr", tr), ("tn", note.strip()[:NOTE_MAX]),
    ]
    query = "&".join(f"{k}={quote(str(v), safe='@')}" for k, v in fields)
    return f"upi://pay?{query}"
