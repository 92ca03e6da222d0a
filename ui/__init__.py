"""The stall app (PySide6). Calls ``pos`` for everything; never runs SQL itself."""
