"""The seller profile (who is selling) and the manager's discount limit.

The profile decides the document a sale gets: a GST-registered seller under the regular
scheme issues a tax invoice; an unregistered seller or one under the composition scheme
must issue a bill of supply instead (composition dealers may not collect GST).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace

from pos import store
from pos.errors import InputError
from pos.gstin import STATE_CODES, validate_gstin
from pos.store import Database

PROFILE_KEY = "seller_profile"
DISCOUNT_LIMIT_KEY = "discount_limit_bp"
DEFAULT_DISCOUNT_LIMIT_BP = 1000  # 10 %: above this a manager approves the discount

BIHAR = "10"
_VPA = re.compile(r"^[A-Za-z0-9._-]{2,256}@[A-Za-z][A-Za-z0-9.-]{1,64}$")


@dataclass(frozen=True)
class SellerProfile:
    """The stall's legal identity as printed on every bill."""

    name: str = ""
    address: str = ""
    gstin: str | None = None
    state_code: str = BIHAR
    upi_vpa: str | None = None
    upi_payee_name: str | None = None
    phone: str | None = None
    composition: bool = False

    @property
    def registered(self) -> bool:
        """Whether the seller has a GSTIN."""
        return bool(self.gstin)

    @property
    def charges_gst(self) -> bool:
        """Whether bills collect GST: only a registered seller outside the composition
        scheme may (an unregistered seller has no GST to collect; a composition dealer
        pays tax on turnover and may not collect it from buyers)."""
        return self.registered and not self.composition

    @property
    def doc_type(self) -> str:
        """'tax_invoice' for a seller who charges GST, else 'bill_of_supply'."""
        return "tax_invoice" if self.charges_gst else "bill_of_supply"

    @property
    def payee_name(self) -> str:
        """The name UPI apps show the buyer: the payee name, else the stall's name."""
        return self.upi_payee_name or self.name


def validate_vpa(text: str) -> str:
    """A UPI virtual payment address such as 'stall@okaxis', stripped; InputError otherwise."""
    vpa = str(text or "").strip()
    if not _VPA.match(vpa):
        raise InputError(f"'{vpa}' is not a UPI ID; it looks like name@bank.")
    return vpa


def validated(profile: SellerProfile) -> SellerProfile:
    """The profile with its GSTIN, UPI ID and state code checked and normalised."""
    gstin = validate_gstin(profile.gstin) if profile.gstin else None
    state = str(profile.state_code or BIHAR).strip().zfill(2)
    if state not in STATE_CODES:
        raise InputError(f"'{profile.state_code}' is not a GST state code (Bihar is 10).")
    if gstin and gstin[:2] != state:
        raise InputError(
            f"The GSTIN {gstin} belongs to state {gstin[:2]}, not to state {state}."
        )
    vpa = validate_vpa(profile.upi_vpa) if profile.upi_vpa else None
    if profile.composition and not gstin:
        raise InputError("The composition scheme needs a GSTIN; enter it or untick the scheme.")
    return replace(
        profile,
        name=profile.name.strip(),
        address=profile.address.strip(),
        gstin=gstin,
        state_code=state,
        upi_vpa=vpa,
        upi_payee_name=(profile.upi_payee_name or "").strip() or None,
        phone=(profile.phone or "").strip() or None,
        composition=bool(profile.composition),
    )


def seller_profile(db: Database) -> SellerProfile:
    """The stored seller profile (an empty, unregistered one before set-up)."""
    value = store.get_setting(db, PROFILE_KEY, None)
    if not isinstance(value, dict):
        return SellerProfile()
    known = {k: v for k, v in value.items() if k in SellerProfile.__dataclass_fields__}
    return SellerProfile(**known)


def save_seller_profile(db: Database, profile: SellerProfile) -> SellerProfile:
    """Validate and store the profile; returns the normalised profile."""
    clean = validated(profile)
    store.set_setting(db, PROFILE_KEY, asdict(clean))
    return clean


def discount_limit_bp(db: Database) -> int:
    """The discount (basis points of the gross) a cashier may give without a manager."""
    value = store.get_setting(db, DISCOUNT_LIMIT_KEY, DEFAULT_DISCOUNT_LIMIT_BP)
    return int(value) if isinstance(value, int) else DEFAULT_DISCOUNT_LIMIT_BP


def set_discount_limit_bp(db: Database, basis_points: int) -> None:
    """Change the cashier's discount limit (0 to 10000 basis points)."""
    if not isinstance(basis_points, int) or isinstance(basis_points, bool) or not (
        0 <= basis_points <= 10_000
    ):
        raise InputError("The discount limit must be between 0 % and 100 %.")
    store.set_setting(db, DISCOUNT_LIMIT_KEY, basis_points)


_DEVICE_CODE = re.compile(r"^[A-Z0-9]{2,4}$")


def set_device_code(db: Database, code: str, *, force: bool = False) -> str:
    """Set the laptop's device code, the start of every document number (manager setting).

    Refused once this financial year's series of the current code holds a document, since
    the year's invoices would then start over under a new prefix; ``force=True`` allows it
    (say, to undo a clash found late). Returns the code as stored.

    Raises:
        InputError: not 2-4 capital letters or digits, or documents exist and not forced.
    """
    from pos import invoices, records  # records imports the schema; keep profile light

    clean = str(code or "").strip().upper()
    if not _DEVICE_CODE.match(clean):
        raise InputError(f"A device code is 2 to 4 letters or digits (like M03), not '{code}'.")
    with store.write(db):
        current = records.device(db).device_code
        fy = invoices.fy_code(invoices.ist_date())
        used = db.execute(
            "SELECT series, last_no FROM invoice_series WHERE last_no > 0 AND series IN "
            f"({', '.join('?' for _ in invoices.KIND_MARK)}) ORDER BY series LIMIT 1",
            [f"{current}{mark}{fy}" for mark in invoices.KIND_MARK.values()]).fetchone()
        if used is not None and clean != current and not force:
            raise InputError(
                f"Series {used[0]} already has {used[1]} document(s) this financial year; "
                f"changing the code from {current} to {clean} would restart the numbering. "
                "Change it only if you are sure (force).")
        db.execute("UPDATE device SET device_code = ?", [clean])
    return clean
