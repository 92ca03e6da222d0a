"""A day left open from an earlier date: say so and lead to the Day screen to close it.

Bills belong to the business day they are taken in; a day forgotten open overnight would
put today's sales on yesterday's Z report, so ``pos`` refuses checkout until it is closed.
The app asks for the close when someone signs in and whenever a sale is attempted.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.messages import offer


def prompt_stale_day(parent: QWidget, day: Any) -> QMessageBox:
    """Show the open earlier day; "Close it now" brings the Day screen to the front."""
    shown = date.fromisoformat(day.business_date).strftime("%d-%m-%Y")
    title = QCoreApplication.translate("StaleDay", "An earlier day is still open")
    text = QCoreApplication.translate(
        "StaleDay",
        "The business day of {date} was never closed. Count the drawer and close it on the "
        "Day screen, then open today's day to sell.").format(date=shown)

    def close_it() -> None:
        window = parent.window()
        if hasattr(window, "show_screen"):
            window.show_screen("day")

    return offer(parent, name="staleDayPrompt", title=title, text=text,
                 action=QCoreApplication.translate("StaleDay", "Close it now"),
                 action_name="staleDayGo", on_action=close_it)
