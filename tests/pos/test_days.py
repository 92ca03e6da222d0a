"""Business days: open, cash expected and counted, the Z report and the close."""

from __future__ import annotations

import json
import time
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos import audit, days, store
from pos.errors import InputError, NotFound, PermissionDenied
from pos.ids import IST, ist_today
from pos.store import Database
from tests.helpers.bills import Line, insert_bill, insert_refund, insert_void, sell
from tests.helpers.people import add_cashier, add_manager, fast_pins
from tests.helpers.selling import utr
from tests.helpers.snapshot import row_counts, table_dump

__all__ = ["fast_pins"]
pytestmark = pytest.mark.usefixtures("fast_pins")

FULL_DRAWER = {"50000": 2, "20000": 0, "10000": 3, "5000": 1, "2000": 0, "1000": 4,
               "coins": 750}


@pytest.fixture
def crew(db: Database) -> tuple[str, str]:
    """(cashier id, manager id)."""
    return add_cashier(db).id, add_manager(db).id


def test_open_day_defaults_to_today_and_is_audited(db: Database, crew: tuple[str, str]) -> None:
    cashier, _ = crew
    assert days.current_day(db) is None
    day = days.open_day(db, staff_id=cashier, float_paise=200000)
    assert day.business_date == ist_today().isoformat()
    assert day.is_open and day.opening_float_paise == 200000
    assert days.current_day(db) == day
    assert days.require_open_day(db) == day
    entry = db.execute("SELECT action, subject_id FROM audit ORDER BY chain_no DESC LIMIT 1"
                       ).fetchone()
    assert entry == ("day_open", day.id)
    (seq,) = db.execute("SELECT device_seq FROM business_days").fetchone()
    assert seq > 0


def test_count_cash_by_denomination() -> None:
    assert days.count_cash(FULL_DRAWER) == 100000 + 30000 + 5000 + 4000 + 750
    assert days.count_cash({50000: 1, "coins": 5}) == 50005
    assert days.count_cash({}) == 0
    assert days.DENOMINATIONS == (50000, 20000, 10000, 5000, 2000, 1000)


@pytest.mark.parametrize(
    ("counted", "message"),
    [
        ({"200000": 1}, "not a note"),
        ({"50000": -1}, "cannot be negative"),
        ({"50000": 1.5}, "whole number"),
        ({"coins": True}, "whole number"),
        ({"coins": "12"}, "whole number"),
        ([1, 2], "not understood"),
    ],
)
def test_bad_counts_are_refused(counted: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        days.count_cash(counted)  # type: ignore[arg-type]


def test_only_one_open_day_and_no_reopening(db: Database, crew: tuple[str, str]) -> None:
    cashier, manager = crew
    yesterday = ist_today() - timedelta(days=1)
    day = days.open_day(db, staff_id=cashier, float_paise=0, business_date=yesterday)
    before = row_counts(db)
    with pytest.raises(InputError, match="still open"):
        days.open_day(db, staff_id=cashier, float_paise=0)
    assert row_counts(db) == before
    days.close_day(db, day.id, counted={}, staff_id=cashier, approved_by=manager)
    before = row_counts(db)
    with pytest.raises(InputError, match="never reopened"):
        days.open_day(db, staff_id=cashier, float_paise=0, business_date=yesterday)
    with pytest.raises(InputError, match="never reopened"):
        days.open_day(db, staff_id=cashier, float_paise=0,
                      business_date=yesterday - timedelta(days=3))
    assert row_counts(db) == before
    today = days.open_day(db, staff_id=cashier, float_paise=0)
    assert today.business_date == ist_today().isoformat()


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"float_paise": -100}, InputError, "negative"),
        ({"float_paise": 10.5}, InputError, "whole number"),
        ({"float_paise": 10**9}, InputError, "too large"),
        ({"business_date": "26/11/2026"}, InputError, "YYYY-MM-DD"),
        ({"business_date": ist_today() + timedelta(days=1)}, InputError, "future"),
        ({"staff_id": "nobody"}, NotFound, "not an active staff"),
    ],
)
def test_bad_open_changes_nothing(
    db: Database, crew: tuple[str, str], kwargs: dict[str, object], error: type[Exception],
    message: str,
) -> None:
    args: dict[str, object] = {"staff_id": crew[0], "float_paise": 100000, **kwargs}
    before = row_counts(db)
    with pytest.raises(error, match=message):
        days.open_day(db, **args)  # type: ignore[arg-type]
    assert row_counts(db) == before


def test_expected_cash_with_cash_upi_splits_refunds_and_voids(
    db: Database, crew: tuple[str, str]
) -> None:
    cashier, _ = crew
    day = days.open_day(db, staff_id=cashier, float_paise=150000)
    insert_bill(db, day.id, cashier, [Line(120000)])                       # cash 1200
    insert_bill(db, day.id, cashier, [Line(85000)], [("upi", 85000)])       # no cash
    insert_bill(db, day.id, cashier, [Line(60000)], [("cash", 20000), ("card", 40000)])
    split = insert_bill(db, day.id, cashier, [Line(30000)], [("cash", 10000), ("upi", 20000)])
    insert_refund(db, split, day.id, "cash", 5000)
    upi = insert_bill(db, day.id, cashier, [Line(40000)], [("upi", 40000)])
    insert_refund(db, upi, day.id, "upi", 40000)                            # no cash out
    voided = insert_bill(db, day.id, cashier, [Line(70000)])                # cash 700 ...
    insert_void(db, voided, day.id)                                         # ... handed back
    expected = 150000 + 120000 + 20000 + 10000 - 5000
    assert days.expected_cash(db, day.id) == expected


def test_z_report_figures(db: Database, crew: tuple[str, str]) -> None:
    cashier, _ = crew
    db.execute("INSERT INTO crafts(code, name_en, name_hi) VALUES "
               "('MADHUBANI', 'Madhubani painting', 'मधुबनी चित्रकला')")
    db.execute("INSERT INTO artisans(id, name) VALUES ('A1', 'Baua Devi')")
    day = days.open_day(db, staff_id=cashier, float_paise=100000)
    first = insert_bill(db, day.id, cashier, [Line(250000, 1, 5), Line(12000, 3, 12, "SIKKI",
                                                                       "A2", 1000)])
    insert_bill(db, day.id, cashier, [Line(310000, 1, 18, "SILK", "A3")],
                [("card", 100000), ("upi", 210000)], inter_state=True)
    voided = insert_bill(db, day.id, cashier, [Line(9999, 1, 3, "TIKULI", "A4")])
    insert_void(db, voided, day.id)
    insert_refund(db, first, day.id, "cash", 12000)
    z = days.z_report(db, day.id)
    assert z.bill_count == 3 and z.valid_bill_count == 2
    assert (z.first_invoice, z.last_invoice) == ("T01/2627/000001", "T01/2627/000003")
    assert z.gross_paise == 250000 + 36000 + 310000
    assert z.discount_paise == 1000
    assert z.taxable_paise + z.cgst_paise + z.sgst_paise + z.igst_paise == (
        z.gross_paise - z.discount_paise)
    assert z.igst_paise == 310000 - round(310000 * 100 / 118)
    assert z.total_paise == z.gross_paise - z.discount_paise + z.round_off_paise
    assert z.by_method == {"card": 100000, "cash": 285000, "upi": 210000}
    assert sum(z.by_method.values()) == z.total_paise
    crafts = {c["code"]: c for c in z.by_craft}
    assert crafts["MADHUBANI"]["name"] == "Madhubani painting"
    assert crafts["SIKKI"]["qty"] == 3 and crafts["SIKKI"]["total_paise"] == 35000
    assert "TIKULI" not in crafts
    assert {a["id"]: a["name"] for a in z.by_artisan}["A1"] == "Baua Devi"
    assert [r["gst_rate"] for r in z.by_rate] == [5, 12, 18]
    assert (z.refund_count, z.refund_paise, z.refunds_by_method) == (1, 12000, {"cash": 12000})
    assert (z.void_count, z.void_paise) == (1, 10000)
    assert z.net_paise == z.total_paise - 12000
    assert z.cash_expected_paise == 100000 + 285000 - 12000
    assert z.cash_counted_paise is None
    json.dumps(z.to_dict())


def test_close_day_freezes_the_report_and_queues_it(db: Database, crew: tuple[str, str]) -> None:
    cashier, manager = crew
    day = days.open_day(db, staff_id=cashier, float_paise=50000)
    insert_bill(db, day.id, cashier, [Line(100000)])
    z = days.close_day(db, day.id, counted=FULL_DRAWER, staff_id=cashier, approved_by=manager)
    counted = days.count_cash(FULL_DRAWER)
    assert z.cash_expected_paise == 150000
    assert z.cash_counted_paise == counted
    assert z.variance_paise == counted - 150000
    assert z.closed_by == cashier and z.close_approved_by == manager
    assert days.current_day(db) is None
    closed = days.get_day(db, day.id)
    assert not closed.is_open and closed.variance_paise == z.variance_paise
    assert closed.counted == days.normalise_counted(FULL_DRAWER)
    (record_id, payload) = db.execute(
        "SELECT record_id, payload FROM outbox WHERE kind = 'day_close'").fetchone()
    assert record_id == day.id
    payload = json.loads(payload)
    assert payload["z"] == z.to_dict()
    assert payload["counted"]["50000"] == 2
    assert payload["opening_float_paise"] == 50000
    assert {"business_date", "opened_at", "opened_by", "closed_at", "closed_by",
            "close_approved_by", "counted_cash_paise", "expected_cash_paise",
            "variance_paise", "device_id", "device_seq"} <= set(payload)
    entry = db.execute("SELECT action, staff_id, approved_by FROM audit "
                       "ORDER BY chain_no DESC LIMIT 1").fetchone()
    assert entry == ("day_close", cashier, manager)
    assert audit.verify(db) == []
    # Later rows with the day's id (a buggy writer) do not change the frozen report.
    insert_bill(db, day.id, cashier, [Line(5000)])
    assert days.z_report(db, day.id) == z
    assert days.day_for_date(db, day.business_date) == closed


def test_no_sale_after_close(db: Database, crew: tuple[str, str]) -> None:
    cashier, manager = crew
    day = days.open_day(db, staff_id=cashier, float_paise=0)
    days.close_day(db, day.id, counted={}, staff_id=cashier, approved_by=manager)
    with pytest.raises(InputError, match="No business day is open"):
        days.require_open_day(db)
    before = row_counts(db), table_dump(db, "business_days")
    with pytest.raises(InputError, match="already closed"):
        days.close_day(db, day.id, counted={}, staff_id=cashier, approved_by=manager)
    assert (row_counts(db), table_dump(db, "business_days")) == before


def test_close_needs_a_manager_and_a_good_count(db: Database, crew: tuple[str, str]) -> None:
    cashier, _ = crew
    other = add_cashier(db, "Pinki Kumari").id
    day = days.open_day(db, staff_id=cashier, float_paise=0)
    before = row_counts(db), table_dump(db, "business_days")
    with pytest.raises(PermissionDenied, match="not a manager"):
        days.close_day(db, day.id, counted={}, staff_id=cashier, approved_by=other)
    with pytest.raises(InputError, match="not a note"):
        days.close_day(db, day.id, counted={"2000000": 1}, staff_id=cashier,
                       approved_by=other)
    with pytest.raises(NotFound):
        days.close_day(db, "no-such-day", counted={}, staff_id=cashier,
                       approved_by=crew[1])
    assert (row_counts(db), table_dump(db, "business_days")) == before
    assert days.current_day(db) == day


bills_strategy = st.lists(
    st.tuples(
        st.lists(
            st.tuples(st.integers(0, 5), st.integers(1, 3), st.sampled_from([0, 0, 500, 2500])),
            min_size=1, max_size=4, unique_by=lambda item: item[0],
        ),
        st.lists(st.sampled_from(["cash", "upi", "card"]), min_size=1, max_size=3,
                 unique=True),
        st.sampled_from([0, 0, 0, 1500]),                         # bill discount, bp
        st.booleans(),                                            # inter-state
        st.sampled_from([0, 0, 5000]),                            # cash over-tendered
        st.sampled_from(["keep", "keep", "keep", "void", "refund all", "refund one",
                         "preorder"]),
        st.sampled_from(["cash", "upi", "card"]),                 # refund method
    ),
    min_size=0, max_size=8,
)
PRICES = st.lists(st.integers(100, 400_000), min_size=6, max_size=6)
RATES = st.lists(st.sampled_from([0, 3, 5, 12, 18]), min_size=6, max_size=6)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bills=bills_strategy, float_paise=st.integers(0, 500_000), prices=PRICES, rates=RATES)
def test_z_report_totals_add_up_over_real_checkouts(
    db: Database, crew: tuple[str, str], bills: list, float_paise: int,  # type: ignore[type-arg]
    prices: list[int], rates: list[int],
) -> None:
    from pos.sales import load_bill, refund, void
    from tests.helpers.selling import add_product

    cashier, manager = crew
    (count,) = db.execute("SELECT count(*) FROM business_days").fetchone()
    day = days.open_day(db, staff_id=cashier, float_paise=float_paise,
                        business_date=date(2024, 1, 1) + timedelta(days=count))
    # Every bill is made within its (past) day: a day is never sold into on a later date.
    now = datetime.combine(date.fromisoformat(day.business_date), datetime.min.time(),
                           tzinfo=IST) + timedelta(hours=12)
    crafts = ["madhubani", "sikki", "silk", "tikuli"]
    products = [
        add_product(db, f"D{count}-{i}", price, gst_rate=rate, stock=1000,
                    craft_code=crafts[i % 4], artisan_id=f"art-{i % 3}")
        for i, (price, rate) in enumerate(zip(prices, rates, strict=True))
    ]
    cash_in = cash_out = refunded = advances = 0
    for items, methods, bill_bp, inter, extra, fate, refund_method in bills:
        if fate == "preorder":
            taken = _preorder(db, cashier, [(products[i], q) for i, q, _ in items], methods[0],
                              now)
            advances += taken.advance_paise
            cash_in += taken.advance_paise if methods[0] == "cash" else 0
            continue
        sale = sell(db, cashier, [(products[i], q, d) for i, q, d in items], methods,
                    bill_discount_bp=bill_bp, inter_state=inter, approved_by=manager,
                    cash_tendered_extra=extra, now=now)
        cash = sum(p.amount_paise for p in sale.payments if p.method == "cash")  # type: ignore[attr-defined]
        invoice_no = sale.invoice_no  # type: ignore[attr-defined]
        if fate == "void":
            void(db, invoice_no, reason="wrong item", staff_id=cashier, approved_by=manager,
                 now=now)
            continue
        cash_in += cash
        if fate.startswith("refund") and sale.total_paise > 0:  # type: ignore[attr-defined]
            first = load_bill(db, invoice_no).lines[0]
            lines = None if fate == "refund all" else {first.id: 1}
            reference = {"upi": "123456789012", "card": "R1", "cash": None}[refund_method]
            try:
                done = refund(db, invoice_no, lines=lines, method=refund_method,
                              reference=reference, reason="damaged", staff_id=cashier,
                              approved_by=manager, now=now)
            except InputError as exc:
                assert "rounds to nothing" in str(exc)
                continue
            refunded += done.amount_paise
            cash_out += done.amount_paise if refund_method == "cash" else 0
    z = days.close_day(db, day.id, counted={}, staff_id=cashier, approved_by=manager)
    tax = z.cgst_paise + z.sgst_paise + z.igst_paise
    assert z.taxable_paise + tax == z.gross_paise - z.discount_paise
    assert z.total_paise == z.gross_paise - z.discount_paise + z.round_off_paise
    assert abs(z.round_off_paise) <= 50 * max(1, z.valid_bill_count)
    assert z.total_paise % 100 == 0
    assert sum(z.by_method.values()) == z.total_paise + advances
    assert z.preorder_advance_paise == advances
    assert z.preorders_taken == sum(1 for b in bills if b[5] == "preorder")
    lines_net = z.total_paise - z.round_off_paise
    assert sum(c["total_paise"] for c in z.by_craft) == lines_net
    assert sum(a["total_paise"] for a in z.by_artisan) == lines_net
    assert sum(r["taxable_paise"] for r in z.by_rate) == z.taxable_paise
    assert sum(r["tax_paise"] for r in z.by_rate) == tax
    assert z.bill_count == len(bills) - z.preorders_taken
    assert z.void_count == sum(1 for b in bills if b[5] == "void")
    assert z.valid_bill_count == z.bill_count - z.void_count
    assert z.refund_paise == refunded == sum(z.refunds_by_method.values())
    assert z.net_paise == z.total_paise - refunded
    assert z.cash_expected_paise == float_paise + cash_in - cash_out
    assert z.variance_paise == -z.cash_expected_paise
    numbers = [r[0] for r in db.execute(
        "SELECT invoice_no FROM orders WHERE business_day_id = ? "
        "AND doc_type <> 'receipt_voucher' ORDER BY series_no", [day.id])]
    if numbers:
        assert (z.first_invoice, z.last_invoice) == (numbers[0], numbers[-1])


def _preorder(db: Database, staff_id: str, items: list[tuple[object, int]],
              method: str, now: datetime | None = None) -> object:
    """A pre-order of catalogue items with half the total paid in advance."""
    from pos.payments import Payment
    from pos.preorders import take_preorder

    wanted = [{"sku": p.sku, "qty": q, "unit_price_paise": p.mrp_paise}  # type: ignore[attr-defined]
              for p, q in items]
    total = sum(i["qty"] * i["unit_price_paise"] for i in wanted)
    advance = total // 200 * 100
    reference = {"upi": utr(), "card": "PRE1", "cash": None}[method]
    payments = [Payment(method, advance, reference=reference)] if advance else []
    return take_preorder(
        db, phone="98765 43210", buyer_name="Meera", address="Boring Road, Patna",
        pin_code="800001", promised_date=ist_today() + timedelta(days=10), items=wanted,
        advance=payments, staff_id=staff_id, now=now,
    )


def test_a_sale_after_close_is_refused_by_checkout(db: Database, crew: tuple[str, str]) -> None:
    from tests.helpers.selling import add_product

    cashier, manager = crew
    product = add_product(db, "MB-1", 150000)
    day = days.open_day(db, staff_id=cashier, float_paise=0)
    sell(db, cashier, [(product, 1, 0)], ["cash"])
    days.close_day(db, day.id, counted={}, staff_id=cashier, approved_by=manager)
    before = row_counts(db)
    with pytest.raises(InputError, match="Open the day"):
        sell(db, cashier, [(product, 1, 0)], ["upi"])
    assert row_counts(db) == before


def test_z_report_is_fast_for_a_busy_day(db: Database, crew: tuple[str, str]) -> None:
    cashier, _ = crew
    day = days.open_day(db, staff_id=cashier, float_paise=0)
    crafts = ["MADHUBANI", "SIKKI", "SILK", "MANJUSHA", "SUJANI", "TIKULI"]
    with store.write(db):
        for i in range(2000):
            lines = [Line(1000 + (i * 37 + k * 101) % 90000, 1 + k % 2, (5, 12, 18)[k % 3],
                          crafts[(i + k) % 6], f"A{(i + k) % 40}") for k in range(1 + i % 3)]
            method = ("cash", "upi", "card")[i % 3]
            insert_bill(db, day.id, cashier, lines,
                        None if method == "cash" else [(method, _total(lines))])
    days.z_report(db, day.id)  # warm the page cache as a real close would be
    start = time.perf_counter()
    z = days.z_report(db, day.id)
    elapsed = time.perf_counter() - start
    assert z.bill_count == 2000
    assert elapsed < 0.2, f"Z report of 2,000 bills took {elapsed * 1000:.0f} ms"


def _total(lines: list[Line]) -> int:
    return (sum(ln.price * ln.qty for ln in lines) + 50) // 100 * 100


def test_z_report_lists_each_refund_and_void(db: Database, crew: tuple[str, str]) -> None:
    cashier, _ = crew
    db.execute("INSERT INTO crafts(code, name_en, name_hi) VALUES "
               "('MADHUBANI', 'Madhubani painting', 'मधुबनी चित्रकला')")
    day = days.open_day(db, staff_id=cashier, float_paise=0)
    kept = insert_bill(db, day.id, cashier, [Line(50000)], [("cash", 20000), ("upi", 30000)])
    gone = insert_bill(db, day.id, cashier, [Line(30000)], [("upi", 30000)])
    insert_refund(db, kept, day.id, "upi", 10000)
    insert_void(db, gone, day.id)
    z = days.z_report(db, day.id)
    assert z.bills_by_method == {"cash": 1, "upi": 1}
    assert z.refunds == [{"credit_note_no": None, "invoice_no": "T01/2627/000001",
                          "method": "upi", "amount_paise": 10000}]
    assert z.voids == [{"invoice_no": "T01/2627/000002", "amount_paise": 30000}]
    assert z.by_craft[0]["name_hi"] == "मधुबनी चित्रकला"
    again = days.ZReport.from_dict(json.loads(json.dumps(z.to_dict())))
    assert again == z
    assert days.z_report_for_date(db, day.business_date) == z
    assert days.z_report_for_date(db) == z
    with pytest.raises(NotFound, match="No business day"):
        days.z_report_for_date(db, "2020-01-01")


def test_a_forgotten_day_is_stale(db: Database, crew: tuple[str, str]) -> None:
    yesterday = ist_today() - timedelta(days=1)
    day = days.open_day(db, staff_id=crew[0], float_paise=0, business_date=yesterday)
    assert day.is_stale()
    assert not day.is_stale(today=yesterday)
