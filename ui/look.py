"""Colours without style sheets.

Qt style sheets make widgets resolve their font again from the family name alone, which
loses the Devanagari fallback (Hindi turns to boxes and Qt warns "OpenType support
missing"). So colours go through palettes and weights through ``QFont`` instead.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from ui.fonts import app_font

WARNING = "#b00020"
GO = "#2e7d32"


def warning_label(label: QLabel, point_size: int = 11) -> QLabel:
    """Red bold text for refusals and mistakes."""
    set_text_colour(label, WARNING)
    label.setFont(app_font(point_size, bold=True))
    return label


def set_text_colour(widget: QWidget, colour: str) -> None:
    """The widget's text colour."""
    palette = widget.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(role, QColor(colour))
    widget.setPalette(palette)


def go_button(button: QAbstractButton, point_size: int = 18) -> None:
    """The big green button that finishes a sale."""
    palette = button.palette()
    palette.setColor(QPalette.ColorRole.Button, QColor(GO))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("white"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor("#9e9e9e"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText,
                     QColor("#eeeeee"))
    button.setPalette(palette)
    button.setAutoFillBackground(True)
    button.setFont(app_font(point_size, bold=True))
