"""Generated stall data for the benchmarks, built once per size and copied per use.

Catalogues are the bundled demo catalogue (real crafts, artisans and pictures) topped up
with the synthetic products of ``mela-pos demo --products N``; day data comes from
``pos.demo_sales.add_sales``, the same code path as the app's checkout. Filling is done
with ``synchronous=OFF`` (loading test data is not what is measured); every measurement
then reopens the stall with the app's own pragmas.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from pos import store


class Workshop:
    """A temporary folder holding one master copy of each generated stall."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)
        self._copies = 0

    def _copy(self, master: Path) -> Path:
        self._copies += 1
        target = self.root / f"use-{os.getpid()}-{self._copies}-{master.name}"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(master, target)
        return target

    def catalogue(self, products: int) -> Path:
        """A fresh copy of a stall with ``products`` products, a manager and stock."""
        master = self.root / f"catalogue-{products}"
        if not master.exists():
            _build_catalogue(master, products)
        return self._copy(master)

    def trading_day(self, products: int, bills: int) -> Path:
        """A fresh copy of a stall with an open day of ``bills`` demo sales."""
        master = self.root / f"day-{products}-{bills}"
        if not master.exists():
            from pos import demo_sales

            shutil.copytree(self.catalogue(products), master)
            db = store.open_store(master)
            try:
                db.execute("PRAGMA synchronous = OFF")
                demo_sales.add_sales(db, bills, seed=7)
            finally:
                db.close()
        return self._copy(master)


def _build_catalogue(folder: Path, products: int) -> None:
    from pos import catalogue, demo_catalogue, staff

    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    db = store.open_store(partial)
    try:
        db.execute("PRAGMA synchronous = OFF")
        catalogue.load_demo(db)
        staff.ensure_default_manager(db)
        extra = products - catalogue.count(db)
        if extra > 0:
            demo_catalogue.add_synthetic_products(db, extra, seed=1)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    partial.rename(folder)
