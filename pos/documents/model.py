"""What each document shows, read straight from the stall database.

The renderers draw these plain dataclasses and never run SQL, so a document can be drawn
from a bill that was just saved, from a reprint years later, or from test data alike.
Every amount is integer paise exactly as stored: a printed total is the stored total.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pos import records
from pos.errors import NotFound
from pos.ids import to_ist
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
class TaxSummary:
    """Taxable value and tax of all lines at one GST rate."""

    rate: int
    taxable: int
    cgst: int
    sgst: int
    igst: int

    @property
    def tax(self) -> int:
        """All GST at this rate."""
        return self.cgst + self.sgst + self.igst


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


def _row(db: Database, sql: str, params: list[Any]) -> dict[str, Any] | None:
    cursor = db.execute(sql, params)
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


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


def _device_code(db: Database, device_id: str, invoice_no: str = "") -> str:
    dev = records.device(db)
    if dev.device_id == device_id:
        return dev.device_code
    return invoice_no.split("/")[0] if invoice_no else device_id[:8]


def _bill_hash(db: Database, order: dict[str, Any], lines: list[dict[str, Any]]) -> str:
    """The hash the hub holds for this bill (its outbox payload hash), so a printed QR can be
    checked against the office's copy; a bill without an outbox row (imported history) is
    hashed from its stored rows instead."""
    row = db.execute(
        "SELECT payload_hash FROM outbox WHERE record_id = ? AND kind = 'order'", [order["id"]]
    ).fetchone()
    if row:
        return str(row[0])
    text = records.canonical_json({"order": order, "lines": lines})
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _line(row: dict[str, Any]) -> LineData:
    return LineData(
        line_no=row["line_no"], sku=row["sku"], name_en=row["name_en"], name_hi=row["name_hi"],
        hsn=row["hsn"], gst_rate=row["gst_rate"], qty=row["qty"],
        unit_price=row["unit_price_paise"], gross=row["gross_paise"],
        discount=row["discount_paise"], discount_reason=row["discount_reason"],
        taxable=row["taxable_paise"], cgst=row["cgst_paise"], sgst=row["sgst_paise"],
        igst=row["igst_paise"], total=row["total_paise"], craft_code=row["craft_code"],
    )


def tax_summary(lines: list[LineData] | tuple[LineData, ...]) -> tuple[TaxSummary, ...]:
    """Taxable value and tax per GST rate, lowest rate first."""
    by_rate: dict[int, list[int]] = {}
    for line in lines:
        acc = by_rate.setdefault(line.gst_rate, [0, 0, 0, 0])
        acc[0] += line.taxable
        acc[1] += line.cgst
        acc[2] += line.sgst
        acc[3] += line.igst
    return tuple(TaxSummary(rate, *acc) for rate, acc in sorted(by_rate.items()))


def receipt_data(db: Database, invoice_no: str) -> ReceiptData:
    """Load one bill by its invoice number.

    Raises:
        NotFound: no bill has that number.
    """
    order = _row(db, "SELECT * FROM orders WHERE invoice_no = ?", [invoice_no.strip()])
    if order is None:
        raise NotFound(f"There is no bill with invoice number {invoice_no.strip()!r}.")
    line_rows = _rows(db, "SELECT * FROM order_lines WHERE order_id = ? ORDER BY line_no",
                      [order["id"]])
    lines = tuple(_line(r) for r in line_rows)
    payments = tuple(
        PaymentData(p["method"], p["amount_paise"], p["tendered_paise"], p["change_paise"],
                    p["reference"])
        for p in _rows(db, "SELECT * FROM payments WHERE order_id = ? ORDER BY created_at, id",
                       [order["id"]])
    )
    refunds = tuple(
        RefundRef(r["credit_note_no"] or r["id"][:8], to_ist(r["created_at"]), r["amount_paise"])
        for r in _rows(db, "SELECT * FROM refunds WHERE order_id = ? ORDER BY created_at",
                       [order["id"]])
    )
    voided = db.execute("SELECT 1 FROM voids WHERE order_id = ?", [order["id"]]).fetchone()
    preorder = None
    if order["preorder_id"]:
        found = db.execute("SELECT preorder_no FROM preorders WHERE id = ?",
                           [order["preorder_id"]]).fetchone()
        preorder = found[0] if found else None
    return ReceiptData(
        seller=seller_data(db),
        order_id=order["id"],
        doc_type=order["doc_type"],
        invoice_no=order["invoice_no"],
        created_at=to_ist(order["created_at"]),
        staff_name=_staff_name(db, order["staff_id"]),
        device_code=_device_code(db, order["device_id"], order["invoice_no"]),
        lines=lines,
        tax_summary=tax_summary(lines),
        payments=payments,
        gross=order["gross_paise"],
        discount=order["discount_paise"],
        bill_discount=order["bill_discount_paise"],
        bill_discount_reason=order["bill_discount_reason"],
        taxable=order["taxable_paise"],
        cgst=order["cgst_paise"],
        sgst=order["sgst_paise"],
        igst=order["igst_paise"],
        round_off=order["round_off_paise"],
        total=order["total_paise"],
        bill_hash=_bill_hash(db, order, line_rows),
        buyer_name=order["buyer_name"],
        buyer_phone=order["buyer_phone"],
        buyer_address=order["buyer_address"],
        buyer_gstin=order["buyer_gstin"],
        buyer_state_code=order["buyer_state_code"],
        inter_state=bool(order["inter_state"]),
        refunds=refunds,
        voided=voided is not None,
        preorder_no=preorder,
    )


def refund_note_data(db: Database, credit_note_no: str) -> RefundNoteData:
    """Load a refund by its credit note number (or its record id).

    Raises:
        NotFound: no refund has that number.
    """
    key = credit_note_no.strip()
    refund = _row(db, "SELECT * FROM refunds WHERE credit_note_no = ? OR id = ?", [key, key])
    if refund is None:
        raise NotFound(f"There is no refund with credit note number {key!r}.")
    order = _row(db, "SELECT invoice_no, created_at, buyer_name FROM orders WHERE id = ?",
                 [refund["order_id"]])
    assert order is not None  # refunds.order_id is a foreign key
    lines = tuple(
        RefundLineData(
            r["name_en"], r["name_hi"], r["hsn"], r["gst_rate"], r["qty"], r["taxable_paise"],
            r["cgst_paise"], r["sgst_paise"], r["igst_paise"], r["total_paise"],
        )
        for r in _rows(
            db,
            "SELECT ol.name_en, ol.name_hi, ol.hsn, ol.gst_rate, rl.* FROM refund_lines rl "
            "JOIN order_lines ol ON ol.id = rl.order_line_id WHERE rl.refund_id = ? "
            "ORDER BY ol.line_no",
            [refund["id"]],
        )
    )
    return RefundNoteData(
        seller=seller_data(db),
        refund_id=refund["id"],
        credit_note_no=refund["credit_note_no"] or refund["id"][:8],
        created_at=to_ist(refund["created_at"]),
        invoice_no=order["invoice_no"],
        invoice_date=to_ist(order["created_at"]),
        reason=refund["reason"],
        method=refund["method"],
        reference=refund["reference"],
        staff_name=_staff_name(db, refund["staff_id"]),
        approved_by=_staff_name(db, refund["approved_by"]),
        lines=lines,
        taxable=refund["taxable_paise"],
        cgst=refund["cgst_paise"],
        sgst=refund["sgst_paise"],
        igst=refund["igst_paise"],
        round_off=refund["round_off_paise"],
        amount=refund["amount_paise"],
        buyer_name=order["buyer_name"],
    )


def preorder_slip_data(db: Database, preorder_no: str) -> PreorderSlipData:
    """Load a pre-order by its number.

    Raises:
        NotFound: no pre-order has that number.
    """
    key = preorder_no.strip()
    row = _row(db, "SELECT * FROM preorders WHERE preorder_no = ? OR id = ?", [key, key])
    if row is None:
        raise NotFound(f"There is no pre-order with number {key!r}.")
    items = []
    for item in json.loads(row["items"]):
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
    advance_invoice = None
    if row["advance_order_id"]:
        found = db.execute("SELECT invoice_no FROM orders WHERE id = ?",
                           [row["advance_order_id"]]).fetchone()
        advance_invoice = found[0] if found else None
    return PreorderSlipData(
        seller=seller_data(db),
        preorder_no=row["preorder_no"],
        created_at=to_ist(row["created_at"]),
        staff_name=_staff_name(db, row["staff_id"]),
        buyer_name=row["buyer_name"],
        phone=row["phone_e164"],
        address=row["address"],
        pin_code=row["pin_code"],
        promised_date=row["promised_date"],
        items=tuple(items),
        total=row["total_paise"],
        advance=row["advance_paise"],
        balance=row["balance_paise"],
        advance_invoice_no=advance_invoice,
        status=row["status"],
        note=row["note"],
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
        by_rate=tuple(TaxSummary(r["gst_rate"], r["taxable_paise"], r["cgst_paise"],
                                 r["sgst_paise"], r["igst_paise"]) for r in z.by_rate),
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

