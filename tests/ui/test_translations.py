"""The sell screen's Hindi: every string translated, placeholders intact, .qm loadable."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QTranslator

from pos.resources import asset

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def test_every_sell_string_has_hindi_with_the_same_placeholders() -> None:
    root = ET.parse(asset("translations", "sell_hi.ts")).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 100
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        text = translation.text or ""
        assert text.strip(), source
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source


def test_compiled_hindi_translates_the_sell_screen() -> None:
    translator = QTranslator()
    assert translator.load(str(asset("translations", "sell_hi.qm")))
    assert translator.translate("SellScreen", "Sell") == "बेचें"
    assert translator.translate("PayDialog", "Change {change}") == "वापसी {change}"
    assert translator.translate("BillPanel", "Total") == "कुल"
