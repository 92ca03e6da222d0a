"""Message boxes that never block the event loop (so workers and tests keep running)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def error(parent: QWidget | None, text: str, *, title: str | None = None) -> QMessageBox:
    """Show one clear sentence about something the user can act on."""
    title = title or QCoreApplication.translate("Messages", "Mela POS")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def bug_text(exc: BaseException) -> str:
    """What the user sees for an unexpected error (the details go to the log)."""
    return QCoreApplication.translate(
        "Messages",
        "Something went wrong inside Mela POS ({error}). Nothing was lost; "
        "the details are in the log.",
    ).format(error=type(exc).__name__)
