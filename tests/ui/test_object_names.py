"""Every interactive widget of the shell, sign-in, sell screen and pay dialog has a stable
camelCase objectName, so tests and automation can find it."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QWidget,
)

from tests.ui.conftest import close_dialogs, open_dialog

# The offscreen platform says so whenever a dialog sets a fixed size; harmless there.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

CAMEL = re.compile(r"^[a-z][A-Za-z0-9]*$")
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE):
            continue
        parent = widget.parentWidget()
        # Parts Qt builds inside a composite widget (a combo's line edit, a header's
        # buttons, a scroll bar) belong to that widget.
        if parent is not None and isinstance(parent, (QComboBox, QAbstractItemView, QLineEdit)):
            continue
        if widget.window() is not root.window():  # a combo box's popup list
            continue
        if widget.objectName().startswith("qt_"):
            continue
        if not CAMEL.match(widget.objectName()):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                           f"{type(parent).__name__} {parent.objectName() if parent else None!r} "
                           f"{getattr(widget, 'text', lambda: '')()!r}")
    return missing


def test_shell_sell_screen_and_pay_dialog_name_their_widgets(selling) -> None:  # type: ignore[no-untyped-def]
    assert _unnamed(selling.toolbar) == []
    assert _unnamed(selling.signin) == []
    sell = selling.screens["sell"]
    assert _unnamed(sell) == []
    for name in ("searchBox", "productGrid", "cartTable", "payButton", "leadButton",
                 "syncStatus", "dayCloseButton", "languageSwitch"):
        assert selling.findChild(QWidget, name) is not None, name
    sell.add_product(sell.grid_model.product(0))
    sell.pay()
    dialog = open_dialog("paymentDialog")
    assert _unnamed(dialog) == []
    for name in ("cashTendered", "upiQr", "utrInput", "confirmPayment"):
        assert dialog.findChild(QWidget, name) is not None, name
    close_dialogs()
