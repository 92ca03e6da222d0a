"""Synthetic trading for trials and benchmarks: M realistic sales through the app's own path.

Every bill is built in a ``pos.cart.Cart`` and completed by ``pos.sales.checkout``; refunds,
voids, pre-orders, leads, sign-in and approvals go through ``pos.sales``, ``pos.preorders``,
``pos.leads`` and ``pos.staff`` exactly as the sell screen calls them. So a demo data folder
holds what a real stall would: consecutive invoice numbers, outbox rows, stock movements and
an intact audit chain, ready for the Z report, the sales export and a sync to a hub.

The mix follows a busy mela stall: mostly one- or two-line bills, cash and UPI in about
equal measure, some card and split payments, a few discounts (the larger ones approved by
the manager), about 3 % of bills refunded and 1 % voided, a lead or a pre-order now and then.

The demo staff are "Rekha Devi" (manager, PIN ``DEMO_MANAGER_PIN``) and "Sonu Kumar"
(cashier, PIN ``DEMO_CASHIER_PIN``), created if missing; the PINs are documented so a
trial user can sign in as them. Never run this against a live stall's data folder.

For speed, sales are committed in batches (each checkout is still its own savepoint, so a
refused sale leaves no trace), and the manager approves each kind of action once per run,
as a manager standing at the till would, rather than paying for a PIN hash per bill.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from pos import days, leads, staff, stock, store
from pos.cart import Buyer, Cart, Discount
from pos.errors import InputError, MelaError
from pos.ids import ist_today
from pos.money import is_whole
from pos.payments import Payment
from pos.phone import normalise_mobile
from pos.preorders import deliver_preorder, delivery_due, list_preorders, take_preorder
from pos.profile import discount_limit_bp
from pos.sales import Sale, checkout, load_bill, refund, void
from pos.store import Database

DEMO_MANAGER = "Rekha Devi"
DEMO_CASHIER = "Sonu Kumar"
DEMO_MANAGER_PIN = "2468"
DEMO_CASHIER_PIN = "1357"
OPENING_FLOAT_PAISE = 200_000
BATCH = 200

REFUND_RATE = 0.03
VOID_RATE = 0.01
LEAD_RATE = 0.05
PREORDER_RATE = 0.02
DELIVERY_RATE = 0.02   # an open pre-order handed over, its advance applied to the bill

BUYERS = (
    "Anita Sinha", "Ravi Ranjan", "Sushma Kumari", "Amit Jha", "Pooja Mishra", "Rahul Verma",
    "Neha Thakur", "Manoj Yadav", "Kavita Devi", "Sanjay Paswan", "Priya Choudhary",
    "Vikash Singh", "Meera Sahni", "Arjun Mehta", "Farhana Khatoon", "Deepak Gupta",
)
# (district, a PIN code in it) for delivery addresses and lead districts.
PLACES = (
    ("Patna", "800001"), ("Gaya", "823001"), ("Bhagalpur", "812001"),
    ("Muzaffarpur", "842001"), ("Darbhanga", "846004"), ("Madhubani", "847211"),
    ("Purnia", "854301"), ("Saran", "841301"), ("Nalanda", "803101"), ("Vaishali", "844101"),
)
WISHES = (
    "Large Madhubani painting on canvas, Radha-Krishna", "Sikki grass jewellery box",
    "Tussar silk saree, natural colour", "Manjusha art wall panel", "Sujani quilt, double bed",
    "Tikuli art coasters set of 6", "Applique (Khatwa) cushion covers", "Bamboo lamp shade",
)


@dataclass
class _Shelf:
    """A product as the cart needs it (``pos.cart.ProductLike``)."""

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
    active: bool = True


class _Stall:
    """The run's state: who works, which manager approvals are in hand, what was sold."""

    def __init__(self, db: Database, rng: random.Random) -> None:
        self.db = db
        self.rng = rng
        self.manager = _demo_staff(db, DEMO_MANAGER, "manager", DEMO_MANAGER_PIN)
        self.cashier = _demo_staff(db, DEMO_CASHIER, "cashier", DEMO_CASHIER_PIN)
        staff.sign_in(db, self.cashier.id, DEMO_CASHIER_PIN)
        self._approvals: dict[str, str] = {}
        self.sales: list[Sale] = []
        self.touched: set[str] = set()   # invoice numbers already refunded or voided
        self.counts = {"sales": 0, "refunds": 0, "voids": 0, "leads": 0, "preorders": 0,
                       "deliveries": 0, "discounts": 0, "split_payments": 0, "refused": 0}

    def approval(self, action: str) -> str:
        """The manager's id for ``action``, asking for the PIN the first time only."""
        if action not in self._approvals:
            approver = staff.approve(self.db, self.manager.id, DEMO_MANAGER_PIN,
                                     action=action, for_staff=self.cashier.id)
            self._approvals[action] = approver.id
        return self._approvals[action]


def _demo_staff(db: Database, name: str, role: str, pin: str) -> staff.Staff:
    for person in staff.list_staff(db):
        if person.name == name and person.role == role:
            return person
    return staff.create_staff(db, name, role, pin)


def _shelf(db: Database) -> list[_Shelf]:
    rows = db.execute(
        "SELECT p.sku, p.name_en, p.name_hi, p.hsn, p.gst_rate, p.mrp_paise, p.craft_code, "
        "p.artisan_id, p.one_of_a_kind, coalesce(s.qty, 0) FROM products p "
        "LEFT JOIN stock_levels s ON s.sku = p.sku "
        "WHERE p.active = 1 AND p.mrp_paise > 0 ORDER BY p.id"
    ).fetchall()
    return [_Shelf(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]), r[9])
            for r in rows]


def _pick_products(stall: _Stall, shelf: list[_Shelf], sold_unique: set[str]) -> list[_Shelf]:
    """1-4 different products, cheaper pieces more often (as at a real stall)."""
    rng = stall.rng
    n_lines = rng.choices((1, 2, 3, 4), weights=(50, 30, 15, 5))[0]
    picked: dict[str, _Shelf] = {}
    for _ in range(n_lines * 4):
        if len(picked) == n_lines:
            break
        candidates = rng.sample(shelf, min(3, len(shelf)))
        product = min(candidates, key=lambda p: p.mrp_paise) if rng.random() < 0.6 else (
            candidates[0])
        if product.sku in picked or (product.one_of_a_kind and product.sku in sold_unique):
            continue
        picked[product.sku] = product
    return list(picked.values())


def _ensure_stock(db: Database, product: _Shelf, qty: int) -> None:
    """Top the stall up as a hub allocation would, when the shelf runs short."""
    have = stock.level(db, product.sku)
    if have >= qty:
        return
    if product.one_of_a_kind:
        stock.allocate_local(db, product.sku, 1 - have)
    else:
        stock.allocate_local(db, product.sku, qty - have + 20)


def _random_mobile(rng: random.Random) -> str:
    while True:
        text = f"{rng.choice('6789')}{rng.randrange(10**9):09d}"
        try:
            return normalise_mobile(text)
        except InputError:
            continue


def _fresh_utr(db: Database, rng: random.Random) -> str:
    """A UPI reference no bill of the stall has used (a demo run again with the same seed
    would otherwise repeat them, and a UTR pays one bill only)."""
    while True:
        utr = f"{rng.randrange(10**11, 10**12)}"
        if db.execute("SELECT 1 FROM payments WHERE method = 'upi' AND reference = ?",
                      [utr]).fetchone() is None:
            return utr


def _payments(db: Database, rng: random.Random, total: int) -> list[Payment]:
    """Cash (often with change), UPI with its UTR, card with a terminal reference, splits."""
    kind = rng.choices(("cash", "upi", "card", "split"), weights=(44, 40, 10, 6))[0]
    utr = _fresh_utr(db, rng)
    if kind == "cash":
        tendered = -(-total // 50000) * 50000 if rng.random() < 0.5 else total
        return [Payment("cash", tendered)]
    if kind == "upi":
        return [Payment("upi", total, reference=utr)]
    if kind == "card":
        return [Payment("card", total, reference=f"TID{rng.randrange(10**6):06d}")]
    cash = min(total - 100, rng.choice((20000, 50000, 100000))) if total > 200 else 0
    if cash <= 0:
        return [Payment("upi", total, reference=utr)]
    return [Payment("cash", cash), Payment("upi", total - cash, reference=utr)]


def _one_sale(stall: _Stall, shelf: list[_Shelf], sold_unique: set[str]) -> None:
    db, rng = stall.db, stall.rng
    products = _pick_products(stall, shelf, sold_unique)
    cart = Cart()
    for product in products:
        qty = 1 if product.one_of_a_kind or product.mrp_paise > 200_000 else (
            rng.choices((1, 2, 3), weights=(80, 15, 5))[0])
        _ensure_stock(db, product, qty)
        cart.add(product, qty)
    approved_by = None
    roll = rng.random()
    if roll < 0.08:
        cart.set_line_discount(0, Discount("percent", 500, "mela offer"))
        stall.counts["discounts"] += 1
    elif roll < 0.11:
        cart.set_bill_discount(Discount("percent", 1500, "bulk purchase"))
        stall.counts["discounts"] += 1
    totals = cart.totals()
    if totals.discount_paise * 10_000 > discount_limit_bp(db) * totals.gross_paise:
        approved_by = stall.approval("discount")
    name = rng.choice(BUYERS)
    district, pin = rng.choice(PLACES)
    if totals.total_paise >= 50_000_00:
        cart.buyer = Buyer(name=name, address=f"Main Road, {district} {pin}",
                           phone=_random_mobile(rng))
    elif rng.random() < 0.15:
        cart.buyer = Buyer(phone=_random_mobile(rng))
    if rng.random() < 0.04:
        cart.inter_state = True
        cart.buyer = Buyer(name=name, address="Connaught Place, New Delhi 110001",
                           state_code="07")
    payments = _payments(db, rng, totals.total_paise) if totals.total_paise else []
    sale = checkout(db, cart, payments, staff_id=stall.cashier.id, approved_by=approved_by)
    stall.sales.append(sale)
    stall.counts["sales"] += 1
    stall.counts["split_payments"] += len(sale.payments) > 1
    sold_unique.update(p.sku for p in products if p.one_of_a_kind)


def _one_refund(stall: _Stall) -> None:
    rng = stall.rng
    candidates = [s for s in stall.sales[-200:] if s.invoice_no not in stall.touched
                  and s.total_paise > 0]
    if not candidates:
        return
    sale = rng.choice(candidates)
    bill = load_bill(stall.db, sale.invoice_no)
    whole = rng.random() < 0.5 or (len(bill.lines) == 1 and bill.lines[0].qty == 1)
    lines = None if whole else {bill.lines[0].id: 1}
    method = "upi" if any(p.method == "upi" for p in bill.payments) else "cash"
    reference = f"{rng.randrange(10**11, 10**12)}" if method == "upi" else None
    refund(stall.db, sale.invoice_no, lines=lines, method=method, reference=reference,
           reason=rng.choice(("damaged in transit", "wrong size", "buyer changed mind")),
           staff_id=stall.cashier.id, approved_by=stall.approval("refund"))
    stall.touched.add(sale.invoice_no)
    stall.counts["refunds"] += 1


def _one_void(stall: _Stall) -> None:
    candidates = [s for s in stall.sales[-20:] if s.invoice_no not in stall.touched]
    if not candidates:
        return
    sale = stall.rng.choice(candidates)
    void(stall.db, sale.invoice_no, reason="entered by mistake", staff_id=stall.cashier.id,
         approved_by=stall.approval("void"))
    stall.touched.add(sale.invoice_no)
    stall.counts["voids"] += 1


def _one_lead(stall: _Stall, shelf: list[_Shelf]) -> None:
    rng = stall.rng
    interests: list[dict[str, Any]] = (
        [{"sku": rng.choice(shelf).sku}] if rng.random() < 0.5 else [{"text": rng.choice(WISHES)}]
    )
    hindi = rng.random() < 0.6
    district, _pin = rng.choice(PLACES)
    leads.take_lead(
        stall.db, phone=_random_mobile(rng), name=rng.choice((*BUYERS, None)),
        district=district, interests=interests,
        note=rng.choice((None, "call after Chhath", "wants it for a wedding")),
        consent=rng.random() < 0.9,
        notice_text=leads.CONSENT_NOTICE_HI if hindi else leads.CONSENT_NOTICE_EN,
        staff_id=stall.cashier.id,
    )
    stall.counts["leads"] += 1


def _one_preorder(stall: _Stall, shelf: list[_Shelf]) -> None:
    rng = stall.rng
    items: list[dict[str, Any]]
    if rng.random() < 0.5:
        product = rng.choice(shelf)
        items = [{"sku": product.sku, "qty": 1, "unit_price_paise": product.mrp_paise}]
    else:
        items = [{"description": rng.choice(WISHES), "qty": 1,
                  "unit_price_paise": rng.randrange(1500, 25000) * 100}]
    total = sum(i["qty"] * i["unit_price_paise"] for i in items)
    advance = total * rng.choice((0, 25, 50)) // 100 // 100 * 100
    method = rng.choice(("cash", "upi"))
    payments = ([Payment(method, advance, reference=(
        _fresh_utr(stall.db, rng) if method == "upi" else None))] if advance else [])
    district, pin = rng.choice(PLACES)
    take_preorder(
        stall.db, phone=_random_mobile(rng), buyer_name=rng.choice(BUYERS),
        address=f"House {rng.randrange(1, 400)}, Ward {rng.randrange(1, 50)}, {district}",
        pin_code=pin, promised_date=ist_today() + timedelta(days=rng.randrange(7, 45)),
        items=items, advance=payments, staff_id=stall.cashier.id,
        note=rng.choice((None, "gift wrap", "deliver after 5 pm")),
    )
    stall.counts["preorders"] += 1


def _one_delivery(stall: _Stall) -> None:
    """Hand over an open pre-order: its tax invoice applies the advance; the rest is paid."""
    waiting = list_preorders(stall.db)
    if not waiting:
        return
    order = stall.rng.choice(waiting)
    due = delivery_due(stall.db, order.preorder_no)
    payments = _payments(stall.db, stall.rng, due) if due else []
    stall.sales.append(deliver_preorder(stall.db, order.id, payments=payments,
                                        staff_id=stall.cashier.id))
    stall.counts["deliveries"] += 1


def add_sales(db: Database, m: int, *, seed: int | None = None) -> dict[str, Any]:
    """Add ``m`` completed sales (plus refunds, voids, leads, pre-orders) to the open day.

    Opens today's business day with a Rs 2,000 float when none is open, and creates the
    demo manager and cashier when missing. Prints nothing.

    Returns:
        Counts: sales, refunds, voids, leads, preorders, deliveries (pre-orders handed
        over, each a bill of its own), discounts, split_payments, refused
        (bills a rule turned away, e.g. a refund too small to round to a rupee), the
        business_date and the day's total_paise so far.

    Raises:
        InputError: ``m`` is negative, the catalogue has no products, or today's day is
            already closed.
    """
    if not is_whole(m) or m < 0:
        raise InputError("The number of demo sales must be a whole number, 0 or more.")
    shelf = _shelf(db)
    if not shelf and m:
        raise InputError("The catalogue is empty: add products first (demo --products N).")
    rng = random.Random(seed)
    stall = _Stall(db, rng)
    day = days.current_day(db) or days.open_day(
        db, staff_id=stall.cashier.id, float_paise=OPENING_FLOAT_PAISE)
    sold_unique = {r[0] for r in db.execute(
        "SELECT p.sku FROM products p JOIN stock_levels s ON s.sku = p.sku "
        "WHERE p.one_of_a_kind = 1 AND s.qty <= 0")}
    done = tries = 0
    while done < m:
        with store.write(db):
            for _ in range(min(BATCH, m - done)):
                done += _event(stall, shelf, sold_unique)
                tries += 1
        if tries > 3 * m + 10:
            raise InputError("The demo catalogue cannot supply enough sales (all sold out?).")
    report = days.z_report(db, day.id)
    return {**stall.counts, "business_date": day.business_date,
            "total_paise": report.total_paise}


def _event(stall: _Stall, shelf: list[_Shelf], sold_unique: set[str]) -> int:
    """One sale, sometimes followed by a refund, void, lead or pre-order; 1 if it sold."""
    rng = stall.rng
    before = stall.counts["sales"]
    steps = [lambda: _one_sale(stall, shelf, sold_unique)]
    if rng.random() < REFUND_RATE:
        steps.append(lambda: _one_refund(stall))
    if rng.random() < VOID_RATE:
        steps.append(lambda: _one_void(stall))
    if rng.random() < LEAD_RATE:
        steps.append(lambda: _one_lead(stall, shelf))
    if rng.random() < PREORDER_RATE:
        steps.append(lambda: _one_preorder(stall, shelf))
    if rng.random() < DELIVERY_RATE:
        steps.append(lambda: _one_delivery(stall))
    for step in steps:
        try:
            step()
        except MelaError:
            # A rule refused this action (as it would at the counter); nothing was written.
            stall.counts["refused"] += 1
    return stall.counts["sales"] - before
