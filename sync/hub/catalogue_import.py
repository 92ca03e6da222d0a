"""Loading a catalogue file into the hub, so every stall receives it on its next pull.

The file formats (CSV or JSON with pictures) and their row checks are the stall's own:
``pos.catalogue_file.parse_catalogue_file``. Any bad row stops the import before anything is
written; re-importing an unchanged file adds nothing to the change log, and does not bring
back products retired with ``mela-hub retire``. A file's ``stock`` column is ignored here:
stock reaches a stall through ``mela-hub allocate``.
"""

from __future__ import annotations

import mimetypes
from typing import Any

from pos.catalogue_file import ParsedCatalogue, parse_catalogue_file
from pos.errors import InputError
from sync.hub.store import HubError, HubStore


def import_catalogue(store: HubStore, path: str) -> dict[str, int]:
    """Import a CSV or JSON catalogue; returns how many entities of each kind changed."""
    try:
        parsed = parse_catalogue_file(path)
        parsed.raise_for_errors(_hub_problems(store, parsed))
    except InputError as exc:
        raise HubError(str(exc)) from exc
    products: list[tuple[str, dict[str, Any]]] = []
    known = store.entities("product")
    for row in parsed.products:
        data = dict(row.data)
        if known.get(data["sku"], {}).get("active") is False:
            # Re-importing last month's file must not bring back what the office retired.
            data["active"] = False
        if row.picture_path is not None:
            mime = mimetypes.guess_type(row.picture_path.name)[0] or "image/jpeg"
            data["picture_sha256"] = store.store_picture(row.picture_path.read_bytes(), mime)
        products.append((data["sku"], data))
    changed = {
        "craft": store.upsert_entities("craft", ((c["code"], c) for c in parsed.crafts)),
        "artisan": store.upsert_entities("artisan", ((a["id"], a) for a in parsed.artisans)),
        "product": store.upsert_entities("product", products),
    }
    if parsed.seller_profile is not None:
        changed["setting"] = store.upsert_entities(
            "setting", [("seller_profile", {"key": "seller_profile",
                                            "value": parsed.seller_profile})]
        )
    return changed


def _hub_problems(store: HubStore, parsed: ParsedCatalogue) -> list[str]:
    """Rows naming a craft or artisan neither the file nor the hub knows."""
    crafts = {c["code"] for c in parsed.crafts} | set(store.entities("craft"))
    artisans = {a["id"] for a in parsed.artisans} | set(store.entities("artisan"))
    problems = []
    for row in parsed.products:
        craft, artisan = row.data.get("craft_code"), row.data.get("artisan_id")
        if craft and craft not in crafts:
            problems.append(f"{row.where}: unknown craft {craft}")
        if artisan and artisan not in artisans:
            problems.append(f"{row.where}: unknown artisan {artisan}")
    return problems
