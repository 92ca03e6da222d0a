"""Synthetic catalogues for trials and benchmarks (``mela-pos demo --products N``).

Real stalls carry a few hundred products; the office's central catalogue tens of thousands.
To try the app and measure search at that size, this module adds N products that look like
the real thing: mixed-script names built from a craft, a colour, a motif and an object in
English with the matching Hindi (``Pink Peacock Sikki Basket`` / ``गुलाबी मोर सिक्की टोकरी``),
prices and GST rates that follow the same rules as the bundled demo, references to the
demo's crafts and artisans, and the demo's pictures shared by craft.

Everything goes in one transaction with batched ``executemany`` inserts, so 20,000 products
take a couple of seconds, and a crash halfway leaves the catalogue as it was.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass

from pos import records, store
from pos.ids import utc_now, uuid7
from pos.schema import search_text
from pos.store import Database

BATCH = 2000
SKU_PREFIX = "SYN-"


@dataclass(frozen=True)
class ObjectKind:
    """A kind of object a craft makes, with its tax class and price range (rupees)."""

    en: str
    hi: str
    hsn: str
    low: int
    high: int
    unit: str = "pc"
    apparel: bool = False      # textile made-up: GST 18% above ₹2,500 a piece, else 5%
    jewellery: bool = False    # imitation jewellery: GST 3%
    unique: bool = False       # an original painting: one of a kind
    rate: int | None = None    # a fixed rate, e.g. 0 for bangles of lac (exempt)


OBJECTS: dict[str, tuple[str, str, tuple[ObjectKind, ...]]] = {
    "MADHUBANI": ("Madhubani", "मधुबनी", (
        ObjectKind("Painting", "चित्र", "9701", 800, 15000, unique=True),
        ObjectKind("Coaster Set", "कोस्टर सेट", "4419", 300, 650, "set"),
        ObjectKind("Stole", "स्टोल", "6214", 1200, 3500, apparel=True))),
    "GODNA": ("Godna", "गोदना", (
        ObjectKind("Painting", "चित्र", "9701", 900, 6000, unique=True),
        ObjectKind("Tray", "ट्रे", "4419", 450, 900))),
    "SIKKI": ("Sikki", "सिक्की", (
        ObjectKind("Basket", "टोकरी", "4602", 250, 1500),
        ObjectKind("Earrings", "झुमके", "7117", 120, 300, "pair", jewellery=True),
        ObjectKind("Wall Plate", "दीवार प्लेट", "4602", 400, 1200))),
    "TUSSAR": ("Tussar Silk", "तसर सिल्क", (
        ObjectKind("Saree", "साड़ी", "5007", 4500, 14000),
        ObjectKind("Dupatta", "दुपट्टा", "6214", 1500, 4000, apparel=True),
        ObjectKind("Kurta", "कुर्ता", "6211", 1800, 5000, apparel=True))),
    "MANJUSHA": ("Manjusha", "मंजूषा", (
        ObjectKind("Painting", "चित्र", "9701", 700, 4000, unique=True),
        ObjectKind("Box", "डिब्बा", "4420", 500, 1500))),
    "SUJANI": ("Sujani", "सुजनी", (
        ObjectKind("Cushion Cover", "कुशन कवर", "6304", 400, 900, apparel=True),
        ObjectKind("Quilt", "रजाई", "6304", 3000, 9000, apparel=True))),
    "KHATWA": ("Khatwa", "खटवा", (
        ObjectKind("Wall Hanging", "दीवार सज्जा", "6304", 900, 3500, apparel=True),
        ObjectKind("Pouch", "बटुआ", "4202", 150, 400))),
    "TIKULI": ("Tikuli", "टिकुली", (
        ObjectKind("Wall Plate", "दीवार प्लेट", "4420", 500, 1500),
        ObjectKind("Pendant", "लॉकेट", "7117", 180, 450, jewellery=True))),
    "STONE": ("Pattharkatti", "पत्थरकट्टी", (
        ObjectKind("Bowl", "कटोरा", "6802", 400, 1200),
        ObjectKind("Idol", "प्रतिमा", "6802", 900, 6000))),
    "BAMBOO": ("Bamboo", "बाँस", (
        ObjectKind("Tray", "ट्रे", "4602", 200, 700),
        ObjectKind("Lamp", "लैंप", "9405", 700, 2000))),
    "JUTE": ("Jute", "जूट", (
        ObjectKind("Bag", "थैला", "4202", 150, 1200),
        ObjectKind("Rug", "दरी", "5702", 900, 3500))),
    "WOOD": ("Wooden", "काष्ठ", (
        ObjectKind("Box", "डिब्बा", "4420", 400, 2000),
        ObjectKind("Toy", "खिलौना", "9503", 200, 800))),
    "PAPIER": ("Papier-mâché", "पेपरमेशी", (
        ObjectKind("Mask", "मुखौटा", "4823", 250, 700),
        ObjectKind("Bowl", "कटोरा", "4823", 200, 600))),
    "BAWANBUTI": ("Bawan Buti", "बावन बूटी", (
        ObjectKind("Saree", "साड़ी", "5208", 2500, 8000),
        ObjectKind("Stole", "स्टोल", "6214", 700, 2800, apparel=True))),
    "TERRACOTTA": ("Terracotta", "टेराकोटा", (
        ObjectKind("Horse", "घोड़ा", "6913", 300, 1200),
        ObjectKind("Lamp", "दीया", "6913", 60, 300))),
    "LAC": ("Lac", "लाह", (
        ObjectKind("Bangle Set", "चूड़ी सेट", "7117", 150, 1500, "set", rate=0),
        ObjectKind("Necklace", "हार", "7117", 400, 1500, "set", jewellery=True))),
}

# Colour words whose Hindi form does not change with the noun's gender.
COLOURS = (
    ("Pink", "गुलाबी"), ("Purple", "बैंगनी"), ("Sky Blue", "आसमानी"), ("Orange", "नारंगी"),
    ("White", "सफ़ेद"), ("Maroon", "मैरून"), ("Cream", "क्रीम"), ("Turquoise", "फ़िरोज़ी"),
    ("Leaf Green", "धानी"), ("Saffron", "केसरिया"), ("Indigo", "जामुनी"), ("Rust", "कत्थई"),
)
MOTIFS = (
    ("Fish", "मछली"), ("Peacock", "मोर"), ("Lotus", "कमल"), ("Sun", "सूर्य"),
    ("Elephant", "हाथी"), ("Tree of Life", "जीवन वृक्ष"), ("Parrot", "तोता"),
    ("Kadamba", "कदंब"), ("Snake", "नाग"), ("Mango", "आम"), ("Tortoise", "कछुआ"),
    ("Moon", "चाँद"), ("Sparrow", "गौरैया"), ("Wedding", "विवाह"), ("Krishna", "कृष्ण"),
    ("Village", "गाँव"), ("Bodhi Leaf", "बोधि पत्र"), ("Chhath", "छठ"), ("Doli", "डोली"),
    ("Kohbar", "कोहबर"),
)


def ean13(body12: str) -> str:
    """Append the EAN-13 check digit to twelve digits."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return body12 + str((10 - total % 10) % 10)


def _gst(kind: ObjectKind, price_rupees: int) -> int:
    if kind.rate is not None:
        return kind.rate
    if kind.jewellery:
        return 3
    if kind.apparel and price_rupees > 2500:
        return 18
    return 5


def _next_number(db: Database) -> int:
    row = db.execute(
        "SELECT max(CAST(substr(sku, 5) AS INTEGER)) FROM products WHERE sku LIKE 'SYN-%'"
    ).fetchone()
    return int(row[0] or 0) + 1


def add_synthetic_products(
    db: Database, n: int, *, seed: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Add ``n`` synthetic products (with opening stock) in one transaction.

    Args:
        n: how many products to add.
        seed: makes the catalogue reproducible (benchmarks); None picks one.
        progress: called as ``progress(done, n)`` after each batch.

    Returns:
        The number of products added.
    """
    rng = random.Random(seed)
    with store.write(db):
        crafts = [r[0] for r in db.execute("SELECT code FROM crafts") if r[0] in OBJECTS]
        if not crafts:
            # A stall with no known crafts still gets a usable synthetic catalogue.
            for order, (code, (en, hi, _)) in enumerate(OBJECTS.items(), 1):
                db.execute(
                    "INSERT OR IGNORE INTO crafts(code, name_en, name_hi, sort_order, updated_at)"
                    " VALUES (?, ?, ?, ?, ?)", [code, en, hi, order, utc_now()],
                )
            crafts = list(OBJECTS)
        artisans: dict[str, list[str]] = {}
        for aid, craft in db.execute("SELECT id, craft_code FROM artisans WHERE active = 1"):
            artisans.setdefault(craft, []).append(aid)
        pictures: dict[str, list[str]] = {}
        for craft, sha in db.execute(
            "SELECT DISTINCT craft_code, picture_sha256 FROM products "
            "WHERE picture_sha256 IS NOT NULL ORDER BY 1, 2"
        ):
            pictures.setdefault(craft, []).append(sha)
        device_id = records.device(db).device_id
        now = utc_now()
        first = _next_number(db)
        done = 0
        while done < n:
            products, movements = [], []
            for number in range(first + done, first + min(done + BATCH, n)):
                craft = rng.choice(crafts)
                craft_en, craft_hi, kinds = OBJECTS[craft]
                kind = rng.choice(kinds)
                colour, motif = rng.choice(COLOURS), rng.choice(MOTIFS)
                price = rng.randint(kind.low, kind.high)
                price = price // 50 * 50 if price > 500 else price // 10 * 10
                sku = f"{SKU_PREFIX}{number:06d}"
                unique = kind.unique
                barcode = None if unique else ean13(f"29{number:010d}")
                name_en = f"{colour[0]} {motif[0]} {craft_en} {kind.en}"
                name_hi = f"{colour[1]} {motif[1]} {craft_hi} {kind.hi}"
                products.append((
                    sku, barcode, name_en, name_hi,
                    craft, rng.choice(artisans.get(craft) or [None]),
                    f"Synthetic {craft_en} {kind.en.lower()} for trials.",
                    kind.hsn, _gst(kind, price), price * 100, kind.unit, int(unique),
                    rng.choice(pictures.get(craft) or [None]),
                    json.dumps({"amazon": f"https://www.amazon.in/s?k={sku}"})
                    if number % 7 == 0 else "{}",
                    now, search_text(sku, barcode, name_en, name_hi),
                ))
                movements.append((uuid7(), device_id, sku, 1 if unique else rng.randint(1, 30),
                                   now))
            db.conn.executemany(
                "INSERT INTO products(sku, barcode, name_en, name_hi, craft_code, artisan_id, "
                "description, hsn, gst_rate, mrp_paise, unit, one_of_a_kind, picture_sha256, "
                "listing_urls, updated_at, search_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                products,
            )
            db.conn.executemany(
                "INSERT INTO stock_movements(id, device_id, device_seq, sku, qty, kind, reason, "
                "created_at) VALUES (?, ?, NULL, ?, ?, 'allocation', 'synthetic demo', ?)",
                movements,
            )
            done += len(products)
            if progress is not None:
                progress(done, n)
    return n
