"""The cart: what the buyer is taking, with discounts and GST, before it is paid.

Pure arithmetic, no database: the sell screen edits a ``Cart`` and shows ``totals()``;
``pos.sales.checkout`` re-reads prices and stock and stores exactly these figures.

Tax rules (``pos.money``): a line's gross is qty x unit price (GST-inclusive MRP); its own
discount comes off first, then the bill discount is spread over the lines in proportion to
what is left (largest remainder, so the shares add up exactly); GST is split out of what
the buyer really pays for the line. The bill is the sum of line totals rounded to the rupee.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Protocol

from pos import money
from pos.errors import InputError
from pos.gstin import STATE_CODES, validate_gstin
from pos.phone import normalise_mobile
from pos.schema import GST_RATES

KINDS = ("percent", "amount")
# Rule 46 of the CGST Rules: an unregistered buyer's name and address go on invoices from
# Rs 50,000 up.
BUYER_DETAILS_FROM_PAISE = 50_000_00


class ProductLike(Protocol):
    """What the cart needs from a catalogue product (``pos.catalogue.Product`` fits)."""

    sku: str
    name_en: str
    name_hi: str
    hsn: str
    gst_rate: int
    mrp_paise: int
    craft_code: str | None
    artisan_id: str | None
    one_of_a_kind: bool
    stock: int


class BuyerDetailsNeeded(InputError):
    """The bill must name its buyer (name and address) before it can be completed."""


def _whole(value: object, what: str) -> int:
    if not money.is_whole(value):
        raise InputError(f"{what} must be a whole number, not '{value}'.")
    return value


@dataclass(frozen=True)
class Discount:
    """A discount with its reason: percent in basis points (1250 = 12.5 %) or paise."""

    kind: str
    value: int
    reason: str

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise InputError(f"A discount is a percent or an amount, not '{self.kind}'.")
        value = _whole(self.value, "A discount")
        if value <= 0:
            raise InputError("A discount must be more than zero.")
        if self.kind == "percent" and value > 10_000:
            raise InputError("A discount cannot be more than 100 %.")
        if not str(self.reason or "").strip():
            raise InputError("Give a reason for the discount.")

    def amount_on(self, gross_paise: int) -> int:
        """The discount in paise on an amount; InputError if it exceeds the amount."""
        if self.kind == "percent":
            return money.percent_of(gross_paise, self.value)
        if self.value > gross_paise:
            raise InputError(
                f"A discount of {money.format_inr(self.value)} is more than the amount "
                f"{money.format_inr(gross_paise)}."
            )
        return self.value


@dataclass(frozen=True)
class Buyer:
    """Who is buying, when they want it on the bill. Every field is optional."""

    name: str | None = None
    phone: str | None = None
    address: str | None = None
    gstin: str | None = None
    state_code: str | None = None

    def validated(self) -> Buyer:
        """This buyer with the phone as E.164, the GSTIN checked and the state code set."""
        gstin = validate_gstin(self.gstin) if self.gstin else None
        typed = (self.state_code or "").strip()
        state = typed.zfill(2) if typed else None
        if state and state not in STATE_CODES:
            # The state decides CGST+SGST or IGST and is printed as the place of supply.
            raise InputError(f"'{self.state_code}' is not a GST state code (Delhi is 07).")
        if gstin and state and state != gstin[:2]:
            raise InputError(f"The buyer's GSTIN {gstin} is from state {gstin[:2]}, not {state}.")
        return Buyer(
            name=(self.name or "").strip() or None,
            phone=normalise_mobile(self.phone) if self.phone else None,
            address=(self.address or "").strip() or None,
            gstin=gstin,
            state_code=gstin[:2] if gstin else state,
        )

    @property
    def is_empty(self) -> bool:
        """True when nothing about the buyer was given."""
        return not any((self.name, self.phone, self.address, self.gstin, self.state_code))


@dataclass
class CartLine:
    """One product on the bill with its quantity, price and any discount or override."""

    sku: str | None               # None for lines outside the catalogue (advances)
    name_en: str
    name_hi: str
    hsn: str
    gst_rate: int
    unit_price_paise: int
    qty: int = 1
    craft_code: str | None = None
    artisan_id: str | None = None
    one_of_a_kind: bool = False
    stock: int = 0                        # level when added; checkout re-reads it
    mrp_paise: int = 0                    # the catalogue price, kept when overridden
    discount: Discount | None = None
    price_override_by: str | None = None
    stock_override_by: str | None = None

    @property
    def gross_paise(self) -> int:
        """Quantity times unit price, before discounts."""
        return self.qty * self.unit_price_paise


@dataclass(frozen=True)
class LineTotals:
    """The figures of one line as stored and printed."""

    gross_paise: int
    line_discount_paise: int
    bill_discount_paise: int               # this line's share of the bill discount
    taxable_paise: int
    cgst_paise: int
    sgst_paise: int
    igst_paise: int
    total_paise: int

    @property
    def discount_paise(self) -> int:
        """All discount on the line (its own plus its share of the bill's)."""
        return self.line_discount_paise + self.bill_discount_paise


@dataclass(frozen=True)
class BillTotals:
    """The bill's figures: per line, summed, rounded."""

    lines: tuple[LineTotals, ...]
    gross_paise: int
    discount_paise: int
    bill_discount_paise: int
    taxable_paise: int
    cgst_paise: int
    sgst_paise: int
    igst_paise: int
    subtotal_paise: int                   # sum of line totals, before rounding
    round_off_paise: int
    total_paise: int


@dataclass
class Cart:
    """The bill being built at the counter."""

    lines: list[CartLine] = field(default_factory=list)
    bill_discount: Discount | None = None
    inter_state: bool = False
    _buyer: Buyer = field(default_factory=Buyer)
    # False on a bill of supply (``SellerProfile.charges_gst``): the prices stay the same,
    # but no GST is split out of them because the seller collects none.
    charges_gst: bool = True

    @property
    def buyer(self) -> Buyer:
        """The buyer's details (validated when set)."""
        return self._buyer

    @buyer.setter
    def buyer(self, value: Buyer | None) -> None:
        self._buyer = (value or Buyer()).validated()

    def _line(self, i: int) -> CartLine:
        if not money.is_whole(i) or not 0 <= i < len(self.lines):
            raise InputError(f"There is no line {i} on this bill.")
        return self.lines[i]

    @staticmethod
    def _check_qty(line: CartLine, qty: object) -> int:
        value = _whole(qty, "A quantity")
        if value <= 0:
            raise InputError(
                f"The quantity must be at least 1 (got {value}); remove the line instead."
            )
        if line.one_of_a_kind and value != 1:
            raise InputError(f"{line.name_en} is one of a kind: the quantity can only be 1.")
        return value

    @contextmanager
    def _keeping_bill_discount(self) -> Iterator[None]:
        """Undo a change that would leave the bill discount larger than the bill."""
        before = [replace(line) for line in self.lines]
        yield
        try:
            self.totals()
        except InputError:
            self.lines[:] = before
            raise InputError(
                "The bill discount would be more than the bill; lower it first."
            ) from None

    def add(self, product: ProductLike, qty: int = 1) -> int:
        """Add a product (or more of one already on the bill); returns the line index."""
        more = _whole(qty, "A quantity")
        if more <= 0:
            raise InputError(f"Add at least 1 piece (got {more}).")
        for i, line in enumerate(self.lines):
            if line.sku == product.sku and line.price_override_by is None:
                self.set_qty(i, line.qty + more)
                return i
        if not getattr(product, "active", True):
            raise InputError(f"{product.sku} is no longer sold.")
        line = CartLine(
            sku=product.sku, name_en=product.name_en, name_hi=product.name_hi,
            hsn=product.hsn, gst_rate=int(product.gst_rate),
            unit_price_paise=int(product.mrp_paise), craft_code=product.craft_code,
            artisan_id=product.artisan_id, one_of_a_kind=bool(product.one_of_a_kind),
            stock=int(product.stock or 0), mrp_paise=int(product.mrp_paise),
        )
        line.qty = self._check_qty(line, more)
        self.lines.append(line)
        return len(self.lines) - 1

    def set_qty(self, i: int, qty: int) -> None:
        """Change a line's quantity (at least 1; one-of-a-kind pieces stay at 1)."""
        line = self._line(i)
        new_qty = self._check_qty(line, qty)
        if line.discount and line.discount.kind == "amount" and line.discount.value > (
            new_qty * line.unit_price_paise
        ):
            raise InputError("The line's discount would be more than the line; lower it first.")
        with self._keeping_bill_discount():
            line.qty = new_qty

    def remove(self, i: int) -> None:
        """Take a line off the bill."""
        self._line(i)
        with self._keeping_bill_discount():
            del self.lines[i]

    def set_line_discount(self, i: int, discount: Discount | None) -> None:
        """Give (or clear, with None) a discount on one line."""
        line = self._line(i)
        if discount is not None:
            discount.amount_on(line.gross_paise)
        with self._keeping_bill_discount():
            line.discount = discount

    def set_bill_discount(self, discount: Discount | None) -> None:
        """Give (or clear) a discount on the whole bill, after line discounts."""
        if discount is not None:
            discount.amount_on(sum(self._net_of_line_discounts()))
        self.bill_discount = discount

    def override_price(self, i: int, paise: int, approved_by: str) -> None:
        """Sell one line at another unit price, approved by a manager."""
        line = self._line(i)
        price = _whole(paise, "A price")
        if price < 0:
            raise InputError("A price cannot be negative.")
        if not approved_by:
            raise InputError("A price change needs a manager's approval.")
        refuse_above_mrp(line, price)
        if line.discount and line.discount.kind == "amount" and line.discount.value > (
            price * line.qty
        ):
            raise InputError("The line's discount would be more than the new price.")
        with self._keeping_bill_discount():
            line.unit_price_paise = price
            line.price_override_by = approved_by

    def allow_below_stock(self, i: int, approved_by: str) -> None:
        """Let a manager allow this line to sell more than the stock shows."""
        if not approved_by:
            raise InputError("Selling below stock needs a manager's approval.")
        self._line(i).stock_override_by = approved_by

    def validate(self) -> None:
        """Check every line again (lines are plain data a caller could have edited)."""
        for line in self.lines:
            self._check_qty(line, line.qty)
            price = _whole(line.unit_price_paise, "A price")
            if price < 0:
                raise InputError(f"The price of {line.name_en} cannot be negative.")
            if line.gst_rate not in GST_RATES:
                raise InputError(f"{line.gst_rate} % is not a GST rate ({line.name_en}).")
            if line.discount:
                line.discount.amount_on(line.gross_paise)

    def _net_of_line_discounts(self) -> list[int]:
        return [
            line.gross_paise - (line.discount.amount_on(line.gross_paise) if line.discount else 0)
            for line in self.lines
        ]

    def totals(self) -> BillTotals:
        """Every figure of the bill, exactly as it will be stored and printed."""
        nets = self._net_of_line_discounts()
        bill_discount = self.bill_discount.amount_on(sum(nets)) if self.bill_discount else 0
        shares = money.allocate(bill_discount, nets)
        lines = []
        for line, net, share in zip(self.lines, nets, shares, strict=True):
            paid = net - share
            tax = money.split_tax(paid, line.gst_rate if self.charges_gst else 0,
                                  inter_state=self.inter_state)
            lines.append(LineTotals(
                gross_paise=line.gross_paise, line_discount_paise=line.gross_paise - net,
                bill_discount_paise=share, taxable_paise=tax.taxable, cgst_paise=tax.cgst,
                sgst_paise=tax.sgst, igst_paise=tax.igst, total_paise=paid,
            ))
        subtotal = sum(t.total_paise for t in lines)
        total, round_off = money.round_bill(subtotal)
        return BillTotals(
            lines=tuple(lines),
            gross_paise=sum(t.gross_paise for t in lines),
            discount_paise=sum(t.discount_paise for t in lines),
            bill_discount_paise=bill_discount,
            taxable_paise=sum(t.taxable_paise for t in lines),
            cgst_paise=sum(t.cgst_paise for t in lines),
            sgst_paise=sum(t.sgst_paise for t in lines),
            igst_paise=sum(t.igst_paise for t in lines),
            subtotal_paise=subtotal, round_off_paise=round_off, total_paise=total,
        )

    def check_ready(self) -> BillTotals:
        """The totals, or InputError if the bill cannot be completed as it stands."""
        if not self.lines:
            raise InputError("The bill is empty; add a product first.")
        self.validate()
        totals = self.totals()
        buyer = self.buyer
        if buyer.gstin and not (buyer.name and buyer.address):
            # Rule 46(d): a registered buyer's invoice names them with the GSTIN.
            raise BuyerDetailsNeeded("With the buyer's GSTIN the bill must carry their name "
                                     "and address too.")
        if totals.total_paise >= BUYER_DETAILS_FROM_PAISE and not (buyer.name and buyer.address):
            raise BuyerDetailsNeeded(
                "From ₹50,000 up the bill must carry the buyer's name and address."
            )
        return totals

    def copy(self) -> Cart:
        """An independent copy (lines are mutable)."""
        return Cart(
            lines=[replace(line) for line in self.lines], bill_discount=self.bill_discount,
            inter_state=self.inter_state, _buyer=self._buyer, charges_gst=self.charges_gst,
        )


def needs_manager(cart: Cart, limit_bp: int, totals: BillTotals | None = None) -> list[str]:
    """Why this bill needs a manager's PIN at checkout (empty when a cashier may finish it).

    Discounts count against ``limit_bp`` per line and over the whole bill. ``totals``:
    the cart's ``totals()`` when the caller has just computed them (checkout), else they
    are computed here.
    """
    reasons: list[str] = []
    totals = totals if totals is not None else cart.totals()
    for line, figures in zip(cart.lines, totals.lines, strict=True):
        if figures.line_discount_paise * 10_000 > limit_bp * figures.gross_paise:
            reasons.append(
                f"Discount on {line.name_en} is above the {limit_bp / 100:g} % limit."
            )
        if line.price_override_by is not None:
            reasons.append(
                f"Price of {line.name_en} changed from {money.format_inr(line.mrp_paise)} "
                f"to {money.format_inr(line.unit_price_paise)}."
            )
    if totals.discount_paise * 10_000 > limit_bp * totals.gross_paise:
        reasons.append(f"Discount on the bill is above the {limit_bp / 100:g} % limit.")
    return reasons


def refuse_above_mrp(line: CartLine, price: int) -> None:
    """Refuse a unit price above the catalogue MRP: the Legal Metrology rules forbid
    selling a packaged piece above its printed MRP, so an override may only lower it."""
    if line.sku is not None and price > line.mrp_paise:
        raise InputError(
            f"{money.format_inr(price)} is above the MRP of {line.name_en} "
            f"({money.format_inr(line.mrp_paise)}): a piece cannot be sold above its MRP; "
            "a price change can only lower the price.")


def discount_needs_manager(cart: Cart, limit_bp: int, totals: BillTotals | None = None) -> bool:
    """True when some discount on the bill is above the cashier's limit (``totals`` as for
    ``needs_manager``)."""
    return any(r.startswith("Discount") for r in needs_manager(cart, limit_bp, totals))
