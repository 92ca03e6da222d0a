"""Loading a catalogue file into the hub, so every stall receives it on its next pull.

The file is a JSON catalogue in the shape of the stall's demo catalogue:
``{"seller_profile"?: {...}, "crafts": [...], "artisans": [...], "products": [...]}`` with
products in the stall's column names (``mrp_paise`` an integer, ``picture`` a path relative
to the file). Every row is checked first; any problem stops the import before anything is
written, and re-importing an unchanged file adds nothing to the change log.
"""

from __future__ import annotations

import json
import mimetypes
from pathlib import Path
from typing import Any

from sync.hub.store import HubError, HubStore

_PRODUCT_REQUIRED = {"sku": str, "name_en": str, "name_hi": str, "hsn": str,
                     "gst_rate": int, "mrp_paise": int}
_PRODUCT_FIELDS = (
    "sku", "barcode", "name_en", "name_hi", "craft_code", "artisan_id", "description", "hsn",
    "gst_rate", "mrp_paise", "unit", "one_of_a_kind", "active", "picture_sha256",
    "listing_urls",
)
_CRAFT_FIELDS = ("code", "name_en", "name_hi", "sort_order", "active")
_ARTISAN_FIELDS = ("id", "name", "name_hi", "village", "district", "craft_code", "active")


def _pick(row: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    return {k: row[k] for k in fields if k in row}


def import_catalogue(store: HubStore, path: Path | str) -> dict[str, int]:
    """Import a JSON catalogue file; returns how many entities of each kind changed."""
    path = Path(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise HubError(f"no catalogue file {path}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise HubError(f"{path} is not a JSON catalogue: {exc}") from exc
    if not isinstance(doc, dict):
        raise HubError(f"{path} is not a JSON catalogue (expected an object)")
    errors: list[str] = []
    crafts = [_pick(c, _CRAFT_FIELDS) for c in doc.get("crafts", []) if isinstance(c, dict)]
    artisans = [_pick(a, _ARTISAN_FIELDS) for a in doc.get("artisans", []) if isinstance(a, dict)]
    for i, craft in enumerate(crafts, 1):
        if not all(isinstance(craft.get(k), str) for k in ("code", "name_en", "name_hi")):
            errors.append(f"craft {i}: code, name_en and name_hi are required")
    for i, artisan in enumerate(artisans, 1):
        if not all(isinstance(artisan.get(k), str) for k in ("id", "name")):
            errors.append(f"artisan {i}: id and name are required")
    products: list[dict[str, Any]] = []
    pictures: list[tuple[int, Path]] = []
    for i, row in enumerate(doc.get("products", []), 1):
        if not isinstance(row, dict):
            errors.append(f"product {i}: not an object")
            continue
        bad = [k for k, t in _PRODUCT_REQUIRED.items()
               if not isinstance(row.get(k), t) or isinstance(row.get(k), bool)]
        if bad:
            errors.append(f"product {i}: missing or wrong {', '.join(bad)}")
            continue
        if row["mrp_paise"] < 0:
            errors.append(f"product {i}: mrp_paise must not be negative")
        data = _pick(row, _PRODUCT_FIELDS)
        if isinstance(data.get("listing_urls"), dict):
            data["listing_urls"] = json.dumps(data["listing_urls"], sort_keys=True)
        if row.get("picture"):
            picture = path.parent / str(row["picture"])
            if not picture.is_file():
                errors.append(f"product {i}: picture {row['picture']} not found")
            pictures.append((len(products), picture))
        products.append(data)
    if errors:
        raise HubError(f"{path}: {len(errors)} problem(s), nothing imported; "
                       + "; ".join(errors[:5]))
    for index, picture in pictures:
        mime = mimetypes.guess_type(picture.name)[0] or "application/octet-stream"
        products[index]["picture_sha256"] = store.store_picture(picture.read_bytes(), mime)
    changed = {
        "craft": store.upsert_entities("craft", ((c["code"], c) for c in crafts)),
        "artisan": store.upsert_entities("artisan", ((a["id"], a) for a in artisans)),
        "product": store.upsert_entities("product", ((p["sku"], p) for p in products)),
    }
    profile = doc.get("seller_profile")
    if isinstance(profile, dict):
        changed["setting"] = store.upsert_entities(
            "setting", [("seller_profile", {"key": "seller_profile", "value": profile})]
        )
    return changed
