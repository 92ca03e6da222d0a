"""What each document shows, read straight from the stall database.

The renderers draw these plain dataclasses and never run SQL, so a document can be drawn
from a bill that was just saved, from a reprint years later, or from test data alike.
Every amount is integer paise exactly as stored: a printed total is the stored total.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from pos import records
from pos.bills import Bill, BillLine, load_bill
from pos.errors import InputError, NotFound
from pos.ids import to_ist
from pos.money import LineTax
from pos.preorders import get_preorder
from pos.profile import SellerProfile, seller_profile
from pos.store import Database

# GST state codes as printed in "place of supply" (CBIC list).
STATE_NAMES = {
    "01": "Jammu and Kashmir", "02": "Himachal Pradesh", "03": "Punjab", "04": "Chandigarh",
    "05": "Uttarakhand", "06": "Haryana", "07": "Delhi", "08": "Rajasthan",
    "09": "Uttar Pradesh", "10": "Bihar", "11": "Sikkim", "12": "Arunachal Pradesh",
    "13": "Nagaland", "14": "Manipur", "15": "Mizoram", "16": "Tripura", "17": "Meghalaya",
    "18": "Assam", "19": "West Bengal", "20": "Jharkhand", "21": "Odisha",
    "22": "Chhattisgarh", "23": "Madhya Pradesh", "24": "Gujarat", "25": "Daman and Diu",
    "26": "Dadra and Nagar Haveli and Daman and Diu", "27": "Maharashtra",
    "28": "Andhra Pradesh (before 2014)", "29": "Karnataka", "30": "Goa", "31": "Lakshadweep",
    "32": "Kerala", "33": "Tamil Nadu", "34": "Puducherry",
    "35": "Andaman and Nicobar Islands", "36": "Telangana", "37": "Andhra Pradesh",
    "38": "Ladakh", "97": "Other Territory", "99": "Centre Jurisdiction",
}


def state_text(code: str | None) -> str:
    """A GST state code with its name, e.g. "10-Bihar"."""
    if not code:
        return ""
    name = STATE_NAMES.get(code.zfill(2))
    return f"{code}-{name}" if name else code


DOC_TITLES = {
    "tax_invoice": ("Tax Invoice", "कर बीजक"),
    "bill_of_supply": ("Bill of Supply", "आपूर्ति बिल"),
    "receipt_voucher": ("Receipt Voucher", "अग्रिम रसीद"),
}


@dataclass(frozen=True)
class LineData:
    """One bill line, as sold."""

    line_no: int
    sku: str | None
    name_en: str
    name_hi: str
    hsn: str
    gst_rate: int
    qty: int
    unit_price: int
    gross: int
    discount: int
    discount_reason: str | None
    taxable: int
    cgst: int
    sgst: int
    igst: int
    total: int
    craft_code: str | None = None


@dataclass(frozen=True)
class TaxSummary(LineTax):
    """Taxable value and tax of all lines at one GST rate (``gross`` is their total)."""

    rate: int


@dataclass(frozen=True)
class PaymentData:
    """One payment towards a bill."""

    method: str  # cash, upi, card
    amount: int
    tendered: int | None = None
    change: int | None = None
    reference: str | None = None


@dataclass(frozen=True)
class RefundRef:
    """A refund made later against a bill, mentioned when the bill is reprinted."""

    credit_note_no: str
    created_at: datetime
    amount: int


@dataclass(frozen=True)
class ReceiptData:
    """Everything a receipt or A5 invoice shows."""

    seller: SellerProfile
    order_id: str
    doc_type: str
    invoice_no: str
    created_at: datetime  # IST
    staff_name: str
    device_code: str
    lines: tuple[LineData, ...]
    tax_summary: tuple[TaxSummary, ...]
    payments: tuple[PaymentData, ...]
    gross: int
    discount: int
    bill_discount: int
    bill_discount_reason: str | None
    taxable: int
    cgst: int
    sgst: int
    igst: int
    round_off: int
    total: int
    bill_hash: str  # hex SHA-256 of the bill as sent to the hub
    buyer_name: str | None = None
    buyer_phone: str | None = None
    buyer_address: str | None = None
    buyer_gstin: str | None = None
    buyer_state_code: str | None = None
    inter_state: bool = False
    refunds: tuple[RefundRef, ...] = ()
    voided: bool = False
    preorder_no: str | None = None

    @property
    def title(self) -> tuple[str, str]:
        """The document's name in English and Hindi."""
        return DOC_TITLES.get(self.doc_type, DOC_TITLES["tax_invoice"])

    @property
    def paid(self) -> int:
        """Money received towards the bill."""
        return sum(p.amount for p in self.payments)

    @property
    def balance_due(self) -> int:
        """What the buyer still owes (0 when fully paid)."""
        return max(self.total - self.paid, 0)

    @property
    def place_of_supply(self) -> str:
        """The place of supply as printed: state code and name, e.g. "10-Bihar"."""
        return state_text(self.buyer_state_code or self.seller.state_code)


@dataclass(frozen=True)
class RefundLineData:
    """One returned line on a refund note."""

    name_en: str
    name_hi: str
    hsn: str
    gst_rate: int
    qty: int
    taxable: int
    cgst: int
    sgst: int
    igst: int
    total: int


@dataclass(frozen=True)
class RefundNoteData:
    """A refund (credit note) that points at its original invoice."""

    seller: SellerProfile
    refund_id: str
    credit_note_no: str
    created_at: datetime
    invoice_no: str
    invoice_date: datetime
    reason: str
    method: str
    reference: str | None
    staff_name: str
    approved_by: str
    lines: tuple[RefundLineData, ...]
    taxable: int
    cgst: int
    sgst: int
    igst: int
    round_off: int
    amount: int
    buyer_name: str | None = None


@dataclass(frozen=True)
class PreorderItem:
    """One thing the buyer ordered for later delivery."""

    description: str
    qty: int
    unit_price: int | None
    sku: str | None = None
    name_hi: str | None = None


@dataclass(frozen=True)
class PreorderSlipData:
    """The slip the buyer takes home after ordering something for delivery."""

    seller: SellerProfile
    preorder_no: str
    created_at: datetime
    staff_name: str
    buyer_name: str | None
    phone: str
    address: str
    pin_code: str
    promised_date: str
    items: tuple[PreorderItem, ...]
    total: int
    advance: int
    balance: int
    advance_invoice_no: str | None
    status: str
    note: str | None


@dataclass(frozen=True)
class ZRow:
    """One row of a Z report table: a label, a count and an amount."""

    label: str
    count: int
    amount: int
    label_hi: str = ""


@dataclass(frozen=True)
class ZReportData:
    """A business day's figures (``pos.days.z_report``) with names and times for print."""

    seller: SellerProfile
    device_code: str
    business_date: str
    opened_at: datetime | None
    closed_at: datetime | None
    opened_by: str
    closed_by: str
    approved_by: str
    opening_float: int
    counted: dict[str, int]  # denomination paise (text) -> count, "coins" -> paise
    counted_cash: int | None
    expected_cash: int
    variance: int | None
    bills: int  # valid sale bills
    bills_issued: int  # invoice numbers used, voided bills included
    first_invoice: str | None
    last_invoice: str | None
    gross: int
    discount: int
    taxable: int
    tax: int
    round_off: int
    net_sales: int  # total of the valid bills
    net_after_refunds: int  # less refunds and voids of earlier days' bills
    by_method: tuple[ZRow, ...]
    by_craft: tuple[ZRow, ...]
    by_artisan: tuple[ZRow, ...]
    by_rate: tuple[TaxSummary, ...]
    refunds: tuple[ZRow, ...]  # one row per credit note
    voids: tuple[ZRow, ...]  # one row per voided invoice
    refunds_total: int = 0
    voids_total: int = 0
    cash_refunds: int = 0
    preorders_taken: int = 0
    preorder_advances: int = 0
    leads_taken: int = 0

    @property
    def cash_taken(self) -> int:
        """Cash received for the day's bills and pre-order advances."""
        return sum(r.amount for r in self.by_method if r.label == "cash")


@dataclass(frozen=True)
class LabelData:
    """One price tag / shelf label."""

    sku: str
    barcode: str | None
    name_en: str
    name_hi: str
    price: int
    craft: str
    listing_url: str | None = None
    unit: str = "pc"


# --------------------------------------------------------------------------------------
# Loaders


def _rows(db: Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def seller_data(db: Database) -> SellerProfile:
    """The seller profile from settings (blank before the stall is set up)."""
    return seller_profile(db)


def _staff_name(db: Database, staff_id: str | None) -> str:
    if not staff_id:
        return ""
    row = db.execute("SELECT name FROM staff WHERE id = ?", [staff_id]).fetchone()
    return str(row[0]) if row else ""


def _bill_hash(db: Database, bill: Bill) -> str:
    """The hash the hub holds for this bill (its outbox payload hash), so a printed QR can be
    checked against the office's copy; a bill without an outbox row (imported history) is
    hashed from what was sold instead."""
    row = db.execute(
        "SELECT payload_hash FROM outbox WHERE record_id = ? AND kind = 'order'", [bill.id]
    ).fetchone()
    if row:
        return str(row[0])
    # Leave out what happens after the sale (refunds, a void, renamed staff) so every
    # reprint of the bill carries the same hash.
    sold = asdict(bill)
    for later in ("refunds", "void", "status", "staff_name"):
        del sold[later]
    for line in sold["lines"]:
        del line["refunded_qty"], line["artisan_name"]
    text = records.canonical_json(sold)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _line(line: BillLine) -> LineData:
    return LineData(
        line_no=line.line_no, sku=line.sku, name_en=line.name_en, name_hi=line.name_hi,
        hsn=line.hsn, gst_rate=line.gst_rate, qty=line.qty,
        unit_price=line.unit_price_paise, gross=line.gross_paise,
        discount=line.discount_paise, discount_reason=line.discount_reason,
        taxable=line.taxable_paise, cgst=line.cgst_paise, sgst=line.sgst_paise,
        igst=line.igst_paise, total=line.total_paise, craft_code=line.craft_code,
    )


def tax_summary(lines: list[LineData] | tuple[LineData, ...]) -> tuple[TaxSummary, ...]:
    """Taxable value and tax per GST rate, lowest rate first."""
    by_rate: dict[int, list[int]] = {}
    for line in lines:
        acc = by_rate.setdefault(line.gst_rate, [0, 0, 0, 0, 0])
        for i, amount in enumerate((line.total, line.taxable, line.cgst, line.sgst, line.igst)):
            acc[i] += amount
    return tuple(TaxSummary(gross=total, taxable=taxable, cgst=cgst, sgst=sgst, igst=igst,
                            rate=rate)
                 for rate, (total, taxable, cgst, sgst, igst) in sorted(by_rate.items()))


def receipt_data(db: Database, invoice_no: str) -> ReceiptData:
    """One bill by its invoice number (as ``pos.bills.load_bill`` reads it), for print.

    Raises:
        NotFound: no bill has that number.
    """
    bill = load_bill(db, invoice_no)
    lines = tuple(_line(line) for line in bill.lines)
    preorder = None
    if bill.preorder_id:
        found = db.execute("SELECT preorder_no FROM preorders WHERE id = ?",
                           [bill.preorder_id]).fetchone()
        preorder = found[0] if found else None
    return ReceiptData(
        seller=seller_data(db),
        order_id=bill.id,
        doc_type=bill.doc_type,
        invoice_no=bill.invoice_no,
        created_at=bill.created_ist,
        staff_name=bill.staff_name or "",
        device_code=bill.device_code,
        lines=lines,
        tax_summary=tax_summary(lines),
        payments=tuple(PaymentData(p.method, p.amount_paise, p.tendered_paise, p.change_paise,
                                   p.reference) for p in bill.payments),
        gross=bill.gross_paise,
        discount=bill.discount_paise,
        bill_discount=bill.bill_discount_paise,
        bill_discount_reason=bill.bill_discount_reason,
        taxable=bill.taxable_paise,
        cgst=bill.cgst_paise,
        sgst=bill.sgst_paise,
        igst=bill.igst_paise,
        round_off=bill.round_off_paise,
        total=bill.total_paise,
        bill_hash=_bill_hash(db, bill),
        buyer_name=bill.buyer.name,
        buyer_phone=bill.buyer.phone,
        buyer_address=bill.buyer.address,
        buyer_gstin=bill.buyer.gstin,
        buyer_state_code=bill.buyer.state_code,
        inter_state=bill.inter_state,
        refunds=tuple(RefundRef(r.credit_note_no or r.id[:8], to_ist(r.created_at),
                                r.amount_paise) for r in bill.refunds),
        voided=bill.void is not None,
        preorder_no=preorder,
    )


def refund_note_data(db: Database, credit_note_no: str) -> RefundNoteData:
    """A refund by its credit note number (or its record id), read with its bill.

    Raises:
        NotFound: no refund has that number.
    """
    key = credit_note_no.strip()
    found = db.execute("SELECT r.id, o.invoice_no FROM refunds r JOIN orders o "
                       "ON o.id = r.order_id WHERE r.credit_note_no = ? OR r.id = ?",
                       [key.upper(), key]).fetchone()
    if found is None:
        raise NotFound(f"There is no refund with credit note number {key!r}.")
    bill = load_bill(db, found[1])
    refund = next(r for r in bill.refunds if r.id == found[0])
    sold = {line.id: line for line in bill.lines}
    lines = tuple(
        RefundLineData(sold[r.order_line_id].name_en, sold[r.order_line_id].name_hi,
                       sold[r.order_line_id].hsn, sold[r.order_line_id].gst_rate, r.qty,
                       r.taxable_paise, r.cgst_paise, r.sgst_paise, r.igst_paise,
                       r.total_paise)
        for r in refund.lines
    )
    return RefundNoteData(
        seller=seller_data(db),
        refund_id=refund.id,
        credit_note_no=refund.credit_note_no or refund.id[:8],
        created_at=to_ist(refund.created_at),
        invoice_no=bill.invoice_no,
        invoice_date=bill.created_ist,
        reason=refund.reason,
        method=refund.method,
        reference=refund.reference,
        staff_name=refund.staff_name or "",
        approved_by=refund.approved_by_name or "",
        lines=lines,
        taxable=refund.taxable_paise,
        cgst=refund.cgst_paise,
        sgst=refund.sgst_paise,
        igst=refund.igst_paise,
        round_off=refund.round_off_paise,
        amount=refund.amount_paise,
        buyer_name=bill.buyer.name,
    )


def preorder_slip_data(db: Database, preorder_no: str) -> PreorderSlipData:
    """A pre-order by its number (as ``pos.preorders.get_preorder`` reads it), for print.

    Raises:
        NotFound: no pre-order has that number.
    """
    taken = get_preorder(db, preorder_no)
    items = []
    for item in taken.items:
        name_hi = None
        if item.get("sku"):
            found = db.execute("SELECT name_hi FROM products WHERE sku = ?",
                               [item["sku"]]).fetchone()
            name_hi = found[0] if found else None
        items.append(PreorderItem(
            description=str(item.get("description") or item.get("name_en") or item.get("sku")),
            qty=int(item.get("qty", 1)),
            unit_price=item.get("unit_price_paise"),
            sku=item.get("sku"),
            name_hi=item.get("name_hi") or name_hi,
        ))
    return PreorderSlipData(
        seller=seller_data(db),
        preorder_no=taken.preorder_no,
        created_at=to_ist(taken.created_at),
        staff_name=_staff_name(db, taken.staff_id),
        buyer_name=taken.buyer_name,
        phone=taken.phone_e164,
        address=taken.address,
        pin_code=taken.pin_code,
        promised_date=taken.promised_date,
        items=tuple(items),
        total=taken.total_paise,
        advance=taken.advance_paise,
        balance=taken.balance_paise,
        advance_invoice_no=taken.advance_invoice_no,
        status=taken.status,
        note=taken.note,
    )


def zreport_data(db: Database, business_date: date | str | None = None) -> ZReportData:
    """The Z report of one business day (default: today at the stall), from the day close's
    own figures (``pos.days.z_report``: live while the day is open, frozen once closed).

    Raises:
        NotFound: no business day was opened on that date.
    """
    from pos import days  # the day close owns the figures; this only adds names for print

    z = days.z_report_for_date(db, business_date)

    def rows(items: list[dict[str, Any]], none_label: str) -> tuple[ZRow, ...]:
        return tuple(ZRow(i["name"] or none_label, i["qty"], i["total_paise"], i["name_hi"])
                     for i in items)

    return ZReportData(
        seller=seller_data(db),
        device_code=records.device(db).device_code,
        business_date=z.business_date,
        opened_at=to_ist(z.opened_at),
        closed_at=to_ist(z.closed_at) if z.closed_at else None,
        opened_by=_staff_name(db, z.opened_by),
        closed_by=_staff_name(db, z.closed_by),
        approved_by=_staff_name(db, z.close_approved_by),
        opening_float=z.opening_float_paise,
        counted={k: v for k, v in (z.counted or {}).items() if v},
        counted_cash=z.cash_counted_paise,
        expected_cash=z.cash_expected_paise,
        variance=z.variance_paise,
        bills=z.valid_bill_count,
        bills_issued=z.bill_count,
        first_invoice=z.first_invoice,
        last_invoice=z.last_invoice,
        gross=z.gross_paise,
        discount=z.discount_paise,
        taxable=z.taxable_paise,
        tax=z.cgst_paise + z.sgst_paise + z.igst_paise,
        round_off=z.round_off_paise,
        net_sales=z.total_paise,
        net_after_refunds=z.net_paise,
        by_method=tuple(ZRow(m, z.bills_by_method.get(m, 0), a)
                        for m, a in sorted(z.by_method.items())),
        by_craft=rows(z.by_craft, "Other"),
        by_artisan=rows(z.by_artisan, "No artisan recorded"),
        by_rate=tuple(TaxSummary(r["taxable_paise"] + r["tax_paise"], r["taxable_paise"],
                                 r["cgst_paise"], r["sgst_paise"], r["igst_paise"],
                                 rate=r["gst_rate"]) for r in z.by_rate),
        refunds=tuple(ZRow(f"{r['credit_note_no']} ({r['invoice_no']}, {r['method']})", 1,
                           r["amount_paise"]) for r in z.refunds),
        voids=tuple(ZRow(v["invoice_no"], 1, v["amount_paise"]) for v in z.voids),
        refunds_total=z.refund_paise,
        voids_total=z.void_paise,
        cash_refunds=z.refunds_by_method.get("cash", 0),
        preorders_taken=z.preorders_taken,
        preorder_advances=z.preorder_advance_paise,
        leads_taken=z.leads_taken,
    )


def label_data(
    db: Database, *, skus: list[str] | None = None, craft: str | None = None
) -> list[LabelData]:
    """Labels for the given SKUs (in that order), or every active product of a craft, or
    every active product.

    Raises:
        NotFound: a SKU or craft that does not exist, or nothing to label.
    """
    # An empty name would fall through to "every product": a blank box is not a choice.
    if (craft is not None and not craft.strip()) or any(not s.strip() for s in skus or []):
        raise InputError("Give a craft or SKU to label; an empty one matches nothing.")
    sql = ("SELECT p.*, coalesce(c.name_en, p.craft_code, '') AS craft_name FROM products p "
           "LEFT JOIN crafts c ON c.code = p.craft_code")
    if skus:
        found = {r["sku"]: r for r in _rows(
            db, f"{sql} WHERE p.sku IN ({','.join('?' for _ in skus)})", list(skus))}
        missing = [s for s in skus if s not in found]
        if missing:
            raise NotFound(f"No product has the SKU {missing[0]!r}.")
        rows = [found[s] for s in skus]
    elif craft:
        code = db.execute("SELECT code FROM crafts WHERE lower(code) = lower(?) "
                          "OR lower(name_en) = lower(?)", [craft, craft]).fetchone()
        rows = _rows(db, f"{sql} WHERE p.active = 1 AND lower(p.craft_code) = lower(?) "
                         f"ORDER BY p.sku", [code[0] if code else craft])
        if not rows:
            raise NotFound(f"No active product belongs to the craft {craft!r}.")
    else:
        rows = _rows(db, f"{sql} WHERE p.active = 1 ORDER BY p.craft_code, p.sku", [])
        if not rows:
            raise NotFound("The catalogue has no active products to label.")
    labels = []
    for r in rows:
        urls = json.loads(r["listing_urls"] or "{}")
        url = next((u for u in urls.values() if u), None) if isinstance(urls, dict) else None
        labels.append(LabelData(
            sku=r["sku"], barcode=r["barcode"], name_en=r["name_en"], name_hi=r["name_hi"],
            price=r["mrp_paise"], craft=r["craft_name"], listing_url=url, unit=r["unit"],
        ))
    return labels

