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
from pathlib import Path

from pos import sales, store
from pos.cart import Cart, Discount
from pos.payments import Payment
from tests.helpers.selling import Product

SKUS = [("CR-1", 125000, 5), ("CR-2", 39900, 12), ("CR-3", 250050, 18), ("CR-4", 9999, 3)]


def product(sku: str, price: int, rate: int) -> Product:
    """The catalogue view of one crash-test product."""
    return Product(id=0, sku=sku, barcode=None, name_en=f"Crash {sku}", name_hi="वस्तु",
                   craft_code="sikki", artisan_id=None, artisan_name=None, description="",
                   hsn="4602", gst_rate=rate, mrp_paise=price, unit="pc", one_of_a_kind=False,
                   active=True, picture_sha256=None, listing_urls={}, stock=10**6)


def sell_forever(data_dir: Path, staff_id: str) -> None:
    """Check out random bills until killed."""
    db = store.connect(store.db_path(data_dir))
    rng = random.Random(os.getpid())
    while True:
        cart = Cart()
        for sku, price, rate in rng.sample(SKUS, rng.randint(1, len(SKUS))):
            cart.add(product(sku, price, rate), rng.randint(1, 3))
        if rng.random() < 0.3:
            cart.set_bill_discount(Discount("percent", 500, "festival"))
        total = cart.totals().total_paise
        upi = rng.randint(1, total - 1)
        sales.checkout(db, cart, [Payment("upi", upi, reference="123456789012"),
                                  Payment("cash", total - upi + 5000)], staff_id=staff_id)


def main() -> None:
    """Serve fork/reap commands until ``quit``."""
    data_dir, staff_id = Path(sys.argv[1]), sys.argv[2]
    # Warm up what a checkout touches so a forked till starts selling at once.
    Cart().add(product(*SKUS[0]))
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
