"""Message boxes that never block the event loop (so workers and tests keep running)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from ui.errortext import translated
from ui.i18n import current_language


def error(parent: QWidget | None, text: str, *, title: str | None = None) -> QMessageBox:
    """Show one clear sentence about something the user can act on."""
    title = title or QCoreApplication.translate("Messages", "Mela POS")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("errorBox")
    label_buttons(box)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def offer(parent: QWidget | None, *, name: str, title: str, text: str, action: str,
          action_name: str, on_action: Callable[[], object],
          icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
          dismiss: QMessageBox.StandardButton = QMessageBox.StandardButton.Cancel,
          ) -> QMessageBox:
    """A non-blocking box offering one action (``action_name``) beside Cancel or Close;
    ``on_action()`` runs if it is chosen."""
    box = QMessageBox(icon, title, text, dismiss, parent)
    box.setObjectName(name)
    label_buttons(box)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    go.setObjectName(action_name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _r: on_action() if box.clickedButton() is go else None)
    box.open()
    return box


def bug_text(exc: BaseException) -> str:
    """What the user sees for an unexpected error (the details go to the log)."""
    return QCoreApplication.translate(
        "Messages",
        "Something went wrong inside Mela POS ({error}). Nothing was lost; "
        "the details are in the log.",
    ).format(error=type(exc).__name__)


def label_buttons(box: QMessageBox | QDialogButtonBox) -> None:
    """Qt ships no Hindi for its own OK/Cancel/Close; label them in the app's language."""
    SB = QMessageBox.StandardButton if isinstance(box, QMessageBox) else \
        QDialogButtonBox.StandardButton
    texts = {
        SB.Ok: QCoreApplication.translate("Messages", "OK"),
        SB.Cancel: QCoreApplication.translate("Messages", "Cancel"),
        SB.Close: QCoreApplication.translate("Messages", "Close"),
    }
    for which, text in texts.items():
        button = box.button(which)  # type: ignore[arg-type]
        if button is not None:
            button.setText(text)


def explain(exc: BaseException, language: str | None = None) -> str:
    """The sentence of a ``MelaError`` in the screen's language.

    ``pos`` speaks English (its messages carry names, amounts and times). The most common
    ones are said whole in Hindi (``ui.errortext``); for the rest a Hindi screen shows a
    translated headline for the kind of problem above the English detail.
    """
    text = str(exc)
    if (language or current_language()) == "en":
        return text
    whole = translated(exc)
    if whole:
        return whole
    headline = _headline(exc)
    return f"{headline}\n{text}" if headline else text


def _headline(exc: BaseException) -> str:
    from pos.errors import (
        DiskFull,
        InputError,
        NotFound,
        PermissionDenied,
        PrinterError,
        StorageError,
    )
    from pos.staff import StaffLocked, WrongPin

    # Most specific first: WrongPin is an InputError, StaffLocked a PermissionDenied.
    if isinstance(exc, WrongPin):
        return QCoreApplication.translate("Messages", "Wrong PIN.")
    if isinstance(exc, StaffLocked):
        return QCoreApplication.translate("Messages", "Locked after too many wrong PINs.")
    if isinstance(exc, PermissionDenied):
        return QCoreApplication.translate("Messages", "A manager's PIN is needed.")
    if isinstance(exc, NotFound):
        return QCoreApplication.translate("Messages", "Not found.")
    if isinstance(exc, PrinterError):
        return QCoreApplication.translate("Messages", "The printer did not print.")
    if isinstance(exc, DiskFull):
        return QCoreApplication.translate("Messages", "The disk is full; nothing was saved.")
    if isinstance(exc, StorageError):
        return QCoreApplication.translate("Messages", "The stall database cannot be used.")
    if isinstance(exc, InputError):
        return QCoreApplication.translate("Messages", "Please check:")
    return ""
