"""The stall window: a toolbar of big buttons, the screens, the sign-in page, a status bar.

Screens are found by module name in ``SCREENS`` so another engineer adds a screen by
creating ``ui/screens/<name>.py`` with a ``Screen`` class, without editing this file.
While nobody is signed in the window shows the sign-in page and nothing else.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from pos import days, records
from ui import workers
from ui.dialogs.signin import SignInPanel
from ui.firstpaint import after_first_paint
from ui.idle import IdleWatcher
from ui.services import DEFAULT_IDLE_LOCK_MINUTES, IDLE_LOCK_MINUTES, Services
from ui.staleday import prompt_stale_day

log = logging.getLogger(__name__)

SCREENS: list[tuple[str, str]] = [
    ("sell", "ui.screens.sell"),
    ("leads", "ui.screens.leads"),
    ("orders", "ui.screens.orders"),
    ("day", "ui.screens.day"),
    ("stock", "ui.screens.stock"),
    ("settings", "ui.screens.settings"),
]
SYNC_STATUS_MODULE = "ui.syncstatus"
NAV_SHORTCUTS = {"sell": "Ctrl+1", "leads": "Ctrl+2", "orders": "Ctrl+3", "day": "Ctrl+4",
                 "stock": "Ctrl+5", "settings": "Ctrl+6"}


def _optional_module(name: str) -> Any:
    """Import ``name`` if it exists; a missing module is fine, a broken one is not."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None


# Toolbar titles of the screens built on first use (their ``title()``, context "Screen").
LAZY_TITLES = {"leads": "Leads", "orders": "Orders", "day": "Day", "stock": "Stock",
               "settings": "Settings"}


class LazyScreens(dict[str, QWidget]):
    """The screens by key; a registered screen is imported and built on first access.

    Start-up builds only the sell screen: importing and building the others (the sync
    client, the PDF and printer stack, the stock table) took about 0.45 s of a 0.7 s start
    on the benchmark machine, before the cashier could type. ``key in screens`` is true for
    a registered screen; ``values()`` and ``get()`` see only the screens built so far.
    """

    def __init__(self, build: Any) -> None:
        super().__init__()
        self._build = build
        self._modules: dict[str, str] = {}

    def register(self, key: str, module_name: str) -> None:
        """Remember a screen to build on first use."""
        self._modules[key] = module_name

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or key in self._modules

    def __missing__(self, key: str) -> QWidget:
        if key not in self._modules:
            raise KeyError(key)
        module = _optional_module(self._modules.pop(key))
        if module is None:
            raise KeyError(key)
        screen: QWidget = self._build(key, module)
        return screen


class OutboxCount(QLabel):
    """Stand-in for the sync indicator: how many records wait to go to the hub."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        services.changed.connect(lambda _what: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Re-read the outbox size (one indexed COUNT, cheap enough for the UI thread)."""
        waiting = records.pending_count(self._services.db)
        self.setText(QCoreApplication.translate("MainWindow", "{n} records waiting to sync")
                     .format(n=waiting))

    def retranslate(self) -> None:
        """Re-render in the current language."""
        self.refresh()


class MainWindow(QMainWindow):
    """The whole app in one window."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.setObjectName("mainWindow")
        self.setMinimumSize(1024, 700)
        self.screens = LazyScreens(self._build_screen)
        self._nav: dict[str, QToolButton] = {}

        self.pages = QStackedWidget(self)
        self.signin = SignInPanel(services, self.pages)
        self.signin.signedIn.connect(self._on_signed_in)
        self.stack = QStackedWidget(self.pages)
        self.stack.setObjectName("screenStack")
        self.pages.addWidget(self.signin)
        self.pages.addWidget(self.stack)
        self.setCentralWidget(self.pages)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(28, 28))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self._load_screens()
        self._build_toolbar_tail()
        self._build_status_bar()

        self.idle = IdleWatcher(self._idle_minutes(), self)
        self.idle.idle.connect(self.lock)
        # The idle clock and the scanner are application-wide event filters: every event of
        # the app passes through them, and wrapping each for Python cost 15-20 ms before the
        # first paint. Nobody is signed in before then, so they start after it (or at a
        # sign-in that comes first, as in automation).
        self._watching_input = False
        after_first_paint(self, self._watch_input)
        services.changed.connect(self._on_changed)
        services.translations.languageChanged.connect(lambda _lang: self.retranslate())
        self.retranslate()
        self.lock()

    # construction ----------------------------------------------------------------------
    def _load_screens(self) -> None:
        for index, (key, module_name) in enumerate(SCREENS):
            if index == 0:
                # The first screen (selling) is built now; the others on first use.
                module = _optional_module(module_name)
                if module is None:
                    continue
                self._build_screen(key, module)
            elif importlib.util.find_spec(module_name) is None:
                continue
            else:
                self.screens.register(key, module_name)
            button = QToolButton(self.toolbar)
            button.setObjectName(f"nav{key.capitalize()}")
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setMinimumSize(96, 48)
            button.clicked.connect(lambda _checked=False, k=key: self.show_screen(k))
            self.toolbar.addWidget(button)
            self._nav[key] = button
            if key in NAV_SHORTCUTS:
                action = QAction(self)
                action.setShortcut(QKeySequence(NAV_SHORTCUTS[key]))
                action.triggered.connect(lambda _checked=False, k=key: self.show_screen(k))
                self.addAction(action)

    def _build_screen(self, key: str, module: Any) -> QWidget:
        screen: QWidget = module.Screen(self.services, self.stack)
        screen.setObjectName(f"{key}Screen")
        self.stack.addWidget(screen)
        dict.__setitem__(self.screens, key, screen)
        return screen

    def _build_toolbar_tail(self) -> None:
        self.dayCloseButton = self._tool_button("dayCloseButton", self._open_day)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.staffLabel = QLabel(self.toolbar)
        self.staffLabel.setObjectName("staffLabel")
        self.staffLabel.setContentsMargins(8, 0, 8, 0)
        self.toolbar.addWidget(self.staffLabel)
        self.switchUserButton = self._tool_button("switchUserButton", self.switch_user)
        self.lockButton = self._tool_button("lockButton", self.lock)
        self.lockButton.setShortcut(QKeySequence("Ctrl+L"))
        self.languageSwitch = self._tool_button("languageSwitch", self.toggle_language)
        self.languageSwitch.setShortcut(QKeySequence("Ctrl+Shift+L"))

    def _tool_button(self, name: str, slot: Any) -> QToolButton:
        button = QToolButton(self.toolbar)
        button.setObjectName(name)
        button.setMinimumSize(96, 48)
        button.clicked.connect(lambda _checked=False: slot())
        self.toolbar.addWidget(button)
        return button

    def _build_status_bar(self) -> None:
        module = _optional_module(SYNC_STATUS_MODULE)
        if module is not None and hasattr(module, "SyncStatus"):
            self.syncStatus: QWidget = module.SyncStatus(self.services, self)
        else:
            self.syncStatus = OutboxCount(self.services, self)
        self.syncStatus.setObjectName("syncStatus")
        self.statusBar().addPermanentWidget(self.syncStatus)

    def _idle_minutes(self) -> float:
        return float(self.services.setting(IDLE_LOCK_MINUTES, DEFAULT_IDLE_LOCK_MINUTES))

    # behaviour -------------------------------------------------------------------------
    def show_screen(self, key: str) -> None:
        """Bring one screen to the front (ignored while locked or if it does not exist)."""
        if self.services.staff is None or key not in self.screens:
            return
        screen = self.screens[key]
        self.stack.setCurrentWidget(screen)
        self._nav[key].setChecked(True)
        activated = getattr(screen, "activated", None)
        if callable(activated):
            activated()

    def current_screen(self) -> QWidget | None:
        """The screen in front (None while locked)."""
        if self.pages.currentWidget() is not self.stack:
            return None
        return self.stack.currentWidget()

    def lock(self) -> None:
        """Hide everything behind the sign-in page until someone signs in."""
        # Nothing stays open over the lock (a pay dialog left open by a buyer who walked off);
        # a bill being saved finishes first (its dialog refuses to close meanwhile).
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.services.set_staff(None)
        self._set_toolbar_unlocked(False)
        self.signin.reset()
        self.pages.setCurrentWidget(self.signin)
        self._update_staff_label()
        self.signin.pinInput.setFocus()

    def _set_toolbar_unlocked(self, unlocked: bool) -> None:
        """Locked, only the language switch works (so anyone can read the sign-in page)."""
        for button in (*self._nav.values(), self.dayCloseButton, self.switchUserButton,
                       self.lockButton):
            button.setEnabled(unlocked)

    def switch_user(self) -> None:
        """Hand the till to another person (same as locking it)."""
        self.lock()

    def _watch_input(self) -> None:
        """Start the idle clock's and the scanner's application-wide event filters."""
        app = QApplication.instance()
        if app is None or self._watching_input:
            return
        self._watching_input = True
        app.installEventFilter(self.idle)
        sell = self.screens.get("sell")
        if sell is not None and hasattr(sell, "listen_to_scanner"):
            sell.listen_to_scanner()

    def _on_signed_in(self, staff: Any) -> None:
        after_first_paint(self, self._watch_input)  # at once if the window has painted
        self.services.set_staff(staff)
        self._set_toolbar_unlocked(True)
        self.pages.setCurrentWidget(self.stack)
        self.idle.set_minutes(self._idle_minutes())
        self.idle.reset()
        self._update_staff_label()
        if self.stack.currentWidget() is None or not any(
            b.isChecked() for b in self._nav.values()
        ):
            self.show_screen("sell")
        else:
            current = self.stack.currentWidget()
            activated = getattr(current, "activated", None)
            if callable(activated):
                activated()
        self._ask_stale_day()

    def _ask_stale_day(self) -> None:
        """A day left open from an earlier date is closed before anything is sold."""
        day = days.current_day(self.services.db)
        if day is not None and day.is_stale() and "day" in self.screens:
            prompt_stale_day(self, day)

    def _open_day(self) -> None:
        if "day" in self.screens:
            self.show_screen("day")
        else:
            self.statusBar().showMessage(
                self.tr("The day screen is not available in this build."), 5000)

    def toggle_language(self) -> None:
        """Switch between Hindi and English at once."""
        self.services.set_language("en" if self.services.language == "hi" else "hi")

    def _on_changed(self, what: str) -> None:
        if what == "settings":
            self.idle.set_minutes(self._idle_minutes())

    def _update_staff_label(self) -> None:
        staff = self.services.staff
        if staff is None:
            self.staffLabel.setText(self.tr("Locked"))
        else:
            role = self.tr("manager") if staff.role == "manager" else self.tr("cashier")
            self.staffLabel.setText(f"{staff.name} ({role})")

    def retranslate(self) -> None:
        """Re-label everything in the current language."""
        self.setWindowTitle(self.tr("Mela POS"))
        for key, button in self._nav.items():
            built = self.screens.get(key)
            button.setText(built.title() if built is not None  # type: ignore[attr-defined]
                           else QCoreApplication.translate("Screen", LAZY_TITLES.get(key, key)))
        self.dayCloseButton.setText(self.tr("Close day"))
        self.switchUserButton.setText(self.tr("Switch user"))
        self.lockButton.setText(self.tr("Lock"))
        # The switch names the OTHER language, in that language, so anyone can find it.
        self.languageSwitch.setText("English" if self.services.language == "hi" else "हिन्दी")
        self._update_staff_label()
        for screen in self.screens.values():
            retranslate = getattr(screen, "retranslate", None)
            if callable(retranslate):
                retranslate()
        sync_retranslate = getattr(self.syncStatus, "retranslate", None)
        if callable(sync_retranslate):
            sync_retranslate()
        self.signin.retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let a running checkout or print finish before the window goes."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        for screen in self.screens.values():
            shutdown = getattr(screen, "shutdown", None)
            if callable(shutdown):
                shutdown()
        workers.wait_all(10_000)
        super().closeEvent(event)
