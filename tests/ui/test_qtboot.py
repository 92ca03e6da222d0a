"""The cheaper PySide6 import scan answers as PySide6's own would."""

from __future__ import annotations

import importlib
import inspect
import sys

import pytest

from ui import qtboot


@pytest.mark.parametrize("name", ["ui.app", "ui.bill", "pos.money", "pos.store", "json",
                                  "sys", "PySide6.QtCore"])
def test_same_answer_as_reading_the_source(name: str) -> None:
    module = importlib.import_module(name)
    try:
        expected = "PySide6" in inspect.getsource(module)
    except (OSError, TypeError):
        expected = False
    assert qtboot.uses_pyside(module) is expected


def test_the_hook_is_in_place() -> None:
    """A PySide6 upgrade that renames the hook makes this fail (the app still starts)."""
    feature = sys.modules.get("shibokensupport.feature") or sys.modules.get(
        "PySide6.support.feature")
    assert feature is not None
    assert feature._mod_uses_pyside is qtboot.uses_pyside
