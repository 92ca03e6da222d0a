"""The one object every screen gets: data folder, connection, signed-in staff, settings.

Screens read through ``services.db`` only for SHORT queries (a page of the catalogue, one
product, a count); anything slow goes through ``services.run(...)`` which uses a worker with
its own connection. After a write a screen calls ``services.notify_changed("sale")`` and
every view listening on ``changed`` refreshes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from pos import store
from ui.i18n import Translations
from ui.workers import DbOp

# Settings the app itself owns (stored in the stall database through pos.store).
IDLE_LOCK_MINUTES = "ui.idle_lock_minutes"
LANGUAGE = "ui.language"
DEFAULT_IDLE_LOCK_MINUTES = 10


class Services(QObject):
    """Shared state of one running app.

    Signals:
        changed(str): something was written; the argument names what (``"sale"``,
            ``"catalogue"``, ``"stock"``, ``"settings"``, ``"staff"``, ``"day"``, ``"lead"``).
        staffChanged(object): the signed-in ``pos.staff.Staff`` (or None when locked).
    """

    changed = Signal(str)
    staffChanged = Signal(object)

    def __init__(self, data_dir: Path, db: store.Database, translations: Translations,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.db = db
        self.translations = translations
        self._staff: Any = None

    # staff ---------------------------------------------------------------------------
    @property
    def staff(self) -> Any:
        """The signed-in ``pos.staff.Staff``, or None while the till is locked."""
        return self._staff

    def set_staff(self, staff: Any) -> None:
        """Record who is at the till (None locks it)."""
        self._staff = staff
        self.staffChanged.emit(staff)

    @property
    def is_manager(self) -> bool:
        """Whether the signed-in person may approve manager actions themselves."""
        return self._staff is not None and getattr(self._staff, "role", "") == "manager"

    # settings ------------------------------------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:
        """One stall setting (JSON value)."""
        return store.get_setting(self.db, key, default)

    def set_setting(self, key: str, value: Any) -> None:
        """Store one setting and tell the screens."""
        store.set_setting(self.db, key, value)
        self.notify_changed("settings")

    @property
    def language(self) -> str:
        """The language the UI shows now."""
        return self.translations.language

    def set_language(self, language: str) -> None:
        """Switch the UI language now and remember it for the next start."""
        self.translations.set_language(language)
        store.set_setting(self.db, LANGUAGE, language)

    # work ----------------------------------------------------------------------------
    def notify_changed(self, what: str) -> None:
        """Tell every screen that ``what`` was written."""
        self.changed.emit(what)

    def run(self, parent: QWidget | None, op: Callable[[store.Database], Any],
            success: Callable[[Any], None] | None = None,
            failure: Callable[[BaseException], None] | None = None,
            *, lane: str = "db") -> DbOp:
        """Run ``op(db)`` in a worker with its own connection; callbacks on the UI thread."""
        job = DbOp(parent, self.data_dir, op, success).lane(lane)
        if failure is not None:
            job.failure(failure)
        job.run_in_background()
        return job
