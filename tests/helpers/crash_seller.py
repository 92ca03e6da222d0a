"""A fork server for the crash test: each ``fork`` command starts a till that sells forever.

Run as ``python -m tests.helpers.crash_seller DATA_DIR STAFF_ID``. Importing Python and the
app once and forking per round keeps a few hundred kill points within the test budget; each
forked till opens its own connection, so what the test SIGKILLs is a real process in the
middle of real checkouts.

Protocol on stdin/stdout, one line each: ``fork`` -> the till's pid; ``reap PID`` -> ``done``
once the killed till is collected; ``quit`` ends the server.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path

from pos import sales, store
from pos.cart import Cart, Discount
from pos.payments import Payment
from tests.helpers.selling import Product, add_product, add_staff, open_day

SKUS = [("CR-1", 125000, 5), ("CR-2", 39900, 12), ("CR-3", 250050, 18), ("CR-4", 9999, 3)]


def product(sku: str, price: int, rate: int) -> Product:
    """The catalogue view of one crash-test product."""
    return Product(id=0, sku=sku, barcode=None, name_en=f"Crash {sku}", name_hi="वस्तु",
                   craft_code="sikki", artisan_id=None, artisan_name=None, description="",
                   hsn="4602", gst_rate=rate, mrp_paise=price, unit="pc", one_of_a_kind=False,
                   active=True, picture_sha256=None, listing_urls={}, stock=10**6)


def phase_file(data_dir: Path) -> Path:
    """One byte the till flips around each checkout: b"1" inside, b"0" outside.

    Written without fsync (it only has to survive the process, not the machine), so the
    test can tell a kill inside a checkout from one between checkouts.
    """
    return data_dir / "crash-phase"


def sell_forever(data_dir: Path, staff_id: str) -> None:
    """Check out random bills until killed."""
    db = store.connect(store.db_path(data_dir))
    rng = random.Random(os.getpid())
    phase = os.open(phase_file(data_dir), os.O_WRONLY | os.O_CREAT, 0o644)
    while True:
        cart = Cart()
        for sku, price, rate in rng.sample(SKUS, rng.randint(1, len(SKUS))):
            cart.add(product(sku, price, rate), rng.randint(1, 3))
        if rng.random() < 0.3:
            cart.set_bill_discount(Discount("percent", 500, "festival"))
        total = cart.totals().total_paise
        upi = rng.randint(1, total - 1)
        os.pwrite(phase, b"1", 0)
        utr = f"{int.from_bytes(os.urandom(5), 'big') % 10**12:012d}"  # one bill each
        sales.checkout(db, cart, [Payment("upi", upi, reference=utr),
                                  Payment("cash", total - upi + 5000)], staff_id=staff_id)
        os.pwrite(phase, b"0", 0)


def warm_up() -> None:
    """One checkout on a throwaway stall, so lazy imports and caches are loaded before forking.

    Otherwise every forked till pays for them again and is usually killed before its first
    commit. The throwaway connection is closed before any fork (SQLite connections must not
    cross a fork).
    """
    with tempfile.TemporaryDirectory() as tmp:
        db = store.open_store(Path(tmp))
        cashier = add_staff(db, "Warm")
        open_day(db, cashier)
        add_product(db, SKUS[0][0], SKUS[0][1], gst_rate=SKUS[0][2])
        cart = Cart()
        cart.add(product(*SKUS[0]))
        sales.checkout(db, cart, [Payment("cash", 10**7)], staff_id=cashier)
        db.close()


def main() -> None:
    """Serve fork/reap commands until ``quit``."""
    data_dir, staff_id = Path(sys.argv[1]), sys.argv[2]
    if os.environ.get("MELA_TEST_TODAY"):   # the suite runs on a faked date: so does the till
        from datetime import date

        from tests.helpers import fakeclock

        fakeclock.install(date.fromisoformat(os.environ["MELA_TEST_TODAY"]))
    warm_up()
    print("ready", flush=True)
    for line in sys.stdin:
        command = line.split()
        if not command or command[0] == "quit":
            return
        if command[0] == "fork":
            pid = os.fork()
            if pid == 0:
                try:
                    sell_forever(data_dir, staff_id)
                finally:
                    os._exit(1)
            print(pid, flush=True)
        elif command[0] == "reap":
            os.waitpid(int(command[1]), 0)
            print("done", flush=True)


if __name__ == "__main__":
    main()
