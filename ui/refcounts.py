"""Keep ``None``, ``True`` and ``False`` alive for the whole run on Python 3.11.

PySide6/shiboken 6.12 ships ``abi3`` wheels whose void methods (``setText``, ``update``,
``processEvents``...) and some bool returns hand back ``Py_None``/``Py_True``/``Py_False``
without taking a reference, which is only harmless where those objects are immortal
(Python 3.12+). On 3.11 every such call drops one reference, and after a few tens of thousands
of calls -- minutes of a busy counter -- the interpreter aborts with "deallocating None".
Giving the three singletons a huge reference count makes them immortal in practice.
"""

from __future__ import annotations

import ctypes
import sys

# Far above any real count, far below overflow (ob_refcnt is a signed 64-bit Py_ssize_t).
_RESERVE = 1 << 60


def make_singletons_immortal() -> bool:
    """Raise the reference counts of None, True and False once; True if it was needed."""
    if sys.version_info >= (3, 12) or getattr(sys, "_mela_immortal_singletons", False):
        return False
    for singleton in (None, True, False):
        # CPython's object header starts with ob_refcnt; id() is the object's address.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    sys._mela_immortal_singletons = True  # type: ignore[attr-defined]
    return True
