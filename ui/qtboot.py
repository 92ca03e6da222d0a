"""PySide6, with its per-import source scan made cheap (import before the app's modules).

PySide6 watches every module imported after it, to see whether the module uses its
``__feature__`` switches: ``shibokensupport.feature._mod_uses_pyside`` reads the module's
source with ``inspect.getsource`` (linecache, tokenizer) and looks for the word "PySide6".
The app imports about 130 modules after PySide6, and that scan cost about 10 ms of the
start-up before the first paint (and kept every source in ``linecache``). Here the same
question is answered by reading the file's bytes. If a PySide6 release renames the hook,
nothing is patched and the app just starts as before.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads shiboken and its feature module)


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source file mentions PySide6 (False for modules without one)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def _speed_up_feature_scan() -> None:
    for name in ("shibokensupport.feature", "PySide6.support.feature"):
        feature = sys.modules.get(name)
        if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
            feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]


_speed_up_feature_scan()
