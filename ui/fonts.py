"""The app's fonts come from ``assets/fonts``, never from the system.

Stall laptops often have no Hindi font at all; without one Qt draws Devanagari as boxes and
logs "OpenType support missing" warnings. Registering Noto Sans and Noto Sans Devanagari and
making Devanagari the fallback of the app font keeps both scripts shaped everywhere.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from pos.resources import asset

log = logging.getLogger(__name__)

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansDevanagari-Bold.ttf",
)
LATIN_FAMILY = "Noto Sans"
DEVANAGARI_FAMILY = "Noto Sans Devanagari"
BASE_POINT_SIZE = 11

_registered: list[str] = []


def register() -> list[str]:
    """Add the bundled fonts to Qt's font database (once). Returns the family names."""
    if _registered:
        return list(_registered)
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(asset("fonts", name)))
        if font_id < 0:
            log.error("could not load font %s", name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in _registered:
                _registered.append(family)
    return list(_registered)


def app_font(point_size: int = BASE_POINT_SIZE, *, bold: bool = False) -> QFont:
    """Noto Sans with Noto Sans Devanagari as the fallback for Hindi text."""
    font = QFont()
    font.setFamilies([DEVANAGARI_FAMILY, LATIN_FAMILY])
    font.setPointSize(point_size)
    font.setBold(bold)
    return font


def install(app: QApplication) -> None:
    """Register the fonts and make them the application's default."""
    register()
    app.setFont(app_font())
