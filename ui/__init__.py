"""The stall app (PySide6). Calls ``pos`` for everything; never runs SQL itself."""

from ui.refcounts import make_singletons_immortal

# Before any Qt call: see ui/refcounts.py (PySide6 6.12 drops references to None on 3.11).
make_singletons_immortal()
